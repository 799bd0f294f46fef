from sqlalchemy import select

from db.models import User
from workstation.database import Database


def test_database_opens(database: Database) -> None:
    with database.sessions() as session:
        assert session.scalars(select(User)).all() == []
