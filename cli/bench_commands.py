"""python main.py bench …: measurements of speed, one sub-command per capability.

Speed is measured here, never asserted in tests (ARCHITECTURE); each bench has a smoke test at
tiny size so that it cannot rot. A capability adds its bench as a module with
``register(sub)`` (see cli/bench_lookup.py) and lists it in ``BENCHES``.
"""

from __future__ import annotations

import argparse
from types import ModuleType

from cli import bench_answers, bench_deadlines, bench_lookup, bench_queues

BENCHES: tuple[ModuleType, ...] = (bench_lookup, bench_answers, bench_deadlines,
                                    bench_queues)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bench = commands.add_parser("bench", help="замеры скорости (на демонстрационных данных)")
    sub = bench.add_subparsers(dest="bench_command", required=True, metavar="ЗАМЕР")
    for module in BENCHES:
        module.register(sub)
