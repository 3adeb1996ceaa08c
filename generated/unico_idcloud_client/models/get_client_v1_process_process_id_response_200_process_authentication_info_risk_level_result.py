from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoRiskLevelResult(StrEnum):
    TRUST_RESULT_UNSPECIFIED = "TRUST_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
