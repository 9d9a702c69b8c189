"""Print… and Save as PDF… for any page that shows a printable record.

    from app.services import printing as pdfs
    from app.ui import printing

    printing.print_pdf(self, lambda: pdfs.huddle_sheet_pdf(store, ward_id, day, slot), "Huddle sheet 19 Nov")
    printing.save_pdf(self, lambda: pdfs.week_pack_pdf(store, ward_id, "2026-W47"), "Weekly pack W7 2026-W47.pdf")

``make_pdf_bytes`` runs on a worker thread (app/ui/tasks.py), never on the UI thread. The services
in app.services.printing may be given the page's own store: on a worker they read the data file
through a read-only connection of their own. Print opens the PDF in the system's viewer, from
which it prints; errors are reported through app.ui.prompts in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QWidget

from app.errors import WardHuddleError
from app.ui import prompts, tasks

log = logging.getLogger(__name__)

PDF_FILTER = "PDF files (*.pdf)"
SAVED_MESSAGE_MS = 8000


def print_pdf(parent: QWidget | None, make_pdf_bytes: Callable[[], bytes], title: str) -> tasks.Task:
    """Render off the UI thread into a temporary file and open it in the system's PDF viewer
    (print from there). If no viewer opens, say where the file is."""
    from app.services.printing import temp_pdf

    def work() -> Path:
        return temp_pdf(title, make_pdf_bytes())

    def opened(path: Path) -> None:
        if not open_in_viewer(path):
            prompts.warn(
                parent,
                "Print",
                f"No program on this PC opens PDF files, so the sheet could not be shown "
                f"for printing. It was saved here instead:\n{path}",
            )

    return tasks.run_in_background(work, on_done=opened, on_error=lambda error: _failed(parent, "print", error))


def save_pdf(parent: QWidget | None, make_pdf_bytes: Callable[[], bytes], suggested_name: str) -> tasks.Task | None:
    """Ask where to save (suggesting ``suggested_name`` in Documents), then render and write the file
    off the UI thread, atomically. Returns None if the user cancelled."""
    from app.services.printing import safe_file_name

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggestion = str(Path(documents) / safe_file_name(suggested_name)) if documents else safe_file_name(suggested_name)
    chosen = prompts.save_file(parent, "Save as PDF", suggestion, PDF_FILTER)
    if not chosen:
        return None
    target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def work() -> Path:
        from app.services.printing import write_pdf

        write_pdf(target, make_pdf_bytes())
        return target

    def saved(path: Path) -> None:
        message = f"Saved {path.name} in {path.parent}."
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(message, SAVED_MESSAGE_MS)
        else:
            prompts.info(parent, "Save as PDF", message)

    return tasks.run_in_background(work, on_done=saved, on_error=lambda error: _failed(parent, "save", error))


def open_in_viewer(path: Path) -> bool:
    """Hand a PDF to the system's viewer (a seam tests replace)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _failed(parent: QWidget | None, action: str, error: BaseException) -> None:
    title = "Could not print" if action == "print" else "Could not save the PDF"
    if isinstance(error, WardHuddleError):
        prompts.error(parent, title, str(error))
    elif isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        prompts.error(
            parent,
            title,
            f"The PDF could not be written{where}: {error.strerror or error}. "
            "Choose another folder, or check the disk is not full.",
        )
    else:
        log.error("PDF %s failed", action, exc_info=(type(error), error, error.__traceback__))
        prompts.error(
            parent,
            title,
            "Ward Huddle hit an unexpected problem while making the PDF. Your records are safe.",
            repr(error),
        )
