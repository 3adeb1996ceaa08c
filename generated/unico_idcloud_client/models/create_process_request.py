from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_flow import ProcessFlow
from ..models.process_purpose import ProcessPurpose
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="CreateProcessRequest")


@_attrs_define
class CreateProcessRequest:
    """The body of Create Process. Some fields are required by certain flows only: person.email and payload for electronic-
    signature flows, bioTokenId for idtoken, useCase for idsmart.

        Attributes:
            callback_uri (str): Where the user is sent at the end of the journey: an https URL, an app scheme URL registered
                in your mobile app (br.com.app://callback), or "/" for no redirect (native SDK and message flows).
            flow (ProcessFlow): The journey to run; it decides which capabilities run (see Unico's flow overview). The list
                is open: Unico adds flows, and a tenant may have custom ones.
            purpose (ProcessPurpose): The business purpose of the process.
            person (CreateProcessPerson | Unset): The person the process is created for.
            client_reference (str | Unset): Your own identifier for the process, an index in Unico's portal (a foreign key
                to your system). Unico offers no lookup by it: keep the process id it answers.
            company_branch_id (str | Unset): The branch the process belongs to; only needed when the service account has
                several.
            bio_token_id (str | Unset): For idtoken flows (required there), the id of a finished process of another flow.
            use_case (str | Unset): The use case; required for the idsmart flow.
            expires_in (str | Unset): How long the process stays open, in seconds with a trailing "s" (e.g. "3600s");
                default 7 days.
            flow_config (FlowConfig | Unset): Settings of the journey.
            payload (list[SignaturePayload] | Unset): Electronic-signature flows only (required there).
    """

    callback_uri: str
    flow: ProcessFlow
    purpose: ProcessPurpose
    person: CreateProcessPerson | Unset = UNSET
    client_reference: str | Unset = UNSET
    company_branch_id: str | Unset = UNSET
    bio_token_id: str | Unset = UNSET
    use_case: str | Unset = UNSET
    expires_in: str | Unset = UNSET
    flow_config: FlowConfig | Unset = UNSET
    payload: list[SignaturePayload] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        callback_uri = self.callback_uri

        flow = self.flow.value

        purpose = self.purpose.value

        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()

        client_reference = self.client_reference

        company_branch_id = self.company_branch_id

        bio_token_id = self.bio_token_id

        use_case = self.use_case

        expires_in = self.expires_in

        flow_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_config, Unset):
            flow_config = self.flow_config.to_dict()

        payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = []
            for payload_item_data in self.payload:
                payload_item = payload_item_data.to_dict()
                payload.append(payload_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callbackUri": callback_uri,
                "flow": flow,
                "purpose": purpose,
            }
        )
        if person is not UNSET:
            field_dict["person"] = person
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        if company_branch_id is not UNSET:
            field_dict["companyBranchId"] = company_branch_id
        if bio_token_id is not UNSET:
            field_dict["bioTokenId"] = bio_token_id
        if use_case is not UNSET:
            field_dict["useCase"] = use_case
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if flow_config is not UNSET:
            field_dict["flow_config"] = flow_config
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        callback_uri = d.pop("callbackUri")

        flow = ProcessFlow.from_value(d.pop("flow"))

        purpose = ProcessPurpose.from_value(d.pop("purpose"))

        _person = d.pop("person", UNSET)
        person: CreateProcessPerson | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = CreateProcessPerson.from_dict(_person)

        client_reference = d.pop("clientReference", UNSET)

        company_branch_id = d.pop("companyBranchId", UNSET)

        bio_token_id = d.pop("bioTokenId", UNSET)

        use_case = d.pop("useCase", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        _flow_config = d.pop("flow_config", UNSET)
        flow_config: FlowConfig | Unset
        if isinstance(_flow_config, Unset):
            flow_config = UNSET
        else:
            flow_config = FlowConfig.from_dict(_flow_config)

        _payload = d.pop("payload", UNSET)
        payload: list[SignaturePayload] | Unset = UNSET
        if _payload is not UNSET:
            payload = []
            for payload_item_data in _payload:
                payload_item = SignaturePayload.from_dict(payload_item_data)

                payload.append(payload_item)

        create_process_request = cls(
            callback_uri=callback_uri,
            flow=flow,
            purpose=purpose,
            person=person,
            client_reference=client_reference,
            company_branch_id=company_branch_id,
            bio_token_id=bio_token_id,
            use_case=use_case,
            expires_in=expires_in,
            flow_config=flow_config,
            payload=payload,
        )

        create_process_request.additional_properties = d
        return create_process_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, once: models refer to each other (an import at the top could be circular), and an
# import inside from_dict ran on every call.
from ..models.create_process_person import CreateProcessPerson  # noqa: E402
from ..models.flow_config import FlowConfig  # noqa: E402
from ..models.signature_payload import SignaturePayload  # noqa: E402
