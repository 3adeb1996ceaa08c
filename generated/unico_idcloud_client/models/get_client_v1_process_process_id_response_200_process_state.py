from enum import StrEnum


class GetClientV1ProcessProcessIdResponse200ProcessState(StrEnum):
    PROCESS_STATE_CREATED = "PROCESS_STATE_CREATED"
    PROCESS_STATE_FAILED = "PROCESS_STATE_FAILED"
    PROCESS_STATE_FINISHED = "PROCESS_STATE_FINISHED"

    def __str__(self) -> str:
        return str(self.value)
