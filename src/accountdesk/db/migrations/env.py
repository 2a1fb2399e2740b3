"""Alembic environment. AccountDesk hands in an open connection; batch mode keeps
every migration runnable on SQLite as well as PostgreSQL."""

from alembic import context
from sqlalchemy import Connection, create_engine

from accountdesk.db.models import Base

config = context.config


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


given = config.attributes.get("connection")
if given is not None:
    run(given)
else:  # developers running `alembic revision --autogenerate` against a URL
    with create_engine(config.get_main_option("sqlalchemy.url") or "").begin() as conn:
        run(conn)
