"""``python -m unico_idcloud.testing`` (``make mock``): serve the fake on 127.0.0.1 and print credentials."""

from __future__ import annotations

import argparse
import signal
import threading
from types import FrameType

from ._accounts import ServiceAccount
from ._fake import FakeUnico
from ._scenarios import IdCheckScenario, Scenario
from ._server import FakeServer


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)  # runs the cleanup below (the private key file is deleted)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m unico_idcloud.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--rate-limit", type=int, default=10, help="requests per second per tenant (0: off)")
    args = parser.parse_args(argv)

    fake = FakeUnico(rate_limit=args.rate_limit or None)
    account = fake.add_service_account(ServiceAccount.generate(account_name="fake-account", tenant_id="fake-tenant"))
    key_path = account.write_private_key()
    server = FakeServer(fake, port=args.port, log_level="info")
    server.start()
    fake.token_host = server.url  # so that a client given just this URL (Environment.from_url) signs the right aud
    print(
        f"""Fake Unico IDCloud (not Unico; test data only) at {server.url}

  token endpoint     POST {server.url}/oauth2/token   (assertion aud must be {fake.token_host})
  by Unico base URL  {server.url}   (GET /client/v1/process/{{id}}, /client/v1/process/{{id}}/selfie)
  IDCheck base URL   {server.url}   (GET /processes/v1/{{id}}, header APIKEY)

  account name       {account.account_name}
  tenant id          {account.tenant_id}
  iss                {account.issuer}
  private key (PEM)  {key_path}
  APIKEY             {fake.api_key}

  for IDCloud.from_env() (and the unico-idcloud command line), in another terminal:
    export UNICO_ACCOUNT_NAME={account.account_name} UNICO_TENANT_ID={account.tenant_id} \\
      UNICO_PRIVATE_KEY_FILE={key_path} UNICO_ENVIRONMENT={server.url} UNICO_API_KEY={fake.api_key}

  a finished process       {Scenario.FINISHED_OK}
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
        key_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
