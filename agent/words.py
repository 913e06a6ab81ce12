"""The film vocabulary the rules planner reads: small word lists and matching helpers.

Everything here is data plus pure functions. Lists are tuples (never sets) so that every scan runs in
one fixed order and the plan comes out byte-identical across processes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sessions.models import CameraMove, Framing, Tag

NUMBER_WORDS: dict[str, float] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}

# Words that make a shot stylized (non-photoreal) rather than merely lit a certain way.
STYLIZED_WORDS: tuple[str, ...] = (
    "watercolor",
    "watercolour",
    "anime",
    "painterly",
    "animated",
    "hand-drawn",
    "cartoon",
    "cel-shaded",
    "claymation",
    "stop-motion",
    "pixel art",
    "illustrated",
    "comic-book",
)
# Look and mood words kept as style notes; the stylized ones come first in no particular sense —
# notes are reported in the order the person wrote them.
STYLE_WORDS: tuple[str, ...] = (
    *STYLIZED_WORDS,
    "moody",
    "warm",
    "natural",
    "cool",
    "cinematic",
    "noir",
    "pastel",
    "vintage",
    "retro",
    "documentary",
    "minimalist",
    "neon",
    "dreamy",
    "gritty",
    "film grain",
    "black and white",
)
FILM_LOOK = re.compile(r"\b\d{1,2}mm(?: film)?(?: look)?\b", re.IGNORECASE)

# A brief asking for the clips' own sound: routed to engines that make it (catalog `audio`).
SOUND_WORDS: tuple[str, ...] = (
    "ambient sound",
    "ambience",
    "with sound",
    "sound effects",
    "sound design",
    "soundscape",
    "voice-over",
    "voiceover",
    "voice over",
    "narration",
    "narrated",
)
# Requirement tags, each with the words that call for it. Order follows the vocabulary.
TAG_WORDS: tuple[tuple[Tag, tuple[str, ...]], ...] = (
    (
        "landscape",
        (
            "drone",
            "fjord",
            "mountain",
            "mountains",
            "sea",
            "ocean",
            "cliff",
            "cliffs",
            "landscape",
            "valley",
            "forest",
            "desert",
            "beach",
            "coast",
            "river",
            "lake",
            "ridge",
            "rocks",
            "field",
            "fields",
            "horizon",
            "waterfall",
        ),
    ),
    (
        "architecture",
        (
            "building",
            "buildings",
            "lighthouse",
            "interior",
            "co-working",
            "office",
            "city",
            "skyline",
            "street",
            "house",
            "porch",
            "tower",
            "stairs",
            "staircase",
            "room",
            "hall",
            "church",
            "bridge",
            "kitchen",
            "cafe",
        ),
    ),
    ("camera_motion", ("drone", "flyover", "fly-over", "aerial", "tracking", "orbit", "crane")),
    (
        "human_motion",
        (
            "hand",
            "hands",
            "gripping",
            "grips",
            "climbing",
            "climbs",
            "running",
            "runs",
            "chase",
            "chasing",
            "tapping",
            "taps",
            "dancing",
            "dances",
            "walking",
            "walks",
            "jumping",
            "pulling",
            "pulls",
            "swimming",
            "throwing",
            "winding",
            "chalking",
            "fighting",
        ),
    ),
    (
        "physics",
        (
            "gripping",
            "grips",
            "pulling",
            "pulls",
            "chase",
            "chasing",
            "water",
            "waves",
            "splash",
            "splashing",
            "rain",
            "pouring",
            "cloth",
            "fabric",
            "flag",
            "smoke",
            "fire",
            "falling",
        ),
    ),
    ("stylized", STYLIZED_WORDS),
    ("typography", ("logo", "title card", "end card", "the words", "caption", "headline", "text")),
    (
        "product",
        ("product", "app", "laptop", "phone", "package", "packshot", "bottle", "device", "logo"),
    ),
    ("dialogue", ("speaking", "speaks", "says", "said", "dialogue", "interview", "talking")),
    ("sound", SOUND_WORDS),
)
# Touching a screen is the product in use, but only when the brief is about a product at all.
PRODUCT_USE_WORDS: tuple[str, ...] = ("tapping", "taps", "swiping", "screen", "button")

FRAMING_WORDS: tuple[tuple[Framing, tuple[str, ...]], ...] = (
    ("extreme-close", ("extreme close-up", "extreme close up", "macro", "ecu")),
    ("close", ("close-up", "close up", "closeup", "close on", "close shot")),
    ("medium", ("medium shot", "mid shot", "medium")),
    ("aerial", ("aerial", "drone", "flyover", "fly-over", "bird's-eye", "overhead")),
    ("wide", ("wide shot", "wide", "establishing", "long shot")),
    ("insert", ("insert", "end card", "title card")),
)
CAMERA_WORDS: tuple[tuple[CameraMove, tuple[str, ...]], ...] = (
    ("drone", ("drone", "flyover", "fly-over")),
    ("push-in", ("push-in", "push in", "pushes in", "dolly in", "zoom in", "zooms in")),
    ("pull-out", ("pull-out", "pull out", "pull back", "pulls back", "zoom out")),
    ("static", ("static", "locked-off", "locked off", "still camera", "tripod")),
    ("orbit", ("orbit", "orbiting", "circling", "360")),
    ("handheld", ("handheld", "hand-held")),
    ("dolly", ("tracking", "dolly", "follows", "following")),
    ("pan", ("pan", "pans", "panning")),
    ("tilt", ("tilt", "tilts", "tilting")),
)

# People the planner can follow from shot to shot when the brief gives no name.
PERSON_NOUNS: tuple[str, ...] = (
    "woman",
    "man",
    "girl",
    "boy",
    "climber",
    "runner",
    "dancer",
    "skater",
    "surfer",
    "chef",
    "detective",
    "kid",
    "child",
    "founder",
    "grandfather",
    "grandmother",
    "father",
    "mother",
    "friend",
    "hiker",
    "driver",
    "farmer",
    "barista",
    "student",
    "teacher",
    "doctor",
    "nurse",
    "cat",
    "dog",
)
KIN_NOUNS: tuple[str, ...] = (
    "grandfather",
    "grandmother",
    "father",
    "mother",
    "brother",
    "sister",
    "friend",
    "son",
    "daughter",
)
# Things worth naming as a shot's subject so that later stages keep them consistent.
OBJECT_NOUNS: tuple[str, ...] = (
    "compass",
    "compasses",
    "lamp",
    "laptop",
    "phone",
    "app",
    "logo",
    "title card",
    "desk",
    "raincoat",
    "jacket",
    "lighthouse",
    "stairs",
    "rock",
    "ridge",
    "fjord",
    "porch",
    "car",
    "bike",
    "bottle",
    "cup",
    "package",
)
COLOUR_WORDS: tuple[str, ...] = (
    "red",
    "yellow",
    "blue",
    "green",
    "orange",
    "purple",
    "pink",
    "black",
    "white",
    "grey",
    "gray",
    "brown",
    "brass",
    "gold",
    "silver",
)


@lru_cache(maxsize=1024)
def word_pattern(phrase: str) -> re.Pattern[str]:
    """Whole-word match for a phrase, so that "pan" never matches "Penny" or "company"."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


def has_any(text: str, phrases: tuple[str, ...]) -> bool:
    return any(word_pattern(p).search(text) for p in phrases)


def first_position(text: str, phrase: str) -> int:
    m = word_pattern(phrase).search(text)
    return m.start() if m else -1


def framing_from_words(text: str) -> Framing | None:
    for framing, phrases in FRAMING_WORDS:
        if has_any(text, phrases):
            return framing
    return None


def camera_from_words(text: str) -> CameraMove | None:
    for move, phrases in CAMERA_WORDS:
        if has_any(text, phrases):
            return move
    return None


def style_words_in(text: str) -> list[str]:
    """Style notes in the order the person wrote them."""
    found: list[tuple[int, str]] = []
    for word in STYLE_WORDS:
        pos = first_position(text, word)
        if pos >= 0:
            found.append((pos, word))
    for m in FILM_LOOK.finditer(text):
        found.append((m.start(), m.group(0).lower()))
    found.sort()
    notes: list[str] = []
    for _, word in found:
        if word not in notes:
            notes.append(word)
    return notes
