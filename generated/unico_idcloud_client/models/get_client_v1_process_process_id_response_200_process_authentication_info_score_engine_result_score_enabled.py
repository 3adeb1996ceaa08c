from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessAuthenticationInfoScoreEngineResultScoreEnabled(StrEnum):
    SCORE_ENABLED_FALSE = "SCORE_ENABLED_FALSE"
    SCORE_ENABLED_TRUE = "SCORE_ENABLED_TRUE"

    def __str__(self) -> str:
        return str(self.value)
