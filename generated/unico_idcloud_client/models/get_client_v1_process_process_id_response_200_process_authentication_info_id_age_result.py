from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoIdAgeResult(StrEnum):
    ID_AGE_RESULT_INCONCLUSIVE = "ID_AGE_RESULT_INCONCLUSIVE"
    ID_AGE_RESULT_NEGATIVE = "ID_AGE_RESULT_NEGATIVE"
    ID_AGE_RESULT_POSITIVE = "ID_AGE_RESULT_POSITIVE"
    ID_AGE_RESULT_UNSPECIFIED = "ID_AGE_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
