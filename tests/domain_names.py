"""The domain names the overlays give the spec's schemas, shared by the spec and client tests."""

MODEL_NAMES = [
    "ProcessResponse", "Process", "ProcessState", "ProcessResult", "Person", "PersonNotification",
    "AuthenticationInfo", "AuthenticationResult", "LivenessResult", "BioTokenEngineResult",
    "IdentityFraudstersResult", "SmartRevalidationResult", "IdAgeResult", "ScoreEngineResult", "ScoreEnabled",
    "SerproResult", "TrustResult", "FaceWithOtherIdResult", "FrictionlessResult", "RiskLevelResult",
    "ProcessService", "ServiceDocument", "Document", "DocumentData", "CompanyData", "BioTokenData", "Selfie",
    "SelfieContentType", "ErrorResponse", "IdCheckProcess", "IdCheckStatus", "IdCheckLiveness", "UnicoId",
    "UnicoIdResult", "IdCheckErrorResponse", "IdCheckError",
]  # fmt: skip
