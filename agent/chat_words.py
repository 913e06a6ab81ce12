"""The person's chat words, read into plan revisions and commands.

One reader for the offline model and the TUI's revise box: "redo the second shot's keyframe",
"swap shots 1 and 2", "move shot 3 before shot 1", "add a shot at the end: …", "make it 30
seconds", "can the second shot be slower?", "I want it to feel more cinematic". Ordinal words and
"the last shot" become shot references ("2", "last") that agent.revisions resolves against a plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.briefing.lexicon import ASPECTS, NUMBER_WORDS, ORDINALS, look_notes
from agent.briefing.numbers import lengths

_ORDINAL = "|".join(
    [*ORDINALS, "last", "final", "closing", "opening", r"\d+(?:st|nd|rd|th)", "penultimate"]
)
_REF = r"(?:shot\s+)?(?P<ref>s?\d+|last|first)"
_SEP = r"\s*[:,\-—]\s*"
_POLITE = re.compile(
    r"^(?:(?:ok(?:ay)?|so|hmm|and|also|now|actually|hey|yes|yeah|yep|sure|great|nice|"
    r"looks good|but)[,\s]+)*"
    r"(?:please\s+|can you\s+|could you\s+|would you\s+|i'd like (?:you )?to\s+|"
    r"i want (?:you )?to\s+|let's\s+|lets\s+|go ahead and\s+)?",
    re.IGNORECASE,
)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|thanks|thank you|thx|"
    r"cheers|ta|great|cool|nice|awesome|perfect|lovely|wow|ok(?:ay)?|how are you(?: doing)?|"
    r"who are you|what are you|what can you do|what do you do|help|\?+)"
    r"(?:[\s,!.?]+(?:there|again|so much|a lot|shotcaller|mate|!))*[\s!.,?:)]*$",
    re.IGNORECASE,
)


def _number(word: str) -> str:
    word = word.lower()
    if word in ORDINALS:
        return str(ORDINALS[word])
    if word in NUMBER_WORDS:
        return str(int(NUMBER_WORDS[word]))
    if word in ("last", "final", "closing"):
        return "last"
    if word == "opening":
        return "1"
    m = re.match(r"(\d+)", word)
    return m.group(1) if m else word


def normalise_refs(text: str) -> str:
    """'the second shot's keyframe' → "shot 2's keyframe"; 'shots one and two' → 'shots 1 and 2'."""
    text = text.strip().replace("’", "'")
    text = re.sub(
        rf"\b(?:the\s+)?({_ORDINAL})\s+and\s+(?:the\s+)?({_ORDINAL})\s+shots\b",
        lambda m: f"shots {_number(m[1])} and {_number(m[2])}",
        text,
        flags=re.I,
    )
    text = re.sub(
        rf"\b(?:the\s+)?({_ORDINAL})\s+(?:shot|one)\b",
        lambda m: f"shot {_number(m[1])}",
        text,
        flags=re.I,
    )
    words = "|".join(NUMBER_WORDS)
    return re.sub(
        rf"\bshot\s+({words}|s?\d+)\b",
        lambda m: f"shot {_number(m[1].lstrip('sS'))}",
        text,
        flags=re.I,
    )


def is_small_talk(text: str) -> bool:
    return bool(_SMALL_TALK.match(text.strip()))


def small_talk_reply(text: str) -> str:
    """A short answer to a greeting, thanks or 'what can you do' (never a plan)."""
    line = text.strip().lower()
    if re.match(r"^(?:thanks|thank you|thx|cheers|ta)\b", line):
        return "You're welcome. Say what to change, or 'produce' when the plan is right."
    if re.match(r"^(?:who|what) are you|^what (?:can|do) you do|^help|^\?", line):
        return (
            "I plan videos shot by shot and produce them. Describe one — what we see, how long, "
            "where it plays — and I'll propose a shot list you can approve or change."
        )
    if re.match(r"^(?:great|cool|nice|awesome|perfect|lovely|wow|ok)", line):
        return "Glad it works. Say what to change, or 'produce' when you're ready."
    return (
        "Hello! Describe the video you want — what we see, how long, and where it will play — and "
        "I'll plan the shots."
    )


@dataclass(frozen=True)
class Revision:
    """One plan change in the vocabulary of the `revise_plan` tool."""

    change: str
    shot_id: str = ""
    text: str = ""

    def args(self) -> dict[str, object]:
        args: dict[str, object] = {"change": self.change}
        if self.shot_id:
            args["shot_id"] = self.shot_id
        if self.text:
            args["text"] = self.text
        return args


def _clean(text: str) -> str:
    line = normalise_refs(text).strip().rstrip(".!?").strip()
    return _POLITE.sub("", line).strip()


_LENGTH_TARGET = re.compile(
    r"^(?:make|set|cut|trim|extend|change|bring)\s+(?:it|the\s+(?:video|film|ad|spot|plan|edit|"
    r"whole thing|episode|clip|length|duration))\s+(?:to\s+|down to\s+|up to\s+)?"
    r"(?P<len>.+?)(?:\s+(?:long|in total|total|instead))?$"
    r"|^(?:it\s+)?(?:should|needs to|has to|must)\s+be\s+(?P<len2>.+?)(?:\s+long)?$",
    re.IGNORECASE,
)
_ASPECT = re.compile(
    r"^(?:make|set|change|turn|switch)\s+(?:it|the (?:video|film|plan|episode|ad|format))\s+"
    r"(?:in(?:to)?\s+|to\s+)?(?P<arg>[\w:]+)(?:\s+(?:format|instead))?$",
    re.IGNORECASE,
)
_PACE_WORDS = r"slower|faster|quicker|snappier|shorter|longer|calmer|brisker|slow|fast"


def _placed(where: str | None, after: str | None, before: str | None) -> str:
    """Where an added shot goes, as add_shot_after's shot_id: after a shot, "before N", "0" for
    the start, "last" for the end (and when no place is said)."""
    if after:
        return after
    if before:
        return f"before {before}"
    if re.search(r"start|beginning|front|first", (where or "").lower()):
        return "0"
    return "last"


def parse_revision(text: str) -> Revision | None:
    """A plan revision in the person's words, or None if the line is not one."""
    line = _clean(text)
    if m := re.match(rf"^(?:drop|remove|delete|cut|lose|get rid of)\s+{_REF}$", line, re.I):
        return Revision("drop_shot", m["ref"])
    if m := re.match(
        rf"^add\s+(?:a|another|one)\s+(?:new\s+)?shot\s+(?P<where>(?:after|between)\s+(?:shots\s+)?"
        rf"{_REF}(?:\s+and\s+(?:shot\s+)?s?\d+)?|before\s+"
        rf"(?:shot\s+)?(?P<before>s?\d+|last|first)|(?:at|to)\s+the\s+(?:end|start|beginning|front)"
        rf"|at\s+the\s+very\s+end|first|last){_SEP}(?P<arg>.+)$",
        line,
        re.I,
    ):
        return Revision("add_shot_after", _placed(m["where"], m["ref"], m["before"]), m["arg"])
    if m := re.match(
        # "add a shot of a cat on the counter after shot 1", "add a close-up of her hands"
        r"^(?:add|insert|put in|include)\s+(?:a|an|another|one)\s+(?:new\s+)?"
        r"(?P<kind>(?:(?:wide|close|medium|aerial|overhead|extreme)[\s-]*)?(?:shot|close-?up|"
        r"angle|insert|cutaway)|close-?up|wide|aerial(?: view)?|establishing shot)\s+"
        r"(?:of|with|showing|where)\s+(?P<arg>.+?)"
        r"(?:\s+(?P<where>(?:right\s+)?after\s+(?:shot\s+)?(?P<after>s?\d+|first|last)|"
        r"(?:right\s+)?before\s+(?:shot\s+)?(?P<before>s?\d+|first|last)|"
        r"(?:at|to)\s+the\s+(?:very\s+)?(?:end|start|beginning|front)|first|last))?$",
        line,
        re.I,
    ):
        kind = m["kind"].lower()
        arg = m["arg"] if kind == "shot" else f"{m['kind']} of {m['arg']}"
        return Revision("add_shot_after", _placed(m["where"], m["after"], m["before"]), arg)
    if m := re.match(
        r"^(?:swap|switch|flip|exchange|trade)\s+(?:shots?\s+)?(?P<a>s?\d+|last|first)\s+"
        r"(?:and|with|&)\s+(?:shot\s+)?(?P<b>s?\d+|last|first)$",
        line,
        re.I,
    ):
        return Revision("swap_shots", m["a"], m["b"])
    if m := re.match(
        rf"^(?:move|put|place|bring)\s+{_REF}\s+(?P<where>(?:to\s+)?(?:before|after)\s+(?:shot\s+)?"
        r"\S+|(?:to|at)\s+the\s+(?:start|beginning|end|front)|first|last|to\s+the\s+top)$",
        line,
        re.I,
    ):
        where = re.sub(r"^to\s+(?=before|after)|\bshot\s+", "", m["where"], flags=re.I)
        return Revision("move_shot", m["ref"], where)
    if m := re.match(
        rf"^(?:can|could)\s+{_REF}\s+(?:be|feel|go|move|look)\s+(?:a\s+(?:bit|little)\s+|much\s+)?"
        r"(?P<arg>.+)$",
        line,
        re.I,
    ):
        return Revision("revise_shot", m["ref"], m["arg"])
    if m := re.match(rf"^{_REF}\s+is\s+too\s+(?P<what>slow|fast|long|short|quick)$", line, re.I):
        opposite = {"slow": "faster", "fast": "slower", "quick": "slower", "long": "faster"}
        return Revision("revise_shot", m["ref"], opposite.get(m["what"].lower(), "slower"))
    if m := re.match(rf"^(?P<how>slow down|speed up)\s+{_REF}$", line, re.I):
        return Revision("revise_shot", m["ref"], "slower" if "slow" in m["how"] else "faster")
    if m := re.match(
        rf"^(?:revise|change|edit|update|redo the plan for)\s+{_REF}{_SEP}(?P<arg>.+)$", line, re.I
    ):
        return Revision("revise_shot", m["ref"], m["arg"])
    if m := re.match(rf"^make\s+{_REF}\s+(?P<arg>.+)$", line, re.I):
        return Revision("revise_shot", m["ref"], m["arg"])
    if (m := _ASPECT.match(line)) and m["arg"].lower() in ASPECTS:
        return Revision("set_aspect_ratio", text=m["arg"])
    if m := _LENGTH_TARGET.match(line):
        target = m["len"] or m["len2"] or ""
        if lengths(target):
            return Revision("set_length", text=target)
    if (
        len(line.split()) <= 12
        and look_notes(line)
        and re.search(
            r"\b(?:more|less|feel|look|make it|moodier|warmer|cooler|brighter|darker|dreamier|"
            r"grittier|style|like|no|not|without)\b|^\w+(?:er|ier)$",
            line,
            re.I,
        )
    ):
        return Revision("set_style", text=line)
    return None


def whole_pace(text: str) -> bool:
    """'make it slower', 'speed it up': pacing asked of the whole video, with no shot named."""
    line = _clean(text)
    return bool(
        re.match(
            rf"^(?:make\s+)?(?:it|the (?:video|pacing|edit|cut))\s+(?:a bit\s+)?(?:{_PACE_WORDS})$|"
            r"^(?:slow|speed)\s+(?:it|everything|the whole thing)\s+(?:down|up)$|"
            rf"^(?:{_PACE_WORDS})(?:\s+pacing)?$",
            line,
            re.I,
        )
    )


_REDO_WHAT = {
    "keyframe": ["generate_keyframe", "animate"],
    "image": ["generate_keyframe", "animate"],
    "still": ["generate_keyframe", "animate"],
    "frame": ["generate_keyframe", "animate"],
    "picture": ["generate_keyframe", "animate"],
    "clip": ["animate"],
    "animation": ["animate"],
    "motion": ["animate"],
    "video": ["animate"],
    "shot": ["generate_keyframe", "animate"],
    "upscale": ["upscale"],
    "finish": ["upscale"],
}


def parse_redo(text: str) -> tuple[str, list[str]] | str | None:
    """(shot ref, stages) for 'redo shot 2' / "redo the second shot's keyframe"; a one-line
    answer for a stage it cannot redo; None if the line is no redo."""
    line = _clean(text)
    verbs = (
        r"(?:redo|regenerate|remake|re-?render|re-?do|retake|reshoot|try again on|another take of)"
    )
    m = re.match(rf"^{verbs}\s+{_REF}(?:'s)?(?:\s+(?P<what>\w+))?$", line, re.I) or re.match(
        rf"^{verbs}\s+(?:the\s+)?(?P<what>\w+)\s+(?:of|for|in)\s+{_REF}$", line, re.I
    )
    if not m:
        return None
    what = (m["what"] or "shot").lower()
    stages = _REDO_WHAT.get(what)
    if stages is None:
        return f"I can redo a shot's keyframe or its clip, not its {what}."
    return m["ref"], stages


# ── the cast ────────────────────────────────────────────────────────────────────────────────────

_PATH = (
    r"""(?:["`'](?P<quoted>[^"`']+\.[A-Za-z0-9]{2,5})["`']"""
    r"""|(?P<path>(?:~|\.{1,2}|/)?[^\s"`']*\.[A-Za-z0-9]{2,5}))"""
)
_PICTURE = r"(?:photo|picture|pic|image|reference|ref|logo|file|drawing|sketch)"
_CAST_REFERENCE = (
    # "Maya is this photo: ./maya.png", "the barista looks like ~/refs/b.jpg"
    re.compile(
        rf"^(?P<name>[^:]+?)\s+(?:is|looks like|is in|=)\s+(?:this|that|the|my|our)?\s*"
        rf"(?:{_PICTURE})?\s*[:=]?\s*{_PATH}$",
        re.I,
    ),
    # "use ./logo.svg for the brand", "use maya.png as Maya's reference"
    re.compile(
        rf"^(?:use|take|add)\s+{_PATH}\s+(?:for|as)\s+(?P<name>.+?)(?:'s)?"
        rf"(?:\s+{_PICTURE})?$",
        re.I,
    ),
    # "reference for Maya: ./maya.png", "Maya's photo: maya.png"
    re.compile(
        rf"^(?:{_PICTURE}\s+(?:for|of)\s+)?(?P<name>.+?)(?:'s)?\s+{_PICTURE}\s*[:=]\s*{_PATH}$",
        re.I,
    ),
    re.compile(rf"^{_PICTURE}\s+(?:for|of)\s+(?P<name>.+?)\s*[:=]\s*{_PATH}$", re.I),
)
_LORA = re.compile(
    r"^(?:use\s+)?(?:(?P<name1>.+?)(?:'s)?\s+lora\s*(?:is|[:=])?\s*(?P<url1>https://\S+)"
    r"|(?:the\s+)?lora\s+(?P<url2>https://\S+)\s+(?:for|as)\s+(?P<name2>.+?))"
    r"(?:\s+(?:at|scale|with scale|weight)\s+(?P<scale>\d+(?:\.\d+)?))?$",
    re.I,
)
_SHEET = re.compile(
    r"^(?P<verb>make|draw|create|generate|redo|remake|new)\s+(?:a\s+|the\s+|another\s+)?"
    r"(?:character\s+|reference\s+|model\s+|product\s+)?sheet\s+(?:for|of)\s+(?P<name>.+)$",
    re.I,
)
_APPROVE_SHEET = re.compile(
    r"^(?:approve|accept|keep|use)\s+(?:the\s+)?(?:character\s+|reference\s+)?sheet\s+"
    r"(?:for|of)\s+(?P<name>.+)$|^(?P<name2>.+?)'s\s+sheet\s+(?:is\s+)?(?:good|fine|approved|ok)$",
    re.I,
)
_SHOW_CAST = re.compile(r"^(?:show|list|who(?:'s| is) in)\s+(?:me\s+)?(?:the\s+)?cast$", re.I)


@dataclass(frozen=True)
class CastPhrase:
    """A cast line the person typed: what to do, to whom, with what."""

    action: str  # reference | lora | sheet | approve_sheet | show
    name: str = ""
    path: str = ""
    url: str = ""
    scale: float = 1.0


def parse_cast(text: str) -> CastPhrase | None:
    """'Maya is this photo: ./maya.png', 'use ./logo.svg for the brand', "Maya's LoRA is
    https://… at 0.8", 'make a character sheet for Maya', 'approve the sheet for Maya',
    'show the cast' — or None."""
    line = _POLITE.sub("", text.strip().replace("’", "'")).strip().rstrip(".!").strip()
    if _SHOW_CAST.match(line):
        return CastPhrase("show")
    if m := _APPROVE_SHEET.match(line):
        return CastPhrase("approve_sheet", _name(m["name"] or m["name2"]))
    if m := _SHEET.match(line):
        return CastPhrase("sheet", _name(m["name"]))
    if m := _LORA.match(line):
        scale = float(m["scale"]) if m["scale"] else 1.0
        return CastPhrase(
            "lora", _name(m["name1"] or m["name2"]), url=m["url1"] or m["url2"], scale=scale
        )
    for pattern in _CAST_REFERENCE:
        m = pattern.match(line)
        path = (m["quoted"] or m["path"]) if m else ""
        if m and not re.match(r"^https?://", path):
            return CastPhrase("reference", _name(m["name"]), path=path)
    return None


def _name(words: str) -> str:
    return " ".join(words.strip(" ,:;.'\"").split())


# "the flour shot", "the ship one", "the shot of the ship", "the ship clip": a shot named by what
# it shows. Only a description (or a cast member) that one shot alone matches names it.
_BY_CONTENT = re.compile(
    r"\bthe\s+(?:shot|clip|one)\s+(?:of|with)\s+(?:the\s+|a\s+|an\s+)?(?P<after>[\w'-]+(?:\s+[\w'-]+){0,2})"
    r"|\bthe\s+(?P<before>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:shot|one|clip)\b",
    re.IGNORECASE,
)
_NOT_CONTENT = frozenset(
    {*ORDINALS, *NUMBER_WORDS, "last", "final", "closing", "opening", "next", "previous", "same",
     "whole", "new", "other", "first", "end", "this", "that", "hard", "wide", "close", "medium",
     "aerial", "second", "third", "every", "each", "only", "current", "shot", "a", "an", "the"}
)  # fmt: skip


def content_refs(text: str, shots: list[tuple[str, str]]) -> tuple[str, str]:
    """'redo the flour shot' → 'redo shot 2' when exactly one shot's description (id, text) says
    "flour". When several do, the words stay and the second value asks which one ("" if none)."""
    question = ""

    def matching(words: str) -> list[int]:
        keys = [w for w in re.findall(r"[\w'-]+", words.lower()) if w not in _NOT_CONTENT]
        if not keys:
            return []
        return [
            n
            for n, (_, description) in enumerate(shots, 1)
            if all(re.search(rf"\b{re.escape(k)}", description, re.I) for k in keys)
        ]

    def swap(m: re.Match[str]) -> str:
        nonlocal question
        words = m["after"] or m["before"]
        candidates = words.split()
        # "the shot of the ship sailing away": the longest start that still names one shot
        for n in range(len(candidates), 0, -1):
            found = matching(" ".join(candidates[:n]))
            if len(found) == 1:
                rest = " ".join(candidates[n:]) if m["after"] else ""
                return f"shot {found[0]}" + (f" {rest}" if rest else "")
        several = matching(candidates[0])
        if len(several) > 1:
            listed = ", ".join(str(n) for n in several[:-1]) + f" and {several[-1]}"
            question = (
                f"“{m.group(0)}”: {candidates[0]} is in shots {listed} — say which, "
                f"e.g. “{text.replace(m.group(0), f'shot {several[0]}', 1)}”."
            )
        return m.group(0)

    return _BY_CONTENT.sub(swap, text), question
