"""Self-test step for printing: render the huddle sheet saved by the huddle step, and the weekly
pack with its run charts, as PDFs with the bundled fonts; write one atomically."""

from __future__ import annotations

import re

from app.selftest import SelfTestContext, SelfTestError, check, self_test_step


def _check_pdf(data: bytes, what: str) -> int:
    check(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), f"the {what} is not a whole PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    check(pages >= 1, f"the {what} has no pages")
    check(b"DejaVu" in data, f"the {what} does not use the bundled DejaVu fonts (resources/fonts)")
    return pages


@self_test_step("PDF reports: huddle sheet and weekly pack", order=40)
def render_pdfs(ctx: SelfTestContext) -> str:
    from app.services import printing

    if "sheet" not in ctx.shared:
        raise SelfTestError("there is no saved huddle sheet to print (the huddle sheet step did not pass)")
    ward_id, day, slot = ctx.shared["sheet"]
    store = ctx.store
    sheet = printing.huddle_sheet_pdf(store, ward_id, day, slot)
    sheet_pages = _check_pdf(sheet, "huddle sheet PDF")
    pack = printing.week_pack_pdf(store, ward_id, day)
    pack_pages = _check_pdf(pack, "weekly pack PDF")
    target = ctx.folder / "printed" / "huddle sheet.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    printing.write_pdf(target, sheet)
    check(target.read_bytes() == sheet, "the PDF written to disk differs from the one rendered")
    return f"sheet {sheet_pages} page(s), {len(sheet) // 1024} KB; weekly pack {pack_pages} page(s), {len(pack) // 1024} KB"
