"""Contains all the data models used in inputs/outputs"""

from .authentication_info import AuthenticationInfo
from .authentication_result import AuthenticationResult
from .bio_token_data import BioTokenData
from .bio_token_engine_result import BioTokenEngineResult
from .biometry_capture_config import BiometryCaptureConfig
from .company_data import CompanyData
from .create_id_check_process_request import CreateIdCheckProcessRequest
from .create_process_person import CreateProcessPerson
from .create_process_request import CreateProcessRequest
from .create_process_response import CreateProcessResponse
from .created_id_check_process import CreatedIdCheckProcess
from .created_process import CreatedProcess
from .document import Document
from .document_data import DocumentData
from .dui_type import DuiType
from .envelope_payload import EnvelopePayload
from .error_response import ErrorResponse
from .evidence_set import EvidenceSet
from .evidence_set_content_type import EvidenceSetContentType
from .face_with_other_id_result import FaceWithOtherIdResult
from .flow_config import FlowConfig
from .frictionless_result import FrictionlessResult
from .id_age_result import IdAgeResult
from .id_check_error import IdCheckError
from .id_check_error_response import IdCheckErrorResponse
from .id_check_gender import IdCheckGender
from .id_check_liveness import IdCheckLiveness
from .id_check_process import IdCheckProcess
from .id_check_reference import IdCheckReference
from .id_check_reference_type import IdCheckReferenceType
from .id_check_status import IdCheckStatus
from .id_check_subject import IdCheckSubject
from .identity_fraudsters_result import IdentityFraudstersResult
from .liveness_result import LivenessResult
from .notification import Notification
from .notification_channel import NotificationChannel
from .person import Person
from .person_notification import PersonNotification
from .process import Process
from .process_document import ProcessDocument
from .process_event_type import ProcessEventType
from .process_flow import ProcessFlow
from .process_notification import ProcessNotification
from .process_purpose import ProcessPurpose
from .process_response import ProcessResponse
from .process_result import ProcessResult
from .process_service import ProcessService
from .process_state import ProcessState
from .process_with_document import ProcessWithDocument
from .risk_level_result import RiskLevelResult
from .score_enabled import ScoreEnabled
from .score_engine_result import ScoreEngineResult
from .selfie import Selfie
from .selfie_content_type import SelfieContentType
from .serpro_result import SerproResult
from .service_document import ServiceDocument
from .set_document_dui_type import SetDocumentDuiType
from .set_process_document_request import SetProcessDocumentRequest
from .set_process_document_response import SetProcessDocumentResponse
from .signature_document import SignatureDocument
from .signature_payload import SignaturePayload
from .smart_revalidation_result import SmartRevalidationResult
from .trust_result import TrustResult
from .unico_id import UnicoId
from .unico_id_result import UnicoIdResult

__all__ = (
    "AuthenticationInfo",
    "AuthenticationResult",
    "BioTokenData",
    "BioTokenEngineResult",
    "BiometryCaptureConfig",
    "CompanyData",
    "CreateIdCheckProcessRequest",
    "CreateProcessPerson",
    "CreateProcessRequest",
    "CreateProcessResponse",
    "CreatedIdCheckProcess",
    "CreatedProcess",
    "Document",
    "DocumentData",
    "DuiType",
    "EnvelopePayload",
    "ErrorResponse",
    "EvidenceSet",
    "EvidenceSetContentType",
    "FaceWithOtherIdResult",
    "FlowConfig",
    "FrictionlessResult",
    "IdAgeResult",
    "IdCheckError",
    "IdCheckErrorResponse",
    "IdCheckGender",
    "IdCheckLiveness",
    "IdCheckProcess",
    "IdCheckReference",
    "IdCheckReferenceType",
    "IdCheckStatus",
    "IdCheckSubject",
    "IdentityFraudstersResult",
    "LivenessResult",
    "Notification",
    "NotificationChannel",
    "Person",
    "PersonNotification",
    "Process",
    "ProcessDocument",
    "ProcessEventType",
    "ProcessFlow",
    "ProcessNotification",
    "ProcessPurpose",
    "ProcessResponse",
    "ProcessResult",
    "ProcessService",
    "ProcessState",
    "ProcessWithDocument",
    "RiskLevelResult",
    "ScoreEnabled",
    "ScoreEngineResult",
    "Selfie",
    "SelfieContentType",
    "SerproResult",
    "ServiceDocument",
    "SetDocumentDuiType",
    "SetProcessDocumentRequest",
    "SetProcessDocumentResponse",
    "SignatureDocument",
    "SignaturePayload",
    "SmartRevalidationResult",
    "TrustResult",
    "UnicoId",
    "UnicoIdResult",
)
