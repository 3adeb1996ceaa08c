"""wait_for_result on a virtual clock: a process that finishes mid-wait, the backoff, timeouts, errors."""

from __future__ import annotations

import itertools

import pytest
from unico_idcloud_client.models import ProcessState

from unico_idcloud import AsyncIDCloud, IDCloud, WaitTimeout, decide
from unico_idcloud.errors import ConfigurationError, NotFound, ServerError
from unico_idcloud.testing import FakeUnico, Fault, Scenario, VirtualClock

from ..fake_clients import Recorder


def test_a_process_that_finishes_mid_wait_is_returned_finished(
    idcloud: IDCloud, recorder: Recorder, clock: VirtualClock
) -> None:
    process = idcloud.wait_for_result(Scenario.FINISHES_AFTER_POLLS)  # created for two polls, then finished
    assert process.state is ProcessState.PROCESS_STATE_FINISHED
    assert decide(process).approved
    assert len(recorder.paths("/client/v1/process/")) == 3
    assert clock.sleeps == [1.0, 1.5]  # quick first, then spreading out; nothing else waited


async def test_a_process_that_finishes_mid_wait_async(
    async_idcloud: AsyncIDCloud, fake: FakeUnico, async_recorder: Recorder, clock: VirtualClock
) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED", after_polls=5)
    process = await async_idcloud.wait_for_result(pid)
    assert process.state is ProcessState.PROCESS_STATE_FINISHED
    assert len(async_recorder.paths(pid)) == 6
    assert clock.sleeps == [1.0, 1.5, 2.25, 3.375, 5.0625]


def test_a_process_that_finishes_after_a_while_on_the_fakes_clock(idcloud: IDCloud, clock: VirtualClock) -> None:
    process = idcloud.wait_for_result(Scenario.FINISHES_AFTER_SECONDS)  # finishes 30 s after it was created
    assert process.state is ProcessState.PROCESS_STATE_FINISHED
    assert 30 <= clock.monotonic() < 30 + 20  # found at the first poll after it finished


def test_the_backoff_spreads_out_up_to_its_ceiling_and_the_last_wait_ends_at_the_deadline(
    idcloud: IDCloud, clock: VirtualClock
) -> None:
    with pytest.raises(WaitTimeout) as caught:
        idcloud.wait_for_result(Scenario.CREATED, timeout=200, max_interval=30)
    sleeps = clock.sleeps
    assert sleeps[0] == 1.0
    assert all(b >= a for a, b in itertools.pairwise(sleeps[:-1]))  # never quicker again ...
    assert max(sleeps) == 30 and sleeps.count(30) >= 3  # ... up to the ceiling
    assert sum(sleeps) == pytest.approx(200)  # the last wait is cut to end at the deadline
    assert caught.value.polls == len(sleeps) + 1


def test_a_wait_that_times_out_carries_the_last_state_seen(idcloud: IDCloud, clock: VirtualClock) -> None:
    with pytest.raises(WaitTimeout) as caught:
        idcloud.wait_for_result(Scenario.CREATED, timeout=10)
    error = caught.value
    assert error.last_state is ProcessState.PROCESS_STATE_CREATED
    assert error.last_process is not None and error.last_process.state is ProcessState.PROCESS_STATE_CREATED
    assert error.waited == pytest.approx(10) and clock.monotonic() == pytest.approx(10)
    assert "PROCESS_STATE_CREATED" in str(error) and "10 s" in str(error)
    assert Scenario.CREATED.value not in str(error) + repr(error)


async def test_a_wait_that_times_out_async(async_idcloud: AsyncIDCloud, clock: VirtualClock) -> None:
    with pytest.raises(WaitTimeout) as caught:
        await async_idcloud.wait_for_result(Scenario.AWAITING_FOR_DOCUMENT, timeout=5)
    assert str(caught.value.last_state) == "AWAITING_FOR_DOCUMENT"


def test_a_state_the_spec_does_not_list_is_not_final(idcloud: IDCloud, fake: FakeUnico) -> None:
    pid = fake.add_process(state="PROCESS_STATE_SOMETHING_NEW")
    with pytest.raises(WaitTimeout) as caught:
        idcloud.wait_for_result(pid, timeout=5)
    assert caught.value.last_state == "PROCESS_STATE_SOMETHING_NEW"


def test_a_failed_process_is_final(idcloud: IDCloud) -> None:
    assert idcloud.wait_for_result(Scenario.FAILED).state is ProcessState.PROCESS_STATE_FAILED


def test_polls_that_fail_after_their_retries_do_not_end_the_wait(
    idcloud: IDCloud, fake: FakeUnico, recorder: Recorder
) -> None:
    pid = fake.add_process(state="PROCESS_STATE_CREATED", after_polls=1)
    fake.inject_fault(Fault.INTERNAL_ERROR, process_id=pid, times=4)  # the first poll and its 3 retries
    process = idcloud.wait_for_result(pid)
    assert process.state is ProcessState.PROCESS_STATE_FINISHED
    assert [s.status for s in recorder.paths(pid)] == [500, 500, 500, 500, 200, 200]


def test_a_wait_in_which_no_poll_succeeded_says_why(idcloud: IDCloud, fake: FakeUnico) -> None:
    fake.inject_fault(Fault.SERVICE_UNAVAILABLE)
    with pytest.raises(WaitTimeout) as caught:
        idcloud.wait_for_result(Scenario.CREATED, timeout=20)
    assert caught.value.last_state is None and caught.value.last_process is None
    assert isinstance(caught.value.__cause__, ServerError)
    assert "no successful poll" in str(caught.value)


def test_an_error_that_polling_cannot_fix_is_raised_at_once(idcloud: IDCloud, recorder: Recorder) -> None:
    with pytest.raises(NotFound):
        idcloud.wait_for_result("6b1c1b9e-0000-4000-8000-000000000000")
    assert len(recorder.api_requests) == 1


@pytest.mark.parametrize(
    "arguments", [{"timeout": 0}, {"timeout": -1}, {"first_interval": 0}, {"first_interval": 5, "max_interval": 1}]
)
def test_wait_arguments_are_checked(idcloud: IDCloud, recorder: Recorder, arguments: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        idcloud.wait_for_result(Scenario.CREATED, **arguments)
    assert recorder.api_requests == []
