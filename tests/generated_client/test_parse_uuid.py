"""`parse_uuid` is `UUID(str)`: the same value, the same object state and the same errors (issue 21).

It builds the UUID without `UUID.__init__` (the two slot stores `__init__` ends with) when this Python's UUID
allows that; `FAST_UUID` pins that it does on the Python the project runs, and the fallback is `UUID(str)` itself.
"""

from __future__ import annotations

import copy
import pickle
import random
import uuid
import weakref
from uuid import UUID

import pytest
from unico_idcloud_client import types
from unico_idcloud_client.types import parse_uuid

ODD_BUT_ACCEPTED = [
    "53060f52-f146-4c12-a234-5bb5031f6f5b",
    "53060F52-F146-4C12-A234-5BB5031F6F5B",
    "53060f52f1464c12a2345bb5031f6f5b",
    "{53060f52-f146-4c12-a234-5bb5031f6f5b}",
    "urn:uuid:53060f52-f146-4c12-a234-5bb5031f6f5b",
    "5306-0f52f146-4c12a234-5bb5031f6f5b----",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "+3060f52-f146-4c12-a234-5bb5031f6f5b",
    "5_060f52-f146-4c12-a234-5bb5031f6f5b",
    " 3060f52-f146-4c12-a234-5bb5031f6f5 ",
    "\u0663" * 32,  # int() reads Unicode digits, so UUID(str) does
]
REFUSED = [
    "",
    "53060f52-f146-4c12-a234-5bb5031f6f5",
    "53060f52-f146-4c12-a234-5bb5031f6f5b0",
    "g3060f52-f146-4c12-a234-5bb5031f6f5b",
    "_3060f52-f146-4c12-a234-5bb5031f6f5b",
    "53060f52-f146-4c12-a234-5bb5031f6f5_",
    "{53060f52-f146-4c12-a234-5bb5031f6f5}",
    "urn:uuid:53060f52f1464c12a2345bb5031f6f",
    "-" * 36,
    "53060f52 f146 4c12 a234 5bb5031f6f5b",
]


def test_the_fast_path_is_on_for_this_python() -> None:
    assert types.FAST_UUID


def _same(fast: UUID, slow: UUID) -> None:
    assert type(fast) is UUID
    assert fast == slow and fast.int == slow.int
    assert fast.is_safe is slow.is_safe
    assert str(fast) == str(slow) and repr(fast) == repr(slow) and hash(fast) == hash(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert copy.deepcopy(fast) == slow
    assert weakref.ref(fast)() is fast
    with pytest.raises(TypeError):
        fast.int = 0  # type: ignore[misc]  # immutable, as UUID(str)'s result


@pytest.mark.parametrize("text", ODD_BUT_ACCEPTED)
def test_accepts_what_uuid_accepts_with_the_same_result(text: str) -> None:
    _same(parse_uuid(text), UUID(text))


@pytest.mark.parametrize("text", REFUSED)
def test_refuses_what_uuid_refuses_with_the_same_error(text: str) -> None:
    with pytest.raises(ValueError) as expected:
        UUID(text)
    with pytest.raises(ValueError) as got:
        parse_uuid(text)
    assert str(got.value) == str(expected.value)


def test_random_ids_in_every_spelling() -> None:
    rng = random.Random(21)
    for _ in range(2000):
        value = uuid.UUID(int=rng.getrandbits(128))
        for text in (str(value), value.hex, str(value).upper(), f"{{{value}}}", value.urn):
            _same(parse_uuid(text), UUID(text))


def test_without_the_fast_path_it_is_uuid_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "FAST_UUID", False)
    calls: list[str] = []

    class Recording(UUID):
        def __init__(self, text: str) -> None:
            calls.append(text)
            super().__init__(text)

    monkeypatch.setattr(types, "UUID", Recording)
    text = "53060f52-f146-4c12-a234-5bb5031f6f5b"
    assert parse_uuid(text) == UUID(text)
    assert calls == [text]


def test_the_generated_model_reads_its_id_through_it() -> None:
    from unico_idcloud_client.models import ProcessResponse

    from .resilience_support import PROCESS_RESPONSE

    text = "53060F52-F146-4C12-A234-5BB5031F6F5B"
    body = copy.deepcopy(PROCESS_RESPONSE)
    body["process"]["id"] = text
    _same(ProcessResponse.from_dict(body).process.id, UUID(text))
    body["process"]["id"] = "x" + text
    with pytest.raises(ValueError):
        ProcessResponse.from_dict(body)
