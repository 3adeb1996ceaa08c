from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoSmartRevalidationResult(StrEnum):
    SMART_REVALIDATION_RESULT_NEGATIVE = "SMART_REVALIDATION_RESULT_NEGATIVE"
    SMART_REVALIDATION_RESULT_POSITIVE = "SMART_REVALIDATION_RESULT_POSITIVE"
    SMART_REVALIDATION_RESULT_UNSPECIFIED = "SMART_REVALIDATION_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
