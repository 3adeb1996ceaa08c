from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoLivenessResult(StrEnum):
    LIVENESS_RESULT_LIVE = "LIVENESS_RESULT_LIVE"
    LIVENESS_RESULT_NOT_LIVE = "LIVENESS_RESULT_NOT_LIVE"
    LIVENESS_RESULT_UNSPECIFIED = "LIVENESS_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
