"""One life cycle for every autosaving form (the daily sheet, both reflections, PDSA cycles,
projects, pulse surveys): open, fill, read, save, stale save refused with the typing kept,
validation message, leave, print, and drafts.

An editor declares its form once, as a tuple of ``Field`` (app/ui/editors/fields.py), in visual
order, and implements ``save_record``. The base fills the widgets from a record, reads them back
into a copy of it, watches them for typing, and saves within the autosave interval and when the
user leaves a field or the form. Every save goes through ``save``:

* saved: "Saved 10:42:05" by the store's clock, the message cleared, ``changed`` emitted;
* ``StaleRecordError`` (someone else saved first): refused, autosave paused, the typing stays on
  screen and a draft of it is kept, the Reload button (if the form has one) is shown;
* any other ``WardHuddleError`` (a validation message, a record gone): "Not saved yet: ...", the
  typing stays and a draft is kept.

Drafts: a moment after typing starts, and whenever a save is refused or the user leaves with
unsaved typing, the record as typed is kept in the drafts table; it is discarded once the record
saves. After a crash the restart check offers it back (app/ui/dialogs/drafts_offer.py), and the
page named ``draft_page`` hands it to ``restore_draft``.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import StaleRecordError, WardHuddleError
from app.services.changes import Changes
from app.services.store import AppStore
from app.ui.editors.fields import BoundField, Field, bind
from app.ui.pages.base import Page
from app.ui.widgets.autosave import Autosaver
from app.ui.widgets.form_helpers import show_message

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1500


class RecordEditor(Page):
    """Subclasses set ``ui`` (a generated form), call ``bind_fields`` and implement
    ``save_record``; the hooks below are optional."""

    saved_at = Signal(str)  # the saved indicator's text, for a page that shows an embedded editor's

    noun = "record"
    draft_page = ""  # the navigation key of the page that restores this editor's drafts
    leave_asks = True  # ask before leaving typing that cannot be saved (a page that keeps its
    # widgets, such as the daily sheet, need not)
    message_where = "above"
    status_on_open = True  # say "Saved" / "New" on opening (an editor sharing its page's indicator does not)
    stale_hint = "Your typing is still on screen: copy anything you need, then press 'Reload'."

    def __init__(self, store: AppStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._record: Any = None
        self._loading = False
        self._bound: list[BoundField] = []
        self._drafted = False  # a draft of this record may be in the drafts table
        self.autosave = Autosaver(self, self.save, int(store.settings.get("autosave_seconds")))
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._draft_due)

    # -- the field map -------------------------------------------------------------------
    def bind_fields(self, fields: tuple[Field, ...], owner: Any = None) -> list[BoundField]:
        """Join ``fields`` to the widgets of ``owner`` (default: this editor) and watch them."""
        bound = bind(fields, self if owner is None else owner)
        for one in bound:
            one.watch(self._changed)
        self._bound += bound
        return bound

    def field_names(self) -> list[str]:
        """The record fields of the form, in visual order."""
        return [b.name for b in self._bound]

    def field_widgets(self) -> list[QWidget]:
        """The widgets of the form's fields, in visual order (what a Tab chain follows)."""
        return [w for b in self._bound for w in b.focus_widgets()]

    # -- hooks ---------------------------------------------------------------------------
    def save_record(self, record: Any) -> tuple[Any, Changes]:  # pragma: no cover - overridden
        """Save through the store; return (the saved record, what changed)."""
        raise NotImplementedError

    def read_more(self, record: Any) -> Any:
        """Fields the map cannot read (rows of a table, tidying): return the finished record."""
        return record

    def before_fill(self, record: Any) -> None:
        """Choices that depend on the record (its ward's staff, its project's measures)."""

    def fill_more(self, record: Any) -> None:
        """Fields the map cannot fill (the inverse of ``read_more``)."""

    def after_fill(self) -> None:
        """Labels worked out from the record (titles, durations, prompts)."""

    def after_save(self, saved: Any) -> None:
        pass

    def today(self) -> date:
        return self.store.ctx.now().astimezone().date()

    def draft_key(self) -> str | None:
        """The drafts-table key of the record on screen; None keeps no drafts."""
        if not self.draft_page or self._record is None:
            return None
        record_id = getattr(self._record, "id", None)
        return f"{self.noun}:{record_id}" if record_id else f"{self.noun}:new:{getattr(self._record, 'ward_id', '')}"

    def message_label(self) -> QLabel:
        return self.ui.message

    def show_status(self, text: str) -> None:
        """The saved indicator ("Saved 10:42:05", "Unsaved changes…"): the form's own label if it
        has one; an editor embedded in a page tells the page through ``saved_at``."""
        label = getattr(self.ui, "savedIndicator", None)
        if label is not None:
            label.setText(text)
        self.saved_at.emit(text)

    def set_interval(self, seconds: int) -> None:
        self.autosave.set_interval_seconds(seconds)

    def show_reload(self, visible: bool) -> None:
        """Forms with a Reload button show it (and hide Save) while a stale save is on screen."""
        reload_button = getattr(self.ui, "reloadButton", None) or getattr(self.ui, "reload", None)
        save_button = getattr(self.ui, "saveButton", None)
        if reload_button is not None:
            reload_button.setVisible(visible)
            if save_button is not None:
                save_button.setVisible(not visible)

    # -- open, fill, read ------------------------------------------------------------------
    @property
    def record(self) -> Any:
        return self._record

    def open(self, record: Any) -> None:
        """Show ``record`` (saved or new); pending typing for the previous one must be flushed by
        the caller."""
        self.autosave.clear()
        self._draft_timer.stop()
        self.autosave.set_interval_seconds(int(self.store.settings.get("autosave_seconds")))
        self.autosave.paused = False
        self._record = record
        self._drafted = False
        self._loading = True
        try:
            self.before_fill(record)
            self.fill(record)
            self.fill_more(record)
        finally:
            self._loading = False
        self.after_fill()
        self.show_reload(False)
        if self.status_on_open:
            self.show_status("Saved" if getattr(record, "is_saved", True) else "New: saved as soon as you type")
        show_message(self.message_label(), "")

    def fill(self, record: Any) -> None:
        today = self.today()
        was, self._loading = self._loading, True
        try:
            for one in self._bound:
                one.set(getattr(record, one.name), today)
        finally:
            self._loading = was

    def read(self) -> Any:
        """The record as on screen (not validated)."""
        assert self._record is not None
        return self.read_more(replace(self._record, **{b.name: b.get() for b in self._bound}))

    # -- saving --------------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._loading or self._record is None or self.store.read_only:
            return
        self.autosave.changed()
        if not self.autosave.paused:
            self.show_status("Unsaved changes…")
        if self.draft_page and not self._draft_timer.isActive():
            self._draft_timer.start()

    def save(self) -> bool:
        """Save the form. Never loses typing: on failure the form keeps everything and says why."""
        if self._record is None or self.store.read_only:
            return False
        try:
            saved, changes = self.save_record(self.read())
        except StaleRecordError as error:
            self.refused_stale(error)
            return False
        except WardHuddleError as error:
            self.refused(error)
            return False
        self.saved(saved)
        self.changed.emit(changes)
        return True

    def saved(self, saved: Any) -> None:
        """A save succeeded (here or through another button of the form)."""
        drafted_as = self.draft_key()  # a new record's draft has the key it had before its first save
        self._record = saved
        self.autosave.paused = False
        self._draft_timer.stop()
        self.discard_draft(drafted_as)
        self.show_status(f"Saved {self.store.ctx.now().astimezone():%H:%M:%S}")
        show_message(self.message_label(), "")
        self.after_save(saved)

    def refused_stale(self, error: Exception) -> None:
        self.autosave.paused = True
        self.show_reload(True)
        show_message(self.message_label(), f"{error} {self.stale_hint}", error=True)
        self.show_status("NOT SAVED: changed by someone else")
        self.keep_draft()

    def refused(self, error: Exception, *, prefix: str = "Not saved yet") -> None:
        show_message(self.message_label(), f"{prefix}: {error}", error=True)
        self.show_status(f"NOT SAVED: see the message {self.message_where}")
        self.keep_draft()

    def save_now(self) -> None:
        if self._record is None:
            return
        if self.autosave.paused:
            self.save()  # says again why it cannot save
            return
        self.autosave.changed()
        self.autosave.flush()

    def flush(self) -> bool:
        """Save pending typing now; False if it could not be saved (it stays on screen)."""
        return self.autosave.flush()

    def leave(self) -> bool:
        """Save what is pending; if it cannot be saved keep a draft and (``leave_asks``) ask."""
        if self._record is None or self.store.read_only:
            return True
        if self.autosave.flush() and not self.autosave.dirty:
            return True
        self.keep_draft()
        if not self.leave_asks:
            return True
        from app.ui import prompts

        return prompts.ask_yes_no(
            self,
            "Not saved",
            f"This {self.noun} is not saved: {self.message_label().text()}\n\nLeave it anyway? What you typed stays "
            "on this form until you open another one, and a copy is offered back when Ward Huddle next starts.",
            yes="Leave without saving",
            no="Stay and fix it",
        )

    # -- drafts --------------------------------------------------------------------------
    def _draft_due(self) -> None:
        if self.autosave.dirty and self.isVisible():  # a form put away kept its draft on leaving
            self.keep_draft()

    def keep_draft(self) -> None:
        """Keep the typing on screen in the drafts table (it is offered back after a crash)."""
        key = self.draft_key()
        if key is None or self.store.read_only or self._record is None:
            return
        try:
            self.store.drafts.keep_record(key, page=self.draft_page, record=self.read())
        except (WardHuddleError, ValueError, OSError):  # a draft is a safety net, never a new failure
            log.warning("could not keep a draft of %s", key, exc_info=True)
            return
        self._drafted = True

    def discard_draft(self, key: str | None = None) -> None:
        key = key or self.draft_key()
        if not self._drafted or key is None or self.store.read_only:
            return
        try:
            self.store.drafts.discard(key)
        except WardHuddleError:
            log.warning("could not discard the draft %s", key, exc_info=True)
            return
        self._drafted = False

    def show_draft(self, record: Any) -> None:
        """Open a record as it was typed before Ward Huddle stopped: it saves as you go."""
        self.open(record)
        self._drafted = True
        self.autosave.changed()
        self.show_status("Unsaved typing brought back: check it; it saves as you go")

    # -- printing ------------------------------------------------------------------------
    def pdf_maker(self):  # pragma: no cover - overridden by editors that print
        raise NotImplementedError

    def pdf_title(self) -> str:
        return self.noun

    def pdf_file_name(self) -> str:
        return f"{self.noun}.pdf"

    def print_record(self) -> None:
        if self._record is None:
            return
        self.autosave.flush()
        from app.ui import printing

        printing.print_pdf(self, self.pdf_maker(), self.pdf_title())

    def save_pdf(self) -> None:
        if self._record is None:
            return
        self.autosave.flush()
        from app.ui import printing

        printing.save_pdf(self, self.pdf_maker(), self.pdf_file_name())
