"""The application's role on PostgreSQL: what the team's login roles may do.

The database's owner creates the schema (`accountdesk init`, run as the owner) and,
in the same run, grants the role `accountdesk_app` what the program needs: read and
write every table, except the audit log, which it may only read and add to. Each
person's login role is made a member of it (`GRANT accountdesk_app TO sara`), so
nobody working through the program, or beside it with the same login, can change or
delete the history of who changed what. Run as anyone but the owner, `init` leaves
the grants alone. SQLite has no roles: there the file's permissions are the limit.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from accountdesk.domain.errors import Refused
from accountdesk.wording import say

APP_ROLE = "accountdesk_app"


def is_owner(c: Connection, table: str = "audit_entry") -> bool:
    """Whether the connection's role owns the schema's tables (or is a superuser)."""
    owner = c.execute(
        text(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = :table"
        ),
        {"table": table},
    ).scalar()
    me, superuser = c.execute(
        text("SELECT rolname, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    return bool(superuser) or owner == me


def grant_application_role(engine: Engine) -> str | None:
    """Create (when missing) and grant the application role; its name, or None when
    the database is not PostgreSQL or the connection's role is not the owner."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.begin() as c:
        if not is_owner(c):
            return None
        exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE})
        if exists.scalar() is None:
            can_create = c.execute(
                text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            if not can_create:
                raise Refused(
                    say(
                        "The role {APP_ROLE} does not exist and this login cannot create it; "
                        "ask the server's administrator to run CREATE ROLE {APP_ROLE} NOLOGIN, "
                        "then run init again.",
                        APP_ROLE=APP_ROLE,
                    )
                )
            c.execute(text(f"CREATE ROLE {APP_ROLE} NOLOGIN"))
        for statement in (
            f"GRANT USAGE ON SCHEMA {_schema(c)} TO {APP_ROLE}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {_schema(c)} "
            f"TO {APP_ROLE}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema(c)} TO {APP_ROLE}",
            # The audit log is append-only for everyone but its owner.
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC, {APP_ROLE}",
            # Only the owner migrates the schema.
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {APP_ROLE}",
        ):
            c.execute(text(statement))
    return APP_ROLE


def _schema(c: Connection) -> str:
    name = c.execute(text("SELECT quote_ident(current_schema())")).scalar()
    return str(name)
