from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_result import ProcessResult
from ..models.process_state import ProcessState
from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="Process")

_new_object = object.__new__

# The JSON keys the spec lists: any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    (
        "id",
        "authenticationInfo",
        "state",
        "flow",
        "callbackUri",
        "userRedirectUrl",
        "createdAt",
        "finishedAt",
        "purpose",
        "capacities",
        "services",
        "expiresAt",
        "token",
        "clientReference",
        "useCase",
        "person",
        "companyData",
        "bioTokenData",
        "result",
    )
)


@_attrs_define
class Process:
    """Process information from by Unico.

    Attributes:
        id (UUID): Process ID.
        authentication_info (AuthenticationInfo): Per-capability results. All fields are always returned regardless of
            the flow; capabilities not used in the flow return *_UNSPECIFIED.
        state (ProcessState): Process state. 'PROCESS_STATE_CREATED' - process created, the user has not completed the
            journey yet; 'AWAITING_FOR_DOCUMENT' - process created without an identification document, waiting for it to be
            set via Set Process Document (only when the Custom Flow allows an optional document; note the missing
            PROCESS_STATE_ prefix, a known naming inconsistency of the API); 'PROCESS_STATE_FINISHED' - journey completed,
            check result and authenticationInfo; 'PROCESS_STATE_FAILED' - processing error.
        flow (str | Unset): Flow used in the process.
        callback_uri (str | Unset): Callback URI.
        user_redirect_url (str | Unset): User redirect URL.
        created_at (datetime.datetime | Unset): Process creation date.
        finished_at (datetime.datetime | Unset): ISO 8601 timestamp when the process finished. Present only when state =
            PROCESS_STATE_FINISHED.
        purpose (str | Unset): Process purpose.
        capacities (list[str] | Unset): Process capacities.
        services (list[ProcessService] | Unset): Information of the use of documents or electronic signature or idcash.
        expires_at (datetime.datetime | Unset): Process expiration date.
        token (str | Unset): Signed token that contains the necessary parameters to initialize the by Unico web SDK,
            allowing integration via iFrame.
        client_reference (str | Unset): This is an optional identifier that will be used as an indexer in the portal and
            you can use it as a way to associate (foreign key) between your system and the IDCloud.
        use_case (str | Unset): This is the use case for smart revalidation.
        person (Person | Unset): The person the process was created for (identification provided on creation).
        company_data (CompanyData | Unset): Company information where the process was created. Refers to the
            'companyBranchId' field, used during process creation.
        bio_token_data (BioTokenData | Unset): Reference process information for the biometric token.
        result (ProcessResult | Unset): Verification outcome. Present only when state = PROCESS_STATE_FINISHED.
            'PROCESS_RESULT_OK' - all capabilities returned positive results; 'PROCESS_RESULT_INVALID_IDENTITY' - at least
            one capability returned a definitive negative (liveness refusal, 'inconclusive' in flows with only Identity
            Verification, prolonged divergence in flows with risk score, or identity refusal); 'PROCESS_RESULT_ERROR' -
            error during result processing, try the process again; 'PROCESS_RESULT_EXPIRED' - the process expired before the
            journey was completed; 'PROCESS_RESULT_UNSPECIFIED' - the process has not finished yet.
    """

    id: UUID
    authentication_info: AuthenticationInfo
    state: ProcessState
    flow: str | Unset = UNSET
    callback_uri: str | Unset = UNSET
    user_redirect_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    purpose: str | Unset = UNSET
    capacities: list[str] | Unset = UNSET
    services: list[ProcessService] | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    client_reference: str | Unset = UNSET
    use_case: str | Unset = UNSET
    person: Person | Unset = UNSET
    company_data: CompanyData | Unset = UNSET
    bio_token_data: BioTokenData | Unset = UNSET
    result: ProcessResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = str(self.id)
        field_dict["authenticationInfo"] = self.authentication_info.to_dict()
        field_dict["state"] = self.state.value
        flow = self.flow
        if flow is not UNSET:
            field_dict["flow"] = flow
        callback_uri = self.callback_uri
        if callback_uri is not UNSET:
            field_dict["callbackUri"] = callback_uri
        user_redirect_url = self.user_redirect_url
        if user_redirect_url is not UNSET:
            field_dict["userRedirectUrl"] = user_redirect_url
        created_at = self.created_at
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at.isoformat()
        finished_at = self.finished_at
        if not isinstance(finished_at, Unset):
            field_dict["finishedAt"] = finished_at.isoformat()
        purpose = self.purpose
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        capacities = self.capacities
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        services = self.services
        if not isinstance(services, Unset):
            field_dict["services"] = [_item.to_dict() for _item in services]
        expires_at = self.expires_at
        if not isinstance(expires_at, Unset):
            field_dict["expiresAt"] = expires_at.isoformat()
        token = self.token
        if token is not UNSET:
            field_dict["token"] = token
        client_reference = self.client_reference
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        use_case = self.use_case
        if use_case is not UNSET:
            field_dict["useCase"] = use_case
        person = self.person
        if not isinstance(person, Unset):
            field_dict["person"] = person.to_dict()
        company_data = self.company_data
        if not isinstance(company_data, Unset):
            field_dict["companyData"] = company_data.to_dict()
        bio_token_data = self.bio_token_data
        if not isinstance(bio_token_data, Unset):
            field_dict["bioTokenData"] = bio_token_data.to_dict()
        result = self.result
        if not isinstance(result, Unset):
            field_dict["result"] = result.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        _id__raw = src_dict["id"]
        if not isinstance(_id__raw, str):
            raise TypeError("Process.id is not a string")
        id = UUID(_id__raw)

        authentication_info = _parse_authentication_info(src_dict["authenticationInfo"])

        _state__raw = src_dict["state"]
        # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
        try:
            state = _process_state_members[_state__raw]
        except (KeyError, TypeError):
            if not isinstance(_state__raw, str):
                raise TypeError("Process.state is not a string") from None
            state = ProcessState(_state__raw)

        flow = src_dict.get("flow", UNSET)
        if flow is not UNSET and not isinstance(flow, str):
            raise TypeError("Process.flow is not a string")

        callback_uri = src_dict.get("callbackUri", UNSET)
        if callback_uri is not UNSET and not isinstance(callback_uri, str):
            raise TypeError("Process.callbackUri is not a string")

        user_redirect_url = src_dict.get("userRedirectUrl", UNSET)
        if user_redirect_url is not UNSET and not isinstance(user_redirect_url, str):
            raise TypeError("Process.userRedirectUrl is not a string")

        created_at: datetime.datetime | Unset
        _created_at = src_dict.get("createdAt", UNSET)
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        finished_at: datetime.datetime | Unset
        _finished_at = src_dict.get("finishedAt", UNSET)
        if _finished_at is UNSET:
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        purpose = src_dict.get("purpose", UNSET)
        if purpose is not UNSET and not isinstance(purpose, str):
            raise TypeError("Process.purpose is not a string")

        capacities = src_dict.get("capacities", UNSET)
        if capacities is not UNSET:
            if not isinstance(capacities, list):
                raise TypeError("Process.capacities is not an array")
            for _item in capacities:
                if not isinstance(_item, str):
                    raise TypeError("Process.capacities holds a value that is not a string")

        services: list[ProcessService] | Unset
        _services = src_dict.get("services", UNSET)
        if _services is UNSET:
            services = UNSET
        else:
            _services__raw = _services
            if not isinstance(_services__raw, list):
                raise TypeError("Process.services is not an array")
            services = [_parse_process_service(_item) for _item in _services__raw]

        expires_at: datetime.datetime | Unset
        _expires_at = src_dict.get("expiresAt", UNSET)
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        token = src_dict.get("token", UNSET)
        if token is not UNSET and not isinstance(token, str):
            raise TypeError("Process.token is not a string")

        client_reference = src_dict.get("clientReference", UNSET)
        if client_reference is not UNSET and not isinstance(client_reference, str):
            raise TypeError("Process.clientReference is not a string")

        use_case = src_dict.get("useCase", UNSET)
        if use_case is not UNSET and not isinstance(use_case, str):
            raise TypeError("Process.useCase is not a string")

        person: Person | Unset
        _person = src_dict.get("person", UNSET)
        if _person is UNSET:
            person = UNSET
        else:
            person = _parse_person(_person)

        company_data: CompanyData | Unset
        _company_data = src_dict.get("companyData", UNSET)
        if _company_data is UNSET:
            company_data = UNSET
        else:
            company_data = _parse_company_data(_company_data)

        bio_token_data: BioTokenData | Unset
        _bio_token_data = src_dict.get("bioTokenData", UNSET)
        if _bio_token_data is UNSET:
            bio_token_data = UNSET
        else:
            bio_token_data = _parse_bio_token_data(_bio_token_data)

        result: ProcessResult | Unset
        _result = src_dict.get("result", UNSET)
        if _result is UNSET:
            result = UNSET
        else:
            _result__raw = _result
            # A listed value is one dict lookup; anything else goes through the open enum (a pseudo-member, or ValueError).
            try:
                result = _process_result_members[_result__raw]
            except (KeyError, TypeError):
                if not isinstance(_result__raw, str):
                    raise TypeError("Process.result is not a string") from None
                result = ProcessResult(_result__raw)

        if cls is Process:
            # attrs' __init__ stores each field and calls the additional_properties factory; the same stores
            # here, without the call and its argument binding, are ~40 % of the cost of a small model.
            process = _new_object(cls)
            process.id = id
            process.authentication_info = authentication_info
            process.state = state
            process.flow = flow
            process.callback_uri = callback_uri
            process.user_redirect_url = user_redirect_url
            process.created_at = created_at
            process.finished_at = finished_at
            process.purpose = purpose
            process.capacities = capacities
            process.services = services
            process.expires_at = expires_at
            process.token = token
            process.client_reference = client_reference
            process.use_case = use_case
            process.person = person
            process.company_data = company_data
            process.bio_token_data = bio_token_data
            process.result = result
            process.additional_properties = {}
        else:  # a subclass may have its own __init__
            # Positional, in the order attrs declares the fields (required ones first).
            process = cls(
                id,
                authentication_info,
                state,
                flow,
                callback_uri,
                user_redirect_url,
                created_at,
                finished_at,
                purpose,
                capacities,
                services,
                expires_at,
                token,
                client_reference,
                use_case,
                person,
                company_data,
                bio_token_data,
                result,
            )

        # A keys view against a frozenset is one C-level subset test; the common body has no unknown key.
        if not src_dict.keys() <= _KNOWN_KEYS:
            _extra = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
            process.additional_properties = _extra
        return process

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
from ..models.authentication_info import AuthenticationInfo  # noqa: E402
from ..models.bio_token_data import BioTokenData  # noqa: E402
from ..models.company_data import CompanyData  # noqa: E402
from ..models.person import Person  # noqa: E402
from ..models.process_service import ProcessService  # noqa: E402

# Bound once: from_dict uses these for every value instead of looking them up on their class each time. An
# enum's listed values are its `_value2member_map_` (pseudo-members are never added to it).
_parse_authentication_info = AuthenticationInfo.from_dict
_parse_bio_token_data = BioTokenData.from_dict
_parse_company_data = CompanyData.from_dict
_parse_person = Person.from_dict
_process_result_members = cast("dict[object, ProcessResult]", ProcessResult._value2member_map_)
_parse_process_service = ProcessService.from_dict
_process_state_members = cast("dict[object, ProcessState]", ProcessState._value2member_map_)
