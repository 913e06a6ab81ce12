"""The application service: the one place that changes a session (see service.py)."""

from tools.service.service import (
    NotAllowed,
    Outcome,
    ProductionService,
    ServiceError,
    Settings,
    UnknownShot,
)

__all__ = [
    "NotAllowed",
    "Outcome",
    "ProductionService",
    "ServiceError",
    "Settings",
    "UnknownShot",
]
