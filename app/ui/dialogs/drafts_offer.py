"""The restart check for drafts: typing that was never saved because Ward Huddle stopped
(a crash, a power cut, the PC restarted) is offered back when it starts again.

Every autosaving editor keeps drafts (app/ui/editors/record_editor.py, app/services/records/drafts.py);
``Draft.page`` is the navigation key of the page that shows it, which implements
``restore_draft(draft)`` (it opens the record as it was typed). Drafts the user does not take
now stay, and are offered again next time (for ``KEEP_DAYS`` days).
"""

from __future__ import annotations

from typing import Any

from app.services.records.drafts import KEEP_DAYS
from app.ui import prompts


def _describe(draft: Any, page_title: str, ward_names: dict[str, str]) -> str:
    from app.domain.envelope import parse_utc_iso
    from app.domain.wording import format_local

    where = f" for {ward_names[draft.ward_id]}" if draft.ward_id in ward_names else ""
    return f"  •  {page_title}{where}, last typed on {format_local(parse_utc_iso(draft.updated_at))}"


def offer_saved_drafts(window: Any) -> int:
    """Ask once whether to open the unsaved forms; returns how many were handed to their pages."""
    store = window.store
    if store.read_only:
        return 0
    store.drafts.discard_expired()
    drafts = store.drafts.pending()
    drafts = [d for d in drafts if window.has_page(d.page)]
    if not drafts:
        return 0
    names = {w.id: w.name for w in store.wards.list_wards()}
    listing = "\n".join(_describe(d, window.page_title(d.page), names) for d in drafts[:8])
    more = f"\n  …and {len(drafts) - 8} more" if len(drafts) > 8 else ""
    if not prompts.ask_yes_no(
        window,
        "Unsaved typing was kept",
        "Ward Huddle closed before some typing was saved. It kept a copy:\n\n"
        f"{listing}{more}\n\nOpen it now so you can check it and save it? "
        f"If not, it is offered again next time (for up to {KEEP_DAYS} days).",
        yes="Open it now",
        no="Not now",
    ):
        return 0
    handed = 0
    for draft in drafts:
        page = window.show_page(draft.page)
        restore = getattr(page, "restore_draft", None)
        if callable(restore):
            restore(draft)
            handed += 1
    return handed
