"""What a comma cut: a list of pictures, or one picture and its asides.

"flour, eggs and sugar go into a bowl" is one picture; "the crowds, a busker, a kid with
candyfloss" are three; "Ines arrives late, out of breath" is a picture and how the person in it
is. `_is_list` tells a list from a sentence with asides; `_rejoin_asides` and
`_join_enumerations` put back the pieces a comma cut from their picture; `_starts_with_subject`
and `_starts_with_verb` say how a piece begins.
"""

from __future__ import annotations

import re

from agent.briefing.beats.meta import is_meta
from agent.briefing.beats.subjects import _PREPOSITION_START
from agent.briefing.beats.words import (
    _DETERMINERS,
    _FINITE,
    _PICTURE_NOUNS,
    CONNECTORS,
    _words,
    content_words,
    has_finite_verb,
    has_picture,
    without_brackets,
)
from agent.briefing.cast import has_body
from agent.briefing.english import is_english_word, lower_first
from agent.briefing.lexicon import GROUP_NOUNS, HUMAN_MOTION_VERBS, PERSON_NOUNS, has_any, word_set
from agent.briefing.text import split_top_level

_SUBJECT_OPENERS = re.compile(
    r"^(?:a|an|the|her|his|their|its|our|my|one|two|three|some|several|[A-Z][\w'-]+)\b"
)


def _each_led_by_an_article(text: str) -> bool:
    """ "the crowds, a busker, a kid with candyfloss": two or more pieces, each led by an article."""
    pieces = split_top_level(text, ",")
    return len(pieces) >= 2 and all(
        re.match(r"(?:and\s+)?(?:a|an|the|some|two|three)\s", p, re.I) for p in pieces
    )


_GERUND = re.compile(r"^[a-z]+ing\b")
_PLACE_ADVERB = re.compile(
    r"^(?:then\s+)?(?:and\s+)?(?:to finish|to end|to close|to start|to begin|finally|lastly|inside|outside|indoors|outdoors|upstairs|downstairs|nearby|back inside|"
    r"back outside|in there|out there|out front|out back|underwater|under water|overhead|offshore|"
    r"backstage|onstage|on stage|off stage|at sea|ashore|aboard|on board|below deck|up top)$",
    re.IGNORECASE,
)
# "On 'and you never looked up', cut to the drummer": a cue in the music or the story says when
# the next picture comes, and is no picture of its own.
_CUE_CLAUSE = re.compile(r"^(?:when|as|while|on|at|once|after)\b.*\"[^\"]+\"\s*$", re.IGNORECASE)
# "eyes closed", "arms raised", "fists clenched": how the person just seen holds themselves.
_BODY_STATE = re.compile(
    r"^(?:(?:her|his|their)\s+)?(?:eyes|hands|arms|hair|head|face|fists|feet|legs|mouth|lips)\s+"
    r"\w+(?:ed|en|t)\b",
    re.IGNORECASE,
)
_WHERE_THEY_ARE = re.compile(
    r"^(?:at|in|on|inside|beside|behind|under|by|near)\s+(?:an?|the|their|her|his)\s", re.I
)
_WITH_THEIR = re.compile(r"^with\s+(?:her|his|their)\s+\w", re.IGNORECASE)
_CAMERA_SUBJECT = re.compile(r"^(?:and\s+)?(?:the\s+)?camera\b", re.IGNORECASE)
# "a steam loco crossing the viaduct, filmed from the air": how the picture before is filmed
_FILMED = re.compile(
    r"^(?:all\s+)?(?:filmed|shot|seen|captured|taken)\s+(?:from|on|with|by|in|at|through)\b", re.I
)
# '…our name, "Alba Studio", in simple letters' (and "en letras sencillas", "in großen
# Buchstaben"): how the words before are lettered, no picture of its own
_LETTERED = re.compile(
    r"^(?:in|en|dans|mit|em|im)\s+(?:[\w'-]+\s+){0,3}(?:letters|lettering|type|typeface|font|"
    r"capitals|caps|handwriting|script|letras|lettres|buchstaben|schrift|caract[eè]res|"
    r"tipograf[ií]a|mayúsculas|majuscules)\b[^.]{0,30}$",
    re.IGNORECASE,
)


def _rejoin_asides(fragments: list[str], *, announced: bool = False) -> list[str]:
    """Pieces a comma cut from their picture: "inside, he's hunched over the bench" (a place
    said first), "Ines arrives late, out of breath" / "listening to the radio, eyes closed,
    smiling" (a state of the person just seen), "…, camera slowly craning up" (how the picture
    before it is filmed), "When she sings '…', we see the singer" (a cue for the picture after).
    `announced`: the pieces are a list of four or more that a colon announced ("A 20 second
    recap: kids on the coach, building paper rockets, …, lunch on the steps"), so a piece that
    shows something of its own (`_own_picture`) is a picture, not what the person before it is
    doing."""
    out: list[str] = []
    carry = ""
    for fragment in fragments:
        f = fragment.strip()
        if _PLACE_ADVERB.match(f) or _CUE_CLAUSE.match(f):
            carry = f"{carry}{f}, "
            continue
        f = carry + f
        carry = ""
        whole = f
        # "her skirt swirling (she was a cracking jiver apparently!!)": the writer's aside in
        # brackets is not part of what the piece shows, so it is judged without it
        f = without_brackets(f)
        person = (
            has_body(out[-1])
            or bool(
                (
                    name := re.match(
                        r"^(?:[A-Z][a-z]+\s+(?:and|&)\s+)?([A-Z][a-z]+)\b(?!\s+(?:of|the)\b)",
                        out[-1],
                    )
                )
                # ("Apples tumbling into the press, juice running…": things said first in a
                # sentence, capitalised, are no one)
                and not (
                    name.group(1).endswith("s")
                    and is_english_word(name.group(1).lower())
                    and _things_doing(out[-1])
                )
            )
            if out
            else False
        )
        card = bool(out) and has_any(out[-1], ("card", "title", "logo", "end card", "caption"))
        if (
            out
            and (
                _CAMERA_SUBJECT.match(f)
                or _LETTERED.match(f)
                or _FILMED.match(f)
                # "Joan in her garden, with her old collie Bess asleep next to her": who is with
                # the person just seen, in the same picture
                or (person and _WITH_THEIR.match(f) is not None)
                or (
                    # "Final card with the title, dates and box office number": what the card says
                    card
                    and not has_finite_verb(f)
                    and len(_words(f)) <= 6
                    and '"' not in f
                    and not _starts_with_subject(f)
                )
                or (
                    # "Two hosts, Noor and Felix, at a cluttered desk": where they are, not a picture
                    _WHERE_THEY_ARE.match(f)
                    and person
                    and not has_finite_verb(f)
                    and not has_finite_verb(out[-1])
                    and not _PREPOSITION_START.match(out[-1])
                )
                or (
                    person
                    and not (announced and _own_picture(f))
                    and len(_words(f)) <= 4
                    and not _SOMEONE_START.match(f)  # "…, drummer in slow mo": someone else
                    and (not has_finite_verb(f) or _BODY_STATE.match(f))
                    and '"' not in f
                    and (
                        not _starts_with_subject(f)
                        or re.match(r"^(?:a bit|a little|a touch)\b", f, re.I)
                    )
                    and (not has_picture(f) or has_body(f))
                    and not CONNECTORS.match(f)
                )
                or (
                    # "crews hauling sails, spray coming over the bow": what happens around them
                    # ("…along the seafront, biscuit shaking off water": biscuit, said before, is
                    # the subject of a picture of its own)
                    person
                    and not (announced and _own_picture(f))
                    and re.match(r"^[a-z]+\s+[a-z]+ing\b", f) is not None
                    and not _SOMEONE_START.match(f)  # "…, crowd cheering": a picture of the crowd
                    and sum(
                        len(re.findall(rf"\b{re.escape(f.split()[0])}\b", g, re.I))
                        for g in fragments
                    )
                    < 2
                    and not _starts_with_subject(f)
                    and not has_finite_verb(f)
                )
                or (
                    # "he's hunched over the bench, soldering - …": his hands at it, no new picture
                    person
                    and not (announced and _own_picture(f))
                    and _words(f)[:1] != []
                    and _words(f)[0].endswith("ing")
                    and not CONNECTORS.match(f)  # "ending on the chateau" is the next picture
                    and (_words(f)[0] in HUMAN_MOTION_VERBS or is_english_word(_words(f)[0]))
                    and not _starts_with_subject(f)
                    and not _AN_ING_THING.match(f)  # "shearing day with fleece piling up"
                )
            )
        ):
            out[-1] = f"{out[-1]}, {lower_first(whole)}"
            continue
        out.append(whole)
    if carry:
        out.append(carry.rstrip(", "))
    return out


# "lunch on the steps", "tea in the garden": a thing, then where it is
_A_THING_SOMEWHERE = re.compile(
    r"^(?P<thing>[a-z][\w'-]+)\s+(?:on|in|at|by|under|over|from|near|beside|outside|inside|"
    r"behind|round|around|across|along)\s+(?:the|a|an|our|their)\s",
)
_NOT_A_THING = frozenset(
    ["out", "up", "down", "back", "away", "off", "still", "just", "all", "half", "head", "hands",
     "arms", "eyes", "feet", "legs", "face", "hair", "coat", "bag", "hat", "mouth", "fists"]
)  # fmt: skip


def _own_picture(piece: str) -> bool:
    """A piece that shows something of its own: an -ing word with what it acts on ("building
    paper rockets"), or a thing and where it is ("lunch on the steps"); not a state of the
    person before it ("smiling", "out of breath", "eyes closed", "coat over her arm")."""
    words = _words(piece)
    if re.search(r"\b(?:her|his|their|him|them)\b", piece, re.I) or _BODY_STATE.match(piece):
        return False
    if len(words) >= 3 and _GERUND.match(words[0]) and not _AN_ING_THING.match(piece.strip()):
        return True
    thing = _A_THING_SOMEWHERE.match(piece.strip())
    return thing is not None and thing["thing"].lower() not in _NOT_A_THING


# "shearing day", "lambing season", "closing time": an -ing word that names a time or a place
_AN_ING_THING = re.compile(
    r"^[a-z]+ing\s+(?:day|days|night|time|season|morning|evening|week|session|class|lesson|"
    r"practice|party|shed|room|pen|area|ring|yard|table|station|line|list)\b",
    re.IGNORECASE,
)
_NOUN_ING = re.compile(
    r"^(?:(?:a|an|the|some|two|three|four)\s+)?(?:[\w'-]+\s+){0,2}[a-z]+ing\b",
    re.IGNORECASE,
)


# "apples tumbling into the press": things and what they are doing, no finite verb (though
# "apples" and a verb read like "they paint")
_THINGS_DOING = re.compile(
    r"^(?:(?:the|some|two|three|four)\s+)?(?:[\w'-]+\s+)?[a-z]+s\s+[a-z]{3,}ing\b", re.I
)


def _things_doing(fragment: str) -> bool:
    f = fragment.strip()
    return (
        bool(_THINGS_DOING.match(f))
        and not any(w in _FINITE for w in _words(f)[1:])
        and not (re.search(r"\b(?:is|are|was|were)\b", f, re.I))
    )


def _shows(fragment: str) -> bool:
    """A piece of a list with something to see: a picture noun, or things doing something."""
    return has_picture(fragment) or _things_doing(fragment)


_SOMEONE_START = re.compile(
    r"^(?:(?:a|an|the|some|two|three|four|our|my)\s+)?(?:[\w-]+\s+)?(?:"
    + "|".join(re.escape(n) for n in sorted({*PERSON_NOUNS, *GROUP_NOUNS}, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
_CAMERA_CUE = re.compile(
    r"^(?:slow[\s-]?mo(?:tion)?|close[\s-]?up|close on|extreme close|wide(?: shot)?|aerial|overhead|"
    r"pov|tracking shot|macro)\b",
    re.IGNORECASE,
)


# words that open a piece without naming what it shows ("he …, he …", "close on …, close on …")
_NO_SUBJECT = word_set("he she they it we i you her his their its this that then close wide")


def _same_subject_each(fragments: list[str]) -> bool:
    """Each piece names the same subject again, doing or being something else: two pictures
    of it, not one with an aside (a writer in lower case, whose names the capitals cannot
    show)."""
    heads = [
        re.match(r"^(?:(?:and|then|the|a|an|our|my)\s+)*([a-z][\w'-]+)\s+\S+\s+\S", f.strip(), re.I)
        for f in fragments
    ]
    if len(fragments) < 2 or not all(heads) or any(has_finite_verb(f) for f in fragments):
        return False
    words = {h.group(1).lower() for h in heads if h}
    return len(words) == 1 and not words & _NO_SUBJECT


def _a_step(fragment: str) -> bool:
    """A step said as an order: a verb's bare form, then what it acts on ("fry them in butter",
    "add the rice", "pour it over")."""
    words = _words(CONNECTORS.sub("", fragment.strip()))
    if len(words) < 2 or words[1] not in _VERB_FOLLOWERS:
        return False
    verb = words[0]
    return (
        verb not in _PICTURE_NOUNS
        and verb not in _DETERMINERS
        and verb not in _NO_SUBJECT
        and not verb.endswith(("ing", "ed", "s", "ly"))
        and is_english_word(verb)
    )


def _is_list(fragments: list[str], *, listing: bool) -> bool:
    """Pictures separated by commas, rather than one sentence with asides?"""
    rest = fragments[1:]
    if any(re.match(r"\s*(?:it|she|he|they)\s+(?:is|are|was|were)\b", f, re.I) for f in rest):
        return False  # "the old juniper, it is 120 years old, most important tree of us": asides
    # "Chop the onions, fry them in butter, add the rice, plate up": a recipe's steps, said as
    # orders (in four or more, one may be said otherwise: "plate up" starts on a noun)
    steps = sum(_a_step(f) for f in fragments)
    misses_allowed = 1 if len(fragments) >= 4 else 0
    if len(fragments) >= 3 and _a_step(fragments[0]) and steps >= len(fragments) - misses_allowed:
        return True
    if _same_subject_each(fragments):
        return True  # "tilly chasing a leaf, tilly asleep under the hedge"
    someone = [bool(_SOMEONE_START.match(f.strip())) for f in fragments]
    if len(fragments) >= 3 and not any(has_finite_verb(f) for f in fragments) and sum(someone) >= 2:
        return True  # "Singer in a neon lit alley, drummer in slow mo, crowd jumping at the end"
    if (
        len(rest) >= 2
        and has_finite_verb(fragments[0])
        and not any(has_finite_verb(f) for f in rest)
        and all(
            (someone[k + 1] and not re.match(r"^(?:her|his|their|its)\b", f.strip(), re.I))
            or _CAMERA_CUE.match(f.strip())
            for k, f in enumerate(rest)
        )
    ):
        return True  # "Jonah drops into the bowl, slow mo kickflip, crowd cheering"
    if (
        not has_finite_verb(fragments[0])
        and sum(bool(_NOUN_ING.match(f.strip())) and has_picture(f) for f in fragments) >= 3
    ):
        return True  # "A teapot pouring into a cup, steam curling up, leaves unfurling in a pot"
    if (
        len(fragments) >= 3
        and not any(has_finite_verb(f) and not _things_doing(f) for f in fragments)
        and sum(bool(_NOUN_ING.match(f.strip())) and _shows(f) for f in fragments) >= 2
        and all(_shows(f) for f in fragments)
    ):
        return True  # "Apples tumbling out of a sack, juice running out, and the orchard at dusk"
    if any(_starts_with_verb(f) and not _starts_with_subject(f) for f in rest):
        # "Hands open the box, lift out the case, pop the earbuds out": a list of actions.
        # "She reaches the crux, slips, and catches the hold" is one moment: a bare verb
        # ("slips") is a beat of the same action, not a shot of its own.
        actions = [f for f in rest if not is_meta(f)]
        return (
            all(_starts_with_verb(f) or is_meta(f) for f in rest)
            and has_finite_verb(fragments[0])
            and all(len(_words(CONNECTORS.sub("", f))) >= 3 for f in actions)
        )
    cues = sum(_opens_beat(f) for f in fragments)
    if has_finite_verb(fragments[0]):
        # A full sentence: later fragments are asides unless they are clauses of their own.
        return any(_opens_beat(f) and has_finite_verb(f) for f in rest) and cues >= 2
    if listing:
        return sum(has_picture(f) or _opens_beat(f) for f in fragments) >= 2
    return cues >= 2


def _opens_beat(fragment: str) -> bool:
    f = fragment.strip()
    return bool(
        CONNECTORS.match(f)
        or _SUBJECT_OPENERS.match(f)
        or re.match(
            r"^(?:wide|close|closer|extreme|medium|aerial|drone|insert|slow|establishing)", f, re.I
        )
    )


def _starts_with_subject(fragment: str) -> bool:
    first = _words(fragment)[:1]
    return bool(first) and first[0] in _DETERMINERS


def _starts_with_verb(fragment: str) -> bool:
    words = _words(fragment)
    while words and words[0] in ("and", "then", "but"):
        words = words[1:]  # "…, and slides a tray into the window"
    first = words[:1]
    if not first:
        return False
    word = first[0]
    if (
        len(words) > 1
        and word.endswith("s")
        and _GERUND.match(words[1])
        and (word in _THINGS_THAT_ACT or (word not in _FINITE and word not in HUMAN_MOTION_VERBS))
    ):
        # "waves crashing below", "sparks flying": a plural, then what it does ("starts
        # running", "walks smiling" stay verbs of the one before)
        return False
    if word in _FINITE or (
        word in HUMAN_MOTION_VERBS and not word.endswith("ing") and word not in _PICTURE_NOUNS
    ):
        return True
    # A verb the lexicon lacks: "pats it dry", "tucks her hair back" — an -s word followed by
    # an object pronoun, a determiner or a particle.
    return (
        len(words) > 1
        and word.endswith("s")
        and not word.endswith("ss")
        and word not in _PICTURE_NOUNS
        and words[1] in _VERB_FOLLOWERS
    )


# Plurals that are verbs too, seen before what they do ("waves crashing", "lights flickering").
_THINGS_THAT_ACT = frozenset(
    ["waves", "leaves", "lights", "sparks", "flames", "drops", "tears", "streams", "crowds",
     "shadows", "flowers", "clouds", "birds", "bubbles", "ripples", "petals", "flags"]
)  # fmt: skip
_VERB_FOLLOWERS = frozenset(
    [
        "one",
        "two",
        "both",
        "my",
        "your",
        "our",
        "it",
        "them",
        "her",
        "him",
        "his",
        "their",
        "its",
        "the",
        "a",
        "an",
        "up",
        "down",
        "out",
        "off",
        "back",
        "away",
        "over",
        "into",
        "onto",
        "through",
        "along",
        "across",
        "around",
    ]
)


def _join_asides(fragments: list[str]) -> str:
    return ", ".join(fragments)


def _join_enumerations(fragments: list[str]) -> list[str]:
    """'flour, eggs and sugar go into a bowl' is one picture: a bare word joins the next."""
    out: list[str] = []
    carry = ""
    for fragment in fragments:
        if out and not carry and (is_meta(fragment) or not content_words(fragment)):
            out[-1] = f"{out[-1]}, {fragment}"  # "25 seconds", "handheld": an aside, read later
            continue
        if (
            len(_words(fragment)) <= 1
            and not re.search(r'"', fragment)
            and fragment is not fragments[-1]
        ):
            carry = f"{carry}{fragment}, "
            continue
        if carry and not has_finite_verb(fragment):
            # "vows, rings, the first kiss": no verb gathers the bare words, each is a picture.
            out.extend(c for c in carry.split(", ") if c)
            carry = ""
        out.append(carry + fragment)
        carry = ""
    if carry:
        out.append(carry.rstrip(", "))
    # A meta fragment ("8 seconds", "macro", "nothing else") stays with the picture before it.
    joined: list[str] = []
    for fragment in out:
        if joined and (is_meta(fragment) or not content_words(fragment)):
            joined[-1] = f"{joined[-1]}, {fragment}"
        else:
            joined.append(fragment)
    return joined
