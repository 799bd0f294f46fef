"""python main.py user …: add, passwd, disable, enable, list, absence."""

from __future__ import annotations

import argparse
import getpass
from datetime import date

from cli.context import CommandContext, read_secret
from workstation.contacts import format_phone
from workstation.errors import ValidationError
from workstation.roles import Principal, Role, parse_roles
from workstation.users import UserDetails, UserInfo

ROLE_CODES = ", ".join(role.value for role in Role)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = commands.add_parser("user", help="учётные записи сотрудников")
    sub = user.add_subparsers(dest="user_command", required=True, metavar="КОМАНДА")

    add = sub.add_parser("add", help="добавить пользователя (пароль спросят)")
    add.add_argument("login", metavar="ЛОГИН")
    add.add_argument("--name", required=True, metavar="ФИО", help="фамилия, имя, отчество")
    add.add_argument("--role", action="append", required=True, metavar="РОЛЬ",
                     help=f"роль, можно несколько раз или через запятую: {ROLE_CODES}")
    add.add_argument("--unit", default="", metavar="ПОДРАЗДЕЛЕНИЕ")
    add.add_argument("--position", default="", metavar="ДОЛЖНОСТЬ")
    add.add_argument("--phone", default="", metavar="ТЕЛЕФОН")
    add.add_argument("--email", default="", metavar="ПОЧТА")
    add.set_defaults(handler=add_command)

    passwd = sub.add_parser("passwd", help="задать пользователю новый пароль")
    passwd.add_argument("login", metavar="ЛОГИН")
    passwd.set_defaults(handler=passwd_command)

    for name, active, text in (("disable", False, "отключить учётную запись"),
                               ("enable", True, "включить учётную запись")):
        parser = sub.add_parser(name, help=text)
        parser.add_argument("login", metavar="ЛОГИН")
        parser.set_defaults(handler=active_command, active=active)

    listing = sub.add_parser("list", help="список пользователей")
    listing.set_defaults(handler=list_command)

    absence = sub.add_parser("absence", help="отсутствие и заместитель (WR-7)")
    absence.add_argument("login", metavar="ЛОГИН")
    absence.add_argument("--from", dest="start", type=_date, metavar="ГГГГ-ММ-ДД")
    absence.add_argument("--until", dest="end", type=_date, metavar="ГГГГ-ММ-ДД")
    absence.add_argument("--delegate", metavar="ЛОГИН", help="кому передаётся работа")
    absence.add_argument("--clear", action="store_true", help="снять отметку об отсутствии")
    absence.set_defaults(handler=absence_command)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» — не дата ГГГГ-ММ-ДД") from None


def _actor() -> Principal:
    return Principal.command_line(getpass.getuser())


def add_command(args: argparse.Namespace, context: CommandContext) -> int:
    roles = parse_roles(code for item in args.role for code in item.split(","))
    details = UserDetails(full_name=args.name, roles=roles, unit=args.unit,
                          position=args.position, phone=args.phone, email=args.email)
    services = context.open_services()
    try:
        password = read_secret(f"Пароль для {args.login}: ", confirm=True)
        info = services.users.add_user(_actor(), args.login, password, details)
    finally:
        services.database.close()
    print(f"Пользователь {info.login} добавлен: {info.full_name}, "
          f"роли: {_roles(info)}.")
    return 0


def passwd_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        services.users.get_user(args.login)  # say "no such user" before asking a password
        password = read_secret(f"Новый пароль для {args.login}: ", confirm=True)
        services.users.set_password(_actor(), args.login, password)
    finally:
        services.database.close()
    print(f"Пароль пользователя {args.login.strip().lower()} изменён.")
    return 0


def active_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        info = services.users.set_active(_actor(), args.login, args.active)
    finally:
        services.database.close()
    print(f"Учётная запись {info.login} {'включена' if info.is_active else 'отключена'}.")
    return 0


def list_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        users = services.users.list_users(_actor())
    finally:
        services.database.close()
    if not users:
        print("Пользователей нет. Добавьте первого: python main.py user add ЛОГИН --name … "
              "--role admin")
        return 0
    rows = [("Логин", "ФИО", "Роли", "Подразделение", "Должность", "Телефон", "Состояние")]
    for info in users:
        rows.append((info.login, info.full_name, _roles(info), info.unit, info.position,
                     format_phone(info.phone), _state(info)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())
    return 0


def absence_command(args: argparse.Namespace, context: CommandContext) -> int:
    if args.clear and (args.start or args.end or args.delegate):
        raise ValidationError("--clear не сочетается с --from, --until и --delegate.")
    if not args.clear and args.start is None:
        raise ValidationError("Укажите --from (и --delegate) или --clear.")
    services = context.open_services()
    try:
        info = services.users.set_absence(
            _actor(), args.login, None if args.clear else args.start,
            None if args.clear else args.end, None if args.clear else args.delegate,
        )
    finally:
        services.database.close()
    print(f"{info.login}: {_state(info)}.")
    return 0


def _roles(info: UserInfo) -> str:
    return ", ".join(role.label for role in sorted(info.roles))


def _state(info: UserInfo) -> str:
    if not info.is_active:
        return "отключена"
    if info.absent_from is not None:
        until = f" по {info.absent_until:%d.%m.%Y}" if info.absent_until else ""
        return (f"отсутствует с {info.absent_from:%d.%m.%Y}{until}, "
                f"заместитель {info.delegate_login}")
    return "действует"
