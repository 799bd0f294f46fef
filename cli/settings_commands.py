"""python main.py settings …: the numbers from the regulations an administrator may change, and
the text settings (time zone, desk and calling hours, formats, the CH-2 channel categories)."""

from __future__ import annotations

import argparse
import getpass

from cli.context import CommandContext
from workstation.roles import Principal


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    settings = commands.add_parser("settings", help="настройки правил (пороги, сроки)")
    sub = settings.add_subparsers(dest="settings_command", required=True, metavar="КОМАНДА")
    sub.add_parser("list", help="все настройки и их значения").set_defaults(handler=list_command)
    change = sub.add_parser("set", help="изменить настройку")
    change.add_argument("key", metavar="КЛЮЧ")
    change.add_argument("value", metavar="ЗНАЧЕНИЕ")
    change.set_defaults(handler=set_command)


def list_command(args: argparse.Namespace, context: CommandContext) -> int:
    """The numbers, then the text settings (time zone, hours, formats, CH-2's categories)."""
    services = context.open_services()
    try:
        for spec, value in services.settings.all():
            default = "" if value == spec.default else f" (по умолчанию {spec.default})"
            print(f"{spec.key} = {value}{default} — {spec.description}")
        for text_spec, text in services.settings.all_text():
            default = "" if text == text_spec.default else f" (по умолчанию {text_spec.default})"
            print(f"{text_spec.key} = {text}{default} — {text_spec.description}")
    finally:
        services.database.close()
    return 0


def set_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        services.settings.set(Principal.command_line(getpass.getuser()), args.key, args.value)
    finally:
        services.database.close()
    print(f"{args.key} = {args.value}")
    return 0
