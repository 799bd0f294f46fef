"""The call script every call follows: the greeting and the closing, ready to read aloud.

TEL-1: greet, name the unit, the position and one's own name; thank the customer at the end.
TEL-6: on a recorded line the customer is warned at the start that the call is recorded
(the setting ``calls.recorded``).
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.users import UserInfo


@dataclass(frozen=True)
class CallScript:
    greeting: str
    closing: str
    recorded: bool


RECORDING_WARNING = "Обращаю ваше внимание: разговор записывается."
CLOSING = "Благодарю вас за обращение! Всего доброго, до свидания."


def spoken_name(full_name: str) -> str:
    """"Иванова Мария Сергеевна" → "Мария Иванова": how one introduces oneself on the phone.

    Names are stored "Фамилия Имя Отчество"; anything else is said as written.
    """
    parts = full_name.split()
    if len(parts) in (2, 3):
        return f"{parts[1]} {parts[0]}"
    return " ".join(parts)


def _in_sentence(position: str) -> str:
    # "Оператор" in mid-sentence is "оператор"; a word in capitals is left as it is.
    position = " ".join(position.split())
    if len(position) > 1 and position[0].isupper() and not position[1].isupper():
        return position[0].lower() + position[1:]
    return position


def call_script(user: UserInfo, *, recorded: bool) -> CallScript:
    unit = " ".join(user.unit.split())
    position = _in_sentence(user.position)
    who = ", ".join(part for part in (unit, position) if part)
    name = spoken_name(user.full_name)
    introduction = f"{who} {name}" if who else name
    greeting = f"Здравствуйте! {introduction}."
    if recorded:
        greeting += f" {RECORDING_WARNING}"
    greeting += " Чем я могу вам помочь?"
    return CallScript(greeting=greeting, closing=CLOSING, recorded=recorded)
