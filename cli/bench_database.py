"""Which database a bench fills and measures: never the desk's own by accident."""

from __future__ import annotations

from sqlalchemy import URL

from cli.context import CommandContext
from workstation.config import ENV_DATABASE_URL, DatabaseChoice


def bench_choice(context: CommandContext, file_name: str) -> DatabaseChoice:
    """An explicitly chosen database (``--database`` or the environment), else a bench file of
    its own in the data folder: a bench adds thousands of rows it must not leave on a desk."""
    if context.choice.source in ("--database", ENV_DATABASE_URL):
        return context.choice
    return DatabaseChoice(URL.create("sqlite", database=str(context.dirs.data / file_name)),
                          "bench")
