"""Splitting a brief into sentences and narrative beats.

A brief mixes two kinds of sentence: *meta* ones that talk about the production ("A 30-second
outdoor-gear spot.", "Painterly, moody, 16:9.", "Keep Mara identical in every shot.") and *story* ones
that describe what we see. Beats come from the story sentences; the meta ones feed the brief's
duration, format, style and global directives.
"""

from __future__ import annotations

import re

from agent.words import NUMBER_WORDS, STYLE_WORDS, has_any

_QUOTES_OPEN = "\"“'"  # a quote toggles; curly quotes are normalised first
_FORMAT_NOUNS: tuple[str, ...] = (
    "ad",
    "advert",
    "spot",
    "commercial",
    "promo",
    "video",
    "episode",
    "series",
    "trailer",
    "teaser",
    "film",
    "short",
    "explainer",
    "sequence",
)
# Words that carry no picture: what is left of a sentence once they are gone decides if it is meta.
_META_WORDS: frozenset[str] = frozenset(
    {
        *NUMBER_WORDS,
        *(w for w in STYLE_WORDS if " " not in w),
        *_FORMAT_NOUNS,
        "a",
        "an",
        "the",
        "for",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "with",
        "as",
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "minute",
        "minutes",
        "min",
        "mins",
        "shot",
        "shots",
        "single",
        "camera",
        "static",
        "handheld",
        "look",
        "style",
        "feel",
        "tone",
        "format",
        "aspect",
        "ratio",
        "vertical",
        "horizontal",
        "square",
        "portrait",
        "landscape",
        "widescreen",
        "orientation",
        "instagram",
        "reels",
        "reel",
        "tiktok",
        "youtube",
        "shorts",
        "stories",
        "story",
        "feed",
        "post",
        "social",
        "media",
        "platform",
        "mm",
        "grain",
        "palette",
    }
)
_DIRECTIVE_START = re.compile(
    r"^(keep|make sure|make|use|maintain|ensure|no|avoid|all shots|every shot|throughout)\b",
    re.IGNORECASE,
)
_CONNECTORS = re.compile(
    r"^(?:and then|and end on|and end with|and finally|and|then|open on|opening on|open with|"
    r"start on|start with|end on|end with|ending on|finally|followed by|cut to)\b\s*",
    re.IGNORECASE,
)
_LIST_CUE = re.compile(
    r"^(?:and|then|open|opening|start|end|ending|finally|followed|cut|a|an|the|her|his|their|its|"
    r"our|two|three|some|wide|close-up|close|extreme|medium|aerial|drone|insert|tracking|slow|"
    r"quick|establishing)\b",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    text = text.replace("—", " - ").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip()


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that are outside double quotes: "Keep more, of what" stays whole."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch in separators and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def sentences(text: str) -> list[str]:
    """Sentences, ending at . ! ? outside quotes when followed by a space (so 1.5 stays whole)."""
    text = normalise(text)
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for i, ch in enumerate(text):
        current.append(ch)
        if ch == '"':
            quoted = not quoted
        at_break = ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " ")
        if at_break and not quoted:
            out.append("".join(current).strip())
            current = []
    tail = "".join(current).strip()
    if tail:
        out.append(tail)
    return [s for s in out if s.strip(" .!?")]


def _content_words(sentence: str) -> list[str]:
    unquoted = re.sub(r'"[^"]*"', " ", sentence)
    words = re.findall(r"[a-z][a-z'-]*", unquoted.lower())
    return [w for w in words if w not in _META_WORDS and not re.fullmatch(r"\d+\w*", w)]


def is_logline(sentence: str) -> bool:
    """'A 20-second ad for Penny…', 'Episode 3 of "Lighthouse"…': the production, not a picture."""
    return has_any(sentence, _FORMAT_NOUNS) and bool(
        re.search(r"\d|\bepisode\b|\bseries\b|" + "|".join(NUMBER_WORDS), sentence, re.IGNORECASE)
    )


def is_meta(sentence: str, *, first: bool) -> bool:
    if _DIRECTIVE_START.search(sentence):
        return True
    if first and is_logline(sentence.split(":")[0]):
        return True
    return not _content_words(sentence)


def split_brief(text: str) -> tuple[list[str], list[str]]:
    """(meta sentences, story sentences). A logline with a colon gives its tail to the story."""
    meta: list[str] = []
    story: list[str] = []
    for i, sentence in enumerate(sentences(text)):
        if i == 0 and ":" in sentence and is_logline(sentence.split(":")[0]):
            head, tail = sentence.split(":", 1)
            meta.append(head.strip())
            if tail.strip():
                story.append(tail.strip())
        elif is_meta(sentence, first=i == 0):
            meta.append(sentence)
        else:
            story.append(sentence)
    return meta, story


def _clause_beats(part: str) -> list[str]:
    """A comma list of shots ("Open on…, then…, a close-up of…") or one beat with asides."""
    fragments = split_top_level(part, ",")
    cues = [bool(_LIST_CUE.search(f)) for f in fragments]
    if sum(cues) < 2:
        return [part]
    beats: list[str] = []
    for fragment, cue in zip(fragments, cues, strict=True):
        if cue or not beats:
            beats.append(fragment)
        else:  # an aside ("mist on the water") belongs to the beat before it
            beats[-1] = f"{beats[-1]}, {fragment}"
    return beats


def clean_beat(beat: str) -> str:
    beat = beat.strip().rstrip(".!?;,").strip()
    beat = _CONNECTORS.sub("", beat).strip()
    return beat[:1].upper() + beat[1:] if beat else beat


def story_beats(text: str) -> list[str]:
    """Narrative beats in story order; establishing beats open the film whatever their position."""
    _, story = split_brief(text)
    beats: list[str] = []
    for sentence in story:
        for part in split_top_level(sentence.rstrip(".!?"), ";"):
            beats.extend(b for b in (clean_beat(c) for c in _clause_beats(part)) if b)
    establishing = [b for b in beats if re.search(r"\bestablishing\b", b, re.IGNORECASE)]
    return establishing + [b for b in beats if b not in establishing]
