from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoIdentityFraudstersResult(StrEnum):
    TRUST_RESULT_INCONCLUSIVE = "TRUST_RESULT_INCONCLUSIVE"
    TRUST_RESULT_UNSPECIFIED = "TRUST_RESULT_UNSPECIFIED"
    TRUST_RESULT_YES = "TRUST_RESULT_YES"

    def __str__(self) -> str:
        return str(self.value)
