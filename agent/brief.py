"""Reading the person's words: a brief file (or stdin) into a `Brief`.

Every mistake the person can make becomes a `BriefError` whose message is one line they can act on;
the CLI prints it and exits 2.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from agent.beats import sentences, split_brief, split_top_level
from agent.words import NUMBER_WORDS, style_words_in
from sessions.models import TIERS, AspectRatio, Brief, Tier

MAX_BRIEF_CHARS = 20_000
MAX_BRIEF_BYTES = 1_000_000
MAX_DURATION_S = 600.0
DEFAULT_DURATION_S = 15.0
DEFAULT_SECONDS_PER_SHOT = 4.0


class BriefError(ValueError):
    """A brief shotcaller cannot plan from; the message is one line for the person."""


def read_brief_text(source: str, stdin: TextIO | None = None) -> str:
    """The brief's text from a path, or from stdin when source is "-"."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin
        try:
            text = stream.read(MAX_BRIEF_BYTES + 1)
        except UnicodeDecodeError:
            raise BriefError("the brief on stdin is not UTF-8 text") from None
        if len(text) > MAX_BRIEF_BYTES:
            raise BriefError("the brief on stdin is over 1 MB; briefs are short text")
        return _checked(text, "the brief on stdin")
    path = Path(source)
    if not path.exists():
        raise BriefError(f"brief file not found: {source}")
    if path.is_dir():
        raise BriefError(f"{source} is a directory; give the path of a brief text file")
    try:
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise BriefError(f"{source} is {size / 1e6:.1f} MB; a brief is text up to 1 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"cannot read {source}: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise BriefError(f"{source} looks like a binary file; a brief is plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefError(f"{source} is not UTF-8 text; a brief is plain text") from None
    return _checked(text, source)


def _checked(text: str, where: str) -> str:
    if "\x00" in text:
        raise BriefError(f"{where} looks like binary data; a brief is plain text")
    if not text.strip():
        raise BriefError(f"{where} is empty; describe the video you want")
    if len(text) > MAX_BRIEF_CHARS:
        raise BriefError(
            f"{where} is {len(text):,} characters; shotcaller reads briefs up to {MAX_BRIEF_CHARS:,}"
        )
    return text


# --- durations -------------------------------------------------------------------------------

_NUM = r"-?\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORD_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Digits may touch their unit ("5s"); words need a gap, or "as" and "ones" would read as seconds.
_DURATION = re.compile(
    rf"(?<![\w.'])(?P<phrase>(?:(?P<num>-?\d+(?:\.\d+)?)[\s-]*|(?P<word>{_WORD_NUM}|half an?|an?)[\s-]+)"
    r"(?P<unit>seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h))(?![\w])",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(?:\d{4}|\d0)s$")
_PER_SHOT_AFTER = re.compile(r"^[\s-]*(?:[\w-]+\s+)?shots?\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"(?:^|\s)({_NUM})\s*$", re.IGNORECASE)
_SHOT_COUNT = re.compile(
    rf"(?<![\w-])(?P<num>\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})[\s-]+"
    rf"(?:(?:{_NUM})[\s-]*(?:seconds?|secs?|s)[\s-]+)?shots?\b",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}


@dataclass(frozen=True)
class _Duration:
    phrase: str
    seconds: float
    per_shot: bool
    count: int | None


def _number(word: str) -> float:
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in ("a", "an"):
        return 1.0
    if word.startswith("half"):
        return 0.5
    return float(word)


def _durations(text: str) -> list[_Duration]:
    found: list[_Duration] = []
    for m in _DURATION.finditer(text):
        unit = m.group("unit").lower()
        num = (m.group("num") or m.group("word")).lower()
        # "a second close-up" is an ordinal, not one second; "the 1980s" is a period, not a length.
        if num in ("a", "an") and unit.startswith("s"):
            continue
        if _DECADE.match(m.group("phrase")):
            continue
        seconds = _number(num) * _UNIT_SECONDS["m" if unit.startswith("min") else unit[0]]
        per_shot = bool(_PER_SHOT_AFTER.match(text[m.end() :]))
        count_match = _COUNT_BEFORE.search(text[: m.start()]) if per_shot else None
        count = int(_number(count_match.group(1))) if count_match else None
        found.append(_Duration(m.group("phrase"), seconds, per_shot, count))
    return found


def _total_duration(text: str) -> tuple[float | None, str]:
    durations = _durations(text)
    totals = [d for d in durations if not d.per_shot]
    if totals:
        return totals[0].seconds, totals[0].phrase
    if durations:  # "One 5-second shot", "six 4-second shots"
        d = durations[0]
        return d.seconds * (d.count or 1), d.phrase
    return None, ""


def _shot_count(text: str) -> int | None:
    if re.search(r"\bsingle[\s-]shot\b|\ba single\b[^.]*\bshot\b", text, re.IGNORECASE):
        return 1
    m = _SHOT_COUNT.search(text)
    if not m:
        return None
    return int(_number(m.group("num")))


# --- format --------------------------------------------------------------------------------

_EXPLICIT_RATIO = re.compile(r"(?<![\d.:])(16:9|9:16|1:1|4:5)(?![\d:])")
_VERTICAL = re.compile(
    r"\bvertical(?:ly)?\b(?!\s+(?:cliffs?|walls?|rock|drops?|faces?|lines?|stripes?|blinds?|climb))"
    r"|\bportrait\s+(?:format|mode|orientation|video)\b|\bin portrait\b",
    re.IGNORECASE,
)
_SQUARE = re.compile(
    r"(?<!town )(?<!city )(?<!market )(?<!village )\bsquare\b(?!\s+(?:jaw|met|feet|foot|mile|root))",
    re.IGNORECASE,
)
_HORIZONTAL = re.compile(
    r"\bhorizontal\b|\bwidescreen\b|\blandscape\s+(?:format|mode|orientation|video)\b",
    re.IGNORECASE,
)
# (pattern, platform name, aspect ratio), most specific first: "YouTube Shorts" before "YouTube".
_PLATFORMS: tuple[tuple[re.Pattern[str], str, AspectRatio], ...] = (
    (re.compile(r"\byoutube shorts\b|\bShorts\b"), "YouTube Shorts", "9:16"),
    (re.compile(r"\btiktok\b", re.IGNORECASE), "TikTok", "9:16"),
    (re.compile(r"\b(?:instagram )?reels?\b", re.IGNORECASE), "Instagram Reels", "9:16"),
    (re.compile(r"\binstagram stor(?:y|ies)\b", re.IGNORECASE), "Instagram Stories", "9:16"),
    (re.compile(r"\byoutube\b", re.IGNORECASE), "YouTube", "16:9"),
    (re.compile(r"\binstagram\b", re.IGNORECASE), "Instagram feed", "4:5"),
    # A generic social post goes square: 1:1 is the one shape every feed (Instagram, Facebook,
    # LinkedIn, X) shows uncropped, whereas 9:16 is cropped to 4:5 or smaller outside Reels/TikTok.
    (
        re.compile(r"\bsocial(?: media)? (?:post|feed)\b|\bsocials\b", re.IGNORECASE),
        "social",
        "1:1",
    ),
)


def _platform(text: str) -> tuple[str | None, AspectRatio | None]:
    for pattern, name, ratio in _PLATFORMS:
        if pattern.search(text):
            return name, ratio
    return None, None


def _aspect_ratio(text: str, platform_ratio: AspectRatio | None) -> AspectRatio:
    explicit = _EXPLICIT_RATIO.search(text)
    if explicit:
        ratio: AspectRatio = explicit.group(1)  # type: ignore[assignment]
        return ratio
    if _VERTICAL.search(text):
        return "9:16"
    if _SQUARE.search(text):
        return "1:1"
    if _HORIZONTAL.search(text):
        return "16:9"
    return platform_ratio or "16:9"


# --- title ---------------------------------------------------------------------------------

_APPOSITIVE_PRODUCT = re.compile(
    r"\bfor (?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*), an? (?P<what>[^,.;]+?)(?: for [^,.;]+)?(?:[,.;]|$)"
)
_EPISODE = re.compile(r'\bepisode (?P<n>\d+) of "(?P<series>[^"]+)"', re.IGNORECASE)
_FORMAT_PHRASE = re.compile(
    r"\b(?P<kind>ad|advert|spot|commercial|promo|trailer|teaser|explainer|video|film)\b",
    re.IGNORECASE,
)


def product_name(text: str) -> str | None:
    """'A 20-second ad for Penny, a budgeting app…' names the product Penny."""
    m = _APPOSITIVE_PRODUCT.search(text)
    return m.group("name") if m else None


def _title(text: str) -> str:
    first = (sentences(text) or [text])[0]
    episode = _EPISODE.search(first)
    if episode:
        return f"{episode.group('series')} — episode {episode.group('n')}"
    product = _APPOSITIVE_PRODUCT.search(first)
    kind = _FORMAT_PHRASE.search(first)
    if product:
        suffix = f" {kind.group('kind').lower()}" if kind else ""
        return f"{product.group('name')} — {product.group('what').strip()}{suffix}"
    # Otherwise the first sentence, without its duration and article: "Outdoor-gear spot".
    title = _DURATION.sub("", first.split(":")[0]).strip(" .!?")
    title = re.sub(r"^(?:an?|the)\b\s*", "", title, flags=re.IGNORECASE).strip(" -,")
    title = split_top_level(title, ",;")[0] if title else "Untitled"
    if len(title) > 60:
        title = title[:60].rsplit(" ", 1)[0] + "…"
    return title[:1].upper() + title[1:] if title else "Untitled"


# --- the brief -------------------------------------------------------------------------------


def parse_brief(text: str, *, tier: str | None = None, budget_usd: float | None = None) -> Brief:
    """Read duration, shot count, aspect ratio, style and a title from the brief's words.

    Budget and tier come only from the person's options, never from the brief text: a brief that
    says "ignore the budget" changes nothing.
    """
    text = _checked(text, "the brief")
    chosen_tier: Tier = "draft"
    if tier is not None:
        if tier not in TIERS:
            raise BriefError(f"unknown tier '{tier}': use draft or delivery")
        chosen_tier = tier  # type: ignore[assignment]
    if budget_usd is not None and not budget_usd > 0:
        raise BriefError(f"the budget must be more than $0 (got {budget_usd:g})")

    duration, phrase = _total_duration(text)
    if duration is not None and duration <= 0:
        raise BriefError(f"the brief asks for {phrase}; a duration must be more than zero")
    if duration is not None and duration > MAX_DURATION_S:
        raise BriefError(f"the brief asks for {phrase}; shotcaller plans episodes up to 10 minutes")
    if duration is not None and duration < 1:
        raise BriefError(f"the brief asks for {phrase}; a video must be at least 1 second")

    count = _shot_count(text)
    if count is not None and count < 1:
        raise BriefError("the brief asks for zero shots; a plan needs at least one")
    if duration is None:
        duration = count * DEFAULT_SECONDS_PER_SHOT if count else DEFAULT_DURATION_S
        duration = min(duration, MAX_DURATION_S)
    if count is not None and count > int(duration):
        raise BriefError(
            f"the brief asks for {count} shots in {duration:g} seconds; "
            "each shot needs at least 1 second"
        )

    platform, platform_ratio = _platform(text)
    meta, _ = split_brief(text)
    return Brief(
        text=text,
        title=_title(text),
        duration_s=duration,
        aspect_ratio=_aspect_ratio(text, platform_ratio),
        platform=platform,
        style_notes=style_words_in(" ".join(meta)),
        tier=chosen_tier,
        budget_usd=budget_usd,
        shot_count=count,
    )
