"""Contains all the data models used in inputs/outputs"""

from .authentication_info import AuthenticationInfo
from .authentication_result import AuthenticationResult
from .bio_token_data import BioTokenData
from .bio_token_engine_result import BioTokenEngineResult
from .company_data import CompanyData
from .document import Document
from .document_data import DocumentData
from .error_response import ErrorResponse
from .face_with_other_id_result import FaceWithOtherIdResult
from .frictionless_result import FrictionlessResult
from .id_age_result import IdAgeResult
from .id_check_error import IdCheckError
from .id_check_error_response import IdCheckErrorResponse
from .id_check_liveness import IdCheckLiveness
from .id_check_process import IdCheckProcess
from .id_check_status import IdCheckStatus
from .identity_fraudsters_result import IdentityFraudstersResult
from .liveness_result import LivenessResult
from .person import Person
from .person_notification import PersonNotification
from .process import Process
from .process_event_type import ProcessEventType
from .process_notification import ProcessNotification
from .process_response import ProcessResponse
from .process_result import ProcessResult
from .process_service import ProcessService
from .process_state import ProcessState
from .risk_level_result import RiskLevelResult
from .score_enabled import ScoreEnabled
from .score_engine_result import ScoreEngineResult
from .selfie import Selfie
from .selfie_content_type import SelfieContentType
from .serpro_result import SerproResult
from .service_document import ServiceDocument
from .smart_revalidation_result import SmartRevalidationResult
from .trust_result import TrustResult
from .unico_id import UnicoId
from .unico_id_result import UnicoIdResult

__all__ = (
    "AuthenticationInfo",
    "AuthenticationResult",
    "BioTokenData",
    "BioTokenEngineResult",
    "CompanyData",
    "Document",
    "DocumentData",
    "ErrorResponse",
    "FaceWithOtherIdResult",
    "FrictionlessResult",
    "IdAgeResult",
    "IdCheckError",
    "IdCheckErrorResponse",
    "IdCheckLiveness",
    "IdCheckProcess",
    "IdCheckStatus",
    "IdentityFraudstersResult",
    "LivenessResult",
    "Person",
    "PersonNotification",
    "Process",
    "ProcessEventType",
    "ProcessNotification",
    "ProcessResponse",
    "ProcessResult",
    "ProcessService",
    "ProcessState",
    "RiskLevelResult",
    "ScoreEnabled",
    "ScoreEngineResult",
    "Selfie",
    "SelfieContentType",
    "SerproResult",
    "ServiceDocument",
    "SmartRevalidationResult",
    "TrustResult",
    "UnicoId",
    "UnicoIdResult",
)
