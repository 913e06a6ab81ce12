"""One fragment of text into one `Beat`.

A fragment comes as written: with connectors ("and then", "we cut to"), interjections ("lol"), a
storyboard's framing ("CU."), a shot spec before its picture, asides in brackets or after a dash.
`_beat` takes those off, keeps what they say (an end, a jump in time, a continuing take, a single
move, a label, a length) in the beat's fields, and gives nothing for a fragment with nothing left
to see.
"""

from __future__ import annotations

import re

from agent.briefing.beats.asides import _aside_clause, _crew_note, _dash_aside
from agent.briefing.beats.loglines import _colon_split
from agent.briefing.beats.meta import LENGTH_LABEL, OWN_LENGTH, _strong_meta, is_meta
from agent.briefing.beats.parts import Beat
from agent.briefing.beats.talk import _paperwork
from agent.briefing.beats.words import (
    _AT_THE_END,
    CONNECTORS,
    END_CUES,
    JUMP_WORDS,
    REQUEST,
    content_words,
)
from agent.briefing.lexicon import FRAMING_SHORTHAND, has_any
from agent.briefing.text import Sentence, split_top_level

_CONTINUING = re.compile(
    # "CONTINUOUS - push through the glass - …": a screenplay's action carried over the cut
    r"^continuous\s*[-–—:]\s*|"
    # "Same shot carries on – he brushes the loose hair off…": the shot before, going on
    r"^(?:the\s+)?same\s+shot\s+(?:carries\s+on|continues|continuing|goes\s+on|keeps\s+going)"
    r"\s*[-–—:,]\s*|"
    r"(?:^|[\s,])(?:(?:the\s+)?same take(?:\s+continues)?|continuing|continues|continued|"
    r"still moving|without a cut|in one motion|without cutting|in one take|no cut)"
    r"(?=[\s,.]|$)[,\s]*",
    re.IGNORECASE,
)
_INTERJECTIONS = re.compile(r"[\s,]+(?:lol|haha|lmao|pls|please|thx|thanks|:\)|!+)\s*$", re.I)


# A document's page footer pasted with its text: "— Confidential — Not for distribution  p. 3"
_FOOTER = re.compile(
    r"\b(?:confidential|distribution|copyright|all rights reserved)\b|©|\bp(?:age)?\.?\s*\d+\s*$",
    re.IGNORECASE,
)
_CAMERA_MOVE = re.compile(
    r"\b(?:pan|pans|panning|tilt|tilts|push-in|push in|pull-out|pull back|dolly|tracking shot|"
    r"orbit|orbits|crane|sweep|sweeps|glide|glides|fly-through|flythrough|one take|single take|"
    r"oner|pov|helmet cam|gopro|continuous shot|one continuous)\b",
    re.IGNORECASE,
)


def has_camera_move(text: str) -> bool:
    # "A pan left on the hob", "a frying pan": the kitchen's pan, not the camera's
    cooking = r"\b(?:a|the|her|his|their|frying|hot|sauce|cast-iron|non-stick)\s+pan\b(?!\s+(?:across|over|along|from|up|down|to)\b)"
    return bool(_CAMERA_MOVE.search(re.sub(cooking, " ", text, flags=re.I)))


# A shot's framing, lens and camera written before its picture, as a list's label.
_SPEC_TOKEN = (
    r"(?:extreme\s+close-?up|close-?up|ecu|bcu|xcu|mcu|cu|ms|ws|ls|els|med|medium|mid|wide|tight|"
    r"insert|overhead|aerial|pov|macro|handheld|hand-held|locked[- ]off|static|steadicam|gimbal|"
    r"(?:slow\s+)?(?:dolly|push)[- ]in(?:\s+slow)?|tracking|\d{2,3}\s*mm(?:\s+macro)?)"
)
_SHOT_SPEC = re.compile(
    # ("Overhead shot of a beach" keeps its words: the framing reader reads them there)
    rf"^(?P<spec>{_SPEC_TOKEN}(?:\s*,\s*{_SPEC_TOKEN})*)\s*[.:,]\s+(?!shots?\b)(?:on\s+)?(?=\S)"
    # "ECU her eyes between the gloves": a storyboard's abbreviation needs no stop
    r"|^(?-i:(?P<abbrev>ECU|BCU|XCU|MCU|CU|MS|WS|LS|ELS)\s+(?:on\s+)?(?=[a-z]))",
    re.IGNORECASE,
)
_BOARD_FRAMING = re.compile(r"^[.\s]*(ECU|CU|MCU|MS|WS|EWS|LS|INSERT|OTS|POV|CONTINUOUS)\.\s*")
_BOARD_WORDS = {
    "ECU": "extreme close-up", "CU": "close-up", "MCU": "close-up", "MS": "medium",
    "WS": "wide", "EWS": "wide", "LS": "wide", "INSERT": "insert", "OTS": "medium", "POV": "pov",
}  # fmt: skip


_SCREENPLAY_CAMERA = re.compile(
    r"^((?:EXTREME\s+)?CLOSE(?:-UP)?\s+ON|ANGLE\s+ON|WIDE\s+ON|INSERT(?:\s+ON)?|POV|"
    r"OVERHEAD\s+ON|TRACKING\s+ON)\b[\s:,-]*"
)


_LIST_END = re.compile(
    r"^(?:done|that'?s it|that'?s all|the end|fin|etc|and so on|and more|you get the idea)[.!]*$",
    re.IGNORECASE,
)


_FOR_THE_PLATFORM = re.compile(
    r"\s+for\s+(?:the\s+|our\s+|my\s+)?(?:insta(?:gram)?|ig|tiktok|facebook|fb|youtube|reels|"
    r"stories|socials|social media|website|web ?site|linkedin)(?:\s+(?:page|feed|channel|account|"
    r"homepage|home page|story|grid))?[.!]*\s*$",
    re.IGNORECASE,
)


_MADE_FOR = re.compile(
    r"\b(?:film\w*|shoot\w*|record\w*|post\w*|upload\w*|made|mak\w+|reads?|says?|card|"
    r"caption|title|sign|banner)\b",
    re.IGNORECASE,
)


# "…bursting on my little brothers head in the garden 4 secs": a length typed last, no comma
# (never after a word that makes it the thing's own time: "boils in 90 seconds")
_BARE_LENGTH_LAST = re.compile(
    r"(?<!\bin)(?<!\bfor)(?<!\bwithin)(?<!\bunder)(?<!\bover)(?<!\bafter)(?<!\bevery)"
    r"(?<!\babout)(?<!\baround)(?<!\btakes)(?<!\blasts)(?<!\bjust)(?<!\bonly)(?<!\bto)(?<!\bat)"
    r"(?<!\bof)(?<!\bby)(?<!\buntil)(?<!\btill)(?<!\bfirst)(?<!\blast)(?<!\bnext)"
    r"\s+\d{1,3}(?:\.\d+)?\s*(?:secs?|seconds?)[.!]?$",
    re.IGNORECASE,
)


def _beat(fragment: str, sentence: Sentence) -> Beat | None:
    """One beat from a fragment: connectors, interjections and meta asides taken off."""
    text = fragment.strip().strip(" .;")
    text = _INTERJECTIONS.sub("", text).strip()
    if _LIST_END.match(CONNECTORS.sub("", text)):
        return None  # "apples, the press, pouring a glass, done.": the list ends
    if text.endswith(":") and is_meta(text):
        return None  # "Perhaps:" on its own: a heading over the pictures that follow
    # "one unbroken shot, then starting on the furnace": the take is a directive, read already
    text = re.sub(
        r"^(?:one|a|a single)\s+(?:unbroken|continuous|single|long)\s+(?:shot|take)\s*,?\s*"
        r"(?:then\s+)?",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Same shot, continuing - she crosses the square": the take carried over the cut, said
    # first (its dash and comma made the picture an aside)
    carried = re.match(
        r"^(?:(?:the\s+)?same\s+(?:shot|take)\s*,?\s*)?(?:continuing|continued|continuous|"
        # ("Same shot continuing again - I burnish it": the take carried on a second time)
        r"continues)(?:\s+(?:again|on|still))?"
        r"(?:\s*[-–—:,]\s*|\s+(?=(?:she|he|they|we|i|the|a|an|his|her|their)\b))",
        text,
        re.IGNORECASE,
    )
    if carried and text[carried.end() :].strip():
        text = text[carried.end() :]
    # Meta fragments inside a beat ("…in the rain, 25 seconds, handheld, …") become asides.
    kept: list[str] = []
    pulled: list[str] = []
    if spec := _SHOT_SPEC.match(text):
        # "WIDE, 24mm. A terraced house…", "Handheld, tight. Coach Errol wraps…", "ECU her
        # eyes…": how the shot is framed and moved, said before what it shows
        for token in re.split(r"\s*,\s*|\s+(?=\d+mm\b)", spec["spec"] or spec["abbrev"]):
            pulled.append(FRAMING_SHORTHAND.get(token.strip().lower(), token.strip().lower()))
        text = text[spec.end() :].strip()
    for aside in re.findall(r"\s*\(([^()]*)\)", text):
        if _crew_note(aside) or _aside_clause(aside):
            # "singing (we want its song clear)", "(SFX, let it ring)": a note to the crew
            pulled.append(aside)
            text = text.replace(f"({aside})", " ").replace("  ", " ").strip()
    if (
        (own := OWN_LENGTH.search(text) or _BARE_LENGTH_LAST.search(text))
        and content_words(last := split_top_level(text[: own.start()], ",")[-1])
        and not LENGTH_LABEL.match(last.strip())  # ("…, and shorter - 20 seconds": a change)
    ):
        # "Bride getting ready - 4 secs", "the ovens opening (5s)": its length is read with the
        # brief's lengths; the picture is what comes before it
        pulled.append(own.group(0).strip(" -–—:([)]"))
        text = text[: own.start()].strip()
    if (
        len(dashed := re.split(r"\s+[-–—]\s+", text)) > 1
        # (never a dash inside quotes: '"St Luke's Hall – 2pm – no partner needed"' is a card)
        and dashed[-1].count('"') % 2 == 0
        and content_words(" ".join(dashed[:-1]))
        and (
            re.search(r"\b(?:pls|plz|please)\b", dashed[-1], re.I)
            # "- no lens flares": a prohibition after a picture that acts (not a page footer's
            # "— Confidential — Not for distribution")
            or (
                re.match(r"(?:nothing|not|no|never|don't|avoid)\b", dashed[-1], re.I)
                and not _FOOTER.search(text)
            )
            # "- honestly I'm shattered": the writer talking, after the picture
            or (_dash_aside(text)[1] == dashed[-1].strip() and '"' not in dashed[-1])
        )
    ):
        # "two friends clinking glasses - nothing too "influencer" pls, Rob will have a fit"
        pulled.append(dashed[-1])
        text = " - ".join(dashed[:-1])
    if need := re.search(
        r"\s+and\s+(?:you|we)\s+(?:really\s+)?(?:need(?:s)? to|must|have to|gotta|have got to|"
        r"should be able to)\b[^,;]*",
        text,
        re.I,
    ):
        # 'the label says "…" and you NEED to be able to read it': what the writer asks of it
        # (talk, not a spec of the shot: its "read" is no line read aloud)
        text = text[: need.start()] + text[need.end() :]
    # "14:05 - Priya walking down the aisle": a run sheet's time of day, no length and no picture
    text = re.sub(r"^\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*[-–—:]\s+", "", text, flags=re.I)
    for piece in split_top_level(text, ","):
        aside = (
            bool(kept)
            and '"' not in piece
            and not re.fullmatch(r"\s*[A-Z][\w'-]+\s*", piece)  # "a babysitter, Jess, checks"
            and (is_meta(piece) or not content_words(piece))
        )
        (pulled if aside else kept).append(piece)
    text = ", ".join(kept)
    jump = has_any(text, JUMP_WORDS)
    end = bool(END_CUES.match(text))
    if re.match(r"^(?:(?:oh|and|also)\s+)*(?:put|add|show|stick|throw)\s+", text, re.I) and (
        at_end := _AT_THE_END.search(text)
    ):
        # "oh and put the phone number at the end, 0161 555 0192": the end card, with its words.
        end = True
        text = (text[: at_end.start()] + text[at_end.end() :]).strip(" ,")
        text = re.sub(
            r"^(?:(?:oh|and|also)\s+)*(?:put|add|show|stick|throw)\s+", "", text, flags=re.I
        )
    continuing = bool(carried) or bool(_CONTINUING.search(text))
    text = _CONTINUING.sub(" ", text).strip(" ,")
    text = CONNECTORS.sub("", text).strip(" ,")
    text = REQUEST.sub("", text).strip(" ,")
    # "…, cut to the bit where she laughs": the moment is the picture
    text = re.sub(
        r"^(?:the|that)\s+(?:bit|part|moment)\s+(?:where|when)\s+(?=\w+\s+\w)", "", text, flags=re.I
    )
    text = re.sub(r"^(?:just|only)\s+(?=(?:the|a|an|our|my|some)\s)", "", text, flags=re.I)
    # "so me - i'm Juno btw you know that - me sitting on the floor": who is talking, aside
    text = re.sub(
        r"^(?:so\s+)?(?:me\s*)?-\s*(?:i'?m|i am)\s+[^-]{1,40}?\s+-\s+", "", text, flags=re.I
    )
    text = CONNECTORS.sub("", text).strip(" ,")
    # "Wren, our hero (hooded, green cloak), wades": the role is the cast's, not the picture's.
    text = re.sub(
        r",\s*(?:our|the|a)\s+(?:hero|heroine|protagonist|lead|main character|narrator)"
        r"(?:\s*\([^)]*\))?\s*,",
        "",
        text,
        flags=re.I,
    )
    while board := _BOARD_FRAMING.match(text):
        # "CU. Milo's face", "MS. CONTINUOUS. He sprints": a storyboard's framing and cues
        word = board.group(1).upper()
        if word == "CONTINUOUS":
            continuing = True
        else:
            pulled.append(_BOARD_WORDS.get(word, word.lower()))
        text = text[board.end() :].strip()
    if camera := _SCREENPLAY_CAMERA.match(text):
        # "CLOSE ON the door handle - it turns": the direction frames the shot, it is not seen.
        pulled.append(camera.group(1).lower())
        text = text[camera.end() :].strip()
    text = re.sub(r",?\s*nothing else\s*$", "", text, flags=re.I)
    if (
        (platform := _FOR_THE_PLATFORM.search(text))
        and '"' not in text[platform.start() :]
        and not _strong_meta(text[: platform.start()])
        # ("filming a dance for TikTok", "End card reads Made for TikTok": what is done, or read)
        and not _MADE_FOR.search(text[: platform.start()])
    ):
        # "A surfer catching a wave for our instagram": where the video plays, not what is seen
        # (a line about the video keeps it: 'My daughter-in-law says we must have a "reel" for
        # Instagram' is read whole, and set aside)
        pulled.append(platform.group(0).strip())
        text = text[: platform.start()]
    if tail := re.search(r"\s+and\s+that'?s\s+(?:the\s+end|it|all)\b.*$", text, re.I):
        text, end = text[: tail.start()], True
    asides: list[str] = list(pulled)
    pieces = split_top_level(text, ",")
    while len(pieces) > 1 and is_meta(pieces[-1]) and not re.search(r'"', pieces[-1]):
        asides.insert(0, pieces.pop())
    text = ", ".join(pieces)
    if not text or not (content_words(text) or re.search(r'"[^"]+"', text)):
        return None
    if _paperwork(text):
        return None  # "(I'd like) a rough shot plan I can hand my second shooter"
    label = ""
    colon = _colon_split(text)
    if colon is not None:
        label = colon[0].lower()
    text = text[:1].upper() + text[1:]
    return Beat(
        text=text,
        setting=sentence.setting,
        seconds=sentence.seconds,
        end=end,
        continuing=continuing,
        jump=jump,
        label=label,
        asides=tuple(asides),
        single=has_camera_move(text),
    )
