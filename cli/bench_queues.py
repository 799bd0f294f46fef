"""python main.py bench queues: the work queues on many appeals (default 100,000).

Fills a bench database with demo data until it holds ``--appeals`` appeals (once: later runs
reuse it), then times every queue's first page, a page ``--depth`` pages down, the count, and
filtered queues, for the demo operator and supervisor. The database is the one given with
--database (or WORKSTATION_DATABASE_URL); otherwise a bench file of its own in the user's data
folder, never the desk's working database.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from cli.bench_database import bench_choice
from cli.context import CommandContext
from workstation.queue_bench import ensure_appeals, time_queues

BENCH_FILE = "bench-queues.sqlite3"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queues = sub.add_parser("queues", help="очереди обращений: страницы и подсчёт")
    queues.add_argument("--appeals", type=int, default=100_000, metavar="N",
                        help="обращений в базе (по умолчанию 100 000)")
    queues.add_argument("--depth", type=int, default=20, metavar="N",
                        help="на сколько страниц прокрутить для замера (по умолчанию 20)")
    queues.add_argument("--seed", type=int, default=1, metavar="S")
    queues.add_argument("--json", action="store_true", help="результат в JSON")
    queues.set_defaults(handler=bench_queues_command)




def bench_queues_command(args: argparse.Namespace, context: CommandContext) -> int:
    context = replace(context, choice=bench_choice(context, BENCH_FILE))
    services = context.open_services()
    where = services.database.describe()
    try:
        total = ensure_appeals(services.database, args.appeals, args.seed, context.clock)
        operator = services.auth.login("operator", "operator-demo")
        supervisor = services.auth.login("supervisor", "supervisor-demo")
        timings = time_queues(services, operator, supervisor, depth=args.depth)
    finally:
        services.database.close()
    if args.json:
        json.dump({"database": where, "appeals": total,
                   "queues": [timing.as_dict() for timing in timings]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"База: {where}; обращений: {total}.")
    print(f"{'очередь':<28} {'в очереди':>9} {'1-я стр.':>9} {'глубже':>14} {'подсчёт':>9}")
    for t in timings:
        deep = f"{t.deep_p50_ms:.1f} мс ({t.depth})" if t.depth else "—"
        print(f"{t.name:<28} {t.total:>9} {t.first_p50_ms:>6.1f} мс {deep:>14} "
              f"{t.count_ms:>6.1f} мс")
    print("1-я стр. и глубже — медиана 5 запросов страницы по 200 строк; в скобках — на "
          "сколько страниц прокручено.")
    return 0
