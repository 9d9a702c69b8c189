"""Identifiers while typing: a possible NHS number (or another identifier the export would stop)
is underlined in the box as it is typed, and a line under the section names it with a one-click
"Remove" (the same replacement the export's redaction uses). The scanner is the public
``app.domain.pii.scan``, so the screen, the export and the import see the same findings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QInputMethodEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from app.domain.pii import Finding, redact, scan

TextBox = QLineEdit | QPlainTextEdit


def _text(box: TextBox) -> str:
    return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()


def _mark_format() -> QTextCharFormat:
    mark = QTextCharFormat()
    mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    mark.setUnderlineColor(QColor("#c62828"))
    mark.setFontUnderline(True)
    return mark


def underline(box: TextBox, findings: list[Finding]) -> None:
    """Draw a red wavy underline under each finding (the text itself is never changed)."""
    mark = _mark_format()
    if isinstance(box, QPlainTextEdit):
        selections = []
        for finding in findings:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(box.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = mark
            selections.append(selection)
        box.setExtraSelections(selections)
        return
    # A line edit draws input-method formats over its text: the usual way to colour part of it
    position = box.cursorPosition()
    attributes = [
        QInputMethodEvent.Attribute(
            QInputMethodEvent.AttributeType.TextFormat, f.start - position, f.end - f.start, mark
        )
        for f in findings
    ]
    QApplication.sendEvent(box, QInputMethodEvent("", attributes))


class IdentifierWatch(QObject):
    """Watches text boxes; shows what looks like an identifier on ``bar`` with a Remove button."""

    def __init__(self, parent: QWidget, on_removed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.on_removed = on_removed
        self.bar = QWidget(parent)
        self.bar.setObjectName("identifierBar")
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.remove = QPushButton("Remove it")
        self.remove.setAccessibleName("Remove the identifier from the text")
        self.remove.clicked.connect(self.remove_found)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.remove)
        self.bar.hide()
        self._boxes: list[TextBox] = []
        self._found: dict[int, list[Finding]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # after a pause in typing, not on every key
        self._timer.timeout.connect(self.rescan)

    def watch(self, box: TextBox) -> None:
        self._boxes.append(box)
        box.textChanged.connect(lambda *_a: self._timer.start())
        box.destroyed.connect(lambda *_a, b=box: self._forget(b))

    def watch_new(self, root: QWidget) -> None:
        """Watch the free-text boxes under ``root`` not watched yet (rows added since)."""
        known = {id(b) for b in self._boxes}
        for box in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
            if id(box) not in known and _is_free_text(box):
                self.watch(box)

    def _forget(self, box: object) -> None:
        self._boxes = [b for b in self._boxes if b is not box]

    def rescan(self) -> None:
        self._found = {}
        for box in self._boxes:
            findings = scan(_text(box))
            underline(box, findings)
            if findings:
                self._found[id(box)] = findings
        found = [f for findings in self._found.values() for f in findings]
        if not found:
            self.bar.hide()
            return
        first = found[0]
        more = f" and {len(found) - 1} more" if len(found) > 1 else ""
        self.words.setText(f"⚠ {first.label}: '{first.text}'{more}. Identifiers must not be kept on the sheet.")
        self.bar.show()

    def remove_found(self) -> None:
        """Replace every finding with the export's replacement text, in place."""
        self.rescan()
        for box in self._boxes:
            findings = self._found.get(id(box))
            if not findings:
                continue
            clean = redact(_text(box), findings)
            if isinstance(box, QPlainTextEdit):
                box.setPlainText(clean)
            else:
                box.setText(clean)
        self.rescan()
        self.on_removed()


def _is_free_text(box: QWidget) -> bool:
    parent = box.parentWidget()
    if parent is not None and type(parent).__name__ in {"StaffPicker", "StaffField", "QComboBox", "QSpinBox"}:
        return False  # names come from the staff list; combos and numbers hold no free text
    return type(box).__name__ != "UkDateEdit" and box.objectName() not in {"startTime", "endTime"}


def watch_text_boxes(root: QWidget, on_removed: Callable[[], None]) -> IdentifierWatch:
    """An IdentifierWatch over every free-text box under ``root``; ``watch_new`` adds boxes made later."""
    watch = IdentifierWatch(root, on_removed)
    watch.watch_new(root)
    return watch
