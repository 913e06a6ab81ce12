"""Ways a person writes a brief that the reader puts into plain third-person pictures first.

`scots`: broad Scots read as the English the rules know; `backwards`: a list written from its
last picture to its first, put the right way round; `relayed`: a PA's reported speech ("He would
like…"); `changes_to_another`: "the same as the Christmas one but for Easter", told as changes.
`picked_options`: "either A or B … let's say B" as B; `misheard`: a dictated brief's film words.

`second_person`: "You come in through the gate. You walk up the gravel path…": the writer tells
the film as the visitor walking through it, so "you" is the camera. Each sentence told that way
is said of the camera ("The camera comes in through the gate"), what "you see" is the picture
itself ("You see the boats coming in": "The boats coming in"), and "you open on", "you cut to"
are the editor's orders ("Open on the pier").
Told to the maker ("You could use a drone", "you'll need the ladder"), "you" is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.briefing.english import is_english_word
from agent.briefing.lexicon import ANIMAL_NOUNS, has_any

# A sentence told as the viewer: up to five lead-in words ("Then", "Round the next corner"),
# then "you" doing something (not "you could", "you'll need": the maker is asked something).
_LEAD = (
    r"(?:(?:(?:and|so)\s+)?(?:then|suddenly|finally|last|next|now|soon|eventually|at last)\b,?\s+"
    r"|(?:round|around|at|in|on|inside|outside|through|past|behind|as|when|once|after|before|from|"
    r"up|down|back|beyond|under|over)\s+(?:[\w'-]+\s+){0,4}?(?:[\w'-]+),?\s+)?"
)
_TOLD_AS_VIEWER = re.compile(
    rf"^(?P<lead>{_LEAD})(?P<you>you)(?:'re|\s+are)?\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# what the viewer does that is not the film's: asked of the maker, or the writer's hedges
_NOT_THE_VIEWER = frozenset(
    {
        "could", "can", "should", "would", "will", "might", "may", "must", "need", "needs",
        "know", "think", "want", "like", "get", "guys", "all", "have", "don't", "do", "did",
        "said", "say", "mentioned", "asked", "sent", "probably", "maybe", "won't", "wont",
        "decide", "choose", "pick",
    }
)  # fmt: skip
# "you see the harbour", "you can see the whole maze", "you find our head gardener": the picture
_SEEING = re.compile(
    r"\s*\b(?:and\s+)?you\s+(?:can\s+|will\s+|'ll\s+|then\s+|suddenly\s+|finally\s+)?"
    r"(?:see|find|spot|notice|catch sight of|glimpse|discover|meet|come across|come upon)\s+",
    re.IGNORECASE,
)
# "you open on", "you cut to": the film's own grammar, the writer in the editor's seat
_FILM_WORDS = frozenset(
    {"open", "cut", "end", "start", "begin", "finish", "close", "pan", "tilt", "zoom", "fade"}
)
_IRREGULAR = {"have": "has", "do": "does", "go": "goes", "be": "is"}


def _third_person(verb: str) -> str:
    low = verb.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return f"{verb}es"
    if re.search(r"[^aeiou]y$", low):
        return f"{verb[:-1]}ies"
    return f"{verb}s"


def _told_as_viewer(sentence: str) -> bool:
    m = _TOLD_AS_VIEWER.match(sentence.strip())
    return (
        m is not None
        and m["verb"].lower() not in _NOT_THE_VIEWER
        and m["verb"].lower() not in _NO_VERB
        and is_english_word(m["verb"].lower())
    )


# ("You and your mates, a Friday night": no one doing anything yet)
_NO_VERB = frozenset(
    {"and", "or", "the", "a", "an", "your", "my", "our", "too", "both", "two", "lot", "guys",
     "all", "there", "here", "that", "this", "so", "just", "really", "very"}
)  # fmt: skip
# What a viewer walking through a place does: moving through it, and seeing it ("you wake up",
# "you pour the milk", "you lace up your boots" are someone on screen, not the camera)
_WALKING = frozenset(
    {"come", "walk", "step", "go", "enter", "climb", "pass", "turn", "wander", "head", "arrive",
     "find", "see", "spot", "notice", "follow", "drift", "float", "fly", "glide", "rise",
     "descend", "cross", "round", "approach", "move", "emerge", "stroll", "continue", "look",
     "peer", "glance", "push", "duck", "squeeze", "weave", "make", "take", "reach", "open",
     "cut", "end", "start", "begin", "finish", "close", "pan", "tilt", "zoom", "fade"}
)  # fmt: skip
_WHERE_YOU_ARE = re.compile(
    r"(?i)you(?:'re|\s+are)\s+(?:at|in|on|back|inside|outside|lifted|standing|through|high|"
    r"above|below|up|down|now|finally|out|under|into|over)\b"
)


def _walking(sentence: str) -> bool:
    m = _TOLD_AS_VIEWER.match(sentence.strip())
    if m is None:
        return False
    verb = m["verb"].lower()
    if _WHERE_YOU_ARE.search(sentence):
        return True
    if verb == "reach":  # "you reach the top" walks; "you reach for the phone" is a hand
        return not re.search(r"(?i)\breach\s+for\b", sentence)
    if verb in ("take", "make"):  # "you take a wrong turn", "you make your way up"
        return bool(re.search(r"(?i)\b(?:turn|way|path|stairs|steps|road|lane|corner)\b", sentence))
    stem = re.sub(r"(?:s|es)$", "", verb) if verb not in _WALKING else verb
    return verb in _WALKING or stem in _WALKING


# "told as if you're the cat": who "you" is, on screen; a visitor, a guest or a viewer is the
# camera walking round
_ROLE = re.compile(
    r"(?i)\b(?:as if|as though|like|pretend(?:ing)?|imagine|where)\s+you(?:'re|\s+are|\s+were)\s+"
    r"(?P<role>(?:the|a|an|our|my)\s+[a-z][\w'-]*)"
)
_THE_VIEWER = re.compile(
    r"(?i)\b(?:visitor|guest|viewer|customer|tourist|audience|diner|shopper|walker|camera|"
    r"passenger|traveller|traveler|someone)\b"
)


def _as_camera(sentence: str, who: str = "") -> str:
    """One sentence told as the viewer, said of the camera (or of `who` "you" plays)."""
    lead_space = sentence[: len(sentence) - len(sentence.lstrip())]
    s = sentence.strip()
    seen = _SEEING.search(s)
    told = _TOLD_AS_VIEWER.match(s)
    assert told is not None
    if (
        seen is not None
        and not who
        and not told["lead"]
        and seen.start() + len(seen.group(0)) - len(seen.group(0).lstrip()) == told.start("you")
    ):
        # "You see the boats coming in": the boats are the picture (after a lead-in, "Round
        # the next corner you find our head gardener, Tobias, up a ladder…" stays one sentence
        # of the camera finding him)
        rest = s[seen.end() :]
        return lead_space + rest[:1].upper() + rest[1:]
    m = told
    said = s[m.start("you") : m.end("verb")]
    who = who or "the camera"
    if m["verb"].lower() in _FILM_WORDS and who == "the camera":
        # "You open on the harbour", "Then you cut to…": the editor's words, said as orders
        rest = s[m.start("verb") :]
        s = s[: m.start("you")] + (rest if m["lead"] else rest[:1].upper() + rest[1:])
        return lead_space + s
    if re.match(r"(?i)you(?:'re|\s+are)", said):
        camera = f"{who} is {m['verb']}"
    else:
        camera = f"{who} {_third_person(m['verb'])}"
    if not m["lead"]:
        camera = camera[:1].upper() + camera[1:]
    s = s[: m.start("you")] + camera + s[m.end("verb") :]
    # what is left of the viewer in the sentence: "the maze is in front of you", "you can see"
    s = _SEEING.sub(lambda x: ", " if x.group(0).strip().lower().startswith("and") else ": ", s)
    s = re.sub(r"\s+:\s", ": ", s)
    s = re.sub(r"\b(?:than you are|than you)\b", f"than {who}", s, flags=re.I)
    s = re.sub(r"\byou\b(?!')", who, s)
    s = re.sub(r"\byou're\b", f"{who} is", s, flags=re.I)
    if who != "the camera":
        s = re.sub(r"\byour\b", "its" if has_any(who, ANIMAL_NOUNS) else "their", s)
    return lead_space + s


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def second_person(text: str) -> str:
    """A brief told as the viewer walking through it (three sentences or more start with "you"
    doing something), each such sentence said of the camera; any other brief as it was."""
    told = [m for m in _SENTENCE.finditer(text) if _told_as_viewer(m.group(0))]
    if len(told) < 3:
        return text
    role = _ROLE.search(text)
    who = ""
    if role and not _THE_VIEWER.search(role["role"]):
        # "A short film told as if you're the cat. You jump onto the windowsill.": the cat does
        who = re.sub(r"(?i)^(?:a|an|our|my)\s+", "the ", role["role"])
    else:
        walking = sum(_walking(m.group(0)) for m in told)
        # (a morning told as "you wake up. you reach for the phone": someone on screen, left as
        # written; a walk through a place, mostly moving and seeing, is the camera's)
        if walking < 3 or walking * 5 < len(told) * 3:
            return text
    out = []
    at = 0
    for m in told:
        out.append(text[at : m.start()])
        out.append(_as_camera(m.group(0), who))
        at = m.end()
    out.append(text[at:])
    return "".join(out)


# "either the church gate or outside the Bell", "either Marjorie or Prue": two ways, in a line
# that then picks one ("let's say Prue", "we'll go with the vicar handing Marjorie the cup",
# "(whichever looks nicer – the church, I think, …)")
_EITHER = re.compile(
    r"\beither\s+(?P<a>[^,;()–]+?)\s+or\s+(?P<b>[^,;()–.!?]+?)(?=\s*(?:[,;()–—.!?]|-\s|$)|\s+whichever\b)",
    re.IGNORECASE,
)
_PICKED = re.compile(
    r"(?:\b(?:but|so|actually|ok|okay)[,\s]+)*\b(?:let'?s\s+say|let'?s\s+go\s+with|we'?ll\s+go\s+with|"
    r"(?:i'?d|we'?d)\s+(?:say|go\s+with)|go\s+with|let'?s\s+do|let'?s\s+make\s+it|make\s+it)\s+"
    r"(?P<choice>[^,;.!?()–]+)"
    # "(whichever looks nicer – the church, I think, with the bells ringing)"
    r"|\bwhichever\b[^–()]*?\s[–-]\s+(?P<thought>[^,;.!?()]+?),\s+i\s+think\b",
    re.IGNORECASE,
)
# why it was picked, said after the choice: ", because Marjorie won last year", ", Godfrey is
# far too shy", ", they're both game for it"
_WHY = re.compile(
    r"^\s*(?:,\s*)?(?:because|as|since|cos|'cause)\b[^.!?()]*"
    r"|^\s*,\s*(?:[A-Z][\w'-]+|he|she|they|it|that|this)(?:'s|'re|\s+(?:is|are|was|were|has|had|"
    r"won|will|would|can't|doesn't|don't|hates?|loves?))\b[^.!?()]*",
)
_SOMEONE = re.compile(r"\b(?:someone|somebody|one of them)\b", re.IGNORECASE)


def _shared(a: str, b: str) -> int:
    words = lambda s: {w for w in re.findall(r"[a-z0-9']+", s.lower()) if len(w) > 2 or w.isdigit()}  # noqa: E731
    return len(words(a) & words(b))


def _picked_line(line: str) -> str:
    either = _EITHER.search(line)
    if either is None:
        return line
    picked = _PICKED.search(line, either.end())
    if picked is None:
        return line
    choice = (picked["choice"] or picked["thought"]).strip()
    a, b = either["a"].strip(), either["b"].strip()
    side = a if _shared(choice, a) > _shared(choice, b) else b
    if not _shared(choice, side) and choice.lower() not in side.lower():
        return line
    # the choice said more fully than the way it was offered ("the vicar handing Marjorie the
    # cup" for "the vicar handing over the cup") is the picture; said shorter, the way offered
    chosen = choice if len(choice.split()) >= len(side.split()) else side
    if re.search(r"(?i)\bones?$", choice):
        chosen = side  # "either the red bike or the blue bike, we'll go with the blue one"
    if re.fullmatch(r"\d+", chosen) and (unit := re.fullmatch(r"\d+\s+(?P<u>[a-z]+)", b, re.I)):
        chosen = f"{chosen} {unit['u']}"  # "Either 20 or 30 seconds … let's say 20": 20 seconds
    before = line[: either.start()]
    after = line[picked.end() :]
    if picked["thought"]:
        # "(whichever looks nicer – the church, I think, with the bells ringing)": what follows
        # the thought is more of the picture; the bracket that held it goes
        after = re.sub(r"^\s*,\s*i\s+think\b", "", after, flags=re.I)
        after = re.sub(r"\)", "", after, count=1)
        before = re.sub(r"\s*\(\s*$", " ", before)
    after = _WHY.sub("", after)
    who = _SOMEONE.search(before)
    if who and re.fullmatch(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?", chosen):
        # "someone dropping their pancake in the road – either Marjorie or Prue, …, but let's
        # say Prue": Prue drops hers
        before = before[: who.start()] + chosen + before[who.end() :]
        before = re.sub(r"\s*(?:[–,:]|\s-)\s*$", "", before)
        return f"{before}{after}"
    return f"{before}{chosen}{after}"


def picked_options(text: str) -> str:
    """Each line that offers two ways ("either … or …") and then picks one says only the one
    picked, without the thinking aloud or the reason for it."""
    return "\n".join(_picked_line(line) for line in text.split("\n"))


# A brief said to a phone: what the writer says of it ("I'm dictating this", "the phone's made
# a right mess of this") lets the reader put back the words voice-to-text mishears most in a
# film brief ("clothes up" for close-up, "white shot" for wide shot, "the drawn" for the drone)
_DICTATED = re.compile(
    r"\b(?:dictat(?:ing|ed|ion)|voice[- ]?(?:note|memo|to[- ]text|typing)|speech[- ]to[- ]text|"
    r"talk[- ]to[- ]text|siri|alexa|the phone'?s? (?:\w+ )?(?:made|making|typed|typing|got|gets)|"
    r"(?:forgive|excuse|sorry (?:for|about)) (?:any|the) (?:mistakes|typos|errors))",
    re.IGNORECASE,
)
_MISHEARD: tuple[tuple[str, str], ...] = (
    # (never the clothes themselves: "clothes up on the line", "a white shot glass")
    (r"\bclothes[ -]up\b(?!\s+on\s+(?:the|a)\s+(?:line|washing|rail|hangers?|pegs?))", "close-up"),
    (r"\bclose[ -]ups? (?=on|of)", "close-up "),
    (r"\bwhite shot\b(?!\s+glass)", "wide shot"),
    (r"\bwhite angle\b", "wide angle"),
    (r"\b(?<=the )drawn\b(?! (?:up|out|in|on|by|from|into|across|back|curtains?))", "drone"),
    (r"\bdrawn shot\b", "drone shot"),
    (r"\bpanned? (?:a )?cross\b", "pan across"),
    (r"\bslow mow\b", "slow-mo"),
    (r"\btime lapse\b", "time-lapse"),
    (r"\b(?:last|final) one\s+(?=(?:the|a|an|our|my)\b)", "Last one: "),
)


def misheard(text: str) -> str:
    """ "Land scape" is landscape in any brief; a brief its writer says was dictated has its
    misheard film words put back ("clothes up on Duncan's face", "from the drawn high up")."""
    text = re.sub(r"\b([Ll])and scape\b", r"\1andscape", text)
    if not _DICTATED.search(text):
        return text
    for heard, meant in _MISHEARD:
        text = re.sub(heard, _put_back(meant), text, flags=re.I)
    return text


def _put_back(meant: str) -> Callable[[re.Match[str]], str]:
    return lambda m: _cased(m.group(0), meant)


# "The very last shot: …" / "Before that: …" / "And the very first shot: …": a list written
# from the end back to the start
_LAST_LABEL = re.compile(
    r"(?im)^[ \t]*(?:and[ \t]+)?(?:the[ \t]+)?(?:very[ \t]+)?(?:last|final)[ \t]+(?:shot|picture|one)"
    r"[ \t]*[:,-][ \t]*"
)


_BEFORE_THAT = re.compile(
    r"(?im)^[ \t]*(?:and[ \t]+)?(?:just[ \t]+)?before[ \t]+that[ \t]*[:,-][ \t]*"
)


_FIRST_LABEL = re.compile(
    r"(?im)^[ \t]*(?:and[ \t]+)?(?:then[ \t]+)?(?:the[ \t]+)?(?:very[ \t]+)?first[ \t]+(?:shot|picture|one)"
    r"[ \t]*[:,-][ \t]*"
)


def backwards(text: str) -> str:
    """A list written from its last picture back to its first ("The very last shot: the finished
    sandcastle…", "Before that: …", "And the very first shot: the beach at low tide"), put the
    right way round, its labels gone (the film runs forwards: the sandcastle came first)."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _LAST_LABEL.match(line)), None)
    if start is None:
        return text
    end = start + 1
    while end < len(lines) and _BEFORE_THAT.match(lines[end]):
        end += 1
    if end - start < 2:
        return text
    block = [_LAST_LABEL.sub("", lines[start])] + [
        _BEFORE_THAT.sub("", x) for x in lines[start + 1 : end]
    ]
    if end < len(lines) and _FIRST_LABEL.match(lines[end]):
        block.append(_FIRST_LABEL.sub("", lines[end]))
        end += 1
    block = [x[:1].upper() + x[1:] for x in reversed(block)]
    # ("Bear with me, I think of it backwards." above it says how the list is written)
    before = [x for x in lines[:start] if not re.search(r"(?i)\bbackwards\b|\bbear with me\b", x)]
    return "\n".join([*before, *block, *lines[end:]])


# Scots, as it is typed: a brief is read in it only where enough of its words say so (three of
# these), and then its small words are read as the English the rules know.
_SCOTS_MARKERS = re.compile(
    r"(?i)\b(?:ah'm|ah'll|dinnae|cannae|wouldnae|isnae|didnae|aboot|doon|oot|roon|masel|faither|"
    r"mither|efter|gaun|ony|hoose)\b"
)


_SCOTS = {
    "ah'm": "I'm", "ah": "I", "ah'll": "I'll", "ah've": "I've", "dinnae": "don't",
    "cannae": "can't", "wouldnae": "wouldn't", "isnae": "isn't", "didnae": "didn't",
    "aboot": "about", "doon": "down", "oot": "out", "roon": "round", "masel": "myself",
    "faither": "father", "mither": "mother", "wi": "with", "fir": "for", "tae": "to",
    "whit": "what", "efter": "after", "ony": "any", "gaun": "going", "ower": "over",
    "aff": "off", "wan": "one", "nae": "no", "ma": "my", "sideyways": "sideways",
    "hingin": "hanging", "somethin": "something", "gowden": "golden", "o": "of",
}  # fmt: skip


def scots(text: str) -> str:
    """ "Aboot thirty seconds. Sideyways like the telly, no up an doon like a phone.": Scots
    read as English ("about", "sideways", "and"); a brief with fewer than three of its words is
    left as written ("the wee hours", "ye olde")."""
    if len(set(m.lower() for m in _SCOTS_MARKERS.findall(text))) < 3:
        return text
    text = re.sub(r"(?i)\ban aw\b", "too", text)
    # "an" is "and" before a word an article "an" never comes before ("an the", "an it'll")
    text = re.sub(
        r"\b([Aa])n(?=\s+(?:the|it|he|she|they|we|I|me|him|her|them|his|[b-df-gj-np-tv-z]))",
        r"\1nd",
        text,
    )

    def english(w: re.Match[str]) -> str:
        word = w.group(0)
        opens = w.start() == 0 or re.search(
            r"(?:^|[.!?:\n-]\s*|[-*•]\s+)$", w.string[: w.start()][-4:]
        )
        if (
            word.lower() not in _SCOTS
            or w.string[w.end() : w.end() + 1] == "-"  # "Wi-Fi"
            or (word[:1].isupper() and not opens)  # "Ma Perkins", "Fir Tree Farm": names
        ):
            return word
        return _cased(word, _SCOTS[word.lower()])

    text = re.sub(r"\b\w+(?='s\b)|\b[\w']+\b", english, text)  # ("faither's": before its "'s")
    # "-in" for "-ing" ("tyin", "comin"), where only the "-ing" is an English word ("cabin" stays)
    return re.sub(
        r"\b[a-z]+in\b(?!')",
        lambda w: (
            w.group(0) + "g"
            if not is_english_word(w.group(0)) and is_english_word(w.group(0) + "g")
            else w.group(0)
        ),
        text,
    )


def _cased(was: str, word: str) -> str:
    return word[:1].upper() + word[1:] if was[:1].isupper() else word


def changes_to_another(text: str) -> str:
    """A brief told as changes to a video the planner never saw ("the same as the Christmas one
    but for Easter"): "Keep the start the same, the drone over the glasshouses" is that picture,
    "Instead of Santa's grotto do the egg hunt" and "Swap the reindeer for the lambs" are the new
    pictures, and "Keep the ending the same but change the words to "…"" is the end card."""
    if not re.search(
        r"(?i)\bthe same as (?:the|our|last|that) [\w' -]{0,30}(?:one|video|film)\b", text
    ):
        return text
    start = r"(?im)^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?"
    text = re.sub(
        start
        + r"keep the (?:ending|end) the same,?[ \t]+but[ \t]+change the (?:words|text|wording|line)"
        r"[ \t]+to[ \t]*",
        "End card: ",
        text,
    )
    text = re.sub(
        start + r"keep the (?:start|beginning|opening) the same,?[ \t]+(?:with[ \t]+)?", "", text
    )
    text = re.sub(
        start + r"instead of [^,\n]{2,60}?,?[ \t]+(?:do|have|show|use|film|put)[ \t]+", "", text
    )
    return re.sub(start + r"swap (?!in\b)(?:the[ \t]+)?[^,\n]{2,40}?[ \t]+for[ \t]+", "", text)


_RELAYED = re.compile(
    r"(?i)\b(?:he|she)\s+(?:wants|would like|'d like|would love|asked for|was very firm)\b"
)


def relayed(text: str) -> str:
    """A brief relayed in reported speech by someone writing for the person whose film it is
    ("He would like…", "Then he wants to be seen chalking…", "He was very firm that the next
    picture should be…"): each picture without its reporting ("He wants it to open on the
    cutting room" is the cutting room), the person seen named as the brief names them, and a
    picture mentioned then taken back ("He did mention the shop front, but then he said no")
    left out. Only a brief with three or more such reportings is read so."""
    if len(_RELAYED.findall(text)) < 3 or not re.search(
        r"(?i)\bon behalf of\b|\bwriting for\b|\basked me to\b|\b(?:his|her) ideas\b|\bPA to\b|"
        r"\bdoes not use (?:email|computers)\b",
        text,
    ):
        return text  # (a story's "She wants to visit her husband's grave" is no one relaying)
    titled = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][a-z]+", text)
    who = titled.group(0) if titled else "him"
    text = re.sub(
        r"(?i)(?<=[.!?] )[^.!?\n]*\bbut\s+then\s+(?:he|she|they)\s+said\s+no\b[^.!?\n]*[.!?]",
        "",
        text,
    )
    lead = r"(?i)(?<![\w,])((?:then|after that|to finish|finally|next|and)?,?[ \t]*)"
    text = re.sub(
        lead
        + r"(?:he|she)[ \t]+(?:was|is)[ \t]+(?:very[ \t]+)?(?:firm|clear|keen|adamant|insistent)"
        r"[ \t]+that[ \t]+(?:the[ \t]+next[ \t]+(?:picture|shot|one)|it)[ \t]+(?:should|must|has to)"
        r"[ \t]+(?:be|show)[ \t]+",
        r"\1",
        text,
    )
    text = re.sub(
        lead + r"(?:he|she)[ \t]+(?:wants|would like|'d like)[ \t]+to[ \t]+be[ \t]+seen[ \t]+",
        lambda m: f"{m[1]}{who} ",
        text,
    )
    text = re.sub(
        lead + r"(?:he|she)[ \t]+(?:wants|would like|'d like|would love)[ \t]+(?:it[ \t]+to[ \t]+"
        r"(?:open|start|begin|end|finish|close)[ \t]+(?:on|with)[ \t]+)?(?=(?:a|an|the|his|her)\b)"
        r"(?!(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)?(?:film|video|clip|reel|promo|advert)\b)",
        r"\1",
        text,
    )
    # (a sentence its reporting opened now opens on its picture: "the cutting room…")
    return re.sub(r"(?m)(^|[.!?][ \t]+)([a-z])", lambda m: m[1] + m[2].upper(), text)
