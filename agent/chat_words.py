"""The person's chat words, read into plan revisions and commands.

One reader for the offline model and the TUI's revise box: "redo the second shot's keyframe",
"swap shots 1 and 2", "move shot 3 before shot 1", "add a shot at the end: …", "make it 30
seconds", "can the second shot be slower?", "I want it to feel more cinematic". Ordinal words and
"the last shot" become shot references ("2", "last") that agent.revisions resolves against a plan.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from agent.briefing.lexicon import ASPECTS, NUMBER_WORDS, ORDINALS, SHOW_FACES, look_notes
from agent.briefing.numbers import lengths

_ORDINAL = "|".join(
    [*ORDINALS, "last", "final", "closing", "opening", r"\d+(?:st|nd|rd|th)", "penultimate"]
)
_REF = r"(?:shot\s+)?(?P<ref>s?\d+|last|first|penultimate)"
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


# "wait", "hold on", "one sec": the person needs a moment, nothing is asked
_WAIT = re.compile(
    r"^(?:wait|hold on|hang on|one sec(?:ond)?|just a (?:sec|second|minute|moment)|"
    r"give me a (?:sec|second|minute|moment)|brb|let me think|hmm+)[\s.!,]*$",
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
    # "make the opener a drone shot", "the opening shot", "the last two shots"
    text = re.sub(r"\bthe\s+(?:opener|opening(?:\s+shot)?|first one)\b", "shot 1", text, flags=re.I)
    text = re.sub(
        r"\bthe\s+(?:closer|closing shot|final one|last one)\b", "shot last", text, flags=re.I
    )
    text = re.sub(
        r"\bthe\s+(?:second[\s-]to[\s-]last|penultimate|second[\s-]last)(?:\s+(?:shot|one))?\b",
        "shot penultimate",
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


# Pleasantries a person opens or closes with: "hey there! how's it going?", "yo whats up",
# "Hello! Hope you're well."
_PLEASANTRY = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|yo|howdy)(?:\s+there|\s+again|\s+team|\s+all)?|how'?s it going|"
    r"how are (?:you|things)(?: doing| today)?|how(?:'s| is) (?:your day|everything|life)|"
    r"what'?s up|whats up|wassup|sup|hope (?:you'?re|you are|all is) (?:well|good|doing well)|"
    r"nice to meet you|good to (?:see|meet) you|long time no see|good (?:morning|afternoon|evening)|"
    r"morning|evening|thanks(?: so much| a lot)?|thank you(?: so much)?|cheers|ok(?:ay)?|cool|nice|"
    r"great|awesome|lovely|perfect|wow|lol|haha|:\)|:d|bye|goodbye|see you|later|good night|"
    r"night|ttyl)$",
    re.IGNORECASE,
)


def is_small_talk(text: str) -> bool:
    """A greeting, thanks or pleasantry with nothing to plan in it."""
    stripped = text.strip()
    if _SMALL_TALK.match(stripped) or _WAIT.match(stripped.lower()):
        return True
    pieces = [p.strip(" ,-") for p in re.split(r"[.!?,]+|\s+-\s+", stripped) if p.strip(" ,-")]

    def pleasant(piece: str) -> bool:
        rest = re.sub(r"^(?:hi|hello|hey|hiya|yo|howdy|oh|so|ok(?:ay)?)\s+", "", piece, flags=re.I)
        return bool(_PLEASANTRY.match(piece) or _PLEASANTRY.match(rest))

    return bool(pieces) and all(pleasant(p) for p in pieces)


# A question for shotcaller rather than a change to the plan: "whats the difference between
# draft and delivery?", "is this going to cost me anything?", "how long will rendering take?"
_QUESTION = re.compile(
    r"^(?:(?:wait|so|ok(?:ay)?|hmm+|oh|quick (?:q|question)|question|btw|sorry)\b[\s,:!-]*)*"
    r"(?:what|whats|what's|how|why|when|where|which|who|whose|is|are|does|do|did|will|would|"
    r"should|can|could|may|am)\b",
    re.IGNORECASE,
)
_ANSWERS: tuple[tuple[str, str], ...] = (
    (
        r"\bdraft\b.*\bdelivery\b|\bdelivery\b.*\bdraft\b|\btiers?\b",
        "Draft is the cheap previs tier (the local animatic, or cheap engines) to check the cut; "
        "delivery sends each shot to the engine that suits it at full quality, and costs money. "
        "Say 'use delivery tier' to switch (it asks before anything is spent).",
    ),
    (
        r"\bkeyframe\b",
        "A keyframe is the still picture a shot starts from; the clip is animated from it, so "
        "redoing a keyframe remakes its clip too.",
    ),
    (
        r"\b(?:cost|price|pay|charge|money|spend|spent|expensive|free)\b",
        "Nothing is spent without your approval: each card shows its estimate first. "
        "Say 'what did it cost' for the spend so far.",
    ),
    (
        r"\bhow long\b.*\b(?:take|render|wait|produc)|\b(?:render|wait)\w*\b",
        "Draft shots render here in seconds; delivery engines take about one to five minutes a "
        "clip, and the card says what is made before it starts.",
    ),
    (
        r"\b(?:engine|model|veo|kling|runway|luma|sora|wan|seedance|flux)s?\b",
        "Each shot goes to the engine that suits it (landscapes and camera moves, bodies, text, "
        "stylized looks…), with failover if one fails; 'race shot 3' tries it on several.",
    ),
    (
        r"\bundo\b|\bgo back\b|\bprevious (?:version|plan)\b",
        "Say 'undo' to go back one plan version, or 'go back to plan v3'.",
    ),
)


def is_question(text: str) -> bool:
    """A question to shotcaller (ends with '?', or opens like one), not a brief or a change."""
    stripped = text.strip()
    return stripped.endswith("?") or bool(_QUESTION.match(stripped))


def question_reply(text: str) -> str | None:
    """A short answer to a question about how shotcaller works (None: none of these)."""
    for pattern, answer in _ANSWERS:
        if re.search(pattern, text, re.IGNORECASE):
            return answer
    return None


def small_talk_reply(text: str, then: str = "") -> str:
    """A short answer to a greeting, thanks or 'what can you do' (never a plan). `then`: what
    the person can do next where a session stands (a waiting card, an approved plan), said
    instead of the words for a plan still being shaped."""
    line = text.strip().lower()
    if re.match(r"^(?:thanks|thank you|thx|cheers|ta)\b", line):
        return "You're welcome. " + (
            then or "Say what to change, or 'produce' when the plan is right."
        )
    if re.match(r"^(?:who|what) are you|^what (?:can|do) you do|^help|^\?", line):
        return (
            "I plan videos shot by shot and produce them. Describe one — what we see, how long, "
            "where it plays — and I'll propose a shot list you can approve or change."
        )
    if _WAIT.match(line):
        return (
            "OK, take your time: nothing happens until you say so. Anything waiting for your "
            "approval stays as it is."
        )
    if re.match(r"^(?:great|cool|nice|awesome|perfect|lovely|wow|ok)", line):
        return "Glad it works. " + (then or "Say what to change, or 'produce' when you're ready.")
    if then:
        return f"Hi! {then}"
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


# Typed fast: "redo teh keyframe", "25 secnd". Only whole words that are no English word.
_TYPOS = {
    "teh": "the", "hte": "the", "shto": "shot", "sht": "shot", "secnd": "second",
    "secnds": "seconds", "seconsd": "seconds", "sec": "seconds", "secs": "seconds",
    "keyfrmae": "keyframe", "kyeframe": "keyframe", "cilp": "clip", "pls": "please",
    "plz": "please", "thx": "thanks", "u": "you",
}  # fmt: skip
# "no! make it 40 seconds", "ok so, drop shot 2": a word before the request, not part of it;
# "…, that's not a shot lol", "… btw", "… please": words after it.
# "no! make it 40 seconds", "no put them back": the "no" is the person's, not the change's
# ("no vintage please" keeps it: a look taken away)
_LEAD = re.compile(
    r"^(?:(?:wait|hmm+|um+|oh|ah|right|alright|well)\b[!,.\s-]+|(?:no+|nah)\b(?:[!,.-]+\s*|\s+(?="
    r"(?:make|put|change|use|go|set|it|that|this|i|we|let'?s|let|just|can|could|please|undo|"
    r"revert|swap|drop|add|move|do)\b)))+",
    re.I,
)
_TRAIL = re.compile(
    r"(?:[,;]\s*(?:that'?s|thats|it'?s|its|this is|because|since|cos|cuz|as|i think|i guess|"
    r"lol|haha|thanks|thank you|cheers|if (?:you can|possible))\b.*"
    r"|\s+(?:please|btw|lol|haha|thanks|thank you|cheers|thx|if (?:you can|possible)|for me|"
    r"now|too|as well|instead)"
    r")+$",
    re.I,
)


def fix_typos(text: str) -> str:
    return re.sub(r"\b[A-Za-z]+\b", lambda m: _TYPOS.get(m.group(0).lower(), m.group(0)), text)


def _clean(text: str) -> str:
    line = normalise_refs(fix_typos(text)).strip().rstrip(".!?").strip()
    line = _LEAD.sub("", line)
    line = _POLITE.sub("", line).strip()
    return _TRAIL.sub("", line).strip().rstrip(".!?,").strip()


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


# "make it 5 seconds shorter", "trim 5 seconds", "add ten seconds", "cut it down by 5 seconds"
_AMOUNT = r"(?P<len>(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)\s*(?:seconds?|secs?|s|minutes?|mins?))"
_LENGTH_BY = re.compile(
    rf"^(?:make|cut|bring)\s+(?:it|the\s+(?:video|film|edit|whole thing))\s+(?:down\s+)?(?:by\s+)?"
    rf"{_AMOUNT}\s+(?P<how>shorter|longer)$"
    rf"|^(?:make\s+)?(?:it\s+)?(?P<how2>shorter|longer)\s+by\s+{_AMOUNT.replace('len', 'len_b')}$"
    rf"|^(?P<verb>trim|cut|shave|take|knock|lose|chop|add|extend(?:\s+it)?(?:\s+by)?)\s+(?:off\s+)?"
    rf"{_AMOUNT.replace('len', 'len_c')}(?:\s+(?:off|from it|to it|from the (?:video|end|total)|more|extra))*$",
    re.IGNORECASE,
)
# "make shot 3 say "Crumb Bakery"", "shot 4 should read OPEN LATE": the words on screen. Quoted
# words after show/display; after say/read a short unquoted line too.
ON_SCREEN = re.compile(
    # (after show/display only words named so: 'show "a dog on a beach"' is a new picture)
    r"^(?:(?:(?i:say|read|spell(?:\s+out)?)s?\s+(?i:the\s+)?(?i:words?|text|line|title)?|"
    r"(?i:show|display)s?\s+(?i:the\s+)?(?i:words?|text|line|title|caption|sign))"
    r"\s*:?\s*[\"“‘'](?P<quoted>[^\"”’]+?)[\"”’']"
    r"|(?i:say|read)s?\s+(?P<bare>(?:[A-Z0-9&][\w&'!.,-]*\s*){1,6}))$"  # Capitalised words only
)
# "make it shorter", "make the video a bit longer", "shorten it": a step, no amount said
_LENGTH_STEP = re.compile(
    r"^(?:make|cut|get)\s+(?:it|this|the\s+(?:video|film|edit|ad|whole thing|cut))\s+"
    r"(?P<deg>(?:a\s+(?:bit|little|touch|tad|lot)|slightly|much|way|a good bit)\s+)?"
    r"(?P<how>shorter|longer)$"
    r"|^(?P<verb>shorten|lengthen)(?:\s+(?:it|this|the\s+(?:video|film|edit|ad)))?"
    r"(?:\s+(?P<deg2>a\s+(?:bit|little|touch|tad|lot)|slightly))?$",
    re.IGNORECASE,
)
_PLATFORM_ASPECT = re.compile(
    r"^(?:(?:make|set|change|cut|reformat|turn)\s+(?:it|this|the\s+(?:video|film|plan|edit))\s+"
    r"(?:\d+:\d+\s+)?(?:for|into)\s+|(?:this|it)(?:'s|\s+is)\s+(?:(?:going|meant)\s+)?(?:to be\s+)?(?:for|on)\s+"
    r"|(?:it'?s\s+)?for\s+)(?:the\s+|my\s+|our\s+|an?\s+)?(?P<where>(?:instagram|ig|insta|tiktok|youtube|yt|"
    r"facebook|fb|linkedin|snapchat)?\s*(?:stories|story|reels?|shorts|feed post|feed|post|tiktok|youtube|"
    r"instagram|linkedin|tv|cinema))$",
    re.IGNORECASE,
)


def _platform_ratio(where: str) -> str:
    """The frame a platform's place shows: stories, reels, shorts and TikTok are 9:16, a feed post
    4:5, YouTube and a screen 16:9."""
    w = where.lower()
    if re.search(r"stor|reel|short|tiktok|snapchat", w):
        return "9:16"
    if re.search(r"feed|post|instagram|insta|\big\b|facebook|fb|linkedin", w):
        return "4:5"
    return "16:9"


def _slow_motion(arg: str) -> str:
    """'in slow motion', 'slow-mo': the shot is held longer (the engines' clips play at speed)."""
    return re.sub(
        r"^(?:in\s+)?(?:slow|slo)[\s-]*(?:mo(?:tion)?)$", "slower", arg.strip(), flags=re.I
    )


_ENDS_ON_A_CARD = re.compile(
    r"^(?:(?:can|could)\s+(?:we|it|you)\s+)?(?P<how>end|finish|close|open|start|begin)(?:\s+it)?\s+"
    r"(?:on|with)\s+(?P<card>(?:(?:the|our|a|an|my)\s+)?(?:[\w'-]+\s+){0,2}?(?:logo|end card|title card|"
    r"card|name|website|web address|url|tagline|slogan|strapline|title|phone number)\b.*|[\"“].+)$",
    re.IGNORECASE,
)


def _placed(where: str | None, after: str | None, before: str | None) -> str:
    """Where an added shot goes, as add_shot_after's shot_id: after a shot, "before N", "0" for
    the start, "last" for the end (and when no place is said)."""
    if after:
        return after
    if before:
        return f"before {before}"
    if re.search(r"start|beginning|front|first", (where or "").lower()):
        return "0"
    if re.search(r"\bvery\s+end", (where or "").lower()):
        return "very end"  # after the end card too
    return "last"


_SEVERAL = re.compile(
    r"\bshots\s+(?P<refs>s?\d+(?:\s*(?:,|and|&|\+)\s*(?:shot\s+)?s?\d+)+)\b", re.IGNORECASE
)


def several_shots(text: str) -> tuple[list[str], str] | None:
    """'make shots 1 and 2 slower' → (['1', '2'], 'make shot 1 slower'): the shots a line names
    at once, and the line said of the first of them."""
    m = _SEVERAL.search(_clean(text))
    if m is None:
        return None
    refs = re.findall(r"s?\d+", m["refs"], re.I)
    line = _clean(text)
    return refs, f"{line[: m.start()]}shot {refs[0]}{line[m.end() :]}"


def parse_revision(text: str) -> Revision | None:
    """A plan revision in the person's words, or None if the line is not one."""
    if (several := several_shots(text)) is not None:
        # "make shots 1 and 2 slower", "drop shots 3 and 4": one change, said of each shot
        refs, first = several
        one = _parse_revision(first)
        if one is not None and one.change in ("revise_shot", "drop_shot"):
            return Revision(one.change, ",".join(refs), one.text)
    return _parse_revision(text)  # "swap shots 1 and 2" names two shots for one change


def _parse_revision(text: str) -> Revision | None:
    line = _clean(text)
    if m := re.match(rf"^(?:drop|remove|delete|cut|lose|get rid of)\s+{_REF}$", line, re.I):
        return Revision("drop_shot", m["ref"])
    if m := _ENDS_ON_A_CARD.match(line):
        # "end on the logo", "finish with our web address", "open on the title card": a card
        # added where it is said (a plan that ends on its card already says so)
        where = "0" if m["how"].lower() in ("open", "start", "begin") else "last"
        return Revision("add_shot_after", where, m["card"][:1].upper() + m["card"][1:])
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
        # "add a shot of a cat on the counter after shot 1", "add a close-up of her hands",
        # "I want a shot of the barista smiling", "can we have a close-up of the logo?"
        r"^(?:add|insert|put in|include|give me|"
        r"(?:can|could)\s+(?:you|we|i)\s+(?:please\s+)?(?:add|have|get|include)|"
        r"(?:i|we)(?:\s+(?:want|need|would like|would love)|[’']d\s+(?:like|love))|also)\s+"
        r"(?:a|an|another|one)\s+(?:new\s+|more\s+)?"
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
    if m := re.match(
        # "shot 2 closer" (the chat's own hint), "shot 3 a bit wider", "the last one tighter"
        rf"^{_REF}\s+(?:(?:a\s+)?(?:bit|little|touch|lot)\s+|much\s+)?"
        r"(?P<arg>closer|tighter|nearer|wider|looser|slower|faster)$",
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
    if (
        m := re.match(
            # "shot 3 should say "OPEN"", "have the last shot read Crumb Bakery", "change the
            # text in shot 3 to "OPEN"": the words on screen (revise_shot reads them)
            rf"^(?:have\s+|let\s+)?{_REF}\s+(?:should\s+|to\s+|must\s+|needs? to\s+)?"
            r"(?P<verb>say|read)s?\s+(?P<arg>.+)$"
            rf"|^change\s+the\s+(?:text|words|caption|title|sign)\s+(?:on|in|of)\s+"
            rf"{_REF.replace('ref', 'ref2')}\s+to\s+(?P<arg2>.+)$",
            line,
            re.I,
        )
    ) and ON_SCREEN.match(said := f"say {m['arg'] or m['arg2']}"):
        # ("shot 2 should say more about the bread", "shot 3 should read warmer" ask for no
        # words on screen: the rules below read them)
        return Revision("revise_shot", m["ref"] or m["ref2"], said)
    if m := re.match(rf"^make\s+{_REF}\s+(?P<arg>.+)$", line, re.I):
        return Revision("revise_shot", m["ref"], _slow_motion(m["arg"]))  # "make shot 3 slow-mo"
    if m := re.match(
        rf"^(?:put|have|do|film|shoot|play)\s+{_REF}\s+in\s+(?:slow|slo)[\s-]*mo(?:tion)?$",
        line,
        re.I,
    ):
        return Revision("revise_shot", m["ref"], "slower")
    if m := re.match(
        # "the third one should be in slow motion", "shot 2 needs to be a close-up"
        rf"^{_REF}\s+(?:should|must|needs? to|has to|could|can)\s+(?:be|feel|look|go)\s+"
        r"(?:(?:a\s+)?(?:bit|little|lot|touch)\s+)?(?P<arg>.+)$",
        line,
        re.I,
    ):
        return Revision("revise_shot", m["ref"], _slow_motion(m["arg"]))
    if m := re.match(
        rf"^(?:let|have)\s+{_REF}\s+(?:breathe|linger|hold|play out|sit)(?:\s+(?:a\s+)?(?:bit|little|"
        r"while|longer|more))*$",
        line,
        re.I,
    ):
        return Revision("revise_shot", m["ref"], "slower")  # "let shot 4 breathe": hold it longer
    if m := re.match(
        r"^(?:swap|switch|flip)\s+the\s+(?P<end>last|first)\s+two(?:\s+shots)?$", line, re.I
    ):
        a, b = ("penultimate", "last") if m["end"].lower() == "last" else ("1", "2")
        return Revision("swap_shots", a, b)
    if m := _LENGTH_BY.match(line):
        amount = m["len"] or m["len_b"] or m["len_c"]
        longer = (m["how"] or m["how2"] or "").lower() == "longer" or (
            m["verb"] or ""
        ).lower().startswith(("add", "extend"))
        return Revision("set_length", text=f"{amount} {'longer' if longer else 'shorter'}")
    if m := _LENGTH_STEP.match(line):
        how = (m["how"] or ("shorter" if m["verb"].lower() == "shorten" else "longer")).lower()
        degree = re.sub(r"\s+", " ", (m["deg"] or m["deg2"] or "").strip().lower())
        return Revision("set_length", text=f"{degree} {how}".strip())
    if m := _PLATFORM_ASPECT.match(line):
        return Revision("set_aspect_ratio", text=_platform_ratio(m["where"]))
    if re.match(
        r"^(?:undo|undo (?:that|it|the last (?:change|one))|go back|revert|roll ?back)"
        r"(?:\s+(?:to\s+)?(?:the\s+)?(?:previous|last|earlier|old)\s+(?:version|plan|one))?$"
        # "no put them back the way they were", "change it back", "put it back how it was"
        r"|^(?:(?:no|nah|ugh|actually)[,\s]+)?(?:put|change|switch|set|make)\s+(?:it|them|that|"
        r"those|everything|it all)\s+back(?:\s+(?:the way|how|as)\s+(?:it|they)\s+(?:was|were))?"
        r"(?:\s+(?:please|pls))?$"
        r"|^(?:go back|revert|roll ?back)\s+to\s+(?:plan\s+)?v(?:ersion\s*)?(?P<v>\d+)$",
        line,
        re.I,
    ):
        v = re.search(r"(\d+)$", line)
        return Revision("revert", text=v.group(1) if v else "")
    if (m := RESTORE.match(line)) and not _NOT_A_SHOT.search(
        what := m["what"] or m["what2"] or m["what3"]
    ):
        return Revision("restore_shot", text=what)
    if (m := _ASPECT.match(line)) and m["arg"].lower() in ASPECTS:
        return Revision("set_aspect_ratio", text=m["arg"])
    if m := _LENGTH_TARGET.match(line):
        target = m["len"] or m["len2"] or ""
        if instead := re.match(
            r"^(?P<new>\d+(?:\.\d+)?)\s*(?P<unit>[a-z]*)\s+(?:not|instead of|rather than)\s+"
            r"(?P<old>\d+(?:\.\d+)?)\s*(?P<was>[a-z]*)$",
            target,
            re.IGNORECASE,
        ):
            # "make it 15 not 30", "make it 15 instead of 30 seconds": the new length, in the
            # unit either side names (seconds when neither does)
            unit = instead["unit"] or instead["was"] or "seconds"
            target = f"{instead['new']} {unit} not {instead['old']} {unit}"
        if lengths(target):
            return Revision("set_length", text=target)
    if SHOW_FACES.search(line) and len(line.split()) <= 8:
        return Revision("set_style", text=line)  # "faces are fine now": the direction taken away
    if len(line.split()) <= 4 and look_notes(line) and not re.search(r"\bshots?\b", line):
        return Revision("set_style", text=line)  # "black and white", "moodier please"
    if (
        len(line.split()) <= 12
        and look_notes(line)
        and re.search(
            r"\b(?:more|less|feel|look|make it|moodier|don'?t|do not|keep|hide|blur|warmer|cooler|brighter|darker|dreamier|"
            r"grittier|style|like|no|not|without|want|go for|give it|try|needs?|light|lighting|"
            r"grade|graded)\b|^\w+(?:er|ier)$",
            line,
            re.I,
        )
    ):
        return Revision("set_style", text=line)
    return None


# "bring back the croissant shot", "put the shot of the dog back", "restore the bell one": a
# dropped shot, by what it showed. (A take brought back names its stage: parse_use_take.)
# The words must name a shot ("the … shot", "the shot of …", "the … one", "shot 2"): "Bring back
# summer with our iced tea: …" is a brief, "bring back the golden light" a look.
_A_SHOT = (
    r"(?:the\s+|that\s+|our\s+)?(?:(?:[\w'-]+\s+){1,4}(?:shot|one|scene|clip)|(?:shot|one|scene)\s+"
    r"(?:of|with|where)\s+[^:;,.]{1,60}|shot\s+\d+)"
)
RESTORE = re.compile(
    rf"^(?:(?:can|could) (?:you|we) )?(?:bring|put|get|add)\s+back\s+(?P<what>{_A_SHOT})"
    r"(?:\s+again)?$"
    rf"|^(?:(?:can|could) (?:you|we) )?(?:bring|put|get|add)\s+(?P<what2>{_A_SHOT})"
    r"\s+back(?:\s+in)?(?:\s+again)?$"
    rf"|^(?:restore|reinstate|undrop|undelete)\s+(?P<what3>{_A_SHOT})$",
    re.IGNORECASE,
)
_NOT_A_SHOT = re.compile(
    r"^(?:it|them|that|those|everything|it all)$|\b(?:takes?|clip|keyframe|image|still|frame|"
    r"picture|video|version|plan|v\d+|look|style|colou?rs?|music|budget|tier)\b",
    re.IGNORECASE,
)


def open_question(rows: Sequence[Mapping[str, Any]]) -> str | None:
    """The yes/no question the chat asked last, while nothing has been said since ("Plan this new
    brief instead?"), read from the session's stored messages (`store.messages`): a bare yes or
    no answers it, not a card waiting behind it, and the screen's keys answer it too (ctrl+y did
    nothing there)."""
    for row in reversed(rows):
        role, text = row["role"], row["text"] or ""
        if role in ("assistant", "note"):  # agent/conversation.py's AGENT and NOTE
            if "Say 'yes'" not in text:
                return None
            return next((q.strip() for q in re.findall(r"[^.?!]+\?", text)), "Yes or no?")
        if role in ("approval", "decision"):
            return None
    return None


def plan_back_words(version: int, shots: int, made: bool, then: str) -> str:
    """What a rejection says when the plan approved before it is the session's again (the chat's
    "no" and a card answered after reopening say it alike)."""
    kept = ", its takes as they were" if made else ""
    return (
        f"Set aside. The plan you approved before is back as v{version} "
        f"({shots} shot{'s' if shots != 1 else ''}{kept}). {then}"
    )


def not_english(text: str) -> bool:
    """A chat line in another language ("puoi farlo più corto?", "mach es kürzer bitte"): most of
    its words are no English word, and it has accented letters or the small words of a language
    the planner knows. Such a line gets an honest answer, never a guess: short, it was taken for
    a new brief ("rendilo più corto di 5 secondi" has a length)."""
    from agent.briefing.english import is_english_word
    from agent.briefing.numbers import LANGUAGES

    found = re.findall(r"[^\W\d_]+", text)
    # a name or a place after the first word is no sign of a language ("Zoë and Chloé dance")
    words = [w.lower() for i, w in enumerate(found) if i == 0 or not w[:1].isupper()]
    if len(words) < 3:
        return False
    english = sum(map(is_english_word, words)) / len(words)
    others = {w for lang in LANGUAGES[1:] for w in lang.stopwords} - set(LANGUAGES[0].stopwords)
    # signs of another language: its small words, and words with letters English does not use
    small = sum(w in others and not is_english_word(w) for w in words)
    signs = small + sum(
        w not in others and not is_english_word(w) and re.search(r"[à-öø-ÿ]", w) is not None
        for w in words
    )
    # half English needs one of a language's small words too: "add more crème brûlée" is English
    return (english <= 0.5 and signs >= 2 and small >= 1) or (english < 0.34 and signs >= 1)


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
    if re.match(rf"^{verbs}\b", line, re.I) and (several := several_shots(line)) is not None:
        refs = several[0]
        return (
            f"I redo one shot at a time, each with its own estimate: say 'redo shot {refs[0]}', "
            f"approve it, then 'redo shot {refs[1]}'."
        )
    # "redo shot 3, Rosa should be smiling": a note after the shot
    line = (
        re.sub(r"^([^,;]+?)\s*[,;]\s*\S.*$", r"\1", line) if re.match(verbs, line, re.I) else line
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


_STAGE_WORD = r"(?P<what>keyframe|image|still|frame|picture|clip|video|animation|motion|upscale)"
_TAKE_BACK = (
    # "use take 1 of shot 3's clip", "use take 2 for shot 3", "use shot 3's clip take 1"
    re.compile(
        rf"^use\s+take\s+(?P<n>\d+)\s+(?:of|for|on|from)\s+{_REF}(?:'s)?(?:\s+{_STAGE_WORD})?$",
        re.I,
    ),
    re.compile(rf"^use\s+{_REF}'s\s+{_STAGE_WORD}\s+(?:take\s+|t)(?P<n>\d+)(?:\s+again)?$", re.I),
    re.compile(
        rf"^use\s+(?:the\s+)?{_STAGE_WORD}\s+(?:take\s+|t)(?P<n>\d+)\s+(?:of|for)\s+{_REF}$", re.I
    ),
    # "bring back take 1 of shot 3", "restore take 2 of shot 1's keyframe"
    re.compile(
        rf"^(?:bring back|restore|put back|go back to|revert to|switch back to)\s+take\s+"
        rf"(?P<n>\d+)\s+(?:of|for|on|from)\s+{_REF}(?:'s)?(?:\s+{_STAGE_WORD})?$",
        re.I,
    ),
    # "bring back the old clip of shot 3", "go back to the previous keyframe of shot 2"
    re.compile(
        rf"^(?:bring back|go back to|restore|use|revert to|put back)\s+(?:the\s+)?"
        rf"(?P<age>old|older|previous|earlier|last|first|original)\s+{_STAGE_WORD}\s+(?:of|for)\s+"
        rf"{_REF}(?:\s+back)?$",
        re.I,
    ),
    # "the old clip of shot 3 was better, bring it back"
    re.compile(
        rf"^(?:the\s+)?(?P<age>old|older|previous|earlier|first|original)\s+{_STAGE_WORD}\s+(?:of|for)\s+"
        rf"{_REF}\s+(?:was|is|looked|looks)\s+better(?:\b.*)?$",
        re.I,
    ),
)
_STAGE_OF_WORD = {
    "keyframe": "keyframe", "image": "keyframe", "still": "keyframe", "frame": "keyframe",
    "picture": "keyframe", "clip": "clip", "video": "clip", "animation": "clip", "motion": "clip",
    "upscale": "upscale",
}  # fmt: skip


def parse_use_take(text: str) -> tuple[str, str, int] | None:
    """(shot ref, stage, take) for 'use take 1 of shot 3's clip' or 'bring back the old clip of
    shot 3' (take 0: the one before the current; 'the first clip' is take 1); None if no such."""
    line = _clean(text)
    for pattern in _TAKE_BACK:
        if m := pattern.match(line):
            groups = m.groupdict()
            stage = _STAGE_OF_WORD[(groups.get("what") or "clip").lower()]
            if groups.get("n"):
                return m["ref"], stage, int(m["n"])
            age = (groups.get("age") or "").lower()
            return m["ref"], stage, 1 if age in ("first", "original") else 0
    return None


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
_DESCRIBE = re.compile(
    r"^(?P<name>[^,]+?)\s+(?:should|shoud|shuold|sould|shld|must|needs? to|has to|could)\s+"
    r"(?:be|look)\s+(?P<how>.+)$"
    r"|^make\s+(?P<name2>[^,]+?)\s+(?=(?:a\s+(?:bit|lot|little)\s+|much\s+|way\s+)?(?:older|younger|"
    r"taller|shorter|bigger|smaller|blonde|blond|bald|bearded)\b)(?P<how2>.+)$",
    re.I,
)
# "rename Jonas to Jonah", "actually his name is Jonah not Jonas", "call Jonas Jonah instead"
_RENAME_MEMBER = (
    re.compile(r"^rename\s+(?P<old>[A-Z][\w' -]*?)\s+(?:to|as)\s+(?P<new>[A-Z][\w' -]*?)$"),
    re.compile(
        r"^(?:(?:his|her|their|the \w+'s)\s+name\s+is|(?:it'?s|its))\s+(?P<new>[A-Z][\w'-]*"
        r"(?:\s+[A-Z][\w'-]*)?),?\s+not\s+(?P<old>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)$"
    ),
    re.compile(
        r"^(?P<old>[A-Z][\w'-]*)\s+(?:should be|is) called\s+(?P<new>[A-Z][\w'-]*"
        r"(?:\s+[A-Z][\w'-]*)?)(?:\s+instead)?$"
    ),
    re.compile(
        r"^call\s+(?P<old>[A-Z][\w'-]*)\s+(?P<new>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+instead$"
    ),
)
_SHOW_CAST = re.compile(r"^(?:show|list|who(?:'s| is) in)\s+(?:me\s+)?(?:the\s+)?cast$", re.I)


@dataclass(frozen=True)
class CastPhrase:
    """A cast line the person typed: what to do, to whom, with what."""

    action: str  # reference | lora | sheet | approve_sheet | show | describe | rename
    name: str = ""
    path: str = ""
    url: str = ""
    scale: float = 1.0
    text: str = ""  # describe: how the member should look ("older, in his 60s"); rename: the name


def parse_cast(text: str) -> CastPhrase | None:
    """'Maya is this photo: ./maya.png', 'use ./logo.svg for the brand', "Maya's LoRA is
    https://… at 0.8", 'make a character sheet for Maya', 'approve the sheet for Maya',
    'show the cast' — or None."""
    line = _POLITE.sub("", text.strip().replace("’", "'")).strip().rstrip(".!").strip()
    if _SHOW_CAST.match(line):
        return CastPhrase("show")
    plain = re.sub(r"^(?:actually|oh|sorry|oops|wait)[,!\s]+", "", line, flags=re.I)
    for pattern in _RENAME_MEMBER:
        if m := pattern.match(plain):
            return CastPhrase("rename", _name(m["old"]), text=_name(m["new"]))
    if m := _DESCRIBE.match(line):
        # "Tomas should be older, like in his 60s": said of a cast member (the conversation
        # checks the name is one; "the third one should be…" is a shot, left to the revisions)
        how = re.sub(
            r"\b(?:like|maybe|kinda|sort of|way|much|a (?:bit|lot|little))\s+",
            "",
            m["how"] or m["how2"],
        )
        return CastPhrase("describe", _name(m["name"] or m["name2"]), text=how.strip(" ,"))
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
    if (m := RESTORE.match(_clean(text))) and not _NOT_A_SHOT.search(
        m["what"] or m["what2"] or m["what3"]
    ):
        return text, ""  # "bring back the croissant shot" names a shot no longer in the plan

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
                # "redo the cat clip": the clip of that shot, not the whole shot
                clip = "'s clip" if re.search(r"\bclip$", m.group(0), re.I) else ""
                return f"shot {found[0]}{clip}" + (f" {rest}" if rest else "")
        several = matching(candidates[0])
        if len(several) > 1:
            listed = ", ".join(str(n) for n in several[:-1]) + f" and {several[-1]}"
            question = (
                f"“{m.group(0)}”: {candidates[0]} is in shots {listed} — say which, "
                f"e.g. “{text.replace(m.group(0), f'shot {several[0]}', 1)}”."
            )
        return m.group(0)

    def beside(m: re.Match[str]) -> str:
        # "drop the one before the logo": the shot next to the one named
        words = m["x"].split()
        for k in range(len(words), 0, -1):
            found = matching(" ".join(words[:k]))
            if len(found) == 1:
                n = found[0] + (-1 if m["dir"].lower() == "before" else 1)
                if not 1 <= n <= len(shots):
                    return m.group(0)
                rest = " ".join(words[k:])
                return f"shot {n}" + (f" {rest}" if rest else "")
        return m.group(0)

    def place(m: re.Match[str]) -> str:
        # "move the guitar shot before the singer", "add a shot after the kettle: …"
        found = matching(m["x"])
        return f"{m['dir']} shot {found[0]}" if len(found) == 1 else m.group(0)

    def of_the(m: re.Match[str]) -> str:
        # "the old clip of the cat was better": the cat's shot
        found = matching(m["x"])
        return f"{m['what']} of shot {found[0]}" if len(found) == 1 else m.group(0)

    if m := _DROP_THING.match(_clean(text)):
        return _drop_thing(text, m["x"], shots, matching)
    head, colon, tail = text.partition(":")  # the words after a colon are a new shot's
    head = _OF_THE.sub(of_the, head)
    head = _BESIDE.sub(beside, head)
    head = _BY_CONTENT.sub(swap, head)
    head = _PLACE.sub(place, head)
    return head + colon + tail, question


# "lose the logo", "can we not have the waiting room", "I don't want the dog": a shot named by
# what it shows, with no "shot" said. Only the words a description opens on name the whole shot
# ("the logo" of 'Logo card "Riverside"'); words further in ("the toys" of "The waiting room with
# toys") are a part of it, and dropping the shot for them would lose what the person kept.
_DROP_THING = re.compile(
    r"^(?:(?:can|could)\s+we\s+(?:not\s+(?:have|do|show|use|include)|lose|drop|cut|skip|remove|"
    r"get rid of|ditch)|(?:i|we)\s+(?:don'?t|do not)\s+(?:want|need)|drop|remove|delete|cut|lose|"
    r"ditch|bin|skip|scrap|get rid of)\s+(?:the|that)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}(?:shot|one|clip|scene|take|keyframe)s?\b)"  # "the … shot": below
    r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3})"
    r"(?:\s+(?:then|after all|any more|anymore))?$",
    re.IGNORECASE,
)
# Where a description's opening words end: a preposition, a quote, or a verb after its subject
_HEAD_ENDS = re.compile(
    r"[\"“”‘’(,:;]|\b(?:with|in|on|at|of|from|by|through|into|onto|under|over|as|while|and|"
    r"against|beside|behind|across|for|to|near)\b",
    re.IGNORECASE,
)


def _opening_words(description: str) -> set[str]:
    """The words a description opens on, its subject: "Logo card" of 'Logo card "Riverside"',
    "waiting room" of "The waiting room with toys", "Okafor" of "Okafor checking a child's ears"."""
    head = _HEAD_ENDS.split(description, maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[\w'-]+", head)]
    words = [w for w in words if w not in _NOT_CONTENT]
    for k, word in enumerate(words[1:], 1):
        if word.endswith("ing"):  # "Okafor checking …": the subject ends at its verb
            return set(words[:k])
    return set(words)


def _drop_thing(
    text: str, words: str, shots: list[tuple[str, str]], matching: Any
) -> tuple[str, str]:
    found: list[int] = matching(words)
    if not found:
        return text, ""  # "cut the music": no shot shows it, the line is someone else's to read
    if len(found) > 1:
        listed = ", ".join(str(n) for n in found[:-1]) + f" and {found[-1]}"
        return text, f"“{words}” is in shots {listed} — say which, e.g. “drop shot {found[0]}”."
    n = found[0]
    description = shots[n - 1][1]
    keys = {w.lower() for w in re.findall(r"[\w'-]+", words)} - _NOT_CONTENT
    if keys <= _opening_words(description):
        return f"drop shot {n}", ""
    return text, (
        # (not quoting the shot: its words here carry its cast's names too, "…steps Patel")
        f"“{words}” is a part of shot {n}, not the whole shot: say “drop shot "
        f"{n}” to lose the shot, or “revise shot {n}: …” with the description it should have."
    )


_OF_THE = re.compile(
    r"\b(?P<what>clip|keyframe|image|still|picture|frame|video|take)\s+(?:of|for)\s+(?:the|our|my)\s+"
    r"(?P<x>[\w'-]+)(?:\s+shot)?\b",
    re.IGNORECASE,
)
_BESIDE = re.compile(
    r"\bthe\s+(?:one|shot|clip)\s+(?P<dir>before|after)\s+the\s+(?P<x>[\w'-]+(?:\s+[\w'-]+)?)",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?P<dir>before|after)\s+the\s+(?P<x>[\w'-]+)(?=\s*$|\s*[:,.!?])", re.IGNORECASE
)


# The person's own budget command ("budget 40", "set the budget to $40"): a guardrail, so it is
# handled here before any model sees it, and no model can say it for them.
BUDGET_COMMAND = re.compile(
    r"^(?:(?:please\s+)?(?:set|change|make|raise|lower|increase|reduce)\s+(?:the\s+|my\s+)?"
    r"budget\s+(?:to\s+)?|budget\s*(?:[:=]|to|of|is)?\s*)"
    r"(?:\$|usd\s*)?(?P<usd>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:[.,]\d+)?)(?P<k>\s*k)?\s*"
    r"(?:\$|usd|dollars?|bucks)?(?:\s+please)?[.!]?$",
    re.I,
)


def budget_said(text: str) -> float | None:
    """The dollars of a plain budget command ("budget 0", "set the budget to $40"); None for any
    other line, and for one whose amount needs asking about ("budget 2.500")."""
    m = BUDGET_COMMAND.match(text.strip())
    if m is None or (re.fullmatch(r"\d{1,3}\.\d{3}", m["usd"]) and not m["k"]):
        return None
    return budget_usd(m)


def budget_usd(m: re.Match[str]) -> float:
    """'$1,000' is a thousand dollars, '2,5' two and a half, '40k' forty thousand."""
    said = m["usd"]
    usd = float(
        said.replace(",", "") if re.search(r",\d{3}(?!\d)", said) else said.replace(",", ".")
    )
    return usd * 1000 if m["k"] else usd


# Only a bare yes or no answers an approval; "yes, but make it vertical" is a revision.
# A line made only of these ("looks good, go", "great - ship it") says yes; one other word
# ("yes, make it vertical") makes it a revision.
YES_WORD = (
    r"(?:approve[ds]?(?: it)?|yes(?: please)?|yeah|yep|y|ok(?:ay)?|go(?: ahead| for it)?|lgtm|"
    r"looks? (?:good|great|fine|perfect)|sounds? (?:good|great)|great|perfect|nice|love it|"
    r"all good|ship it|do it|let'?s go|let'?s do it|produce(?: it)?|run it|approved)"
)
APPROVE = re.compile(rf"^{YES_WORD}(?:[\s,.!;:-]+(?:and\s+)?{YES_WORD})*[.!]*$", re.I)
REJECT = re.compile(
    r"^(?:reject(?:ed)?(?: it)?|no|n|nope|nah|cancel|cancel (?:it|that|this)|stop|no thanks|"
    r"no,? thank you|not now|don'?t)[.!]*$",
    re.I,
)
