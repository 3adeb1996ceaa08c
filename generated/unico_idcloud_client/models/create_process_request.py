from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_flow import ProcessFlow
from ..models.process_purpose import ProcessPurpose
from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="CreateProcessRequest")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "callbackUri",
        "flow",
        "purpose",
        "person",
        "clientReference",
        "companyBranchId",
        "bioTokenId",
        "useCase",
        "expiresIn",
        "flow_config",
        "payload",
    )
)


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["callbackUri"] = self.callback_uri
        field_dict["flow"] = self.flow.value
        field_dict["purpose"] = self.purpose.value
        person = self.person
        if not isinstance(person, Unset):
            field_dict["person"] = person.to_dict()
        client_reference = self.client_reference
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        company_branch_id = self.company_branch_id
        if company_branch_id is not UNSET:
            field_dict["companyBranchId"] = company_branch_id
        bio_token_id = self.bio_token_id
        if bio_token_id is not UNSET:
            field_dict["bioTokenId"] = bio_token_id
        use_case = self.use_case
        if use_case is not UNSET:
            field_dict["useCase"] = use_case
        expires_in = self.expires_in
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        flow_config = self.flow_config
        if not isinstance(flow_config, Unset):
            field_dict["flow_config"] = flow_config.to_dict()
        payload = self.payload
        if not isinstance(payload, Unset):
            field_dict["payload"] = [_item.to_dict() for _item in payload]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        callback_uri = src_dict["callbackUri"]
        if not isinstance(callback_uri, str):
            raise TypeError("CreateProcessRequest.callbackUri is not a string")

        _flow__raw = src_dict["flow"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            flow = _process_flow_members[_flow__raw]
        except (KeyError, TypeError):
            if not isinstance(_flow__raw, str):
                raise TypeError("CreateProcessRequest.flow is not a string") from None
            flow = ProcessFlow(_flow__raw)

        _purpose__raw = src_dict["purpose"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            purpose = _process_purpose_members[_purpose__raw]
        except (KeyError, TypeError):
            if not isinstance(_purpose__raw, str):
                raise TypeError("CreateProcessRequest.purpose is not a string") from None
            purpose = ProcessPurpose(_purpose__raw)

        person: CreateProcessPerson | Unset
        _person = src_dict.get("person", UNSET)
        if _person is UNSET:
            person = UNSET
        else:
            person = _parse_create_process_person(_person)

        client_reference = src_dict.get("clientReference", UNSET)
        if client_reference is not UNSET and not isinstance(client_reference, str):
            raise TypeError("CreateProcessRequest.clientReference is not a string")

        company_branch_id = src_dict.get("companyBranchId", UNSET)
        if company_branch_id is not UNSET and not isinstance(company_branch_id, str):
            raise TypeError("CreateProcessRequest.companyBranchId is not a string")

        bio_token_id = src_dict.get("bioTokenId", UNSET)
        if bio_token_id is not UNSET and not isinstance(bio_token_id, str):
            raise TypeError("CreateProcessRequest.bioTokenId is not a string")

        use_case = src_dict.get("useCase", UNSET)
        if use_case is not UNSET and not isinstance(use_case, str):
            raise TypeError("CreateProcessRequest.useCase is not a string")

        expires_in = src_dict.get("expiresIn", UNSET)
        if expires_in is not UNSET and not isinstance(expires_in, str):
            raise TypeError("CreateProcessRequest.expiresIn is not a string")

        flow_config: FlowConfig | Unset
        _flow_config = src_dict.get("flow_config", UNSET)
        if _flow_config is UNSET:
            flow_config = UNSET
        else:
            flow_config = _parse_flow_config(_flow_config)

        payload: list[SignaturePayload] | Unset
        _payload = src_dict.get("payload", UNSET)
        if _payload is UNSET:
            payload = UNSET
        else:
            _payload__raw = _payload
            if not isinstance(_payload__raw, list):
                raise TypeError("CreateProcessRequest.payload is not an array")
            payload = [_parse_signature_payload(_item) for _item in _payload__raw]

        if cls is CreateProcessRequest:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            create_process_request = _new_object(cls)
            create_process_request.callback_uri = callback_uri
            create_process_request.flow = flow
            create_process_request.purpose = purpose
            create_process_request.person = person
            create_process_request.client_reference = client_reference
            create_process_request.company_branch_id = company_branch_id
            create_process_request.bio_token_id = bio_token_id
            create_process_request.use_case = use_case
            create_process_request.expires_in = expires_in
            create_process_request.flow_config = flow_config
            create_process_request.payload = payload
            create_process_request.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            create_process_request = cls(
                callback_uri,
                flow,
                purpose,
                person,
                client_reference,
                company_branch_id,
                bio_token_id,
                use_case,
                expires_in,
                flow_config,
                payload,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            create_process_request.additional_properties = _extra
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

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_create_process_person = CreateProcessPerson.from_dict
_parse_flow_config = FlowConfig.from_dict
_process_flow_members = cast("dict[object, ProcessFlow]", ProcessFlow._value2member_map_)
_process_purpose_members = cast("dict[object, ProcessPurpose]", ProcessPurpose._value2member_map_)
_parse_signature_payload = SignaturePayload.from_dict
