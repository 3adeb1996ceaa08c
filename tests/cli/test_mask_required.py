"""The CLI's JSON masking finds the key of a field the spec requires (to_dict always writes it, so it cannot be
learnt by leaving the field out): a required sensitive field is masked like an optional one."""

from __future__ import annotations

from unico_idcloud_client.models import Process, Selfie

from unico_idcloud.cli._mask import MASK, to_json
from unico_idcloud.testing import JPEG_SELFIE, Scenario, build_process, document_service


def test_a_required_sensitive_field_is_masked() -> None:
    selfie = Selfie.from_dict(JPEG_SELFIE.body())
    assert to_json(selfie) == {"fileContents": MASK, "contentType": "image/jpeg"}
    assert to_json(selfie, show_pii=True) == JPEG_SELFIE.body()


def test_masking_goes_through_required_nested_models() -> None:
    body = build_process(Scenario.DOCUMENT_CNH, services=[document_service("CNH")])
    data = to_json(Process.from_dict(body))
    assert data["id"] == Scenario.DOCUMENT_CNH and data["state"] == "PROCESS_STATE_FINISHED"
    assert data["authenticationInfo"] == body["authenticationInfo"]  # required, nothing personal in it
    assert data["person"]["duiValue"] == MASK and data["token"] == MASK
    assert data["services"][0]["documents"][0]["doc"]["data"]["nomeCivil"] == MASK
