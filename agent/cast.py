"""Who and what is in each beat: named characters, unnamed people followed by pronoun, key objects.

The planner needs this to tag `character` on recurring people, to chain continuous action, and to
name a shot's subjects so later stages keep them consistent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.words import COLOUR_WORDS, KIN_NOUNS, OBJECT_NOUNS, PERSON_NOUNS

_PERSON_ROLE = (
    r"(?:year-old|girl|boy|woman|man|kid|child|teen|teenager|detective|hero|heroine|climber|"
    r"runner|dancer|student|founder|chef|grandmother|grandfather|cat|dog)"
)
_NAMED = (
    re.compile(rf"\b([A-Z][a-z]+), an? [^,.;]*?\b{_PERSON_ROLE}\b"),
    re.compile(r"\b[Kk]eep ([A-Z][a-z]+) (?:identical|consistent|the same|on-model)"),
    re.compile(r"\b([A-Z][a-z]+)(?:'s)? (?:says|speaks|walks|runs|climbs|returns|smiles|looks)\b"),
)
_LOCK_NAMED = re.compile(r"\b[Kk]eep ([A-Z][a-z]+) (?:identical|consistent|the same|on-model)")
_LOCK_HERE = re.compile(r"\bsame\b[^,.;]*\bthroughout\b|\bidentical\b", re.IGNORECASE)
_FEMALE = ("woman", "girl", "grandmother", "mother", "sister", "daughter")
_MALE = ("man", "boy", "grandfather", "father", "brother", "son")
_NOUNS = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_PERSON = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+)?({_NOUNS})(?:'s)?\b", re.IGNORECASE)
_KIN = re.compile(rf"\b(?:her|his|their)\s+({'|'.join(KIN_NOUNS)})\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_ACTION = re.compile(
    r"\b(chase|chasing|running|fight|fighting|dancing|jumping|walking|climbing)\b", re.IGNORECASE
)


@dataclass
class Cast:
    """The people of a brief, in order of appearance, with who is locked for consistency."""

    names: list[str] = field(default_factory=list)
    locked: list[str] = field(default_factory=list)
    product: str | None = None

    @property
    def protagonist(self) -> str | None:
        return self.names[0] if self.names else None


def read_cast(text: str, product: str | None) -> Cast:
    cast = Cast(product=product)
    for pattern in _NAMED:
        for m in pattern.finditer(text):
            name = m.group(1)
            if name != product and name not in cast.names:
                cast.names.append(name)
    # Names in the order they first appear, so the protagonist is whoever the brief meets first.
    cast.names.sort(key=text.find)
    cast.locked = [m.group(1) for m in _LOCK_NAMED.finditer(text) if m.group(1) in cast.names]
    return cast


def _gender(person: str) -> str:
    noun = person.removeprefix("the ")
    if noun in _FEMALE:
        return "f"
    if noun in _MALE:
        return "m"
    return "?"


def people_per_beat(beats: list[str], cast: Cast) -> tuple[list[list[str]], list[str]]:
    """For each beat, the people in it; and the people the brief asks to keep identical."""
    people: list[list[str]] = []
    seen: list[str] = []  # most recent last, for pronouns
    locked = list(cast.locked)
    for beat in beats:
        here: list[str] = []
        hits: list[tuple[int, str]] = []
        for name in cast.names:
            m = re.search(rf"\b{re.escape(name)}\b", beat)
            if m:
                hits.append((m.start(), name))
        for m in _PERSON.finditer(beat):
            hits.append((m.start(), f"the {m.group(1).lower()}"))
        kin_spans = []
        for m in _KIN.finditer(beat):
            hits.append((m.start(), f"the {m.group(1).lower()}"))
            kin_spans.append(m.span())
        # A pronoun that is not "her grandfather" points back to the latest matching person.
        for pattern, gender in ((_SHE, "f"), (_HE, "m")):
            for m in pattern.finditer(beat):
                if any(a <= m.start() < b for a, b in kin_spans):
                    continue
                for person in reversed(seen + [p for _, p in sorted(hits)]):
                    if _gender(person) in (gender, "?"):
                        hits.append((m.start(), person))
                        break
                else:
                    hits.append((m.start(), "the woman" if gender == "f" else "the man"))
        for _, person in sorted(hits):
            if person not in here:
                here.append(person)
        if not here and _ACTION.search(beat) and cast.protagonist:
            here.append(cast.protagonist)  # "a chase along the rocks": whose story it is
        if _LOCK_HERE.search(beat):
            locked.extend(p for p in here if p not in locked)
        people.append(here)
        seen.extend(here)
    return people, locked


def objects_in(text: str, product: str | None) -> list[str]:
    """Key objects in a beat, with their colour or material when the brief gives one."""
    found: list[tuple[int, str]] = []
    colours = "|".join(COLOUR_WORDS)
    for noun in OBJECT_NOUNS:
        m = re.search(rf"\b(?:({colours})\s+)?{re.escape(noun)}\b", text, re.IGNORECASE)
        if m:
            found.append((m.start(), m.group(0).lower()))
    found.sort()
    objects: list[str] = []
    for _, obj in found:
        if product and obj == "logo" and product in text:
            obj = f"{product} logo"
        if not any(obj in o or o in obj for o in objects):
            objects.append(obj)
    return objects


def wardrobe(text: str) -> list[str]:
    """Colour + object phrases ("yellow raincoat", "red jacket"): what finishing must keep."""
    colours = "|".join(COLOUR_WORDS)
    nouns = "|".join(sorted(OBJECT_NOUNS, key=len, reverse=True))
    return [
        m.group(0).lower() for m in re.finditer(rf"\b(?:{colours})\s+(?:{nouns})\b", text, re.I)
    ]
