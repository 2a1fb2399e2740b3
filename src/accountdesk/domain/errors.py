"""Refusals: a user's request that a rule turns down, said in one sentence.

A refusal also names the input it is about (`Field`), so that a form can put the cursor
there and a script can tell which option to fix, without anyone reading the sentence's
words. The sentence is for people; the field is for code.
"""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    """The input a refusal is about, named as the request's attribute is named."""

    CUSTOMER = "customer"
    NAME = "name"
    EMAIL = "email"
    NAMED = "named"
    TRAINING_SEAT = "training_seat"
    TIER = "tier"
    START = "start"
    END = "end"
    EFFECTIVE = "effective"
    TIMEZONE = "timezone"
    LANGUAGE = "language"
    HOLIDAY_CALENDAR = "holiday_calendar"
    MONTHLY_FEE = "monthly_fee"
    CSM = "csm"
    TAM = "tam"
    DAY = "day"
    HOURS = "hours"
    CATEGORY = "category"
    ENGINEER = "engineer"
    DESCRIPTION = "description"
    NOTE = "note"
    SUMMARY = "summary"
    NOTES = "notes"
    MONTH = "month"
    REVIEW = "review"
    REASON = "reason"
    FILE = "file"
    FOLDER = "folder"
    ENTRY = "entry"
    CONTACT = "contact"
    UNTIL = "until"
    STATE = "state"
    HELD_AT = "held_at"
    ROLLOVER = "rollover"
    CUSTOMERS = "customers"
    MONTHS = "months"
    COMPANY_NAME = "company_name"
    COMPANY_SERVICE = "company_service"
    COMPANY_FOOTER = "company_footer"
    COMPANY_LOGO = "company_logo"
    CASE = "case"
    REFERENCE = "reference"
    TITLE = "title"
    SEVERITY = "severity"
    LEVEL = "level"
    AT = "at"
    FROM = "from"
    SERVICE_CREDIT = "service_credit"
    MAPPING = "mapping"
    # The row changed since the user read it (an edit based on an older version).
    VERSION = "version"


class Refused(Exception):
    """A user's request that a rule turns down. The message is one sentence meant for the
    user; `field` is the input at fault, when the refusal is about one."""

    def __init__(self, message: str, field: Field | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message

    def about(self, field: Field) -> Refused:
        """The same refusal, said of `field` (for a parser that does not know which input
        its text came from); a field already named is kept."""
        if self.field is None:
            self.field = field
        return self
