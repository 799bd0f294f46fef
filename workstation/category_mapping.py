"""CH-2: the complexity category A–E of an appeal follows from its channel.

The mapping is a set of settings an administrator changes (``python main.py settings set
appeals.category.chat A``); the defaults are those of REGULATIONS.md. A call is D when the
operator handled it alone and E when a specialist was consulted or the call transferred — known
only at wrap-up. The category is recorded and reported; it does not change how an appeal is
processed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workstation.appeals import Category, Channel


@dataclass(frozen=True)
class CategorySetting:
    key: str
    default: Category
    description: str


PREFIX = "appeals.category."
CALL_WITH_SPECIALIST = f"{PREFIX}call_specialist"
CATEGORY_SETTINGS: tuple[CategorySetting, ...] = (
    CategorySetting(f"{PREFIX}chat", Category.A, "Категория сложности обращения из чата (CH-2)"),
    CategorySetting(f"{PREFIX}post", Category.B, "Категория сложности почтового письма (CH-2)"),
    CategorySetting(f"{PREFIX}email", Category.B,
                    "Категория сложности письма по электронной почте (CH-2)"),
    CategorySetting(f"{PREFIX}webform", Category.B,
                    "Категория сложности обращения через форму на сайте (CH-2)"),
    CategorySetting(f"{PREFIX}voicemail", Category.C,
                    "Категория сложности сообщения на автоответчике (CH-2)"),
    CategorySetting(f"{PREFIX}call", Category.D,
                    "Категория сложности звонка, решённого оператором самостоятельно (CH-2)"),
    CategorySetting(CALL_WITH_SPECIALIST, Category.E,
                    "Категория сложности звонка с консультацией или переводом на специалиста "
                    "(CH-2, ставится при завершении звонка)"),
)
CATEGORY_KEYS = tuple(setting.key for setting in CATEGORY_SETTINGS)


def category_problem(value: str) -> str | None:
    """Why a value cannot be a category (for the settings service), or None."""
    if value.strip().upper() in {category.value for category in Category}:
        return None
    return "категория — одна из букв A, B, C, D, E"


def category_for(channel: Channel, stored: Mapping[str, str] | None = None, *,
                 specialist: bool = False) -> Category:
    """The category of an appeal from ``channel``; ``stored`` are the settings as saved."""
    stored = stored or {}
    key = CALL_WITH_SPECIALIST if channel is Channel.CALL and specialist else (
        f"{PREFIX}{channel.value}")
    default = next(setting.default for setting in CATEGORY_SETTINGS if setting.key == key)
    value = str(stored.get(key, "")).strip().upper()
    return Category(value) if value in {c.value for c in Category} else default
