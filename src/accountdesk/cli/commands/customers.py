"""Customers and their contacts: customer add, list, show, change-tier; contact add,
edit, remove."""

from __future__ import annotations

from decimal import Decimal

from accountdesk.cli.context import Context
from accountdesk.cli.shapes import contact_json, detail_json, summary_json
from accountdesk.cli.text import customer_text, customers_text
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.limits import parse_id
from accountdesk.domain.money import parse_money
from accountdesk.domain.periods import parse_date
from accountdesk.domain.tiers import Tier, custom_price, parse_tier
from accountdesk.services.portfolio import NewCustomer


def customer_add(ctx: Context) -> None:
    a = ctx.args
    new = NewCustomer(
        name=a.name,
        tier=parse_tier(a.tier),
        start=parse_date(a.start, "start date"),
        end=parse_date(a.end, "end date") if a.end else None,
        timezone=a.timezone,
        language=a.language,
        csm=a.csm,
        tam=a.tam,
        monthly_fee=parse_money(a.monthly_fee, "monthly fee") if a.monthly_fee else None,
        holiday_calendar=a.holidays,
        rollover=a.rollover,
    )
    _check_price(ctx, new.tier, new.monthly_fee)
    new_id = ctx.desk.portfolio.add_customer(new)
    ctx.out({"id": new_id}, lambda: str(new_id))


def customer_list(ctx: Context) -> None:
    today = ctx.desk.clock.today()
    customers = ctx.desk.portfolio.customers()
    ctx.out(
        {"customers": [summary_json(c, today) for c in customers]},
        lambda: customers_text(customers),
    )


def customer_show(ctx: Context) -> None:
    d = ctx.desk.portfolio.customer(ctx.args.customer)
    ctx.out(detail_json(d, ctx.desk.clock.today()), lambda: customer_text(d))


def customer_change_tier(ctx: Context) -> None:
    a = ctx.args
    tier = parse_tier(a.tier)
    fee = parse_money(a.monthly_fee, "monthly fee") if a.monthly_fee else None
    _check_price(ctx, tier, fee)
    d = ctx.desk.portfolio.change_tier(
        a.customer, tier, parse_date(a.effective, "effective date"), fee
    )
    ctx.out(
        detail_json(d, ctx.desk.clock.today()),
        lambda: f"{d.name} is on {parse_tier(a.tier).label} from {a.effective}.",
    )


def _check_price(ctx: Context, tier: Tier, fee: Decimal | None) -> None:
    """A price off the catalog's is taken only with --allow-custom-price."""
    if ctx.args.allow_custom_price:
        return
    spec = next(t for t in ctx.desk.catalog.tiers() if t.key is tier)
    unusual = custom_price(spec, fee)
    if unusual is not None:
        raise Refused(f"{unusual} Add --allow-custom-price to agree it.", Field.MONTHLY_FEE)


def contact_add(ctx: Context) -> None:
    a = ctx.args
    new_id = ctx.desk.portfolio.add_contact(a.customer, a.name, a.email, a.named, a.training_seat)
    ctx.out({"id": new_id}, lambda: str(new_id))


def contact_edit(ctx: Context) -> None:
    a = ctx.args
    portfolio = ctx.desk.portfolio
    was = portfolio.contact(parse_id(a.contact, "contact", Field.CONTACT))
    now = portfolio.update_contact(
        was.id,
        was.name if a.name is None else a.name,
        was.email if a.email is None else a.email,
        was.named if a.named is None else a.named,
        was.training_seat if a.training_seat is None else a.training_seat,
    )
    ctx.out(contact_json(now), lambda: f"Contact {now.id}: {now.name} <{now.email}>.")


def contact_remove(ctx: Context) -> None:
    gone = ctx.desk.portfolio.remove_contact(parse_id(ctx.args.contact, "contact", Field.CONTACT))
    ctx.out(contact_json(gone), lambda: f"Removed contact {gone.id}: {gone.name}.")
