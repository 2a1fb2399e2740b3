"""Migration 0010 (descriptions apart from internal notes) on a database at 0009 that
holds entries and reviews: the text stays where the client saw it."""

from alembic import command
from sqlalchemy import create_engine, text

from accountdesk.db.engine import alembic_config

_REVIEW = (
    "INSERT INTO review (customer_id, kind, period_key, due_date, start_time, minutes, "
    "state, notes, attendees, reason) VALUES ((SELECT id FROM customer), 'qbr', :period, "
    ":due, '10:00:00', 90, :state, :notes, '', '')"
)


def _migrate(c, revision: str, down: bool = False) -> None:
    config = alembic_config()
    config.attributes["connection"] = c
    (command.downgrade if down else command.upgrade)(config, revision)


def test_old_text_stays_where_the_client_saw_it(db_url):
    engine = create_engine(db_url)
    with engine.begin() as c:
        _migrate(c, "0009", down=True)
        c.execute(
            text(
                "INSERT INTO customer (name, name_key, timezone, language, contract_start, "
                "rollover, notes, created_at) VALUES ('Acme', 'acme', 'UTC', 'en', "
                "'2026-01-01', false, '', '2026-01-01 00:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO ledger_entry (customer_id, entry_date, category, engineer, "
                "seconds, description) VALUES ((SELECT id FROM customer), '2026-11-03', "
                "'consulting', 'Ana', 5400, 'Design review')"
            )
        )
        # The report printed a held review's notes; a missed one's never.
        c.execute(
            text(_REVIEW),
            {"period": "2026-Q3", "due": "2026-08-03", "state": "held", "notes": "Roadmap agreed"},
        )
        c.execute(
            text(_REVIEW),
            {"period": "2026-Q4", "due": "2026-11-02", "state": "missed", "notes": "No answer"},
        )
        _migrate(c, "head")
    with engine.connect() as c:
        entry = c.execute(text("SELECT description, note, case_id FROM ledger_entry")).one()
        reviews = c.execute(text("SELECT state, summary, notes FROM review ORDER BY due_date"))
        assert tuple(entry) == ("Design review", "", None)
        assert [tuple(r) for r in reviews] == [
            ("held", "Roadmap agreed", ""),  # the client read it: now the summary
            ("missed", "", "No answer"),  # never printed: stays the team's
        ]
    # Down again: the held review's one text is what the client read, as before.
    with engine.begin() as c:
        _migrate(c, "0009", down=True)
    with engine.connect() as c:
        reviews = c.execute(text("SELECT state, notes FROM review ORDER BY due_date"))
        assert [tuple(r) for r in reviews] == [("held", "Roadmap agreed"), ("missed", "No answer")]
    with engine.begin() as c:
        _migrate(c, "head")
    engine.dispose()
