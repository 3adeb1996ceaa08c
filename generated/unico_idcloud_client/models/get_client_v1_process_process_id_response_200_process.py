from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_client_v1_process_process_id_response_200_process_result import (
    GetClientV1ProcessProcessIdResponse200ProcessResult,
)
from ..models.get_client_v1_process_process_id_response_200_process_state import (
    GetClientV1ProcessProcessIdResponse200ProcessState,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_client_v1_process_process_id_response_200_process_authentication_info import (
        GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo,
    )
    from ..models.get_client_v1_process_process_id_response_200_process_bio_token_data import (
        GetClientV1ProcessProcessIdResponse200ProcessBioTokenData,
    )
    from ..models.get_client_v1_process_process_id_response_200_process_company_data import (
        GetClientV1ProcessProcessIdResponse200ProcessCompanyData,
    )
    from ..models.get_client_v1_process_process_id_response_200_process_person import (
        GetClientV1ProcessProcessIdResponse200ProcessPerson,
    )
    from ..models.get_client_v1_process_process_id_response_200_process_services_item import (
        GetClientV1ProcessProcessIdResponse200ProcessServicesItem,
    )


T = TypeVar("T", bound="GetClientV1ProcessProcessIdResponse200Process")


@_attrs_define
class GetClientV1ProcessProcessIdResponse200Process:
    """Process information from by Unico.

    Attributes:
        id (str | Unset): Process ID.
        flow (str | Unset): Flow used in the process.
        callback_uri (str | Unset): Callback URI.
        user_redirect_url (str | Unset): User redirect URL.
        state (GetClientV1ProcessProcessIdResponse200ProcessState | Unset): Process state. Possible values:
            'PROCESS_STATE_CREATED' - Process created; 'PROCESS_STATE_FINISHED' - Process finished; PROCESS_STATE_FAILED' -
            Process failed.
        result (GetClientV1ProcessProcessIdResponse200ProcessResult | Unset): Process result. Possible values:
            'PROCESS_RESULT_OK' - Process finished successfully; 'PROCESS_RESULT_EXPIRED' - Process expired;
            'PROCESS_RESULT_ERROR' - Process finished with error; 'PROCESS_RESULT_INVALID_IDENTITY' - Process finished with
            Liveness refusal, 'inconclusive' result (in flows with only Identity Verification), prolonged divergence (in
            flows with risk score) or identity refusal ('negative' return in Identity Verification or 1:1 Validation);
            'PROCESS_RESULT_UNSPECIFIED' - Process has not been finished yet.
        created_at (str | Unset): Process creation date.
        finished_at (str | Unset): Process finish date.
        person (GetClientV1ProcessProcessIdResponse200ProcessPerson | Unset):
        purpose (str | Unset): Process purpose.
        authentication_info (GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo | Unset): Authentication
            information.
        capacities (list[str] | Unset): Process capacities.
        services (list[GetClientV1ProcessProcessIdResponse200ProcessServicesItem] | Unset): Information of the use of
            documents or electronic signature or idcash.
        expires_at (str | Unset): Process expiration date.
        token (str | Unset): Signed token that contains the necessary parameters to initialize the by Unico web SDK,
            allowing integration via iFrame.
        company_data (GetClientV1ProcessProcessIdResponse200ProcessCompanyData | Unset): Company information where the
            process was created. Refers to the 'companyBranchId' field, used during process creation.
        bio_token_data (GetClientV1ProcessProcessIdResponse200ProcessBioTokenData | Unset): Reference process
            information for the biometric token.
        client_reference (str | Unset): This is an optional identifier that will be used as an indexer in the portal and
            you can use it as a way to associate (foreign key) between your system and the IDCloud.
        use_case (str | Unset): This is the use case for smart revalidation.
    """

    id: str | Unset = UNSET
    flow: str | Unset = UNSET
    callback_uri: str | Unset = UNSET
    user_redirect_url: str | Unset = UNSET
    state: GetClientV1ProcessProcessIdResponse200ProcessState | Unset = UNSET
    result: GetClientV1ProcessProcessIdResponse200ProcessResult | Unset = UNSET
    created_at: str | Unset = UNSET
    finished_at: str | Unset = UNSET
    person: GetClientV1ProcessProcessIdResponse200ProcessPerson | Unset = UNSET
    purpose: str | Unset = UNSET
    authentication_info: GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo | Unset = UNSET
    capacities: list[str] | Unset = UNSET
    services: list[GetClientV1ProcessProcessIdResponse200ProcessServicesItem] | Unset = UNSET
    expires_at: str | Unset = UNSET
    token: str | Unset = UNSET
    company_data: GetClientV1ProcessProcessIdResponse200ProcessCompanyData | Unset = UNSET
    bio_token_data: GetClientV1ProcessProcessIdResponse200ProcessBioTokenData | Unset = UNSET
    client_reference: str | Unset = UNSET
    use_case: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flow = self.flow

        callback_uri = self.callback_uri

        user_redirect_url = self.user_redirect_url

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        created_at = self.created_at

        finished_at = self.finished_at

        person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.person, Unset):
            person = self.person.to_dict()

        purpose = self.purpose

        authentication_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication_info, Unset):
            authentication_info = self.authentication_info.to_dict()

        capacities: list[str] | Unset = UNSET
        if not isinstance(self.capacities, Unset):
            capacities = self.capacities

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        expires_at = self.expires_at

        token = self.token

        company_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_data, Unset):
            company_data = self.company_data.to_dict()

        bio_token_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bio_token_data, Unset):
            bio_token_data = self.bio_token_data.to_dict()

        client_reference = self.client_reference

        use_case = self.use_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if flow is not UNSET:
            field_dict["flow"] = flow
        if callback_uri is not UNSET:
            field_dict["callbackUri"] = callback_uri
        if user_redirect_url is not UNSET:
            field_dict["userRedirectUrl"] = user_redirect_url
        if state is not UNSET:
            field_dict["state"] = state
        if result is not UNSET:
            field_dict["result"] = result
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if person is not UNSET:
            field_dict["person"] = person
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if authentication_info is not UNSET:
            field_dict["authenticationInfo"] = authentication_info
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        if services is not UNSET:
            field_dict["services"] = services
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if token is not UNSET:
            field_dict["token"] = token
        if company_data is not UNSET:
            field_dict["companyData"] = company_data
        if bio_token_data is not UNSET:
            field_dict["bioTokenData"] = bio_token_data
        if client_reference is not UNSET:
            field_dict["clientReference"] = client_reference
        if use_case is not UNSET:
            field_dict["useCase"] = use_case

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_client_v1_process_process_id_response_200_process_authentication_info import (
            GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo,
        )
        from ..models.get_client_v1_process_process_id_response_200_process_bio_token_data import (
            GetClientV1ProcessProcessIdResponse200ProcessBioTokenData,
        )
        from ..models.get_client_v1_process_process_id_response_200_process_company_data import (
            GetClientV1ProcessProcessIdResponse200ProcessCompanyData,
        )
        from ..models.get_client_v1_process_process_id_response_200_process_person import (
            GetClientV1ProcessProcessIdResponse200ProcessPerson,
        )
        from ..models.get_client_v1_process_process_id_response_200_process_services_item import (
            GetClientV1ProcessProcessIdResponse200ProcessServicesItem,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        flow = d.pop("flow", UNSET)

        callback_uri = d.pop("callbackUri", UNSET)

        user_redirect_url = d.pop("userRedirectUrl", UNSET)

        _state = d.pop("state", UNSET)
        state: GetClientV1ProcessProcessIdResponse200ProcessState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = GetClientV1ProcessProcessIdResponse200ProcessState(_state)

        _result = d.pop("result", UNSET)
        result: GetClientV1ProcessProcessIdResponse200ProcessResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = GetClientV1ProcessProcessIdResponse200ProcessResult(_result)

        created_at = d.pop("createdAt", UNSET)

        finished_at = d.pop("finishedAt", UNSET)

        _person = d.pop("person", UNSET)
        person: GetClientV1ProcessProcessIdResponse200ProcessPerson | Unset
        if isinstance(_person, Unset):
            person = UNSET
        else:
            person = GetClientV1ProcessProcessIdResponse200ProcessPerson.from_dict(_person)

        purpose = d.pop("purpose", UNSET)

        _authentication_info = d.pop("authenticationInfo", UNSET)
        authentication_info: GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo | Unset
        if isinstance(_authentication_info, Unset):
            authentication_info = UNSET
        else:
            authentication_info = GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfo.from_dict(
                _authentication_info
            )

        capacities = cast(list[str], d.pop("capacities", UNSET))

        _services = d.pop("services", UNSET)
        services: list[GetClientV1ProcessProcessIdResponse200ProcessServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = GetClientV1ProcessProcessIdResponse200ProcessServicesItem.from_dict(services_item_data)

                services.append(services_item)

        expires_at = d.pop("expiresAt", UNSET)

        token = d.pop("token", UNSET)

        _company_data = d.pop("companyData", UNSET)
        company_data: GetClientV1ProcessProcessIdResponse200ProcessCompanyData | Unset
        if isinstance(_company_data, Unset):
            company_data = UNSET
        else:
            company_data = GetClientV1ProcessProcessIdResponse200ProcessCompanyData.from_dict(_company_data)

        _bio_token_data = d.pop("bioTokenData", UNSET)
        bio_token_data: GetClientV1ProcessProcessIdResponse200ProcessBioTokenData | Unset
        if isinstance(_bio_token_data, Unset):
            bio_token_data = UNSET
        else:
            bio_token_data = GetClientV1ProcessProcessIdResponse200ProcessBioTokenData.from_dict(_bio_token_data)

        client_reference = d.pop("clientReference", UNSET)

        use_case = d.pop("useCase", UNSET)

        get_client_v1_process_process_id_response_200_process = cls(
            id=id,
            flow=flow,
            callback_uri=callback_uri,
            user_redirect_url=user_redirect_url,
            state=state,
            result=result,
            created_at=created_at,
            finished_at=finished_at,
            person=person,
            purpose=purpose,
            authentication_info=authentication_info,
            capacities=capacities,
            services=services,
            expires_at=expires_at,
            token=token,
            company_data=company_data,
            bio_token_data=bio_token_data,
            client_reference=client_reference,
            use_case=use_case,
        )

        get_client_v1_process_process_id_response_200_process.additional_properties = d
        return get_client_v1_process_process_id_response_200_process

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
