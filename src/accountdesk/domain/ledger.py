"""What may be written in the hours ledger."""

from __future__ import annotations

from collections.abc import Container
from datetime import date

from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import check_duration
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.wording import category as category_label
from accountdesk.wording import say


def parse_category(text: str) -> Category:
    try:
        return Category(text.strip().lower())
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise Refused(
            say("{text!r} is not a category; use one of {known}.", text=text, known=known),
            Field.CATEGORY,
        ) from None


# Hours that count against an allowance and are billed beyond it: the client reads what
# they were spent on, so they need a description. Training and on-site hours count
# sessions, incident hours are never billed; for those a description stays optional.
BILLABLE = frozenset({Category.CONSULTING, Category.DEVELOPMENT})


def check_description(category: Category, description: str) -> None:
    """Refuse billable hours without a description the client can read."""
    if category in BILLABLE and not description.strip():
        raise Refused(
            say(
                "{category} hours need a description the client reads on the report "
                "(the internal note is not shown to the client).",
                category=category_label(category.value),
            ),
            Field.DESCRIPTION,
        )


def check_entry(
    customer: str,
    contract: Contract,
    category: Category,
    day: date,
    seconds: int,
    today: date,
    locked: Container[Month],
) -> None:
    """Refuse an entry the rules do not allow; return quietly when it may be written.

    Refused: duration of zero or less or over 24 h, a future date, a date outside the
    contract, a category the tier in force does not include (unless a per-contract
    rate exists), a date in a locked (issued) month.
    """
    check_duration(seconds)
    check_date_open(customer, contract, day, today, locked)
    term = contract.term_on(day)
    assert term is not None  # check_date_open refused days outside the contract
    if not term.includes(category):
        raise Refused(
            say(
                "{customer}'s {tier} contract on {day} does not include {category} hours.",
                customer=customer,
                tier=term.tier.name,
                day=day.isoformat(),
                category=category_label(category.value),
            ),
            Field.CATEGORY,
        )


def check_date_open(
    customer: str, contract: Contract, day: date, today: date, locked: Container[Month]
) -> None:
    if day > today:
        raise Refused(
            say("{day} is in the future; hours are logged once spent.", day=day.isoformat()),
            Field.DAY,
        )
    if not contract.covers(day):
        if contract.end is None:
            said = say(
                "{day} is outside {customer}'s contract (from {start}).",
                day=day.isoformat(),
                customer=customer,
                start=contract.start.isoformat(),
            )
        else:
            said = say(
                "{day} is outside {customer}'s contract ({start} to {end}).",
                day=day.isoformat(),
                customer=customer,
                start=contract.start.isoformat(),
                end=contract.end.isoformat(),
            )
        raise Refused(said, Field.DAY)
    if locked and Month.of(day) in locked:  # no month to make when none is issued
        raise month_locked(customer, Month.of(day))


def month_locked(customer: str, month: Month, field: Field = Field.DAY) -> Refused:
    """A date in an issued month: the day asked for (`Field.DAY`), or the entry that is
    already there (`Field.ENTRY`)."""
    # One sentence, as every Refused message is (errors.Refused).
    return Refused(
        say(
            "{month} is locked for {customer} because its monthly report was "
            "issued; record a correction instead.",
            month=month.label,
            customer=customer,
        ),
        field,
    )
