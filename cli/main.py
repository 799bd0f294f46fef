"""Entry point: ``python main.py`` opens the desk; ``python main.py КОМАНДА …`` administers it."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from cli import (
    bench_commands,
    db_commands,
    deadline_commands,
    demo_commands,
    import_commands,
    lookup_commands,
    settings_commands,
    user_commands,
)
from cli.context import CommandContext
from workstation.clock import SystemClock
from workstation.config import choose_database, user_dirs
from workstation.demo_database import demo_database_choice
from workstation.errors import DomainError
from workstation.logs import configure_logging

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 70


class RussianArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"Ошибка в параметрах: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="python main.py",
        description="Рабочее место оператора. Без команды открывает окно программы.",
    )
    parser.add_argument(
        "--database", metavar="АДРЕС",
        help="база данных: postgresql://пользователь@сервер:5432/база или путь к файлу SQLite "
             "(иначе WORKSTATION_DATABASE_URL, файл настроек, файл SQLite по умолчанию)",
    )
    parser.add_argument(
        "--temp", action="store_true",
        help="работать во временной папке (настройки, данные, журнал): для проверки",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="демонстрационная база: файл demo.sqlite3 в папке данных пользователя (если не "
             "указан --database); при первом запуске заполняется примерами",
    )
    commands = parser.add_subparsers(dest="command", metavar="КОМАНДА")
    db_commands.register(commands)
    user_commands.register(commands)
    settings_commands.register(commands)
    demo_commands.register(commands)
    lookup_commands.register(commands)
    bench_commands.register(commands)
    import_commands.register(commands)
    deadline_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="workstation-")) if args.temp else None
    dirs = user_dirs(base)
    log_path = configure_logging(dirs.logs)
    try:
        if args.demo and not args.database:
            choice = demo_database_choice(dirs)
        else:
            choice = choose_database(args.database, os.environ, dirs)
        if args.command is None:
            from ui.app import run_desk  # Qt is loaded only for the window

            return run_desk(dirs, choice, log_path, demo=args.demo)
        context = CommandContext(dirs=dirs, choice=choice, clock=SystemClock())
        result: int = args.handler(args, context)
        return result
    except DomainError as error:
        print(f"Ошибка: {error.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 130
    except Exception:
        # A bug: the details go to the log file, the person gets one line, never a traceback.
        log.exception("Unhandled error in command %s", args.command)
        where = f" Подробности записаны в журнал: {log_path}." if log_path else ""
        print(f"Внутренняя ошибка программы.{where}", file=sys.stderr)
        return EXIT_INTERNAL_ERROR
