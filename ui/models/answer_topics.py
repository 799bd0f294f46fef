"""The answer library's topic tree: "All topics" first, then the topics as supervisors ordered
them, each with the number of answers in it and below it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.icons import icon
from workstation.answer_types import TopicInfo

AnyIndex = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the topic code; None for "All topics"


@dataclass(eq=False)
class _Node:
    code: str | None
    title: str
    own: int
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def total(self) -> int:
        return self.own + sum(child.total() for child in self.children)

    def row(self) -> int:
        siblings = self.parent.children if self.parent is not None else []
        return next(i for i, node in enumerate(siblings) if node is self)


class AnswerTopicsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, "", 0)
        self._everything = self.tr("All topics")

    def set_topics(self, topics: list[TopicInfo]) -> None:
        self.beginResetModel()
        root = _Node(None, "", 0)
        every = _Node(None, self._everything, 0, root)
        root.children.append(every)
        nodes = {t.code: _Node(t.code, t.title, t.entries) for t in topics}
        for topic in topics:  # already in the supervisors' order
            node = nodes[topic.code]
            parent = nodes.get(topic.parent_code) if topic.parent_code else None
            node.parent = parent or root
            node.parent.children.append(node)
        every.own = sum(node.own for node in nodes.values())
        self._root = root
        self.endResetModel()

    def index_of(self, code: str | None) -> QModelIndex:
        def walk(node: _Node, parent: QModelIndex) -> QModelIndex:
            for row, child in enumerate(node.children):
                index = self.index(row, 0, parent)
                if child.code == code:
                    return index
                found = walk(child, index)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(self._root, QModelIndex())

    # -- the model ------------------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[no-any-return]

    def index(self, row: int, column: int,
              parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's signature)
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{node.title} ({node.total()})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1: answers %2").replace("%1", node.title).replace(
                "%2", str(node.total()))
        if role == CODE_ROLE:
            return node.code
        if role == Qt.ItemDataRole.DecorationRole and node.code is None:
            return icon("answers")
        return None
