"""python main.py demo-data: fill any database with realistic demo data (README)."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from cli.context import CommandContext
from workstation.demo_data import STAGE_LABELS, DemoReport, check_sizes, fill_demo_data
from workstation.demo_users import DEMO_USERS
from workstation.errors import ValidationError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo-data", help="заполнить базу демонстрационными данными (потребители, обращения)"
    )
    demo.add_argument("--customers", default="2000", metavar="N",
                      help="сколько потребителей добавить (по умолчанию 2000)")
    demo.add_argument("--appeals", default="500", metavar="M",
                      help="сколько обращений добавить (по умолчанию 500)")
    demo.add_argument("--seed", default="1", metavar="S",
                      help="начальное число: одно и то же даёт одни и те же данные")
    demo.set_defaults(handler=demo_data_command)


def _whole(text: str, option: str, *, negative: bool = False) -> int:
    try:
        value = int(text.replace(" ", ""))
    except ValueError:
        raise ValidationError(f"{option}: «{text}» — не целое число.") from None
    if value < 0 and not negative:
        raise ValidationError(f"{option}: число не может быть отрицательным ({value}).")
    return value


def demo_data_command(args: argparse.Namespace, context: CommandContext) -> int:
    customers = _whole(args.customers, "--customers")
    appeals = _whole(args.appeals, "--appeals")
    seed = _whole(args.seed, "--seed", negative=True)
    check_sizes(customers, appeals)  # before opening (and maybe creating) the database
    services = context.open_services()
    bar = TextProgress(sys.stderr)
    started = time.monotonic()
    try:
        with _ctrl_c_cancels(bar):
            report = fill_demo_data(services.database, customers=customers, appeals=appeals,
                                    seed=seed, clock=context.clock, progress=bar)
    finally:
        bar.finish()
        services.database.close()
    elapsed = time.monotonic() - started
    where = context.choice.describe()
    if report.cancelled:
        print(f"Прервано. В базу ({where}) успели попасть целые пакеты: "
              f"{_summary(report)}.", file=sys.stderr)
        return 130
    print(f"Готово за {_duration(elapsed)} ({where}): {_summary(report)}.")
    if report.users:
        logins = ", ".join(f"{user.login} / {user.password}" for user in DEMO_USERS[:5])
        print(f"Демонстрационные входы (логин / пароль): {logins}.")
    if report.users and report.other_users:
        added = " ".join(user.login for user in DEMO_USERS)
        print("Внимание: в базе, где уже есть сотрудники, появились демонстрационные учётные "
              "записи с опубликованными паролями, среди них администратор. Если база рабочая, "
              f"отключите их: python main.py user disable ЛОГИН (логины: {added}).",
              file=sys.stderr)
    return 0


@contextmanager
def _ctrl_c_cancels(bar: TextProgress) -> Iterator[None]:
    """The first Ctrl+C stops after the batch being written; a second one stops at once."""
    if sys.platform != "win32" and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield  # started in the background with Ctrl+C ignored: keep it so
        return

    def on_interrupt(_signum: int, _frame: FrameType | None) -> None:
        bar.cancelled = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class TextProgress:
    """A progress bar on stderr: redrawn in place on a terminal, a plain line per 10 % if not."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.cancelled = False
        self._tty = stream.isatty()
        self._shown: tuple[str, int] | None = None
        self._drawn = False

    def __call__(self, done: int, total: int, stage: str) -> bool:
        percent = 100 * done // total if total else 100
        step = percent if self._tty else percent // 10 * 10
        if self._shown != (stage, step):
            self._shown = (stage, step)
            self._draw(done, total, stage, percent)
        return not self.cancelled

    def _draw(self, done: int, total: int, stage: str, percent: int) -> None:
        label = STAGE_LABELS.get(stage, stage)
        counts = f"{_number(done)} из {_number(total)}"
        if self._tty:
            filled = self.WIDTH * percent // 100
            bar = "#" * filled + "." * (self.WIDTH - filled)
            self.stream.write(f"\r{label:<12} [{bar}] {percent:3d} % {counts}\033[K")
            self._drawn = True
        else:
            self.stream.write(f"{label}: {percent} % ({counts})\n")
        self.stream.flush()

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} мин {rest} с" if minutes else f"{seconds:.1f} с"


def _summary(report: DemoReport) -> str:
    return (f"сотрудников добавлено {report.users}, потребителей {_number(report.customers)} "
            f"(из них организаций {_number(report.organisations)}), "
            f"адресов {_number(report.addresses)}, лицевых счетов {_number(report.accounts)}, "
            f"договоров {_number(report.contracts)}, контактов {_number(report.contact_points)}, "
            f"показаний {_number(report.meter_readings)}, платежей {_number(report.payments)}, "
            f"обращений {_number(report.appeals)}; в поисковый индекс внесено "
            f"{_number(report.indexed)}")
