"""Methods the fake does not serve: 405, and an `Allow` header that names exactly the methods it does serve.

Starlette answers HEAD on every GET route by itself; the spec has no HEAD operation, so the fake must refuse it
like any other method (schemathesis' `unsupported_method` and `allow_header_conformance` checks rely on it).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.spec_file import load_spec
from unico_idcloud.testing import IdCheckScenario, Scenario

from ._spec_check import SpecCheck
from .schemathesis_support import PENDING_OPERATIONS

SPEC = load_spec()
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
EXAMPLE_IDS = {"/processes/v1/{processId}": IdCheckScenario.SUCCESS.value}


def _served(item: dict[str, Any]) -> set[str]:
    """The methods of a spec path the fake serves: all but the operations schemathesis.toml leaves out for now."""
    return {m.upper() for m, op in item.items() if m in HTTP_METHODS and op["operationId"] not in PENDING_OPERATIONS}


# The spec paths with an operation the fake serves (until the fake implements the writes, their paths are left out).
SERVED_PATHS = {template: item for template, item in SPEC["paths"].items() if _served(item)}
PATHS = [
    (template.replace("{processId}", EXAMPLE_IDS.get(template, Scenario.FINISHED_OK.value)), methods)
    for template, item in SERVED_PATHS.items()
    if (methods := _served(item))
]


def test_every_spec_path_is_covered() -> None:
    assert len(PATHS) == len(SERVED_PATHS) == 7


@pytest.mark.parametrize(("path", "served"), PATHS, ids=[p for p, _ in PATHS])
@pytest.mark.parametrize("method", sorted(m.upper() for m in HTTP_METHODS))
def test_a_method_outside_the_spec_is_405_with_the_spec_methods_allowed(
    http_client: httpx.Client, idcheck_auth: dict[str, str], path: str, served: set[str], method: str
) -> None:
    response = http_client.request(method, path, headers=idcheck_auth)
    if method in served:
        # Served: a read answers 200; a write sent without a body is refused as one (400 code 3), not as a method.
        assert response.status_code == (400 if method == "POST" else 200)
        return
    assert response.status_code == 405
    assert set(response.headers["allow"].split(", ")) == served
    if method != "HEAD":  # a HEAD answer has no body
        assert response.json() == {"code": 12, "message": "Method Not Allowed"}


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
def test_the_token_endpoint_allows_post_only(http_client: httpx.Client, spec_check: SpecCheck, method: str) -> None:
    with spec_check.off_spec("the token endpoint is not in the spec, nor is its routing error"):
        response = http_client.request(method, "/oauth2/token")
    assert (response.status_code, response.headers["allow"]) == (405, "POST")
