"""The Overview tab of a project: its linked measures (variation and assurance icons, in words
too) and the timeline of its ramps and their PDSA cycles."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem

from app.domain.project import PROGRESS_SCORES, Project
from app.services.records.projects import LinkedMeasure

ID_ROLE = Qt.ItemDataRole.UserRole


def choice_text(project: Project) -> str:
    return f"{project.title} ({project.status.lower()}, progress score {project.progress_score:.1f})"


def status_line(project: Project) -> str:
    team = ", ".join(project.team) or "no team listed yet"
    return (
        f"Status: {project.status}. Progress score {project.progress_score:.1f}: "
        f"{PROGRESS_SCORES[project.progress_score]}. Sponsor: {project.sponsor or 'not set'}. Team: {team}."
    )


def setup_measures_table(table: QTableWidget) -> None:
    table.setColumnCount(3)
    table.setHorizontalHeaderLabels(["Icons", "Measure", "Variation and assurance"])
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setEditTriggers(table.EditTrigger.NoEditTriggers)


def fill_linked_measures(table: QTableWidget, linked_measures: list[LinkedMeasure]) -> None:
    """One row per linked measure: its icons, its name (carrying its id) and the icons in words."""
    from app.ui.charts import icons

    side = max(24, round(table.fontMetrics().height() * 1.4))
    table.setIconSize(QSize(side * 2 + side // 4, side))
    table.blockSignals(True)
    table.setRowCount(len(linked_measures))
    for row, linked in enumerate(linked_measures):
        chart = linked.chart
        variation = chart.variation_icon if chart else None
        assurance = chart.assurance if chart else None
        words = (
            f"Variation: {chart.variation_text}. Assurance: {chart.assurance_text}"
            if chart
            else linked.problem or "This measure no longer exists."
        )
        cell = QTableWidgetItem()
        cell.setIcon(icons.pair_icon(variation, assurance, side))
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, words)
        cell.setToolTip(words)
        name = QTableWidgetItem(linked.name)
        name.setData(ID_ROLE, linked.measure_id)
        table.setItem(row, 0, cell)
        table.setItem(row, 1, name)
        table.setItem(row, 2, QTableWidgetItem(words))
    table.blockSignals(False)
    fit_measures_table(table)


def fit_measures_table(table: QTableWidget) -> None:
    """As tall as its first five rows (wrapped), so the chart below keeps its room."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), 5)))
    table.setFixedHeight(table.horizontalHeader().height() + max(rows, table.fontMetrics().height() * 2) + 4)


def setup_timeline(tree: QTreeWidget) -> None:
    tree.setColumnCount(1)
    tree.setHeaderHidden(True)
    line = tree.fontMetrics().height()
    tree.setIndentation(round(line * 1.5))
    tree.setMinimumHeight(line * 10)


def fill_timeline(tree: QTreeWidget, ramps: list) -> None:
    """Each ramp (a change idea tested in cycles) with its cycles, dates, scale and decisions; a
    cycle's item carries its id (activating it opens the cycle)."""
    tree.clear()
    for ramp in ramps:
        dates = [c.start_date for c in ramp.cycles if c.start_date]
        span = f", {min(dates):%d %b %Y} to {max(dates):%d %b %Y}" if dates else ""
        count = f"{len(ramp.cycles)} cycle{'s' if len(ramp.cycles) != 1 else ''}"
        top = QTreeWidgetItem(tree, [f"Ramp: {ramp.label}\n{count}{span}"])
        top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Ramp: {ramp.label}, {count}{span}")
        for cycle in ramp.cycles:
            when = "no start date"
            if cycle.start_date:
                when = f"{cycle.start_date:%d %b}" + (
                    f" to {cycle.end_date:%d %b %Y}" if cycle.end_date else f" {cycle.start_date:%Y}"
                )
            scale = f" ({cycle.scale_text})" if cycle.scale_text else ""
            details = (
                f"{when} · improved? {cycle.improved or 'not yet'} · "
                f"act: {cycle.act.lower() if cycle.act else 'not decided'}"
            )
            item = QTreeWidgetItem(top, [f"{cycle.label}{scale}\n{details}"])
            item.setData(0, ID_ROLE, cycle.id)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{cycle.label}{scale}, {details}")
    tree.expandAll()
    if not ramps:
        QTreeWidgetItem(tree, ["No PDSA cycles yet: plan the first on the 'PDSA cycles' tab."])
