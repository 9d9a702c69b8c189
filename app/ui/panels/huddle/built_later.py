"""The daily sheet built a section at a time (issue #19): at start-up the window paints with the
page's frame (title, date, slot, reminders, buttons) and the sheet's sections follow on the next
turns of the event loop, one a turn, so that the window shows at once and stays live meanwhile.
Anything that needs the sheet before it is finished (a section, the record, a save, the Tab chain)
builds the rest of it there and then, so no caller ever sees half a sheet.

``SheetBuiltLater`` is mixed into the huddle page (app/ui/pages/huddle_page.py), which builds its
frame, calls ``start_building(later=...)`` and implements ``_finish_build`` (wiring, shortcuts,
the first load).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app.ui.widgets.form_helpers import show_message

if TYPE_CHECKING:
    from app.ui.panels.huddle.section import Section

# The sheet's parts in the order it shows them: (attribute, module under app.ui.panels.huddle, class).
SECTIONS = (
    ("meeting", "meeting", "MeetingSection"),
    ("attendance", "attendance", "AttendanceSection"),
    ("staffing", "staffing", "StaffingSection"),
    ("look_back", "look_back", "LookBackSection"),
    ("cross", "safety_cross", "SafetyCrossSection"),
    ("look_ahead", "look_ahead", "LookAheadSection"),
    ("actions", "actions", "ActionsSection"),
    ("closing", "closing", "ClosingSection"),
)


class SectionSlot:
    """A section of the sheet as a page attribute: ``page.meeting`` finishes building the sheet if
    the page has not yet."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, page: Any, owner: type) -> Any:
        if page is None:
            return self
        page.ensure_built()
        return page._parts[self.name]


class SheetBuiltLater:
    """Mixed into a RecordEditor page whose ``ui`` has ``sheet`` (hidden until built) and
    ``sheetLayout``, and a ``message`` label."""

    store: Any
    ui: Any

    def start_building(self, *, later: bool) -> None:
        self._parts: dict[str, Section] = {}
        self._built = False
        self._building = False
        self._build_started = False
        self.ui.sheet.hide()  # shown once its sections are built and filled
        if not later:
            self.ensure_built()

    @property
    def sheet_built(self) -> bool:
        """Every section built and the sheet filled (False while it is still being built)."""
        return self._built

    def build_after_paint(self) -> None:
        """From the page's paintEvent: the first paint starts the build, a section a turn."""
        if not self._built and not self._build_started:
            self._build_started = True
            QTimer.singleShot(0, self._build_later)

    def _finish_build(self) -> None:  # pragma: no cover - the page implements it
        raise NotImplementedError

    def ensure_built(self) -> None:
        """Build (and fill) whatever of the sheet is not built yet, now."""
        while not self._built:
            self._build_next()

    def _build_later(self) -> None:
        """One section per turn of the event loop (input and painting go on between them)."""
        if not self._built and not self.store.closed:
            self._build_next()
            if not self._built:
                QTimer.singleShot(0, self._build_later)

    def _build_next(self) -> None:
        if self._building:  # a section's own construction asked for the sheet: finish first
            raise RuntimeError("the daily sheet's sections were used while being built")
        self._building = True
        try:
            if len(self._parts) < len(SECTIONS):
                self._add_section(*SECTIONS[len(self._parts)])
            else:
                self._finish_build()
        finally:
            self._building = False

    def _add_section(self, attribute: str, module: str, class_name: str) -> None:
        import importlib

        section_class = getattr(importlib.import_module(f"app.ui.panels.huddle.{module}"), class_name)
        section: Section = section_class(self.store)
        self._parts[attribute] = section
        self.ui.sheetLayout.addWidget(section)
        self.bind_fields(section.fields, section)
        section.edited.connect(self._changed)
        section.changed.connect(self.changed)
        section.message.connect(lambda text, error: show_message(self.ui.message, text, error=error))
        section.watch_identifiers()

    # What reads or writes the sheet builds it first (a caller never sees half a sheet).
    @property
    def record(self) -> Any:
        self.ensure_built()
        return self._record

    def field_names(self) -> list[str]:
        self.ensure_built()
        return super().field_names()

    def field_widgets(self) -> list[QWidget]:
        self.ensure_built()
        return super().field_widgets()

    def read(self) -> Any:
        self.ensure_built()
        return super().read()

    def save(self) -> bool:
        self.ensure_built()
        return super().save()

    def save_now(self) -> None:
        self.ensure_built()
        super().save_now()
