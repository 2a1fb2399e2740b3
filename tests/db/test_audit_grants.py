"""The audit log is append-only on PostgreSQL: `init`, run as the owner, lets the
application role read and add audit rows, never change or delete them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, make_url, text

from accountdesk.app import open_desk
from accountdesk.cli import main
from accountdesk.db.grants import APP_ROLE
from accountdesk.domain.errors import Refused
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer

pytestmark = pytest.mark.postgres


def test_the_application_role_adds_and_reads_audit_rows_but_cannot_change_them(
    postgres_url: str, clerk: str, clock, capsys
) -> None:
    assert main(["--db", postgres_url, "init"], clock=clock) == 0
    assert f"Role {APP_ROLE} may read and write" in capsys.readouterr().out
    role = make_url(clerk).username
    owner = create_engine(postgres_url)
    with owner.begin() as c:
        c.execute(text(f"GRANT {APP_ROLE} TO {role}"))
    owner.dispose()

    desk = open_desk(clerk, clock=clock, user="Sara Okafor")
    try:
        desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5)))
        desk.portfolio.update_customer("Acme", {"csm": "Sara Okafor"})
        (latest, *_) = desk.audit.entries("Acme")
        assert (latest.actor, latest.database_role) == ("Sara Okafor", role)
        for statement in (
            "UPDATE audit_entry SET detail = 'nothing happened'",
            "DELETE FROM audit_entry",
        ):
            with (
                pytest.raises(Refused, match="permission denied for table audit_entry"),
                desk.engine.begin() as c,
            ):
                c.execute(text(statement))
        assert len(desk.audit.entries("Acme")) == 2
    finally:
        desk.close()


def test_init_as_another_role_leaves_the_grants_alone(
    postgres_url: str, clerk: str, clock, capsys
) -> None:
    assert main(["--db", postgres_url, "init"], clock=clock) == 0
    capsys.readouterr()
    role = make_url(clerk).username
    owner = create_engine(postgres_url)
    with owner.begin() as c:
        c.execute(text(f"GRANT {APP_ROLE} TO {role}"))
    owner.dispose()
    assert main(["--db", clerk, "init"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Database ready" in out and APP_ROLE not in out
