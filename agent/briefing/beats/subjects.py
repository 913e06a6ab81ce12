"""Who does what, carried between clauses and from a logline to its shots.

`subject_of` finds the subject a verb-only clause borrows from the one before ("A hand places a
candle…" → the hand); `subject_prefix` and `logline_subject` give every shot the subject a logline
names ("Three shots of the same red mug: on a shelf, in the sink").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.briefing.beats.loglines import Logline
from agent.briefing.beats.parts import Beat
from agent.briefing.beats.words import has_finite_verb
from agent.briefing.english import lower_first
from agent.briefing.text import split_top_level

_PREPOSITION_START = re.compile(
    r"^(?:on|in|at|by|under|over|beside|next to|being|sitting|resting|standing|lying|held|"
    r"placed|floating|[a-z]+ing)\b",
    re.IGNORECASE,
)


def subject_of(clause: str) -> str:
    """'A hand places a candle…' → 'the hand': who does the next verb-only clause ("the light
    turns green and she stands on the pedals" → she)."""
    later = re.findall(r"(?:,|\band)\s+(she|he|they|[A-Z][\w'-]+)\s+[a-z]+s\b", clause)
    if later:
        return later[-1]
    # "Our head brewer Declan (50s, flat cap) stirs…": the name the role introduces
    named = re.match(
        r"^(?i:an?|the|her|his|their|our|my|your)\s+(?:[a-z][\w'-]*\s+){1,3}([A-Z][\w'-]+)\b",
        clause,
    )
    if named:
        return named.group(1)
    m = re.match(
        r"^(?:an?|the|her|his|their|our|my|your)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+?)(?=\s+\w+s\b)",
        clause,
        re.I,
    )
    if m and not has_finite_verb(m.group(1)):
        return f"the {m.group(1)}"
    m = re.match(
        r"^(?!(?:Our|My|Your|The|An?|Her|His|Their)\b)([A-Z][\w'-]+|hands|she|he|they)\b", clause
    )
    return m.group(1) if m else ""


# what a film can be of without being anyone or anything that acts
_AN_EVENT = re.compile(
    r"(?i)\b(?:tournament|day|match|race|festival|camp|weekend|party|wedding|show|gala|fair|"
    r"launch|opening|event|game|final|season|trip|holiday|ceremony|service|concert|recap|"
    r"week|year|night|evening|morning|afternoon|highlights|open day|sports day|parade)s?$"
)


def subject_prefix(beats: list[Beat], subject: str) -> list[Beat]:
    """'Three shots of the same red mug: on a shelf, in the sink' → 'The red mug on a shelf'."""
    if not subject:
        return beats
    subject = split_top_level(subject, ",")[0]
    subject = re.sub(r"\s+(?:on|in|at|during)\s+(?:an?|the|their|his|her)\s+.*$", "", subject)
    name = re.sub(r"\b(?:the\s+)?same\s+", "the ", subject, flags=re.I).strip()
    name = re.sub(r"^(?:an?)\s+", "the ", name, flags=re.I)
    name = re.sub(r"(?i)\s+for\s+(?:the|our|a|an|my)\s+.*$", "", name)  # (who it is for)
    if _AN_EVENT.search(name):
        return beats  # "a recap of the netball tournament: …, passing the ball": no one passes it
    out = []
    for beat in beats:
        if _PREPOSITION_START.match(beat.text):
            text = f"{name[:1].upper()}{name[1:]} {lower_first(beat.text)}"
            beat = replace(beat, text=text)
        out.append(beat)
    return out


def logline_subject(line: Logline) -> str:
    """The subject a logline's 'of …' names, up to its first comma: 'Aiko', 'the same runner'."""
    return split_top_level(line.picture, ",")[0] if line.picture else ""
