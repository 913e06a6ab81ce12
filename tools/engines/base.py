"""One protocol for every engine, and the registry that finds them.

Engines register through the `shotcaller.engines` entry-point group (built-ins included), so a new
provider is one module plus one line in pyproject.toml. A factory is called as
`factory(spec, env=…, transport=…)`: the engine gets the environment it reads keys from and the
HTTP transport it talks through (tests give a recorder; the app gives nothing, i.e. the network),
and never reads `os.environ` on its own.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from sessions.models import ToolName
from tools.engines.registry import engine_factories

if TYPE_CHECKING:
    from tools.catalog import EngineSpec


@dataclass
class EngineRequest:
    """Everything an engine needs for one stage of one shot."""

    tool: ToolName
    shot_id: str
    prompt: str
    seed: int
    width: int
    height: int
    aspect_ratio: str
    out_path: Path  # where the output must end up (engines write to a temp name, then rename)
    idempotency_key: str
    duration_s: float | None = None  # animate only
    fps: int = 24
    image: Path | None = None  # keyframe / first frame (animate), source (inpaint, upscale)
    mask: Path | None = None  # inpaint: white = region to re-render
    camera: str = "static"
    framing: str = "wide"
    description: str = ""
    tags: tuple[str, ...] = ()
    negative_prompt: str = ""
    # Look-back chaining: the provider's job id of the clip this one continues (Luma `generation`).
    continue_job_id: str | None = None
    # Resume: a job already submitted for this idempotency key is polled, never paid for again.
    provider_job_id: str | None = None
    # Called with the provider's job id as soon as it is known, before waiting on the job.
    on_job_id: Callable[[str], None] | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class EngineResult:
    path: Path
    model_version: str
    cost_usd: float | None = None  # the provider's reported charge when it says; else the estimate
    provider_job_id: str | None = None
    metadata: dict[str, object] = field(default_factory=dict)


@runtime_checkable
class Engine(Protocol):
    spec: EngineSpec

    def availability(self, env: Mapping[str, str]) -> str | None:
        """None when the engine can be called; otherwise the reason it cannot (e.g. a missing key)."""
        ...

    async def run(self, request: EngineRequest) -> EngineResult:
        """Make the output at `request.out_path` or raise an `EngineError`."""
        ...


EngineFactory = Callable[..., Engine]  # factory(spec, *, env=None, transport=None)


def build_engine(
    spec: EngineSpec,
    *,
    env: Mapping[str, str] | None = None,
    transport: Any = None,
) -> Engine:
    """The engine for `spec`, reading keys from `env` (default: a copy of the process environment
    taken now) and talking through `transport` (an httpx transport; None is the network)."""
    factories = engine_factories()
    if spec.provider not in factories:
        raise KeyError(f"no engine is registered for provider {spec.provider!r}")
    source = dict(os.environ if env is None else env)
    factory = factories[spec.provider]
    if not _takes_context(factory):  # a plugin written before env/transport were injected
        return factory(spec)
    return factory(spec, env=source, transport=transport)


def _takes_context(factory: EngineFactory) -> bool:
    try:
        parameters = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):
        return True
    names = {p.name for p in parameters}
    return "env" in names or any(p.kind is p.VAR_KEYWORD for p in parameters)


def key_availability(variable: str, env: Mapping[str, str] | None = None) -> str | None:
    """The common availability rule for keyed providers: unavailable (not an error) without a key."""
    source = os.environ if env is None else env
    return None if source.get(variable) else f"{variable} is not set"


VIDEO_SUFFIXES = (".mp4", ".mov", ".webm", ".mkv")


def source_unavailable(spec: EngineSpec, tool: str, source: Path | None) -> str | None:
    """Why `spec` cannot take this stage's source (a clip to an image upscaler …), or None.
    Pure: the router can call it before ranking, so no attempt is spent finding out."""
    if tool not in ("upscale", "inpaint") or source is None:
        return None
    kind = "video" if Path(source).suffix.lower() in VIDEO_SUFFIXES else "image"
    if kind in spec.sources:
        return None
    return f"{spec.name} takes {' or '.join(spec.sources)} sources, not a {kind}"


def unavailable_reason(
    spec: EngineSpec, env: Mapping[str, str], engine: Engine | None = None
) -> str | None:
    """Why `spec` cannot be called here (retired, no adapter, missing key), or None if it can."""
    if spec.retired:
        return f"retired: {spec.retired}"
    if engine is None:
        if spec.provider not in engine_factories():
            return f"no adapter installed for provider {spec.provider!r}"
        engine = build_engine(spec)
    return engine.availability(env)
