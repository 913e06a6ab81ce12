"""Asides: what brackets and spaced dashes in a picture say beside it.

"(60s, grey overcoat)" describes the picture; "(SFX, let it ring)" or "(legal says…)" speaks to the
crew; "Rob says the still is called Agnes" or "- god I need a break" is gossip. These decide what
stays in a beat's text, what goes to its asides, and which asides are no cue for the shot's tags
(`is_gossip`, read by shots.py).
"""

from __future__ import annotations

import re

from agent.briefing.beats.meta import is_meta
from agent.briefing.beats.talk import is_talk
from agent.briefing.beats.words import _words, content_words, has_finite_verb

_CREW_NOTE = re.compile(
    # "(it's on every prospectus, so…)", "(safety goggles ON - compliance will check!)",
    # "(SFX, let it ring)", "(Aside: legal says…)"
    r"^(?:sfx|sound|audio|music|vo|voice-?over|it'?s|it is|this is|that'?s|so|because|since|"
    r"note|nb|ps|fyi|aside)\b|.*\b(?:compliance|legal|client|will check|make sure)\b|"
    # "(this bit can feel a little playful)": how the writer wants the part to feel
    r"^(?:this|that)\s+(?:bit|part|shot|one|moment|section)\s+(?:can|could|should|might|must|"
    r"needs?|has to|will|is meant to)\b|"
    # "(the money shot!!)": what the writer thinks of the picture, and nothing else ("(hero shot,
    # slowly rotating on black sand)" says how it is shot)
    r"^(?:the\s+|my\s+)?(?:money shot|hero shot|best bit|fave|favourite|favorite)\W*$",
    re.IGNORECASE,
)


def _crew_note(words: str) -> bool:
    """What a pair of brackets says to the crew, not of the picture ("60s, grey overcoat" is)."""
    talk = re.search(r"\b(?:we|i|you|please|pls|want|need)\b", words, re.I) or (
        has_finite_verb(words) and len(_words(words)) >= 4
    )
    return bool(_CREW_NOTE.match(words)) or (bool(talk) and is_meta(words))


# What brackets in a picture say of something else: a clause about someone ("diagnosed 3 years
# ago, he did the whole 5k"), what someone says ("Rob says the still is called Agnes"), how long
# it really takes ("takes about 2 hours irl"), chat shorthand. The picture is the rest.
_ASIDE_CLAUSE = re.compile(
    r"\b(?:he|she|they|we|i|you)(?:'s|'re|'m|'ve|'ll|'d)\s+\w+|"
    r"\b(?:he|she|they|we|i|you)\s+(?:\w+\s+)?(?:is|was|were|are|did|does|has|had|will|would|"
    r"says|said|loves|hates|thinks|knows|made|did|went|got|came|won|lost|loved|used to)\b|"
    r"\b(?:he|she|it|they)'s\s+(?:a|an|the|so|very|really|bit)\b|"
    r"\b[A-Z][\w'-]+\s+(?:says|said|reckons|thinks)\b|"
    r"\b\d+\s+(?:years?|months?|weeks?|days?)\s+ago\b|"
    r"\btakes?\s+(?:about|around|roughly|like|maybe)?\s*(?:\d|an?\s|half)|"
    r"\b(?:irl|lol|jk|lmao|tbh|imo|haha)\b",
)


def _aside_clause(words: str) -> bool:
    return len(_words(words)) >= 3 and bool(_ASIDE_CLAUSE.search(words))


def is_gossip(aside: str) -> bool:
    """An aside that speaks of someone or something else ("Rob says the still is called Agnes,
    she's a bit of a diva lol", "god I need a break"): no cue for the shot's tags, where a
    spec aside ("handheld", "slow", "hands only") is one."""
    return (
        _aside_clause(aside)
        or is_talk(aside)
        # ("the last video someone did for us it was all blurry": another video's story)
        or re.match(
            r"(?:and\s+|but\s+)?(?:the|our|my)\s+(?:last|previous)\s+(?:video|ad|advert|promo)\b",
            aside.strip(),
            re.I,
        )
        is not None
    )


def _dash_aside(text: str) -> tuple[str, str]:
    """(picture, aside) when a listed picture runs, after a spaced dash, into the writer talking
    ("- god I need a break", "- don't ask", "- we're so excited lol"); else (text, "")."""
    head, dash, tail = text.rpartition(" - ")
    if (
        dash
        and content_words(head)
        and not is_meta(head)
        and not re.search(r"\d", tail)  # "- 3s", "- 16:9": a length or a format, read elsewhere
        and (_crew_note(tail) or _aside_clause(tail) or is_talk(tail))
    ):
        return head.strip(), tail.strip()
    return text, ""
