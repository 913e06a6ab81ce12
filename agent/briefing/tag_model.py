"""A second reader for a shot's requirement tags: what the lexicon's rules miss, read by a model.

The rules tag a shot from lists of words (bodies that move, liquids and smoke, products, lettering,
places); a brief in a voice the lists never met ("the ash glaze run down it in green drips",
"Biscuit the cockapoo gets a blow-dry") leaves a tag off, and the router then sends the shot to an
engine that is poor at it. This is one small logistic-regression model per tag over the shot's
words (sentence_model.features), its place in the film and its framing, trained on the
development corpora: each shot labelled by what the corpora's readers expected where they said,
and by the rules elsewhere (`python -m tests.agent.train_tag_model` writes `tag_model.json`).

It only adds: a tag the rules left off is added when the model is sure (`TAG_SURE`); a tag the
rules gave is never taken away.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from agent.briefing.sentence_model import features

MODEL_FILE = Path(__file__).with_name("tag_model.json")
# The tags it reads: the others follow from the cast (character), the camera (camera_motion),
# the brief's look (stylized) or its words said aloud (dialogue), which the rules read whole.
MODELLED = ("human_motion", "physics", "product", "typography", "landscape", "architecture")
TAG_SURE = 0.7  # chosen leaving one set out of training at a time (R, Q, P): +5, +0, +4

_ALONE: ContextVar[bool] = ContextVar("tag_rules_alone", default=False)


@contextmanager
def rules_alone() -> Iterator[None]:
    """Tags from the rules only (the model's training reads them so)."""
    token = _ALONE.set(True)
    try:
        yield
    finally:
        _ALONE.reset(token)


def shot_features(description: str, *, first: bool, last: bool, framing: str) -> list[str]:
    place = ["pos:first"] if first else []
    place += ["pos:last"] if last else []
    return [*features(description), *place, f"framing:{framing}"]


@cache
def _weights() -> dict[str, dict[str, float]]:
    try:
        loaded = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        models = {
            str(tag): {str(k): float(v) for k, v in weights.items()}
            for tag, weights in loaded["tags"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    if not all(math.isfinite(w) for m in models.values() for w in m.values()):
        return {}  # a NaN would tag everything: no model, the rules alone
    return models


def tag_chances(description: str, *, first: bool, last: bool, framing: str) -> dict[str, float]:
    """Each modelled tag's chance for this shot ({} with no model, or while reading rules alone)."""
    models = _weights()
    if not models or _ALONE.get():
        return {}
    seen = shot_features(description, first=first, last=last, framing=framing)
    out = {}
    for tag, weights in models.items():
        score = sum(weights.get(f, 0.0) for f in seen)
        out[tag] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
    return out


def sure_tags(description: str, *, first: bool, last: bool, framing: str) -> set[str]:
    """The modelled tags this shot surely needs."""
    chances = tag_chances(description, first=first, last=last, framing=framing)
    return {tag for tag, p in chances.items() if p >= TAG_SURE}
