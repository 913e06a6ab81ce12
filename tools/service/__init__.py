"""The application service: the one place that changes a session (see service.py)."""

from tools.service.service import (
    NotAllowed,
    NotApproved,
    Outcome,
    ProductionService,
    ServiceError,
    Settings,
    UnknownShot,
)

__all__ = [
    "NotAllowed",
    "NotApproved",
    "Outcome",
    "ProductionService",
    "ServiceError",
    "Settings",
    "UnknownShot",
]
