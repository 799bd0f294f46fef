"""python main.py bench deadlines: due times for many open appeals, and the countdown widget.

Prints the engine's time per 1,000 due times (in memory), the time per 1,000 to register open
appeals' deadlines in the database (compute and insert), one person's list query, the board's
counts, and — offscreen — how long the widget's refresh and tick block the GUI thread for a
person with ``--items`` open deadlines (budget 16 ms).

The database is the one given with --database (or WORKSTATION_DATABASE_URL); otherwise a
bench file of its own in the user's data folder, never the desk's working database. The bench
appeals (``BENCH-…``) and their deadlines are deleted afterwards unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from cli.bench_database import bench_choice
from cli.context import CommandContext
from workstation.deadline_bench import (
    bench_user,
    remove_bench_rows,
    time_board,
    time_computation,
    time_list,
    time_registration,
    write_open_appeals,
)

BENCH_FILE = "bench-deadlines.sqlite3"
GUI_BUDGET_MS = 16.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    deadlines = sub.add_parser("deadlines",
                               help="сроки: расчёт для открытых обращений и виджет отсчёта")
    deadlines.add_argument("--appeals", type=int, default=100_000, metavar="N",
                           help="открытых обращений (по умолчанию 100 000)")
    deadlines.add_argument("--items", type=int, default=500, metavar="N",
                           help="открытых сроков у одного сотрудника для замера виджета "
                                "(по умолчанию 500)")
    deadlines.add_argument("--seed", type=int, default=1, metavar="S")
    deadlines.add_argument("--no-gui", action="store_true", help="не замерять виджет")
    deadlines.add_argument("--keep", action="store_true",
                           help="оставить обращения и сроки замера в базе")
    deadlines.add_argument("--json", action="store_true", help="результат в JSON")
    deadlines.set_defaults(handler=bench_deadlines_command)




def bench_deadlines_command(args: argparse.Namespace, context: CommandContext) -> int:
    context = replace(context, choice=bench_choice(context, BENCH_FILE))
    services = context.open_services()
    where = services.database.describe()
    gui = None
    try:
        computed = time_computation(services, args.appeals, args.seed)
        person = bench_user(services)
        # Written appeals have two deadlines (SLA-6, SLA-7): half as many appeals as items.
        owned = min(args.appeals, max(args.items // 2, 1))
        write_open_appeals(services, args.appeals, person, owned, args.seed)
        registered = time_registration(services)
        listing = time_list(services, person)
        board_ms = time_board(services)
        if not args.no_gui:
            from ui.sla_bench_gui import measure_widget

            gui = measure_widget(services, person)
        removed = 0 if args.keep else remove_bench_rows(services)
    finally:
        services.database.close()
    if args.json:
        json.dump({"database": where, "appeals": args.appeals,
                   "compute_per_1000_appeals_ms": round(
                       computed.seconds * 1_000_000 / max(args.appeals, 1), 2),
                   "compute": computed.as_dict(), "register": registered.as_dict(),
                   "list": listing.as_dict(), "board_ms": round(board_ms, 1),
                   "gui": gui.as_dict() if gui else None, "removed": removed},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"База: {where}; открытых обращений: {args.appeals}"
          f"{' (после замера удалены)' if removed else ''}.")
    per_appeal = computed.seconds * 1_000_000 / max(args.appeals, 1)
    print(f"Расчёт сроков (в памяти): {computed.count} сроков {args.appeals} обращений за "
          f"{computed.seconds:.2f} с — {computed.per_thousand_ms:.1f} мс на 1000 сроков, "
          f"{per_appeal:.1f} мс на 1000 обращений.")
    print(f"Регистрация в базе (расчёт и запись): {registered.count} сроков за "
          f"{registered.seconds:.2f} с — {registered.per_thousand_ms:.1f} мс на 1000.")
    print(f"Список сотрудника ({listing.items} сроков, в фоне): p50 {listing.p50_ms:.1f} мс, "
          f"максимум {listing.worst_ms:.1f} мс.")
    print(f"Сводка руководителя по всем открытым срокам: {board_ms:.1f} мс.")
    if gui is not None:
        mark = "✓" if gui.refresh_p50_ms <= GUI_BUDGET_MS else "✗"
        print(f"Виджет, поток интерфейса ({gui.items} сроков): обновление (данные, порядок, "
              f"отрисовка) лучшее {gui.refresh_min_ms:.1f} мс, p50 {gui.refresh_p50_ms:.1f} мс, "
              f"максимум {gui.refresh_max_ms:.1f} мс (цель ≤ {GUI_BUDGET_MS:.0f} мс) {mark}; "
              f"тик (секунда) p50 {gui.tick_p50_ms:.1f} мс, максимум {gui.tick_max_ms:.1f} мс; "
              f"тик со сменой минуты p50 {gui.minute_tick_p50_ms:.1f} мс, максимум "
              f"{gui.minute_tick_max_ms:.1f} мс.")
        print(f"  Для сравнения: простая таблица Qt того же размера рисуется сейчас на этой "
              f"машине за {gui.plain_table_p50_ms:.1f} мс (p50).")
    return 0
