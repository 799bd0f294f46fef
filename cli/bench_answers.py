"""python main.py bench answers: search latency of the answer library (target p95 ≤ 20 ms).

Grows the library to ``--entries`` searchable answers with synthetic ones made from the shipped
library, runs ``--searches`` searches (word forms, several words, words being typed) through
the service, and prints p50/p95/max. The synthetic answers are removed afterwards unless
``--keep``. The database is the one given with --database (or WORKSTATION_DATABASE_URL);
otherwise a bench file of its own in the user's data folder, never the desk's database.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import replace

from cli.bench_database import bench_choice
from cli.context import CommandContext
from workstation.answer_bench import (
    grow_library,
    remove_bench_entries,
    searchable_entries,
    time_searches,
)
from workstation.roles import Principal

BENCH_FILE = "bench-answers.sqlite3"
TARGET_MS = 20.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    answers = sub.add_parser("answers", help="поиск по библиотеке типовых ответов: задержка")
    answers.add_argument("--entries", type=int, default=5000, metavar="N",
                         help="сколько ответов должно быть в библиотеке (по умолчанию 5000; "
                              "недостающие добавляются как синтетические)")
    answers.add_argument("--searches", type=int, default=200, metavar="N",
                         help="сколько поисков выполнить (по умолчанию 200)")
    answers.add_argument("--seed", type=int, default=1, metavar="S")
    answers.add_argument("--keep", action="store_true",
                         help="оставить синтетические ответы в базе после замера")
    answers.add_argument("--json", action="store_true", help="результат в JSON")
    answers.set_defaults(handler=bench_answers_command)




def bench_answers_command(args: argparse.Namespace, context: CommandContext) -> int:
    context = replace(context, choice=bench_choice(context, BENCH_FILE))
    services = context.open_services()
    actor = Principal.command_line(getpass.getuser())
    where = services.database.describe()
    try:
        added = grow_library(services.database, args.entries, context.clock, args.seed)
        entries = searchable_entries(services.database)
        stats = time_searches(services.answers, actor, args.searches, entries)
        removed = 0 if args.keep else remove_bench_entries(services.database)
    finally:
        services.database.close()
    if args.json:
        json.dump({"database": where, "added": added, "removed": removed,
                   **stats.as_dict()}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    mark = "✓" if stats.p95 <= TARGET_MS else "✗"
    print(f"База: {where}; ответов в библиотеке: {entries} (синтетических добавлено {added}"
          f"{', после замера удалены' if removed else ''}).")
    print(f"Поисков: {stats.searches}; найдено (медиана): {stats.found:.0f}.")
    print(f"p50 {stats.p50:.1f} мс, p95 {stats.p95:.1f} мс, максимум {stats.worst:.1f} мс "
          f"(цель p95 ≤ {TARGET_MS:.0f} мс) {mark}")
    print(f"Процессорное время этого процесса: p50 {stats.cpu_p50:.1f} мс, p95 "
          f"{stats.cpu_p95:.1f} мс (на SQLite — вся работа поиска; не растёт от чужой нагрузки "
          f"на машину, в отличие от времени по часам).")
    return 0
