"""Fixtures for the pure domain tests: the three seeded tiers, one name each."""

from __future__ import annotations

import warnings

import pytest

from accountdesk.domain.tiers import Tier, TierSpec


@pytest.fixture(scope="session")
def community(tiers: dict[Tier, TierSpec]) -> TierSpec:
    return tiers[Tier.COMMUNITY]


@pytest.fixture(scope="session")
def professional(tiers: dict[Tier, TierSpec]) -> TierSpec:
    return tiers[Tier.PROFESSIONAL]


@pytest.fixture(scope="session")
def enterprise(tiers: dict[Tier, TierSpec]) -> TierSpec:
    return tiers[Tier.ENTERPRISE]


def _load_hypothesis_patching_quietly() -> None:
    """Hypothesis imports its patch writer (and libcst) only when a property fails; under
    `filterwarnings = error` a DeprecationWarning from that import turns the failure report
    into an INTERNALERROR. Importing it once here, warnings silenced, keeps reports readable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import hypothesis.extra._patching  # noqa: F401
    except ImportError:
        pass


_load_hypothesis_patching_quietly()
