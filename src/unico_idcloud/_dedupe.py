"""The webhook receiver's dedupe-store interface, as issue 9 defines it in ``unico_idcloud.webhooks._store``
(``ClaimStatus``, ``Claim``, ``DedupeStore``), copied here only until both branches are merged.

When merging: delete this module and import these three names from ``.webhooks._store`` instead (the receiver
compares ``claim.status is ClaimStatus.DONE``, so there must be one ``ClaimStatus``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable


class ClaimStatus(Enum):
    ACQUIRED = "acquired"  # the caller handles the notification, then completes or releases
    BUSY = "busy"  # another delivery of the same notification is being handled right now
    DONE = "done"  # handled already: acknowledge without handling again


@dataclass(frozen=True)
class Claim:
    status: ClaimStatus
    token: str | None = None  # set when ACQUIRED: pass it to complete() / release()


@runtime_checkable
class DedupeStore(Protocol):
    async def claim(self, key: str, *, lease: float) -> Claim:
        """Claim ``key`` for ``lease`` seconds unless it is done or validly claimed by someone else."""
        ...

    async def complete(self, key: str, token: str) -> None:
        """Mark ``key`` handled, if ``token`` still holds the claim."""
        ...

    async def release(self, key: str, token: str) -> None:
        """Give the claim up (handling failed), if ``token`` still holds it."""
        ...
