"""The company the team works for, as its reports show it: its name, the name of the
support service it sells, its logo and the line at the foot of every report page.

Stored in the database (the `setting` table), so that every workstation and the command
line show the same; what was never set is the product's own (reports/data.py). An
issued report keeps the company as it was when it was issued.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.errors import Field, Refused
from accountdesk.reports.data import FOOTER, SERVICE, VENDOR
from accountdesk.services.audit import record
from accountdesk.services.loading import reading
from accountdesk.wording import N_, gettext, number, say

# The setting table's keys.
NAME = "company.name"
SERVICE_NAME = "company.service"
FOOTER_TEXT = "company.footer"
LOGO = "company.logo"
MAX_NAME = 80  # fits the report's header beside the logo
MAX_FOOTER = 160  # one line at the foot of an A4 page
MAX_LOGO_BYTES = 1_000_000
# What a logo file starts with: the two formats the report can draw without loss.
_IMAGE_HEADERS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class CompanyProfile:
    name: str = VENDOR
    service: str = SERVICE
    footer: str = FOOTER
    logo: str | None = None  # a PNG or JPEG file, base64; None: the product's own logo

    @property
    def logo_bytes(self) -> bytes | None:
        return None if self.logo is None else base64.b64decode(self.logo)


def read_profile(s: Session) -> CompanyProfile:
    """The company as set, within the caller's transaction."""
    stored = {key: value for key, value in s.execute(select(m.Setting.key, m.Setting.value))}
    default = CompanyProfile()
    return CompanyProfile(
        name=stored.get(NAME, default.name),
        service=stored.get(SERVICE_NAME, default.service),
        footer=stored.get(FOOTER_TEXT, default.footer),
        logo=stored.get(LOGO),
    )


def company_on_report(s: Session) -> dict[str, Any]:
    """The report's fields about the company (`MonthlyReportData`), as set."""
    company = read_profile(s)
    return {
        "vendor": company.name,
        "service": company.service,
        "footer": company.footer,
        "logo": company.logo,
    }


def read_logo(path: Path) -> str:
    """A logo file's content as stored: a PNG or JPEG of at most 1 MB."""
    try:
        content = path.read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        raise Refused(
            say(
                "The logo {path!r} cannot be read ({value}).",
                path=str(path),
                value=getattr(error, "strerror", "") or error,
            ),
            Field.COMPANY_LOGO,
        ) from None
    if not content.startswith(_IMAGE_HEADERS):
        raise Refused(
            say("The logo {path!r} is not a PNG or JPEG image.", path=str(path)), Field.COMPANY_LOGO
        )
    if len(content) > MAX_LOGO_BYTES:
        raise Refused(
            say(
                "The logo {path!r} is {length} bytes; a logo can be at most {MAX_LOGO_BYTES}.",
                path=str(path),
                length=number(len(content)),
                MAX_LOGO_BYTES=number(MAX_LOGO_BYTES),
            ),
            Field.COMPANY_LOGO,
        )
    return base64.b64encode(content).decode("ascii")


def _line(text: str, what: str, limit: int, field: Field, required: bool) -> str:
    line = " ".join(text.split())  # one line: a report has room for no more
    if required and not line:
        raise Refused(say("The {what} cannot be empty.", what=gettext(what)), field)
    if len(line) > limit:
        raise Refused(
            say(
                "The {what} can hold at most {limit} characters; this one has {length}.",
                what=gettext(what),
                limit=limit,
                length=len(line),
            ),
            field,
        )
    return line


class Company:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def profile(self) -> CompanyProfile:
        with reading(self._sessions) as s:
            return read_profile(s)

    def update(
        self,
        *,
        name: str | None = None,
        service: str | None = None,
        footer: str | None = None,
        logo: Path | None = None,
        default_logo: bool = False,
    ) -> CompanyProfile:
        """Set what is given (None leaves a value as it is); `default_logo` goes back to
        the product's logo. Refuses an empty name, a line too long for the report and a
        logo that is not a PNG or JPEG image of at most 1 MB; nothing is saved then."""
        values: dict[str, str | None] = {}
        if name is not None:
            values[NAME] = _line(name, N_("company name"), MAX_NAME, Field.COMPANY_NAME, True)
        if service is not None:
            values[SERVICE_NAME] = _line(
                service, N_("service name"), MAX_NAME, Field.COMPANY_SERVICE, False
            )
        if footer is not None:
            values[FOOTER_TEXT] = _line(
                footer, N_("report footer"), MAX_FOOTER, Field.COMPANY_FOOTER, False
            )
        if logo is not None:
            values[LOGO] = read_logo(logo)
        elif default_logo:
            values[LOGO] = None
        with self._sessions.begin() as s:
            for key, value in values.items():
                row = s.get(m.Setting, key)
                if value is None:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(m.Setting(key=key, value=value))
                else:
                    row.value = value
            s.flush()
            # The logo is kept as its size only: the audit log is read, not printed.
            shown = {
                k: v if k != LOGO or v is None else f"{len(v):,} characters"
                for k, v in values.items()
            }
            record(s, "update_company", "setting", None, shown)
            return read_profile(s)
