"""``make contract`` and ``make contract-sandbox``: the schemathesis CLI, under schemathesis.toml, printing its own
summary and writing its JUnit report to reports/; then the tally guard (every operation must have answered enough
200s for a body to have been checked).

    python -m tests.contract.run_contract fake [--unlimited] [schemathesis run options ...]
    python -m tests.contract.run_contract sandbox [schemathesis run options ...]

``fake``: a fresh fake Unico on a free 127.0.0.1 port (started and stopped here), at its default 10 requests/s, with
a registered service account whose token the runtime (``IDCloud``) obtains from the fake's token endpoint.
``--unlimited`` gives the fake no rate limit and sends unpaced (the test of this script uses it).

``sandbox``: Unico UAT, with the ``UNICO_*`` variables ``IDCloud.from_env`` reads and ``UNICO_PROCESS_IDS`` (known
process ids, comma or space separated; ``UNICO_IDCHECK_PROCESS_IDS`` for IDUnico + IDCheck if they differ). Without
``UNICO_API_KEY`` the IDUnico + IDCheck operation is left out. It runs the by Unico operations against
``api.idcloud.uat`` and then IDUnico + IDCheck against ``api.id.uat``, one after the other. It refuses any
``UNICO_ENVIRONMENT`` but UAT, except a fake Unico on this machine (``http://127.0.0.1:PORT``, as ``make mock``
serves it), which is how the sandbox run itself is tried without Unico.

The sandbox run sends no write (Create Process, Set Process Document, the IDCheck creation) unless
``UNICO_CONTRACT_WRITES=1``: every
creation in UAT is a real process (and a document, once set, cannot be changed). It says which way it ran.

Both pace requests at PACE, under the 10 requests per second per tenant Unico (and the fake) allow. The CLI runs in
this process, so the token never appears on a command line; schemathesis masks ``Authorization`` and ``APIKEY`` in
what it prints and reports, and nothing here prints either.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from schemathesis.cli import handler
from schemathesis.cli import schemathesis as schemathesis_cli
from schemathesis.cli.commands.run.handlers import EventHandler
from schemathesis.engine import events

from tests.spec_file import SPEC_PATH
from unico_idcloud import Environment, IDCloud
from unico_idcloud.errors import UnicoError
from unico_idcloud.testing import FakeServer, FakeUnico, generate_service_account

from .schemathesis_support import CONFIG_PATH, MIN_OK_ANSWERS, OPERATIONS, ROOT, Tally, fake_environment

PACE = "8/s"
SANDBOX_MIN_OK_ANSWERS = 1  # the sandbox's ids are whatever the maintainer has: one body checked per operation
SANDBOX_ENVIRONMENTS = ("uat", "uat-cadastro")
BY_UNICO = ("getProcess", "getSelfie", "getEvidenceSet")
WRITES = ("createProcess", "setProcessDocument")
IDCHECK = ("getIdCheckProcess",)
IDCHECK_WRITES = ("createIdcheckProcess",)
WRITES_SWITCH = "UNICO_CONTRACT_WRITES"

# The tally of the run in progress (the CLI builds its handlers itself, so the handler finds it here).
_CURRENT = [Tally()]


@handler()
class _Tally(EventHandler[Any]):
    """Counts every answer of the CLI run in the current tally."""

    def __init__(self, *args: Any, **params: Any) -> None:
        pass

    def handle_event(self, ctx: Any, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            _CURRENT[0].record_scenario(event.recorder)


def schemathesis_run(base_url: str, headers: Mapping[str, str], options: Sequence[str], config: Path) -> int:
    """``schemathesis --config-file CONFIG run spec/openapi.json --url BASE_URL ...`` in this process; its exit code."""
    args = ["--config-file", str(config), "run", str(SPEC_PATH), "--url", base_url, "--workers", "1"]
    for name, value in headers.items():
        args += ["--header", f"{name}: {value}"]
    try:
        schemathesis_cli.main(args=[*args, *options], prog_name="schemathesis", standalone_mode=False)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def verdict(status: int, tally: Tally, operation_ids: Sequence[str], minimum: int) -> int:
    """The run's exit code: schemathesis' own, or 1 when an operation answered too few 200s."""
    print("\nAnswers by operation and status (unico-idcloud tally):")
    print(tally.table() or "  none")
    problems = tally.problems([OPERATIONS[op] for op in operation_ids], minimum)
    if problems:
        print("\nThe run tested too little (no body, or too few bodies, were checked):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return status or 1
    return status


# --- make contract ----------------------------------------------------------------------------------------------


def run_fake(options: Sequence[str]) -> int:
    tally = _CURRENT[0] = Tally()
    unlimited = "--unlimited" in options
    options = [option for option in options if option != "--unlimited"]
    fake = FakeUnico(rate_limit=None) if unlimited else FakeUnico()
    account = fake.add_service_account(generate_service_account(name="contract-account"))
    # uvicorn would log each probe schemathesis sends to learn what the server accepts (a NULL byte in a header).
    with FakeServer(fake, log_level="error") as server:
        print(f"Fake Unico on {server.url} ({'no rate limit' if unlimited else 'the default 10 requests/s'})")
        with IDCloud(account, environment=fake_environment(fake, server.url), rate_limit=None) as client:
            token = client.access_token().value
        headers = {"Authorization": f"Bearer {token}", "APIKEY": fake.api_key}
        pace = [] if unlimited else ["--rate-limit", PACE]
        status = schemathesis_run(server.url, headers, [*pace, *options], CONFIG_PATH)
    return verdict(status, tally, [*BY_UNICO, *WRITES, *IDCHECK, *IDCHECK_WRITES], MIN_OK_ANSWERS)


# --- make contract-sandbox --------------------------------------------------------------------------------------


def missing_sandbox_settings(environ: Mapping[str, str]) -> list[str]:
    """The variables ``make contract-sandbox`` needs and ``environ`` lacks."""
    missing = [name for name in ("UNICO_ACCOUNT_NAME", "UNICO_TENANT_ID") if not environ.get(name)]
    if not environ.get("UNICO_PRIVATE_KEY_FILE") and not environ.get("UNICO_PRIVATE_KEY"):
        missing.append("UNICO_PRIVATE_KEY_FILE (or UNICO_PRIVATE_KEY)")
    if not environ.get("UNICO_PROCESS_IDS"):
        missing.append("UNICO_PROCESS_IDS")
    return missing


def _is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost")


def process_ids(value: str) -> list[str]:
    """Comma- or space-separated UUIDs; anything else is refused (without echoing it)."""
    ids = [item for item in re.split(r"[\s,]+", value) if item]
    for position, item in enumerate(ids, 1):
        try:
            uuid.UUID(item)
        except ValueError:
            raise SystemExit(f"UNICO_PROCESS_IDS: item {position} is not a UUID") from None
    return [str(uuid.UUID(item)) for item in ids]


def config_with_ids(by_unico: Sequence[str], idcheck: Sequence[str], source: Path = CONFIG_PATH) -> str:
    """schemathesis.toml with the sandbox's known ids instead of the fake's seeded ones (Set Process Document, when
    writes are on, tries the known by Unico ids: the fake's seeded process awaiting a document is not in UAT)."""
    text = source.read_text(encoding="utf-8")
    replacements = (
        ("by-unico-process-ids", by_unico),
        ("awaiting-process-ids", by_unico),
        ("idcheck-process-ids", idcheck),
    )
    for name, ids in replacements:
        values = "[\n" + "".join(f'    "{pid}",\n' for pid in ids) + "]"
        text, count = re.subn(
            rf"(\[dictionaries\.{name}\]\nvalues = )\[.*?\n\]", lambda m, v=values: m.group(1) + v, text, flags=re.S
        )
        if count != 1:
            raise RuntimeError(f"schemathesis.toml has no [dictionaries.{name}] values list to replace")
    return text


def sandbox_writes(environ: Mapping[str, str]) -> tuple[str, ...]:
    """The by Unico writes the sandbox run may send: none unless UNICO_CONTRACT_WRITES=1 (the IDCheck creation
    follows the same switch); says which, either way."""
    every_write = ", ".join((*WRITES, *IDCHECK_WRITES))
    if environ.get(WRITES_SWITCH, "").strip() == "1":
        print(
            f"{WRITES_SWITCH}=1: the writes ({every_write}) are tested too; every process they create in UAT "
            "is a real one"
        )
        return WRITES
    print(
        f"No write was sent ({every_write} left out): every creation in UAT is a real process. "
        f"Set {WRITES_SWITCH}=1 to test the writes too."
    )
    return ()


def run_sandbox(options: Sequence[str], environ: Mapping[str, str] = os.environ) -> int:
    missing = missing_sandbox_settings(environ)
    if missing:
        print(
            "make contract-sandbox runs the contract against Unico UAT and needs: " + ", ".join(missing) + "\n"
            "(optional: UNICO_API_KEY for IDUnico + IDCheck, UNICO_IDCHECK_PROCESS_IDS, UNICO_ENVIRONMENT=uat)",
            file=sys.stderr,
        )
        return 2
    environment = (environ.get("UNICO_ENVIRONMENT") or "uat").strip().lower()
    if environment not in SANDBOX_ENVIRONMENTS and not _is_loopback(environment):
        print(
            f"make contract-sandbox only runs against UAT ({', '.join(SANDBOX_ENVIRONMENTS)}), or a fake Unico on "
            "this machine (UNICO_ENVIRONMENT=http://127.0.0.1:PORT, as `make mock` serves it)",
            file=sys.stderr,
        )
        return 2
    by_unico_ids = process_ids(environ["UNICO_PROCESS_IDS"])
    idcheck_ids = process_ids(environ.get("UNICO_IDCHECK_PROCESS_IDS") or environ["UNICO_PROCESS_IDS"])
    try:
        with IDCloud.from_env(dict(environ), rate_limit=None) as client:
            token = client.access_token().value
            env: Environment = client.environment
    except UnicoError as exc:
        print(f"make contract-sandbox could not get an access token: {exc}", file=sys.stderr)
        return 2
    tally = _CURRENT[0] = Tally()
    pace = ["--rate-limit", PACE]
    bearer = {"Authorization": f"Bearer {token}"}
    writes = sandbox_writes(environ)
    operations = [*BY_UNICO, *writes]
    api_key = environ.get("UNICO_API_KEY")
    with tempfile.TemporaryDirectory(prefix="unico-contract-") as scratch:
        config = Path(scratch) / "schemathesis.toml"
        config.write_text(config_with_ids(by_unico_ids, idcheck_ids), encoding="utf-8")
        by_unico_only = [arg for op in operations for arg in ("--include-operation-id", op)]
        status = schemathesis_run(env.api_url, bearer, [*pace, *by_unico_only, *options], config)
        if api_key:
            idcheck_operations = [*IDCHECK, *(IDCHECK_WRITES if writes else ())]
            idcheck_only = [arg for op in idcheck_operations for arg in ("--include-operation-id", op)]
            idcheck_headers = {**bearer, "APIKEY": api_key}
            idcheck_options = [*pace, *idcheck_only, *options]
            status = max(status, schemathesis_run(env.idcheck_url, idcheck_headers, idcheck_options, config))
            operations += idcheck_operations
        else:
            print("UNICO_API_KEY is not set: IDUnico + IDCheck (getIdCheckProcess) was not tested")
    # A 200 from Set Process Document needs a UAT process awaiting a document (a Custom Flow that creates without
    # one): its answers are checked, but none needs to be a 200.
    must_answer_200 = [op for op in operations if op != "setProcessDocument"]
    return verdict(status, tally, must_answer_200, SANDBOX_MIN_OK_ANSWERS)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("fake", "sandbox"):
        print(__doc__, file=sys.stderr)
        return 2
    target, options = args[0], args[1:]
    here = Path.cwd()
    os.chdir(ROOT)  # schemathesis.toml's report paths are relative to the repository root
    try:
        return run_fake(options) if target == "fake" else run_sandbox(options)
    finally:
        os.chdir(here)


if __name__ == "__main__":
    sys.exit(main())
