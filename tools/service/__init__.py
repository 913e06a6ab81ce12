"""The application service: the one place that changes a session (see service.py)."""

from tools.service.answers import (
    NotAllowed,
    NotApproved,
    Outcome,
    ServiceError,
    UnknownShot,
)
from tools.service.service import ProductionService, Settings

__all__ = [
    "NotAllowed",
    "NotApproved",
    "Outcome",
    "ProductionService",
    "ServiceError",
    "Settings",
    "UnknownShot",
]
