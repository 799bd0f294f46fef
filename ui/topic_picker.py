"""Choosing an appeal's topic from the answer library's topic tree (TEL-2): a combo box that
lists the topics in the supervisors' order, a sub-topic after its parent and named with it
("Счета и начисления › Перерасчёт"), so the closed box says where the topic sits."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from workstation.answer_types import TopicInfo

SEPARATOR = " › "


class TopicPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topic-picker")
        self.setMaxVisibleItems(20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._titles: dict[str, str] = {}
        self._pending: str | None = None
        self.addItem(self.tr("— choose a topic —"), None)

    def set_topics(self, topics: list[TopicInfo]) -> None:
        chosen = self.current_code() or self._pending
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("— choose a topic —"), None)
        children: dict[str | None, list[TopicInfo]] = {}
        for topic in topics:  # already in the supervisors' order
            children.setdefault(topic.parent_code, []).append(topic)
        known = {topic.code for topic in topics}

        def add(parent: str | None, path: str) -> None:
            for topic in children.get(parent, []):
                self.addItem(f"{path}{topic.title}", topic.code)
                self._titles[topic.code] = topic.title
                add(topic.code, f"{path}{topic.title}{SEPARATOR}")

        add(None, "")
        for topic in topics:  # an orphan (its parent retired) still shows, at the top level
            if topic.parent_code and topic.parent_code not in known:
                self.addItem(topic.title, topic.code)
                self._titles[topic.code] = topic.title
        self.blockSignals(False)
        self.set_code(chosen)

    def current_code(self) -> str | None:
        code = self.currentData()
        return str(code) if code else None

    def current_title(self) -> str:
        code = self.current_code()
        return self._titles.get(code, "") if code else ""

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if code and index < 0:
            self._pending = code  # the topics have not arrived yet
            return
        self._pending = None
        self.setCurrentIndex(max(index, 0))
