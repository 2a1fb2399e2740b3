"""The newest migration, in a module of its own: the window checks a file is at it
before reading Home's figures from it, before the database layer (SQLAlchemy) loads."""

# Opening a database already at it needs no Alembic at all, so the window starts
# without importing it; a test keeps this equal to Alembic's head.
SCHEMA_HEAD = "0017"
