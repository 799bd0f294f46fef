"""Regions of Russia the desk serves: time zone, landline area codes, postal codes, towns.

Used to know a customer's local time from the address (mobile numbers span many zones) and to
make realistic demo data. Area codes are the geographic codes after +7; with the subscriber
number they always make ten digits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Town:
    name: str
    area_code: str  # +7 (area_code) subscriber; len(area_code) + subscriber digits == 10
    postal_prefix: str  # the first three digits of the town's postal codes


@dataclass(frozen=True)
class Region:
    name: str
    time_zone: str
    towns: tuple[Town, ...]
    weight: int  # relative population, for demo data


REGIONS: tuple[Region, ...] = (
    Region("г. Москва", "Europe/Moscow",
           (Town("Москва", "495", "101"), Town("Москва", "499", "125")), 130),
    Region("Московская область", "Europe/Moscow",
           (Town("Подольск", "496", "142"), Town("Химки", "498", "141"),
            Town("Коломна", "496", "140")), 80),
    Region("г. Санкт-Петербург", "Europe/Moscow", (Town("Санкт-Петербург", "812", "190"),), 55),
    Region("Калининградская область", "Europe/Kaliningrad",
           (Town("Калининград", "4012", "236"), Town("Советск", "40161", "238")), 10),
    Region("Нижегородская область", "Europe/Moscow", (Town("Нижний Новгород", "831", "603"),), 30),
    Region("Республика Татарстан", "Europe/Moscow", (Town("Казань", "843", "420"),), 40),
    Region("Краснодарский край", "Europe/Moscow",
           (Town("Краснодар", "861", "350"), Town("Сочи", "862", "354")), 56),
    Region("Ростовская область", "Europe/Moscow", (Town("Ростов-на-Дону", "863", "344"),), 41),
    Region("Волгоградская область", "Europe/Volgograd", (Town("Волгоград", "8442", "400"),), 24),
    Region("Саратовская область", "Europe/Saratov", (Town("Саратов", "8452", "410"),), 23),
    Region("Астраханская область", "Europe/Astrakhan", (Town("Астрахань", "8512", "414"),), 10),
    Region("Ульяновская область", "Europe/Ulyanovsk", (Town("Ульяновск", "8422", "432"),), 12),
    Region("Самарская область", "Europe/Samara",
           (Town("Самара", "846", "443"), Town("Тольятти", "8482", "445")), 31),
    Region("Удмуртская Республика", "Europe/Samara", (Town("Ижевск", "3412", "426"),), 14),
    Region("Свердловская область", "Asia/Yekaterinburg",
           (Town("Екатеринбург", "343", "620"), Town("Нижний Тагил", "3435", "622")), 42),
    Region("Челябинская область", "Asia/Yekaterinburg", (Town("Челябинск", "351", "454"),), 34),
    Region("Республика Башкортостан", "Asia/Yekaterinburg", (Town("Уфа", "347", "450"),), 40),
    Region("Омская область", "Asia/Omsk", (Town("Омск", "3812", "644"),), 19),
    Region("Новосибирская область", "Asia/Novosibirsk", (Town("Новосибирск", "383", "630"),), 28),
    Region("Томская область", "Asia/Tomsk", (Town("Томск", "3822", "634"),), 11),
    Region("Алтайский край", "Asia/Barnaul", (Town("Барнаул", "3852", "656"),), 22),
    Region("Кемеровская область", "Asia/Novokuznetsk", (Town("Кемерово", "3842", "650"),), 26),
    Region("Красноярский край", "Asia/Krasnoyarsk", (Town("Красноярск", "391", "660"),), 28),
    Region("Иркутская область", "Asia/Irkutsk",
           (Town("Иркутск", "3952", "664"), Town("Братск", "3953", "665")), 24),
    Region("Забайкальский край", "Asia/Chita", (Town("Чита", "3022", "672"),), 10),
    Region("Республика Саха (Якутия)", "Asia/Yakutsk", (Town("Якутск", "4112", "677"),), 10),
    Region("Хабаровский край", "Asia/Vladivostok", (Town("Хабаровск", "4212", "680"),), 13),
    Region("Приморский край", "Asia/Vladivostok",
           (Town("Владивосток", "423", "690"), Town("Находка", "4236", "692")), 18),
    Region("Сахалинская область", "Asia/Sakhalin",
           (Town("Южно-Сахалинск", "4242", "693"), Town("Корсаков", "42435", "694")), 5),
    Region("Магаданская область", "Asia/Magadan", (Town("Магадан", "4132", "685"),), 2),
    Region("Камчатский край", "Asia/Kamchatka",
           (Town("Петропавловск-Камчатский", "4152", "683"),), 3),
)

_BY_NAME = {region.name: region for region in REGIONS}


def region_by_name(name: str) -> Region | None:
    return _BY_NAME.get(name)


def time_zone_of_region(name: str, default: str = "Europe/Moscow") -> str:
    region = _BY_NAME.get(name)
    return region.time_zone if region else default
