"""A person's own login role on the test PostgreSQL server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text


@pytest.fixture
def clerk(postgres_url: str, postgres_server: str) -> Iterator[str]:
    """A person's login role, member of nothing yet; yields the test database's URL
    with it as the user."""
    name = f"clerk_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE ROLE {name} LOGIN"))
    yield postgres_url.replace("//postgres@", f"//{name}@")
    database = make_url(postgres_url).database  # its sessions end before the role goes
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        c.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()
