"""The registry of known secret and personal values (``_scrub.SecretValues``): every occurrence of every value is
masked, overlapping values as one run, and a value registered after a scrub is scrubbed from then on."""

from __future__ import annotations

import threading
from typing import SupportsIndex

from unico_idcloud._scrub import SecretValues


def registry(*values: str, max_values: int = 512) -> SecretValues:
    known = SecretValues(max_values)
    known.remember(*values)
    return known


def test_every_occurrence_is_masked_and_the_text_around_it_kept() -> None:
    known = registry("73689290074", "luke@example.com")
    text = "cpf 73689290074 and 73689290074, e-mail luke@example.com."
    assert known.scrub(text) == "cpf *** and ***, e-mail ***."


def test_overlapping_values_leave_no_part_of_either() -> None:
    # At position 0 only the first value starts: a regex alternation masks it and leaves "-ONE-TWO" of the second.
    known = registry("xxxxSECRET", "SECRET-ONE-TWO")
    assert known.scrub("xxxxSECRET-ONE-TWOyyyy") == "***yyyy"


def test_a_value_inside_another_and_values_side_by_side_are_one_mask() -> None:
    known = registry("Skywalker", "Luke Skywalker", "token-abcdef")
    assert known.scrub("Luke Skywalker/Skywalker token-abcdeftoken-abcdef!") == "***/*** ***!"


def test_a_value_repeating_into_itself_is_masked_whole() -> None:
    assert registry("aaaaaa").scrub("baaaaaaab") == "b***b"


def test_a_value_remembered_after_a_scrub_is_scrubbed_from_then_on() -> None:
    known = registry("first-secret")
    assert known.scrub("first-secret second-secret") == "*** second-secret"
    known.remember("second-secret")
    assert known.scrub("first-secret second-secret") == "*** ***"


def test_the_oldest_value_goes_when_the_registry_is_full() -> None:
    known = registry("value-one", "value-two", max_values=2)
    known.remember("value-three")
    assert known.scrub("value-one value-two value-three") == "value-one *** ***"
    known.forget_all()
    assert known.scrub("value-two") == "value-two" and len(known) == 0


def test_text_without_a_value_is_returned_as_is() -> None:
    text = "GET /client/v1/process -> 200"
    assert registry("not-in-there").scrub(text) is text and SecretValues().scrub(text) is text


class _PausingText(str):
    """A text whose first window lookup waits until released: a scrub caught in the middle of its search."""

    searching: threading.Event
    release: threading.Event

    def __new__(cls, value: str) -> _PausingText:
        text = super().__new__(cls, value)
        text.searching, text.release = threading.Event(), threading.Event()
        return text

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        self.searching.set()
        assert self.release.wait(5)
        return str(self)[key]


def test_a_scrub_in_progress_holds_up_no_write_and_masks_what_it_started_with() -> None:
    known = registry("value-one", max_values=1)
    text = _PausingText("value-one value-two")
    result: list[str] = []
    scrubbing = threading.Thread(target=lambda: result.append(known.scrub(text)))
    scrubbing.start()
    assert text.searching.wait(5)
    writing = threading.Thread(target=known.remember, args=("value-two",))  # evicts value-one mid-search
    writing.start()
    writing.join(2)
    written_during_the_search = not writing.is_alive()
    text.release.set()
    scrubbing.join(5)
    writing.join(5)
    assert written_during_the_search
    assert result == ["*** value-two"]  # the search's own snapshot: value-one masked, value-two not yet known
    assert known.scrub("value-one value-two") == "value-one ***"
