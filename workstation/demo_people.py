"""Realistic Russian people, organisations, streets, phones and e-mails for demo data.

Faker is slow per call, so it is asked once per seed for pools of names and streets; the hot loop
of demo_data.py then picks from the pools with its own seeded ``random.Random``. The same seed
gives the same pools (with the same Faker version).
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from workstation.inn import complete_inn

# The first two digits of an INN (and of our account numbers): the region's code.
SUBJECT_CODES = {
    "г. Москва": 77, "Московская область": 50, "г. Санкт-Петербург": 78,
    "Калининградская область": 39, "Нижегородская область": 52, "Республика Татарстан": 16,
    "Краснодарский край": 23, "Ростовская область": 61, "Волгоградская область": 34,
    "Саратовская область": 64, "Астраханская область": 30, "Ульяновская область": 73,
    "Самарская область": 63, "Удмуртская Республика": 18, "Свердловская область": 66,
    "Челябинская область": 74, "Республика Башкортостан": 2, "Омская область": 55,
    "Новосибирская область": 54, "Томская область": 70, "Алтайский край": 22,
    "Кемеровская область": 42, "Красноярский край": 24, "Иркутская область": 38,
    "Забайкальский край": 75, "Республика Саха (Якутия)": 14, "Хабаровский край": 27,
    "Приморский край": 25, "Сахалинская область": 65, "Магаданская область": 49,
    "Камчатский край": 41,
}

# Mobile operators' codes after +7 (MTS, MegaFon, Beeline, T2 and others).
MOBILE_CODES = (
    "900", "901", "902", "903", "904", "905", "906", "908", "909", "910", "911", "912", "913",
    "914", "915", "916", "917", "918", "919", "920", "921", "922", "923", "924", "925", "926",
    "927", "928", "929", "930", "931", "950", "951", "952", "953", "958", "960", "961", "962",
    "963", "964", "965", "967", "977", "978", "980", "981", "982", "983", "984", "985", "986",
    "987", "988", "989", "991", "992", "993", "994", "995", "996", "999",
)

# The most frequent names and patronymics of adults in Russia (fathers' names of their parents'
# generation), so that demo customers sound like the callers of a real desk.
COMMON_MALE_NAMES = (
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван",
    "Михаил", "Артём", "Николай", "Владимир", "Павел", "Роман", "Игорь", "Олег", "Денис",
    "Виктор", "Юрий", "Константин", "Антон", "Илья", "Кирилл", "Никита", "Василий",
    "Анатолий", "Валерий", "Геннадий", "Вячеслав", "Борис",
)
COMMON_FEMALE_NAMES = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
    "Екатерина", "Юлия", "Марина", "Галина", "Людмила", "Надежда", "Анастасия", "Валентина",
    "Любовь", "Вера", "Дарья", "Ксения", "Алина", "Виктория", "Полина", "Нина", "Лариса",
    "Оксана", "Евгения", "Кристина", "Зоя", "Тамара",
)
COMMON_PATRONYMICS = (
    ("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"),
    ("Владимирович", "Владимировна"), ("Николаевич", "Николаевна"), ("Иванович", "Ивановна"),
    ("Викторович", "Викторовна"), ("Анатольевич", "Анатольевна"), ("Юрьевич", "Юрьевна"),
    ("Михайлович", "Михайловна"), ("Алексеевич", "Алексеевна"), ("Андреевич", "Андреевна"),
    ("Петрович", "Петровна"), ("Васильевич", "Васильевна"), ("Дмитриевич", "Дмитриевна"),
    ("Евгеньевич", "Евгеньевна"), ("Валерьевич", "Валерьевна"), ("Игоревич", "Игоревна"),
    ("Олегович", "Олеговна"), ("Геннадьевич", "Геннадьевна"), ("Борисович", "Борисовна"),
    ("Павлович", "Павловна"), ("Григорьевич", "Григорьевна"), ("Леонидович", "Леонидовна"),
    ("Фёдорович", "Фёдоровна"), ("Константинович", "Константиновна"),
)

# Reserved example domains (RFC 2606): a demo database must never mail a real person.
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", " ": "", "-": "",
    "«": "", "»": "", "№": "", ".": "",
})

# Fictional company names are made of two stems (Энерго + Сервис → «Энергосервис»), so that
# no demo organisation carries the name of a real company.
_NAME_HEADS = (
    "Энерго", "Техно", "Агро", "Строй", "Пром", "Транс", "Север", "Восток", "Юг", "Урал",
    "Волга", "Сибирь", "Байкал", "Нева", "Альфа", "Вега", "Гранит", "Кедр", "Сокол", "Меридиан",
    "Полюс", "Континент", "Лес", "Металл", "Хим", "Мега", "Стандарт", "Регион", "Торг", "Спец",
)
_NAME_TAILS = (
    "сервис", "строй", "торг", "ресурс", "трейд", "инвест", "маркет", "логистик", "групп",
    "пром", "снаб", "холод", "хлеб", "мебель", "авто", "медиа", "монтаж", "проект", "комплект",
    "техника", "сталь", "пласт", "продукт", "опт", "систем",
)
_PLAIN_NAMES = (
    "Рассвет", "Берёзка", "Ромашка", "Заря", "Дружба", "Сосновый бор", "Родник", "Радуга",
    "Солнечный", "Восход", "Мечта", "Надежда", "Уют", "Светлячок", "Колос", "Южный",
)


T = TypeVar("T")


class Dice:
    """A seeded random source with the few draws demo data needs, fast.

    ``random.Random.randint`` and ``choice`` cost microseconds each (rejection sampling); a
    million customers make tens of millions of draws, so these scale one ``random()`` instead.
    The tiny bias this gives does not matter for demo data.
    """

    __slots__ = ("getrandbits", "random")

    def __init__(self, seed: int | str) -> None:
        source = random.Random(seed)
        self.random = source.random
        self.getrandbits = source.getrandbits

    def between(self, low: int, high: int) -> int:
        """An integer from low to high, both included."""
        return low + int(self.random() * (high - low + 1))

    def below(self, limit: int) -> int:
        return int(self.random() * limit)

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def chance(self, probability: float) -> bool:
        return self.random() < probability


class Weighted(Generic[T]):
    """A fast weighted choice: cumulative weights and bisect."""

    def __init__(self, items: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _ in items]
        self.cumulative = list(accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, dice: Dice) -> T:
        return self.values[bisect(self.cumulative, dice.random() * self.total)]


@dataclass(frozen=True)
class Pools:
    """Names and streets drawn from Faker once per seed."""

    last_male: tuple[str, ...]
    last_female: tuple[str, ...]
    first_male: tuple[str, ...]
    first_female: tuple[str, ...]
    middle_male: tuple[str, ...]
    middle_female: tuple[str, ...]
    streets: tuple[str, ...]


@dataclass(frozen=True)
class PersonName:
    last: str
    first: str
    middle: str
    male: bool

    @property
    def full(self) -> str:
        return f"{self.last} {self.first} {self.middle}"

    @property
    def short(self) -> str:
        return f"{self.last} {self.first[0]}. {self.middle[0]}."


@dataclass(frozen=True)
class Organisation:
    name: str
    inn: str
    kpp: str
    person: PersonName | None  # the entrepreneur of an ИП


def draw_pools(seed: int, size: int = 2000) -> Pools:
    # Imported here: Faker takes a noticeable moment to load and only demo data needs it.
    from faker import Faker

    fake = Faker("ru_RU")
    fake.seed_instance(seed)

    def pool(method_name: str, common: tuple[str, ...] = ()) -> tuple[str, ...]:
        # Faker's first names and patronymics are drawn evenly from long lists, so rare ones
        # (Синклитикия, Викторин) would be as frequent as Елена; most come from common ones.
        method = getattr(fake, method_name)
        return tuple(fake.random.choice(common) if common and fake.random.random() < 0.8
                     else str(method()) for _ in range(size))

    streets: list[str] = []
    while len(streets) < size:
        street = str(fake.street_name())
        # Faker spreads its street kinds evenly; real addresses are mostly "ул.".
        if street.startswith("ул.") or fake.random.random() < 0.2:
            streets.append(street)
    return Pools(
        last_male=pool("last_name_male"), last_female=pool("last_name_female"),
        first_male=pool("first_name_male", COMMON_MALE_NAMES),
        first_female=pool("first_name_female", COMMON_FEMALE_NAMES),
        middle_male=pool("middle_name_male", tuple(male for male, _ in COMMON_PATRONYMICS)),
        middle_female=pool("middle_name_female",
                           tuple(female for _, female in COMMON_PATRONYMICS)),
        streets=tuple(streets),
    )


def person_name(rng: Dice, pools: Pools) -> PersonName:
    if rng.chance(0.47):
        return PersonName(rng.pick(pools.last_male), rng.pick(pools.first_male),
                          rng.pick(pools.middle_male), True)
    return PersonName(rng.pick(pools.last_female), rng.pick(pools.first_female),
                      rng.pick(pools.middle_female), False)


def tax_office(rng: Dice, region: str) -> str:
    """Four digits: the region's code and one of its inspections."""
    return f"{SUBJECT_CODES.get(region, 77):02d}{rng.between(1, 36):02d}"


def organisation_inn(rng: Dice, office: str) -> str:
    return complete_inn(f"{office}{rng.below(100_000):05d}")


def individual_inn(rng: Dice, office: str) -> str:
    return complete_inn(f"{office}{rng.below(1_000_000):06d}")


def organisation(rng: Dice, pools: Pools, region: str) -> Organisation:
    """An ООО, АО, ИП or an institution, with its INN (valid check digits) and KPP."""
    office = tax_office(rng, region)
    kpp = f"{office}01001"
    roll = rng.random()
    if roll < 0.25:
        person = person_name(rng, pools)
        return Organisation(f"ИП {person.full}", individual_inn(rng, office), "", person)
    if roll < 0.80:
        form = "ООО" if roll < 0.70 else "АО"
        name = rng.pick(_NAME_HEADS) + rng.pick(_NAME_TAILS)
        if rng.random() < 0.15:
            name += f"-{rng.pick(('М', 'Плюс', 'Центр', 'Регион', '2000'))}"
        return Organisation(f"{form} «{name}»", organisation_inn(rng, office), kpp, None)
    plain = rng.pick(_PLAIN_NAMES)
    number = rng.between(1, 120)
    name = rng.pick((
        f"ТСЖ «{plain}»", f"СНТ «{plain}»", f"ЖСК «{plain}-{rng.between(1, 30)}»",
        f"МБОУ «Средняя общеобразовательная школа № {number}»",
        f"МБДОУ «Детский сад № {number} «{plain}»",
        f"ГБУЗ «Городская поликлиника № {number}»",
        "МУП «Горводоканал»", f"Местная религиозная организация «Приход храма № {number}»",
    ))
    return Organisation(name, organisation_inn(rng, office), kpp, None)


def latin(text: str) -> str:
    return text.lower().translate(_TRANSLIT)


def mobile_phone(rng: Dice) -> str:
    return f"+7{rng.pick(MOBILE_CODES)}{rng.below(10_000_000):07d}"


def landline_phone(rng: Dice, area_code: str) -> str:
    """+7, the town's area code, and a subscriber number that makes ten digits in all."""
    digits = 10 - len(area_code)
    # Subscriber numbers in Russia do not start with 0 or 1 (those begin service codes).
    first = rng.between(2, 9)
    rest = rng.below(10 ** (digits - 1))
    return f"+7{area_code}{first}{rest:0{digits - 1}d}"


def personal_email(rng: Dice, name: PersonName) -> str:
    local = f"{latin(name.first)[:1]}.{latin(name.last)}"
    if rng.random() < 0.6:
        local += str(rng.between(1950, 2008) if rng.random() < 0.5 else rng.between(1, 99))
    return f"{local}@{rng.pick(EMAIL_DOMAINS)}"


def organisation_email(rng: Dice, name: str) -> str:
    inside = name.split("«", 1)[1] if "«" in name else name
    box = rng.pick(("info", "office", "buh", "energo", "secretary"))
    return f"{box}@{latin(inside)[:30] or 'org'}.{rng.pick(EMAIL_DOMAINS)}"
