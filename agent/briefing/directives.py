"""The directives of a brief: what holds across shots rather than in one of them.

Length and shot count, platform and aspect ratio, the look (style notes, and whether it is stylized),
camera and framing words said of the whole video, continuity ("continuous clips", "the same girl",
"keep Mara identical"), budget or tier words (which change nothing: those come from the person's
options), and the language the brief is written in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from agent.briefing.beats import (
    CONNECTORS,
    Beat,
    Logline,
    Split,
    drops_a_shot,
    logline_subject,
    someone_doing,
    split_brief,
    subject_prefix,
)
from agent.briefing.bookends import bookend_cards
from agent.briefing.cast import Cast, read_cast
from agent.briefing.lexicon import (
    CAMERA_WORDS,
    FACES_UNSEEN,
    FRAMING_WORDS,
    OWN_SOUND,
    PRODUCT_KINDS,
    SOUND_WORDS,
    camera_from_words,
    faces_unseen,
    has_any,
    is_stylized,
    product_word,
    style_words_in,
)
from agent.briefing.numbers import Language, Length, counts, language_of, lengths
from agent.briefing.text import (
    SHOT_MARKER,
    normalise,
    split_top_level,
    unthread,
    without_item_lengths,
)
from sessions.models import AspectRatio, CameraMove, Framing

LONGEST_VIDEO_S = 600.0  # what shotcaller plans (agent/brief.py refuses longer)

_EXPLICIT_RATIO = re.compile(r"(?<![\d.:])(16:9|9:16|1:1|4:5)(?![\d:])")
_VERTICAL = re.compile(
    r"\bvertical(?:ly)?\b(?!\s+(?:cliffs?|walls?|rock|drops?|faces?|lines?|stripes?|blinds?|climb))"
    r"|\bportrait\s+(?:format|mode|orientation|video)\b|"
    # ("it should be the portrait shape as most of our members…"; not "a portrait shape mirror")
    r"\bportrait\s+(?:shape|way|ways)(?=\s*(?:[,.;!)]|$|as\b|for\b|so\b|please\b|pls\b|because\b))|"
    r"\bin portrait\b|\bhochformat\b|"
    # "Portrait, for Stories.", "Format: portrait": the word alone as the format said
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))portrait(?=\s*(?:[.;)]|$|,?\s*(?:for|pls|please|9:16|vertical)\b))|"
    # "About 30 seconds, portrait please": the format, said after the length
    r"(?<=,\s)portrait(?=\s+(?:please|pls|thanks|format|mode|for\s+(?:the\s+)?(?:phones?|mobiles?|"
    r"stories|reels|tiktok|insta\w*))\b)|"
    r"\bverticale\b|\bverticaal\b|\bstaand\b|\bverticais\b|"
    # "the tall shape for phones", "phone shape", "up and down like a phone": the frame, in words
    r"(?<!not )(?<!no )\bup\s+and\s+down\s+like\s+(?:a|the)\s+(?:phone|mobile)\b|"
    r"(?<!not the )(?<!not a )(?<!no )(?<!not )\b(?:tall|upright|phone|mobile)\s+(?:shape|format)\b(?=\s*(?:[,.;!)]|$|as\b|for\b|so\b|"
    r"please\b|pls\b|again\b|like\b|because\b|not\b))|"
    r"(?<!not )(?<!no )\b(?:tall|upright)\s+shape\s+for\s+(?:a\s+)?(?:phones?|mobiles?)\b",
    re.IGNORECASE,
)
_SQUARE = re.compile(
    r"(?<!town )(?<!city )(?<!market )(?<!village )(?<!main )(?<!his )(?<!her )(?<!their )"
    r"(?<!with )\bsquare\b"
    r"(?!\s+(?:jaw|met|feet|foot|mile|root))|\bcarré\b|\bcuadrado\b|\bquadratisch\b",
    re.IGNORECASE,
)
_HORIZONTAL = re.compile(
    r"\bhorizontal\b|\bwidescreen\b|\bquerformat\b|"
    # "proper cinema shape, not for phones", "telly shape", "wide shape"
    r"\bsideways\s+like\s+(?:the|a)\s+(?:telly|tv|television)\b|"
    r"(?<!not the )(?<!not a )(?<!no )(?<!not )"
    r"\b(?:cinema|telly|tv|television|letterbox)\s+(?:shape|format)\b"
    r"(?=\s*(?:[,.;!)]|$|as\b|for\b|so\b|please\b|pls\b|again\b|like\b|because\b|not\b))|\bformat paysage\b|\ben paysage\b|"
    r"\bformato (?:horizontal|paisagem|orizzontale)\b|\bliggend formaat\b|"
    r"\blandscape\s+(?:format|mode|orientation|video)\b|"
    r"\blandscape\s+(?:shape|way|ways)(?=\s*(?:[,.;!)]|$|as\b|for\b|so\b|please\b|pls\b|because\b))|"
    # "about a minute long landscape like a telly advert", "landscape pls"
    r"\blandscape\s+(?:like|pls|please|is fine|for (?:youtube|the website|tv|telly))\b|"
    r"\b(?:long|secs?|seconds|minutes?|mins?)\s+landscape\b|"
    # "And can it be landscape since it's mostly for the TV": the frame, asked for
    r"\b(?:make it|can it be|could it be|can we (?:do|go)|could we (?:do|go)|let'?s (?:do|go)|"
    r"switch(?: it)? to|change(?: it)? to|do it)\s+(?:in\s+)?landscape\b(?!\s+(?:shots?|views?|of)\b)|"
    # "45 seconds, normal landscape, it's for the website": the frame, said in a list of specs
    r"\b(?:normal|standard|regular|in)\s+landscape\b(?=\s*(?:[,.;!]|$|\s+(?:format|for|pls|please)\b))",
    re.IGNORECASE,
)
# (pattern, platform name, aspect ratio), most specific first: "YouTube Shorts" before "YouTube".
PLATFORMS: tuple[tuple[re.Pattern[str], str, AspectRatio], ...] = (
    # ("want a youtube short, 15 seconds": one Short, in lower case, is still a Short; "a YouTube
    # short film", "YouTube short and punchy video" are short things on YouTube)
    (
        re.compile(
            r"\b(?i:youtube|yt)\s+(?i:shorts?)\b(?!\s+(?i:film|films|movie|doc|documentary|story|and|&|n|video|ad|advert|clip|promo)\b)|\bShorts\b"
        ),
        "YouTube Shorts",
        "9:16",
    ),
    (re.compile(r"\btiktok\b", re.IGNORECASE), "TikTok", "9:16"),
    (
        # ("Reel Deal Charters": a name that starts with Reel is no platform)
        re.compile(
            r"\b(?:instagram|insta|ig)[\s-]+reels?\b|\breels\b|\bReel\b(?!\s*:)(?!\s+(?-i:[A-Z][a-z]))",
            re.I,
        ),
        "Instagram Reels",
        "9:16",
    ),
    (
        re.compile(
            # "Portrait, for Stories": the platform by its own name ("Tall Stories Ltd" is not)
            r"\b(?i:instagram|insta|ig)[\s-]+(?i:stor(?:y|ies))\b|"
            r"\b(?i:for|on|in|to|as)\s+(?i:our\s+|the\s+|ig\s+)?Stories\b"
            r"(?!\s+(?:[A-Z]|of\b|about\b|from\b|by\b|with\b|that\b|which\b))"
        ),
        "Instagram Stories",
        "9:16",
    ),
    (re.compile(r"\byoutube\b", re.IGNORECASE), "YouTube", "16:9"),
    (re.compile(r"\b(?:instagram|insta)\b", re.IGNORECASE), "Instagram feed", "4:5"),
    # A generic social post goes square: 1:1 is the one shape every feed (Instagram, Facebook,
    # LinkedIn, X) shows uncropped, whereas 9:16 is cropped to 4:5 or smaller outside Reels/TikTok.
    (
        re.compile(r"\bsocial(?: media)? (?:post|feed)\b|\bsocials\b|\blinkedin\b", re.I),
        "social",
        "1:1",
    ),
)
_HIGHLIGHT_REEL = re.compile(
    r"\b(?:highlight|showreel|demo|portfolio|sizzle|brand|agency|studio)\s+reel\b|\bshowreel\b",
    re.I,
)
_MONEY = re.compile(
    r"\b(?:budget|tier|delivery[- ]quality|premium quality|\$\s?\d[\d,.]*|regenerat\w*|"
    r"unlimited|spend|cost)\b",
    re.IGNORECASE,
)
_CONTINUOUS = re.compile(
    r"\b(?:continuous|continuing|seamless|one continuous|unbroken|back[- ]to[- ]back|"
    r"in continuity)\b",
    re.IGNORECASE,
)
_OVERHEAD_FRAMING = re.compile(
    r"\boverhead\s+(?:shot|view|angle|camera|footage|recipe|video)|^\W*overhead\b|"
    r"\bfrom (?:overhead|above)\b",
    re.IGNORECASE,
)
_AD_KINDS = re.compile(
    # ("one shot per spot", "a swimming spot": a place, not a TV spot)
    r"\b(?:ad|ads|advert|advertisement|commercial|(?<!per )(?<!each )(?<!every )(?<!swimming )"
    r"(?<!favourite )(?<!favorite )(?<!secret )(?<!hidden )(?<!sunny )spot|promo|preview|packshot|product shot|"
    r"pre-?roll|bumper|sponsored|paid social|hero film|tvc|brand film|launch film|"
    # ("drop the tea hut bit", "drop it": a change to the plan, no product drop)
    r"unboxing|drop(?!\s+(?:the|that|this|those|these|it|them|a|an|one|my|our|shot|scene|bit)\b)|"
    r"anuncio|publicité|pub|werbespot|werbung|pubblicità)\b",
    re.IGNORECASE,
)
_TYPOGRAPHIC = re.compile(
    r"\b(?:kinetic (?:typography|type|text)|lyric video|title sequence|text animation|"
    r"typographic|quote card|quote video)\b|"
    # "Each stage needs its label on screen": said once, for every shot
    r"\b(?:each|every)\s+(?:stage|step|shot|scene|part|section|item|look|chapter|exercise|move|"
    r"dish|product|room|location|tip|stop)\s+(?:needs|has|"
    r"gets|should have|must have|with|wants)\s+(?:its|a|their|the)\s+(?:own\s+)?(?:label|title|"
    r"caption|name|number|heading)\b|"
    # "simple white text labels", "a text label on every scene", "captions on each shot"
    r"\b(?:text labels?|captions?|titles?|supers?)\s+(?:on|for|over)\s+(?:each|every)\s+"
    r"(?:shot|scene|step|clip|exercise|stage)\b|"
    # "no voiceover (captions and UI text only)": the words are on every shot
    r"\b(?:captions?|text|supers?)\s+(?:and|&)\s+(?:ui|on-screen|screen)\s+text\s+only\b|"
    r"\b(?:ui|on-screen)\s+text\s+(?:and|&)\s+captions?\s+only\b|"
    # "one dish at a time with its name and price on screen"
    r"\bat a time,?\s+(?:with|and)\s+(?:its|their)\s+(?:name|title|price|label)s?"
    r"(?:\s+(?:and|&)\s+(?:its\s+|their\s+)?(?:name|title|price|label)s?)?\s+on[- ]screen\b",
    re.IGNORECASE,
)
_PRODUCT_BRIEF = re.compile(
    r"\b(?:product (?:shot|video|film|teaser|reveal|spot|demo|ad|launch)|packshot|unboxing)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Directives:
    seconds: float | None  # the whole video, when the brief says
    seconds_phrase: str
    per_shot_seconds: float | None  # "three 4-second shots", "je 5 Sekunden"
    count: int | None  # shots asked for, explicitly or as a numbered list
    count_phrase: str  # as written: "ten shots", "142 steps" ("" for a numbered list)
    platform: str | None
    aspect: AspectRatio
    style: list[str]
    stylized: bool
    framing: Framing | None  # said of the whole video ("Macro footage", "static camera")
    camera: CameraMove | None
    continuous: bool
    money_words: bool  # budget or tier words, which the plan does not follow
    language: Language
    ad: bool  # the brief sells something: products in it are tagged
    product_brief: bool  # a product shot or an unboxing: every shot shows the product
    typographic: bool  # kinetic typography, a lyric video, a title sequence: words in every shot
    sound: bool = False  # "with ambient sound", "voice-over": every shot wants an engine with sound
    # a documentary, "slow", "long takes": a beat is held, not cut into angles
    patient: bool = False
    cinema: str = ""  # "21:9" asked, wider than any engine's frame: said in the plan's note


@dataclass
class Reading:
    """Everything the planner reads from a brief's words."""

    text: str
    split: Split
    directives: Directives
    cast: Cast
    beats: list[Beat] = field(default_factory=list)

    @property
    def loglines(self) -> list[Logline]:
        return self.split.loglines


_LABEL_FRAMING: dict[str, Framing] = {
    "close": "close",
    "tight": "close",
    "cu": "close",
    "medium": "medium",
    "mid": "medium",
    "ms": "medium",
    "wide": "wide",
    "ws": "wide",
    "ecu": "extreme-close",
}


def framing_from_words(text: str) -> Framing | None:
    """Explicit framing words; "overhead" only as an angle ("overhead shot", not "gulls overhead")."""
    label = re.search(r"(?:^|\s)(close|tight|cu|medium|mid|ms|wide|ws|ecu)\s*$", text, re.I)
    if label:
        return _LABEL_FRAMING[label.group(1).lower()]
    if _OVERHEAD_FRAMING.search(text):
        return "aerial"
    for framing, phrases in FRAMING_WORDS:
        if has_any(text, tuple(p for p in phrases if p not in ("overhead", "from above"))):
            return framing
    return None


def platform_of(text: str) -> tuple[str | None, AspectRatio | None]:
    text = _HIGHLIGHT_REEL.sub(" ", text)
    for pattern, name, ratio in PLATFORMS:
        if pattern.search(text):
            return name, ratio
    return None, None


_NUMBER_WORD = {"one": "1", "four": "4", "five": "5", "nine": "9", "sixteen": "16"}
# "a portrait frame, four by five", "9x16": a ratio said in words
_SPOKEN_RATIO = re.compile(
    # ("one by one" is how clamps are tightened, never a square)
    r"\b(?P<a>four|five|nine|sixteen|1|4|5|9|16)\s*(?:by|x|×)\s*"
    r"(?P<b>four|five|nine|sixteen|1|4|5|9|16)\b",
    re.IGNORECASE,
)
# "in 21:9 like a real movie", "2.39 scope": wider than any engine's frame
_CINEMA = re.compile(
    r"(?<![\d.:])(?P<ratio>21:9|2\.39(?::1)?|2\.35(?::1)?|2\.4:1)(?![\d:])|\b(?P<word>cinemascope|"
    r"anamorphic)\b",
    re.IGNORECASE,
)


# "landscape for youtube but ill cut a vertical myself later", "we'll do square cutdowns
# ourselves": another version the writer makes, not this video's frame
_THEIR_OWN_CUT = re.compile(
    r"\b(?:i'?ll|ill|we'?ll|i will|we will|i can|we can|i'?m going to|we'?re going to)\s+"
    r"(?:\w+\s+){0,2}?(?:cut|make|do|edit|crop|reframe)\s+(?:a|an|the|my own|our own|some)?\s*"
    r"(?:vertical|square|portrait)\b[^.,;!?]*?\b(?:myself|ourselves|later|separately)\b[^.,;!?]*",
    re.IGNORECASE,
)


# "crosses the empty square", "a square of light": a place or a thing, unless the words after
# make it the frame ("a square video", "the square version")
_A_SQUARE_THING = re.compile(
    r"\b(?:the|a|an|this|that|our|their|its|his|her)\s+(?:[a-z]+\s+)?$", re.I
)
_FRAME_WORDS = re.compile(
    r"(?:\s+[\w'-]+){0,2}?\s*(?:format|video|clip|crop|post|version|frame|aspect|ratio|cut|edit|"
    r"one|reel|ad|advert|spot|promo|film|teaser|story|loop|gif)\b",
    re.I,
)


# "make it a square", "crop it to a square", "deliver it as a square": the frame, asked for
# ("feeding pigeons in the square", "walks into the square": a place; "in a square": the frame)
_MADE_A_SQUARE = re.compile(
    r"\b(?:make it|format:?|crop(?:ped)?(?: it)?|deliver(?:ed)?(?: it)?)\s+(?:an?|the)\s+$"
    r"|\b(?:as|into|to|in|be)\s+an?\s+$",
    re.I,
)


def _is_the_frame(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 30) : m.start()]
    return (
        not _A_SQUARE_THING.search(before)
        or bool(_MADE_A_SQUARE.search(before))
        or bool(_FRAME_WORDS.match(text[m.end() :]))
        or bool(re.match(r"\s*(?:size|shape|crop)\b", text[m.end() :], re.I))
    )


def _ratio_said(text: str) -> AspectRatio | None:
    text = _THEIR_OWN_CUT.sub(" ", text)
    explicit = _EXPLICIT_RATIO.search(text)
    if explicit:
        ratio: AspectRatio = explicit.group(1)  # type: ignore[assignment]
        return ratio
    for m in _SPOKEN_RATIO.finditer(text):
        a = _NUMBER_WORD.get(m["a"].lower(), m["a"])
        b = _NUMBER_WORD.get(m["b"].lower(), m["b"])
        if f"{a}:{b}" in ("16:9", "9:16", "1:1", "4:5"):
            return f"{a}:{b}"  # type: ignore[return-value]
    if _VERTICAL.search(text):
        return "9:16"
    if any(_is_the_frame(text, m) for m in _SQUARE.finditer(text)):
        return "1:1"
    if _HORIZONTAL.search(text):
        return "16:9"
    return None


def aspect_of(text: str, platform_ratio: AspectRatio | None) -> AspectRatio:
    # "Landscape for YouTube pls … oh wait scratch the landscape thing, do vertical": the frame
    # said after a change of mind wins
    marks = list(_CHANGED_MIND.finditer(text))
    if marks and (later := _ratio_said(text[marks[-1].start() :])):
        return later
    return _ratio_said(text) or platform_ratio or "16:9"


def cinema_ratio(text: str) -> str:
    """A frame wider than any engine makes ("21:9", "2.39"), when the brief asks for one and
    does not also say it delivers 16:9; "" otherwise."""
    m = _CINEMA.search(text)
    if m is None or re.search(r"\bdeliver\w*\s+(?:in\s+|at\s+)?16:9", text, re.I):
        return ""
    return m["ratio"] or m["word"].lower()


_CHANGED_MIND = re.compile(
    r"\b(?:scratch that|scrap that|forget that|ignore that|scrub that|no wait|wait no|on second thoughts?|actually,? (?:make|let'?s|change)|"
    r"change of plan|correction|no actually|actually no|thinking about it|come to think of it|"
    r"on reflection|(?:make|change) it(?=\s+\d[^.!?\n]{0,25}\b(?:not|instead of|rather than)\b)"
    # "I would have liked two minutes but … so call it 30 seconds"
    r"|(?<=[,;]\s)(?:so\s+|just\s+)?call it(?=\s+(?:about\s+|around\s+)?\d)"
    r"|\b(?:so|let'?s|just)\s+call it(?=\s+(?:about\s+|around\s+)?\d))\b"
    # "EDIT: … going with 30 seconds instead of a minute": a post's own later change — of the
    # whole video ("Edit: the ovens shot should feel like 5 seconds" is one shot's; "Update:
    # client also wants a 16:9 cut later" another version's)
    r"|(?m:^[ \t]*(?:edit|update|upd)[ \t]*\d*[ \t]*:"
    r"(?![^\n]*\b(?:shot|clip|scene|bit|part|also|later|another|too|version)\b)"
    r"(?=[^\n]*\b(?:instead|going with|go with|make it|change|changed|now|actually|total|overall|"
    r"whole|in all|rather)\b))",
    re.IGNORECASE,
)


_BARE_CHANGE = re.compile(
    r"\b(?:make|change|cut|bring)\s+it\s+(?:down\s+)?(?:to\s+)?(?P<new>\d{1,3})\s+"
    r"(?:not|instead of|rather than)\s+(?P<old>\d{1,3})\b"
    # (never of other things: "make it 15 not 30 cupcakes", "50 not 60 in the start pen")
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:please|pls|thanks|instead|then|nobody|no one)\b))",
    re.IGNORECASE,
)


_AND_A_PICTURE = re.compile(
    r"\s+and\s+(?=(?:the|a|an|some|her|his|their|our|my|its)\s)", re.IGNORECASE
)


def _parts(text: str, *, at_and: bool) -> list[str]:
    """The comma parts of a beat, without their connectors ("…, and the orchard at sunset");
    with `at_and`, the last part is cut once more where "and" starts another picture."""
    parts = [CONNECTORS.sub("", p.strip()).strip(" ,") for p in split_top_level(text, ",")]
    if at_and and parts:
        parts[-1:] = _AND_A_PICTURE.split(parts[-1], maxsplit=1)
    return [p for p in parts if p]


def _as_many_as_asked(beats: list[Beat], count: int | None) -> list[Beat]:
    """Fewer beats than the shots asked for: beats that join pictures with commas are cut into
    them when that gives exactly the count. "Could you do 3 shots? I'm thinking apples tumbling
    into the press, juice running into a bucket and the orchard at sunset" is three pictures, not
    one picture and two extra angles of it. ("drei Einstellungen … - ein Zug fährt ein, eine Frau
    steigt aus, sie umarmt …": in any language.) A list item, or a beat with its own length, is
    one shot as written."""
    if not count or len(beats) >= count or any(b.item or b.seconds is not None for b in beats):
        return beats
    for at_and in (False, True):
        cut = [_parts(b.text, at_and=at_and) for b in beats]
        if sum(map(len, cut)) == count and all(len(p.split()) >= 2 for ps in cut for p in ps):
            return [
                replace(b, text=p[:1].upper() + p[1:], end=b.end and k == len(ps) - 1)
                for b, ps in zip(beats, cut, strict=True)
                for k, p in enumerate(ps)
            ]
    return beats


def read_brief(text: str) -> Reading:
    """Directives, cast and beats of a brief, in one pass over its words."""
    text, thread = unthread(text)
    text = normalise(text)
    split = split_brief(text)
    bookend_cards(split)
    unmarked = SHOT_MARKER.sub(" ", without_item_lengths(text))
    found = lengths(unmarked)
    totals = [x for x in found if not x.per_shot]
    # "45hr burn time", "runs 25 minutes", "every 20 minutes": a length no video here can have
    # is the story's or the product's, as long as the brief gives one a video can have.
    possible = [x for x in totals if 1 <= x.seconds <= LONGEST_VIDEO_S]
    totals = possible or totals
    # "the final film will be about 3 min but this is just a 45-second test": the length of
    # another video gives way to this one's
    own = [
        x
        for x in totals
        if not (
            _ANOTHER_VIDEO.search(unmarked[max(0, x.start - 60) : x.start])
            and _THIS_ONE.search(unmarked[x.end : x.end + 80])
        )
    ]
    totals = own or totals
    # "under a minute, let's say 45 seconds", "15 sec max": a limit gives way to a length.
    said = [x for x in totals if not _is_limit(unmarked, x)]
    totals = said or totals
    # "Let's do a 30 second video … Actually scratch that - make it vertical, 15 seconds": what
    # the person says after changing their mind wins.
    # (the last change of mind that says a length: "… wait no, cut Dickens" says none)
    for mark in reversed(list(_CHANGED_MIND.finditer(unmarked))):
        if later := [x for x in totals if x.start > mark.start()]:
            totals = later
            break
    # "thinking 30 seconds … actually make it 15 not 30": the new length said bare, in the
    # unit of the one it replaces
    for change in _BARE_CHANGE.finditer(unmarked):
        was = [x for x in totals if x.start < change.start() and x.seconds > 0]
        if was and not [x for x in totals if x.start > change.start()]:
            old = was[-1]
            scale = old.seconds / float(change["old"]) if float(change["old"]) else 0
            if scale in (1.0, 60.0) and float(change["new"]) > 0:
                new = float(change["new"]) * scale
                totals = [Length(change[0], new, change.start(), change.end(), False, None)]
    if thread and totals:
        totals = totals[-1:]  # a thread read oldest first: the last length said is the one agreed
    elif len(totals) > 1 and _VERSIONS.search(unmarked):
        # "Need two versions: 15s and 30s": the plan is the longest; the others are cut from it
        totals = sorted(totals, key=lambda x: -x.seconds)
    per_shot = next((x for x in found if x.per_shot), None)
    asked = counts(unmarked)
    count = asked[0].n if asked else None
    count_phrase = asked[0].phrase if asked else ""
    if count is None and per_shot is not None and per_shot.count:
        count = per_shot.count
    meta = " ".join(split.meta)
    platform, platform_ratio = platform_of(text)
    # Look words written beside a picture ("10s of rain on a window, moody.") hold for the video.
    asides = " ".join(a for b in split.beats for a in b.asides)

    # (and the lines about the video: "we'd love a 30 sec film that looks like an old newsreel")
    loglines = " ".join(x.text for x in split.loglines)
    style = style_words_in(f"{meta} {asides} {loglines}")
    if faces_unseen(f"{meta} {asides} {loglines}"):
        style.append(FACES_UNSEEN)  # "keep faces blurred or from behind (safeguarding!)"
    subject = next((logline_subject(x) for x in split.loglines if x.picture), "")
    beats = list(split.beats)
    if not beats:
        # A logline that is the whole brief: "Make me a video of a cat knocking a glass…".
        pictures = [x.picture for x in split.loglines if x.picture] or [
            # "A film about my grandad fixing his old tractor, feeding the hens and …": what it
            # is about is someone doing things, each a picture
            x.purpose
            for x in split.loglines
            if someone_doing(x.purpose)
        ]
        if pictures:
            again = split_brief(pictures[0])
            beats = _as_many_as_asked(again.beats, count) or beats
            subject = ""
    else:
        # (cut before the subject is said: "… of the same red mug: on a shelf, in her hands,
        # being washed" gives the mug to each picture cut)
        beats = subject_prefix(
            _as_many_as_asked(beats, count), subject or next(iter(split.subjects), "")
        )
    items = [b for b in beats if b.item]
    if count is None and len(items) >= 2 and len(items) == len(beats):
        count = len(items)
    product_text = " ".join(
        [meta, *(b.text for b in beats[:1] if b.text.lower().startswith("unboxing"))]
    )
    cast = read_cast(text, subject)
    if not any(m.kind == "product" for m in cast.members):
        _recurring_product(cast, beats, product_text, ad=bool(_AD_KINDS.search(meta)))
    directives = Directives(
        seconds=totals[0].seconds if totals else None,
        seconds_phrase=totals[0].phrase if totals else (per_shot.phrase if per_shot else ""),
        per_shot_seconds=per_shot.seconds if per_shot else None,
        count=count,
        count_phrase=count_phrase,
        platform=platform,
        aspect=aspect_of(text, platform_ratio),
        style=style,
        stylized=is_stylized(style),
        # (neither from a change of mind: "scratch the drone shot, they're funny about drones",
        # nor from a refusal: "NO drone", "riders hate drones")
        # ("Open on a title card …" names a card shot, not the framing of every shot)
        framing=framing_from_words(_A_CARD.sub(" ", _asked(split.meta))),
        # A camera word beside a numbered shot ("4) The first look, handheld, …") is that
        # shot's; beside a sentence of prose it holds for the video.
        camera=_camera_of(_asked(split.meta))
        or _camera_of(" ".join(a for b in split.beats if not b.item for a in b.asides)),
        continuous=bool(_CONTINUOUS.search(meta)),
        money_words=bool(_MONEY.search(meta)),
        language=language_of(text),
        ad=bool(_AD_KINDS.search(meta))
        or any(m.kind in ("product", "brand") for m in cast.members),
        product_brief=bool(_PRODUCT_BRIEF.search(meta + " " + product_text)),
        typographic=bool(_TYPOGRAPHIC.search(meta)),
        sound=wants_sound(split.meta),
        patient=bool(_PATIENT.search(meta)),
        cinema=cinema_ratio(text),
    )
    return Reading(text=text, split=split, directives=directives, cast=cast, beats=beats)


_SOUND_ASKED = re.compile(
    rf"\b{OWN_SOUND}|"
    r"^(?:sound|audio|sfx)\s*:|\b(?:sounds?|crackle|hum|roar|rustle|murmur|chorus) of\b|"
    r"\bhear (?:the|it|them|her|his|its)\b|\b(?:only|just)\s+(?:the\s+)?(?:wind|waves|rain|gulls|"
    r"birds|birdsong|crowd|traffic|water|sea|river|fire|room tone|city)\b",
    re.IGNORECASE,
)
_SOUND_REFUSED = re.compile(
    r"\b(?:no|without|skip)\s+(?:\w+\s+)?(?:sound|audio|voice-?over|narration|music)\b|"
    r"\bin post\b|\badd(?:ed)? (?:it )?later\b|\bsilent\b|\bmuted?\b|"
    # "I'll handle sound design myself", "we'll add the music ourselves"
    r"\b(?:i|we)(?:'ll| will)\s+(?:handle|do|add|sort|take care of)\b[^.]*\b(?:myself|ourselves)\b",
    re.IGNORECASE,
)


# "A two-minute nature documentary segment", "slow and contemplative", "long takes": readers
# of these expect a shot for each beat they wrote, held, not extra angles every five seconds.
_PATIENT = re.compile(
    r"\b(?:documentar(?:y|ies)|docu(?:mentaire|mental)|dokumentar\w*|nature (?:film|piece|"
    r"segment)|wildlife|contemplative|meditati\w+|unhurried|slow[- ]paced|slow and \w+|long takes|"
    r"lingering|let (?:it|them|each shot) breathe|walk-?through)\b",
    re.IGNORECASE,
)
# ("The finished video will be 30 seconds." is this video; only "… but this is a test" says not)
_THIS_ONE = re.compile(
    r"\b(?:but|while|whereas)\s+this\b|\bthis (?:one|cut|test|version) is\b", re.I
)
_ANOTHER_VIDEO = re.compile(
    r"\b(?:final|full|finished|whole|complete|real|eventual|feature|longer|main|actual)\s+"
    r"(?:film|video|piece|edit|cut|version|short|thing|doc|documentary|episode)\s+"
    r"(?:will be|would be|is going to be|'ll be|runs?|is|should be)\b[^.;!?]{0,20}$",
    re.IGNORECASE,
)
# ("FAST cuts (roughly 1-2 sec each)" is the pace of one video, not versions of it)
_VERSIONS = re.compile(
    r"\b(?:versions?|cut-?downs?|lengths)\b|(?<!fast )(?<!quick )(?<!hard )(?<!jump )(?<!rapid )"
    r"(?<!snappy )(?<!smash )(?<!match )\b(?:edits|cuts)\b",
    re.I,
)
_LIMIT_BEFORE = re.compile(
    r"\b(?:under|less than|no more than|no longer than|at most|max(?:imum)?|up to|within|"
    r"shorter than|not over|below)\s*(?:of\s+)?(?:an?\s+|about\s+)?$",
    re.IGNORECASE,
)


def _is_limit(text: str, length: Length) -> bool:
    before = text[max(0, length.start - 25) : length.start]
    after = text[length.end : length.end + 8]
    return bool(_LIMIT_BEFORE.search(before) or re.match(r"^\s*(?:max|maximum|tops)\b", after))


def wants_sound(meta: list[str]) -> bool:
    """Whether the video's own sound is asked of the engines ("with ambient sound", "Sound: wind,
    gulls", "Natural sound from the vows"), not refused ("no voiceover", "music added in post")."""
    parts = [p for line in meta for p in re.split(r"[,;(]", line)]
    return any(
        (has_any(p, SOUND_WORDS) or _SOUND_ASKED.search(p.strip())) and not _SOUND_REFUSED.search(p)
        for p in parts
    ) or any(_SOUND_ASKED.search(line.strip()) and not _SOUND_REFUSED.search(line) for line in meta)


# A refusal and the few words it governs ("but NO drone", "the riders hate drones", "no zooms")
_REFUSED_CLAUSE = re.compile(
    r"\b(?:no|not|never|without|nothing|avoid|hates?|don'?t|can'?t|won'?t|isn'?t|aren'?t|banned|"
    r"forbidden)\b(?:[ \t]+[\w'’-]+){0,3}",
    re.IGNORECASE,
)


def _asked(meta: list[str]) -> str:
    """The words about the video that ask for something: not a shot taken back ("scratch the
    drone shot"), nor a clause that refuses ("NO drone", "the riders hate drones")."""
    kept = ". ".join(m for m in meta if not drops_a_shot(m))
    kept = _CLOSE_ON_A_CARD.sub(" ", _OPEN_THEN_CLOSE_ON.sub(r"\1 ", kept))
    kept = _FOOTAGE_LOST.sub(" ", kept)
    return _REFUSED_CLAUSE.sub(" ", kept)


# "the couple's drone footage got corrupted": what happened to footage, not a camera asked for
# (every shot of the recreated teaser was planned as a drone shot)
_FOOTAGE_LOST = re.compile(
    r"(?:[\w'-]+\s+){0,3}(?:footage|clips?|shots?|files?|rushes|card)\s+(?:got|was|were|is|are|has been|"
    r"have been)\s+(?:\w+\s+)?(?:corrupted|lost|deleted|wiped|ruined|broken|unusable|damaged)\b",
    re.IGNORECASE,
)
_A_CARD = re.compile(r"\b(?:title|end|final|closing|opening)\s+cards?\b", re.IGNORECASE)
# "Open on a title card …, and close on an end card 'Swim safe'": the film ends on it (a verb);
# no close-up of every shot (the countdown was planned in close-ups)
_CLOSE_ON_A_CARD = re.compile(
    r"\bclose\s+(?:on|with)\s+(?:(?:a|an|the|our)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:card|logo|title|titles|slate|tagline|end frame|endframe)\b",
    re.IGNORECASE,
)
# ("Open on the harbour …, close on the boats": after an opening, "close on" is where it ends)
_OPEN_THEN_CLOSE_ON = re.compile(
    r"(\b(?:open|opens|opening|start|starts|begin|begins)\s+(?:on|with)\b[^.]{0,200}?)\bclose\s+on\b",
    re.IGNORECASE,
)


def _camera_of(meta: str) -> CameraMove | None:
    """A camera move said of the whole video ("Static camera.", "handheld")."""
    if not has_any(meta, tuple(w for _, words in CAMERA_WORDS for w in words)):
        return None
    return camera_from_words(meta)


def _recurring_product(cast: Cast, beats: list[Beat], product_text: str, *, ad: bool) -> None:
    """In an ad, a product the logline names, or an object shown in two beats, is the product."""
    from agent.briefing.cast import Member

    # "Trailer for 'The Glass Orchard'": a quoted title sells no glass
    product_text = re.sub(r'"[^"]*"', " ", product_text)
    # "no specs on screen", "screen time": where words go, not a screen for sale
    product_text = re.sub(
        r"(?i)\b(?:on|off)[- ]screen\b|\bscreen[- ]time\b|\b(?:a|the)\s+(?:big|giant|huge|jumbo|"
        r"cinema|stadium)\s+screens?\b|\bin case\b|\bon (?:a|the|their|your|our|my) (?:phones?|"
        r"mobiles?)\b",
        " ",
        product_text,
    )
    # "most of our people watch on their phones": who watches, no watch for sale
    product_text = re.sub(
        r"(?i)\b(people|they|we|you|folks?|members|customers|viewers|followers|fans|users|parents|"
        r"audience|to|can|will|could|they'll|you'll|we'll)\s+(?:watch|view)\b",
        r"\1",
        product_text,
    )
    for member in cast.members:
        if member.kind == "brand":  # "Green Wheels" sells no wheels
            product_text = product_text.replace(member.key, " ")
    lowered = product_text.lower()
    for kind, words in PRODUCT_KINDS:
        if kind == "apparel" and not (
            ad or re.search(r"\b(?:drop|launch|range|collection)\b", lowered)
        ):
            continue  # "my son putting his socks on by himself": worn, not sold
        for word in words:
            if kind == "vehicle" and re.search(rf"\bfood\s+{re.escape(word)}\b", lowered):
                continue  # "a vegan food truck" sells its food
            # "a shot of a wine glass" shows wine; "a spot for our wine" sells it.
            sells = ad or re.search(
                rf"\b(?:for|new|launch(?:ing)?|unboxing|our|my)\b[^.,;:]{{0,30}}{product_word(word)}",
                lowered,
            )
            if sells and re.search(product_word(word), lowered):
                cast.add(Member(word, "product", _phrase_around(product_text, word)))
                cast.product_words = tuple(dict.fromkeys((*cast.product_words, *words)))
                return
    if not ad:
        return
    for _, words in PRODUCT_KINDS:
        for word in words:
            shown = sum(bool(re.search(product_word(word), b.text, re.I)) for b in beats)
            if shown >= 2:
                cast.add(Member(word, "product", f"the {word}"))
                cast.product_words = tuple(dict.fromkeys((*cast.product_words, *words)))
                return


def _phrase_around(text: str, word: str) -> str:
    m = re.search(rf"(?:\b[\w'-]+\s+){{0,2}}\b{re.escape(word)}\b", text, re.IGNORECASE)
    return m.group(0).strip() if m else word
