"""A story sentence's clauses: runs of 'then' and the subjects carried over them.

`_clauses` reads a sentence as a comma list of pictures (commas.py) or as one clause with its
asides, and starts a new clause at each "then", noting when a clause carries on the subject of the
one before ("…, then unclips one shoe"): that action goes on, so its shot continues the last.
"""

from __future__ import annotations

import re

from agent.briefing.beats.commas import (
    _GERUND,
    _NOUN_ING,
    _a_step,
    _each_led_by_an_article,
    _is_list,
    _join_asides,
    _join_enumerations,
    _own_picture,
    _rejoin_asides,
    _starts_with_subject,
    _starts_with_verb,
    _things_doing,
)
from agent.briefing.beats.loglines import someone_doing
from agent.briefing.beats.meta import is_meta
from agent.briefing.beats.subjects import subject_of
from agent.briefing.beats.words import (
    CONNECTORS,
    _words,
    content_words,
    has_finite_verb,
    has_picture,
    without_brackets,
)
from agent.briefing.cast import has_body
from agent.briefing.lexicon import framing_from_words
from agent.briefing.numbers import counts, lengths
from agent.briefing.text import split_top_level

_BACK_REFERENCE = re.compile(
    r"\b(?:around|on|over|beside|behind|under|into|from|off|against|in front of|next to|of)\s+"
    r"(?:it|them)\b",
    re.IGNORECASE,
)
# "…, its silvered surface catching the light", "…, her little brother beside her": a detail of
# the picture before it, not a picture of its own.
_ABSOLUTE = re.compile(
    r"^(?:its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+ing|[\w-]+ed|beside|next to|behind|"
    r"in front of|at (?:her|his|their) side|open|closed|empty|full|shut|gone|off|on)\b",
    re.IGNORECASE,
)
_LEADING_LENGTH = re.compile(
    r"^(?:an?\s+)?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|minutes?|mins?)\s+(?:of\s+)", re.I
)


# "Noor and Felix", "Dev, Grace and Sam": names between commas
_NAMES = r"[A-Z][\w'-]+(?:(?:,\s*|\s+and\s+|\s+&\s+)[A-Z][\w'-]+)*"


_ARTICLE_ABROAD = (
    r"^(?:un|une|le|la|les|el|los|las|una|uno|der|die|das|ein|eine|einen|il|lo|gli|o|a|um|uma|"
    r"de|het|een|mon|ma|notre|nuestro|nuestra|unser|unsere|nostro|nostra|nosso|nossa|ons|onze)\s"
)


_THE_BIG_MOMENT = re.compile(
    r"(?:(?:and|then|now)\s+)?(?:the|our|my)\s+(?:big|main|best|key|grand|exciting|fun|funny|"
    r"special|magic|money)\s+(?:moment|bit|part|finale|highlight|shot)",
    re.IGNORECASE,
)
_VIEWPOINT = re.compile(
    r"(?:(?:and|then|now)\s+)?(?:(?:shot|filmed|seen)\s+)?from\s+(?:up\s+high|high\s+up|high\s+above|"
    r"above|below|the\s+air|the\s+drone|a\s+drone(?:\s+high\s+above)?|overhead|the\s+bridge|"
    r"the\s+side|behind|the\s+back|the\s+front|low\s+down|ground\s+level)"
    r"(?:\s+(?:looking|pointing)\s+(?:straight\s+)?(?:down|up))?",
    re.IGNORECASE,
)


def _clauses(
    part: str,
    *,
    listing: bool,
    foreign: bool = False,
    line: bool = False,
    announced: bool = False,
) -> list[tuple[str, bool | None]]:
    """A comma list of pictures, or one clause with asides; "then" starts a new clause. Each
    comes with whether its subject was carried over a "then" ("…, then unclips one shoe"): the
    same subject's action goes on, so its shot continues the one before. `line`: the sentence
    is a whole line of a brief laid out a line at a time, so the writer gave each picture its
    own line: its commas add to it, unless two of its parts are clauses with subjects of their
    own ("the kettle boils, the telly comes on"). Carried is None for a picture said apart from
    the one before, never to go on from it (one person's several doings, listed). `announced`: a colon after a line about the
    video announced the list ("A 20 second recap: …")."""
    part = _LEADING_LENGTH.sub("", part.strip())
    head, dash, tail = part.rpartition(" - ")
    if (
        dash
        and content_words(head)
        and len(_words(tail)) <= 6
        and framing_from_words(tail) is not None
        and not has_finite_verb(tail)
        # ("- then a close-up of the parmesan" is a picture of its own)
        and not re.match(r"\s*(?:and\s+)?(?:then|cut|next|after)\b", tail, re.I)
        and " of " not in f" {tail} "
    ):
        # "12,000 runners packed under the gantry, …, the gun goes - from the drone, looking
        # straight down": a framing said after a dash is the whole sentence's
        return [
            (f"{clause}, {tail.strip().rstrip('.')}", carried)
            for clause, carried in _clauses(head, listing=listing, foreign=foreign, line=line)
        ]
    thens = re.split(r",\s*(?:and\s+)?then\s+", part, flags=re.I)
    if (
        not line
        and len(thens) >= 3
        # ("…Tomas climbing the stairs, then lighting the lamp": his act goes on, read below)
        and not any(
            (_starts_with_verb(t) or _GERUND.match(t.strip())) and not subject_of(t)
            for t in thens[1:]
        )
    ):
        # "start with the drone coming in over the marina, then cut inside the show flat,
        # that's the one on the seventh floor, big living room, light pouring in, then the
        # kitchen island, …": a run-on that orders its pictures with "then"; the commas between
        # two thens say more of one picture (unless they are clauses of their own)
        return [
            c
            for t in thens
            # ("then the crowds, a busker, a kid with candyfloss": pictures listed, each its own)
            for c in _clauses(
                t, listing=listing, foreign=foreign, line=not _each_led_by_an_article(t)
            )
        ]
    fragments = _and_the_last(split_top_level(part, ","))
    # "Pip and the cat, Mochi, race to the table": a name between commas names what precedes it.
    i = 1
    while i < len(fragments) - 1:
        if re.fullmatch(_NAMES, fragments[i].strip()) and re.search(
            r"\b(?:(?i:the|a|an|her|his|their|our|my|two|three|four|both)\s+[\w-]+|me|him|us|them)$",
            fragments[i - 1],
        ):
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        elif (
            foreign
            and re.fullmatch(r"[A-ZÀ-Ý][\w'-]+", fragments[i - 1].strip())
            and re.match(_ARTICLE_ABROAD, fragments[i].strip(), re.I)
            and len(_words(fragments[i])) <= 5
        ):
            # "Léon, un petit hérisson, se réveille…": a name and what it is, then its act
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        elif (
            # "Margaret Ellison, our director, opening the door": a full name is a name too
            re.fullmatch(
                r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}",
                CONNECTORS.sub("", fragments[i - 1].strip()),
            )
            and re.match(r"^(?:the|a|an|our|my|his|her|their)\s", fragments[i].strip(), re.I)
            and not has_finite_verb(fragments[i])
            and (_starts_with_verb(fragments[i + 1]) or _GERUND.match(fragments[i + 1].strip()))
        ):
            # "Wren, our hero (hooded, green cloak), wades waist-deep…": one subject, one act.
            fragments[i - 1 : i + 2] = [", ".join(fragments[i - 1 : i + 2])]
        else:
            i += 1
    # "Two old friends, Walter (70s) and Ines (70s), meet every Sunday": the pieces before the
    # first verb are one subject, named between commas; the verb's clause is theirs.
    first_verb = next(
        (k for k, f in enumerate(fragments) if has_finite_verb(f) or _starts_with_verb(f)), 0
    )
    if (
        first_verb >= 1
        and _starts_with_verb(fragments[first_verb])
        and not _starts_with_subject(fragments[first_verb])
        and all(len(_words(f)) <= 8 for f in fragments[:first_verb])
        and any(re.search(r"\b[A-Z][a-z]", f) or has_body(f) for f in fragments[:first_verb])
    ):
        fragments[: first_verb + 1] = [", ".join(fragments[: first_verb + 1])]
    # "10 seconds, a lighthouse at night, waves crashing": the length is read as a directive and
    # is no part of the picture.
    # ("three shots, the ageing cellar, …", "trois plans, la cave…": so is a count)
    while (
        len(fragments) > 1
        and (lengths(fragments[0]) or counts(fragments[0]))
        and not content_words(fragments[0])
    ):
        fragments = fragments[1:]
    # "From above, a turquoise bay…": a framing said first belongs to the picture after it.
    # "Then the big moment, two thousand ducks tipped off the bridge": the moment's name is no
    # picture of its own
    while len(fragments) > 1 and _THE_BIG_MOMENT.fullmatch(fragments[0].strip()):
        fragments = fragments[1:]
    # (and a viewpoint said first: "Then from up high looking straight down, all the yellow
    # ducks bobbing along the river" is one aerial picture)
    while len(fragments) > 1 and (
        (not content_words(fragments[0]) and not re.search(r'"', fragments[0]))
        or _VIEWPOINT.fullmatch(CONNECTORS.sub("", fragments[0].strip()))
    ):
        fragments[:2] = [f"{fragments[0]}, {fragments[1]}"]
    after_colon = (
        announced
        and len(fragments) >= 3
        and all(has_picture(f) for f in fragments)
        and not any(has_finite_verb(f) for f in fragments)
    )
    # (each piece a picture of some words: "flour, eggs, milk, butter" is what goes in, and
    # "the dog waking up, yawning, stretching" one moment)
    announced = (
        announced
        and len(fragments) >= 4
        and all(len(_words(f)) >= 2 for f in fragments)
        and not any(has_finite_verb(f, plural_ing=False) for f in fragments)
    )
    # (a line of a brief laid out a line at a time keeps its commas, unless a colon on it
    # announced a list: "20 seconds, about the new playground: kids on the slide, the flying
    # fox, parents on the bench")
    if line and not foreign and not after_colon:
        clauses = sum(has_finite_verb(f) and _starts_with_subject(f) for f in fragments)
        listed = clauses >= 2
    else:
        # ("A 25 second recap: the girls putting up the tents, toasting marshmallows, …": four
        # pieces a colon announced, none a clause, are pictures)
        listed = announced or _is_list(fragments, listing=listing)
    if (
        len(fragments) > 1
        and (
            listed
            # "rode auto rijdt de wasstraat in, dik roze schuim over de motorkap, draaiende borstels":
            # in a language whose verbs the planner does not know, each comma part is a picture
            or (foreign and len(fragments) >= 3 and all(len(_words(f)) >= 2 for f in fragments[1:]))
        )
    ):
        merged: list[str] = []
        for fragment in _join_enumerations(fragments):
            # ("…, her skirt swirling (she was a cracking jiver apparently!!)": the verb in the
            # writer's bracketed aside is no clause of the picture's)
            seen = without_brackets(fragment)
            if (
                merged
                and not has_finite_verb(seen)
                and (_BACK_REFERENCE.search(seen) or _ABSOLUTE.match(seen))
            ):
                merged[-1] = f"{merged[-1]}, {fragment}"  # "the bottle, water rippling around it"
            else:
                merged.append(fragment)
    else:
        merged = [_join_asides(fragments)]
    merged = _rejoin_asides(merged, announced=announced)
    if announced:
        # "kids on the coach, building paper rockets": the kids build them, in a picture of
        # their own
        # (only when they were doing something already: after "the umpire" alone, "passing
        # the ball" is the players', not the umpire's)
        for k in range(1, len(merged)):
            who = someone_doing(merged[k - 1])
            if who and _GERUND.match(merged[k].strip()) and _own_picture(merged[k]):
                merged[k] = f"{who} {merged[k].strip()}"
    if len(merged) == 1 and len(fragments) > 1 and _END_CARD.match(fragments[-1].strip()):
        # "…, the line of customers at the window, logo at the end": the end card is its own shot
        merged = [", ".join(fragments[:-1]), fragments[-1].strip()]
    if len(merged) > 1 and _OPENER.match(merged[0]):
        # "Open on an empty stage, a single spotlight, dust in the beam": what the opening picture
        # holds, said after it, is that picture (a verb starts a new one)
        opening = [merged[0]]
        rest = merged[1:]
        while (
            rest
            and not has_finite_verb(rest[0])
            and len(_words(rest[0])) <= 8
            and not (
                CONNECTORS.match(rest[0]) or _starts_with_verb(rest[0]) or "then" in _words(rest[0])
            )
            # "Open on the storefront at dawn, Rosa pulling sourdough from the oven, close-up of
            # flour…": someone at work, or a framing, starts the next picture
            and not re.match(
                r"^(?:wide|close|closer|extreme|medium|aerial|drone|insert|establishing)",
                rest[0].strip(),
                re.I,
            )
            and not (
                _NOUN_ING.match(rest[0].strip())
                and (has_body(rest[0]) or _NAMED_ING.match(rest[0]))
            )
        ):
            opening.append(rest.pop(0))
        merged = [", ".join(opening), *rest]
    if (doings := _one_subject_doing_each(fragments)) is not None:
        # (three things someone does are three moments, not one take: never chained)
        return [(d, None if k else False) for k, d in enumerate(doings)]
    out: list[tuple[str, bool | None]] = []
    previous_subject = ""
    for fragment in merged:
        pieces = re.split(r"(?:,\s*|\s+)(?:and\s+)?then\b[,\s]*", fragment, flags=re.I)
        for piece in pieces:
            piece = piece.strip(" ,")
            bare = CONNECTORS.sub("", piece).strip(" ,")
            if not bare:
                continue
            if (
                out
                and (said := split_top_level(out[-1][0], ",")[-1].strip())
                and re.match(r"(?:i|we)(?:'m|'re|'ll|\s+am|\s+are|\s+will)\b", said, re.I)
                and (_GERUND.match(bare) or (_starts_with_verb(bare) and not subject_of(bare)))
                and is_meta(said)  # (a vlog's "I'm pouring the milk, then …" is a picture)
            ):
                # "I'm in meetings till 3 then picking the kids up": the writer's day goes on,
                # no picture; it stays with the clause it continues
                out[-1] = (f"{out[-1][0]} then {piece}", out[-1][1])
                continue
            if (
                out
                and _starts_with_verb(bare)
                and re.search(r",\s+(?:who|which)\s+[a-z]+(?:\s+[\w'-]+){0,3}$", out[-1][0], re.I)
            ):
                # "…onto Otis, who screams and then bursts out laughing": Otis laughs, in the
                # clause that says who he is (the torch beam does not)
                out[-1] = (f"{out[-1][0]} and then {piece}", out[-1][1])
                continue
            goes_on = bool(
                out
                and previous_subject
                and (
                    _starts_with_verb(bare)
                    # "Tomas climbing the stairs, then lighting the lamp": Tomas lights it
                    or (
                        _GERUND.match(bare)
                        and re.search(
                            rf"\b{re.escape(previous_subject)}\s+[a-z]+ing\b", out[-1][0], re.I
                        )
                    )
                )
            )
            if goes_on:
                # "a dog runs on a beach, then shakes off the water": the dog shakes, on from
                # the same moment. (The connector stays for _beat to read: "end on", "cut to".)
                piece = f"{piece[: len(piece) - len(bare)]}{previous_subject} {bare}"
                out.append((piece, True))
            else:
                out.append((piece, False))
            # ("Chop the onions, fry them": an order's verb is no one who goes on doing things)
            if _a_step(bare) and not goes_on:
                previous_subject = ""
            else:
                previous_subject = subject_of(bare) or previous_subject
    return out


_AND = re.compile(r"^and\s+(?:(?:then|finally|eventually|at last)\s+)?")
_DOING = re.compile(
    r"^(?:and\s+)?(?:(?:then|finally|eventually|at last|slowly)\s+)?(?P<ing>[a-z-]{3,}ing)\s+\S"
)
# -ing words that name a thing or a time, not a doing
_ING_NOUNS = frozenset(
    ["morning", "evening", "ceiling", "wedding", "pudding", "clothing", "bedding", "icing",
     "railing", "railings", "stuffing", "filling", "topping", "frosting", "lighting", "ending",
     "opening", "painting", "drawing", "building", "spring", "string", "something",
     "nothing", "everything", "anything", "king", "ring", "thing", "wing", "sibling", "seedling"]
)  # fmt: skip


def _one_subject_doing_each(fragments: list[str]) -> list[str] | None:
    """ "A film about my grandad fixing his old tractor, feeding the hens and walking the dog
    at sunset": one person, three things they do, each said with what it acts on - three
    pictures of them, each named ("my grandad feeding the hens"), none going on from the one
    before (the commas cut a list, not a moment's asides: "soldering" alone is still an aside)."""
    pieces = [fragments[0].strip()]
    for fragment in fragments[1:]:
        pieces.extend(
            p.strip()
            for p in re.split(
                r"\s+and\s+(?=(?:(?:then|finally|eventually|at last)\s+)?[a-z-]{3,}ing\s)",
                fragment.strip(),
            )
        )
    who = someone_doing(pieces[0])
    if len(pieces) < 3 or not who or any(has_finite_verb(p, plural_ing=False) for p in pieces):
        return None
    doings = [_DOING.match(p) for p in pieces[1:]]
    if not all(
        d is not None and d["ing"] not in _ING_NOUNS and len(_words(p)) >= 2
        for d, p in zip(doings, pieces[1:], strict=True)
    ):
        return None
    first_word = who.split()[0]
    if re.fullmatch(r"(?:My|Our|His|Her|Their|The|A|An)", first_word):
        who = first_word.lower() + who[len(first_word) :]
    return [pieces[0], *(f"{who} {_AND.sub('', p)}" for p in pieces[1:])]


def _and_the_last(fragments: list[str]) -> list[str]:
    """ "apples tumbling into the press, juice running into a bucket and the orchard at sunset":
    two things doing something, listed without the last comma, end on a picture of their own
    after "and the…" (the list rule then reads three pieces, as it does with the comma)."""
    if len(fragments) != 2 or not all(
        _things_doing(f) or _NOUN_ING.match(f.strip()) for f in fragments
    ):
        return fragments
    if any(has_finite_verb(f) and not _things_doing(f) for f in fragments):
        return fragments
    cut = re.split(r"\s+and\s+(?=(?:the|a|an)\s+\w+\s+\w)", fragments[1], maxsplit=1)
    if len(cut) != 2 or not has_picture(cut[1]):
        return fragments
    return [fragments[0], f" {cut[0]}", f" and {cut[1]}"]


_END_CARD = re.compile(
    r"^(?:and\s+)?(?:(?:then\s+)?(?:our|the|a)?\s*(?:(?:shop|store|our)\s+)?(?:logo|end card|"
    r"title card|tagline|name|url|website|sign)\b[^,]*\bat the (?:very )?end\b|end (?:on|with) (?:our|the|a)\s+(?:logo|name|title|card))",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:and\s+)?(?:we\s+)?(?:open|opens|opening|start|starts|begin|begins)\s+(?:on|with)\b", re.I
)


_NAMED_ING = re.compile(r"^[A-Z][\w'-]+\s+\w+ing\b")
