"""Alembic environment: always run from db.migrate with an open connection."""

from alembic import context

from db.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations with 'python main.py db upgrade', not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: Alembic rebuilds the table in batch mode instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
