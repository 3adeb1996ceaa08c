"""The ``unico-idcloud`` commands (click), printing with rich."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import anyio
import click

from .._account import ServiceAccount
from .._bulk import DEFAULT_CONCURRENCY
from .._client import AsyncIDCloud, IDCloud
from .._config import ClientOptions, settings_from_env
from .._decide import decide, decide_idcheck
from .._ratelimit import DEFAULT_RATE
from .._selfie import SelfieImage
from .._version import __version__
from .._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, MAX_INTERVAL
from ..errors import OutcomeUnknown, UnicoError
from . import _getmany, _writes
from ._exit import FILE_ERROR, INTERRUPTED, SOME_FAILED, UNEXPECTED, exit_code, table
from ._personal import HOW, OR, PERSONAL
from ._render import emit_json, show_idcheck, show_process, show_rows, show_verdict, stderr, to_json

EXIT_CODES = "\n".join(f"  {code:>2}  {meaning}" for code, meaning in table())


def fail(error: BaseException) -> NoReturn:
    """The error as one line on stderr, and its exit code; never a traceback."""
    if isinstance(error, OutcomeUnknown) and error.client_reference is not None:
        # The caller's own id, not personal data: what they reconcile by (README, "Safe writes").
        message, code = f"{error} (client reference {error.client_reference!r})", exit_code(error)
    elif isinstance(error, UnicoError):
        message, code = str(error), exit_code(error)
    elif isinstance(error, OSError):
        where = f": {error.filename}" if error.filename else ""
        message, code = f"{error.strerror or type(error).__name__}{where}", FILE_ERROR
    else:
        message, code = f"unexpected error ({type(error).__name__}); please report it", UNEXPECTED
    click.echo(f"unico-idcloud: {' '.join(message.split())}", err=True)  # one line, whatever a server sent
    raise click.exceptions.Exit(code)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, with what the user can do next (``hint``)."""

    def __init__(self, hint: str) -> None:
        super().__init__(hint)
        self.hint = hint


class Root(click.Group):
    """Turns every error of a command into one line and its exit code (Ctrl-C: 130, not click's "Aborted!")."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt as interrupt:
            # A write interrupted mid-send notes that its outcome is unknown (``_writes``): the user must know that.
            notes = " ".join(getattr(interrupt, "__notes__", ()))
            said = interrupt.hint if isinstance(interrupt, Interrupted) else notes
            hint = f": {said}" if said else ""
            click.echo(f"unico-idcloud: interrupted{hint}", err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None
        except Exception as error:
            fail(error)


# --- connection ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Connection:
    """Credentials and environment from the flags, falling back to the ``UNICO_*`` variables."""

    environment: str | None
    account_name: str | None
    tenant_id: str | None
    private_key_file: str | None
    api_key: str | None
    rate_limit: float

    def _options(self) -> tuple[ServiceAccount, ClientOptions]:
        settings = settings_from_env(
            environment=self.environment,
            account_name=self.account_name,
            tenant_id=self.tenant_id,
            private_key_file=self.private_key_file,
            api_key=self.api_key,
        )
        options: ClientOptions = {
            "environment": settings["environment"],
            "api_key": settings["api_key"],
            "rate_limit": self.rate_limit or None,
        }
        extra = _overrides()
        if "clock" in extra:
            options["clock"] = extra["clock"]
        return settings["account"], options

    def client(self) -> IDCloud:
        account, options = self._options()
        return IDCloud(account, **options, transport=_overrides().get("transport"))

    def async_client(self) -> AsyncIDCloud:
        account, options = self._options()
        return AsyncIDCloud(account, **options, transport=_overrides().get("async_transport"))


def _overrides() -> Mapping[str, Any]:
    """What a test gives the command line through ``obj`` (an in-process transport, a virtual clock)."""
    obj = click.get_current_context().find_root().obj
    return obj if isinstance(obj, Mapping) else {}


_CONNECTION_OPTIONS = (
    click.option(
        "--env",
        "environment",
        metavar="NAME|URL",
        help="Unico environment: uat, production, uat-cadastro or production-cadastro (the by Unico API on the "
        "api.cadastro hosts), or the base URL of a fake [UNICO_ENVIRONMENT; default uat].",
    ),
    click.option("--account-name", help="Service account name [UNICO_ACCOUNT_NAME]."),
    click.option("--tenant-id", help="Tenant id [UNICO_TENANT_ID]."),
    click.option(
        "--private-key-file",
        type=click.Path(dir_okay=False),
        help="The account's private key (PEM) [UNICO_PRIVATE_KEY_FILE, or the PEM itself in UNICO_PRIVATE_KEY].",
    ),
    click.option("--api-key", help="IDUnico + IDCheck APIKEY [UNICO_API_KEY]; prefer the variable."),
    click.option(
        "--rate-limit",
        type=click.FloatRange(min=0),
        default=DEFAULT_RATE,
        show_default=True,
        help="Requests per second (0: no limit).",
    ),
)


def connection(command: Callable[..., Any]) -> Callable[..., Any]:
    """Adds the connection options; the command receives them as ``conn``."""

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        environment: str | None,
        account_name: str | None,
        tenant_id: str | None,
        private_key_file: str | None,
        api_key: str | None,
        rate_limit: float,
        **kwargs: Any,
    ) -> Any:
        conn = Connection(environment, account_name, tenant_id, private_key_file, api_key, rate_limit)
        return command(*args, conn=conn, **kwargs)

    decorated: Callable[..., Any] = wrapper
    for option in reversed(_CONNECTION_OPTIONS):
        decorated = option(decorated)
    return decorated


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (machine-readable).")
pii_option = click.option(
    "--show-pii", is_flag=True, help="Show personal data (document numbers, names, OCR fields); masked by default."
)


# --- commands -----------------------------------------------------------------------------------------------------


@click.group(
    cls=Root,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=f"""Credentials come from the options or the UNICO_* variables (python -m unico_idcloud.testing serves a
fake and prints them). HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured. UNICO_LOG=debug (or info) logs each
request and retry to stderr. NO_COLOR turns styling off.

\b
Shell completion (bash; zsh and fish likewise, see the README):
  eval "$(_UNICO_IDCLOUD_COMPLETE=bash_source unico-idcloud)"

\b
Exit codes:
{EXIT_CODES}""",
)
@click.version_option(__version__, prog_name="unico-idcloud")
def cli() -> None:
    """Create and look at Unico IDCloud processes from a terminal (an independent client, not Unico's)."""


@cli.group()
def process() -> None:
    """by Unico processes: create, set-document, get, wait, decide, get-many."""


@process.command("get")
@click.argument("process_id", metavar="ID")
@json_option
@pii_option
@connection
def process_get(process_id: str, as_json: bool, show_pii: bool, conn: Connection) -> None:
    """Get Process: state, result, capability results and Unico's verdict."""
    with conn.client() as client:
        found = client.get_process(process_id)
    verdict = decide(found)
    if as_json:
        emit_json({**to_json(found, show_pii=show_pii), "verdict": verdict.to_dict()})
    else:
        show_process(found, verdict, show_pii=show_pii)


@process.command("wait")
@click.argument("process_id", metavar="ID")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_WAIT_TIMEOUT, show_default=True)
@click.option(
    "--poll-interval",
    type=click.FloatRange(min=0, min_open=True),
    default=FIRST_INTERVAL,
    show_default=True,
    help=f"First wait between polls; later ones grow to {MAX_INTERVAL:g} s.",
)
@json_option
@pii_option
@connection
def process_wait(
    process_id: str, timeout: float, poll_interval: float, as_json: bool, show_pii: bool, conn: Connection
) -> None:
    """Poll until the process is finished or failed (webhooks are the recommended way; this is the fallback)."""
    with conn.client() as client, stderr().status("waiting for the process to finish"):
        found = client.wait_for_result(
            process_id, timeout, first_interval=poll_interval, max_interval=max(MAX_INTERVAL, poll_interval)
        )
    verdict = decide(found)
    if as_json:
        emit_json({**to_json(found, show_pii=show_pii), "verdict": verdict.to_dict()})
    else:
        show_process(found, verdict, show_pii=show_pii)


@process.command("decide")
@click.argument("process_id", metavar="ID")
@json_option
@connection
def process_decide(process_id: str, as_json: bool, conn: Connection) -> None:
    """Unico's decision rules applied to the process: approved, rejected, retry, expired, pending or needs_review.
    Exits 0 whatever the verdict (read it from the output)."""
    with conn.client() as client:
        verdict = decide(client.get_process(process_id))
    if as_json:
        emit_json({"id": process_id, **verdict.to_dict()})
    else:
        show_verdict(verdict, process_id)


@process.command("get-many")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the JSON lines here (mode 0600) instead of stdout.",
)
@click.option("--resume", is_flag=True, help="Skip the ids already in --output and append to it.")
@click.option("--concurrency", type=click.IntRange(min=1), default=DEFAULT_CONCURRENCY, show_default=True)
@pii_option
@connection
def process_get_many(
    file: Path, output: Path | None, resume: bool, concurrency: int, show_pii: bool, conn: Connection
) -> None:
    """Get Process for every id in FILE (one per line; - for stdin): one JSON line per id, {"id", "ok",
    "process"} or {"id", "ok": false, "error"}, in the order they finish. Progress on stderr."""
    if resume and output is None:
        raise click.UsageError("--resume needs --output (the file to continue)")
    stdin = str(file) == "-"
    if output is not None and not stdin and _getmany.same_file(file, output):
        raise click.UsageError(f"{output} is the input file: write the output to another file")
    if output is not None and output.is_file() and output.stat().st_size and not resume:
        raise click.UsageError(f"{output} exists: add --resume to continue it, or remove it")
    skip = _getmany.done_ids(output) if resume and output is not None else set()
    tally = _getmany.Tally()
    total = None
    if not stdin:
        total = _getmany.count_ids(file, skip)
        tally.skipped = _getmany.count_ids(file) - total
    source: AbstractContextManager[Iterable[str]]
    source = nullcontext(_getmany.stdin_lines()) if stdin else file.open(encoding="utf-8")  # stdin is not ours
    try:
        with source as lines, _getmany.open_output(output, resume) as out:
            ids = _getmany.read_ids(lines, skip, name="<stdin>" if stdin else str(file))

            async def main() -> None:
                async with conn.async_client() as client:
                    await _getmany.run(
                        client, ids, out, total=total, concurrency=concurrency, show_pii=show_pii, tally=tally
                    )

            try:
                anyio.run(main)
            except BaseException as stopped:
                # Ctrl-C reaches here bare, or inside the task group's exception group.
                interrupted = isinstance(stopped, KeyboardInterrupt) or (
                    isinstance(stopped, BaseExceptionGroup) and stopped.subgroup(KeyboardInterrupt) is not None
                )
                if not interrupted:
                    raise
                if output is None:
                    raise Interrupted(
                        "the lines printed so far are complete; use --output to be able to --resume"
                    ) from None
                raise Interrupted(f"{output} holds every id finished so far; add --resume to continue") from None
    except (BaseExceptionGroup, BrokenPipeError) as caught:
        # A worker's error comes in a group (stdin turned out not to be UTF-8): report the error itself. A closed
        # pipe (| head -1) is one line and exit 15, without the interpreter's own complaint at exit.
        error = _getmany.first_leaf(caught)
        if isinstance(error, BrokenPipeError):
            _getmany.quiet_broken_stdout()
        fail(error)
    skipped = f", {tally.skipped} skipped (already in {output})" if tally.skipped else ""
    stderr().print(f"{tally.ok + tally.failed} ids: {tally.ok} processes, {tally.failed} errors{skipped}")
    if tally.failed:
        raise click.exceptions.Exit(SOME_FAILED)


_writes.register(process, cli, connection, json_option, pii_option)


@cli.group()
def selfie() -> None:
    """Selfies of by Unico processes."""


@selfie.command("get")
@click.argument("process_id", metavar="ID")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Where to save the image."
)
@json_option
@connection
def selfie_get(process_id: str, output: Path, as_json: bool, conn: Connection) -> None:
    """Save the selfie (written atomically, mode 0600), checked against its content type."""
    with conn.client() as client:
        image: SelfieImage = client.save_selfie(process_id, output)
    if output.suffix.lower() not in (image.extension, ".jpeg" if image.extension == ".jpg" else image.extension):
        stderr().print(f"note: the image is {image.content_type}; {output.name} says otherwise")
    if as_json:
        emit_json(
            {"id": process_id, "path": str(output), "content_type": image.content_type, "bytes": len(image.content)}
        )
    else:
        show_rows([("saved", str(output)), ("type", image.content_type), ("size", f"{len(image.content)} bytes")])


@cli.group()
def idcheck() -> None:
    """IDUnico + IDCheck processes (needs UNICO_API_KEY)."""


@idcheck.command("get")
@click.argument("process_id", metavar="ID")
@json_option
@connection
def idcheck_get(process_id: str, as_json: bool, conn: Connection) -> None:
    """Get Process (IDUnico + IDCheck): status, unicoId, liveness, score and the verdict."""
    with conn.client() as client:
        found = client.get_idcheck_process(process_id)
    verdict = decide_idcheck(found)
    if as_json:
        emit_json({**to_json(found), "verdict": verdict.to_dict()})
    else:
        show_idcheck(found, verdict)


@idcheck.command("create")
@click.option("--cpf", required=True, type=PERSONAL, help=f"The person's CPF, digits only (subject.code; {HOW}).")
@click.option("--name", required=True, type=PERSONAL, help=f"The person's full name (subject.name; {OR}).")
@click.option(
    "--image",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A JPEG, PNG or WebP selfie (at least 640 x 480, at most 800 KB as base64).",
)
@click.option(
    "--sdk-token-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file holding the encrypted JWT Unico's SDK produced (valid 10 minutes, once).",
)
@json_option
@connection
def idcheck_create(
    cpf: str, name: str, image: Path | None, sdk_token_file: Path | None, as_json: bool, conn: Connection
) -> None:
    """Create Process (IDUnico + IDCheck, by Client) from a captured selfie; shown as idcheck get shows it. Never
    resent after a 5xx or a timeout: check with idcheck get before creating again."""
    if (image is None) == (sdk_token_file is None):
        raise click.UsageError("give exactly one of --image and --sdk-token-file")
    selfie: str | bytes = image.read_bytes() if image is not None else _read_token(sdk_token_file)
    with conn.client() as client:
        created = client.create_idcheck_process(cpf=cpf, name=name, image=selfie)
    if as_json:
        emit_json(to_json(created))
    else:
        show_idcheck(created, decide_idcheck(created))


def _read_token(path: Path | None) -> str:
    assert path is not None
    return path.read_text(encoding="utf-8").strip()


@cli.group()
def auth() -> None:
    """The service account."""


@auth.command("check")
@json_option
@connection
def auth_check(as_json: bool, conn: Connection) -> None:
    """Get an access token and print when it expires (never the token)."""
    with conn.client() as client:
        token = client.access_token()
        account = client._config.account
        environment = client.environment.name
    facts = {
        "environment": environment,
        "account": None if account is None else account.name,
        "tenant_id": None if account is None else account.tenant_id,
        "expires_at": token.expires_at.isoformat(),
        "expires_in": round(token.expires_in),
    }
    if as_json:
        emit_json(facts)
    else:
        show_rows([("token", "ok"), *((key.replace("_", " "), value) for key, value in facts.items())])
