"""Services change shared tables only in ways the change feed records (DB-1).

The feed is written in one place, db/change_feed.py: its session hook records what the ORM
flushes, and its helpers (``insert_shared_rows``, ``update_shared_rows``,
``delete_shared_rows``) run set-based statements on shared tables together with their feed
rows. A Core ``insert``/``update``/``delete`` on a shared table run anywhere else, or a feed row
built by hand, is what the audit found in deadlines.py and customers.py: other desks either
never heard of the change or heard of it from a second, diverging writer.

A runtime check is impractical (the measurement tools below and some tests run such statements
on purpose, and ``session.connection().execute`` passes no session hook), so this scans the
source of the layers above db/ (workstation/, cli/, ui/). It resolves what it can see in the
syntax: the model classes and table names of shared rows, sqlalchemy's ``insert``/``update``/
``delete`` however imported, ``Model.__table__``-style table expressions, and SQL text.
"""

from __future__ import annotations

import ast
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

import db.models  # noqa: F401  (every model mapped, so the registry lists them all)
from db.base import Base, SharedRow

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("workstation", "cli", "ui")
DML = frozenset({"insert", "update", "delete"})

# The documented exceptions, and why they may bypass the feed.
# README, "Demo data": generated rows are written in bulk (db/bulk_insert.py: executemany /
# COPY), which bypasses the change feed; other desks see them after a reload.
GENERATED_DATA = ("workstation/demo_*.py",)
# Speed measurements (`python main.py bench …`) write synthetic rows set-based and remove them
# again the same way: rows no person edits (answer_bench.py says so where it inserts them).
MEASUREMENTS = ("workstation/answer_bench.py", "workstation/deadline_bench.py")


@dataclass(frozen=True)
class SharedNames:
    classes: frozenset[str]  # Customer, ContactPoint, Deadline, …
    tables: frozenset[str]  # customers, contact_points, deadlines, …
    others: frozenset[str]  # mapped classes that are not shared rows (DeadlinePause, …)


def shared_names() -> SharedNames:
    mappers = list(Base.registry.mappers)
    shared = [m for m in mappers if issubclass(m.class_, SharedRow)]
    return SharedNames(frozenset(m.class_.__name__ for m in shared),
                       frozenset(m.class_.__tablename__ for m in shared),
                       frozenset(m.class_.__name__ for m in mappers if m not in shared))


FEED_CLASS, FEED_TABLE = "ChangeFeedEntry", "change_feed"


class _Scanner(ast.NodeVisitor):
    def __init__(self, names: SharedNames) -> None:
        self.names = names
        self.dml_functions: dict[str, str] = {}  # local name → insert | update | delete
        self.sql_modules: set[str] = set()  # sqlalchemy, sa, postgresql, sqlite, …
        self.bulk_writers: set[str] = set()  # db.bulk_insert.bulk_insert, however named
        self.found: list[str] = []
        tables = "|".join(sorted(re.escape(t) for t in (*names.tables, FEED_TABLE)))
        self.sql_text = re.compile(
            rf"\b(insert\s+into|update|delete\s+from|copy)\s+\"?({tables})\b", re.IGNORECASE)

    # -- what the module imports ---------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.startswith("sqlalchemy"):
                self.sql_modules.add(alias.asname or alias.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        for alias in node.names:
            local = alias.asname or alias.name
            if module.startswith("sqlalchemy"):
                if alias.name in DML:
                    self.dml_functions[local] = alias.name
                elif module == "sqlalchemy.dialects" or alias.name in ("postgresql", "sqlite"):
                    self.sql_modules.add(local)
            elif module == "db.bulk_insert" and alias.name == "bulk_insert":
                self.bulk_writers.add(local)
            elif module == "db.change_feed" and alias.name.startswith("_"):
                self._report(node, f"imports the feed's internals ({alias.name})")

    # -- what it calls -------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == FEED_CLASS:
            self._report(node, "builds a change-feed row by hand")
        kind = self._dml_kind(func)
        if kind is not None:
            target = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "table"), None)
            if target is not None:
                self._check_target(node, kind, target)
        elif isinstance(func, ast.Attribute) and func.attr in DML:
            # Table-method form: Customer.__table__.delete(), _table(Deadline).insert()
            self._check_target(node, func.attr, func.value)
        if isinstance(func, ast.Name) and func.id in self.bulk_writers:
            model = node.args[1] if len(node.args) > 1 else None
            if not (isinstance(model, ast.Name) and model.id in self.names.others):
                self._report(node, "writes rows with bulk_insert, which bypasses the feed")
        if self._is_sql_text(func):
            for argument in node.args:
                if (isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                        and (match := self.sql_text.search(argument.value))):
                    self._report(node, f"runs SQL text on a shared table ({match.group(0)!r})")
        self.generic_visit(node)

    def _dml_kind(self, func: ast.expr) -> str | None:
        if isinstance(func, ast.Name):
            return self.dml_functions.get(func.id)
        if (isinstance(func, ast.Attribute) and func.attr in DML
                and isinstance(func.value, ast.Name) and func.value.id in self.sql_modules):
            return func.attr
        if (isinstance(func, ast.Attribute) and func.attr in DML
                and isinstance(func.value, ast.Attribute) and _root(func.value)
                in self.sql_modules):
            return func.attr  # sqlalchemy.dialects.postgresql.insert(...)
        return None

    def _check_target(self, node: ast.AST, kind: str, target: ast.expr) -> None:
        names, strings = _mentions(target)
        if FEED_CLASS in names or FEED_TABLE in strings:
            self._report(node, f"writes change-feed rows by hand (Core {kind})")
        shared = sorted((names & self.names.classes) | (strings & self.names.tables))
        if shared:
            self._report(node, f"Core {kind} on a shared table ({', '.join(shared)}) outside "
                               "db/change_feed.py")

    @staticmethod
    def _is_sql_text(func: ast.expr) -> bool:
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        return name in ("text", "exec_driver_sql", "execute", "executemany")

    def _report(self, node: ast.AST, what: str) -> None:
        self.found.append(f"line {getattr(node, 'lineno', '?')}: {what}")


def _root(node: ast.expr) -> str:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _mentions(node: ast.expr) -> tuple[set[str], set[str]]:
    """The names and the string constants in an expression that names a table: a model,
    ``_table(Model)``, ``Model.__table__``, ``metadata.tables["customers"]``."""
    names: set[str] = set()
    strings: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            names.add(child.id)
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            strings.add(child.value)
    return names, strings


def feed_bypasses(source: str, names: SharedNames | None = None) -> list[str]:
    scanner = _Scanner(names or shared_names())
    scanner.visit(ast.parse(source))
    return scanner.found


def _modules() -> list[str]:
    return sorted(path.relative_to(ROOT).as_posix() for folder in SCANNED
                  for path in (ROOT / folder).rglob("*.py"))


def _documented_exception(module: str) -> bool:
    return module in MEASUREMENTS or any(fnmatch.fnmatch(module, pattern)
                                         for pattern in GENERATED_DATA)


# -- the source -------------------------------------------------------------------------------
def test_no_service_changes_a_shared_table_around_the_feed() -> None:
    names = shared_names()
    found = {module: problems for module in _modules() if not _documented_exception(module)
             if (problems := feed_bypasses((ROOT / module).read_text("utf-8"), names))}
    assert found == {}, (
        "Change shared tables through the ORM or db/change_feed.py's insert_shared_rows / "
        "update_shared_rows / delete_shared_rows, and never write change_feed rows by hand: "
        f"{found}")


def test_the_documented_exceptions_are_still_needed() -> None:
    """An exception nobody needs any more is removed, so the list cannot hide a new bypass."""
    names = shared_names()
    modules = _modules()
    for module in MEASUREMENTS:
        assert module in modules, module
        assert feed_bypasses((ROOT / module).read_text("utf-8"), names), module
    generated = [m for m in modules if any(fnmatch.fnmatch(m, p) for p in GENERATED_DATA)]
    assert any(feed_bypasses((ROOT / m).read_text("utf-8"), names) for m in generated)


# -- the scan itself (so it cannot quietly pass everything) ----------------------------------
CAUGHT = {
    "the deadlines backfill before the fix": """
from sqlalchemy import insert
def start_many(session, rows):
    session.execute(insert(_table(Deadline)), rows)
    session.execute(insert(_table(ChangeFeedEntry)), [
        {"table_name": Deadline.__tablename__, "row_id": row["id"], "version": 1,
         "kind": "insert"} for row in rows])
""",
    "the contacts' replacement before the fix": """
from sqlalchemy import delete, select
def update_contacts(session, customer_id):
    session.execute(delete(ContactPoint).where(ContactPoint.customer_id == customer_id))
""",
    "a feed row made as an object": """
def record(session, row):
    session.add(ChangeFeedEntry(table_name="customers", row_id=row.id, version=1, kind="update"))
""",
    "a module-qualified update": """
import sqlalchemy as sa
def rename(session):
    session.execute(sa.update(Customer).values(note=""))
""",
    "an aliased dialect insert": """
from sqlalchemy.dialects.postgresql import insert as pg_insert
def add(session, rows):
    session.execute(pg_insert(Appeal).on_conflict_do_nothing(), rows)
""",
    "a dialect module's insert": """
from sqlalchemy.dialects import sqlite
def add(session, rows):
    session.execute(sqlite.insert(Appeal), rows)
""",
    "a table method": """
def purge(connection):
    connection.execute(Customer.__table__.delete())
""",
    "a table by its name": """
from sqlalchemy import update
def touch(session):
    session.execute(update(Base.metadata.tables["contact_points"]).values(label=""))
""",
    "SQL text": """
from sqlalchemy import text
def purge(session):
    session.execute(text('DELETE FROM contact_points WHERE customer_id = :id'))
""",
    "the bulk writer on a shared table": """
from db.bulk_insert import bulk_insert
def load(session, rows):
    bulk_insert(session, Customer, rows)
""",
    "the feed's internals": """
from db.change_feed import _append
""",
}

ALLOWED = """
from sqlalchemy import delete, insert, select, text, update
from db.change_feed import delete_shared_rows, insert_shared_rows
from db.bulk_insert import bulk_insert
def fine(session, row, rows, groups, customer_id):
    delete_shared_rows(session, ContactPoint, ContactPoint.customer_id == customer_id)
    insert_shared_rows(session, Deadline, rows)
    session.delete(row)                                   # the ORM: the hook records it
    session.execute(insert(_table(DeadlinePause)), rows)  # not a shared table
    session.execute(delete(SearchEntry))
    session.execute(update(JournalCounter).values(last=JournalCounter.last + 1))
    session.scalars(select(ChangeFeedEntry).where(ChangeFeedEntry.table_name == "customers"))
    session.execute(text("SELECT id FROM customers WHERE inn = :inn"))
    bulk_insert(session, MeterReading, rows)
    groups.insert(0, row)
    rows.update({row.id: row})
    appeals.update(row, "appeals")                        # a service, not the table
"""


def test_the_scan_catches_each_way_around_the_feed() -> None:
    for what, source in CAUGHT.items():
        assert feed_bypasses(source), what
    assert len(feed_bypasses(CAUGHT["the deadlines backfill before the fix"])) == 2


def test_the_scan_lets_the_feeds_own_ways_and_other_tables_pass() -> None:
    assert feed_bypasses(ALLOWED) == []
