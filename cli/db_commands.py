"""python main.py db …: upgrade, status, set-password, use."""

from __future__ import annotations

import argparse

from cli.context import CommandContext, ask_database_password, read_secret
from workstation.config import parse_database_url, save_database_url
from workstation.credentials import credential_key, store_password, using_password
from workstation.database import UpgradeReport, connect, database_status, upgrade_database
from workstation.errors import ValidationError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="база данных: обновление схемы, пароль, выбор")
    sub = db.add_subparsers(dest="db_command", required=True, metavar="КОМАНДА")
    upgrade = sub.add_parser("upgrade", help="обновить схему базы данных до текущей версии")
    upgrade.set_defaults(handler=upgrade_command)
    status = sub.add_parser("status", help="какая база выбрана и в каком она состоянии")
    status.set_defaults(handler=status_command)
    password = sub.add_parser(
        "set-password", help="сохранить пароль PostgreSQL в хранилище паролей системы"
    )
    password.add_argument("url", metavar="АДРЕС", help="postgresql://пользователь@сервер/база")
    password.set_defaults(handler=set_password_command)
    use = sub.add_parser("use", help="запомнить базу данных в файле настроек пользователя")
    use.add_argument("url", metavar="АДРЕС")
    use.set_defaults(handler=use_command)


def upgrade_command(args: argparse.Namespace, context: CommandContext) -> int:
    url = context.choice.url

    def action(password: str | None) -> UpgradeReport:
        return upgrade_database(url, password, context.clock)

    report = using_password(url, action, ask_database_password)
    where = context.choice.describe()
    if report.backup is not None:
        print(f"Резервная копия: {report.backup}")
    if report.changed:
        print(f"Схема обновлена ({where}): {report.before or 'пусто'} → {report.after}.")
    else:
        print(f"Схема уже актуальна ({where}): {report.after}.")
    return 0


def status_command(args: argparse.Namespace, context: CommandContext) -> int:
    print(f"База данных: {context.choice.describe()} (выбрана: {context.choice.source})")
    database = using_password(
        context.choice.url, lambda password: connect(context.choice.url, password),
        ask_database_password,
    )
    try:
        status = database_status(database)
    finally:
        database.close()
    states = {
        "empty": "пуста — выполните «db upgrade»",
        "outdated": "устарела — выполните «db upgrade»",
        "current": "актуальна",
        "newer": "создана более новой версией программы",
    }
    print(f"Схема: {status.current or '—'} (текущая версия программы: {status.head}), "
          f"{states[status.state.value]}.")
    return 0


def set_password_command(args: argparse.Namespace, context: CommandContext) -> int:
    url = parse_database_url(args.url, "адрес в команде")
    if url.get_backend_name() == "sqlite":
        raise ValidationError("Для файла SQLite пароль не нужен.")
    password = read_secret(f"Пароль для {credential_key(url)}: ", confirm=True)
    store_password(url, password)
    print(f"Пароль для {credential_key(url)} сохранён в хранилище паролей системы.")
    return 0


def use_command(args: argparse.Namespace, context: CommandContext) -> int:
    url = parse_database_url(args.url, "адрес в команде")
    path = save_database_url(context.dirs, url)
    print(f"База данных по умолчанию: {url.render_as_string(hide_password=True)} ({path}).")
    return 0
