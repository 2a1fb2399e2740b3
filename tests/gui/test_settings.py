"""What the window remembers: the keys in one place, and the name hours are logged under."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from accountdesk.gui import settings


@pytest.fixture(autouse=True)
def _forget_the_engineer():
    QSettings().remove(settings.ENGINEER)
    yield
    QSettings().remove(settings.ENGINEER)


def test_hours_are_logged_under_the_user_until_a_name_is_set(qtbot):
    assert settings.engineer("jdoe") == "jdoe"
    QSettings().setValue(settings.ENGINEER, "")
    assert settings.engineer("jdoe") == "jdoe"  # a blank name is no name
    QSettings().setValue(settings.ENGINEER, "Jordan Doe")
    assert settings.engineer("jdoe") == "Jordan Doe"


def test_the_keys_are_the_ones_users_already_have():
    # A renamed key forgets what every user set; these are the keys in use.
    assert settings.ENGINEER == "engineer"
    assert settings.LEDGER_CATEGORY == "ledger/category"
    assert settings.REPORTS_FOLDER == "reports/folder"
    assert settings.columns("customers") == "customers/columns"


def test_a_name_set_in_an_earlier_version_is_carried_to_the_command_line(qtbot):
    from accountdesk import preferences

    QSettings().setValue(settings.ENGINEER, "Jordan Doe")  # as Preferences saved it before
    assert preferences.saved_engineer() is None
    assert settings.engineer("jdoe") == "Jordan Doe"
    assert preferences.saved_engineer() == "Jordan Doe"  # now the command line reads it too
    settings.set_engineer("Amara Ibáñez")
    assert (settings.engineer("jdoe"), preferences.saved_engineer()) == ("Amara Ibáñez",) * 2
