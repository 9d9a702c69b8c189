"""Export and import: the ward's weekly export (with the identifier check), importing files from
the wards, the wards sending files (with a ward filter), and files waiting for a ward.

Long work (reading and checking a ward's year, writing the file, importing many files) runs on a
worker thread with its own database connection (app/ui/tasks.py), with a progress bar.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.domain.weeks import week_label
from app.errors import WardHuddleError
from app.services.changes import Changes
from app.services.exchange.exports import PreparedExport
from app.services.exchange.imports import FileResult
from app.services.store import AppStore
from app.ui import prompts, tasks
from app.ui.pages.base import Page, paint_scroll_areas_once
from app.ui.panels.exchange_tables import (
    CONFLICT_COLUMNS,
    HISTORY_COLUMNS,
    IMPORT_COLUMNS,
    PENDING_COLUMNS,
    QUARANTINE_COLUMNS,
    WARD_COLUMNS,
    Progress,
    fill_table,
    narrow_file_column,
    setup_table,
    short_name,
    show_progress,
    when,
)
from app.ui.widgets.form_helpers import show_message
from app.ui.widgets.ward_filter import WardFilter


class ExportPage(Page):
    title = "Export and import"
    listens_to = Changes.WARDS | Changes.SETTINGS | Changes.EXCHANGE

    def __init__(self, store: AppStore) -> None:
        super().__init__()
        from app.ui.generated.ui_export_page import Ui_ExportPage

        self.store = store
        self.ui = Ui_ExportPage()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("title")
        self.ui.historyLabel.setObjectName("sectionTitle")
        self._target: Path | None = None
        self._prepared: PreparedExport | None = None
        self.review = None
        self._export_progress = Progress(self)
        self._export_progress.moved.connect(lambda d, t, m: show_progress(self.ui.exportProgress, d, t, m))
        self._import_progress = Progress(self)
        self._import_progress.moved.connect(lambda d, t, m: show_progress(self.ui.importProgress, d, t, m))
        for bar in (self.ui.exportProgress, self.ui.importProgress):
            bar.setTextVisible(True)
            bar.setFormat("Not started")
        setup_table(self.ui.exportHistory, HISTORY_COLUMNS, stretch=3)
        setup_table(self.ui.importResults, IMPORT_COLUMNS, stretch=9)
        narrow_file_column(self.ui.importResults)
        setup_table(self.ui.wardsTable, WARD_COLUMNS, stretch=7)
        setup_table(self.ui.pendingTable, PENDING_COLUMNS, stretch=0)
        setup_table(self.ui.conflictsTable, CONFLICT_COLUMNS, stretch=3)
        setup_table(self.ui.quarantineTable, QUARANTINE_COLUMNS, stretch=3)
        self.ward_filter = WardFilter(self.ui.wardFilter, store)
        self.ward_filter.changed.connect(self._load_wards)
        self.ui.exportWard.currentIndexChanged.connect(lambda _i: self._load_status())
        self.ui.chooseTarget.clicked.connect(self.choose_target)
        self.ui.checkExport.clicked.connect(self.check_and_export)
        self.ui.reviewIdentifiers.clicked.connect(self.open_review)
        self.ui.chooseFiles.clicked.connect(self.choose_files)
        self.ui.mapPending.clicked.connect(self.map_pending)
        self.ui.reviewIdentifiers.setEnabled(False)
        rows = self.ui.exportHistory.verticalHeader().defaultSectionSize()
        self.ui.exportHistory.setMinimumHeight(rows * 6 + self.ui.exportHistory.horizontalHeader().sizeHint().height())
        if store.read_only:
            for button in (self.ui.checkExport, self.ui.chooseFiles, self.ui.mapPending, self.ui.chooseTarget):
                button.setEnabled(False)
        paint_scroll_areas_once(self)
        self.load()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.WARDS | Changes.EXCHANGE):
            self.load()
        elif changes & Changes.SETTINGS:
            self._load_status()

    def load(self) -> None:
        self._load_export_choices()
        self._load_status()
        self._load_history()
        self.ward_filter.reload()
        self._load_wards()
        self._load_pending()

    def _load_export_choices(self) -> None:
        combo = self.ui.exportWard
        wanted = combo.currentData() or self.store.current_ward_id()
        combo.blockSignals(True)
        combo.clear()
        for ward in self.store.wards.list_wards():
            combo.addItem(ward.name, ward.id)
        index = combo.findData(wanted)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        weeks = self.ui.exportWeek
        if weeks.count() == 0:
            today = self.store.exchange.exports.today()
            for back in range(0, 9):
                week = week_label(today - timedelta(days=7 * back))
                weeks.addItem(
                    f"{week} (this week: everything)" if back == 0 else f"{week} (records made up to then)", week
                )
        self.ui.exportTarget.setText(str(self._target or self.store.exchange.default_export_folder()))

    def _ward_id(self) -> str | None:
        data = self.ui.exportWard.currentData()
        return str(data) if data else None

    def _load_status(self) -> None:
        ward_id = self._ward_id()
        if ward_id is None:
            self.ui.exportStatus.setText("There is no ward to export yet.")
            return
        status = self.store.exchange.export_status(ward_id)
        self.ui.exportStatus.setText(status.message(self.store.exchange.exports.today()))

    def _load_history(self) -> None:
        rows = []
        for entry in self.store.exchange.exports.history(self._ward_id(), limit=30):
            records = sum(v for k, v in entry.counts.items() if k != "tombstones")
            rows.append((when(entry.exported_at), entry.week, str(entry.export_seq), entry.file_name, str(records)))
        fill_table(self.ui.exportHistory, rows)

    def _load_wards(self) -> None:
        ward_ids = self.ward_filter.ward_ids()
        rows = []
        for row in self.store.exchange.view.wards_table(ward_ids):
            rows.append(
                (
                    row.ward_name,
                    row.ward_code,
                    str(row.files),
                    short_name(row.last_file_name)
                    or ("This computer's own ward" if row.local else "No file received yet"),
                    when(row.last_exported_at),
                    when(row.last_received_at),
                    row.gaps or "None",
                    "\n".join(row.anomalies) or "None",
                )
            )
        fill_table(self.ui.wardsTable, rows)
        self.ui.wardsTable.resizeRowsToContents()
        names = {w.id: w.name for w in self.store.wards.list_wards()}
        conflicts = self.store.exchange.imports.conflicts(ward_ids)
        fill_table(
            self.ui.conflictsTable,
            [
                (
                    f"{c.record_type.replace('_', ' ')} {c.uuid[:8]}",
                    names.get(c.ward_id, c.ward_id[:8]),
                    str(c.rev),
                    "; ".join(
                        f"from device {v['origin_device_id'][:8]}, saved {when(v['updated_at'])}, file {v['file_name']}"
                        for v in c.versions
                    ),
                )
                for c in conflicts
            ],
        )

    def _load_pending(self) -> None:
        groups = self.store.exchange.imports.pending_groups()
        self._groups = groups
        fill_table(
            self.ui.pendingTable,
            [
                (
                    g.label,
                    g.device_id[:8],
                    str(len(g.files)),
                    ", ".join(str(f.export_seq) for f in g.files),
                    when(max(f.received_at for f in g.files)),
                )
                for g in groups
            ],
        )
        self.ui.mapPending.setEnabled(bool(groups) and not self.store.read_only)
        index = self.ui.tabs.indexOf(self.ui.pendingTab)
        self.ui.tabs.setTabText(index, f"&Pending files ({len(groups)})" if groups else "&Pending files")
        fill_table(
            self.ui.quarantineTable,
            [
                (
                    when(q["quarantined_at"]),
                    q["file_name"],
                    f"{q['record_type'].replace('_', ' ')} {q['uuid'][:8]}",
                    q["reason"],
                )
                for q in self.store.exchange.imports.quarantined(200)
            ],
        )

    # -- export ----------------------------------------------------------------------------------------
    def choose_target(self) -> None:
        folder = self._target.parent if self._target else self.store.exchange.default_export_folder()
        chosen = prompts.save_file(
            self, "Save the weekly export as", str(folder / "weekly-export.zip"), "Ward Huddle export (*.zip)"
        )
        if not chosen:
            return
        path = Path(chosen)
        self._target = path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")
        self.ui.exportTarget.setText(str(self._target))

    def check_and_export(self) -> None:
        ward_id = self._ward_id()
        if ward_id is None:
            show_message(self.ui.exportMessage, "There is no ward to export.", error=True)
            return
        week = self.ui.exportWeek.currentData()
        this_week = self.ui.exportWeek.currentIndex() == 0
        exchange, progress = self.store.exchange, self._export_progress
        self._exporting(True)
        show_message(self.ui.exportMessage, "Reading the ward's records and checking them for patient identifiers…")

        def work() -> PreparedExport:
            with exchange.on_own_connection() as worker:
                return worker.exports.prepare(ward_id, week=None if this_week else week, progress=progress)

        tasks.run_in_background(work, self._checked, self._export_failed, serial=True)

    def _checked(self, prepared: PreparedExport) -> None:
        self._prepared = prepared
        self.ui.reviewIdentifiers.setEnabled(bool(prepared.pii.issues))
        if prepared.pii.ready:
            self._write(prepared)
            return
        self._exporting(False)
        show_message(
            self.ui.exportMessage,
            f"Not exported yet. {prepared.pii.summary()} Review them: each must be "
            "removed or marked as not an identifier.",
            error=True,
        )
        self.open_review()

    def open_review(self) -> None:
        from app.ui.dialogs.pii_review import PiiReviewDialog

        if self._prepared is None:
            return
        self.review = PiiReviewDialog(self.store, self._prepared, self)
        self.review.changed.connect(self.changed.emit)
        self.review.export_requested.connect(self.check_and_export)
        window = self.window()
        self.review.resize(int(window.width() * 0.92), int(window.height() * 0.9))
        self.review.open()

    def _write(self, prepared: PreparedExport) -> None:
        target = self._target or self.store.exchange.default_export_folder()
        exchange, progress = self.store.exchange, self._export_progress
        show_message(self.ui.exportMessage, "Writing the export file…")

        def work():  # ExportResult
            with exchange.on_own_connection() as worker:
                return worker.exports.write(prepared, target, progress=progress)

        tasks.run_in_background(work, self._written, self._export_failed, serial=True)

    def _written(self, result) -> None:  # ExportResult
        self._exporting(False)
        self._prepared = None
        self.ui.reviewIdentifiers.setEnabled(False)
        show_message(
            self.ui.exportMessage,
            f"{result.summary()} Saved in {result.path.parent}. Send it to the "
            "improvement team by NHSmail or the trust's file transfer.",
        )
        self._load_status()
        self._load_history()
        self.changed.emit(Changes.EXCHANGE | Changes.AUDIT)

    def _export_failed(self, error: BaseException) -> None:
        self._exporting(False)
        text = str(error) if isinstance(error, WardHuddleError) else f"The export failed: {error}"
        show_message(self.ui.exportMessage, text, error=True)

    def _exporting(self, busy: bool) -> None:
        self.ui.checkExport.setEnabled(not busy and not self.store.read_only)
        self.ui.exportWard.setEnabled(not busy)
        if busy:
            self.ui.exportProgress.setValue(0)

    # -- import -------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = prompts.open_files(self, "Import weekly export files", "Ward Huddle exports (*.zip);;All files (*)")
        if not paths:
            return
        self._run_import(
            lambda worker, progress: worker.imports.import_files(paths, progress=progress),
            f"Importing {len(paths)} file{'s' * (len(paths) != 1)}…",
        )

    def map_pending(self) -> None:
        row = self.ui.pendingTable.currentRow()
        groups = getattr(self, "_groups", [])
        if not 0 <= row < len(groups):
            show_message(self.ui.pendingMessage, "Select the files to link to a ward first.", error=True)
            return
        group = groups[row]
        choices = self.store.exchange.imports.mapping_choices(group.device_id, group.home_ward_id)
        labels = [label for _ward, label in choices]
        chosen = prompts.ask_choice(
            self,
            "Which ward are these files from?",
            f"{len(group.files)} file(s) from computer {group.device_id[:8]} name {group.label}.\n"
            "Choose the ward they belong to. Their records are imported straight away.",
            labels,
        )
        if chosen is None:
            return
        ward_id = choices[labels.index(chosen)][0]
        self._run_import(
            lambda worker, progress: worker.imports.map_device(
                group.device_id, group.home_ward_id, ward_id, progress=progress
            ),
            f"Linking computer {group.device_id[:8]} to {chosen} and importing its files…",
        )

    def _run_import(self, action, message: str) -> None:  # (ExchangeServices, progress) -> results
        exchange, progress = self.store.exchange, self._import_progress
        self.ui.chooseFiles.setEnabled(False)
        self.ui.mapPending.setEnabled(False)
        self.ui.importProgress.setValue(0)
        self.ui.tabs.setCurrentWidget(self.ui.importTab)
        show_message(self.ui.importMessage, message)

        def work() -> list[FileResult]:
            with exchange.on_own_connection() as worker:
                return action(worker, progress)

        tasks.run_in_background(work, self._imported, self._import_failed, serial=True)

    def _imported(self, results: list[FileResult]) -> None:
        self.ui.chooseFiles.setEnabled(not self.store.read_only)
        rows = []
        changes = Changes.EXCHANGE | Changes.AUDIT
        for result in results:
            c = result.counts
            rows.append(
                (
                    short_name(result.file_name),
                    result.status,
                    *(
                        str(v)
                        for v in (c.inserted, c.updated, c.unchanged, c.older, c.deleted, c.conflicts, c.quarantined)
                    ),
                    result.message,
                )
            )
            changes |= result.changes
        fill_table(self.ui.importResults, rows)
        for row, result in enumerate(results):
            self.ui.importResults.item(row, 0).setToolTip(result.file_name)
            self.ui.importResults.item(row, 9).setToolTip(result.message)
        self.ui.importResults.resizeRowsToContents()
        tally: dict[str, int] = {}
        for result in results:
            tally[result.status] = tally.get(result.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in tally.items())
        show_message(
            self.ui.importMessage,
            f"{len(results)} file{'s' * (len(results) != 1)}: {summary}.",
            error=any(not r.ok for r in results),
        )
        self.load()
        self.changed.emit(changes)

    def _import_failed(self, error: BaseException) -> None:
        self.ui.chooseFiles.setEnabled(not self.store.read_only)
        self._load_pending()
        text = str(error) if isinstance(error, WardHuddleError) else f"The import failed and changed nothing: {error}"
        show_message(self.ui.importMessage, text, error=True)
