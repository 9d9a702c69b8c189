"""The driver diagram as an editable tree: aim → primary drivers → secondary drivers → change ideas.

Keyboard first: Insert adds a part under the selected one, Ctrl+Insert (or Shift+Insert) one
beside it, F2 renames, Delete deletes (after ``confirm_delete``), Ctrl+Up / Ctrl+Down move it among
its siblings. The tree's value is a tuple of :class:`DriverNode` (app.domain.project); every edit
goes through the domain's pure tree functions and the tree is redrawn, keeping the selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.domain.project import (
    LEVEL_NAMES,
    LEVELS,
    DriverNode,
    add_node,
    find_node,
    level_at,
    move_node,
    parent_of,
    remove_node,
    rename_node,
)
from app.errors import ValidationError

ID_ROLE = Qt.ItemDataRole.UserRole
AIM_ID = ""


class DriverTree(QTreeWidget):
    edited = Signal()  # the diagram changed (save it)
    problem = Signal(str)  # a plain-words message for the page to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels(["Part of the diagram", "Level"])
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._nodes: tuple[DriverNode, ...] = ()
        self._aim_text = ""
        self._filling = False
        self.read_only = False
        self.confirm_delete: Callable[[DriverNode], bool] = lambda _node: True
        self.itemChanged.connect(self._renamed)

    # -- value -----------------------------------------------------------------------------------
    def nodes(self) -> tuple[DriverNode, ...]:
        return self._nodes

    def set_nodes(self, nodes: tuple[DriverNode, ...], aim_text: str = "") -> None:
        self._nodes = tuple(nodes)
        self._aim_text = aim_text
        self._render(self.current_id())

    def set_aim_text(self, text: str) -> None:
        self._aim_text = text
        root = self.topLevelItem(0)
        if root is not None:
            self._filling = True
            root.setText(0, text)
            root.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Aim: {text}")
            self._filling = False

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def select(self, node_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == node_id:
                self.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def _render(self, select_id: str | None) -> None:
        self._filling = True
        try:
            self.clear()
            root = QTreeWidgetItem(self, [self._aim_text or "Aim (write it on the project's Aim fields)", "Aim"])
            root.setData(0, ID_ROLE, AIM_ID)
            root.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Aim: {self._aim_text}")
            root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self._add_children(root, self._nodes, 1)
            self.expandAll()
        finally:
            self._filling = False
        self.select(select_id if select_id is not None else AIM_ID)

    def _add_children(self, parent: QTreeWidgetItem, nodes: tuple[DriverNode, ...], depth: int) -> None:
        level = LEVEL_NAMES[level_at(depth)]
        for node in nodes:
            item = QTreeWidgetItem(parent, [node.text, level])
            item.setData(0, ID_ROLE, node.id)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{level}: {node.text}")
            if not self.read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._add_children(item, node.children, depth + 1)

    # -- edits -------------------------------------------------------------------------------------
    def _apply(self, change: Callable[[], tuple[DriverNode, ...]], select_id: str | None) -> bool:
        if self.read_only:
            return False
        try:
            self._nodes = change()
        except ValidationError as error:
            self.problem.emit(str(error))
            return False
        self._render(select_id)
        self.edited.emit()
        return True

    def add_child(self) -> None:
        """Add a part under the selected one (under the aim: a primary driver), then rename it."""
        parent_id = self.current_id() or AIM_ID
        depth = 0 if parent_id == AIM_ID else (find_node(self._nodes, parent_id) or (None, 0))[1]
        if depth >= len(LEVELS):
            self.problem.emit(
                "A change idea is the last level of the diagram: use 'Add beside' for another change idea."
            )
            return
        self._add(parent_id or None, depth + 1)

    def add_sibling(self) -> None:
        """Add a part beside the selected one (beside the aim: a primary driver)."""
        current = self.current_id() or AIM_ID
        if current == AIM_ID:
            self._add(None, 1)
            return
        parent = parent_of(self._nodes, current)
        depth = (find_node(self._nodes, current) or (None, 1))[1]
        self._add(parent.id if parent else None, depth)

    def _add(self, parent_id: str | None, depth: int) -> None:
        text = f"New {LEVEL_NAMES[level_at(depth)].lower()}"
        added: list[DriverNode] = []

        def change() -> tuple[DriverNode, ...]:
            tree, node = add_node(self._nodes, parent_id, text)
            added.append(node)
            return tree

        if self._apply(change, None) and added:
            self.select(added[0].id)
            self.rename()

    def rename(self) -> None:
        item = self.currentItem()
        if item is None or self.read_only:
            return
        if item.data(0, ID_ROLE) == AIM_ID:
            self.problem.emit("The aim is written in the Aim fields above; rename a driver or change idea here.")
            return
        self.editItem(item, 0)

    def delete(self) -> None:
        node_id = self.current_id()
        if not node_id:
            self.problem.emit("Select a driver or change idea to delete (the aim stays).")
            return
        found = find_node(self._nodes, node_id)
        if found is None or not self.confirm_delete(found[0]):
            return
        parent = parent_of(self._nodes, node_id)
        self._apply(lambda: remove_node(self._nodes, node_id), parent.id if parent else AIM_ID)

    def move(self, step: int) -> None:
        node_id = self.current_id()
        if node_id:
            self._apply(lambda: move_node(self._nodes, node_id, step), node_id)

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        node_id = str(item.data(0, ID_ROLE))
        found = find_node(self._nodes, node_id)
        if found is None:
            return
        if " ".join(item.text(0).split()) == found[0].text:
            return
        # The editor is still closing: change the model and this item in place, never redraw here.
        try:
            self._nodes = rename_node(self._nodes, node_id, item.text(0))
        except ValidationError as error:
            self.problem.emit(str(error))
            QTimer.singleShot(0, lambda: self._render(node_id))  # put the old words back
            return
        renamed = find_node(self._nodes, node_id)
        assert renamed is not None
        self._filling = True
        item.setText(0, renamed[0].text)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{LEVEL_NAMES[level_at(renamed[1])]}: {renamed[0].text}")
        self._filling = False
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Insert:
            if ctrl or mods & Qt.KeyboardModifier.ShiftModifier:
                self.add_sibling()
            else:
                self.add_child()
        elif key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.delete()
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
