"""python main.py lookup / call / search-index: the customer lookup from the command line.

``lookup`` prints the ranked matches as the desk would list them (to check search quality
headless); ``call`` offers an incoming call to a desk (demos, and what a telephony connector
does); ``search-index rebuild`` indexes customers written in bulk (imports).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from cli.context import CommandContext
from workstation.lookup_results import LookupMatch, LookupResult, Marked
from workstation.roles import Principal
from workstation.search_index import rebuild_search_index


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lookup = commands.add_parser(
        "lookup", help="найти потребителя: счёт, телефон, ФИО, адрес, ИНН или договор")
    lookup.add_argument("query", metavar="ЗАПРОС")
    lookup.add_argument("--json", action="store_true", help="вывести результат в JSON")
    lookup.add_argument("--limit", type=int, default=20, metavar="N",
                        help="сколько результатов показать (по умолчанию 20)")
    lookup.set_defaults(handler=lookup_command)

    call = commands.add_parser("call", help="входящий звонок на рабочее место (демонстрация)")
    call.add_argument("--from", dest="number", required=True, metavar="ТЕЛЕФОН",
                      help="номер звонящего, например +79141234567")
    call.add_argument("--to-desk", dest="login", required=True, metavar="ЛОГИН",
                      help="логин оператора, которому поступает звонок")
    call.set_defaults(handler=call_command)

    index = commands.add_parser("search-index", help="поисковый индекс потребителей")
    sub = index.add_subparsers(dest="index_command", required=True, metavar="КОМАНДА")
    rebuild = sub.add_parser("rebuild", help="проиндексировать потребителей без индекса "
                                             "(после загрузки данных)")
    rebuild.add_argument("--full", action="store_true", help="перестроить индекс целиком")
    rebuild.set_defaults(handler=rebuild_command)


def _marked(cell: Marked, *, brackets: bool) -> str:
    """The text with the matched parts in [brackets] (for a terminal without colours)."""
    if not brackets or not cell.spans:
        return cell.text
    text, shift = cell.text, 0
    for start, length in cell.spans:
        start += shift
        text = f"{text[:start]}[{text[start:start + length]}]{text[start + length:]}"
        shift += 2
    return text


def match_as_dict(match: LookupMatch) -> dict[str, object]:
    def cell(marked: Marked) -> dict[str, object]:
        return {"text": marked.text, "spans": [list(span) for span in marked.spans]}

    return {
        "customer_id": str(match.customer_id), "kind": match.kind,
        "matched": match.field.value, "tier": match.tier.name.lower(), "quality": match.quality,
        "fuzzy": match.fuzzy, "name": cell(match.name), "address": cell(match.address),
        "account": cell(match.account), "phone": cell(match.phone), "other": cell(match.other),
    }


def print_result(result: LookupResult) -> None:
    if not result.matches:
        print("Никого не нашлось.")
    elif result.fuzzy:
        print(f"Так, как написано, не нашлось. Похожие: {', '.join(result.suggestions)}.")
    for number, match in enumerate(result.matches, 1):
        parts = [_marked(cell, brackets=True) for cell in (match.name, match.address,
                                                            match.account, match.phone,
                                                            match.other) if cell.text]
        print(f"{number:>3}. " + " · ".join(parts) + f"  ({match.field.label})")
    if result.more:
        print("… есть и другие: уточните запрос.")


def lookup_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        result = services.lookup.search(Principal.command_line(getpass.getuser()), args.query,
                                        limit=max(1, min(args.limit, 200)))
    finally:
        services.database.close()
    if args.json:
        json.dump({"query": result.query, "fuzzy": result.fuzzy, "more": result.more,
                   "suggestions": list(result.suggestions),
                   "matches": [match_as_dict(match) for match in result.matches]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_result(result)
    return 0


def call_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        call = services.calls.offer(Principal.command_line(getpass.getuser()), args.number,
                                    args.login, source="cli")
    finally:
        services.database.close()
    known = {0: "номер неизвестен: откроется карточка нового потребителя",
             1: "звонит известный потребитель"}.get(len(call.customer_ids),
                                                    f"этот номер у {len(call.customer_ids)} "
                                                    "потребителей")
    print(f"Звонок с {call.shown_number} поступил на рабочее место {args.login} ({known}).")
    return 0


def rebuild_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        def progress(done: int, total: int, _stage: str) -> bool:
            print(f"\rПоисковый индекс: {done} из {total}", end="", file=sys.stderr)
            return True

        report = rebuild_search_index(services.database, progress, full=args.full)
        print(file=sys.stderr)
    finally:
        services.database.close()
    print(f"Проиндексировано потребителей: {report.indexed}.")
    return 0
