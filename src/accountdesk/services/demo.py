"""A realistic demo portfolio, generated into an empty database.

What it builds, for `months` calendar months up to the clock's today (the current
month included, up to today):

- customers in all three tiers (about 30 % Community, 45 % Professional, 25 %
  Enterprise today), from a realistic set of countries, time zones, holiday
  calendars and languages, with a few non-ASCII names; each with a CSM, and a TAM
  for the tiers that include reviews;
- contract histories: starts spread before and across the window, paid contracts
  running in contract years (so some renew within the next 60 days), a few that
  ended, upgrades (Professional to Enterprise, Community to Professional) and a
  few downgrades, each effective mid-month;
- contacts: named support contacts within the tier's limit, except a couple of
  accounts left over their limit by a downgrade, and online training seats;
- ledger hours on working days for every category the tier in force on that day
  includes (`Term.includes`), never in the future nor outside the contract, with
  consulting hovering around the allowance so that some months have overage;
- the reviews the tiers owe (`owed_reviews`) from the window's start to 90 days
  ahead: past ones mostly held (with a summary and attendees), some cancelled (with a
  reason) or missed, a few recent ones left planned (overdue); coming ones planned;
- support cases for the tiers with response targets (a few a month for Professional,
  more for Enterprise) in every severity, some waiting on the customer, some
  escalated with a reason, answered and resolved against the real business-time clock
  (`domain/sla.py`), so the rare late answer is a true breach and costs an Enterprise
  contract its service credit; and, near today, open cases due, at risk and breached.

Reproducible: the same seed and the same clock's today give the same database
content. Everything random comes from one `random.Random(seed)` consumed in a
fixed order, and nothing depends on the time of day (`clock.now()`), so a run on
another day differs only because the window moved. Cases use a generator of their
own (from the same seed), so the rest of the portfolio is what it was without them.
Nothing a case records (opening, answer, wait, escalation) is later than 10:00 UTC the
day before today, the latest instant that is past on every workstation; open cases
are placed so that at noon UTC today (a `FixedClock`'s now) some are due, some at
risk and some breached.

Fast: the demo is also the load fixture (5,000 customers over 24 months is about
a million ledger entries), so rows go in as chunked SQLAlchemy Core executemany
inserts into the app's own tables, and nothing is queried per row. The whole
generation is one transaction: it lands whole or not at all.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from math import ceil
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Select, Table, func, insert, select, text
from sqlalchemy import cast as cast_
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month, add_months
from accountdesk.domain.reviews import START_TIME, ReviewKind, ReviewState, owed_reviews
from accountdesk.domain.sla import (
    ESCALATION_LEVELS,
    BusinessCalendar,
    CaseState,
    CaseTimes,
    Interval,
    ResponseClock,
    Target,
    standing,
)
from accountdesk.domain.tiers import UNLIMITED, Category, Coverage, Severity, Tier, TierSpec
from accountdesk.services.loading import tier_catalog
from accountdesk.wording import number, say, say_n

MAX_CUSTOMERS = 100_000
MAX_MONTHS = 120
PLANNING_AHEAD = timedelta(days=90)

# Rows per executemany: large enough that per-statement overhead vanishes, small
# enough that a million entries never sit in memory at once.
CHUNK = 20_000

TIER_SHARES = {Tier.COMMUNITY: 0.30, Tier.ENTERPRISE: 0.25}  # the rest is Professional
# Share of contracts that began before the window: they give every month of the
# history a full book of accounts, while the others show onboarding over time.
STARTED_BEFORE_WINDOW = 0.66


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    entries: int
    contacts: int
    reviews: int
    tier_changes: int
    cases: int = 0


def generate_demo(
    sessions: sessionmaker[Session],
    clock: Clock,
    customers: int = 50,
    months: int = 12,
    seed: int = 1,
) -> DemoSummary:
    """Fill an empty database with a demo portfolio of `customers` accounts and
    `months` months of history up to today, reproducibly for a seed.

    Refuses a database that already holds customers (nothing is touched), fewer
    than one customer or month, and more than 100,000 customers or 120 months.
    """
    if customers < 1:
        raise Refused(say("A demo portfolio needs at least 1 customer."), Field.CUSTOMERS)
    if customers > MAX_CUSTOMERS:
        raise Refused(
            say(
                "A demo portfolio holds at most {MAX_CUSTOMERS} customers.",
                MAX_CUSTOMERS=number(MAX_CUSTOMERS),
            ),
            Field.CUSTOMERS,
        )
    if months < 1:
        raise Refused(say("A demo portfolio needs at least 1 month of history."), Field.MONTHS)
    if months > MAX_MONTHS:
        raise Refused(
            say(
                "A demo portfolio covers at most {MAX_MONTHS} months of history.",
                MAX_MONTHS=MAX_MONTHS,
            ),
            Field.MONTHS,
        )
    today = clock.today()
    window = _Window(add_months(today.replace(day=1), -(months - 1)), today)
    rng = random.Random(seed)
    with sessions.begin() as s:
        held = s.scalar(select(func.count()).select_from(m.Customer)) or 0
        if held:
            raise Refused(
                say_n(
                    "The database already holds {count} customer; the demo fills only an "
                    "empty database.",
                    "The database already holds {count} customers; the demo fills only an "
                    "empty database.",
                    held,
                )
            )
        tiers = tier_catalog(s)
        team = _Team.hire(rng, customers)
        plan = _plan_portfolio(rng, tiers, team, customers, window)
        with _month_sums_written_once(s):
            return _fill(s, rng, tiers, team, plan, window, seed)


def _fill(
    s: Session,
    rng: random.Random,
    tiers: dict[Tier, TierSpec],
    team: _Team,
    plan: list[_PlannedCustomer],
    window: _Window,
    seed: int,
) -> DemoSummary:
    """Write the planned portfolio."""
    writer = _Writer(s)
    ids = writer.customers([_customer_row(p) for p in plan])
    calendars = _Calendars(window)
    # Its own generator: the cases leave the rest of the portfolio as it was.
    cases = _CaseMaker(random.Random(seed * 7919 + 104729), writer, team, calendars, window)
    for planned, customer_id in zip(plan, ids, strict=True):
        contract = _fill_customer(rng, writer, tiers, team, calendars, window, planned, customer_id)
        cases.fill(planned, contract, customer_id)
    writer.flush()
    return DemoSummary(
        customers=len(ids),
        entries=writer.counts["ledger_entry"],
        contacts=writer.counts["contact"],
        reviews=writer.counts["review"],
        tier_changes=writer.counts["contract_term"] - len(ids),
        cases=writer.counts["support_case"],
    )


# --------------------------------------------------------------------------- writing


@contextmanager
def _month_sums_written_once(s: Session) -> Iterator[None]:
    """The demo's ledger entries without the trigger that adds each one to its month's
    sum (half the demo's time), and the sums written in one statement at the end. The
    demo fills only an empty database, inside one transaction: no other writer sees the
    ledger without its trigger. On PostgreSQL, disabling a trigger takes the table's
    owner; a role that is not keeps the trigger, and its demo is just slower."""
    dialect = s.get_bind().dialect.name
    restore: Callable[[], object]
    if dialect == "sqlite":
        created = s.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": _LOGGED},
        )
        if created is None:  # pragma: no cover - every migrated database has it
            yield
            return
        s.execute(text(f"DROP TRIGGER {_LOGGED}"))
        restore = partial(s.execute, text(created))
    else:
        # The stamps too (0015, 0017): a new database has no kept answers for them to
        # void.
        def triggers(verb: str) -> None:
            for table, names in _QUIETED.items():
                listed = ", ".join(f"{verb} TRIGGER {name}" for name in names)
                s.execute(text(f"ALTER TABLE {table} {listed}"))

        try:
            with s.begin_nested():
                triggers("DISABLE")
        except DBAPIError:  # not the table's owner
            yield
            return
        restore = partial(triggers, "ENABLE")
    yield
    s.execute(text("DELETE FROM month_hours"))  # empty already: the database was
    s.execute(insert(m.MonthHours).from_select(_SUM_COLUMNS, _month_sums(dialect)))
    restore()


# The trigger of migration 0011 that adds a new entry to its month's sum, and the one
# of 0015 that raises its customer's stamp (PostgreSQL).
_LOGGED = "month_hours_logged"
_STAMPED = "figures_stamp_ledger_entry"
# PostgreSQL: the triggers the demo writes without, by table (the month sums and the
# stamps; the cases' stamps are 0017's).
_QUIETED = {
    "ledger_entry": (_LOGGED, _STAMPED),
    "support_case": ("figures_stamp_support_case",),
    "case_escalation": ("figures_stamp_case_escalation",),
    "case_waiting": ("figures_stamp_case_waiting",),
}
_SUM_COLUMNS = ["customer_id", "month", "category", "seconds", "entries"]


def _month_sums(dialect: str) -> Select[Any]:
    """Each customer's seconds and entries per month and category, as the triggers keep
    them: a correction in the month of the entry it corrects."""
    entry, original = aliased(m.LedgerEntry), aliased(m.LedgerEntry)
    day = func.coalesce(original.entry_date, entry.entry_date)
    month = (
        func.date(day, "start of month")
        if dialect == "sqlite"
        else cast_(func.date_trunc("month", day), Date)
    )
    return (
        select(entry.customer_id, month, entry.category, func.sum(entry.seconds), func.count())
        .outerjoin(original, original.id == entry.corrects_id)
        .group_by(entry.customer_id, month, entry.category)
    )


def _table(cls: type[m.Base]) -> Table:
    # Core inserts on the ORM's own tables: no per-object unit-of-work bookkeeping.
    return cast(Table, cls.__table__)


class _Writer:
    """Rows waiting to be inserted, written in chunks within the caller's transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._tables = {
            _table(cls).name: _table(cls)
            for cls in (
                m.ContractTerm,
                m.AuditEntry,
                m.Contact,
                m.LedgerEntry,
                m.Review,
                m.SupportCase,
                m.CaseWaiting,
                m.CaseEscalation,
            )
        }
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in self._tables}
        self.counts: dict[str, int] = dict.fromkeys(self._tables, 0)
        # A case's waits and escalations, by (customer id, reference), until it has an id.
        self._children: dict[tuple[int, str], tuple[list[Any], list[Any]]] = {}

    def customers(self, rows: list[dict[str, Any]]) -> list[int]:
        """Insert the customers; their ids, in the order of `rows`."""
        table = _table(m.Customer)
        ids: list[int] = []
        for lo in range(0, len(rows), CHUNK):
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids += self._session.execute(statement, rows[lo : lo + CHUNK]).scalars().all()
        return ids

    def add(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        pending = self._pending[table]
        pending.extend(rows)
        if len(pending) >= CHUNK:
            self._write(table)

    def add_case(
        self, row: dict[str, Any], waits: list[dict[str, Any]], escalations: list[dict[str, Any]]
    ) -> None:
        self.add("support_case", [row])
        if waits or escalations:
            self._children[(row["customer_id"], row["reference"])] = (waits, escalations)

    def _write_children(self) -> None:
        """The waits and escalations, once their cases have ids (read back by reference:
        cheaper than RETURNING on every case)."""
        c = _table(m.SupportCase).c
        for case_id, customer_id, reference in self._session.execute(
            select(c.id, c.customer_id, c.reference)
        ):
            children = self._children.get((customer_id, reference))
            if children is None:
                continue
            waits, escalations = children
            for row in (*waits, *escalations):
                row["case_id"] = case_id
            self.add("case_waiting", waits)
            self.add("case_escalation", escalations)
        self._children = {}

    def flush(self) -> None:
        for table in self._pending:
            self._write(table)
        if self._children:
            self._write_children()
            self.flush()

    def _write(self, table: str) -> None:
        pending = self._pending[table]
        if pending:
            self._session.execute(insert(self._tables[table]), pending)
            self.counts[table] += len(pending)
            self._pending[table] = []


# ------------------------------------------------------------------- reference data

Part = tuple[str, str]  # (as written, ASCII for e-mail addresses and domains)


# Letters that Unicode decomposition does not reduce to ASCII.
_UNFOLDED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ł": "l"})


def _ascii(text: str) -> str:
    folded = text.translate(_UNFOLDED)
    plain = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in plain.lower()).strip("-")


def _latin(*words: str) -> tuple[Part, ...]:
    return tuple((word, _ascii(word)) for word in words)


@dataclass(frozen=True)
class _Profile:
    """Where a customer is: the zones (with holiday calendars), language and names there."""

    country: str
    weight: int
    zones: tuple[tuple[str, str], ...]
    language: str
    stems: tuple[Part, ...]
    sectors: tuple[Part, ...]
    forms: tuple[str, ...]  # company name patterns over {stem} and {sector}
    cities: tuple[str, ...]
    first_names: tuple[Part, ...]
    last_names: tuple[Part, ...]
    family_first: str | None = None  # separator when the family name comes first


_EN_STEMS = _latin(
    "Northwind", "Bluebird", "Cascade", "Summit", "Redwood", "Ironclad", "Lakeshore",
    "Pioneer", "Granite", "Harbor", "Evergreen", "Silverline", "Keystone", "Riverbend",
    "Beacon", "Crescent", "Falcon", "Highland", "Juniper", "Meridian", "Oakridge",
    "Pinnacle", "Quarry", "Sterling", "Tidewater", "Vantage", "Westbrook", "Yellowstone",
    "Aspen", "Copperfield", "Driftwood", "Foxglove", "Hawthorne", "Ashford", "Blackstone",
    "Brightwater", "Clearwater", "Kingsley", "Larkspur", "Stonebridge",
)  # fmt: skip
_EN_SECTORS = _latin(
    "Logistics", "Health", "Analytics", "Foods", "Energy", "Robotics", "Insurance",
    "Media", "Biotech", "Software", "Retail", "Freight", "Payments", "Labs", "Systems",
    "Networks", "Pharma", "Aerospace", "Mobility", "Capital", "Learning", "Security",
    "Manufacturing", "Telecom", "Hospitality",
)  # fmt: skip
_EN_FIRST = _latin(
    "Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan",
    "Grace", "Daniel", "Chloe", "Ryan", "Hannah", "Aaron", "Priya", "Omar", "Zoë", "Seán",
)  # fmt: skip
_EN_LAST = _latin(
    "Smith", "Johnson", "Brown", "Taylor", "Walker", "Harris", "Clarke", "Lewis", "Young",
    "Hughes", "Patel", "Nguyen", "Kim", "Garcia", "O'Brien", "Murphy", "Khan", "Cohen",
)  # fmt: skip
_DE_FIRST = _latin(
    "Jürgen", "Anna", "Lukas", "Sophie", "Maximilian", "Lea", "Jonas", "Marie", "Felix",
    "Jörg", "Katrin", "Stefan", "Bärbel", "Tobias", "Sabine", "Matthias",
)  # fmt: skip
_DE_LAST = _latin(
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Schäfer", "Köhler", "Hoffmann", "Weiß", "Krüger", "Zimmermann", "Brückner", "Hofmann",
)  # fmt: skip
_FR_FIRST = _latin(
    "Léa", "Hugo", "Chloé", "Louis", "Camille", "Théo", "Manon", "Jérôme", "Élodie",
    "François", "Inès", "Noël", "Margaux", "Raphaël",
)  # fmt: skip
_FR_LAST = _latin(
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Lefèvre", "Moreau", "Girard",
    "Rousseau", "Lemaître", "Faure", "Bérenger", "Chevalier", "Mercier",
)  # fmt: skip
_ES_FIRST = _latin(
    "José", "María", "Álvaro", "Lucía", "Sofía", "Martín", "Inés", "Andrés", "Nuria",
    "Javier", "Begoña", "Raúl", "Ximena", "Íñigo",
)  # fmt: skip
_ES_LAST = _latin(
    "García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Núñez",
    "Ibáñez", "Muñoz", "Ortiz", "Castañeda", "Rodríguez", "Peña",
)  # fmt: skip
_PT_FIRST = _latin(
    "João", "Ana", "Luís", "Beatriz", "Gonçalo", "Inês", "Thiago", "Camila", "Letícia",
    "Sebastião", "Márcia", "Vinícius",
)  # fmt: skip
_PT_LAST = _latin(
    "Silva", "Santos", "Oliveira", "Souza", "Conceição", "Gonçalves", "Araújo", "Brandão",
    "Magalhães", "Simões", "Assunção", "Lima",
)  # fmt: skip
_NORDIC_FIRST = _latin(
    "Søren", "Astrid", "Björn", "Ingrid", "Lars", "Åsa", "Mikkel", "Freja", "Erik", "Maja",
)  # fmt: skip
_NORDIC_LAST = _latin(
    "Madsen", "Lindqvist", "Østergaard", "Nilsson", "Andersson", "Jørgensen", "Holm",
    "Bergström", "Dahl", "Ekström",
)  # fmt: skip
_NL_FIRST = _latin("Daan", "Sanne", "Bram", "Fleur", "Joris", "Lotte", "Thijs", "Eline")
_NL_LAST = _latin(
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder"
)
_JA_FIRST: tuple[Part, ...] = (
    ("健", "ken"), ("陽菜", "hina"), ("翔", "sho"), ("美咲", "misaki"), ("大輔", "daisuke"),
    ("由美", "yumi"), ("拓也", "takuya"), ("さくら", "sakura"), ("直樹", "naoki"),
    ("愛", "ai"),
)  # fmt: skip
_JA_LAST: tuple[Part, ...] = (
    ("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
    ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
    ("小林", "kobayashi"), ("加藤", "kato"),
)  # fmt: skip
_ZH_FIRST: tuple[Part, ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("强", "qiang"), ("磊", "lei"), ("洋", "yang"), ("艳", "yan"), ("杰", "jie"),
)  # fmt: skip
_ZH_LAST: tuple[Part, ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("周", "zhou"), ("吴", "wu"),
)  # fmt: skip

PROFILES: tuple[_Profile, ...] = (
    _Profile(
        "US", 28,
        (("America/New_York", "US-NY"), ("America/Chicago", "US-IL"),
         ("America/Denver", "US-CO"), ("America/Los_Angeles", "US-CA"),
         ("America/New_York", "US-MA"), ("America/Chicago", "US-TX")),
        "en", _EN_STEMS, _EN_SECTORS,
        ("{stem} {sector} Inc.", "{stem} {sector} LLC", "{stem} {sector}", "{stem} {sector} Corp."),
        ("Boston", "Austin", "Denver", "Seattle", "Atlanta", "Chicago"),
        _EN_FIRST, _EN_LAST,
    ),
    _Profile(
        "GB", 8, (("Europe/London", "GB"),), "en", _EN_STEMS, _EN_SECTORS,
        ("{stem} {sector} Ltd", "{stem} {sector} plc", "{stem} {sector} Group"),
        ("Leeds", "Bristol", "Manchester", "Edinburgh", "Cardiff"),
        _EN_FIRST, _EN_LAST,
    ),
    _Profile(
        "DE", 10, (("Europe/Berlin", "DE"), ("Europe/Berlin", "DE-BY")), "de",
        _latin("Müller", "Schäfer", "Köhler", "Weiß", "Brückner", "Nordlicht", "Alpen",
               "Rhein", "Hansa", "Bayerische", "Würth", "Görlitzer", "Spree", "Elbtal"),
        _latin("Maschinenbau", "Logistik", "Versicherungen", "Energie", "Präzisionstechnik",
               "Software", "Lebensmittel", "Automobiltechnik", "Medizintechnik", "Stahlbau"),
        ("{stem} {sector} GmbH", "{stem} {sector} AG", "{stem} {sector} GmbH & Co. KG",
         "{stem} {sector} SE"),
        ("München", "Köln", "Düsseldorf", "Nürnberg", "Hamburg"),
        _DE_FIRST, _DE_LAST,
    ),
    _Profile(
        "CH", 2, (("Europe/Zurich", "CH-ZH"),), "de",
        _latin("Zürcher", "Säntis", "Limmat", "Helvetia", "Jungfrau", "Rütli"),
        _latin("Präzision", "Rückversicherung", "Uhrentechnik", "Pharma", "Logistik"),
        ("{stem} {sector} AG", "{stem} {sector} GmbH"),
        ("Zürich", "Basel", "Genève", "Luzern"),
        _DE_FIRST, _DE_LAST,
    ),
    _Profile(
        "FR", 6, (("Europe/Paris", "FR"),), "fr",
        _latin("Lumière", "Côte d'Azur", "Éclat", "Boréal", "Orléans", "Étoile", "Océane",
               "Forêt", "Méridienne", "Château", "Rivière", "Sérénité"),
        _latin("Télécom", "Énergie", "Assurances", "Logistique", "Santé", "Systèmes",
               "Aéronautique", "Cosmétiques", "Numérique"),
        ("{stem} {sector} SA", "{stem} {sector} SAS", "{stem} {sector} SARL"),
        ("Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux"),
        _FR_FIRST, _FR_LAST,
    ),
    _Profile(
        "CA", 4, (("America/Toronto", "CA-ON"), ("America/Toronto", "CA-QC"),
                  ("America/Vancouver", "CA-BC")),
        "en", _EN_STEMS, _EN_SECTORS,
        ("{stem} {sector} Ltd.", "{stem} {sector} Inc."),
        ("Toronto", "Montréal", "Vancouver", "Ottawa"),
        _EN_FIRST + _FR_FIRST[:4], _EN_LAST + _FR_LAST[:4],
    ),
    _Profile(
        "ES", 4, (("Europe/Madrid", "ES"),), "es",
        _latin("Peñalara", "Andalucía", "Cañada", "Ibérica", "Montaña", "Sol", "Albarrán",
               "Guadalquivir", "Cantábrico"),
        _latin("Energía", "Logística", "Telecomunicaciones", "Alimentación", "Tecnología",
               "Construcción", "Seguros"),
        ("{stem} {sector} S.A.", "{stem} {sector} S.L."),
        ("Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga"),
        _ES_FIRST, _ES_LAST,
    ),
    _Profile(
        "MX", 3, (("America/Mexico_City", "MX"),), "es",
        _latin("Azteca", "Monterrey", "Jalisco", "Pacífico", "Sierra Madre", "Tulum"),
        _latin("Energía", "Logística", "Alimentos", "Tecnología", "Cementos", "Autopartes"),
        ("{stem} {sector} S.A. de C.V.", "Grupo {stem} {sector}"),
        ("Guadalajara", "Puebla", "Querétaro", "Mérida"),
        _ES_FIRST, _ES_LAST,
    ),
    _Profile(
        "BR", 5, (("America/Sao_Paulo", "BR"),), "pt",
        _latin("São Jorge", "Paraná", "Ipanema", "Cristal", "Alvorada", "Amazônia", "Guanabara",
               "Itaú", "Pampulha"),
        _latin("Tecnologia", "Logística", "Seguros", "Energia", "Saúde", "Alimentos",
               "Telecomunicações", "Mineração"),
        ("{stem} {sector} Ltda.", "{stem} {sector} S.A."),
        ("Curitiba", "Recife", "Belo Horizonte", "Porto Alegre", "Brasília"),
        _PT_FIRST, _PT_LAST,
    ),
    _Profile(
        "PT", 2, (("Europe/Lisbon", "PT"),), "pt",
        _latin("Açores", "Tejo", "Douro", "Algarve", "Atlântico", "Alfama"),
        _latin("Tecnologia", "Logística", "Energia", "Seguros", "Vinhos"),
        ("{stem} {sector} Lda.", "{stem} {sector} S.A."),
        ("Lisboa", "Porto", "Braga", "Coimbra"),
        _PT_FIRST, _PT_LAST,
    ),
    _Profile(
        "JP", 5, (("Asia/Tokyo", "JP"),), "ja",
        (("さくら", "sakura"), ("富士", "fuji"), ("青空", "aozora"), ("みらい", "mirai"),
         ("東海", "tokai"), ("北斗", "hokuto"), ("日の出", "hinode"), ("大和", "yamato"),
         ("瀬戸内", "setouchi"), ("白山", "hakusan"), ("ひかり", "hikari"), ("若葉", "wakaba")),
        (("システムズ", "systems"), ("物流", "butsuryu"), ("電機", "denki"),
         ("ソリューションズ", "solutions"), ("製作所", "seisakusho"), ("情報技術", "it"),
         ("精密", "seimitsu"), ("化学", "kagaku"), ("商事", "shoji"),
         ("ネットワークス", "networks")),
        ("株式会社{stem}{sector}", "{stem}{sector}株式会社"),
        ("東京", "大阪", "名古屋", "福岡", "札幌"),
        _JA_FIRST, _JA_LAST, family_first=" ",
    ),
    _Profile(
        "CN", 3, (("Asia/Shanghai", "CN"),), "zh",
        (("上海华星", "huaxing"), ("北京天行", "tianxing"), ("深圳云海", "yunhai"),
         ("杭州金桥", "jinqiao"), ("广州长风", "changfeng"), ("成都蓝湾", "lanwan")),
        (("科技", "tech"), ("物流", "wuliu"), ("软件", "software"), ("能源", "energy"),
         ("电子", "electronics"), ("数据", "data")),
        ("{stem}{sector}有限公司", "{stem}{sector}股份有限公司"),
        ("上海", "北京", "深圳", "杭州"),
        _ZH_FIRST, _ZH_LAST, family_first="",
    ),
    _Profile(
        "AU", 4, (("Australia/Sydney", "AU-NSW"), ("Australia/Melbourne", "AU-VIC")), "en",
        _EN_STEMS, _EN_SECTORS,
        ("{stem} {sector} Pty Ltd",),
        ("Sydney", "Melbourne", "Brisbane", "Perth"),
        _EN_FIRST, _EN_LAST,
    ),
    _Profile(
        "NZ", 1, (("Pacific/Auckland", "NZ"),), "en", _EN_STEMS, _EN_SECTORS,
        ("{stem} {sector} Limited",),
        ("Auckland", "Wellington", "Christchurch"),
        _EN_FIRST, _EN_LAST,
    ),
    _Profile(
        "IN", 4, (("Asia/Kolkata", "IN"),), "en",
        _latin("Ganga", "Sahyadri", "Vayu", "Indus", "Kaveri", "Himalaya", "Deccan", "Saraswati"),
        _EN_SECTORS,
        ("{stem} {sector} Pvt Ltd", "{stem} {sector} Ltd"),
        ("Bengaluru", "Pune", "Hyderabad", "Chennai"),
        _latin("Aarav", "Ananya", "Rohan", "Priya", "Vikram", "Kavya", "Arjun", "Meera"),
        _latin("Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Rao", "Desai"),
    ),
    _Profile(
        "SG", 2, (("Asia/Singapore", "SG"),), "en",
        _latin("Merlion", "Lion City", "Straits", "Marina", "Temasek", "Orchid"),
        _EN_SECTORS,
        ("{stem} {sector} Pte. Ltd.",),
        ("Singapore",),
        _latin("Wei Ling", "Jun Jie", "Hui Min", "Darren", "Priya", "Siti"),
        _latin("Tan", "Lim", "Lee", "Ng", "Wong", "Goh"),
    ),
    _Profile(
        "NL", 3, (("Europe/Amsterdam", "NL"),), "en",
        _latin("Oranje", "Delta", "Zuiderzee", "Van der Berg", "Waddenzee", "Grachten"),
        _latin("Logistiek", "Techniek", "Data", "Verzekeringen", "Bouw", "Energie"),
        ("{stem} {sector} B.V.", "{stem} {sector} N.V."),
        ("Rotterdam", "Utrecht", "Eindhoven", "Den Haag"),
        _NL_FIRST, _NL_LAST,
    ),
    _Profile(
        "SE", 2, (("Europe/Stockholm", "SE"), ("Europe/Copenhagen", "DK")), "en",
        _latin("Fjord", "Østerlund", "Ångström", "Björk", "Nordvik", "Sjöstad", "Øresund"),
        _latin("Data", "Energi", "Logistik", "Teknik", "Skog", "Medical"),
        ("{stem} {sector} AB", "{stem} {sector} A/S"),
        ("Göteborg", "Malmö", "Aarhus", "Uppsala"),
        _NORDIC_FIRST, _NORDIC_LAST,
    ),
)  # fmt: skip

# The first customers get these names, so that even a small demo shows accents and
# scripts other than Latin (the report, the CSV export and the window must cope).
SHOWCASE: tuple[tuple[str, str, str], ...] = (
    ("JP", "株式会社さくらシステムズ", "sakura-systems"),
    ("DE", "Müller Präzisionstechnik GmbH", "mueller-praezision"),
    ("FR", "Éclat Énergie SAS", "eclat-energie"),
    ("BR", "São Jorge Logística Ltda.", "sao-jorge-logistica"),
)

# The team is international too; a few names with accents for the same reason.
_TEAM_FIRST = (
    "Aylin", "José", "Chloé", "Søren", "Yuki", "Priya", "Marcus", "Hannah", "Liam", "Ana",
    "Mei", "Tomás", "Grace", "Noah", "Fatima", "Elif", "Mateo", "Ingrid", "Kwame", "Sara",
    "Dmitri", "Lucía", "Olu", "Ravi", "Nora", "Bastien", "Keiko", "Amara", "Jonas", "Zoë",
)  # fmt: skip
_TEAM_LAST = (
    "Öztürk", "Álvarez", "Martin", "Madsen", "Tanaka", "Raman", "Webb", "Schröder",
    "O'Connor", "Souza", "Lin", "Ibáñez", "Okafor", "Fischer", "Haddad", "Kaya", "Rossi",
    "Lindqvist", "Mensah", "Kowalski", "Petrov", "Navarro", "Adeyemi", "Iyer", "Byrne",
    "Lefèvre", "Sato", "Nwosu", "Berg", "Dubois",
)  # fmt: skip

_CONSULTING = tuple(
    f"{what}: {topic}"
    for what in (
        "Architecture session", "Design review", "Capacity planning", "Upgrade planning",
        "Performance review", "Security review", "Migration workshop", "Advisory call",
    )
    for topic in (
        "clustering and failover", "multi-region rollout", "backup strategy",
        "upgrade to the current release", "query performance", "single sign-on",
        "data retention", "monitoring and alerting", "cost of the staging estate",
        "disaster recovery test", "API rate limits", "zero-downtime deploys",
    )
)  # fmt: skip
_DEVELOPMENT = tuple(
    f"{what} {thing}"
    for what in ("Built", "Extended", "Fixed and tested", "Reviewed and merged", "Prototyped")
    for thing in (
        "the SAP connector", "the audit-log exporter", "the custom SSO plug-in",
        "the data import pipeline", "the reporting add-on", "the webhook bridge",
        "the Terraform module", "the billing integration", "the migration scripts",
    )
)  # fmt: skip
_TRAINING = (
    "Online training: administrator basics", "Online training: advanced configuration",
    "Online training: troubleshooting", "Online training: security hardening",
    "Online training: new release features", "Certification prep session",
)  # fmt: skip
_ONSITE = (
    "On-site training day: operations team", "On-site workshop: architecture deep dive",
    "On-site training day: developers", "On-site visit: go-live support",
)  # fmt: skip
_INCIDENT = tuple(
    f"{severity} case: {problem}"
    for severity in ("Critical", "High", "Normal", "Low")
    for problem in (
        "cluster node unresponsive", "login failures after certificate renewal",
        "slow dashboard queries", "replication lag", "upgrade rollback",
        "disk usage alarm", "integration timeouts", "licence key question",
        "error after configuration change", "memory growth on workers",
    )
)  # fmt: skip

_REVIEW_FINDINGS = {
    ReviewKind.ARCHITECTURE_REVIEW: (
        "Walked through the production topology; failover tested last week.",
        "Reviewed the upgrade path to the current release.",
        "Looked at storage growth: 18 months of headroom at the current rate.",
        "Went over the monitoring gaps found in last month's incident.",
        "Reviewed the staging environment's sizing against production.",
        "Checked the backup restore drill results.",
    ),
    ReviewKind.TAM_CHECKIN: (
        "Open cases reviewed; nothing blocking.",
        "Hours used so far this month discussed with the sponsor.",
        "Training plan for the new team members agreed.",
        "Upcoming release and its breaking changes discussed.",
        "Escalation from the last critical case closed out.",
    ),
    ReviewKind.QBR: (
        "SLA attainment and case trends for the quarter presented.",
        "Adoption up across two more business units.",
        "Consulting hours ran over the allowance twice; options discussed.",
        "Roadmap preview given; customer priorities recorded.",
        "Renewal timeline and commercial contacts confirmed.",
    ),
    ReviewKind.STRATEGIC_PLANNING: (
        "Next contract year's goals agreed: consolidation and a second region.",
        "Three-year platform strategy reviewed with the CTO.",
        "Training and certification plan for next year agreed.",
    ),
}
_REVIEW_ACTIONS = (
    "Action: TAM sends the written summary by Friday.",
    "Action: customer shares the updated diagrams.",
    "Action: follow-up session booked for the open questions.",
    "Action: CSM checks the allowance figures before the report.",
    "No new actions.",
)
_CANCEL_REASONS = (
    "Customer asked to move it: release freeze.",
    "Public holiday at the customer's site.",
    "Sponsor on leave; the next review covers both.",
    "Merged into the quarterly business review.",
    "Customer team at an offsite that week.",
    "Postponed for a priority incident.",
)
_MISSED_NOTES = (
    "No one from the customer joined; follow-up e-mail sent.",
    "Customer did not show; rebooking through the CSM.",
    "",
)
_ACCOUNT_NOTES = (
    "Prefers written summaries after each call.",
    "Security team must approve any remote session.",
    "Fiscal year ends in March; budget talks start in January.",
    "Executive sponsor changed this year.",
    "Interested in the certification programme.",
    "Runs a hybrid cloud and on-premises estate.",
)


# --------------------------------------------------------------------------- planning


@dataclass(frozen=True)
class _Window:
    """The history: from the first day of the earliest month to today, both included."""

    first: date
    today: date

    @property
    def days(self) -> int:
        return (self.today - self.first).days


@dataclass(frozen=True)
class _Team:
    csms: tuple[str, ...]
    tams: tuple[str, ...]
    support: tuple[str, ...]
    developers: tuple[str, ...]
    trainers: tuple[str, ...]

    @classmethod
    def hire(cls, rng: random.Random, customers: int) -> _Team:
        """A team sized to the portfolio (about 45 accounts a CSM), capped by the names we have."""
        sizes = (
            min(150, max(2, ceil(customers / 45))),
            min(200, max(2, ceil(customers / 25))),
            min(120, max(3, ceil(customers / 60))),
            min(60, max(2, ceil(customers / 150))),
            min(30, max(2, ceil(customers / 300))),
        )
        names = [f"{first} {last}" for first in _TEAM_FIRST for last in _TEAM_LAST]
        people = rng.sample(names, sum(sizes))
        groups: list[tuple[str, ...]] = []
        for size in sizes:
            groups.append(tuple(people[:size]))
            people = people[size:]
        return cls(*groups)


@dataclass
class _PlannedTerm:
    tier: Tier
    effective_from: date
    monthly_fee: Decimal | None = None
    service_credit_pct: Decimal | None = None


@dataclass
class _PlannedCustomer:
    name: str
    slug: str
    profile: _Profile
    tier: Tier  # the tier in force today (or at the end, for a contract that ended)
    timezone: str
    holiday_calendar: str | None
    start: date
    end: date | None
    created_at: datetime
    renewal_due: bool = False
    ended: bool = False
    change: tuple[Tier, date] | None = None  # (tier before, effective date)
    over_limit: bool = False
    language: str = "en"
    csm: str | None = None
    tam: str | None = None
    rollover: bool = False
    notes: str = ""
    terms: list[_PlannedTerm] = field(default_factory=list)


def _plan_portfolio(
    rng: random.Random,
    tiers: dict[Tier, TierSpec],
    team: _Team,
    count: int,
    window: _Window,
) -> list[_PlannedCustomer]:
    """Who the customers are and how their contracts ran, before any row is written."""
    # Tiers by quota rather than by chance, so that even a small demo has all three.
    enterprise = round(count * TIER_SHARES[Tier.ENTERPRISE])
    community = round(count * TIER_SHARES[Tier.COMMUNITY])
    today_tiers = (
        [Tier.ENTERPRISE] * enterprise
        + [Tier.COMMUNITY] * community
        + [Tier.PROFESSIONAL] * (count - enterprise - community)
    )
    rng.shuffle(today_tiers)

    taken: set[str] = set()
    plan: list[_PlannedCustomer] = []
    weights = [p.weight for p in PROFILES]
    for index, tier in enumerate(today_tiers):
        if index < len(SHOWCASE):
            country, name, slug = SHOWCASE[index]
            profile = next(p for p in PROFILES if p.country == country)
        else:
            profile = rng.choices(PROFILES, weights)[0]
            name, slug = _company_name(rng, profile, taken)
        taken.add(name.casefold())
        timezone, calendar = rng.choice(profile.zones)
        start = _contract_start(rng, window)
        plan.append(
            _PlannedCustomer(
                name=name,
                slug=slug,
                profile=profile,
                tier=tier,
                timezone=timezone,
                # Most accounts have their holiday calendar set; some never got round to it.
                holiday_calendar=calendar if rng.random() < 0.88 else None,
                start=start,
                end=None if tier is Tier.COMMUNITY else _next_renewal(start, window.today),
                created_at=datetime.combine(start, time(9, 0), tzinfo=UTC)
                - timedelta(days=rng.randint(1, 20), minutes=15 * rng.randint(0, 32)),
            )
        )

    paid = [p for p in plan if p.tier is not Tier.COMMUNITY]
    _plan_renewals(rng, paid, window)
    _plan_endings(rng, [p for p in paid if p.tier is Tier.PROFESSIONAL], window)
    _plan_tier_changes(rng, plan, tiers, window)
    for planned in plan:
        _plan_terms(rng, planned, tiers)
        _plan_account(rng, planned, tiers, team)
    return plan


def _company_name(rng: random.Random, profile: _Profile, taken: set[str]) -> tuple[str, str]:
    """A company name not yet taken (ignoring case, as the portfolio does), and its slug."""
    for _ in range(40):
        stem, sector = rng.choice(profile.stems), rng.choice(profile.sectors)
        name = rng.choice(profile.forms).format(stem=stem[0], sector=sector[0])
        if name.casefold() not in taken:
            return name, f"{stem[1]}-{sector[1]}"
    # A crowded country: tell branches apart by city, then by number.
    for attempt in range(1, 1_000_000):
        city = rng.choice(profile.cities)
        qualified = f"{name} ({city})" if attempt < 20 else f"{name} ({city} {attempt})"
        if qualified.casefold() not in taken:
            return qualified, f"{stem[1]}-{sector[1]}-{_ascii(city) or attempt}"
    raise AssertionError("unreachable: the numbered names never run out")


def _contract_start(rng: random.Random, window: _Window) -> date:
    if rng.random() < STARTED_BEFORE_WINDOW:
        return window.first - timedelta(days=rng.randint(1, 3 * 365))
    return window.first + timedelta(days=rng.randint(0, window.days))


def _next_renewal(start: date, today: date) -> date:
    """The last day of the contract year running today (paid contracts run in years)."""
    years = 1
    while add_months(start, 12 * years) <= today:
        years += 1
    return add_months(start, 12 * years) - timedelta(days=1)


def _plan_renewals(rng: random.Random, paid: list[_PlannedCustomer], window: _Window) -> None:
    """Some contracts end within the next 60 days anyway; make sure a few always do."""
    for planned in rng.sample(paid, min(len(paid), max(1, round(0.08 * len(paid))))):
        planned.end = window.today + timedelta(days=rng.randint(3, 60))
        planned.start = add_months(planned.end + timedelta(days=1), -12 * rng.choice((1, 1, 2)))
        planned.created_at = datetime.combine(planned.start, time(9, 0), tzinfo=UTC) - timedelta(
            days=rng.randint(1, 20)
        )
    for planned in paid:
        assert planned.end is not None
        planned.renewal_due = 0 <= (planned.end - window.today).days <= 60


def _plan_endings(
    rng: random.Random, professional: list[_PlannedCustomer], window: _Window
) -> None:
    """A few contracts ended within the window and were not renewed."""
    if window.days < 60:
        return
    candidates = [p for p in professional if not p.renewal_due]
    for planned in rng.sample(candidates, min(len(candidates), round(0.06 * len(candidates)))):
        planned.end = window.first + timedelta(days=rng.randint(45, window.days - 1))
        planned.start = add_months(planned.end + timedelta(days=1), -12 * rng.choice((1, 2)))
        planned.created_at = datetime.combine(planned.start, time(9, 0), tzinfo=UTC) - timedelta(
            days=rng.randint(1, 20)
        )
        planned.ended = True
        planned.renewal_due = False


def _change_days(planned: _PlannedCustomer, window: _Window) -> list[date]:
    """Mid-month days (8th to 22nd) a tier change could take effect on: within the
    window and the contract, two months after the start at the earliest, not after today."""
    lo = max(planned.start + timedelta(days=61), window.first)
    hi = min(window.today, planned.end or window.today)
    days: list[date] = []
    month = Month.of(lo)
    while month.first <= hi:
        days += [day for n in range(8, 23) if lo <= (day := date(month.year, month.month, n)) <= hi]
        month = month.next()
    return days


def _plan_tier_changes(
    rng: random.Random,
    plan: list[_PlannedCustomer],
    tiers: dict[Tier, TierSpec],
    window: _Window,
) -> None:
    """Upgrades and a few downgrades, each effective mid-month, chosen among the
    customers whose history leaves room for one."""

    def now_on(tier: Tier) -> list[_PlannedCustomer]:
        return [p for p in plan if p.tier is tier and not p.ended]

    enterprise, professional = now_on(Tier.ENTERPRISE), now_on(Tier.PROFESSIONAL)
    community = now_on(Tier.COMMUNITY)
    moves = (
        # (customers now on the tier, the tier before, how many at least, share)
        (enterprise, Tier.PROFESSIONAL, 1, 0.30),  # upgrades Professional -> Enterprise
        (professional, Tier.COMMUNITY, 0, 0.08),  # upgrades Community -> Professional
        (professional, Tier.ENTERPRISE, 1, 0.05),  # downgrades Enterprise -> Professional
        (community, Tier.PROFESSIONAL, 0, 0.04),  # downgrades Professional -> Community
    )
    for group, before, least, share in moves:
        wanted = max(least, round(share * len(group)))
        candidates = [p for p in group if p.change is None]
        rng.shuffle(candidates)
        downgraded: list[_PlannedCustomer] = []
        for planned in candidates:
            if wanted == 0:
                break
            days = _change_days(planned, window)
            if not days:
                continue
            planned.change = (before, rng.choice(days))
            wanted -= 1
            if before is Tier.ENTERPRISE:
                downgraded.append(planned)
        # A couple of downgraded accounts keep more named contacts than their new tier
        # allows: the rule keeps them, and flags the account.
        limit = tiers[Tier.PROFESSIONAL].named_contacts
        if downgraded and limit is not UNLIMITED:
            for planned in downgraded[: max(2, round(0.15 * len(downgraded)))]:
                planned.over_limit = True


def _plan_terms(rng: random.Random, planned: _PlannedCustomer, tiers: dict[Tier, TierSpec]) -> None:
    def term(tier: Tier, effective: date) -> _PlannedTerm:
        if tier is not Tier.ENTERPRISE:
            return _PlannedTerm(tier, effective)
        # Enterprise is priced per contract from the catalog's starting price.
        base = tiers[tier].monthly_fee
        factor = rng.choice(("1", "1", "1", "1", "1.1", "1.2", "1.4", "1.6", "2"))
        fee = None if factor == "1" else (base * Decimal(factor)).quantize(Decimal(100))
        credit = Decimal("15.00") if rng.random() < 0.2 else None
        return _PlannedTerm(tier, effective, fee, credit)

    if planned.change is None:
        planned.terms = [term(planned.tier, planned.start)]
    else:
        before, effective = planned.change
        planned.terms = [term(before, planned.start), term(planned.tier, effective)]


def _plan_account(
    rng: random.Random, planned: _PlannedCustomer, tiers: dict[Tier, TierSpec], team: _Team
) -> None:
    spec = tiers[planned.tier]
    # The report goes out in the customer's language when the tier supports it.
    planned.language = (
        planned.profile.language if planned.profile.language in spec.languages else "en"
    )
    planned.csm = rng.choice(team.csms)
    reviewed = any(
        kind.cadence(tiers[t.tier]) is not None for t in planned.terms for kind in ReviewKind
    )
    planned.tam = rng.choice(team.tams) if reviewed else None
    planned.rollover = planned.tier is Tier.ENTERPRISE and rng.random() < 0.1
    if planned.over_limit:
        planned.notes = (
            f"Downgraded to {spec.name} on {planned.terms[-1].effective_from.isoformat()}; "
            f"more named contacts than the tier includes ({spec.named_contacts}) — agree "
            "which ones stay named."
        )
    elif planned.ended and planned.end is not None:
        planned.notes = f"Did not renew; the contract ended on {planned.end.isoformat()}."
    elif planned.renewal_due and planned.end is not None:
        planned.notes = (
            f"Renewal due {planned.end.isoformat()}; renewal call with the sponsor to book."
        )
    elif rng.random() < 0.3:
        planned.notes = rng.choice(_ACCOUNT_NOTES)


def _customer_row(planned: _PlannedCustomer) -> dict[str, Any]:
    return {
        "name": planned.name,
        "timezone": planned.timezone,
        "language": planned.language,
        "csm": planned.csm,
        "tam": planned.tam,
        "contract_start": planned.start,
        "contract_end": planned.end,
        "holiday_calendar": planned.holiday_calendar,
        "rollover": planned.rollover,
        "notes": planned.notes,
        "created_at": planned.created_at,
    }


# ------------------------------------------------------------------------ per customer


class _Calendars:
    """Holidays and working days per holiday calendar, computed once for all customers."""

    def __init__(self, window: _Window) -> None:
        # Reviews may be placed a little outside the window (a period's working day
        # searched backwards, and 90 days ahead): cover a margin on both sides.
        self._first = window.first - timedelta(days=100)
        self._last = window.today + PLANNING_AHEAD + timedelta(days=30)
        self._window = window
        self._holidays: dict[str | None, set[date]] = {}
        self._working: dict[str | None, list[int]] = {}

    def holidays(self, calendar: str | None) -> set[date]:
        if calendar not in self._holidays:
            self._holidays[calendar] = holidays_for(calendar, self._first, self._last)
        return self._holidays[calendar]

    def working_days(self, calendar: str | None) -> list[int]:
        """The window's working days as sorted ordinals (weekends and holidays left out)."""
        if calendar not in self._working:
            off = self.holidays(calendar)
            first, last = self._window.first.toordinal(), self._window.today.toordinal()
            self._working[calendar] = [
                n
                for n in range(first, last + 1)
                if (day := date.fromordinal(n)).weekday() < 5 and day not in off
            ]
        return self._working[calendar]


def _fill_customer(
    rng: random.Random,
    writer: _Writer,
    tiers: dict[Tier, TierSpec],
    team: _Team,
    calendars: _Calendars,
    window: _Window,
    planned: _PlannedCustomer,
    customer_id: int,
) -> Contract:
    contract = Contract(
        start=planned.start,
        end=planned.end,
        terms=tuple(
            Term(
                tier=tiers[t.tier],
                effective_from=t.effective_from,
                monthly_fee=t.monthly_fee,
                service_credit_pct=t.service_credit_pct,
            )
            for t in planned.terms
        ),
        rollover=planned.rollover,
    )
    writer.add(
        "contract_term",
        [
            {
                "customer_id": customer_id,
                "tier_key": t.tier.value,
                "effective_from": t.effective_from,
                "monthly_fee": t.monthly_fee,
                "service_credit_pct": t.service_credit_pct,
            }
            for t in planned.terms
        ],
    )
    if planned.change is not None:
        before, effective = planned.change
        # The audit entry the portfolio keeps for a tier change, made when it was agreed
        # (a few days ahead, so never after today).
        writer.add(
            "audit_entry",
            [
                {
                    "at": datetime.combine(
                        effective - timedelta(days=rng.randint(1, 10)), time(15, 30), tzinfo=UTC
                    ),
                    "actor": planned.csm or "demo",
                    "action": "change_tier",
                    "customer_id": customer_id,
                    "detail": f"{tiers[before].name} to {planned.tier.label} "
                    f"from {effective.isoformat()}",
                }
            ],
        )
    contacts = _contacts(rng, planned, tiers[planned.tier], customer_id)
    writer.add("contact", contacts)
    _entries(rng, writer, team, calendars, window, planned, contract, customer_id)
    people = [str(c["name"]) for c in contacts if c["named"]] or [str(c["name"]) for c in contacts]
    writer.add("review", _reviews(rng, calendars, window, planned, contract, customer_id, people))
    return contract


def _person(rng: random.Random, profile: _Profile) -> tuple[str, str]:
    """A person's name as written, and the local part of their e-mail address."""
    first, last = rng.choice(profile.first_names), rng.choice(profile.last_names)
    if profile.family_first is not None:
        name = f"{last[0]}{profile.family_first}{first[0]}"
    else:
        name = f"{first[0]} {last[0]}"
    return name, f"{first[1]}.{last[1]}".replace("--", "-")


def _contacts(
    rng: random.Random, planned: _PlannedCustomer, spec: TierSpec, customer_id: int
) -> list[dict[str, Any]]:
    """Named support contacts within the tier's limit (except the accounts a downgrade
    left over it), training seats within theirs, and a few other contacts."""
    limit, seats = spec.named_contacts, spec.training_seats
    if planned.over_limit and limit is not UNLIMITED:
        named = limit + rng.randint(1, 4)
    elif limit is UNLIMITED:
        named = rng.randint(4, 18)
    else:
        named = rng.randint(min(2, limit), limit)
    others = rng.randint(1, 3)
    seat_count = rng.randint(2, 10) if seats is UNLIMITED else rng.randint(0, seats)
    total = named + others
    seat_holders = set(rng.sample(range(total), min(seat_count, total)))
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for place in range(total):
        name, local = _person(rng, planned.profile)
        for _ in range(10):  # one name, one person: draw again on a clash
            if name not in seen:
                break
            name, local = _person(rng, planned.profile)
        else:
            name, local = f"{name} ({place + 1})", f"{local}{place + 1}"
        seen.add(name)
        rows.append(
            {
                "customer_id": customer_id,
                "name": name,
                "email": f"{local}@{planned.slug}.example",
                "named": place < named,
                "training_seat": place in seat_holders,
            }
        )
    return rows


# Durations in minutes, the quarter-hour steps engineers actually book.
_CONSULTING_MINUTES = (15, 30, 30, 45, 45, 60, 60, 60, 90, 90, 120, 180)
_DEVELOPMENT_MINUTES = (60, 90, 120, 120, 180, 180, 240, 240, 300, 360, 480)
_INCIDENT_MINUTES = (15, 15, 30, 30, 30, 45, 60, 60, 90, 120, 180, 240)
_TRAINING_MINUTES = (60, 90, 120, 120, 180, 240)


def _entries(
    rng: random.Random,
    writer: _Writer,
    team: _Team,
    calendars: _Calendars,
    window: _Window,
    planned: _PlannedCustomer,
    contract: Contract,
    customer_id: int,
) -> None:
    """The customer's ledger, month by month, for the categories each term includes.

    Only days inside the contract, inside the window and not after today are used:
    `contract.segments` clips to the contract, the window clips to today.
    """
    first = max(planned.start, window.first)
    last = min(planned.end or window.today, window.today)
    if first > last:
        return
    working = calendars.working_days(planned.holiday_calendar)
    # Bound once: these run about a million times for the large demo.
    choice, randint, uniform, chance = rng.choice, rng.randint, rng.uniform, rng.random
    tam = planned.tam or choice(team.tams)
    developers = rng.sample(team.developers, min(2, len(team.developers)))
    # How hungry this customer is for consulting, around the allowance: some months
    # over it (overage), some under.
    appetite = uniform(0.75, 1.2)
    onsite_days: dict[int, int] = {}

    def book(
        rows: list[tuple[int, str, str, int, str]],
        days: range,
        category: str,
        target: float,
        durations: tuple[int, ...],
        who: Callable[[], str],
        what: tuple[str, ...],
    ) -> None:
        """Entries of `category` on the working days `days` (indexes into `working`)
        adding up to about `target` minutes, in quarter hours."""
        left = int(target) // 15 * 15
        while left >= 15:
            minutes = min(choice(durations), left)
            left -= minutes
            rows.append((working[choice(days)], category, who(), minutes, choice(what)))

    def consultant() -> str:
        return tam if chance() < 0.85 else choice(team.tams)  # now and then a colleague covers

    def developer() -> str:
        return choice(developers)

    for term, lo, hi in contract.segments(first, last):
        tier = term.tier
        categories = {c for c in Category if term.includes(c)}
        if not categories:
            continue
        consulting = float(term.included_hours(Category.CONSULTING)) * 60
        development = float(term.included_hours(Category.DEVELOPMENT)) * 60 / 3
        round_the_clock = Coverage.ALWAYS in tier.coverage.values()
        month = Month.of(lo)
        while month.first <= hi:
            a, b = max(lo, month.first), min(hi, month.last)
            # The part of the month under this term (and up to today) earns its share.
            share = ((b - a).days + 1) / month.days
            month = month.next()
            days = range(bisect_left(working, a.toordinal()), bisect_right(working, b.toordinal()))
            if not days:
                continue
            rows: list[tuple[int, str, str, int, str]] = []
            if Category.CONSULTING in categories:
                noise = 0.6 + 0.8 * (chance() + chance() + chance()) / 3
                target = consulting * share * appetite * noise
                book(rows, days, "consulting", target, _CONSULTING_MINUTES, consultant, _CONSULTING)
            if Category.DEVELOPMENT in categories:
                target = development * share * uniform(0.5, 1.4)
                book(
                    rows, days, "development", target, _DEVELOPMENT_MINUTES, developer, _DEVELOPMENT
                )
            if Category.INCIDENT in categories:
                cases = (8 if round_the_clock else 4) * share * uniform(0.4, 1.6) + chance()
                for _ in range(int(cases)):
                    # 24/7 coverage: some cases are worked at weekends and on holidays too.
                    if round_the_clock and chance() < 0.2:
                        day = randint(a.toordinal(), b.toordinal())
                    else:
                        day = working[choice(days)]
                    minutes = choice(_INCIDENT_MINUTES)
                    rows.append((day, "incident", choice(team.support), minutes, choice(_INCIDENT)))
            if Category.TRAINING in categories:
                sessions = (1.2 if tier.training_seats is UNLIMITED else 0.35) * share + chance()
                for _ in range(int(sessions)):
                    minutes = choice(_TRAINING_MINUTES)
                    day = working[choice(days)]
                    rows.append(
                        (day, "training", choice(team.trainers), minutes, choice(_TRAINING))
                    )
            if Category.ONSITE in categories and chance() < 0.2 * share:
                day = working[choice(days)]
                year = _contract_year(contract.start, date.fromordinal(day))
                if onsite_days.get(year, 0) < tier.onsite_sessions_per_contract_year:
                    onsite_days[year] = onsite_days.get(year, 0) + 1
                    what = choice(_ONSITE)
                    rows.append((day, "onsite", tam, randint(12, 16) * 30, what))
                    if chance() < 0.5:  # a trainer comes along for the day
                        rows.append((day, "onsite", choice(team.trainers), 420, what))
            # Entries go in as they would be logged: in date order.
            rows.sort(key=lambda row: row[0])
            writer.add(
                "ledger_entry",
                [
                    {
                        "customer_id": customer_id,
                        "entry_date": date.fromordinal(day),
                        "category": category,
                        "engineer": engineer,
                        "seconds": minutes * 60,
                        "description": description,
                    }
                    for day, category, engineer, minutes, description in rows
                ],
            )


def _contract_year(start: date, day: date) -> int:
    """Which contract year (0, 1, ...) a day falls in, as the seat counts reckon it."""
    year = max(0, day.year - start.year - 1)
    while add_months(start, 12 * (year + 1)) <= day:
        year += 1
    return year


def _reviews(
    rng: random.Random,
    calendars: _Calendars,
    window: _Window,
    planned: _PlannedCustomer,
    contract: Contract,
    customer_id: int,
    people: list[str],
) -> list[dict[str, Any]]:
    """What the tiers owed over the history and owe for the next 90 days, with outcomes:
    past ones mostly held, some cancelled or missed, a few recent ones not yet recorded."""
    owed = owed_reviews(
        contract,
        window.first,
        window.today + PLANNING_AHEAD,
        calendars.holidays(planned.holiday_calendar),
    )
    hosts = [h for h in (planned.tam, planned.csm) if h]
    rows: list[dict[str, Any]] = []
    for review in owed:
        state, notes, attendees, reason = ReviewState.PLANNED, "", "", ""
        summary = ""  # a held review's, for the client
        # "Past" is before today, not before this hour: the content must not depend
        # on the time of day the demo runs at.
        if review.due < window.today:
            recent = (window.today - review.due).days <= 21
            roll = rng.random()
            if roll < (0.25 if recent else 0.01):
                pass  # not recorded yet: overdue
            elif roll < 0.84:
                state = ReviewState.HELD
                # What was found is the client's summary; the follow-up actions are
                # the team's own notes, never on the report.
                summary = rng.choice(_REVIEW_FINDINGS[review.kind])
                notes = rng.choice(_REVIEW_ACTIONS)
                guests = rng.sample(people, min(len(people), rng.randint(1, 3)))
                attendees = ", ".join(
                    hosts[: 1 + (review.kind is not ReviewKind.TAM_CHECKIN)] + guests
                )
            elif roll < 0.93:
                state, reason = ReviewState.CANCELLED, rng.choice(_CANCEL_REASONS)
            else:
                state, notes = ReviewState.MISSED, rng.choice(_MISSED_NOTES)
        rows.append(
            {
                "customer_id": customer_id,
                "kind": review.kind.value,
                "period_key": review.period_key,
                "due_date": review.due,
                "start_time": START_TIME,
                "minutes": review.kind.minutes,
                "state": state.value,
                "summary": summary,
                "notes": notes,
                "attendees": attendees,
                "reason": reason,
            }
        )
    return rows


# ----------------------------------------------------------------------------- cases

# Cases a month by the tier in force (Community promises no response time: no cases).
CASES_PER_MONTH = {Tier.PROFESSIONAL: 2.5, Tier.ENTERPRISE: 5.0}
# How often the first answer comes late. An Enterprise breach costs the month its
# service credit (a 99.9 % target), so it is rare: a handful of months show one.
LATE_SHARE = {Tier.PROFESSIONAL: 0.012, Tier.ENTERPRISE: 0.003}
# The first accounts of each tier get a late answer last month whatever the dice say,
# so that even a small demo shows a breach and an Enterprise credit.
LATE_WANTED = {Tier.PROFESSIONAL: 1, Tier.ENTERPRISE: 2}
WAIT_SHARE = 0.12
ANSWERED_BY_RESOLVING_SHARE = 0.1
ESCALATION_SHARE = {
    Severity.CRITICAL: 0.35,
    Severity.HIGH: 0.15,
    Severity.NORMAL: 0.05,
    Severity.LOW: 0.02,
}
# Critical 5 %, high 20 %, normal 45 %, low 30 %.
_SEVERITIES = (
    (Severity.CRITICAL,) + (Severity.HIGH,) * 4 + (Severity.NORMAL,) * 9 + (Severity.LOW,) * 6
)
# The share of the accounts under contract today that have a case open at today's
# noon placed on purpose (due, at risk or breached), besides the cases still open
# because their answer has not come yet.
OPEN_TODAY_SHARE = 0.3
_OPEN_STATES = (CaseState.DUE,) * 4 + (CaseState.AT_RISK,) * 3 + (CaseState.BREACHED,) * 3

_CASE_PROBLEMS = {
    Severity.CRITICAL: (
        "Production cluster down after node failure", "All logins failing after certificate "
        "renewal", "Data replication stopped between regions", "Payment processing halted",
        "Primary database unreachable", "Upgrade rollback left the service down",
    ),
    Severity.HIGH: (
        "Dashboard queries timing out", "Replication lag above one hour", "Integration "
        "timeouts with the ERP", "Memory growth on workers until restart", "Scheduled "
        "exports failing every night", "Single sign-on failing for one business unit",
    ),
    Severity.NORMAL: (
        "Error after configuration change", "Slow search on large projects", "Disk usage "
        "alarm on the staging estate", "Webhook deliveries retried twice", "Report totals "
        "differ from the export", "API rate limit reached during batch import",
        "Question about upgrading to the current release",
    ),
    Severity.LOW: (
        "Licence key question", "Documentation unclear on backup retention", "Feature "
        "request: export to Parquet", "Typo in the German user interface", "How to rotate "
        "the audit log", "Request for a second staging licence",
    ),
}  # fmt: skip
_ESCALATION_REASONS = {
    2: (
        "Root cause unclear after first analysis; a senior engineer takes over.",
        "The customer asked for a senior engineer.",
        "Reproduced only in the customer's environment.",
        "Workaround refused by the customer; needs deeper analysis.",
    ),
    3: (
        "Product defect suspected; the engineering team is engaged.",
        "The fix needs a patch release.",
        "Performance regression traced to the last release.",
    ),
    4: (
        "The customer's whole business is affected; the executive sponsor is informed.",
        "Second breach this quarter; the customer asked for an executive review.",
    ),
}


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


class _CaseMaker:
    """Each account's cases, with their waits and escalations, through the writer."""

    def __init__(
        self,
        rng: random.Random,
        writer: _Writer,
        team: _Team,
        calendars: _Calendars,
        window: _Window,
    ) -> None:
        self.rng = rng
        self.writer = writer
        self.team = team
        self.calendars = calendars
        self.window = window
        # The latest instant that is past on every workstation whose date is today
        # (UTC+14 starts today at 10:00 UTC the day before): nothing happens after it.
        self.settled = datetime.combine(window.today - timedelta(days=1), time(10, 0), UTC)
        # The moment the open cases are placed for (a FixedClock's now on today).
        self.noon = datetime.combine(window.today, time(12, 0), UTC)
        self.late_month = max(
            Month.of(window.first), Month.of((self.settled - timedelta(days=30)).date())
        )
        self.late_wanted = dict(LATE_WANTED)
        self.open_wanted = [CaseState.DUE, CaseState.AT_RISK, CaseState.BREACHED]
        self._business: dict[tuple[str, str | None], BusinessCalendar] = {}

    def _calendar(self, zone: str, holidays: str | None) -> BusinessCalendar:
        key = (zone, holidays)
        found = self._business.get(key)
        if found is None:
            found = BusinessCalendar(zone, frozenset(self.calendars.holidays(holidays)))
            self._business[key] = found
        return found

    def fill(self, planned: _PlannedCustomer, contract: Contract, customer_id: int) -> None:
        window = self.window
        first = max(planned.start, window.first)
        last = min(planned.end or window.today, window.today)
        if first > last:
            return
        rng = self.rng
        choice, randint, uniform, chance = rng.choice, rng.randint, rng.uniform, rng.random
        tz = ZoneInfo(planned.timezone)
        calendar = self._calendar(planned.timezone, planned.holiday_calendar)
        working = self.calendars.working_days(planned.holiday_calendar)
        found: list[tuple[datetime, Severity, Target, Tier]] = []
        for term, lo, hi in contract.segments(first, last):
            tier = term.tier
            rate = CASES_PER_MONTH.get(tier.key)
            if rate is None:
                continue
            month = Month.of(lo)
            while month.first <= hi:
                a, b = max(lo, month.first), min(hi, month.last)
                share = ((b - a).days + 1) / month.days
                month = month.next()
                days = range(
                    bisect_left(working, a.toordinal()), bisect_right(working, b.toordinal())
                )
                for _ in range(int(rate * share * uniform(0.4, 1.6) + chance())):
                    severity = choice(_SEVERITIES)
                    target = _target(tier, severity)
                    if target is None:
                        continue
                    # Most cases come in on working days in office hours; round the
                    # clock coverage sees some at night and at weekends too.
                    if days and (target.coverage is Coverage.BUSINESS_HOURS or chance() < 0.8):
                        day = date.fromordinal(working[choice(days)])
                        minute = randint(7 * 60, 19 * 60 - 1)
                    else:
                        day = a + timedelta(days=randint(0, (b - a).days))
                        minute = randint(0, 24 * 60 - 1)
                    at = datetime.combine(day, time(minute // 60, minute % 60), tz)
                    opened = at.astimezone(UTC)
                    if opened <= self.settled:
                        found.append((opened, severity, target, tier.key))
        found.sort(key=lambda case: case[0])
        for serial, (opened, severity, target, key) in enumerate(found, start=1):
            self._case(customer_id, serial, opened, severity, target, key, calendar)
        if contract.covers(window.today) and (self.open_wanted or chance() < OPEN_TODAY_SHARE):
            self._open_today(customer_id, len(found) + 1, contract, tz, calendar)

    def _case(
        self,
        customer_id: int,
        number: int,
        opened: datetime,
        severity: Severity,
        target: Target,
        tier: Tier,
        calendar: BusinessCalendar,
    ) -> None:
        """A case as it went: maybe a wait on the customer, an answer in time (rarely
        late, by the clock), the resolution; what comes after `settled` has not
        happened yet, so the case is still open."""
        rng = self.rng
        limit = timedelta(minutes=target.minutes)
        due = ResponseClock(target.coverage, calendar).due(opened, limit)
        waits: list[Interval] = []
        if rng.random() < WAIT_SHARE:
            start = _minute(opened + (due - opened) * rng.uniform(0.1, 0.6))
            end = start + timedelta(minutes=rng.randint(30, 2 * 24 * 60))
            if end <= self.settled:
                waits.append((start, end))
                due = ResponseClock(target.coverage, calendar, tuple(waits)).due(opened, limit)
        late = rng.random() < LATE_SHARE[tier]
        if not late and self.late_wanted.get(tier) and Month.of(opened.date()) == self.late_month:
            self.late_wanted[tier] -= 1
            late = True
        if late:
            answered = due + timedelta(minutes=rng.randint(1, max(5, target.minutes // 2)))
        else:
            answered = _minute(opened + (due - opened) * rng.uniform(0.05, 0.9))
        resolved: datetime | None = answered + timedelta(minutes=rng.randint(20, 4 * 24 * 60))
        first: datetime | None = answered
        if rng.random() < ANSWERED_BY_RESOLVING_SHARE:
            first, resolved = None, answered  # resolving it answered it
        assert resolved is not None
        if answered > self.settled:
            first = resolved = None
        elif resolved > self.settled:
            resolved = None
        escalate = rng.random() < ESCALATION_SHARE[severity] or (late and rng.random() < 0.5)
        self._write(customer_id, number, opened, severity, first, resolved, waits, escalate)

    def _open_today(
        self,
        customer_id: int,
        number: int,
        contract: Contract,
        tz: ZoneInfo,
        calendar: BusinessCalendar,
    ) -> None:
        """An unanswered case whose state at today's noon is the one still wanted (the
        first accounts), or one drawn; none where the tier's targets cannot give it."""
        rng = self.rng
        term = contract.term_on(self.window.today)
        if term is None or term.tier.key not in CASES_PER_MONTH:
            return
        state = self.open_wanted[0] if self.open_wanted else rng.choice(_OPEN_STATES)
        targets = sorted(
            ((t, s) for s in Severity if (t := _target(term.tier, s)) is not None),
            key=lambda pair: -pair[0].minutes,
        )
        for target, severity in targets if state is not CaseState.BREACHED else targets[::-1]:
            clock = ResponseClock(target.coverage, calendar)
            limit = timedelta(minutes=target.minutes)
            if state is CaseState.BREACHED:
                opened = _minute(self.settled - timedelta(minutes=rng.randint(60, 3 * 24 * 60)))
            else:
                share = rng.uniform(0.2, 0.6) if state is CaseState.DUE else rng.uniform(0.8, 0.95)
                found = _opened_for(clock, limit * share, self.noon, self.settled)
                if found is None:
                    continue
                opened = found
            opened_term = contract.term_on(opened.astimezone(tz).date())
            if opened_term is None or opened_term.tier.key is not term.tier.key:
                continue
            times = CaseTimes(opened)
            if standing(times, target, calendar, (), self.noon).state is not state:
                continue
            if self.open_wanted and self.open_wanted[0] is state:
                self.open_wanted.pop(0)
            escalate = state is CaseState.BREACHED and rng.random() < 0.5
            self._write(customer_id, number, opened, severity, None, None, [], escalate)
            return

    def _write(
        self,
        customer_id: int,
        number: int,
        opened: datetime,
        severity: Severity,
        first: datetime | None,
        resolved: datetime | None,
        waits: list[Interval],
        escalate: bool,
    ) -> None:
        rng = self.rng
        escalations: list[dict[str, Any]] = []
        level = 1
        if escalate:
            # Up the levels while the case is open: each step a while after the last.
            until = resolved or self.settled
            at = opened
            for to_level in range(2, max(ESCALATION_LEVELS) + 1):
                at = _minute(at + (until - at) * rng.uniform(0.1, 0.5))
                escalations.append(
                    {
                        "at": at,
                        "by": rng.choice(self.team.support),
                        "from_level": level,
                        "to_level": to_level,
                        "reason": rng.choice(_ESCALATION_REASONS[to_level]),
                    }
                )
                level = to_level
                if rng.random() < 0.7:
                    break
        self.writer.add_case(
            {
                "customer_id": customer_id,
                "reference": f"CASE-{number}",
                "title": rng.choice(_CASE_PROBLEMS[severity]),
                "severity": severity.value,
                "opened_at": opened,
                "first_response_at": first,
                "resolved_at": resolved,
                "engineer": rng.choice(self.team.support),
                "escalation_level": level,
            },
            [{"starts_at": lo, "ends_at": hi} for lo, hi in waits],
            escalations,
        )


def _target(tier: TierSpec, severity: Severity) -> Target | None:
    minutes, coverage = tier.response_minutes.get(severity), tier.coverage.get(severity)
    if minutes is None or coverage is None:
        return None
    return Target(minutes, coverage)


def _opened_for(
    clock: ResponseClock, elapsed: timedelta, at: datetime, latest: datetime
) -> datetime | None:
    """The opening (to the minute, not after `latest`) from which about `elapsed` of
    counted time has run at `at`; None when even `latest` is too early."""
    late = latest
    if clock.elapsed(late, at) >= elapsed:
        return None
    early = late - timedelta(days=30)
    while late - early > timedelta(minutes=1):
        middle = _minute(early + (late - early) / 2)
        if middle <= early:
            break
        if clock.elapsed(middle, at) >= elapsed:
            early = middle
        else:
            late = middle
    return early
