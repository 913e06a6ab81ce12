"""The words the splitter weighs before it reads a sentence.

The format nouns a brief names its video by ("ad", "reel", "vidéo"), the connectors that put
pictures in story order ("then", "cut to", "end on"), the request that opens a logline ("make me",
"we need"), the verbs that make a clause rather than a noun phrase, and the nouns of things one can
see. From them: `content_words` (what is left once meta talk is taken away), `has_picture`
(something to see) and `has_finite_verb` (a clause). Every other module here reads with these.
"""

from __future__ import annotations

import re

from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    ARCHITECTURE_WORDS,
    BODY_PARTS,
    GROUP_NOUNS,
    HUMAN_MOTION_VERBS,
    LANDSCAPE_WORDS,
    LOOK_SUFFIX,
    NUMBER_WORDS,
    OBJECT_NOUNS,
    PERSON_NOUNS,
    PHYSICS_VERBS,
    PHYSICS_WORDS,
    PRODUCT_KINDS,
    STYLE_WORDS,
    TYPOGRAPHY_WORDS,
    has_any,
    verb_forms,
)
from agent.briefing.numbers import LANGUAGES

# --- vocabularies of meta talk -------------------------------------------------------------

FORMAT_NOUNS: tuple[str, ...] = (
    "appeal",
    "charity appeal",
    "fundraiser",
    "sting",
    "logo sting",
    "ident",
    "bumper",
    "psa",
    "public service announcement",
    "feed post",
    "treatment",
    "script",
    "storyboard",
    "shot list",
    "brief",
    "product shot",
    "product video",
    "packshot",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "commercial",
    "spot",
    "promo",
    "video",
    "vid",
    "clip",
    "clips",
    "film",
    "short",
    "teaser",
    "cold open",
    "trailer",
    "opener",
    "intro",
    "outro",
    "reel",
    "reels",
    "explainer",
    "documentary",
    "doc",
    "segment",
    "episode",
    "series",
    "sequence",
    "montage",
    "aftermovie",
    "walkthrough",
    "preview",
    "loop",
    "footage",
    "shot",
    "shots",
    "scene",
    "logo reveal",
    "menu reveal",
    "animation",
    "tutorial",
    "vlog",
    "recap",
    "highlights",
    "highlight",
    "lookbook",
    "look book",
    "highlight film",
    "invite",
    "invitation",
    "sizzle",
    "showreel",
    "cinemagraph",
    "gif",
    "post",
    "story",
    "vidéo",
    "publicité",
    "pub",
    "anuncio",
    "vídeo",
    "película",
    "corto",
    "werbespot",
    "werbung",
    "filmato",
    "pubblicità",
)
_PLATFORM_WORDS = (
    "tiktok instagram insta ig reels youtube shorts linkedin facebook twitter x snapchat "
    "pinterest feed socials social media website header landing page app store"
)
_ASPECT_WORDS = "vertical horizontal square portrait landscape widescreen format aspect ratio"
_TALK_WORDS = (
    "i me my we us our you your need needs want wants would could can should must please like "
    "make made let know thanks thank hi hello hey team cheers best regards so following call "
    "yesterday today here here's what what's we're it's that's thinking think something around "
    "about going maybe later cut down questions question if have has be is are was it its this "
    "that these those will just really also lol haha pls thx ok okay sure vibe vibes feel feels "
    "tone mood look looks aesthetic palette grade grading colour color style lots lot of "
    "optimistic upbeat energetic calm fun premium luxurious clean simple minimal modern bold soft "
    "golden hour light lighting natural keep tight budget tier delivery draft quality cost "
    "spend campaign spring summer autumn winter client brief idea concept note notes music "
    "sound audio voiceover vo cta target audience kids version versions cutdown cutdowns "
    "channel travel new our launch drop hype brand company studio listing real estate "
    "muted desaturated saturated vibrant tones hues greens blues reds teal grainy contrasty "
    "shades earthy colours colors grade graded"
)
CONNECTORS = re.compile(
    r"^(?:1st|2nd|3rd|4th|5th|so start with|so start on|so open on|so open with|so first|so begin with|"
    r"and then|and end on|and end with|and finally|and at the end|at the end|in the end|"
    r"in finish|to finish|finish with|finish on|close with|first we see|then we see|we see|"
    r"oh and maybe|and maybe|maybe|oh and|"
    r"we open on|we open with|we cut to|we end on|we end with|we close on|we finish on|"
    # ("first dance", "last light": the thing itself, not the order)
    r"we start on|we start with|we go to|we move to|first(?!\s+(?:dance|kiss|light|snow|day|date|"
    r"look|steps?|bite|sip|birthday|place|aid|edition|class|team|prize|responders?)\b)|and|then|open on|"
    r"opening on|open with|"
    r"opens on|start on|start with|starts with|begin with|begin on|end on|end with|ending on|"
    r"ending with|ends on|ends with|finally|followed by|cut to|next|after that|later|meanwhile|"
    r"the (?:first|last|final|next|end) (?:bit|shot|scene|part|image) (?:is|would be|will be)|"
    r"lastly|last(?!\s+(?:light|orders|dance|kiss|train|bus|ferry|sailing|supper|post|"
    r"customer|call|bite|drop|leaf|snow)\b)|depois|primeiro|no fim|por fim|então|luego|después|primero|al final|"
    r"zuerst|danach|zum schluss|puis|ensuite|d'abord|enfin|poi|dopo|alla fine|"
    # ("y Lucía sonriendo en la puerta", "und der Ofen", "et le logo": "and", abroad)
    r"y(?=\s)|und|et(?=\s))\b[\s,]*",
    re.IGNORECASE,
)
JUMP_WORDS: tuple[str, ...] = (
    "flashback",
    "cut to",
    "meanwhile",
    "later",
    "years ago",
    "years later",
    "memory",
    "elsewhere",
    "the next day",
    "that night",
)
# When a picture is set in its own time ("as a young woman in the 60s", "on their wedding day",
# "in her garden now"): the shot before it cannot run on into it, even with the same person.
# ("Tom in 70s flares" is a costume, "pulls an espresso in 30s" a length, "as a young boy
# would" a likeness, "running faster now" the same moment)
TIME_MARKS = re.compile(
    r"\b(?:in\s+the\s+(?:19|20)?'?\d0'?s|in\s+the\s+(?:sixties|seventies|eighties|nineties|"
    r"fifties|forties)|in\s+(?:19|20)\d\d|back then|these days|nowadays|present day|as an?\s+"
    r"(?:young|little|small)?\s*(?:woman|man|girl|boy|child|kid|baby|toddler|teenager|teen|"
    r"student)(?!\s+(?:would|does|did|might|could|can|will)\b)|on\s+(?:her|his|their|the|my|"
    r"our)\s+(?:[\w-]+\s+){0,2}?(?:wedding|graduation|first|last|big|birth)\s+day|years\s+"
    r"(?:on|later|ago)|decades\s+(?:on|later|ago))\b|"
    r"\b(?:in|at|on|by)\s+(?:her|his|their|the|our|my)\s+[\w-]+(?:\s+[\w-]+)?\s+now\b"
    r"(?=\s*(?:[,.;!]|$))",
    re.IGNORECASE,
)
_AT_THE_END = re.compile(r"\b(?:at the (?:very )?end|to finish|to close|last)\b[\s,.!]*", re.I)
# "Drum intro.", "Guitar solo over the crowd": a band's part in a music video, not a video's intro
BAND_INTRO = re.compile(
    r"\b(?:drums?|guitars?|piano|bass|synths?|violins?|strings|sax|saxophone|organ|vocals?|"
    r"choir)\s+(?:intro|opener)\b",
    re.IGNORECASE,
)
END_CUES = re.compile(
    r"^(?:and\s+)?(?:end(?:s|ing)?\s+(?:on|with)|finally|final shot|last shot|closing)\b",
    re.IGNORECASE,
)
REQUEST = re.compile(
    r"^(?:(?:also|and|plus|then)\s+)?(?:(?:can you|could you|please|pls)\s+)?(?:(?:i|we)\s+(?:need|want|would like)\s+|"
    r"need\s+|make me\s+|make us\s+|give me\s+|create\s+|(?:i|we)'d like\s+|"
    r"(?:i|we)(?:'m| am|'re| are)\s+(?:looking for|after|making|doing|shooting)\s+|"
    r"show(?:\s+me|\s+us)?\s+(?=the|a|an|our|some)|we see\s+)(?:like\s+)?",
    re.IGNORECASE,
)

# --- verbs, for telling a clause from a noun phrase -----------------------------------------

_COMMON_VERBS = verb_forms(
    "be", "stand", "sit", "lie", "look", "watch", "see", "stare", "gaze", "smile", "laugh",
    "cry", "nod", "wait", "turn", "move", "rise", "set", "shine", "glow", "fade", "appear",
    "disappear", "reveal", "show", "hold", "cool", "cross", "circle", "swarm", "taste", "eat",
    "drink", "close", "switch", "stop", "start", "begin", "end", "take", "give", "make", "grow",
    "bloom", "float", "fly", "soar", "glide", "drift", "hover", "sway", "shake", "tremble",
    "sparkle", "glitter", "blink", "sound", "sing", "read", "write", "draw", "hang", "lean",
    "rest", "sleep", "wake", "breathe", "kiss", "meet", "greet", "pass", "follow", "lead",
    "pick", "fill", "empty", "mix", "whisk", "beat", "cut", "peel", "bake", "cook", "fry",
    "boil", "serve", "wear", "pack", "unpack", "load", "unload", "deliver", "check", "scroll",
    "click", "zoom", "count", "tick", "return", "arrive", "leave", "enter", "exit", "go",
    "come", "assemble", "lunge", "sit", "lift", "fill", "sets", "frame", "emerge", "wander",
    "gather", "hide", "search", "find", "open", "light", "catch", "float", "lip-sync",
    "slip", "grin", "wave", "wink", "shrug", "sigh", "yawn", "hug", "chalk", "dust", "sprinkle",
    "brush", "wipe", "tie", "untie", "button", "zip", "adjust", "glance", "blow", "taste", "sip",
)  # fmt: skip
_FINITE = frozenset(
    w
    for w in (*_COMMON_VERBS, *HUMAN_MOTION_VERBS, *PHYSICS_VERBS)
    if w.endswith(("s", "ed")) and not w.endswith("ss")
) | {"is", "are", "was", "were", "has", "have", "goes", "go", "comes", "come", "does"}
# (an instrument or a room is seen, whatever it plays: "the piano", "the music room" in a list of
# a music school's pictures)
INSTRUMENTS = (
    *("piano", "pianos", "guitar", "guitars", "drum kit", "drums", "violin", "violins", "cello"),
    *("harp", "trumpet", "saxophone", "keyboard", "organ pipes", "music room", "rehearsal room"),
)
_VISIBLE_NOUNS: tuple[str, ...] = (
    *PERSON_NOUNS,
    *GROUP_NOUNS,
    *ANIMAL_NOUNS,
    *LANDSCAPE_WORDS,
    # (a room is seen, whatever is played in it; "Sad piano music." is heard)
    "music room",
    "rehearsal room",
)
# set AJ: "Then the old juniper, it is 120 years old, most important tree of us" (a bonsai
# nursery's) was no picture: the lists knew no plant
_PLANTS = (
    *("tree", "trees", "bonsai", "juniper", "oak", "pine", "willow", "birch", "maple", "hedge"),
    *("plant", "plants", "flower", "flowers", "rose", "roses", "tulips", "daffodils", "sunflowers"),
    *("seedling", "seedlings", "sapling", "leaf", "leaves", "blossom", "bouquet", "shrub", "vine"),
)
_PICTURE_NOUNS: tuple[str, ...] = (
    *PERSON_NOUNS,
    *GROUP_NOUNS,
    *ANIMAL_NOUNS,
    *BODY_PARTS,
    *LANDSCAPE_WORDS,
    *ARCHITECTURE_WORDS,
    *OBJECT_NOUNS,
    *(w for _, words in PRODUCT_KINDS for w in words),
    *(w for w in PHYSICS_WORDS if not w.endswith(("ing", "ed"))),
    *TYPOGRAPHY_WORDS,
    *_PLANTS,
    *INSTRUMENTS,
)
_DETERMINERS = [
    "a",
    "an",
    "the",
    "her",
    "his",
    "their",
    "its",
    "our",
    "my",
    "one",
    "two",
    "three",
    "four",
    "some",
    "several",
    "each",
    "this",
    "that",
    "these",
    "those",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "el",
    "los",
    "las",
    "una",
    "uno",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "il",
    "lo",
    "gli",
]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", text.lower())


# Small words of other languages that are things to see in English: Dutch "van" (of), Danish
# "fire" (four), Hungarian "hat" (six), Polish "pet" (five), Swedish/German "elf", "elk". "1. the
# van" was no picture, and "the fire crackling" lost its fire.
_ENGLISH_THINGS = frozenset({"van", "fire", "hat", "pet", "elf", "elk"})
_META_VOCAB = frozenset(
    [
        *FORMAT_NOUNS,
        *NUMBER_WORDS,
        *_PLATFORM_WORDS.split(),
        *_ASPECT_WORDS.split(),
        *_TALK_WORDS.split(),
        *(w for s in STYLE_WORDS for w in s.split()),
        *(
            w
            for lang in LANGUAGES
            for w in (
                *lang.numbers,
                *lang.seconds,
                *lang.minutes,
                *lang.shots,
                *lang.stopwords,
                *lang.each,
            )
            if lang.code == "en" or w not in _ENGLISH_THINGS
        ),
        *[
            "for",
            "with",
            "and",
            "or",
            "but",
            "as",
            "to",
            "in",
            "on",
            "at",
            "by",
            "from",
            "into",
            "the",
            "a",
            "an",
        ],
        *[
            "single",
            "continuous",
            "separate",
            "same",
            "identical",
            "every",
            "across",
            "each",
            "throughout",
        ],
        *[
            "s",
            "sec",
            "secs",
            "second",
            "seconds",
            "min",
            "mins",
            "minute",
            "minutes",
            "long",
            "length",
            "macro",
            "handheld",
        ],
        *[
            "static",
            "cinematic",
            "above",
            "overhead",
            "aerial",
            "drone",
            "wide",
            "close-up",
            "closeup",
            "close",
            "medium",
        ],
        *[
            "insert",
            "angle",
            "view",
            "slow-motion",
            "slow",
            "motion",
            "backlit",
            "establishing",
            "tracking",
            "pov",
        ],
        *[
            "top-down",
            "footage",
            "camera",
            "lens",
            "move",
            "moves",
            "movement",
            "framing",
            "grain",
            "push-in",
            "pull-out",
        ],
        *[
            "pan",
            "pans",
            "tilt",
            "orbit",
            "dolly",
            "tracking",
            "locked-off",
            "tripod",
            "zoom",
            "steady",
            "steadicam",
        ],
    ]
)


# "she crosses the square", "pigeons in the empty square": a place, not the frame
_A_SQUARE_PLACE = re.compile(
    r"(?<!make it )(?<!as )(?<!to )(?<!into )"
    r"\b(?P<before>(?:the|town|city|market|village|main|empty|his|her|their|my|a|with)\s+)"
    r"square\b(?!\s*(?:format|video|clip|crop|post|version|frame|aspect|ratio|cut|edit|one|reel|"
    r"size|shape)\b)",
    re.IGNORECASE,
)


def content_words(text: str) -> list[str]:
    """Words that may carry a picture: everything but meta talk, numbers and small words."""
    text = LOOK_SUFFIX.sub("", re.sub(r'"[^"]*"', " ", text))
    text = _A_SQUARE_PLACE.sub(r"\g<before>plaza", text)
    return [
        w
        for w in _words(text)
        if w not in _META_VOCAB and w.rstrip("'s") not in _META_VOCAB and len(w) > 1
    ]


def without_brackets(text: str) -> str:
    """The text without its bracketed asides ("her skirt swirling (she was a cracking jiver!!)"
    is judged as "her skirt swirling"); the text itself when it is nothing but brackets."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip() or text


def has_picture(text: str) -> bool:
    """Something to see: a known picture noun, quoted words on screen, or any content word."""
    return (
        bool(re.search(r'"[^"]+"', text))
        or has_any(text, _PICTURE_NOUNS)
        # "Last shot me tasting it and nodding": the person writing, in the picture
        # ("me again watching the fleet", "us too, dancing"; "someone lifting a frame out")
        or re.search(
            r"\b(?:me|myself|us|someone|somebody|everyone|everybody)\s+"
            r"(?:(?:again|too|also|then|later|now|\w+ly)[,\s]+)?[a-z]{3,}ing\b",
            text,
            re.I,
        )
        is not None
        # "first me up the ladder on a big townhouse": the writer somewhere, in the picture
        or re.search(
            r"(?:^|\b(?:first|then|and|next)\s+)(?:me|myself)\s+(?:back\s+)?(?:up|on|at|in|by|"
            r"under|behind|inside|outside|out|down|on top of|next to)\s+(?:the|a|an|my|our|his|"
            r"her|their)\b",
            text.strip(),
            re.I,
        )
        is not None
    )


_ALL_VERBS = frozenset(
    (*_COMMON_VERBS, *HUMAN_MOTION_VERBS, *(w for w in PHYSICS_WORDS if " " not in w))
)
_PLURAL_SUBJECT = re.compile(
    r"^(?:they|we|you|i|(?:(?:the|her|his|their|our|my|its|two|three|some)\s+)?(?:[\w-]+\s+)?"
    r"(?:people|children|\w+s))\s+(?P<verb>[\w-]+)",
    re.IGNORECASE,
)


def has_finite_verb(text: str, *, plural_ing: bool = True) -> bool:
    """A clause rather than a noun phrase: "the crowd jumping" has none, "they paint" has one.
    `plural_ing`: whether "the girls putting up the tents" counts as a clause, as the readers
    built on it expect (a colon's announced list asks it without: `_clauses`)."""
    text = text.strip()
    words = _words(text)
    # ("bees on the frames": after "the" a word is a thing, whatever else it can be)
    if any(w in _FINITE and words[k] not in _DETERMINERS for k, w in enumerate(words[1:])):
        return True
    plural = _PLURAL_SUBJECT.match(text)
    if (
        plural
        and plural.group("verb").lower() in _ALL_VERBS
        and (plural_ing or not plural.group("verb").lower().endswith("ing"))
    ):
        return True
    return bool(re.search(r"\b(?:is|are|was|were)\b", text, re.I))
