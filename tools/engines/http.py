"""What every HTTP engine adapter shares: the client, the request that maps failures onto the
router's error kinds, the polling loop, the download-and-conform step, and small encoders.

An adapter (fal.py, runway.py …) says only what is its own: how to authenticate, what to submit,
how to read a job's state. `HttpEngine.run` does the rest in one order for all of them: submit →
report the job id (before any wait, so a resumed session polls instead of paying twice) → poll →
download → check it decodes → conform it to the shot's size, rate and length.

Nothing here runs at import time: clients are built per call. The environment (keys, pacing) and
the HTTP transport are given to the engine when it is built (`build_engine(spec, env=…,
transport=…)`); without them it takes a copy of the process environment and the network.
Every string that leaves an adapter — error texts, metadata bound for provenance — passes through
a `Redactor` holding the keys in use (see tools/engines/secrets.py).
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import math
import os
import re
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit

import httpx

from tools.engines.base import (
    VIDEO_SUFFIXES,
    EngineRequest,
    EngineResult,
    key_availability,
    source_unavailable,
)
from tools.engines.errors import (
    AuthError,
    BadOutput,
    EngineError,
    EngineTimeout,
    RateLimited,
    Refused,
    Retired,
    ServerError,
)
from tools.engines.secrets import Redactor
from tools.media import io as media

if TYPE_CHECKING:
    from tools.catalog import EngineSpec
    from tools.engines.uploads import Uploader

# Operators (and tests) can change the pace without touching code: a fixed poll interval in
# seconds (0 in tests) and the factor applied to an engine's expected latency for its deadline.
POLL_ENV = "SHOTCALLER_POLL_S"
TIMEOUT_FACTOR_ENV = "SHOTCALLER_TIMEOUT_FACTOR"
DEFAULT_TIMEOUT_FACTOR = 5.0  # observed waits spread ~3x for the same job; leave headroom
MIN_DEADLINE_S = 60.0
MAX_REDIRECTS = 5

Json = dict[str, Any]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True)
class Cadence:
    """A provider's polling pace: first interval, ceiling, and the back-off factor between them."""

    first_s: float
    max_s: float
    backoff: float = 1.5


@dataclass
class Output:
    """A finished job's output: a URL to fetch, or the bytes themselves (base64 APIs), and what
    the provider says it charged, in dollars, when it says (Runway credits, fal/Replicate billing)."""

    url: str | None = None
    data: bytes | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    cost_usd: float | None = None


@dataclass
class Job:
    id: str
    output: Output | None = None  # set when the API answered synchronously
    urls: dict[str, str] = field(default_factory=dict)  # provider URLs returned by submit


# ── small encoders shared by the adapters ──────────────────────────────────────────────────────


MIME_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
}


def mime_type(path: Path) -> str:
    return MIME_TYPES.get(Path(path).suffix.lower(), "image/png")


def data_uri(path: Path, mime: str | None = None) -> str:
    """The file as a `data:` URI (how Runway and fal accept an inline input; Luma does not)."""
    return f"data:{mime or mime_type(path)};base64,{b64(path)}"


def b64(path: Path) -> str:
    return base64.b64encode(Path(path).read_bytes()).decode("ascii")


def ratio_name(width: int, height: int) -> str:
    """1280×720 → "16:9": the aspect string most providers take."""
    divisor = math.gcd(width, height) or 1
    return f"{width // divisor}:{height // divisor}"


def closest_ratio(width: int, height: int, choices: Sequence[str]) -> str:
    """Of a provider's fixed ratio strings ("1280:720", "16:9" …), the nearest to width×height."""

    def distance(choice: str) -> float:
        w, h = (int(n) for n in choice.split(":"))
        return abs(w / h - width / height)

    return min(choices, key=distance)


def pick_duration(seconds: float | None, allowed: Sequence[int]) -> int:
    """The shortest duration the model accepts that covers the shot (the clip is trimmed after);
    the longest one if the shot is longer than the model can make (the gate then says so)."""
    wanted = seconds or allowed[0]
    for choice in sorted(allowed):
        if choice >= wanted - 1e-6:
            return choice
    return max(allowed)


def retry_after_s(
    response: httpx.Response, body_text: str = "", body: object = None
) -> float | None:
    """Seconds to wait, from the provider's own hint, most precise first: `retry-after-ms`,
    `retry-after` (seconds or an HTTP date), Google's `RetryInfo.retryDelay` in `error.details`,
    `ratelimit-reset` (seconds until the window resets), or a body that says so in words
    (Replicate: "Your rate limit resets in ~30s")."""
    headers = response.headers
    if ms := headers.get("retry-after-ms"):
        seconds = _seconds(ms)
        if seconds is not None:
            return max(0.0, seconds / 1000)
    if value := headers.get("retry-after"):
        seconds = _seconds(value)
        if seconds is not None:
            return max(0.0, seconds)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - time.time())
    if (delay := google_retry_delay(body)) is not None:
        return delay
    if value := headers.get("ratelimit-reset"):
        seconds = _seconds(value)
        if seconds is not None:
            return max(0.0, seconds)
    match = re.search(r"(\d+(?:\.\d+)?)\s*(?:s\b|sec|second)", body_text)
    return float(match.group(1)) if match else None


def google_retry_delay(body: object) -> float | None:
    """`{"error": {"details": [{"@type": "…google.rpc.RetryInfo", "retryDelay": "20s"}]}}`."""
    error = body.get("error") if isinstance(body, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    for detail in details if isinstance(details, list) else []:
        if isinstance(detail, dict) and str(detail.get("@type", "")).endswith("RetryInfo"):
            delay = str(detail.get("retryDelay", ""))
            seconds = _seconds(delay.removesuffix("s"))
            if seconds is not None:
                return max(0.0, seconds)
    return None


def _seconds(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


# A 404 is a retired model only when the provider says the model is gone, not for a wrong route.
MODEL_GONE = re.compile(
    r"no longer (?:available|supported)|(?:shut|been) down|deprecated|retired|decommissioned"
    r"|model\b[^.;]{0,80}\b(?:not found|does not exist|not exist|unknown|is not available)"
    r"|(?:unknown|invalid) model|no such model|not a valid model",
    re.IGNORECASE,
)


def error_text(body: object) -> str:
    """The human part of a provider's error body, whichever of the usual shapes it takes."""
    if isinstance(body, dict):
        for key in ("error", "detail", "message", "title", "failure", "failure_reason"):
            value = body.get(key)
            if isinstance(value, dict):
                return error_text(value)
            if isinstance(value, list) and value:
                return "; ".join(error_text(v) if isinstance(v, dict) else str(v) for v in value)
            if isinstance(value, str) and value:
                return value
        if isinstance(body.get("msg"), str):
            return str(body["msg"])
    return ""


# ── the engine base ───────────────────────────────────────────────────────────────────────────


class HttpEngine:
    """Base for adapters that speak a provider's documented HTTP API with httpx."""

    provider: ClassVar[str]
    key_env_default: ClassVar[str]
    default_base_url: ClassVar[str]
    cadence: ClassVar[Cadence]

    def __init__(
        self,
        spec: EngineSpec,
        *,
        env: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep | None = None,
        clock: Callable[[], float] | None = None,
        poll_s: float | None = None,
        timeout_s: float | None = None,
    ) -> None:
        self.spec = spec
        self.env: Mapping[str, str] = dict(os.environ if env is None else env)
        self.transport = transport
        self.sleep: Sleep = sleep or asyncio.sleep
        self.clock = clock or time.monotonic
        env_poll = _seconds(self.env.get(POLL_ENV) or "")
        self.poll_s = poll_s if poll_s is not None else env_poll
        factor = _seconds(self.env.get(TIMEOUT_FACTOR_ENV) or "") or DEFAULT_TIMEOUT_FACTOR
        self.timeout_s = timeout_s or max(spec.latency_s * factor, MIN_DEADLINE_S)
        self.uploader: Uploader | None = None
        if spec.upload is not None:
            from tools.engines.uploads import uploader_for

            self.uploader = uploader_for(spec.upload, self.env)

    @property
    def base_url(self) -> str:
        """The catalog entry's `base_url` when it sets one, else the provider's public API."""
        return (self.spec.base_url or self.default_base_url).rstrip("/")

    # — what each adapter provides —

    def auth_headers(self, key: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {key}"}

    async def submit(self, api: Api, request: EngineRequest) -> Job:
        raise NotImplementedError

    async def poll(self, api: Api, job: Job, request: EngineRequest) -> Output | None:
        """The output when the job is done, None while it is still pending; raise on failure."""
        raise NotImplementedError

    def refusal(self, body: object) -> str | None:
        """A content-policy refusal hidden in an HTTP error body, if this provider has one."""
        return None

    def model_gone(self, status: int, body: object, text: str) -> bool:
        """Whether a 404/410 says the model itself is gone (retired), not that a route is wrong."""
        return bool(MODEL_GONE.search(text))

    def needs_hosted_image(self, tool: str) -> bool:
        """Whether this provider must fetch `tool`'s input image by URL (no inline data)."""
        return False

    def required_env(self) -> tuple[str, ...]:
        """Variables besides the key that the provider needs (a Vertex project …)."""
        return ()

    # — shared —

    @property
    def key_env(self) -> str:
        return self.spec.key_env or self.key_env_default

    def availability(self, env: Mapping[str, str]) -> str | None:
        """Why the engine cannot be called with `env`: a missing key or setting, or an input it
        needs that nothing here can provide (a hosted image without an upload configured)."""
        for variable in (self.key_env, *self.required_env()):
            if (reason := key_availability(variable, env)) is not None:
                return reason
        for tool in self.spec.tools:
            if self.needs_hosted_image(tool):
                if self.uploader is None:
                    return (
                        f"{self.provider} fetches {tool} images by URL: configure an upload "
                        '(upload = { via = "fal" | "s3" … }) in its catalog entry'
                    )
                if (reason := self.uploader.availability(env)) is not None:
                    return f"uploads for {self.provider}: {reason}"
        return None

    def redactor(self) -> Redactor:
        keys = [self.env.get(self.key_env, "")]
        if self.uploader is not None:
            keys += self.uploader.secrets(self.env)
        return Redactor(keys)

    async def run(self, request: EngineRequest) -> EngineResult:
        """Submit (or, on resume, re-attach to) the job, wait for it, fetch and conform the output.
        Every error and every metadata string leaves here with the keys in use masked."""
        scrub = self.redactor()
        try:
            return await self._run(request, scrub)
        except EngineError as exc:
            exc.message = scrub(exc.message)
            exc.args = (exc.message,)
            raise

    async def _run(self, request: EngineRequest, scrub: Redactor) -> EngineResult:
        if self.spec.retired:
            raise Retired(f"{self.spec.name}: {self.spec.retired}")
        if (why := source_unavailable(self.spec, request.tool, request.image)) is not None:
            # Refused before any request: nothing is submitted, nothing is billed.
            raise ServerError(f"{why} (nothing was sent)")
        key = self.env.get(self.key_env, "")
        if not key:
            raise AuthError(f"{self.key_env} is not set — {self.provider} needs it")
        timeout = httpx.Timeout(60.0, connect=15.0)
        async with httpx.AsyncClient(timeout=timeout, transport=self.transport) as client:
            api = Api(self, client, key, scrub)
            if request.provider_job_id:
                job = Job(request.provider_job_id)  # resume: poll what was paid for, never resubmit
            else:
                job = await self.submit(api, request)
                if job.output is None and request.on_job_id is not None:
                    request.on_job_id(job.id)
            try:
                output = job.output or await self._wait(api, job, request)
                info = await self._save(api, output, request)
            except EngineError as exc:
                exc.provider_job_id = exc.provider_job_id or (None if job.output else job.id)
                raise
        metadata = {**output.metadata, "width": info.width, "height": info.height}
        if output.cost_usd is not None:
            metadata["reported_cost_usd"] = output.cost_usd
        return EngineResult(
            path=request.out_path,
            model_version=self.spec.model,
            cost_usd=output.cost_usd,
            provider_job_id=None if job.output else job.id,
            metadata=dict(scrub.deep(metadata)),  # type: ignore[call-overload]
        )

    async def _wait(self, api: Api, job: Job, request: EngineRequest) -> Output:
        """Poll at the provider's cadence with bounded back-off until done or the deadline."""
        cadence = self.cadence
        delay = cadence.first_s if self.poll_s is None else self.poll_s
        ceiling = cadence.max_s if self.poll_s is None else self.poll_s
        started = self.clock()
        while True:
            try:
                output = await self.poll(api, job, request)
            except RateLimited as exc:
                # The job is already paid for: a throttled status check waits, it does not give up.
                output, delay = None, min(max(delay, exc.retry_after_s or delay), ceiling)
            if output is not None:
                return output
            if self.clock() - started + delay > self.timeout_s:
                raise EngineTimeout(
                    f"{self.spec.name}: job {job.id} not done after {self.timeout_s:.0f} s",
                    provider_job_id=job.id,
                )
            await self.sleep(delay)
            delay = min(delay * cadence.backoff, ceiling)

    async def _save(self, api: Api, output: Output, request: EngineRequest) -> media.MediaInfo:
        data = output.data if output.data is not None else await api.download(output.url or "")
        if not data:
            raise BadOutput(f"{self.spec.name}: the provider returned an empty output")
        return await asyncio.to_thread(self._conform, data, request)

    def _conform(self, data: bytes, request: EngineRequest) -> media.MediaInfo:
        # A clip for animate, and for an upscale of a clip (its output path keeps the source's
        # suffix); an image otherwise. Never a clip conformed as a PNG.
        clip = request.tool == "animate" or request.out_path.suffix.lower() in VIDEO_SUFFIXES
        suffix = ".mp4" if clip else ".png"
        fd, name = tempfile.mkstemp(prefix=".download.", dir=request.out_path.parent)
        os.close(fd)
        raw = Path(name)
        try:
            raw.write_bytes(data)
            media.probe(raw)  # a truncated or garbage file stops here
            if suffix == ".mp4":
                return media.conform_clip(
                    raw,
                    request.out_path,
                    width=request.width,
                    height=request.height,
                    fps=request.fps,
                    duration_s=request.duration_s or 0.0,
                )
            return media.conform_image(
                raw, request.out_path, width=request.width, height=request.height
            )
        except media.MediaError as exc:
            raise BadOutput(f"{self.spec.name}: output does not decode ({exc})") from None
        finally:
            raw.unlink(missing_ok=True)


class Api:
    """One engine call's HTTP session: requests carry the key only to the provider's own host,
    and every failure leaves here as one of the router's error kinds."""

    def __init__(
        self,
        engine: HttpEngine,
        client: httpx.AsyncClient,
        key: str,
        scrub: Redactor | None = None,
    ) -> None:
        self.engine = engine
        self.client = client
        self.key = key
        self.scrub = scrub or Redactor([key])

    def url(self, path: str) -> str:
        return path if "://" in path else self.engine.base_url + "/" + path.lstrip("/")

    async def hosted_url(self, path: Path, content_type: str = "image/png") -> str:
        """A URL the provider can fetch `path` from, through the engine's configured upload."""
        uploader = self.engine.uploader
        if uploader is None:
            raise ServerError(f"{self.engine.spec.name}: needs a hosted image and has no upload")
        return await uploader.upload(self.client, path.read_bytes(), content_type, path.name)

    def _headers_for(self, url: str) -> dict[str, str]:
        # A download URL on a CDN or a redirect target must never see the key.
        same_host = urlsplit(url).netloc == urlsplit(self.engine.base_url).netloc
        return self.engine.auth_headers(self.key) if same_host else {}

    async def send(
        self,
        method: str,
        path: str,
        *,
        missing: type[EngineError] = Retired,
        keyed: bool = True,
        **kwargs: Any,
    ) -> httpx.Response:
        """One request; `keyed=False` sends no credential at all (a presigned upload form)."""
        url = self.url(path)
        own = self._headers_for(url) if keyed else {}
        headers = {**own, **kwargs.pop("headers", {})}
        try:
            response = await self.client.request(method, url, headers=headers, **kwargs)
        except httpx.TimeoutException:
            raise EngineTimeout(f"{self.engine.spec.name}: {method} timed out") from None
        except httpx.TransportError as exc:
            raise ServerError(
                f"{self.engine.spec.name}: network error ({exc.__class__.__name__})"
            ) from None
        if response.is_success or response.is_redirect:
            return response
        raise self.error(response, missing)

    async def json(self, method: str, path: str, **kwargs: Any) -> Json:
        response = await self.send(method, path, **kwargs)
        try:
            body = response.json()
        except ValueError:
            raise ServerError(
                f"{self.engine.spec.name}: answered with something not JSON"
            ) from None
        if not isinstance(body, dict):
            raise ServerError(f"{self.engine.spec.name}: unexpected answer shape")
        return body

    async def create(self, path: str, *, id_field: str = "id", **kwargs: Any) -> tuple[str, Json]:
        """POST a new job; its id (under `id_field`) and the whole answer. No id is a server fault:
        without it the job could never be found again."""
        body = await self.json("POST", path, **kwargs)
        if not body.get(id_field):
            raise ServerError(f"{self.engine.spec.name}: job accepted without an {id_field}")
        return str(body[id_field]), body

    async def download(self, url: str) -> bytes:
        """Fetch an output, following redirects by hand so the key never crosses hosts."""
        if not url:
            raise BadOutput(f"{self.engine.spec.name}: the job finished without an output URL")
        for _ in range(MAX_REDIRECTS + 1):
            response = await self.send("GET", url, missing=BadOutput)
            if not response.is_redirect:
                return response.content
            url = urljoin(url, response.headers.get("location", ""))
        raise BadOutput(f"{self.engine.spec.name}: too many redirects fetching the output")

    def error(self, response: httpx.Response, missing: type[EngineError]) -> EngineError:
        """Map an HTTP failure onto an error kind. Messages name the variable, never the key."""
        engine, status = self.engine, response.status_code
        try:
            body: object = response.json()
        except ValueError:
            body = {"detail": response.text[:300]}
        text = self.scrub(error_text(body) or response.reason_phrase or "")
        name = engine.spec.name
        # Google answers a bad API key with 400 and reason API_KEY_INVALID.
        if status in (401, 403) or "API_KEY_INVALID" in str(body):
            return AuthError(
                f"{engine.key_env} was rejected by {engine.provider} — check the key ({status})"
            )
        if status == 402:  # out of credit (Replicate, Luma): waiting will not help
            return AuthError(f"{name}: the {engine.key_env} account has no credit: {text}")
        if (why := engine.refusal(body)) is not None:
            return Refused(f"{name}: refused on content policy: {self.scrub(why)}")
        if status == 429:
            if "insufficient_quota" in str(body):  # out of credit: waiting will not help
                return AuthError(f"{name}: the {engine.key_env} account is out of quota: {text}")
            return RateLimited(
                f"{name}: rate limited ({text})",
                retry_after_s=retry_after_s(response, text, body),
            )
        if status in (404, 410):
            if missing is Retired and not engine.model_gone(status, body, text):
                # A wrong route or an unknown job is not a shut-down model: fail over, keep it.
                return ServerError(f"{name}: not found ({status}): {text or 'no detail'}")
            return missing(f"{name}: {text or 'not found'} ({status})")
        if status >= 500:
            return ServerError(f"{name}: provider error {status}: {text}")
        # Another 4xx: this engine will not take this request as sent; another engine may.
        return ServerError(f"{name}: request rejected ({status}): {text}")
