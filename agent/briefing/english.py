"""Which words are English words, so a capitalised word that is none of them can be a name.

"Ines shapes dough" and "Flour drifts in the light" have the same form; only knowing that "flour"
is a word (and "Ines" is not) tells the baker from the dust. Webster's Second (the english-words
package, MIT) lists its common words in lower case and its proper nouns capitalised, so a word
counts as English only in the lower-case list: "Jonah" and "Priya" are not, "rose" and "river" are
(a Rose who acts twice is still found by the other readers).
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _words() -> frozenset[str]:
    from english_words import get_english_words_set  # ~60 ms, once, only when a brief is read

    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True)) | _things()


def _things() -> frozenset[str]:
    """The foods and objects the planner's own lexicon names in the plural: Webster's Second
    (1934) lacks "croissants" and "tacos", so "Croissants coming out of the oven" made a
    character called Croissants. Only plurals: a singular one is often a pet's or a person's
    name ("Bao waters the tomatoes", "Sushi stretches on the windowsill")."""
    from agent.briefing.lexicon import OBJECT_NOUNS, PRODUCT_KINDS, PRODUCT_WORDS

    words = [*OBJECT_NOUNS, *PRODUCT_WORDS, *(w for _, kind in PRODUCT_KINDS for w in kind)]
    return frozenset(w for w in words if w.isalpha() and w.islower() and w.endswith("s"))


def is_english_word(word: str, *, compounds: bool = True) -> bool:
    """True when the word, in lower case, is a common English word (not only a proper noun).

    Plurals and verb forms count by their stem ("shapes", "drifts", "lanterns")."""
    w = word.lower().removesuffix("'s")
    words = _words()
    if w in words or _american(w) in words:
        return True
    for suffix, stem_end in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if (
            w.endswith(suffix)
            and len(w) > len(suffix) + 2
            and w[: -len(suffix)] + stem_end in words
        ):
            return True
    # "Winemaker", "Beekeeper": a compound of two words is a word (a brand is often one too:
    # "Castmere", "Dripfix" — callers reading a brand's name ask without compounds).
    return compounds and any(
        w[:i] in words and _stem_known(w[i:], words) for i in range(3, len(w) - 3)
    )


def is_proper_noun(word: str) -> bool:
    """Webster's lists it capitalised: a given name ("Ruth", "Grace", "Mark") or a place, even
    when the lower-case word is English too ("ruth", "grace", "mark")."""
    return word[:1].isupper() and word in _words()


def _american(w: str) -> str:
    """Webster's spelling of a British word: colourful → colorful, centre → center."""
    w = re.sub(r"our(?=s?$|ful|ed|ing|ite|able)", "or", w)
    w = re.sub(r"(?<=[a-z])is(e|es|ed|ing|ation)$", r"iz\1", w)
    return re.sub(r"tre(s?)$", r"ter\1", w)


def _stem_known(w: str, words: frozenset[str]) -> bool:
    return w in words or any(
        w.endswith(suffix) and w[: -len(suffix)] in words for suffix in ("s", "es", "'s")
    )


def lower_first(text: str) -> str:
    """A clause joined after a comma or "then": "Breathes" → "breathes", but a name ("Sam
    freezes", "Paper Moons") or a word in capitals ("LISTEN") keeps its capital."""
    words = text.split()
    if not words:
        return text
    first = words[0].strip(",.;:!?\"'")
    if (
        not first
        or first[1:] != first[1:].lower()  # "LISTEN", "McKay"
        or not is_english_word(first)  # "Sam", "Ines"
        or (len(words) > 1 and words[1][:1].isupper())  # "Paper Moons"
    ):
        return text
    return f"{text[:1].lower()}{text[1:]}"


# Verbs a body does without moving: a person with one of these is in the picture, not in motion.
_STILL_VERBS = frozenset(
    [
        "be",
        "have",
        "do",
        "seem",
        "look",
        "appear",
        "wait",
        "know",
        "think",
        "feel",
        "love",
        "like",
        "want",
        "need",
        "belong",
        "remain",
        "stay",
        "wear",
        "show",
        "see",
        "watch",
        "hear",
        "listen",
        "sleep",
        "rest",
        "lie",
        "sit",
        "stand",
        "stare",
        "gaze",
        "glow",
        "shine",
        "hang",
        "read",
        "include",
        "feature",
        "contain",
        "keep",
        "let",
        "get",
        "say",
        "mean",
    ]
)


@cache
def is_action_verb(word: str) -> bool:
    """An -ing or -s word that English uses as a verb of doing ("snipping", "grinning", "slurps"),
    from LemmInflect's dictionary (MIT) rather than a list of ours: a body doing a verb we never
    listed is still a body in motion. An -ing word that is also its own noun ("painting",
    "building", "evening") and a verb of stillness ("sitting", "stares") do not count."""
    w = word.lower()
    if len(w) < 5 or not w.endswith(("ing", "s")) or w.endswith("ss"):
        return False
    from lemminflect import getAllLemmas  # ~0.2 s, once, only when a brief's tags are read

    readings = getAllLemmas(w)
    verbs = readings.get("VERB", ())
    if not verbs or any(v in _STILL_VERBS for v in verbs):
        return False
    if w.endswith("ing"):
        return w not in readings.get("NOUN", ())
    return "NOUN" not in readings and "ADJ" not in readings


@cache
def is_done_verb(word: str) -> bool:
    """An -s word English uses as a verb of doing, even where it is a noun too ("wraps",
    "pins", "ties"): for a word whose place in the sentence already makes it a verb."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return False
    from lemminflect import getAllLemmas

    verbs = getAllLemmas(w).get("VERB", ())
    return bool(verbs) and not any(v in _STILL_VERBS for v in verbs)
