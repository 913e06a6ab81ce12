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
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from sessions.models import ToolName
from tools.engines.registry import engine_factories

if TYPE_CHECKING:
    from tools.catalog import EngineSpec


@dataclass(frozen=True)
class ReferenceImage:
    """A picture of a cast member that an engine may be shown."""

    path: Path
    sha256: str
    view: str = ""  # a sheet's view (front, profile …); "" for the person's own file
    source: str = "operator"  # operator | sheet


@dataclass(frozen=True)
class CastSubject:
    """A cast member a stage shows: who it is, in words, in pictures and as a LoRA."""

    name: str
    kind: str = "character"  # character | product | brand
    description: str = ""
    references: tuple[ReferenceImage, ...] = ()  # approved ones only, the primary first
    lora_url: str | None = None
    lora_scale: float = 1.0

    @property
    def tag(self) -> str:
        """A prompt tag for the member (Runway's `@tag`: 3–16 letters, digits or underscores,
        starting with a letter)."""
        word = "".join(c if c.isalnum() and c.isascii() else "_" for c in self.name)
        word = "_".join(p for p in word.split("_") if p and p.lower() != "the") or "cast"
        word = word if word[:1].isalpha() else f"c_{word}"
        return (word + "___")[: max(3, min(16, len(word)))]


def pick_references(
    cast: tuple[CastSubject, ...], limit: int
) -> list[tuple[CastSubject, ReferenceImage]]:
    """At most `limit` references for a stage: each member's primary first (every member is shown
    before anyone gets a second view), then further views in turn."""
    picked: list[tuple[CastSubject, ReferenceImage]] = []
    depth = 0
    while len(picked) < limit and any(len(m.references) > depth for m in cast):
        for member in cast:
            if len(member.references) > depth and len(picked) < limit:
                picked.append((member, member.references[depth]))
        depth += 1
    return picked


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
    # The cast members this stage shows, with the references and LoRAs the router decided to send
    # this engine (empty when the engine takes none: the attempt says they were not sent).
    cast: tuple[CastSubject, ...] = ()


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


_NOT_SET = " is not set"


def key_availability(variable: str, env: Mapping[str, str] | None = None) -> str | None:
    """The common availability rule for keyed providers: unavailable (not an error) without a key."""
    source = os.environ if env is None else env
    return None if source.get(variable) else f"{variable}{_NOT_SET}"


def missing_key(reason: str) -> str | None:
    """The variable an unavailability reason is waiting for ("uploads for luma: FAL_KEY is not
    set" is FAL_KEY), or None when setting a key would not help (retired, no adapter…)."""
    named = re.search(r"\b([A-Z][A-Z0-9_]*)" + _NOT_SET + "$", reason)
    return named.group(1) if named else None


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
