"""Loglines: a sentence that names the production itself, and the picture it carries.

"A 20-second claymation short for kids", "Make me a video of a cat knocking a glass off a table":
a format noun heads it; what follows "of" / "showing" may be a picture, what follows "for" /
"about" is its purpose. Here too is where a labelled line splits into head and tail
(`_colon_split`), since a logline before a spaced dash is such a head ("Bakery reel 15s - flour…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.briefing.beats.headings import _CUE_LABELS, _DASH_HEAD, _FRAMING_LABEL, _colon_at
from agent.briefing.beats.meta import _A_CARD_EACH, is_look, is_meta
from agent.briefing.beats.words import (
    BAND_INTRO,
    FORMAT_NOUNS,
    REQUEST,
    _words,
    has_finite_verb,
    has_picture,
)
from agent.briefing.lexicon import ANIMAL_NOUNS, BODY_PARTS, GROUP_NOUNS, PERSON_NOUNS, has_any
from agent.briefing.numbers import counts, lengths

# --- loglines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Logline:
    """'A 20-second claymation short for kids', 'Make me a video of X': the production itself."""

    text: str
    picture: str  # what follows "of" / "showing" / "featuring", if it describes a picture
    purpose: str  # what follows "for" / "about" / "para" / "pour" ("an electric SUV")


# "A 4-second close-up of rain on a window": a framing said as the whole video, with its
# length, heads a logline as "clip" does (without a length or count it is a picture: below).
_HEAD_NOUNS = (
    *FORMAT_NOUNS, "tiktok", "tiktoks", "youtube short", "instagram post", "insta post",
    "close-up", "closeup", "aerial",
)  # fmt: skip
_FORMAT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in _HEAD_NOUNS) + r")(?![\w-])", re.I
)
_SHOT_HEADS = frozenset(
    {"shot", "shots", "footage", "scene", "clip", "clips", "close-up", "closeup", "aerial"}
)
_PICTURE_INTRO = re.compile(r"\b(?:of|showing|featuring|where|in which)\b\s+", re.I)
_PURPOSE_INTRO = re.compile(r"\b(?:for|about|on|para|pour|für|per)\b\s+", re.I)


def _comma_picture(words: str) -> bool:
    """What follows "a 10 second reel," is its picture: something seen that is not its format,
    look, purpose or platform ("vertical, for Instagram", "nothing fancy", "for the bakery")."""
    if _PURPOSE_INTRO.match(words) or not has_picture(words):
        return False
    if re.match(
        r"(?i)(?:the\s+|our\s+|my\s+)?(?:client|owner|boss|brand|company|customer|audience|"
        r"team|manager|agency|deadline|budget|it|this|that|we|they|i|you|he|she)\b(?!\s+\w+ing\b)",
        words,
    ):
        return False  # "the client is Harbour Bank", "the owner wants it live by Friday"
    return not (is_meta(words) or is_look(words) or _FORMAT_RE.search(words))


_FOR_A_PLATFORM = re.compile(
    r"\b(?:for|on)\s+(?:the\s+|our\s+|my\s+)?(?:insta(?:gram)?|ig|tiktok|facebook|fb|youtube|"
    r"reels|stories|socials|social media|website|linkedin|whatsapp|snapchat)\b",
    re.IGNORECASE,
)


def logline(text: str) -> Logline | None:
    """The logline reading of `text`, when its head is a format noun ("ad", "clip", "vidéo")."""
    # ("the pub sign swinging": an English pub, not a French "pub", an advert)
    m = next(
        (
            f
            for f in _FORMAT_RE.finditer(text)
            if not (
                f.group(0).lower() == "pub"
                and re.search(
                    r"\b(?:the|a|an|our|my|local|village|this|that|his|her|their)\s+$",
                    text[: f.start()],
                    re.IGNORECASE,
                )
            )
        ),
        None,
    )
    if not m or BAND_INTRO.search(text):
        return None  # ("Drum intro.": the band's part, in the picture)
    for nxt in _FORMAT_RE.finditer(text, m.end()):
        # "Tiktok video, 15s, a cat knocks a glass off a table": format nouns one after another
        # name one video (read from the first, the picture after the comma was lost)
        if not re.fullmatch(r"[\s-]+", text[m.end() : nxt.start()]):
            break
        m = nxt
    if (
        m.group(0).lower() in _SHOT_HEADS
        and not (
            counts(text)
            or lengths(text)
            or re.search(r"\bsingle\b", text, re.I)
            # "a quick clip of our tortoise tilly for instagram", "Clip for the farm shop": who
            # or where it is for is the video's (a "wide shot of the beach for our website" is
            # still a shot)
            or (
                m.group(0).lower() in ("clip", "clips")
                and (
                    _FOR_A_PLATFORM.search(text[m.end() :])
                    or re.match(r"\s+for\s", text[m.end() :])
                )
            )
        )
    ):
        return None  # "Wide shot of alpine meadows": a picture, not the production
    before = text[: m.start()]
    # "We're putting on Macbeth in March and I'd like a 30-second trailer …": the clause that
    # asks for it heads the logline (what comes before it is context)
    asking = re.split(r"\s(?:and|so|but)\s|[,;]\s", before)[-1].strip()
    if asking != before.strip() and REQUEST.match(asking):
        return logline(REQUEST.sub("", text[before.rindex(asking) :]))
    if len(_words(before)) > 7 or re.search(
        r"\b(?:she|he|they|it|who|camera)\b", before, re.IGNORECASE
    ):
        return None
    # ("My aunt's bakery needs a short reel": the bakery wants it; the aunt is whose it is)
    whose = re.sub(r"\b(?:my|our|his|her|their)\s+[\w-]+'s\s+(?=\w)", " ", before, flags=re.I)
    if has_any(whose, (*PERSON_NOUNS, *GROUP_NOUNS, *ANIMAL_NOUNS, *BODY_PARTS)):
        return None
    if has_finite_verb(before) and not REQUEST.match(before.strip()):
        return None
    after = text[m.end() :]
    picture = purpose = ""
    intro = _PICTURE_INTRO.match(after.lstrip(" ,"))
    told = re.match(r"\s*,\s*(?P<p>.+)$", after)
    if intro:
        picture = after.lstrip(" ,")[intro.end() :]
    elif told and _comma_picture(told["p"]):
        # "a 10 second reel, a cyclist crossing the bridge": the picture after a comma, as if
        # "of" had been said (it was the title, "Reel a cyclist…", and no shot)
        picture = told["p"]
    else:
        showing = re.search(r",?\s*\b(?:showing|featuring|with)\b\s+(?P<p>.+)$", after, re.I)
        # ("one dish at a time with its name and price on screen": the cards, no picture)
        if showing and has_picture(showing.group("p")) and not _A_CARD_EACH.search(after):
            picture = showing.group("p")
        purpose_m = _PURPOSE_INTRO.search(after)
        if purpose_m and purpose_m.start() < 4:
            purpose = after[purpose_m.end() :]
            purpose = re.split(r",\s*(?:showing|featuring|with)\b", purpose, maxsplit=1)[0]
            if showing and not showing.group(0).startswith(",") and someone_doing(purpose):
                # "A film about my grandad restoring his Vespa, … and riding it to the seafront
                # with my nan on the back": the "with" is inside what he does, no picture apart
                picture = ""
    if not picture and not purpose:
        purpose_m = _PURPOSE_INTRO.search(after)
        if purpose_m:
            purpose = after[purpose_m.end() :]
    return Logline(text=text, picture=picture.strip(" ,.;"), purpose=purpose.strip(" ,.;"))


def _colon_split(text: str) -> tuple[str, str] | None:
    """Head and tail at the first colon outside quotes that is not a ratio or a time (16:9);
    or at a spaced dash after a logline or a framing word ("Bakery reel 15s - flour…", "wide - a
    court at night")."""
    found = _colon_at(text)
    if found is not None:
        return found
    dash = _DASH_HEAD.match(text)
    if dash and (
        logline(dash["head"])
        or _CUE_LABELS.match(dash["head"].strip())
        or _FRAMING_LABEL.match(dash["head"].strip())
    ):
        return dash["head"].strip(), dash["tail"].strip()
    return None


# "my grandad fixing his old tractor": who, then what they are doing
_SOMEONE_DOING = re.compile(
    r"^(?P<who>(?:(?:my|our|his|her|their|the|a|an)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?P<ing>[a-z]{3,}ing)\s+\S"
)


def someone_doing(text: str) -> str:
    """Who `text` opens on, when it opens on someone doing something ("my grandad fixing his
    old tractor": "my grandad"); else ""."""
    m = _SOMEONE_DOING.match(text.strip())
    if m is None or "ing" in m["who"]:
        return ""
    who = m["who"]
    whose = re.sub(r"\b(?:my|our|his|her|their)\s+[\w-]+'s\s+(?=\w)", " ", who, flags=re.I)
    if has_any(whose, (*PERSON_NOUNS, *GROUP_NOUNS, *ANIMAL_NOUNS)) or re.search(
        r"\b[A-Z][a-z]+", who
    ):
        return who
    return ""


def head_of(text: str) -> str:
    """The words before the first picture noun: where a logline says what it is."""
    m = _FORMAT_RE.search(text)
    return text[: m.end()] if m else text
