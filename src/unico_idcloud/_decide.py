"""Unico's documented decision rules, as pure functions: a process in, a :class:`Verdict` out.

by Unico (developer.unico.io, Get Process): a process is approved only when its state is ``PROCESS_STATE_FINISHED``
and its result ``PROCESS_RESULT_OK`` ("all capabilities returned positive results"). ``PROCESS_RESULT_ERROR`` asks for
the process to be tried again, ``PROCESS_RESULT_INVALID_IDENTITY`` is a definitive negative, ``PROCESS_RESULT_EXPIRED``
an abandoned journey. IDUnico + IDCheck: only status 3 is decidable.

The generated enums are open (a value the spec does not list arrives as a pseudo-member with ``is_known == False``):
such a value is never approved, it needs a person to look at it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from unico_idcloud_client.models import (
    AuthenticationInfo,
    AuthenticationResult,
    BioTokenEngineResult,
    CreatedIdCheckProcess,
    IdAgeResult,
    IdCheckLiveness,
    IdCheckProcess,
    IdCheckStatus,
    IdentityFraudstersResult,
    LivenessResult,
    Process,
    ProcessResult,
    ProcessState,
    ScoreEnabled,
    SmartRevalidationResult,
    UnicoIdResult,
)
from unico_idcloud_client.types import Unset

__all__ = ["CapabilityResult", "Decision", "Verdict", "decide", "decide_idcheck"]


class Decision(StrEnum):
    """What to do with a process."""

    APPROVED = "approved"
    """Finished, and every result is a documented positive one."""
    REJECTED = "rejected"
    """A definitive negative (``PROCESS_RESULT_INVALID_IDENTITY``; IDCheck: ``unicoId`` no or liveness failed)."""
    RETRY = "retry"
    """The process failed on Unico's side (``PROCESS_RESULT_ERROR``, ``PROCESS_STATE_FAILED``): create it again."""
    EXPIRED = "expired"
    """The journey was not completed in time (``PROCESS_RESULT_EXPIRED``)."""
    PENDING = "pending"
    """Not finished yet: ask again later (or wait for the webhook)."""
    NEEDS_REVIEW = "needs_review"
    """Undecidable by rule: a value the spec does not list, a missing or contradictory result, an inconclusive one."""
    CANCELED = "canceled"
    """IDCheck status 4."""
    ERROR = "error"
    """IDCheck status 5 (the API answers it with 410 Gone)."""


@dataclass(frozen=True)
class CapabilityResult:
    """One capability result a verdict looked at. ``field`` is where it is in the API's JSON, ``value`` the value
    as sent, ``score`` the number that goes with it (risk score, Serpro similarity, IDCheck score); ``known`` is
    False for a value the spec does not list."""

    name: str
    field: str
    value: str | None
    score: float | None = None
    known: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "field": self.field, "value": self.value, "score": self.score, "known": self.known}


@dataclass(frozen=True)
class Verdict:
    """The outcome of :func:`decide` / :func:`decide_idcheck`: a :class:`Decision`, the reason in words (never
    personal data), the process' state and result as sent, and the capability results looked at."""

    decision: Decision
    reason: str
    state: str | None = None
    result: str | None = None
    capabilities: tuple[CapabilityResult, ...] = ()

    @property
    def approved(self) -> bool:
        return self.decision is Decision.APPROVED

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.value,
            "approved": self.approved,
            "reason": self.reason,
            "state": self.state,
            "result": self.result,
            "capabilities": [capability.to_dict() for capability in self.capabilities],
        }


def _value(member: Enum) -> str:
    return str(member.value)


def _known(member: Any) -> bool:
    return bool(getattr(member, "is_known", True))


# --- by Unico -----------------------------------------------------------------------------------------------------

# A capability result that contradicts PROCESS_RESULT_OK ("all capabilities returned positive results").
_NEGATIVE: frozenset[Enum] = frozenset(
    {
        LivenessResult.LIVENESS_RESULT_NOT_LIVE,
        AuthenticationResult.AUTHENTICATION_RESULT_NEGATIVE,
        BioTokenEngineResult.BIO_TOKEN_ENGINE_RESULT_NEGATIVE,
        IdentityFraudstersResult.TRUST_RESULT_YES,
        SmartRevalidationResult.SMART_REVALIDATION_RESULT_NEGATIVE,
        IdAgeResult.ID_AGE_RESULT_NEGATIVE,
    }
)

# (name, JSON field, attribute) of each capability decided on; the four deprecated fields are left out, as the
# docs say not to base decisions on them.
_CAPABILITIES: tuple[tuple[str, str, str], ...] = (
    ("liveness", "livenessResult", "liveness_result"),
    ("identity", "authenticationResult", "authentication_result"),
    ("bio_token", "bioTokenEngineResult", "bio_token_engine_result"),
    ("behavior_alert", "identityFraudstersResult", "identity_fraudsters_result"),
    ("smart_revalidation", "smartRevalidationResult", "smart_revalidation_result"),
    ("id_age", "idAgeResult", "id_age_result"),
)


def _serpro(score: float) -> tuple[str | None, bool]:
    """Serpro's score: 0..100 a similarity, -1 no face on file for the CPF, -2 an integration error."""
    if score == -1:
        return "NO_FACE_ON_FILE", True
    if score == -2:
        return "INTEGRATION_ERROR", True
    if 0 <= score <= 100:
        return "SIMILARITY", True
    return None, False


def _capabilities(info: AuthenticationInfo) -> Iterator[tuple[CapabilityResult, Enum | None]]:
    """Each capability the flow used (``*_UNSPECIFIED`` means it did not), with its enum member."""
    for name, field, attribute in _CAPABILITIES:
        member = getattr(info, attribute)
        if isinstance(member, Unset) or (_known(member) and _value(member).endswith("_UNSPECIFIED")):
            continue
        yield CapabilityResult(name, f"authenticationInfo.{field}", _value(member), known=_known(member)), member
    risk = info.score_engine_result
    if not isinstance(risk, Unset):
        enabled = None if isinstance(risk.score_enabled, Unset) else risk.score_enabled
        score = None if isinstance(risk.score, Unset) else float(risk.score)
        on = enabled is not None and (not _known(enabled) or enabled is ScoreEnabled.SCORE_ENABLED_TRUE)
        if on or score is not None:
            known = (enabled is None or _known(enabled)) and (score is None or -100 <= score <= 100)
            value = None if enabled is None else _value(enabled)
            yield CapabilityResult("risk_score", "authenticationInfo.scoreEngineResult", value, score, known), None
    serpro = info.serpro_result
    if not isinstance(serpro, Unset) and not isinstance(serpro.score, Unset):
        meaning, known = _serpro(float(serpro.score))
        yield CapabilityResult("serpro", "authenticationInfo.serproResult", meaning, float(serpro.score), known), None


def decide(process: Process) -> Verdict:
    """Unico's decision for a by Unico process (Get Process), in the documented order:

    1. a state the spec does not list (or none) → ``NEEDS_REVIEW``;
    2. ``PROCESS_STATE_FAILED`` (a processing error, final) → ``RETRY``; any other unfinished state
       (``PROCESS_STATE_CREATED``, ``AWAITING_FOR_DOCUMENT``) → ``PENDING``;
    3. finished without a listed result, or with ``PROCESS_RESULT_UNSPECIFIED`` → ``NEEDS_REVIEW``;
    4. a capability value the spec does not list, or a risk or Serpro score out of its range → ``NEEDS_REVIEW``;
    5. ``PROCESS_RESULT_ERROR`` → ``RETRY``, ``PROCESS_RESULT_INVALID_IDENTITY`` → ``REJECTED``,
       ``PROCESS_RESULT_EXPIRED`` → ``EXPIRED``;
    6. ``PROCESS_RESULT_OK`` → ``APPROVED``, unless a capability says otherwise (liveness not live, identity or
       1:1 negative, behavior alert yes, ...: the result contradicts its own definition) → ``NEEDS_REVIEW``.

    Pure: no I/O, the same process always gives the same verdict. ``verdict.capabilities`` lists the capability
    results looked at (those the flow used; risk score with its score).
    """
    state = process.state
    result = None if isinstance(process.result, Unset) else process.result
    state_text = _value(state)
    result_text = None if result is None else _value(result)
    found = list(_capabilities(process.authentication_info))
    capabilities = tuple(capability for capability, _ in found)

    def verdict(decision: Decision, reason: str) -> Verdict:
        return Verdict(decision, reason, state_text, result_text, capabilities)

    if not state.is_known:
        return verdict(Decision.NEEDS_REVIEW, f"state {state_text!r} is not one the spec lists")
    if state is ProcessState.PROCESS_STATE_FAILED:
        return verdict(Decision.RETRY, "the process failed (processing error): create it again")
    if state is not ProcessState.PROCESS_STATE_FINISHED:
        return verdict(Decision.PENDING, f"not finished yet ({state_text})")
    if result is None:
        return verdict(Decision.NEEDS_REVIEW, "finished without a result")
    if not result.is_known:
        return verdict(Decision.NEEDS_REVIEW, f"result {result_text!r} is not one the spec lists")
    unknown = [capability for capability in capabilities if not capability.known]
    if unknown:
        fields = ", ".join(f"{c.field}={c.value if c.score is None else c.score}" for c in unknown)
        return verdict(Decision.NEEDS_REVIEW, f"values the spec does not list: {fields}")
    if result is ProcessResult.PROCESS_RESULT_ERROR:
        return verdict(Decision.RETRY, "error while processing the result: create the process again")
    if result is ProcessResult.PROCESS_RESULT_INVALID_IDENTITY:
        return verdict(Decision.REJECTED, "at least one capability returned a definitive negative")
    if result is ProcessResult.PROCESS_RESULT_EXPIRED:
        return verdict(Decision.EXPIRED, "the process expired before the journey was completed")
    if result is ProcessResult.PROCESS_RESULT_OK:
        negative = [capability for capability, member in found if member in _NEGATIVE]
        if negative:
            fields = ", ".join(f"{c.field}={c.value}" for c in negative)
            return verdict(Decision.NEEDS_REVIEW, f"PROCESS_RESULT_OK contradicted by {fields}")
        return verdict(Decision.APPROVED, "finished with PROCESS_RESULT_OK")
    return verdict(Decision.NEEDS_REVIEW, f"finished with {result_text} (the process has not finished?)")


# --- IDUnico + IDCheck --------------------------------------------------------------------------------------------


def _idcheck_capabilities(process: IdCheckProcess | CreatedIdCheckProcess) -> tuple[CapabilityResult, ...]:
    found: list[CapabilityResult] = []
    unico_id = None if isinstance(process.unico_id, Unset) else process.unico_id.result
    if unico_id is not None and not isinstance(unico_id, Unset):
        found.append(CapabilityResult("unico_id", "unicoId.result", _value(unico_id), known=unico_id.is_known))
    if not isinstance(process.liveness, Unset):
        liveness = process.liveness
        found.append(CapabilityResult("liveness", "liveness", liveness.name, known=liveness.is_known))
    if not isinstance(process.score, Unset):
        found.append(CapabilityResult("score", "score", None, float(process.score)))
    return tuple(found)


def decide_idcheck(process: IdCheckProcess | CreatedIdCheckProcess) -> Verdict:
    """The decision for an IDUnico + IDCheck process (``GET /processes/v1/{id}``, or the creation's answer, which
    is already final for synchronous capabilities): only status 3 (finished) is
    decidable; 1 (processing) and 2 (divergence) → ``PENDING``; 4 → ``CANCELED``; 5 → ``ERROR``; a status the
    spec does not list → ``NEEDS_REVIEW``. In status 3: a value the spec does not list → ``NEEDS_REVIEW``;
    liveness failed or ``unicoId.result`` no → ``REJECTED``; yes with liveness passed → ``APPROVED``;
    inconclusive (the score, when present, is listed) or a missing result → ``NEEDS_REVIEW``. Pure."""
    status = process.status
    status_text = str(status.value)
    capabilities = _idcheck_capabilities(process)

    def verdict(decision: Decision, reason: str) -> Verdict:
        return Verdict(decision, reason, status_text, None, capabilities)

    if not status.is_known:
        return verdict(Decision.NEEDS_REVIEW, f"status {status_text} is not one the spec lists")
    if status in (IdCheckStatus.PROCESSING, IdCheckStatus.DIVERGENCE):
        return verdict(Decision.PENDING, f"not finished yet (status {status_text}, {status.name.lower()})")
    if status is IdCheckStatus.CANCELED:
        return verdict(Decision.CANCELED, "the process was canceled (status 4)")
    if status is IdCheckStatus.ERROR:
        return verdict(Decision.ERROR, "the process ended in error (status 5)")
    unknown = [c for c in capabilities if not c.known]
    if unknown:
        fields = ", ".join(f"{c.field}={c.value}" for c in unknown)
        return verdict(Decision.NEEDS_REVIEW, f"values the spec does not list: {fields}")
    unico_id = None if isinstance(process.unico_id, Unset) else process.unico_id.result
    liveness = None if isinstance(process.liveness, Unset) else process.liveness
    if liveness is IdCheckLiveness.FAILED:
        return verdict(Decision.REJECTED, "liveness failed (2)")
    if unico_id is UnicoIdResult.NO:
        return verdict(Decision.REJECTED, "unicoId.result is no")
    if unico_id is None or isinstance(unico_id, Unset) or liveness is None:
        return verdict(Decision.NEEDS_REVIEW, "finished without unicoId.result or liveness")
    if unico_id is UnicoIdResult.INCONCLUSIVE:
        return verdict(Decision.NEEDS_REVIEW, "unicoId.result is inconclusive")
    return verdict(Decision.APPROVED, "unicoId.result is yes and liveness passed")
