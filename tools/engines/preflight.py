"""Preflight before money: ask each configured provider's free endpoints whether an engine is
ready — the key valid, the model there, the account in credit — and spend nothing.

`await preflight(catalog, env)` returns one `Check` per engine, which `shotcaller engines --check`
prints one line each; a production can call it before a delivery run starts and take
`out_for_session(checks)` as engines to leave out (a model found gone is retired for the session).

The endpoints (all GETs, none billed):

| provider | key valid | model exists | credit |
|---|---|---|---|
| fal | `GET api.fal.ai/v1/models?endpoint_id=…` (Platform APIs) | same: listed, not deprecated | not exposed |
| replicate | `GET /v1/account` | `GET /v1/models/{o}/{n}[/versions/{v}]` | not exposed |
| runway | `GET /v1/organization` | — (ids are checked against the SDK in tests) | `creditBalance` |
| luma | `GET /credits` | — (ids are checked against the SDK in tests) | `credit_balance` |
| openai | `GET /v1/models/{model}` | same | not exposed (a 429 `insufficient_quota` at spend time) |
| gemini | `GET /v1/models/{model}` | same | not exposed |
| vertex | `GET …/publishers/google/models/{model}` | same | not exposed |
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from tools.catalog import Catalog, EngineSpec
from tools.engines.base import build_engine, engine_factories
from tools.engines.errors import EngineError
from tools.engines.http import MODEL_GONE, Api, HttpEngine, error_text

Verdict = Literal[
    "ready", "bad key", "model gone", "no credit", "unavailable", "unreachable", "retired"
]
FAL_PLATFORM = "https://api.fal.ai/v1"


@dataclass(frozen=True)
class Check:
    engine: str
    provider: str
    verdict: Verdict
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.verdict == "ready"

    def line(self) -> str:
        """One line for a person: `✓ kling-2.5-turbo-pro  ready` / `✗ luma  bad key — …`."""
        mark = "✓" if self.ready else "✗"
        detail = f" — {self.detail}" if self.detail else ""
        return f"{mark} {self.engine:<24} {self.verdict}{detail}"


Probe = Callable[[HttpEngine, Api], Awaitable[tuple[Verdict, str]]]


async def _get(api: Api, path: str, **kwargs: Any) -> httpx.Response:
    """A GET that returns any status (the verdict reads it); network failures still raise."""
    url = api.url(path)
    try:
        return await api.client.get(url, headers=api.engine.auth_headers(api.key), **kwargs)
    except httpx.HTTPError as exc:
        raise _Unreachable(f"{exc.__class__.__name__} reaching {api.engine.provider}") from None


class _Unreachable(Exception):
    pass


def _status_verdict(response: httpx.Response, what: str) -> tuple[Verdict, str] | None:
    """The verdict an error status gives on its own, or None for a success."""
    status = response.status_code
    if response.is_success:
        return None
    try:
        text = error_text(response.json())
    except ValueError:
        text = response.reason_phrase
    if status in (401, 403) or "API_KEY_INVALID" in response.text:
        return "bad key", f"the key was rejected ({status})"
    if status == 402 or "insufficient_quota" in response.text:
        return "no credit", text or f"HTTP {status}"
    if status in (404, 410):
        return "model gone", f"{what} not found ({status})" + (f": {text}" if text else "")
    return "unreachable", f"HTTP {status}" + (f": {text}" if text else "")


async def _fal(engine: HttpEngine, api: Api) -> tuple[Verdict, str]:
    base = engine.spec.base_url or FAL_PLATFORM
    response = await _get(
        api, f"{base.rstrip('/')}/models", params={"endpoint_id": engine.spec.model}
    )
    if (verdict := _status_verdict(response, engine.spec.model)) is not None:
        return verdict
    models = response.json().get("models") or []
    found = [m for m in models if isinstance(m, dict)]
    if not found:
        return "model gone", f"fal lists no endpoint {engine.spec.model}"
    status = str((found[0].get("metadata") or {}).get("status", "active"))
    if status.lower() in ("deprecated", "removed", "retired", "disabled"):
        return "model gone", f"fal marks {engine.spec.model} {status}"
    return "ready", ""


async def _replicate(engine: HttpEngine, api: Api) -> tuple[Verdict, str]:
    if (verdict := _status_verdict(await _get(api, "/v1/account"), "account")) is not None:
        return verdict
    model, _, version = engine.spec.model.partition(":")
    path = f"/v1/models/{model}" + (f"/versions/{version}" if version else "")
    response = await _get(api, path)
    verdict = _status_verdict(response, model + (f" version {version[:8]}" if version else ""))
    return verdict or ("ready", "")


async def _runway(engine: HttpEngine, api: Api) -> tuple[Verdict, str]:
    response = await _get(api, "/v1/organization")
    if (verdict := _status_verdict(response, "organization")) is not None:
        return verdict
    balance = response.json().get("creditBalance")
    if isinstance(balance, int | float) and balance <= 0:
        return "no credit", "the organization has 0 credits"
    return "ready", f"{balance} credits" if balance is not None else ""


async def _luma(engine: HttpEngine, api: Api) -> tuple[Verdict, str]:
    response = await _get(api, "/credits")
    if (verdict := _status_verdict(response, "credits")) is not None:
        return verdict
    balance = response.json().get("credit_balance")  # USD cents
    if isinstance(balance, int | float) and balance <= 0:
        return "no credit", "the account's credit balance is 0"
    return "ready", f"${balance / 100:.2f} credit" if isinstance(balance, int | float) else ""


def _model_get(path: Callable[[HttpEngine], str]) -> Probe:
    async def probe(engine: HttpEngine, api: Api) -> tuple[Verdict, str]:
        response = await _get(api, path(engine))
        verdict = _status_verdict(response, engine.spec.model)
        if verdict is None and MODEL_GONE.search(response.text):
            return "model gone", error_text(response.json()) or "the provider says it is gone"
        return verdict or ("ready", "")

    return probe


def _vertex_path(engine: HttpEngine) -> str:
    model_path = getattr(engine, "_model_path", None)
    return model_path() if callable(model_path) else f"/models/{engine.spec.model}"


PROBES: dict[str, Probe] = {
    "fal": _fal,
    "replicate": _replicate,
    "runway": _runway,
    "luma": _luma,
    "openai": _model_get(lambda e: f"/models/{e.spec.model}"),
    "gemini": _model_get(lambda e: f"/models/{e.spec.model}"),
    "vertex": _model_get(_vertex_path),
}


async def check_engine(
    spec: EngineSpec, env: Mapping[str, str], *, transport: httpx.AsyncBaseTransport | None = None
) -> Check:
    """The preflight verdict for one engine (never raises, never spends)."""
    if spec.retired:
        return Check(spec.name, spec.provider, "retired", spec.retired)
    if spec.provider not in engine_factories():
        return Check(spec.name, spec.provider, "unavailable", "no adapter installed")
    engine = build_engine(spec, env=env, transport=transport)
    if (reason := engine.availability(env)) is not None:
        verdict: Verdict = "retired" if reason.startswith("retired") else "unavailable"
        return Check(spec.name, spec.provider, verdict, reason.removeprefix("retired: "))
    if not isinstance(engine, HttpEngine):
        return Check(spec.name, spec.provider, "ready", "runs locally")
    probe = PROBES.get(spec.provider)
    if probe is None:
        return Check(spec.name, spec.provider, "ready", "no free check for this provider")
    scrub = engine.redactor()
    timeout = httpx.Timeout(20.0, connect=10.0)
    try:
        async with httpx.AsyncClient(timeout=timeout, transport=transport) as client:
            api = Api(engine, client, engine.env.get(engine.key_env, ""), scrub)
            verdict, detail = await probe(engine, api)
    except _Unreachable as exc:
        verdict, detail = "unreachable", str(exc)
    except (EngineError, ValueError, KeyError, TypeError) as exc:
        verdict, detail = "unreachable", f"unexpected answer ({exc.__class__.__name__})"
    return Check(spec.name, spec.provider, verdict, scrub(detail))


async def preflight(
    catalog: Catalog,
    env: Mapping[str, str],
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    names: set[str] | None = None,
) -> list[Check]:
    """Check every engine of the catalog (or those in `names`), concurrently, in catalog order."""
    specs = [s for s in catalog.engines if names is None or s.name in names]
    return list(await asyncio.gather(*(check_engine(s, env, transport=transport) for s in specs)))


def out_for_session(checks: list[Check]) -> dict[str, str]:
    """Engines to leave out of this session and why: a model found gone is retired; a rejected
    key or an empty account will not work either until someone fixes it."""
    return {
        c.engine: f"{'retired' if c.verdict == 'model gone' else c.verdict}: {c.detail}"
        for c in checks
        if c.verdict in ("model gone", "bad key", "no credit")
    }
