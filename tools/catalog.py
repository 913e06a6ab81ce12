"""The engine catalog: a versioned TOML routing table.

The default ships beside this module (`default_catalog.toml`); a user's file replaces it through
`--catalog` or `SHOTCALLER_CATALOG`. The version and a hash of the file's bytes are recorded on every
attempt, so a price can always be traced to the table that set it.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from sessions.models import Tag, Tier, ToolName

# Any provider registered in the `shotcaller.engines` entry-point group: a new provider is its
# module and its entry point, with nothing to change here. `parse_catalog` checks registration.
Provider = str
CATALOG_ENV = "SHOTCALLER_CATALOG"

# Ceilings that no honest catalog reaches: they catch a typo (or an `inf`) before it hangs a run
# or makes a cost NaN. A price is per second, image or megapixel; a wait is for one job.
MAX_PRICE_USD = 1000.0
MAX_LATENCY_S = 86_400.0
MAX_DURATION_S = 600.0
MAX_CONCURRENCY = 64
MAX_BUDGET_USD = 1_000_000.0
MAX_RETRY_AFTER_S = 86_400.0
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CatalogError(ValueError):
    """A catalog that cannot be used. The message is one line naming the file and the field."""


class _Strict(BaseModel):
    # allow_inf_nan=False: `latency_s = inf` or `per_second = nan` is one clear error, not a hang.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Price(_Strict):
    """A list price, with where it was read and when (a price without both is unverified)."""

    per_second: float | None = Field(default=None, ge=0, le=MAX_PRICE_USD)
    per_image: float | None = Field(default=None, ge=0, le=MAX_PRICE_USD)
    per_megapixel: float | None = Field(default=None, ge=0, le=MAX_PRICE_USD)
    source: str = ""  # the page or SDK the figure was read from
    checked: str = ""  # the date it was read, YYYY-MM-DD
    verified: bool = False  # true only when `source` states this very figure

    @field_validator("checked")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        if value and not _DATE.match(value):
            raise ValueError("checked must be a date, YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _one_unit(self) -> Price:
        if sum(v is not None for v in (self.per_second, self.per_image, self.per_megapixel)) != 1:
            raise ValueError("give exactly one of per_second, per_image, per_megapixel")
        if self.verified and not (self.source and self.checked):
            raise ValueError("a verified price needs its source and the date it was checked")
        return self

    @property
    def amounts(self) -> dict[str, float]:
        """The unit and figure alone (`{"per_second": 0.07}`), without where it came from."""
        return {
            unit: value
            for unit, value in (
                ("per_second", self.per_second),
                ("per_image", self.per_image),
                ("per_megapixel", self.per_megapixel),
            )
            if value is not None
        }

    def estimate(self, *, duration_s: float | None, width: int, height: int) -> float:
        """Expected charge for one output of this size (and length, for video)."""
        if self.per_second is not None:
            return self.per_second * (duration_s or 0.0)
        if self.per_megapixel is not None:
            return self.per_megapixel * width * height / 1_000_000
        return self.per_image or 0.0


class Faults(_Strict):
    """Fault probabilities for the simulated provider, drawn from a seeded generator."""

    timeout: float = Field(default=0.0, ge=0, le=1)
    rate_limit: float = Field(default=0.0, ge=0, le=1)
    retry_after_s: float = Field(default=0.01, ge=0, le=MAX_RETRY_AFTER_S)
    server_error: float = Field(default=0.0, ge=0, le=1)
    low_quality: float = Field(default=0.0, ge=0, le=1)
    refusal: float = Field(default=0.0, ge=0, le=1)
    corrupt: float = Field(default=0.0, ge=0, le=1)
    retired: bool = False
    seed: int = 1
    # Engines are weaker off their strengths: this much more low_quality, scaled by the share of
    # the shot's tags the engine is not strong at (a Veo-like engine on a human_motion shot).
    low_quality_off_strength: float = Field(default=0.0, ge=0, le=1)
    # Waits are `latency_s` × this, so a catalog can keep realistic waits and still run fast.
    time_scale: float = Field(default=1.0, ge=0, le=1000)
    # A keyframe of a shot with cast references draws the members off-model (their colours
    # turned): a good-looking picture of the wrong character, which only the reference check catches.
    drift: float = Field(default=0.0, ge=0, le=1)


class Upload(_Strict):
    """Where an engine's input images go when its provider must fetch them by URL (Luma).

    `via = "fal"` uses fal's storage (needs FAL_KEY); `"s3"` an S3-compatible bucket signed with
    SigV4 from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, the provider receiving a presigned GET
    URL valid for `expires_s`. (Runway's own uploads serve Runway only; its adapter uses them.)
    """

    via: Literal["fal", "s3"]
    bucket: str = ""
    endpoint: str = ""  # e.g. https://s3.eu-west-1.amazonaws.com or an R2/MinIO endpoint
    region: str = "us-east-1"
    prefix: str = "shotcaller/"
    expires_s: int = Field(default=3600, ge=60, le=604_800)  # SigV4 allows at most 7 days

    @model_validator(mode="after")
    def _bucket_for_s3(self) -> Upload:
        if self.via == "s3" and not (self.bucket and self.endpoint):
            raise ValueError('via = "s3" needs bucket and endpoint')
        return self


class ReferenceInputs(_Strict):
    """What reference inputs an engine takes (how the cast reaches it), per its SDK or API page.

    `images`: how many reference pictures one call takes (0: none); `lora`: a LoRA by URL;
    `first_last`: a clip's first and last frame; `tools`: the stages they apply to (all of the
    engine's tools when empty)."""

    images: int = Field(default=0, ge=0, le=16)
    lora: bool = False
    first_last: bool = False
    tools: tuple[ToolName, ...] = ()
    # An edit model that only works from a reference (Flux Kontext): left out of the ranking for
    # a stage with no cast picture to give it.
    required: bool = False
    # The references go instead of the clip's first frame (Veo's reference-to-video takes a prompt
    # and asset pictures, never an `image` beside them): never for a clip that must continue
    # another clip's last frame, and the keyframe then guides the clip in words only.
    replaces_frame: bool = False
    # The aspect ratios at which the references can go (all when empty): Veo's reference-to-video
    # is 16:9 only.
    ratios: tuple[str, ...] = ()

    def applies_to(self, tool: str) -> bool:
        return not self.tools or tool in self.tools

    def refuses(self, tool: str, *, ratio: str = "", anchored: bool = False) -> str | None:
        """Why this stage's references cannot go to the engine at all (None: they can, within
        `images`): the wrong tool, an aspect ratio it cannot take them at, or a clip anchored to
        another clip's last frame when the references would replace that frame."""
        if not self.applies_to(tool) or not (self.images or self.lora):
            return f"takes no references for {tool}"
        if self.ratios and ratio and ratio not in self.ratios:
            return f"takes references at {', '.join(self.ratios)} only, not {ratio}"
        if self.replaces_frame and anchored:
            return (
                "takes references instead of a first frame, and this clip must start from the "
                "previous clip's last frame"
            )
        return None

    def words(self) -> str:
        """What it takes, in a few words for `shotcaller engines` ("" when nothing)."""
        parts = []
        if self.images:
            # A required reference is one at least: "needs 1–3" (Runway's Gen-4 Image Turbo takes
            # one to three, the SDK's Gen4ImageTurbo.reference_images), "takes 3" (up to three).
            count = f"1–{self.images}" if self.required and self.images > 1 else str(self.images)
            parts.append(f"{count} reference image{'s' if self.images != 1 else ''}")
        if self.lora:
            parts.append("a LoRA")
        if self.first_last:
            parts.append("first/last frame")
        if not parts:
            return ""
        if self.replaces_frame and self.images:
            parts[0] += " instead of a first frame"
        scope = [f"for {', '.join(self.tools)}"] if self.tools else []
        scope += [f"at {', '.join(self.ratios)}"] if self.ratios else []
        only = f" ({'; '.join(scope)})" if scope else ""
        return ("needs " if self.required else "takes ") + " + ".join(parts) + only

    def takes_cast(self, tool: str) -> bool:
        """Whether a stage of `tool` can be shown the cast at all (pictures or a LoRA)."""
        return self.applies_to(tool) and (self.images > 0 or self.lora)


class EngineSpec(_Strict):
    name: str = Field(min_length=1)
    provider: Provider = Field(min_length=1, pattern=r"^[a-z][a-z0-9_\-]*$")
    model: str = ""
    tools: tuple[ToolName, ...] = Field(min_length=1)
    tiers: tuple[Tier, ...] = Field(min_length=1)
    strengths: tuple[Tag, ...] = ()
    price: Price
    latency_s: float = Field(default=1.0, ge=0, le=MAX_LATENCY_S)
    max_duration_s: float | None = Field(default=None, gt=0, le=MAX_DURATION_S)
    concurrency: int = Field(default=1, ge=1, le=MAX_CONCURRENCY)
    quality: float = Field(default=0.5, ge=0, le=1)  # prior, used to rank for delivery
    audio: bool = False  # its clips come with sound (e.g. Veo 3.x); preferred when a shot wants it
    retired: str | None = None  # why the model is out for good (e.g. "API shut down 2026-09-24")
    key_env: str | None = None  # overrides the provider's usual key variable
    # The provider's endpoint, when not its public one: a gateway, a proxy, a regional or Vertex
    # endpoint (the conformance tests point adapters at a loopback recorder this way).
    base_url: str | None = Field(default=None, pattern=r"^https?://[^\s]+$")
    upload: Upload | None = None
    # What an upscale (or inpaint) engine takes as its source: an image upscaler cannot take a
    # clip, a video upscaler cannot take a keyframe.
    sources: tuple[Literal["image", "video"], ...] = Field(default=("image", "video"), min_length=1)
    # Same request, same output (the animatic): never asked twice the same thing — a redo or a
    # retry after a rejection gets a new seed (tools/routing/seeds.py).
    deterministic: bool = False
    faults: Faults | None = None
    references: ReferenceInputs = ReferenceInputs()
    # Prior chance that one output of this engine is accepted, when the catalog-wide prior
    # (`[learning] prior_accept`) does not fit it; the data home's history updates it.
    acceptance: float | None = Field(default=None, gt=0, lt=1)

    def estimate(self, *, duration_s: float | None, width: int, height: int) -> float:
        if self.max_duration_s is not None and duration_s is not None:
            duration_s = min(duration_s, self.max_duration_s)
        return self.price.estimate(duration_s=duration_s, width=width, height=height)


class QualityThresholds(_Strict):
    draft: float = Field(default=0.35, ge=0, le=1)
    delivery: float = Field(default=0.6, ge=0, le=1)


class Guardrails(_Strict):
    max_attempts_per_stage: int = Field(default=3, ge=1, le=20)
    budget_usd: float = Field(default=20.0, ge=0, le=MAX_BUDGET_USD)
    on_refusal: Literal["ask", "failover", "fail"] = "ask"
    # A longer Retry-After fails over instead.
    max_retry_after_s: float = Field(default=60.0, ge=0, le=MAX_RETRY_AFTER_S)
    min_quality: QualityThresholds = QualityThresholds()


class AcceptancePrior(_Strict):
    """Prior chance that one output is accepted, per tier (a Beta prior's mean)."""

    draft: float = Field(default=0.6, gt=0, lt=1)
    delivery: float = Field(default=0.3, gt=0, lt=1)


class Learning(_Strict):
    """What the router believes about each engine before this data home has seen it, and how
    fast what it sees replaces that (tools/routing/learning.py).

    P(accept | engine, tag, tier) is a Beta posterior: the prior's mean is `prior_accept` for the
    tier (or the engine's own `acceptance`), times `off_strength` on a tag the engine is not
    strong at, worth `prior_strength` outputs; every judged output in the data home's history
    adds to it, older ones weighing less (`half_life` outputs of that engine), and a new model
    version keeps only `new_version_carry` of what the old one taught."""

    # "static": the catalog's ranking (coverage, then quality) at delivery; "learned": the
    # expected cost per acceptable take, drawn from the posteriors (Thompson sampling).
    ranking: Literal["static", "learned"] = "static"
    prior_accept: AcceptancePrior = AcceptancePrior()
    prior_strength: float = Field(default=4.0, gt=0, le=10_000)
    off_strength: float = Field(default=0.6, ge=0, le=1)
    half_life: float = Field(default=25.0, gt=0, le=1_000_000)
    new_version_carry: float = Field(default=0.25, ge=0, le=1)
    # An output on the engine's other tags counts this much toward a tag it has seen little of.
    transfer: float = Field(default=0.5, ge=0, le=1)
    # Prior chance that a call comes back with an output at all (no timeout, 5xx or 429).
    prior_reliability: float = Field(default=0.9, gt=0, lt=1)
    # Delivery ranks engines whose `quality` prior is below this after all the others.
    quality_floor: float = Field(default=0.5, ge=0, le=1)
    # The learned order keeps each stage's chance of an accepted take within the regeneration
    # cap at least this, when some order of the engines can.
    success_floor: float = Field(default=0.97, ge=0, le=1)
    seed: int = 0  # the sampling's seed: the same history and shot rank the same way
    source: str = ""  # where the prior comes from


class Race(_Strict):
    """Proxy races (tools/service/race.py): a shot's stage made small and short on several
    engines at once, before the delivery generation is committed to one of them."""

    engines: int = Field(default=3, ge=2, le=16)  # how many when the person does not say
    max_engines: int = Field(default=4, ge=2, le=16)
    duration_s: float = Field(default=2.0, gt=0, le=MAX_DURATION_S)  # a proxy clip's length
    short_side: int = Field(default=360, ge=16, le=2160)  # a proxy's frame, short side, pixels
    hard_tags: tuple[Tag, ...] = ("human_motion", "physics", "character")

    @model_validator(mode="after")
    def _within_cap(self) -> Race:
        if self.engines > self.max_engines:
            raise ValueError("engines is more than max_engines")
        return self


class Catalog(_Strict):
    version: str = Field(min_length=1)
    guardrails: Guardrails = Guardrails()
    learning: Learning = Learning()
    race: Race = Race()
    engines: tuple[EngineSpec, ...] = Field(alias="engine", min_length=1)
    sha256: str = ""
    source: str = ""

    @model_validator(mode="after")
    def _unique_names(self) -> Catalog:
        seen: set[str] = set()
        for spec in self.engines:
            if spec.name in seen:
                raise ValueError(f"engine name {spec.name!r} is used twice")
            seen.add(spec.name)
        return self

    def engine(self, name: str) -> EngineSpec:
        for spec in self.engines:
            if spec.name == name:
                return spec
        raise KeyError(name)


def default_catalog_text() -> str:
    return resources.files("tools").joinpath("default_catalog.toml").read_text("utf-8")


def parse_catalog(text: str, source: str = "catalog") -> Catalog:
    """Parse and validate catalog TOML; every problem becomes one `CatalogError` line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: not valid TOML: {exc}") from None
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(f"{source}: {_first_problem(exc, data)}") from None
    _check_providers(catalog, source)
    return catalog.model_copy(
        update={"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "source": source}
    )


def load_catalog(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> Catalog:
    """The catalog in force: an explicit file, else `SHOTCALLER_CATALOG`, else the default."""
    env = os.environ if env is None else env
    chosen = path or env.get(CATALOG_ENV) or None
    if chosen is None:
        return parse_catalog(default_catalog_text(), "default catalog")
    file = Path(chosen)
    try:
        text = file.read_text("utf-8")
    except FileNotFoundError:
        raise CatalogError(f"catalog file not found: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read catalog {file}: {exc.__class__.__name__}") from None
    return parse_catalog(text, str(file))


def _check_providers(catalog: Catalog, source: str) -> None:
    """Every provider named must have an engine registered for it (an entry point)."""
    from tools.engines.registry import engine_factories  # imported when asked

    known = engine_factories()
    for index, spec in enumerate(catalog.engines):
        if spec.provider not in known:
            raise CatalogError(
                f"{source}: engine[{index}] ({spec.name}).provider: no engine is registered for "
                f"{spec.provider!r} (known: {', '.join(sorted(known))})"
            )


def _first_problem(exc: ValidationError, data: object) -> str:
    """Name the field the way the TOML file spells it: `engine[2] (kling-2.1-pro).price: …`."""
    err = exc.errors()[0]
    parts: list[str] = []
    node = data
    for loc in err["loc"]:
        if isinstance(loc, int):
            name = ""
            if isinstance(node, list) and loc < len(node):
                node = node[loc]
                if isinstance(node, dict) and isinstance(node.get("name"), str):
                    name = f" ({node['name']})"
            parts[-1] = f"{parts[-1]}[{loc}]{name}" if parts else f"[{loc}]"
        else:
            parts.append(str(loc))
            node = node.get(loc) if isinstance(node, dict) else None
    where = ".".join(parts) or "top level"
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "finite_number" or (
        isinstance(err.get("input"), float) and not math.isfinite(err["input"])
    ):
        message = f"must be a finite number, not {err['input']!r}"
    return f"{where}: {message}"
