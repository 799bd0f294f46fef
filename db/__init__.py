"""Database layer: SQLAlchemy models, engines and Alembic migrations. No Qt, no domain rules."""
