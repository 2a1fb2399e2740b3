"""Starting the window: the frame appears at once, the database opens behind it."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolBar

from accountdesk import launch
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui import settings
from accountdesk.gui.main_window import (
    DESKTOP_ID,
    HOME,
    LEDGER,
    NAVIGATION,
    MainWindow,
    _database_name,
    start_window,
)
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.views import View
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from accountdesk.shipped import resource_path


def started(qtbot, db, clock):
    window = start_window(str(db), clock)
    qtbot.addWidget(window)
    return window


def test_the_frame_shows_before_the_database_is_open_then_the_views(
    qtbot, tmp_path, sqlite_desk, clock
):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    db = sqlite_desk.engine.url.database
    window = started(qtbot, db, clock)
    # At once: the navigation, menus and the page saying what is being opened; nothing
    # that needs the database can be used yet.
    assert window.isVisible()
    assert window.views == []
    assert window.pages.currentWidget() is window.opening
    assert window.status.text().startswith("Opening ")
    assert not window.navigation.isEnabled()
    assert not window.new_customer_action.isEnabled()
    window.show_view(2)  # a shortcut pressed meanwhile does nothing
    assert window.pages.currentWidget() is window.opening

    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert [view.title for view in window.views] == [title for title, _ in NAVIGATION]
    assert window.current_view() is window.views[0]
    assert window.navigation.isEnabled() and window.new_customer_action.isEnabled()
    assert window.status.text().startswith("1 customer · ")
    assert window.windowTitle().endswith(db.rsplit("/", 1)[-1])
    assert window.picker.isEditable()
    assert window.picker.findText("Acme") > 0
    window.close()
    window.desk.close()


def test_home_shows_its_figures_before_the_status_bar_counts(qtbot, sqlite_desk, clock):
    """The window opens on Home as soon as its views are built, and counts customers and
    entries (and fills the picker) after Home's figures: read beside them, the counts
    held the figures back by half a second at 5,000 customers."""
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    window = started(qtbot, sqlite_desk.engine.url.database, clock)
    at_counts: list[tuple[bool, bool]] = []

    def counted() -> None:
        home = window.views[0]
        at_counts.append((window.pages.currentWidget() is home, home.overview is not None))

    window.ready.connect(counted)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert at_counts == [(True, True)]  # Home on screen, its figures shown first
    assert window.status.text().startswith("1 customer · ")
    assert window.picker.findText("Acme") > 0
    window.close()
    window.desk.close()


def views_built(window):
    """The views in the window's pages, by title (the opening and welcome pages aside)."""
    pages = (window.pages.widget(index) for index in range(window.pages.count()))
    return sorted(page.title for page in pages if isinstance(page, View))


@pytest.fixture
def start_on(qtbot, sqlite_desk, clock):
    """Starts the window on a database with one customer, the window having last closed
    on `view`; after the test, closes it and forgets the view (a window saves the view
    it closes on)."""
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    windows = []

    def start(view: int) -> MainWindow:
        QSettings().setValue(settings.WINDOW_VIEW, view)
        windows.append(started(qtbot, sqlite_desk.engine.url.database, clock))
        return windows[-1]

    yield start
    for window in windows:
        window.close()
        window.desk.close()
    QSettings().remove(settings.WINDOW_VIEW)


def test_a_window_opening_on_home_builds_the_other_views_after_its_figures(qtbot, start_on):
    """Building the five other views first held Home's figures back by a fifth of a
    second at every start: they are built once the figures are shown."""
    window = start_on(HOME)
    seen: dict[str, list[str]] = {}

    def at_built() -> None:
        seen["built"] = views_built(window)
        home = window.current_view()
        home.figures_shown.connect(lambda: seen.setdefault("figures", views_built(window)))

    window.built.connect(at_built)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert seen == {"built": ["Home"], "figures": ["Home"]}
    everything = sorted(title for title, _ in NAVIGATION)
    qtbot.waitUntil(lambda: views_built(window) == everything)
    assert window.current_view() is window.views[HOME]  # still on Home


def test_a_view_chosen_before_homes_figures_is_built_and_shown_at_once(qtbot, start_on):
    window = start_on(HOME)
    with qtbot.waitSignal(window.built, timeout=30_000):
        pass
    assert views_built(window) == ["Home"]
    window.navigation.setCurrentRow(LEDGER)  # the user clicks "Hours" at once
    assert isinstance(window.current_view(), LedgerView)
    assert len(views_built(window)) == len(NAVIGATION)
    ledger = window.current_view()
    qtbot.waitUntil(lambda: ledger.loader.current, timeout=30_000)  # it reads, as shown
    assert ledger.model.rowCount() == 0  # Acme has no hours yet


def test_a_window_opening_on_another_view_builds_every_view_at_once(qtbot, start_on):
    window = start_on(LEDGER)
    with qtbot.waitSignal(window.built, timeout=30_000):
        pass
    assert len(views_built(window)) == len(NAVIGATION)
    assert isinstance(window.current_view(), LedgerView)


def test_a_database_that_cannot_be_opened_is_explained_and_left_alone(
    qtbot, tmp_path, clock, monkeypatch
):
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"My notes, not a database.\n" * 50)
    before = not_a_database.read_bytes()
    said: list[tuple[str, str]] = []

    def give_up(cls, parent, text, cancel):
        said.append((text, cancel))
        return "cancel"

    monkeypatch.setattr(Prompts, "after_refusal", classmethod(give_up))

    window = started(qtbot, not_a_database, clock)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    text, cancel = said[0]
    assert "notes.sqlite3" in text and "not an AccountDesk database" in text
    assert cancel == "Quit"  # nothing else is open: giving up ends the program
    assert window.refusal == text
    assert not window.isVisible()
    assert window.desk is None
    assert not_a_database.read_bytes() == before


def test_an_empty_file_is_made_a_database_only_when_the_user_says_so(
    qtbot, tmp_path, clock, monkeypatch
):
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    asked: list[str] = []

    def answer(yes: bool):
        def confirm(cls, parent, title, text):
            asked.append(text)
            return yes

        return classmethod(confirm)

    monkeypatch.setattr(Prompts, "confirm", answer(False))
    monkeypatch.setattr(Prompts, "after_refusal", classmethod(lambda *_: "cancel"))
    window = started(qtbot, empty, clock)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert asked == [f"{empty} is an empty file. Make it a new AccountDesk database?"]
    assert window.desk is None and window.refusal
    assert empty.stat().st_size == 0  # left as it was

    monkeypatch.setattr(Prompts, "confirm", answer(True))
    window = started(qtbot, empty, clock)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert len(asked) == 2
    assert window.desk is not None and empty.stat().st_size > 0
    window.close()
    window.desk.close()


def test_every_view_is_in_the_navigation_under_its_own_title(qtbot, sqlite_desk):
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [view.title for view in window.views]
    assert [action.text() for action in window.view_actions] == titles


def test_the_frame_shows_text_beside_icons_and_centres_its_labels(qtbot, clock):
    # The frame sets these by number (Qt's enum namespace is slow to load): the numbers
    # must mean what they say.
    window = MainWindow(clock=clock)
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.opening.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.month_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.month_label.text() == "Nov 2026"


@pytest.mark.parametrize(
    ("args", "db"),
    [([], ""), (["--db", "team.sqlite3"], "team.sqlite3"), (["--db=x.sqlite3"], "x.sqlite3")],
)
def test_arguments_that_only_name_a_database_open_the_window(args, db):
    assert launch.window_database(args) == db


@pytest.mark.parametrize(
    "args",
    [["tiers"], ["--db", "x.sqlite3", "tiers"], ["--version"], ["--help"], ["--db"], ["--db="]],
)
def test_anything_else_goes_to_the_command_line(args):
    assert launch.window_database(args) is None


def test_the_program_runs_commands_through_the_command_line(capsys, tmp_path):
    assert launch.main(["--db", str(tmp_path / "t.sqlite3"), "tiers"]) == 0
    assert "Enterprise" in capsys.readouterr().out


def test_a_bad_pinned_date_is_refused_before_the_window_opens(monkeypatch, capsys):
    monkeypatch.setenv("ACCOUNTDESK_TODAY", "26/11/2026")
    assert launch.main([]) == 2
    assert "ACCOUNTDESK_TODAY" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("db", "shown"),
    [
        ("/home/ann/AccountDesk/accountdesk.sqlite3", "accountdesk.sqlite3"),
        (
            "postgresql+psycopg://ann:s3cret@db.example.com/desk",
            "postgresql+psycopg://ann@db.example.com/desk",
        ),
        ("postgresql+psycopg://db.example.com/desk", "postgresql+psycopg://db.example.com/desk"),
    ],
)
def test_the_status_bar_names_the_database_without_its_password(db, shown):
    assert _database_name(db) == shown


def test_the_window_names_its_desktop_entry(qtbot, tmp_path, clock):
    # Wayland matches a window to its menu entry (name, icon) by this id.
    window = started(qtbot, tmp_path / "new.sqlite3", clock)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    desktop = resource_path(f"desktop/{DESKTOP_ID}.desktop")
    assert QApplication.desktopFileName() == DESKTOP_ID
    assert "Exec=accountdesk" in desktop.read_text()
    window.close()
    window.desk.close()


# In a program of its own: the collector's state is the whole process's.
COLLECTOR = """
import gc, sys
from datetime import date
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from accountdesk.domain.clock import FixedClock
from accountdesk.gui import settings
from accountdesk.gui.main_window import start_window

app = QApplication([])
app.setOrganizationName("AccountDesk")
app.setApplicationName("AccountDesk")
QSettings().setValue(settings.NAME_ASKED, True)  # no first-run question to wait on
full = []
gc.callbacks.append(lambda phase, info: info["generation"] == 2 and full.append(phase))
window = start_window(sys.argv[1], FixedClock(date(2026, 11, 26)))
during = gc.isenabled()
loop = QEventLoop()
window.ready.connect(lambda: (full.append("ready"), loop.quit()))
QTimer.singleShot(60_000, loop.quit)
loop.exec()
print(during, ",".join(full[: full.index("ready")]), gc.isenabled(), gc.get_freeze_count() > 10_000)
"""


def test_start_up_makes_no_full_collection_and_freezes_what_it_built(sqlite_desk, clock, tmp_path):
    """Python's collector is paused while the window starts (it walked start-up's
    objects again and again) and resumes once the window is ready, with what start-up
    built frozen out of later collections."""
    from sqlalchemy import text

    from accountdesk.services.demo import generate_demo
    from tests.processes import child_env, start_python

    generate_demo(sqlite_desk.sessions, clock, customers=30, months=3, seed=2)
    with sqlite_desk.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM ledger_entry")).scalar()
    env = child_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    child = start_python(COLLECTOR, str(sqlite_desk.engine.url.database), env=env)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    paused, full_until_ready, resumed, frozen = out.split()
    # Paused at once; one full collection, the one made as the window is ready; then
    # collecting again, with start-up's objects frozen.
    assert (paused, full_until_ready, resumed, frozen) == ("False", "start,stop", "True", "True")


def test_a_window_closed_before_it_was_ready_resumes_the_collector(qtbot, tmp_path, clock):
    import gc

    assert gc.isenabled()
    window = start_window(str(tmp_path / "new.sqlite3"), clock)
    qtbot.addWidget(window)
    assert not gc.isenabled()  # starting
    window.close()
    assert gc.isenabled()


def _drawn(text: str) -> QImage:
    image = QImage(240, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(QApplication.font())
    painter.drawText(4, 28, text)
    painter.end()
    return image


def test_japanese_and_chinese_names_are_drawn_once_the_window_is_ready(qtbot, sqlite_desk, clock):
    sqlite_desk.portfolio.add_customer(
        NewCustomer("株式会社さくら", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    window = started(qtbot, sqlite_desk.engine.url.database, clock)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    # The CJK font the reports embed is one Qt falls back to, also on a desktop that
    # has none of its own: a name in kanji is drawn as glyphs, not as the boxes of
    # characters no font has.
    assert "Droid Sans Fallback" in QFontDatabase.families()
    assert _drawn("株式会社") != _drawn("\ue000\ue001\ue002\ue003")
    window.close()
    window.desk.close()


def log_days(customer, days, clock, desk):
    """Twenty hours of consulting on each of the month's first `days` days."""
    for day in range(1, days + 1):
        first = clock.today().replace(day=day)
        desk.ledger.log(NewEntry(customer, first, 20 * 3600, Category.CONSULTING, "Ana", "W"))


@pytest.fixture
def read_by_home(sqlite_desk, clock):
    """A file with three customers, one past its allowance and one ending soon, whose
    Home figures the window read when it last showed them (so the file keeps them)."""
    desk = sqlite_desk
    for name, tier in (
        ("Acme", Tier.PROFESSIONAL),
        ("Big", Tier.ENTERPRISE),
        ("Cobalt", Tier.PROFESSIONAL),
    ):
        desk.portfolio.add_customer(NewCustomer(name, tier, date(2026, 1, 1)))
    desk.portfolio.update_customer("Cobalt", {"end": clock.today() + timedelta(days=20)})
    log_days("Acme", 2, clock, desk)
    shown = desk.dashboard.overview(Month.of(clock.today()))
    assert shown.overages and shown.renewals  # figures worth showing
    QSettings().setValue(settings.WINDOW_VIEW, HOME)
    yield desk, shown
    QSettings().remove(settings.WINDOW_VIEW)


def watch_figures(window):
    """At each of Home's figures shown: whether the database was open, the page on
    screen and what Home showed."""
    seen = []
    window.figures_shown.connect(
        lambda: seen.append(
            (
                window.desk is not None,
                window.pages.currentWidget(),
                window.pages.currentWidget().overview,
            )
        )
    )
    return seen


def test_home_shows_the_figures_the_file_keeps_before_the_database_opens(
    qtbot, read_by_home, clock
):
    """The window reads Home's figures from what the file keeps before the database
    layer has loaded, and shows them in Home at once; Home reads them again once the
    database is open, and the same Home goes on showing them."""
    desk, shown = read_by_home
    window = started(qtbot, desk.engine.url.database, clock)
    seen = watch_figures(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    (opened, page, overview), *after = seen
    assert not opened  # before the database was open
    assert overview == shown
    assert page.overage.model.rowCount() == 1 and page.renewals.model.rowCount() == 1
    assert window.views[0] is page  # the same Home, given the open database
    qtbot.waitUntil(lambda: len(seen) == 2 and not page.loading, timeout=30_000)
    assert after[0][:2] == (True, page) and page.overview == shown
    qtbot.waitUntil(lambda: page.status.text() == "", timeout=30_000)  # "Updating…" ended
    window.close()
    window.desk.close()


def test_after_a_change_home_has_not_read_the_window_waits_for_the_database(
    qtbot, read_by_home, clock
):
    """Another program logs hours after Home last read the file: what the file kept
    for that customer is gone, and the window shows Home's figures only once the
    database is open, with the hours in them."""
    desk, shown = read_by_home
    log_days("Big", 12, clock, desk)
    window = started(qtbot, desk.engine.url.database, clock)
    seen = watch_figures(window)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    assert [opened for opened, _, _ in seen] == [True]
    assert seen[0][2] == desk.dashboard.overview(Month.of(clock.today())) != shown
    assert "Big" in [overage.customer for overage in seen[0][2].overages]
    window.close()
    window.desk.close()


def test_figures_shown_for_a_database_that_then_cannot_be_opened_are_taken_away(
    qtbot, read_by_home, clock, monkeypatch
):
    desk, _ = read_by_home
    import accountdesk.app

    def refused(*_args, **_kwargs):
        raise Refused("The database server is not answering.")

    monkeypatch.setattr(accountdesk.app, "open_desk", refused)
    monkeypatch.setattr(Prompts, "after_refusal", classmethod(lambda *_: "cancel"))
    window = started(qtbot, desk.engine.url.database, clock)
    seen = watch_figures(window)
    qtbot.waitUntil(lambda: window.refusal is not None, timeout=30_000)
    assert len(seen) == 1 and not seen[0][0]  # shown, before the database was to open
    assert window.pages.currentWidget() is not seen[0][1]
    assert window.views == []
