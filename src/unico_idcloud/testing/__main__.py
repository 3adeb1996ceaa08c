"""``python -m unico_idcloud.testing`` (``make mock``): serve the fake on 127.0.0.1 and print credentials."""

from __future__ import annotations

import argparse
import json
import shlex
import signal
import threading
from types import FrameType

from ._accounts import generate_service_account, write_private_key
from ._bodies import FAKE_CPF, FAKE_NAME
from ._catalogue import IdCheckScenario, Scenario
from ._fake import FakeUnico
from ._server import FakeServer
from ._webhooks import WebhookCredentials


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)  # runs the cleanup below (the private key file is deleted)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m unico_idcloud.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--rate-limit", type=int, default=10, help="requests per second per tenant (0: off)")
    parser.add_argument(
        "--finish-after",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="a process created with a person finishes OK this long after its creation (default 60; 0: never)",
    )
    hooks = parser.add_argument_group("webhooks (sent when a process finishes)")
    hooks.add_argument("--webhook-url", help="POST the process-finished notification here")
    kind = hooks.add_mutually_exclusive_group()
    kind.add_argument("--webhook-basic", metavar="USER:PASS", help="send Basic credentials")
    kind.add_argument("--webhook-api-key", metavar="HEADER:VALUE", help="send an API key (no colon: raw Authorization)")
    kind.add_argument("--webhook-bearer", metavar="TOKEN", help="send Authorization: Bearer TOKEN")
    hooks.add_argument("--webhook-attempts", type=int, default=5, help="attempts per notification (default 5)")
    hooks.add_argument("--webhook-interval", type=float, default=1.0, help="first retry after this many seconds")
    return parser.parse_args(argv)


def webhook_credentials(args: argparse.Namespace) -> WebhookCredentials:
    if args.webhook_basic:
        return WebhookCredentials.basic(args.webhook_basic)
    if args.webhook_api_key:
        return WebhookCredentials.api_key(args.webhook_api_key)
    if args.webhook_bearer:
        return WebhookCredentials.bearer(args.webhook_bearer)
    return WebhookCredentials.none()


# A body Create Process accepts: the docs' example CPF, a fake name; created with a person, it starts CREATED.
EXAMPLE_CREATION = {
    "callbackUri": "/",
    "flow": "idlive",
    "purpose": "creditprocess",
    "clientReference": "make-mock-example",
    "person": {"duiType": "DUI_TYPE_BR_CPF", "duiValue": FAKE_CPF, "friendlyName": FAKE_NAME},
}
NEW_TOKEN = 'python -c "from unico_idcloud import IDCloud; print(IDCloud.from_env().access_token().value)"'


def creation_curl(url: str) -> str:
    """A ready ``curl`` line that creates a process on the fake at ``url`` with the token in ``$UNICO_TOKEN``."""
    body = shlex.quote(json.dumps(EXAMPLE_CREATION, separators=(",", ":")))
    return (
        f'curl -s -X POST {url}/client/v1/process -H "Authorization: Bearer $UNICO_TOKEN" '
        f"-H 'Content-Type: application/json' -d {body}"
    )


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    fake = FakeUnico(rate_limit=args.rate_limit or None)
    fake.finish_created_after = args.finish_after or None
    webhook = "off (--webhook-url URL)"
    if args.webhook_url:
        auth = webhook_credentials(args)
        fake.register_webhook(
            args.webhook_url, auth=auth, max_attempts=args.webhook_attempts, interval=args.webhook_interval
        )
        webhook = f"{args.webhook_url} ({auth.kind} credentials, {args.webhook_attempts} attempts)"
    account = fake.add_service_account(generate_service_account(name="fake-account", tenant_id="fake-tenant"))
    key_path = write_private_key(account)
    server = FakeServer(fake, port=args.port, log_level="info")
    server.start()
    fake.token_host = server.url  # so that a client given just this URL (Environment.from_url) signs the right aud
    token = fake.issue_token(account)  # fake test data, like the key file printed below
    finishing = f"OK {args.finish_after:g} s after" if args.finish_after else "only when it expires (--finish-after)"
    print(
        f"""Fake Unico IDCloud (not Unico; test data only) at {server.url}

  token endpoint     POST {server.url}/oauth2/token   (assertion aud must be {fake.token_host})
  by Unico base URL  {server.url}   (POST /client/v1/process; GET /client/v1/process/{{id}}, .../selfie,
                     .../evidenceset; POST .../document)
  IDCheck base URL   {server.url}   (GET /processes/v1/{{id}}, header APIKEY)

  account name       {account.name}
  tenant id          {account.tenant_id}
  iss                {account.issuer}
  private key (PEM)  {key_path}
  APIKEY             {fake.api_key}

  for IDCloud.from_env() (and the unico-idcloud command line), in another terminal:
    export UNICO_ACCOUNT_NAME={account.name} UNICO_TENANT_ID={account.tenant_id} \\
      UNICO_PRIVATE_KEY_FILE={key_path} UNICO_ENVIRONMENT={server.url} UNICO_API_KEY={fake.api_key}

  create a process (paste both lines; the token is valid {fake.authority.token_lifetime // 60} minutes):
    export UNICO_TOKEN={token}
    {creation_curl(server.url)}
  a new token, after the exports above:
    export UNICO_TOKEN=$({NEW_TOKEN})
  it finishes {finishing}, then sends the webhook; its evidence set is there
  for two hours after (GET .../process/{{id}}/evidenceset). Without "person" it awaits a document
  (POST .../process/{{id}}/document {{"duiType":"DUI_TYPE_BR_CPF","duiValue":"..."}}).

  a finished process       {Scenario.FINISHED_OK}
  finishes on 3rd read     {Scenario.FINISHES_AFTER_POLLS}   (then sends the webhook)
  finishes 30 s from now   {Scenario.FINISHES_AFTER_SECONDS}   (then sends the webhook)
  webhook                  {webhook}
  an IDCheck process       {IdCheckScenario.SUCCESS}
  (all seeded scenarios: unico_idcloud.testing.Scenario / IdCheckScenario)

Ctrl-C to stop.""",
        flush=True,
    )
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        fake.close()
        key_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
