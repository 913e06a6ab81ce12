"""A second reader for the rules: how likely a line the rules took for a picture is about the video.

The rules in beats/ read the forms they were written for; each new writer brings forms they were
not ("▪ Budget guide: £18k (TBC)", "On Tue, Sean Whitlock wrote:", "Rating: all audiences"), and a
form a rule misses becomes a shot. Rules added after each held-out set moved the next set by almost
nothing. This is a small logistic-regression model over the line's words, word pairs, its shape
and the lexicon's word classes (a picture noun, a body verb, a meta word, a word no English
dictionary has), trained on every line of the development corpora the planner reads
(`python -m tests.agent.train_sentence_model` writes `sentence_model.json`). A word it never saw
still counts through its class, which is what lets it generalise past the corpora's vocabulary.

It only ever vetoes: a line the rules kept as a picture is set aside as meta when the model is
sure (`META_SURE`), never the other way, and never a line the rules have a reason to keep (an end
card, a timed shot, a terse picture); a numbered line or words in quotes need near-certainty
(`META_QUOTED`); beats/passes.py decides which.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from itertools import pairwise
from pathlib import Path

from agent.briefing.english import is_english_word
from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    ARCHITECTURE_WORDS,
    BODY_PARTS,
    HUMAN_MOTION_VERBS,
    LANDSCAPE_WORDS,
    OBJECT_NOUNS,
    PAPERWORK_WORDS,
    PERSON_NOUNS,
    PHYSICS_VERBS,
    TYPOGRAPHY_WORDS,
)
from agent.briefing.numbers import without_process_times

MODEL_FILE = Path(__file__).with_name("sentence_model.json")
# Chosen on held-out simulations (the planner of an earlier stop on sets it had not seen): at 0.7
# the vetoes that were right outnumbered the wrong ones by about ten to one.
META_SURE = 0.7
# Where a beat must go anyway (more beats than the film has shots), one it leans on is dropped
# rather than folded into a picture.
META_LEANING = 0.5
# After the film's end card, where a brief's sign-off and asides gather, leaning is enough.
META_TAIL = 0.25
# A line with words in quotes may be a card or a line said on screen: only near-certainty.
META_QUOTED = 0.9

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+|[?!:;\"()@#£$€%/•▪–-]")


def _single(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words if " " not in w)


_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("person", _single(PERSON_NOUNS)),
    ("thing", _single((*OBJECT_NOUNS, *ANIMAL_NOUNS, *BODY_PARTS))),
    ("place", _single((*LANDSCAPE_WORDS, *ARCHITECTURE_WORDS))),
    ("move", _single((*HUMAN_MOTION_VERBS, *PHYSICS_VERBS))),
    ("lettering", _single(TYPOGRAPHY_WORDS)),
    ("paperwork", _single(PAPERWORK_WORDS)),
)


def features(text: str) -> list[str]:
    """The line as the model sees it: its words (a number as <num>, a capitalised word inside the
    line as <Cap>), neighbouring word pairs, its first and last word, its length in bands, and
    the lexicon class of each word."""
    tokens = _TOKEN.findall(text)
    words = []
    for i, token in enumerate(tokens):
        if token.isdigit():
            words.append("<num>")
        elif token.isupper() and len(token) > 1:
            words.append("<CAPS>")
        elif token[0].isupper() and i > 0:
            words.append("<Cap>")
        else:
            words.append(token.lower())
    out = {"<bias>"}
    out.update(f"w:{w}" for w in words)
    out.update(f"b:{a}_{b}" for a, b in pairwise(words))
    if words:
        out.add(f"first:{'<num>' if tokens[0].isdigit() else tokens[0].lower()}")
        out.add(f"last:{words[-1]}")
    alpha = [t.lower() for t in tokens if t[0].isalpha()]
    out.add(f"len:{min(len(alpha) // 4, 6)}")
    for word in alpha:
        for name, members in _CLASSES:
            if word in members or word.rstrip("s") in members:
                out.add(f"c:{name}")
        if len(word) > 2 and not is_english_word(word):
            out.add("c:unknown")
    return sorted(out)


@cache
def _weights() -> dict[str, float]:
    try:
        loaded = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in loaded["weights"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no model: the rules alone decide (meta_chance is 0)
    if not all(math.isfinite(w) for w in weights.values()):
        return {}  # a NaN would make every line "sure" (min(30, nan) is 30): the rules alone
    return weights


def meta_chance(text: str) -> float:
    """The model's chance that `text` is about the video (audience, paperwork, a sign-off, a
    header) rather than something to see; 0.0 when no model is installed."""
    weights = _weights()
    if not weights:
        return 0.0
    # ("in the oven for 20 minutes" is the bread's time: a length the model would take for the video's)
    score = sum(weights.get(f, 0.0) for f in features(without_process_times(text)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
