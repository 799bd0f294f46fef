"""python main.py import eml|webform FILE…: e-mail messages and website-form submissions become
registered appeals without the desk (a mail robot or the site's export can call this).

Every file is its own transaction: a malformed one is reported and saves nothing, the others
go on. A file imported before is recognised and skipped. Exit code 2 if any file failed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from cli.context import CommandContext
from workstation.appeal_import import ImportResult
from workstation.appeal_registration import AlreadyImportedError
from workstation.errors import DomainError
from workstation.roles import Principal

EXIT_SOME_FAILED = 2
_MATCHED_BY = {"account": "по лицевому счёту", "email": "по адресу электронной почты",
               "phone": "по телефону"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser("import", help="зарегистрировать обращения из файлов: "
                                                 "письма .eml, формы с сайта (JSON)")
    sub = imports.add_subparsers(dest="import_command", required=True, metavar="ЧТО")
    eml = sub.add_parser("eml", help="письма электронной почты (.eml)")
    eml.add_argument("files", nargs="+", metavar="ФАЙЛ", type=Path)
    eml.set_defaults(handler=eml_command)
    webform = sub.add_parser("webform", help="обращения с сайта (JSON, формат в README)")
    webform.add_argument("files", nargs="+", metavar="ФАЙЛ", type=Path)
    webform.set_defaults(handler=webform_command)


def eml_command(args: argparse.Namespace, context: CommandContext) -> int:
    return _import(args.files, context, "eml")


def webform_command(args: argparse.Namespace, context: CommandContext) -> int:
    return _import(args.files, context, "webform")


def _import(files: list[Path], context: CommandContext, kind: str) -> int:
    services = context.open_services()
    actor = Principal.command_line(getpass.getuser())
    importer: Callable[[Principal, bytes], ImportResult] = (
        services.appeal_import.import_eml if kind == "eml"
        else services.appeal_import.import_webform)
    failed = 0
    try:
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as error:
                failed += 1
                print(f"{path}: не прочитать файл ({error.strerror or error}).", file=sys.stderr)
                continue
            try:
                result = importer(actor, data)
            except AlreadyImportedError as error:
                print(f"{path}: пропущен — {error.message[0].lower()}{error.message[1:]}")
                continue
            except DomainError as error:
                failed += 1
                print(f"{path}: не зарегистрировано — {error.message}", file=sys.stderr)
                continue
            print(f"{path}: {describe(result)}")
    finally:
        services.database.close()
    return EXIT_SOME_FAILED if failed else 0


def describe(result: ImportResult) -> str:
    text = f"зарегистрировано обращение {result.journal_number}"
    if result.matched:
        by = " и ".join(_MATCHED_BY.get(part, part) for part in result.matched_by.split("+"))
        text += f"; потребитель найден {by}"
    elif result.candidates:
        text += (f"; отправителю подходят {result.candidates} потребителя(ей) — выберите "
                 "нужного в редакторе обращения")
    else:
        text += "; отправитель не найден среди потребителей — сопоставьте в редакторе обращения"
    if result.files:
        text += f"; файлов: {result.files}"
    for note in result.notes:
        text += f"; {note}"
    return text + "."
