from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoFrictionlessResult(StrEnum):
    FRICTIONLESS_RESULT_UNSPECIFIED = "FRICTIONLESS_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
