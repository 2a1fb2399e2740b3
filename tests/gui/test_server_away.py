"""A PostgreSQL server that stops taking connections while a dialog is open: saving
says so in the dialog, which keeps what was typed; once the server is back, the same
OK saves it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from accountdesk.app import open_desk
from accountdesk.db.engine import masked
from accountdesk.domain.tiers import Tier
from accountdesk.gui.dialogs.customer import CustomerDialog
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import server_away, snapshot
from tests.gui.test_customers_view import POPUP


@POPUP
@pytest.mark.postgres
def test_a_save_while_the_server_is_away_is_said_and_kept_for_later(
    qtbot, postgres_url, postgres_server, clock
):
    desk = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    acme = desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    dialog = CustomerDialog(desk, desk.portfolio.customer(acme))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.csm.clear()
    qtbot.keyClicks(dialog.csm, "Sara Okafor")
    before = snapshot(desk)
    with server_away(postgres_server, postgres_url):
        qtbot.keyClick(dialog.csm, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.error_text.startswith(
            f"Cannot reach the database {masked(postgres_url)}: connection failed"
        )
        assert dialog.csm.text() == "Sara Okafor"  # what was typed is still there
    assert snapshot(desk) == before
    qtbot.keyClick(dialog.csm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.portfolio.customer(acme).summary.csm == "Sara Okafor"
    desk.close()
