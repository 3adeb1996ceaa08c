from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoBioTokenEngineResult(StrEnum):
    BIO_TOKEN_ENGINE_RESULT_NEGATIVE = "BIO_TOKEN_ENGINE_RESULT_NEGATIVE"
    BIO_TOKEN_ENGINE_RESULT_POSITIVE = "BIO_TOKEN_ENGINE_RESULT_POSITIVE"
    BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED = "BIO_TOKEN_ENGINE_RESULT_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
