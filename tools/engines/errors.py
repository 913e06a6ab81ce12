"""The router's small set of error kinds. Every provider maps its failures onto these."""

from __future__ import annotations

from sessions.models import ErrorKind


class EngineError(Exception):
    """An engine call that did not produce a usable output.

    Messages must never carry a key: adapters build them from status codes and provider error
    texts, not from request headers.
    """

    kind: ErrorKind = "server_error"
    #: Whether another engine may be tried automatically (a refusal is the operator's call).
    failover: bool = True
    #: Whether the provider usually bills this failure.
    billed: bool = False

    def __init__(self, message: str, *, provider_job_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.provider_job_id = provider_job_id


class EngineTimeout(EngineError):
    kind = "timeout"


class RateLimited(EngineError):
    kind = "rate_limited"

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: float | None = None,
        provider_job_id: str | None = None,
    ) -> None:
        super().__init__(message, provider_job_id=provider_job_id)
        self.retry_after_s = retry_after_s


class ServerError(EngineError):
    kind = "server_error"


class Refused(EngineError):
    """Content-policy refusal. Never retried elsewhere without the operator's say (on_refusal)."""

    kind = "refused"
    failover = False


class Retired(EngineError):
    """The model id is shut down or unknown: out for the rest of the session."""

    kind = "retired"


class BadOutput(EngineError):
    """Output that is missing, truncated or does not decode. Usually billed."""

    kind = "bad_output"
    billed = True


class AuthError(EngineError):
    """Missing or invalid key. The message names the variable to set, never its value."""

    kind = "auth"
