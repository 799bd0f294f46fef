"""python main.py deadlines …: why an appeal is (over)due, the rules, the calendar's corrections.

    deadlines --appeal 2026-000123          how each due time was computed, step by step
    deadlines rules [list]                  the rules in force
    deadlines rules history SLA-7           every revision of a rule
    deadlines rules set SLA-7 --amount 15 --reason "…"
    deadlines calendar list 2026            holidays, moved days and overrides of a year
    deadlines calendar set 2026-10-31 --working --note "Постановление …"
    deadlines calendar remove 2026-10-31
    deadlines register-open                 start the deadlines of open appeals that have none
"""

from __future__ import annotations

import argparse
import getpass
from datetime import date, timedelta

from cli.context import CommandContext
from workstation.appeal_deadlines import register_open_appeals
from workstation.deadline_explain import render
from workstation.deadline_rule_store import RuleChange
from workstation.deadline_rules import Rule, Unit
from workstation.durations import format_duration
from workstation.errors import ValidationError
from workstation.formatting import format_date, format_datetime, short_weekday
from workstation.roles import Principal


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deadlines = commands.add_parser(
        "deadlines", help="сроки: расчёт по обращению, правила, производственный календарь")
    deadlines.add_argument("--appeal", metavar="НОМЕР",
                           help="показать по шагам, как рассчитан срок обращения (2026-000123)")
    deadlines.set_defaults(handler=explain_command, deadlines_parser=deadlines)
    sub = deadlines.add_subparsers(dest="deadlines_command", metavar="КОМАНДА")

    rules = sub.add_parser("rules", help="правила сроков (SLA-1…SLA-10, TEL-3, CMP-2)")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="КОМАНДА")
    rules.set_defaults(handler=rules_list_command)
    rules_sub.add_parser("list", help="действующие правила").set_defaults(
        handler=rules_list_command)
    history = rules_sub.add_parser("history", help="все редакции правила")
    history.add_argument("rule", metavar="ПРАВИЛО", help="например SLA-7 или SLA-9/post")
    history.set_defaults(handler=rules_history_command)
    change = rules_sub.add_parser("set", help="изменить правило (новая редакция)")
    change.add_argument("rule", metavar="ПРАВИЛО")
    change.add_argument("--amount", type=int, metavar="N", help="срок в единицах правила")
    change.add_argument("--unit", choices=[unit.value for unit in Unit])
    change.add_argument("--window-start", type=int, metavar="МИН",
                        help="SLA-10: начало окна перезвона, минут после открытия")
    change.add_argument("--due-soon", type=int, metavar="С",
                        help="«скоро срок», когда осталось столько секунд")
    change.add_argument("--reason", required=True, metavar="ТЕКСТ", help="основание изменения")
    change.set_defaults(handler=rules_set_command)

    calendar = sub.add_parser("calendar", help="праздники, переносы и поправки за год")
    calendar_sub = calendar.add_subparsers(dest="calendar_command", metavar="КОМАНДА")
    calendar.set_defaults(handler=calendar_list_command, year=None)
    listing = calendar_sub.add_parser("list", help="особые дни года (по умолчанию текущего)")
    listing.add_argument("year", type=int, nargs="?", metavar="ГОД")
    listing.set_defaults(handler=calendar_list_command)
    put = calendar_sub.add_parser("set", help="поправка: день рабочий или нерабочий")
    put.add_argument("day", type=date.fromisoformat, metavar="ГГГГ-ММ-ДД")
    kind = put.add_mutually_exclusive_group(required=True)
    kind.add_argument("--working", action="store_true", help="рабочий день")
    kind.add_argument("--day-off", action="store_true", help="нерабочий день")
    put.add_argument("--note", required=True, metavar="ТЕКСТ",
                     help="основание (номер постановления)")
    put.set_defaults(handler=calendar_set_command)
    remove = calendar_sub.add_parser("remove", help="убрать поправку")
    remove.add_argument("day", type=date.fromisoformat, metavar="ГГГГ-ММ-ДД")
    remove.set_defaults(handler=calendar_remove_command)

    backfill = sub.add_parser("register-open",
                              help="завести сроки открытых обращений, у которых их нет")
    backfill.set_defaults(handler=register_open_command)


def _admin() -> Principal:
    return Principal.command_line(getpass.getuser())


def explain_command(args: argparse.Namespace, context: CommandContext) -> int:
    if not args.appeal:
        args.deadlines_parser.print_help()
        return 0
    services = context.open_services()
    try:
        explanation = services.deadlines.explain_appeal(args.appeal)
    finally:
        services.database.close()
    print("\n".join(render(explanation)))
    return 0


def _rule_name(text: str) -> tuple[str, str]:
    code, _, variant = text.strip().upper().partition("/")
    return code, variant.lower()


def _describe(rule: Rule) -> str:
    extras = [f"«скоро срок» за {format_duration_seconds(rule.due_soon_seconds)}"]
    if rule.roll_forward:
        extras.append("с переносом на рабочий день")
    if rule.customer_hours:
        extras.append("в часы звонков потребителю")
    return f"{rule.name:<17} {rule.limit_text():<28} {rule.title} ({', '.join(extras)})"


def format_duration_seconds(seconds: int) -> str:
    return format_duration(timedelta(seconds=seconds))


def rules_list_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        rules = services.deadline_rules.current()
    finally:
        services.database.close()
    for rule in rules:
        print(_describe(rule) + f" — редакция {rule.revision}")
    return 0


def rules_history_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        history = services.deadline_rules.history(*_rule_name(args.rule))
    finally:
        services.database.close()
    for rule in history:
        who = rule.changed_by or "регламент"
        print(f"редакция {rule.revision} с {format_datetime(rule.valid_from)} ({who}): "
              f"{rule.limit_text()} — {rule.reason}")
    return 0


def rules_set_command(args: argparse.Namespace, context: CommandContext) -> int:
    code, variant = _rule_name(args.rule)
    change = RuleChange(amount=args.amount, unit=Unit(args.unit) if args.unit else None,
                        window_start=args.window_start, due_soon_seconds=args.due_soon)
    services = context.open_services()
    try:
        current = services.deadline_rules.rule_book()
        if not current.has(code, variant):
            raise ValidationError(f"Правило {args.rule} не найдено.")
        revision = current.current(code, variant).revision
        rule = services.deadline_rules.change(_admin(), code, variant, revision, change,
                                              args.reason)
    finally:
        services.database.close()
    print(f"{rule.name}: редакция {rule.revision}, {rule.limit_text()} — для сроков, "
          "начатых с этого момента.")
    return 0


def calendar_list_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        year = args.year or context.clock.now().year
        days = services.calendar.calendar().year(year)
    finally:
        services.database.close()
    print(f"Производственный календарь {year}: нерабочие дни в будни, рабочие выходные и "
          "поправки (обычные субботы и воскресенья не показаны).")
    for info in days:
        print(f"  {format_date(info.day)} {short_weekday(info.day)}  {info.describe()}")
    return 0


def calendar_set_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        result = services.calendar.set_override(_admin(), args.day, bool(args.working),
                                                args.note)
    finally:
        services.database.close()
    print(f"{format_date(args.day)}: {result.day.describe()} (по библиотеке: "
          f"{result.library.describe()}); пересчитано сроков: {result.recomputed}.")
    return 0


def calendar_remove_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        result = services.calendar.remove_override(_admin(), args.day)
    finally:
        services.database.close()
    print(f"{format_date(args.day)}: поправка убрана, теперь {result.day.describe()}; "
          f"пересчитано сроков: {result.recomputed}.")
    return 0


def register_open_command(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.open_services()
    try:
        with services.database.sessions.begin() as session:
            count = register_open_appeals(services.deadlines.registry, session)
    finally:
        services.database.close()
    print(f"Заведено сроков: {count}.")
    return 0
