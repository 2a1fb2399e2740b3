"""The tier catalog, read-only to the program (it is data, seeded by the first migration)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain.tiers import TierSpec
from accountdesk.services.loading import reading, tier_catalog


class Catalog:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def tiers(self) -> list[TierSpec]:
        with reading(self._sessions) as s:
            return list(tier_catalog(s).values())
