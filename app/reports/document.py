"""The page every PDF is printed on: A4 portrait, a running header, and a footer with the ward, the
printed date and time, the app version, the privacy line and "Page n of m".

"Page n of m" needs the page count before the first page is finished, so pages are kept until the
document is complete and numbered on save (the NumberedCanvas recipe). Documents with a contents
page are laid out twice (``multiBuild``) so the contents list carries real page numbers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import APP_NAME, __version__
from app.reports import styles as st
from app.reports.fonts import BOLD, REGULAR, register_fonts

PRIVACY_LINE = "This sheet holds no patient-identifiable information: bed or bay numbers only, never names."


@dataclass(frozen=True)
class PrintMeta:
    """What the page furniture shows. ``printed_at`` comes from the caller's clock."""

    title: str
    ward_label: str
    printed_at: datetime
    version: str = __version__
    subject: str = ""
    extra_footer: str = ""  # e.g. "Not a substitute for incident reporting."
    running_header: str = ""  # the header on every page until a RunningHeader flowable changes it


def _flowable_base() -> type:
    from reportlab.platypus.flowables import Flowable

    return Flowable


def running_header(text: str) -> Any:
    """A zero-size flowable: pages from here on carry ``text`` in their running header."""
    base = _flowable_base()

    class RunningHeader(base):  # type: ignore[misc, valid-type]
        def __init__(self, value: str) -> None:
            super().__init__()
            self.value = value
            self.width = self.height = 0

        def wrap(self, *_args: Any) -> tuple[int, int]:
            return 0, 0

        def draw(self) -> None:
            self.canv._wh_headers.append(self.value)  # read in _decorate

    return RunningHeader(text)


def new_form() -> Any:
    """A zero-size flowable at the top of a page: "Page n of m" starts again here, so two forms
    printed in one file are each numbered on their own."""
    base = _flowable_base()

    class NewForm(base):  # type: ignore[misc, valid-type]
        def wrap(self, *_args: Any) -> tuple[int, int]:
            return 0, 0

        def draw(self) -> None:
            self.canv._wh_new_form = True

    return NewForm()


def contents_entry(text: str, key: str, level: int = 0) -> Any:
    """A zero-size flowable that puts ``text`` in the contents list (and the PDF outline) with the
    page it lands on."""
    base = _flowable_base()

    class ContentsEntry(base):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__()
            self.width = self.height = 0
            self.entry = (level, text, key)

        def wrap(self, *_args: Any) -> tuple[int, int]:
            return 0, 0

        def draw(self) -> None:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=True)

    return ContentsEntry()


def _canvas_class(meta: PrintMeta) -> type:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._wh_headers: list[str] = []
            self._wh_carried = meta.running_header
            self._wh_new_form = False

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._wh_new_form = False
            self._startPage()

        def save(self) -> None:
            # forms: runs of pages from one new_form() marker to the next, each numbered from 1
            starts = [i for i, state in enumerate(self._pages) if i == 0 or state["_wh_new_form"]]
            ends = starts[1:] + [len(self._pages)]
            for start, end in zip(starts, ends, strict=True):
                for n, state in enumerate(self._pages[start:end], start=1):
                    self.__dict__.update(state)
                    self._page_number_footer(n, end - start)
                    Canvas.showPage(self)
            Canvas.save(self)

        def _page_number_footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(BOLD, st.FOOTER + 1)
            self.setFillColor(st.GREY_TEXT)
            self.drawRightString(st.PAGE_WIDTH - st.MARGIN_X, 10 * st.MM, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


def _decorate(canvas: Any, doc: Any) -> None:
    """Header and footer of one page (all but the page total, which is drawn on save)."""
    meta: PrintMeta = doc.wh_meta
    headers: list[str] = canvas._wh_headers
    header = headers[0] if headers else canvas._wh_carried
    if headers:
        canvas._wh_carried = headers[-1]
    headers.clear()
    canvas.saveState()
    canvas.setFillColor(st.GREY_TEXT)
    canvas.setStrokeColor(st.RULE_GREY)
    if header:
        canvas.setFont(REGULAR, st.FOOTER + 0.5)
        canvas.drawString(st.MARGIN_X, st.PAGE_HEIGHT - 9 * st.MM, header[:140])
    canvas.setLineWidth(0.5)
    canvas.line(st.MARGIN_X, 17.5 * st.MM, st.PAGE_WIDTH - st.MARGIN_X, 17.5 * st.MM)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    printed = f"Printed {meta.printed_at:%d %b %Y at %H:%M} · {APP_NAME} {meta.version}"
    room = st.FRAME_WIDTH - stringWidth(printed, REGULAR, st.FOOTER) - 4 * st.MM
    label = meta.ward_label[:90]
    while label and stringWidth(label, BOLD, st.FOOTER + 1) > room:  # never runs into the printed date
        label = label[:-2].rstrip() + "…"
    canvas.setFont(BOLD, st.FOOTER + 1)
    canvas.drawString(st.MARGIN_X, 14 * st.MM, label)
    canvas.setFont(REGULAR, st.FOOTER)
    canvas.drawRightString(st.PAGE_WIDTH - st.MARGIN_X, 14 * st.MM, printed)
    canvas.drawString(st.MARGIN_X, 10 * st.MM, PRIVACY_LINE)
    if meta.extra_footer:
        canvas.drawString(st.MARGIN_X, 6.5 * st.MM, meta.extra_footer[:130])
    canvas.restoreState()


def build_pdf(story: Sequence[Any], meta: PrintMeta, *, with_contents: bool = False) -> bytes:
    """Lay out ``story`` on A4 pages with the standard header and footer; return the PDF bytes."""
    register_fonts()
    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    rl_config.useA85 = 0  # binary (still compressed) streams: smaller files, no ASCII85 pass in Python

    buffer = io.BytesIO()

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:  # reportlab's name
            entry = getattr(flowable, "entry", None)
            if entry is not None:
                level, label, key = entry
                self.notify("TOCEntry", (level, label, self.page, key))

    doc = Document(
        buffer,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=meta.title,
        author=APP_NAME,
        subject=meta.subject or meta.title,
        creator=f"{APP_NAME} {meta.version}",
        lang="en-GB",
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=st.BODY,
    )
    doc.wh_meta = meta
    frame = Frame(
        st.MARGIN_X,
        st.MARGIN_BOTTOM,
        st.FRAME_WIDTH,
        st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="A4", frames=[frame], onPageEnd=_decorate)])
    canvasmaker = _canvas_class(meta)
    if with_contents:
        doc.multiBuild(list(story), canvasmaker=canvasmaker, maxPasses=4)
    else:
        doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()


def contents_list() -> Any:
    """The contents flowable (filled with page numbers by the second layout pass)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents(
        dotsMinLevel=0,
        tableStyle=TableStyle(
            [
                *st.table_font(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    s = st.styles()
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=s.contents, fontName=BOLD, leftIndent=0, firstLineIndent=0, spaceBefore=6),
        ParagraphStyle("toc1", parent=s.contents, leftIndent=14, firstLineIndent=0, textColor=colors.black),
    ]
    return toc
