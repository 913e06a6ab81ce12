"""The default catalog's model ids are ones the installed official SDKs still list.

Models move fast (gpt-image-1 and the Gemini API's Veo ids were shut down in autumn 2026): this
fails as soon as an SDK upgrade drops a catalog id or marks it shut down or deprecated, so the
catalog is updated before a paid call meets a 404. Providers whose SDK carries no model types
(fal-client and replicate pass any id; google-genai has no Veo id list) are checked by the
preflight instead (`shotcaller engines --check`: model existence on the provider's own API).
"""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Iterator
from types import ModuleType

import lumaai.types.generation_create_params as luma_params
import lumaai.types.generations.image_create_params as luma_image_params
import openai.types.image_model as openai_models
import pytest
import runwayml.types.image_to_video_create_params as runway_i2v
import runwayml.types.image_upscale_create_params as runway_image_upscale
import runwayml.types.text_to_image_create_params as runway_t2i
import runwayml.types.video_upscale_create_params as runway_video_upscale
from google.genai._gaos.types.interactions import model as genai_models

from tools.catalog import EngineSpec, load_catalog


def literals(tp: object) -> Iterator[str]:
    """Every string in the `Literal[...]`s nested in a type."""
    if typing.get_origin(tp) is typing.Literal:
        yield from (a for a in typing.get_args(tp) if isinstance(a, str))
        return
    for arg in typing.get_args(tp):
        yield from literals(arg)


def model_fields(module: ModuleType) -> set[str]:
    """The `model` literals of every TypedDict in a Stainless params module."""
    found: set[str] = set()
    for _, cls in inspect.getmembers(module, inspect.isclass):
        hints = (
            typing.get_type_hints(cls, include_extras=True)
            if cls.__module__ == module.__name__
            else {}
        )
        if "model" in hints:
            found |= set(literals(hints["model"]))
    return found


def deprecated_values(module: ModuleType) -> dict[str, str]:
    """The "Deprecated values:" block that Castiron/Stainless put under a model alias."""
    text = inspect.getsource(module)
    block = text.split("Deprecated values:", 1)[1] if "Deprecated values:" in text else ""
    out: dict[str, str] = {}
    for ids, why in re.findall(r'-\s+((?:"[^"]+",?\s*)+):\s*(.+)', block):
        for model in re.findall(r'"([^"]+)"', ids):
            out[model] = why.strip()
    return out


def sdk_models() -> dict[str, tuple[set[str], dict[str, str]]]:
    return {
        "openai": (set(literals(openai_models.ImageModel)), deprecated_values(openai_models)),
        "runway": (
            set().union(
                *(
                    model_fields(m)
                    for m in (runway_i2v, runway_t2i, runway_image_upscale, runway_video_upscale)
                )
            ),
            {},
        ),
        "luma": (
            set(literals(typing.get_type_hints(luma_params.GenerationCreateParams)["model"]))
            | set(literals(typing.get_type_hints(luma_image_params.ImageCreateParams)["model"])),
            {},
        ),
        "gemini": (set(literals(genai_models.Model)), {}),
    }


CHECKED = [s for s in load_catalog().engines if s.provider in sdk_models() and not s.retired]


@pytest.mark.parametrize("spec", CHECKED, ids=lambda s: s.name)
def test_catalog_model_is_listed_and_not_deprecated(spec: EngineSpec) -> None:
    known, deprecated = sdk_models()[spec.provider]
    assert spec.model in known, (
        f"{spec.name}: {spec.model!r} is not in the {spec.provider} SDK's models"
    )
    assert spec.model not in deprecated, f"{spec.name}: {deprecated.get(spec.model)}"


def test_the_checks_would_catch_what_happened_this_autumn() -> None:
    _known, deprecated = sdk_models()["openai"]
    assert "gpt-image-1" in deprecated and "shut down" in deprecated["gpt-image-1"]
    assert {"dall-e-2", "dall-e-3"} <= set(deprecated)
    assert "veo-3.1-generate-preview" not in sdk_models()["gemini"][0]
    assert {"gen4_turbo", "gen4.5", "gen4_image"} <= sdk_models()["runway"][0]
    assert len(CHECKED) >= 6
