"""python main.py bench lookup: latency of the customer lookup per kind of query (SLA-2).

Fills or reuses a database with ``--customers`` customers (demo data), runs ``--queries``
queries of every kind, prints p50/p95/max of the service call per kind, the same for a plain
LIKE/ILIKE '%…%' scan and the ratio; ``--gui`` also measures, offscreen, from the key event to
the first paint of the results in the pane. Targets on a 2-core machine: p95 ≤ 30 ms for exact
and fragment queries, ≤ 100 ms for the typo-tolerant fallback, ≤ 100 ms in the GUI.

The database is the one given with --database (or WORKSTATION_DATABASE_URL); otherwise a
bench file of its own in the user's data folder, never the desk's working database.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from dataclasses import replace

from cli.bench_database import bench_choice
from cli.context import CommandContext
from workstation.lookup_bench import (
    FALLBACK_KINDS,
    KindStats,
    count_customers,
    ensure_customers,
    make_queries,
    time_lookup,
    time_naive,
)
from workstation.roles import Principal

BENCH_FILE = "bench-lookup.sqlite3"
TARGET_MS = 30.0
FALLBACK_TARGET_MS = 100.0
GUI_TARGET_MS = 100.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    lookup = sub.add_parser("lookup", help="поиск потребителей: задержка по видам запросов")
    lookup.add_argument("--customers", type=int, default=1_000_000, metavar="N",
                        help="сколько потребителей должно быть в базе (по умолчанию 1 000 000; "
                             "недостающие добавляются демонстрационными данными)")
    lookup.add_argument("--queries", type=int, default=200, metavar="N",
                        help="запросов каждого вида (по умолчанию 200)")
    lookup.add_argument("--naive-queries", type=int, default=20, metavar="N",
                        help="запросов каждого вида для простого LIKE '%%…%%' (по умолчанию 20: "
                             "он медленный)")
    lookup.add_argument("--seed", type=int, default=1, metavar="S")
    lookup.add_argument("--gui", action="store_true",
                        help="также замерить окно: от нажатия клавиши до отрисовки результатов")
    lookup.add_argument("--json", action="store_true", help="результат в JSON")
    lookup.set_defaults(handler=bench_lookup_command)




def _progress(started: float) -> object:
    last = [0.0]

    def report(done: int, total: int, stage: str) -> bool:
        now = time.monotonic()
        if now - last[0] >= 1 or done == total:
            last[0] = now
            print(f"\r  {stage}: {done}/{total} ({now - started:.0f} с)", end="",
                  file=sys.stderr, flush=True)
        return True

    return report


def _row(stats: KindStats, target: float | None) -> str:
    mark = "" if target is None else ("  ✓" if stats.p95 <= target else "  ✗")
    return (f"  {stats.label:<40} {stats.count:>6} {stats.p50:>8.1f} {stats.p95:>8.1f} "
            f"{stats.worst:>8.1f} {stats.found:>8.0f}{mark}")


def bench_lookup_command(args: argparse.Namespace, context: CommandContext) -> int:
    context = replace(context, choice=bench_choice(context, BENCH_FILE))
    services = context.open_services()
    actor = Principal.command_line(getpass.getuser())
    try:
        started = time.monotonic()
        before = count_customers(services.database)
        print(f"База: {services.database.describe()}, потребителей: {before}", file=sys.stderr)
        added = ensure_customers(services.database, args.customers, context.clock, args.seed,
                                 _progress(started))  # type: ignore[arg-type]
        print(file=sys.stderr)
        queries = make_queries(services.database, args.queries, args.seed)
        ours = time_lookup(services.lookup, actor, queries)
        naive = time_naive(services.database, queries, args.naive_queries)
        customers = count_customers(services.database)
        ours_by_kind = {s.kind: s for s in ours}
        ratios = {s.kind: s.p50 / max(ours_by_kind[s.kind].p50, 0.001)
                  for s in naive if s.kind in ours_by_kind}
        where = services.database.describe()
        if not args.json:  # printed now: the GUI part below takes a while
            _print_tables(where, customers, added, ours, naive, ratios)
        gui = None
        if args.gui:
            from ui.lookup_bench_gui import measure_pane

            gui = measure_pane(services, actor, queries, per_kind=min(args.queries, 50))
            if not args.json:
                print("Окно (offscreen): от нажатия клавиши до первой отрисовки результатов:")
                print(HEADER)
                print(_row(gui, GUI_TARGET_MS))
    finally:
        services.database.close()
    if args.json:
        json.dump({"database": where, "customers": customers,
                   "added": added, "lookup": [s.as_dict() for s in ours],
                   "naive_like": [s.as_dict() for s in naive],
                   "ratio_p50": {k: round(v, 1) for k, v in ratios.items()},
                   "gui": gui.as_dict() if gui else None}, sys.stdout, ensure_ascii=False,
                  indent=2)
        print()
    return 0


HEADER = (f"  {'вид запроса':<40} {'запросов':>6} {'p50 мс':>8} {'p95 мс':>8} "
          f"{'макс мс':>8} {'найдено':>8}")


def _print_tables(where: str, customers: int, added: int, ours: list[KindStats],
                  naive: list[KindStats], ratios: dict[str, float]) -> None:
    print(f"База: {where}, потребителей: {customers}"
          + (f" (добавлено {added})" if added else ""))
    print("Поиск (вызов сервиса, с записью в журнал аудита):")
    print(HEADER)
    for stats in ours:
        print(_row(stats, FALLBACK_TARGET_MS if stats.kind in FALLBACK_KINDS else TARGET_MS))
    print("Простой LIKE/ILIKE '%…%' без индекса (для сравнения):")
    print(HEADER)
    for stats in naive:
        ratio = ratios.get(stats.kind, 0.0)
        compared = (f"в {ratio:.0f} раз медленнее" if ratio >= 1.5
                    else "примерно так же" if ratio >= 0.67 else f"в {1 / ratio:.1f} раза быстрее")
        print(_row(stats, None) + f"   {compared} (p50)", flush=True)
