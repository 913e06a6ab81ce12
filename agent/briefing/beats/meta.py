"""Meta sentences: what a brief says *about* the video rather than what we see in it.

`is_meta` weighs a sentence with the vocabularies (words.py), the talk (talk.py) and the labels
(headings.py): directives ("Keep it light"), cast and sound notes, what someone wants of the film,
counts of shots and versions. `is_look` knows a line that only says how the film looks or sounds
("Moody, blue-grey palette"); `_strong_meta` the lines sure to be about the video even when they
name something visible. The directives read these lines for length, format, look and continuity.
"""

from __future__ import annotations

import re

from agent.briefing.beats.headings import _CUE_LABELS, _FRAMING_LABEL
from agent.briefing.beats.talk import (
    _ABOUT_US,
    _ASKS_ABROAD,
    _ASKS_FOR_VIDEO,
    _FOR_WHOM,
    _WE_ARE_ABROAD,
    _WHO_WE_ARE,
    _paperwork,
    is_talk,
)
from agent.briefing.beats.words import (
    _A_SQUARE_PLACE,
    _AT_THE_END,
    _META_VOCAB,
    _VISIBLE_NOUNS,
    BAND_INTRO,
    END_CUES,
    FORMAT_NOUNS,
    INSTRUMENTS,
    _words,
    content_words,
    has_finite_verb,
    has_picture,
)
from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    COLOUR_WORDS,
    HUMAN_MOTION_VERBS,
    LOOK_ONLY_WORDS,
    LOOK_SUFFIX,
    OWN_SOUND,
    TYPOGRAPHY_WORDS,
    has_any,
    word_set,
)
from agent.briefing.numbers import without_process_times
from agent.briefing.text import split_top_level

_DIRECTIVE_START = re.compile(
    r"^(?:keep\b|make sure|maintain\b|ensure\b|avoid\b|no\s(?!fim\b|final\b|início\b|meio\b)|don'?t|do not|all shots|every shot|"
    r"throughout|same\s+(?:[\w-]+\s+){1,3}(?:in|across|throughout)|use the same|budget|please|we need|"
    r"i need|i want|we want|let me know|thanks|thank you|cheers|hi\b|hello|hey\b|legal\b|"
    r"compliance\b|(?:the |our )?client (?:wants|needs|asks|says)|casting\b|"
    r"(?:also\s+)?(?:can|could) we (?:not|NOT)\b|let'?s not\b|(?:i|we) don'?t want\b|idk\b|"
    r"let it (?:be|feel|stay|breathe)\b|not a story\b|"
    # "One shot per location plus an aerial at the end": how the shots are counted
    r"(?:one|a|1|two|2)\s+(?:shot|clip|scene)s?\s+(?:per|for each|for every)\b)",
    re.IGNORECASE,
)
# "Meet Ines - she runs Crumb on Rue des Martyrs.": an introduction of the cast, not a shot.
_INTRODUCTION = re.compile(
    r"^(?:[A-Z][\w'-]+\s+is\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?:\s+years?\s+old)?$)|"
    r"^(?i:meet|this is|introducing)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"(?:\s*(?:[-,:(]|\bwho\b)\s*(?:(?:she|he|they|who)\b)?[^.]*)?$|"
    # "my hamster is called Nibbles": a pet, by name, before any picture of it
    r"^(?i:my|our|his|her|their)\s+(?i:[a-z][\w -]{1,30}?)\s+(?i:is|'s)\s+(?i:called|named)\s+"
    r"[A-Z][\w'-]+$|"
    # "Our victim is Bramble, a cockapoo who came in SO matted": who the film is about
    r"^(?i:our|my|the|today'?s)\s+(?i:victim|star|hero|heroine|model|subject|guest|client|"
    r"customer|pup|puppy|patient|lead|main character)\s+(?i:today\s+|this time\s+)?(?:is|was)\s+"
    # (a description after the name, no one acting: "The model is Zara, walking…" is a picture)
    r"(?![^.]*\b[a-z]{3,}ing\b)[A-Z][\w'-]+(?:\s*,\s*(?i:an?|the|our|my)\s[^.]*)?$|"
    # "Mum is Joan, she's tiny, silver curly hair…": who someone in the family is, and how
    # they look (no one acting: "Dad is Ron, digging the veg patch" is a picture)
    r"^(?i:(?:my|our|the)\s+)?(?i:mum|mom|mam|mother|dad|father|nan|nana|nanna|gran|granny|"
    r"grandma|grandad|granddad|grandpa|husband|wife|partner|son|daughter|sister|brother|aunt|"
    r"auntie|uncle|bride|groom|birthday (?:girl|boy))\s+is\s+(?![^.]*\b[a-z]{3,}ing\b)"
    r"[A-Z][\w'-]+(?:\s*,\s*"
    r"(?![^.]*\b(?i:she|he|they|who)\s+(?!is\b|was\b|has\b|had\b|looks\b)[a-z]+(?:s|ed)\b)"
    r"(?i:she|he|they|who|she's|he's|they're|she is|he is)\b[^.]*)?$"
)
# "Natural sound from the vows under the whole thing", "Sound: wind, gulls": what is heard.
_SOUND_NOTE = re.compile(
    rf"^(?:{OWN_SOUND}|"
    r"(?:sound|audio|music|sfx|score)\s*:|(?:voice-?over|narrator|narration|vo)\b[^.]*\b(?:throughout|over (?:it|the whole|everything)|low|slow|calm|warm|deep)\b|(?:sound|audio|music|score)\s+\w+$|"
    r"no\s+(?:voice-?over|music|sound|narration|vo)\b|"
    r"(?:just\s+|use\s+)?(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:[\w']+\s+){0,3}"
    rf"{OWN_SOUND})",
    re.IGNORECASE,
)
# "Our coach Dave is in it throughout.", "star is biscuit, my beagle.": who is in the film.
_CAST_NOTE = re.compile(
    # ("Star jumps", "Stars over the bay": the word's own pictures, not who stars)
    r"^(?:(?:the\s+)?star(?:s|ring)?\s*(?:is|are|=|:|-)?\s+(?!jumps?\b|over\b|in the sky\b|"
    r"twinkl|shin|fill|com)[\w'-]+(?:\s+[\w'-]+)?(?:,\s*[^.]*)?$|"
    r"(?:[\w'-]+\s+){1,3}(?:is|are|appears?|stays?|features?)\s+(?:in\s+(?:it|this|them)\s+)?"
    r"(?:throughout|in every shot|in all (?:the )?shots|in each shot|the whole (?:time|way)|"
    r"all the way through|from start to finish)\b[^.]*$|"
    # "Names are Priya and Tom, wedding was Sat 14 Sept 2024 at Hollins Barn": who, for the cast
    # (the names in capitals, whatever the rest: "names are carved into the stone" is a picture)
    r"(?:the\s+|their\s+|our\s+)?names?\s+(?:are|is|=|:)\s+(?-i:[A-Z])[\w'-]+"
    r"(?:\s+(?:and|&)\s+(?-i:[A-Z])[\w'-]+)?\b[^.]*$)",
    re.IGNORECASE,
)
# "Make it fun and colorful", "Keep it light": how the whole film should feel.
_WHOLE_FILM = re.compile(
    r"^(?:(?:make|keep|have)\s+(?:it|this|the\s+(?:video|film|whole thing|vibe|mood))|"
    r"(?:it|everything|it all|the whole thing|the (?:video|film|piece|edit))\s+(?:should|must|"
    r"needs? to|has to|feels?)|(?:the\s+)?(?:vibe|mood|tone|feel|idea|concept|goal|plan)\s+"
    r"(?:is|should|here)|so the idea|(?:everything|it all|all of it|the world)\s+(?:is\s+)?"
    r"(?:made|built|crafted)\s+(?:of|from|out of)|(?:jerky|handmade|hand-made|stop-motion)\s+"
    r"(?:movement|motion|animation|look|feel))\b",
    re.IGNORECASE,
)


# Format nouns that are also things to see: "a lantern swings on a post", "the spot where".
_PICTURE_TOO = frozenset(
    [
        "post",
        "story",
        "spot",
        "short",
        "loop",
        "scene",
        "sequence",
        "series",
        "segment",
        "doc",
        "preview",
        "footage",
        "shot",
        "shots",
    ]
)
_SURE_FORMATS = tuple(f for f in FORMAT_NOUNS if f not in _PICTURE_TOO)


# What a number counts when it is about the video, not in the picture ("4 shots", "2 versions")
_VIDEO_COUNTED = (
    r"(?:shot|clip|scene|cut|take|version|video|film|reel|post|second|sec|minute|min|hour|hr|"
    r"day|week|month|year|frame|word|language|edit|format|option|idea|variation|variant|"
    r"episode|part|slide|page|tier|credit|dollar|pound|euro|quid|buck|grand|ad|spot|"
    r"deliverable|size|ratio|step|point|time|line|revision|round|weekend|night|morning|season|"
    r"session|subscriber|follower|view|like|member|employee|customer|guest|kid|store|shop|"
    r"branch|location|site|office|countr|cit|stor|person|people|child|children|staff)"
    r"(?:s|es|ies|y)?"
)


def _strong_meta(text: str) -> bool:
    # "Our boss, Nia, opens the doors": the boss named is in the picture ("our boss wants…" is
    # talk about the video, below; "our brand, Oatly," and "my editor, Sam," stay so)
    text = re.sub(
        r"^(?:[Oo]ur|[Mm]y)\s+boss,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?=[a-z]+s\b)",
        "someone ",
        text,
    )
    # A time of day is in the picture ("unlocking the doors at 7am"), not about the video.
    lowered = re.sub(
        r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\([^)]*\)|\b[a-z][a-z0-9]*-\d+\b",
        " ",
        text.lower(),
    )  # "at 7am", "DOT (70s, curlers)": in the picture, not about the video
    lowered = re.sub(r'"[^"]*"', " ", lowered)  # quoted words are on screen: "7h-13h"
    # "Day 3 the zoo", "Shot 4 the van": the number says where the picture falls
    lowered = NUMBERED_PICTURE.sub(" ", lowered)
    # ("most important tree of us": ours, in a writer's second language)
    lowered = re.sub(
        r"\b(?<!three )(?<!two )(?<!four )(?<!both )(?<!all )of us\b", " ours ", lowered
    )
    # "the old juniper, it is 120 years old", "Peggy aged 6": how old a thing or a person is
    lowered = re.sub(r"\b\d{1,3}\s+years?\s+old\b|\baged\s+\d{1,3}\b", " old ", lowered)
    # "Then Tom says hello to the camera": a greeting said in the picture
    lowered = re.sub(
        r"\b(?:says|saying|said|shouts|shouting|waves|waving)\s+(?:hello|hi|hey|hiya|bye|"
        r"goodbye|cheers|thanks|thank you)\b",
        " speaks ",
        lowered,
    )
    lowered = without_process_times(lowered)  # "in the oven for 20 minutes": the bread's time
    # "into treble 20", "table 4", "platform 9", "bus 38": a number that names a thing in view
    lowered = re.sub(
        r"\b(?:treble|double|bull|table|room|platform|number|no\.?|gate|bay|pitch|court|lane|hole|"
        r"track|bus|route|aisle|stand|row|seat|block|unit|door|flat|floor|level|junction|exit|pier|"
        r"berth|dock|studio|ward|engine|car|locomotive|loco|shirt|bib|squad)\s+#?\d{1,4}\b",
        " thing ",
        lowered,
    )
    lowered = re.sub(r"\b(?:19|20)?\d0s\b", " ", lowered)  # "a full 70s disco outfit": an era
    # "est. 1892 painted on the wall", "since 1974": a year the picture shows or says
    lowered = re.sub(
        r"\b(?:est\.?|established|estd\.?|since|founded(?: in)?)\s+\d{4}\b", " ", lowered
    )
    # "30-odd tractors", "a 200-strong crowd": about so many things, in the picture
    lowered = re.sub(r"\b(\d{1,4})-(?:odd|plus|ish|strong)\b", r"\1", lowered)
    # "Blend 4 plum tomatoes", "2 cups of rice": how many things are in the picture
    lowered = re.sub(
        r"\b\d{1,2}\s+(?:[a-z-]+\s+){0,2}?(?!"
        + _VIDEO_COUNTED
        + r"\b)(?:[a-z-]+s\b|(?<=1 )[a-z-]+)",
        " things ",
        lowered,
    )
    # "Westfield 3 - 2 Harrow": a match's score, on screen
    lowered = re.sub(
        r"\b[a-z]{3,} \d{1,2}\s*[-–]\s*\d{1,2} (?!s\b|secs?\b|seconds?\b|mins?\b|minutes?\b)[a-z]{3,}",
        " ",
        lowered,
    )
    # "a tractor pulling a trailer", "the horse trailer": a trailer on the road, not a film's
    lowered = re.sub(
        r"\b(?:pull\w*|tow\w*|hitch\w*|horse|tractor|camper|car|truck|boat)\s+(?:an?\s+|the\s+)?"
        r"trailers?\b",
        " vehicle ",
        lowered,
    )
    # "my bench with pliers", "our skipper, Harriet": things and people in the picture
    lowered = re.sub(
        r"\b(?:our|my|your)\s+(?!client|brand(?! name)|team|budget|company|business|website|site|channel|"
        r"page|account|audience|customers|followers|boss|agency|campaign|deadline|video|film|"
        r"ad|promo|spot|clip|reel|edit|idea|plan|brief|launch|socials|feed|story|stories)[a-z][\w'-]*",
        " ",  # (the whole word: "our PI" left "i", read as the writer)
        lowered,
    )
    lowered = _A_SQUARE_PLACE.sub(r"\g<before>plaza", lowered)  # "crosses the square": a place
    # "flies past on the steep banking, 50-odd kph": a speed in the picture, no number about it
    speed = re.search(
        r"\b\d+(?:[.,]\d+)?(?:-odd|-ish|\+)?\s*(?:kph|mph|km/h|kmh|knots)(?!\w)", lowered
    )
    if (
        speed
        and not re.search(r"\b[a-z]+:\s", lowered)  # ("Weather: dry, wind 15 mph": a sheet's field)
        and len(lowered[: speed.start()].split()) >= 5  # a picture said before it
    ):
        lowered = lowered[: speed.start()] + lowered[speed.end() :]
    # "walks towards us", "looks straight at us": the camera, where the viewer stands
    lowered = re.sub(
        r"\b(?:walks?|walking|runs?|running|comes?|coming|heads?|heading|moves?|moving|drives?|"
        r"driving|rides?|riding|cross(?:es|ing)?|swims?|swimming|looks?|looking|stares?|staring|"
        r"smiles?|smiling|waves?|waving|steps?|stepping)(?:\s+[\w'-]+){0,4}?\s+"
        r"(?:towards?|at|past)\s+us\b",
        " moving to camera ",
        lowered,
    )
    return bool(
        re.search(
            r"\d|\b(?:i|we|our|my|me|us|you|your|budget|tier|thanks|hello|hi|hey|tiktok|"
            r"youtube|instagram|reels?|linkedin|vertical|horizontal|square)\b",
            lowered,
        )
        or has_any(lowered, _SURE_FORMATS)
    )


_SOUND = re.compile(
    # "the score across the bottom: Westfield 3 - 2 Harrow" is the match's score, on screen
    r"\b(?:music|song(?!\s+(?:title|name))|soundtrack|(?<!final )(?<!match )score(?!\s+(?:across|on|at|along|in the "
    r"corner|line|board|bug|\d))|audio|sound design|sfx|voice-?over|narration|melody|"
    r"jingle|playlist|beat drops?)\b",
    re.IGNORECASE,
)
_PROHIBITION = re.compile(
    r"(?:^|[-:;,]\s*)(?:but\s+)?(?:no|never|don't show|do not show|avoid)\s+(?:faces|close-ups?|"
    r"logos?|text|people|music|branding|kids|children|brand names?|blood|gore|nudity)\b",
    re.IGNORECASE,
)
_WE_SAY = re.compile(
    r"^(?:(?:so|ok|okay|well|hiya|hi|hey|and)[\s,]+)*(?:we(?:'re| are| have|'ve| will|'ll)?|i(?:'m| am| have|'ve)?|our team|my team)\s+"
    r"(?!see\b|watch\b|hear\b|follow\b|meet\b|find\b|open\b|cut\b|fade\b)",
    re.IGNORECASE,
)
# "I lift the card and blow on it gently": the writer in the picture, doing something with a
# thing (not "I run a bakery", "we open at 8", "I love it")
_ME_DOING = re.compile(
    r"^(?:(?:and|then|last|lastly|finally)\s+)*me\s+(?P<verb>[a-z]{3,}ing)\b", re.I
)
_ME_THINKING = frozenset(
    {"thinking", "wondering", "hoping", "wanting", "guessing", "asking", "emailing", "writing",
     "typing", "saying", "needing", "trying", "planning", "being"}
)  # fmt: skip
_I_ACT = re.compile(
    # ("Last I am pouring water from the watering can": the writer in the last picture)
    r"^(?:(?:last|lastly|finally|then|and)\s+)?(?:i|we)(?:\s+am|\s+are|'m|'re)?\s+"
    r"(?P<verb>[a-z]+)\s+(?:the|my|our|a|an|it|them|his|her|up|down|out|over|off|water|"
    r"into|onto|through|across)\b(?!\s+(?:small|little|family|local|shop|business|bakery|"
    r"caf[eé]|studio|company|restaurant|doors?\b))",
    re.IGNORECASE,
)


# "The name is just an example, Eleanor isn't a real client!": what the words on screen stand for
_PLACEHOLDER = re.compile(
    r"\b(?:is|are)\s+(?:just\s+|only\s+)?(?:an?\s+)?(?:example|placeholder|dummy|stand-?in)s?\b"
    r"|\b(?:is|are)n'?t\s+(?:an?\s+)?real\s+(?:client|customer|name|person|people|company|brand)s?\b",
    re.IGNORECASE,
)
# "Typing up the napkin from lunch with the client", "Pasting our live blog from Saturday",
# "Writing this on the train": the writer at work on the message, before what it says
_WRITER_AT_WORK = re.compile(
    r"^(?:(?:just|so|ok|okay)[\s,]+)?(?:typing|writing|pasting|copying|forwarding|sending|jotting|"
    r"scribbling)\s+(?:(?:up|down|out|over|in)\s+)?(?:this|the|my|our|here|a|an|some)\b",
    re.IGNORECASE,
)
# "The price, weight and range are in the release text - do not put them on screen."
_KEPT_OFF_SCREEN = re.compile(
    r"\b(?:do not|don'?t|never|please don'?t)\s+(?:put|show|include|use|mention)\s+(?:them|it|this|"
    r"these|that|those|any of (?:that|this|them|those))\s+(?:on[- ]screen|in (?:the )?(?:video|film|shots?))\b",
    re.IGNORECASE,
)


def writer_in_shot(text: str) -> bool:
    """ "Me solving it super fast", "Last I am pouring water…": the writer, on screen."""
    me = _ME_DOING.match(text)
    if me is not None:
        return me["verb"].lower() not in _ME_THINKING  # "Me solving it super fast": in shot
    m = _I_ACT.match(text)
    if m is None:
        return False
    verb = m["verb"].lower()
    return verb in HUMAN_MOTION_VERBS and verb not in _TRADE_VERBS


# What a business does, said of itself ("We serve the best brunch in town", "I run the
# bakery"): about the writer, not the writer in a picture
_TRADE_VERBS = frozenset(
    {
        "run",
        "runs",
        "serve",
        "serves",
        "sell",
        "sells",
        "offer",
        "offers",
        "open",
        "opens",
        "supply",
        "supplies",
        "deliver",
        "delivers",
        "stock",
        "stocks",
        "make",
        "makes",
        "bake",
        "bakes",
        "brew",
        "brews",
        "cater",
        "caters",
        "host",
        "hosts",
        "teach",
        "teaches",
        "build",
        "builds",
        "grow",
        "grows",
    }
)


# "Sarah felt strongly that we shouldn't show needles": talk among the team.
_THEY_SAID = re.compile(
    r"^(?!(?:One|Two|He|She|They|It|The|A|An|Someone|Everyone)\b)(?:[A-Z][\w'-]+|the client|"
    r"our client|legal|the team)\s+(?:felt|thinks|thought|suggested|suggests|mentioned|prefers|"
    r"preferred|agreed|noted|feels strongly)\b"
)
# "The vicar says hello.", "Mum sends her love": a greeting passed on, at the end of a message
# (someone of the writer's, or everyone, and nothing after the greeting: "Lastly Maya says thank
# you and waves" and "Then Grandad says cheers" are pictures; so is "The parrot says hello")
_SENDS_REGARDS = re.compile(
    r"^(?:and\s+)?(?:(?:the|my|our)\s+[\w'-]+|everyone|everybody|all of us|the whole [\w'-]+)\s+"
    r"(?:says|said|sends|send)\s+(?:hello|hi|hiya|hey|thanks|thank you|cheers|good luck|"
    r"(?:her|his|their|our)\s+(?:love|regards|best))(?:\s+to\s+[\w'-]+(?:\s+[\w'-]+)?)?[.!]*$",
    re.IGNORECASE,
)
# "She wants it shorter", "the client would like it brighter": the film, as someone wants it
# "It'll go on Instagram and the screen in the window": where the video plays ("It'll go in
# the oven for 20 minutes" is a step of a recipe: no screen or platform)
_PLAYS_ON = re.compile(
    r"^(?:and\s+)?(?:it'?ll|it will|it'?s going to|it'?s gonna|this will|this'?ll|they'?ll)\s+"
    r"(?:go|be|play|run|show|live)\s+(?:up\s+)?(?:on|in)\b(?=[^.!?]*\b(?:insta(?:gram)?|"
    r"tiktok|youtube|facebook|fb|website|screens?|tv|telly|socials|reels|stories|feed|channel|"
    r"display|projector|linkedin)\b)",
    re.IGNORECASE,
)
_WANTS_IT = re.compile(
    r"^(?:he|she|they|the client|(?:my|our|the) boss)\s+(?:wants|would like|'d like|"
    r"prefers|needs)\s+it\s+(?:a\s+(?:bit|lot|little)\s+|much\s+)?(?:shorter|longer|punchier|"
    r"snappier|tighter|slicker|faster-paced)\b[^.!?]*[.!]?$",
    re.IGNORECASE,
)
_EVERY_LABEL = re.compile(
    r"^(?:each|every)\s+[\w-]+\s+(?:needs|has|gets|should have|must have|wants)\s+(?:its|a|their|"
    r"the)\s+(?:own\s+)?(?:label|title|caption|name|number|heading)\b",
    re.IGNORECASE,
)
_A_CARD_EACH = re.compile(
    r"(?:^|\b)(?:one\s+\w+\s+)?at a time,?\s+(?:with|and)\s+(?:its|their)\s+(?:name|title|price|label)s?\b",
    re.IGNORECASE,
)
_WHOLE_CAMERA = re.compile(
    r"^(?:all|everything|every shot|the whole (?:thing|film|video|piece))\s+(?:shot\s+)?(?:on\s+)?"
    r"(?:a\s+)?(?:handheld|hand-held|locked[- ]off|static|on a tripod|tripod|steadicam|gimbal)\b"
    r"[^.!?]*[.!]?$",
    re.IGNORECASE,
)
# "Hi all, Graham here, club secretary at …": who writes, introduced mid-greeting
_HERE_INTRO = re.compile(r"(?:^|[,!.]\s*)[A-Z][\w'-]+\s+here\s*,\s*(?:the\s+|our\s+)?[a-z]")
# "My nan … died last month at 88 and the funeral is on the 14th", "The celebrant says we can
# play a short film …", "My mum asked me to sort it": the story around the film, not in it
_BACKSTORY = re.compile(
    r"\b(?:died|passed away|passed on|was born|retired)\b[^.!?]{0,40}?\b(?:last (?:week|month|"
    r"year)|ago|in (?:19|20)\d\d|at \d{2,3})\b"
    r"|\b(?:says|said|reckons|thinks|told (?:us|me))\s+(?:that\s+)?(?:we|i|you)\s+(?:can|could|"
    r"should|must|need to|have to|'ll)\s+(?:play|show|use|film|put|have|make|shoot|post|run|"
    r"screen)\b"
    r"|^(?:my|our)\s+[\w-]+\s+(?:asked|told|wants|wanted|needs|needed)\s+(?:me|us)\s+to\b"
    r"|\b(?:funeral|wedding|service|ceremony|memorial|launch|open day)\s+is\s+(?:on|next)\b"
    # "Same shape as the screen, which is widescreen", "The shape wide like television please":
    # the frame, said by what it plays on
    r"|^(?:the\s+)?same\s+(?:shape|size|format|ratio)\s+as\b"
    r"|^(?:the\s+)?(?:shape|format|frame|ratio)\s+(?:is\s+|should be\s+)?(?:widescreen|wide|tall|square|"
    r"vertical|horizontal|landscape|portrait)\b",
    re.IGNORECASE,
)
_SIGNS_IN_HERE = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|morning|evening|afternoon|good (?:morning|afternoon|evening))\b"
    r"[\s,!–—-]*)?[^.!?]{2,80}\bhere\b(?:\s*\([^)]{1,40}\))?(?:[.!]*$|\s*,)",
    re.IGNORECASE,
)
_LOOK_NOUN_END = re.compile(
    r"^[\w\s,'&-]{1,40}\b(?:feel|vibe|vibes|look|style|aesthetic|energy|mood|tone)\W*$", re.I
)


_LOOK_REFERENCE = re.compile(
    r"^(?:(?:shot|filmed)\s+)?(?:like|as in|in the style of|inspired by|reminiscent of|think|"
    r"a la|à la|on)\s+\S",
    re.IGNORECASE,
)
_LIGHT_PHRASE = re.compile(r"^(?:[\w-]+\s+){0,2}(?:light|lighting|sky|skies|weather)$", re.I)
# "gentle sound of water", "ambient audio": what is heard, said beside the look.
_SOUND_PHRASE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:sounds?|audio|ambience|silence)(?:\s+of\s+(?:[\w-]+\s*){1,3})?$", re.I
)


def is_look(text: str) -> bool:
    """A sentence that only says how the film looks or sounds: "Moody, blue-grey palette, with
    ambient sound.", "Muted palette, overcast light, like a Dutch painting." Colours count as
    look words only next to a look noun or a mood word, so "A red balloon." stays a picture."""
    parts = split_top_level(text.strip().rstrip(".!"), ",")
    if len(parts) > 1:
        looks = [p for p in parts if _look_words(p)]
        others = [p for p in parts if not _look_words(p)]
        return bool(looks) and all(
            # "Realistic, sodium-orange night light, rain.": the weather of the whole film
            re.fullmatch(
                r"\s*(?:and\s+)?(?:rain|drizzle|snow|fog|mist|wind|haze|smoke)\s*", p, re.I
            )
            or _LOOK_REFERENCE.match(p)
            or _LIGHT_PHRASE.match(p.strip())
            or _SOUND_PHRASE.match(p.strip())
            for p in others
        )
    return _look_words(text)


_LIGHT_CONTRAST = re.compile(
    r"^(?P<look>(?:[\w-]+\s+){0,3})(?:light|glow|tones?|colou?rs?|hues?)\s+(?:against|versus|vs\.?)"
    r"\s+(?P<other>.+)$",
    re.IGNORECASE,
)


def _look_words(text: str) -> bool:
    # ("limited palette (teal / mustard / brick red)": the palette's colours, named in brackets)
    text = re.sub(r"(?i)\b(palettes?|colou?rs|tones)\s*\([^()]*\)", r"\1", text)
    # ("flat gouache look": flat as a style is; "a flat white" is a coffee)
    text = re.sub(
        r"(?i)\bflat\s+(?=gouache|colou?rs?|shading|design|vector|illustration|2d|look)", "", text
    )
    contrast = _LIGHT_CONTRAST.match(text.strip().rstrip(".!"))
    if contrast and all(
        w in LOOK_ONLY_WORDS or w in COLOUR_WORDS for w in _words(contrast["look"])
    ):
        return True  # "Warm amber light against the blue storm outside."
    words = [w for w in _words(LOOK_SUFFIX.sub("", text)) if len(w) > 1]
    if not words or has_finite_verb(text):
        return False
    looks = [w for w in words if w in LOOK_ONLY_WORDS or w in _META_VOCAB]
    colours = [w for w in words if w in COLOUR_WORDS or w.endswith("ish")]
    if len(looks) + len(colours) < len(words):
        return False
    return any(w in LOOK_ONLY_WORDS for w in words)


# "Warm, cozy, golden light.", "Fast cuts, punchy, bright.": how it feels and is cut
_MOOD_WORDS = word_set(
    "cozy cosy punchy snappy fast quick quicker cuts cut cutting pacing paced pace airy fresh crisp "
    "glowy glowing hazy golden grainy grain film filmic feel vibe vibes energy energetic intimate "
    "observational quiet gentle warm warmer bright brighter light natural documentary upbeat "
    "cheerful playful moody dark cinematic slick polished raw honest authentic lively dreamy "
    "nostalgic retro vintage elegant luxurious premium clean minimal bold soft tones tone colours "
    "colors palette shallow depth handheld steady smooth very super really a bit little lots "
    # newcomer 7: "Earthy, warm tones, slow and confident.", "Gritty, handheld, cold blue light"
    "earthy slow slower confident calm assured gritty cold cool blue icy muted rich deep "
    # set AA: "Grim, observational." above a documentary's shot list
    "grim bleak sombre somber stark tense eerie haunting melancholic melancholy hopeful "
    "uplifting joyful serious sober understated restrained atmospheric unsentimental "
    # set AE: "bright and colourful!!" closing a party entertainer's reel
    "colourful colorful vibrant fun happy sunny cosy"
    # set AI: "Plain and friendly please, real people, no cartoon characters"
    " plain friendly simple welcoming"
)
# "Ambiente tranquilo y luminoso.", "Ambiance douce et lumineuse.", "Stimmung: ruhig und hell.":
# a brief in another language says its look with a look noun first
# (never "Tom"/"ton", English too; the words after the noun are few, none a digit)
_FOREIGN_LOOK = re.compile(
    r"^(?:ambiente|atmósfera|estilo|tono|ambiance|atmosphère|stimmung|atmosphäre|stil|"
    r"atmosfera|stile|clima)\b:?\s+[^\W\d_]+(?:[,\s]+[^\W\d_]+){0,5}[.!]*$",
    re.IGNORECASE,
)


# "Day 3 the zoo", "Shot 4 the van": a picture numbered where it falls (never "Step 1 is to …")
NUMBERED_PICTURE = re.compile(
    r"^\s*(?:day|shot|scene|part|stop|step|stage|round|chapter|leg|hole)\s+\d{1,2}\b[:.,-]?"
    r"(?=\s*(?:the|a|an|our|my|his|her|their)\b)",
    re.IGNORECASE,
)
# "fast cuts", "bold text", "lots of pink", "upbeat music": how the film is cut, lettered,
# coloured or scored, said as one item among its pictures ("an ad for our gym, upbeat music,
# fast cuts, bold text")
_EDIT_NOUNS = word_set(
    "cuts edit editing transitions text titles captions subtitles font fonts lettering graphics "
    "music soundtrack tones colours colors palette grade grading pace pacing feel vibe vibes"
)
_NOTE_GLUE = word_set("and with of too nothing something lots loads plenty no")


def _edit_note(text: str) -> bool:
    words = _words(text.strip().rstrip(".!"))
    if re.search(r"\b(?:fresh|clean|sharp|new|skin|buzz|crew)\s+cuts?\b", text, re.I):
        return False  # "my barbershop, fresh cuts, hot towels": haircuts
    return (
        1 < len(words) <= 5
        and all(
            w in _MOOD_WORDS
            or w in _EDIT_NOUNS
            or w in _NOTE_GLUE
            or w in COLOUR_WORDS
            or w in LOOK_ONLY_WORDS
            for w in words
        )
        and any(w in _EDIT_NOUNS or w in _MOOD_WORDS for w in words)
    )


def is_palette(text: str) -> bool:
    """ "black and grey", listed among a tattoo studio's pictures: its palette (inside a picture,
    "the glasses going orange, green and purple" are the picture's colours)."""
    words = _words(text.strip().rstrip(".!"))
    return sum(w in COLOUR_WORDS for w in words) >= 2 and all(
        w in COLOUR_WORDS or w in _NOTE_GLUE or w in _MOOD_WORDS for w in words
    )


# "use the window light", "using natural light": an order to the camera crew, not a picture
_USE_THE_LIGHT = re.compile(
    r"^(?:and\s+)?(?:use|using)\s+(?:the\s+|some\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:light|lighting|daylight|sunlight|music|song|track|font|colou?rs?|palette)[.!]?$",
    re.IGNORECASE,
)
# "IMPORTANT – Frank's interview runs as voice-over", "NB: no drones": a note to the reader;
# "My wife Pat will be in charge of biscuits", "real people, no actors": the crew and the casting
_NOTE_TO_READER = re.compile(
    r"^(?:important|please note)\s*[-–—:!](?![^.!?]*\bshot of\b)"
    r"|^(?:my|our|the)\s+[\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:will be|'ll be|is going to be)\s+in charge of\b"
    r"|^(?:use\s+|with\s+)?real people\b(?:,?\s*(?:not|no)\s+actors)?[.!]*$"
    # "the last video someone did for us it was all blurry": another video, not a picture
    r"|^(?:and\s+|but\s+)?(?:the|our|my)\s+(?:last|previous)\s+(?:video|ad|advert|promo)\b"
    # "Shout if anything's unclear!", "let me know if you need more": the writer, signing off
    r"|^(?:just\s+)?(?:shout|give (?:me|us) a (?:shout|call|ring|bell)|let (?:me|us) know|"
    r"ping (?:me|us)|drop (?:me|us) a line)\b[^.!?]*\b(?:if|when|with)\b",
    re.IGNORECASE,
)
# "Hi, just a quick one!", "a quick heads up": the writer's manners, before the brief
_PLEASANTRY = re.compile(
    r"^(?:(?:hi|hey|hiya|hello)\b[,!\s]*)?(?:just\s+)?(?:a\s+)?quick\s+"
    r"(?:one|heads[- ]up|question|note|thing|favou?r|ask|request)\b[.!]*$",
    re.IGNORECASE,
)
# "The ovens opening - 5s", "Bride getting ready (4 secs)": a picture said with how long it is
OWN_LENGTH = re.compile(
    r"(?:\s*[-–—:]\s*|\s*[(\[]\s*~?)(?P<secs>\d{1,3}(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*[)\]]?"
    r"[.!]?$",
    re.IGNORECASE,
)
# (what only names a length is no picture: "Total length - 30 seconds", "Intro - 5 seconds")
LENGTH_LABEL = re.compile(
    r"^(?:(?:and|but|so|or)\s+)?(?:total|overall|runtime|running time|duration|length|in total|"
    r"the whole|whole thing|intro|outro|opening|closing|ending|end|start|beginning|middle|"
    r"main bit|main part|each|every|all|shorter|longer|quicker|faster|slower|make it|keep it|"
    r"about|around|roughly|max|maximum|no more than|under|less than|up to|at most|transitions?|"
    r"pause|hold|crossfade|cross-fade|fade|dissolve|handles|margin|safe margin|buffer|leave|allow|"
    r"slow(?:[- ]?mo(?:tion)?) (?:bits?|sections?|parts?)|gap|black|silence|beat|breather|each|per)\b"
    # ("Ideal length - 20s", "Approx length: 20 secs", "Run time - 20s", "Limit - 20 seconds")
    r"|^.{0,30}?\b(?:length|duration|time|timing|runtime|run time|limit|total)\b",
    re.IGNORECASE,
)


def _mood_only(text: str) -> bool:
    text = re.sub(r"\s+(?:please|pls|plz)\s*([.!]*)$", r"\1", text.strip(), flags=re.I)
    parts = [p for p in split_top_level(text.strip().rstrip(".!"), ",") if p.strip()]
    if _FOREIGN_LOOK.match(text.strip()):
        return True
    # one part: "Bright and colourful!!", "Warm and cosy." (two mood words joined, so "Quiet."
    # alone is still read as it stands)
    joined = len(parts) == 1 and re.fullmatch(r"\s*[\w-]+\s+and\s+[\w-]+\s*", parts[0])
    if (len(parts) < 2 and not joined) or has_picture(text):
        return False
    return all(
        0 < len(_words(p)) <= 4 and all(w in _MOOD_WORDS or w in ("and", "with") for w in _words(p))
        for p in parts
    )


# Who makes the film's sound or words: "My nephew has already recorded the voiceover", "our
# daughter will write the music", "Dave's doing the captions". (A person who records or sings
# on screen is a picture: "she records a voice note", "the choir sings".)
_SOUND_SORTED = re.compile(
    r"^(?:(?:oh|and|also|so|but|ps)[,\s]+)*(?:(?:my|our|the|a)\s+)?[\w' -]{1,30}?\s+"
    r"(?:has|have|had|will|would|can|is going to|are going to|'s|is|are)\s+(?:already\s+|kindly\s+)?"
    r"(?:recorded|record|recording|done|do|doing|written|write|writing|made|make|making|composed|"
    r"compose|composing|voiced|voice|voicing|narrated|narrate|narrating|sorted|sort|sorting)\s+"
    r"(?:the|a|our|some|all the)?\s*(?:voice-?over|vo|narration|music|score|script|soundtrack|"
    r"jingle|song|track|edit|captions|subtitles)\b",
    re.IGNORECASE,
)


# "Captain Confetti 🎉 (that's me in the costume).": the writer's name for themself, said once;
# the shots that show them say "me"
_WHO_I_AM = re.compile(
    r"(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*[^\w(]*\((?i:that'?s|thats|it'?s|its|this is)\s+me\b"
    r"[^)]*\)\W*"
)


_NAMED_VIDEO = re.compile(
    r"(?:(?:our|my|the|a|an|quick|little|short)\s+)*(?:[\w&'’-]+\s+){1,4}?"
    r"(?:promo|promo video|reel|teaser|trailer|advert|ad|recap|sizzle|montage|highlights reel|"
    # (never a word that is a thing or a place too: "The penalty spot.", "Quick house tour.")
    r"video|vid|listing|showreel|commercial|intro|opener)[.!]?",
    re.IGNORECASE,
)


# (only wanting or needing one: "…, after a short walk" and "looking for a short cut" are in
# the picture, and a film, a story or a post may be too)
_BARE_ASK = re.compile(
    r"(?:and\s+)?(?:(?:we|i)\s+)?(?:want|need|would like|'d like)\s+(?:a|an|some)\s+"
    r"(?:\w+\s+)?(?:video|vid|reel|tiktok|clip|promo|ad|advert)\b[^,]*$",
    re.IGNORECASE,
)


def names_the_video(text: str) -> bool:
    """ "Choir concert promo.", "Christmas market reel": a line that only says what the video is."""
    text = text.strip()
    return (
        _NAMED_VIDEO.fullmatch(text) is not None
        and not has_finite_verb(text)
        and not re.search(r"\b(?:of|showing|with)\b|\w{3,}ing\s", text, re.I)
        # ("Lunges on the spot": a place, not a spot on air)
        and not re.search(
            r"\b(?:on|in|at|to|from|by|into|onto|over|under|off)\s+(?:the|a|an|this|that)\s+\S+$",
            text.rstrip(".!"),
            re.I,
        )
        # ("a tractor pulling a trailer" is on the road, "the hammer and the film" no video)
        and len(_words(text)) <= 5
        and not BAND_INTRO.search(text)  # ("Drum intro.": the band's, in a music video)
    )


# "Description", "Comments", "Activity": a card's or a form's own headings, alone on a line
_CARD_HEADING = re.compile(
    r"(?i:description|comments?|activity|attachments?|checklist|labels?)"
    r"\s*:?"
)
# "The unticked ones were voted down", "Ticked items are the shots the board signed off": how
# the list marks what is wanted
_ABOUT_THE_MARKS = re.compile(
    r"(?i)\b(?:un)?(?:ticked|checked|starred|crossed[- ]out|struck[- ]out)\s+"
    r"(?:ones|items|bits|shots)\b"
)


def is_meta(text: str) -> bool:
    """A sentence about the video rather than a picture in it."""
    stripped = text.strip()
    if BAND_INTRO.fullmatch(stripped.rstrip(".!")):
        return False  # "Bass intro.": the band plays it
    if (
        owned := re.fullmatch(
            r"(?:the|a|an|our|my|his|her|their)\s+(?P<thing>[\w -]+?)", stripped.rstrip(".!"), re.I
        )
    ) and (
        owned["thing"].lower() in INSTRUMENTS
        or owned["thing"].lower().split(" ", 1)[-1] in INSTRUMENTS
    ):
        return False  # "the piano", listed among a music school's pictures: seen
    if _mood_only(stripped) or _WHO_I_AM.fullmatch(stripped):
        return True
    if re.fullmatch(
        r"(?i)(?:and\s+|also\s+)?(?:nobody|no one|no-one)\s+(?:talks|speaks|says anything|is talking|"
        r"(?:should|will|needs to|has to)\s+(?:talk|speak|say anything))(?:\s+(?:in it|on camera|at all|"
        r"in the (?:film|video)))?\s*[.!]*",
        stripped,
    ):
        return True  # "Nobody talks in it.": how the film sounds, no picture of anyone
    if re.match(
        r"(?i)(?:(?:so|ok|okay|right)[,\s]+)?here(?:'s| is| are)\s+(?:my|our|the)\s+(?:list|shots?|shot list|"
        r"ideas?|plan|running order|pictures)\b",
        stripped,
    ):
        return True  # "Here's my list in two halves, …:": what follows, introduced
    if re.match(
        r"(?i)(?:he|she|they|the client|the boss)\s+(?:said|says|thinks|feels|told me)\s+(?:that\s+)?"
        r"(?:it|the (?:film|video))\s+(?:should|must|needs to|has to|ought to)\s+be\s+"
        # (what it should be is the film's shape or length, not its first picture)
        r"(?:[\"“']|(?:about\s+|around\s+)?\d|(?:in\s+)?(?:landscape|portrait|vertical|square|widescreen|"
        r"short|longer|shorter|quick|proper\s+\w+\s+shape))",
        stripped,
    ):
        return True  # 'He said it should be "proper cinema shape"': the film, as reported
    if re.match(
        r"(?i)(?:and\s+)?(?:the\s+)?same\s+(?:length|format|shape|size|music|style|look|feel|"
        r"everything)\s+as\s+(?:that|the|last|our|before)\b",
        stripped,
    ):
        return True  # "Same length as that one (20 secs) and the tall shape again": the video's
    frame = r"(?:sideways|landscape|wide|upright|up and down|tall)(?:\s+like\s+(?:the|a)\s+(?:telly|tv|television|phone|screen))?"
    if re.fullmatch(rf"(?i)(?:and\s+)?{frame}(?:[,;]?\s*(?:not|no)\s+{frame})?\s*[.!]*", stripped):
        return True  # "Sideways like the telly, not up and down like a phone": the frame
    if (
        # ("timings from the track:", four words over a timed list)
        re.fullmatch(r"[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,3}\s*:", stripped)
        and not has_picture(stripped)
        and not _FRAMING_LABEL.match(stripped)
        and not _CUE_LABELS.match(stripped)
    ):
        return True  # "Perhaps:", "Nápady:", "What we'd love:": a heading over what follows
    if re.fullmatch(
        r"(?i:(?:so|ok|okay|right|well|anyway|basically)\b,?\s*)?"
        r"(?i:(?:a|one|my|our|the)\s+)(?i:typical\s+)?(?i:day|morning|night|week|weekend|"
        r"afternoon|evening|shift|year)\s+(?i:on|at|in|with|of)\b[^.!?:]{1,60}:",
        stripped,
    ) and not has_finite_verb(stripped):
        return True  # "So, a day on the otter section:": a heading over the diary that follows
    if _CARD_HEADING.fullmatch(stripped) or _ABOUT_THE_MARKS.search(stripped):
        return True
    if re.fullmatch(
        r"(?i)(?:(?:and|so|oh|um+|uh+|er+|erm)[,\s]+)*(?:(?:the\s+)?(?:wide|landscape|"
        r"portrait|phone|telly|tv|vertical|horizontal)\s+(?:one|way|ways|shape|format)[,\s]*"
        r"(?:not\s+)?)*(?:the\s+)?(?:landscape|portrait|phone|telly|tv|vertical|horizontal)\s+"
        r"(?:way|ways|shape|format)[,\s]*(?:(?:not\s+)?(?:the\s+)?\w+\s+(?:one|way|ways)[,\s]*)*[.!]*",
        stripped,
    ):
        return True  # "the wide one, the landscape way, not the phone way": the frame
    if re.match(
        r"(?i)(?:people|viewers|everyone|nobody|no one)\s+(?:just|only|never|always|don'?t|won'?t|"
        r"tend to)\s+(?:scroll|watch|swipe|skip|care|read|look)\b",
        stripped,
    ):
        return True  # "make it 20, people just scroll": why, about the audience
    if re.search(
        r"(?i)\b(?:number|no\.?|#|item)\s*\d{1,2}\s+(?:has|have|needs?|must)\s+(?:to\s+)?be\s+in\b|"
        r"^it'?s\s+the\s+one\s+(?:[\w']+\s+){0,2}(?:wants|likes|loves|asked\s+for)\b",
        stripped,
    ):
        return True  # "but number 8 HAS to be in", "it's the one Dad wants": the writer's pick
    if re.fullmatch(
        r"(?i:both|team|guys|folks|all of you|you two|y'all|lads|ladies|"
        r"yes|yep|yeah|yup|ok|okay|sure|great|perfect|love it|good shout|nice|cool|done)"
        r"[,!.]*",
        stripped,
    ):
        return True  # "Hi both,": who the message is to, its "Hi" read off as a greeting
    if re.match(
        r"[A-Z][\w'-]+\s+said\s+(?:it|that)\s+(?:would|will|'d|might|could)\b", stripped
    ) and not re.search(r"(?i),\s*so\b|\b(?:logo|card|end on|title|name)\b", stripped):
        return True  # "Rita said it would set her off": why, not a picture
    if re.match(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+here\s+from\s+[A-Z]", stripped):
        return True  # "Dot here from The Ribbon & Platen (typewriter repairs…)": who writes
    if _SOUND_SORTED.match(stripped):
        return True  # "My nephew has already recorded the voiceover": the sound, no picture
    # "…on screen!! and no title card, we'll put the name in the caption": a rule said after
    # another, its "and" in front
    bare = re.sub(
        # (never "And no one notices the cat…", a picture)
        r"^(?:(?:and|also|plus|oh and|but)\s+)+(?=(?:no|never)\b)(?!no[ -]one\b|nobody\b)",
        "",
        stripped,
        flags=re.I,
    )
    if (
        _DIRECTIVE_START.match(bare)
        or is_talk(stripped)
        or _paperwork(stripped)
        or (_WHO_WE_ARE.match(stripped) and len(_words(stripped)) <= 16)
    ):
        return True
    if re.match(
        r"^(?:landscape|portrait|vertical|horizontal|square|widescreen)(?:\s+(?:is|format|mode|"
        r"video|please))?(?:\s+(?:is\s+)?(?:fine|ok|okay|good|great|better|best))?[.!]?$",
        stripped,
        re.I,
    ):
        return True  # "Landscape is fine."
    if re.match(
        r"^(?:(?:and|also|in|with)\s+)*(?:the\s+|a\s+)?(?:(?:normal|usual|standard|regular|"
        r"ordinary|same|tall|wide|proper)\s+)*(?:landscape|portrait|vertical|horizontal|square|"
        r"widescreen|wide-?screen|cinema|phone|tv|telly)\s+(?:shape|format|ratio|frame|way up)"
        r"(?:\s+(?:please|pls|thanks|again|is fine))?[.!]?$",
        stripped,
        re.I,
    ):
        return True  # "and the normal widescreen shape", "the tall phone shape"
    if re.match(
        r"^(?:(?:so|ok|okay|actually|but|then)[,\s]+)*(?:let'?s\s+|we'?ll\s+|i'?ll\s+)?(?:go with|do|"
        r"say|make it|stick with|pick)\s+(?:the\s+)?(?:landscape|portrait|vertical|horizontal|"
        r"square|widescreen|16:9|9:16|1:1|4:5)\b"
        # ("Let's do landscape shots of the Peak District" is pictures of it)
        r"(?=\s*(?:[,.;:!)]|$)|\s+(?:format|shape|frame|please|pls|for|then|instead|ratio|one|"
        r"way)\b)",
        stripped,
        re.I,
    ):
        return True  # "go with square, most people will see it on their phones"
    if re.match(
        r"^(?:captions?|subtitles?|subs|on-?screen text|text on screen|titles|supers|text)\s*:\s*"
        r"(?:none|no|nope|not needed|n/?a|nothing|no thanks|-)\b",
        stripped,
        re.I,
    ):
        return True  # "Captions: none, we add our own in the app"
    if re.match(
        r"^(?:landscape|portrait|vertical|horizontal|square|widescreen)\s+(?:please\s+|pls\s+)?,?\s*"
        r"(?:not|rather than|instead of|no)\s+(?:the\s+|a\s+)?(?:phone|tall|upright|vertical|"
        r"portrait|landscape|square|wide|sideways|mobile)(?:\s+(?:way up|way round|shape|format|"
        r"one|way))?[.!]?$",
        stripped,
        re.I,
    ):
        return True  # "Landscape please not the phone way up"
    if re.match(
        r"^(?i:the|our)\s+[\w'-]+\s+(?:is|are)\s+(?:our|the|in our|in the)\s+(?:new\s+)?"
        r"(?:\"[^\"]+\"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?:pattern|design|print|range|colou?rway|"
        r"edition|line|collection|flavou?r|model|style|blend|scent|shade)\b",
        stripped,
    ):
        return True  # "The socks are our 'Pickle Party' pattern (green with little pickles on)"
    if re.fullmatch(
        r"(?i)(?:(?:our|a|the|this|for (?:our|the))\s+)?(?:brand\s+)?new\s+[\w'-]+(?:\s+[\w'-]+)?\s+"
        r"(?:drop|launch|release|collection|range|line)[!.]*",
        stripped,
    ):
        return True  # "New mug drop!": what the video is for, a product released
    if re.match(
        r"^(?:(?:oh|and|also|so|but|ps)[,\s]+)*(?:landscape|portrait|vertical|horizontal|square|"
        r"widescreen)\s*,?\s+(?:not|rather than|instead of|over)\s+(?:landscape|portrait|vertical|"
        r"horizontal|square|widescreen)(?:\s+(?:please|pls|thanks))?[.!]*$",
        stripped,
        re.I,
    ):
        return True  # "oh and landscape not portrait."
    if re.match(
        r"^(?:querformat|hochformat|quadratisch|format\s+(?:paysage|portrait|carré)|"
        r"formato\s+(?:horizontal|vertical|cuadrado))\s*,?\s*(?:bitte|merci|s'il vous plaît|"
        r"por favor)?[.!]*$",
        stripped,
        re.I,
    ):
        return True  # "Querformat, bitte.": the frame, in the brief's own language
    if re.match(r"^(?:16:9|9:16|1:1|4:5|4:3|21:9)\b", stripped) and not has_finite_verb(stripped):
        return True  # "1:1 square for the website shop page": the format, no picture
    if re.match(
        r"^(?:landscape|portrait|vertical|horizontal|square|widescreen|wide-?screen)\b[^.]*?\bfor\b",
        stripped,
        re.I,
    ) and not has_finite_verb(stripped):
        return True  # "Widescreen, for the foyer screens and YouTube": where it plays
    if re.search(
        r"\s-\s[^-]*\b(?:trailer|teaser|spot|promo|commercial|campaign|launch film|brand film|"
        r"(?:social|summer|winter|launch|brand|hero|master|teaser|product|promo|tiktok|reels?) "
        r"(?:cut|edit|cutdown|video|film|reel|ad|version)|"
        r"(?:outreach|marketing|comms|communications|social|content) team|office|department)\.?$",
        stripped,
        re.I,
    ) and not has_finite_verb(stripped):
        return True  # "The Lantern Players - 2025/26 season trailer": who asks, for what
    if _PROHIBITION.search(stripped) and not has_finite_verb(re.split(r"\s+-\s+", stripped)[-1]):
        return True  # "Dignity matters - no faces of the families in close-up."
    if (
        has_any(stripped, _SURE_FORMATS)
        and re.search(
            r"\b\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b|\b(?:16:9|9:16|1:1|4:5)\b",
            stripped,
        )
        and not has_finite_verb(stripped)
    ):
        return True  # "Harbour Lights Food Bank winter appeal, 60 seconds, 16:9 for YouTube"
    if (
        stripped.count(" - ") >= 2
        and not has_finite_verb(stripped)
        and re.search(r"\d+\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\b", stripped, re.I)
    ):
        return True  # "The Pale Hours - live at Room 4 - 45 seconds": a title line
    if re.match(
        r"^[\w\s&'-]{0,30}\b(?:edit|video|film|promo|spot|ad|reel|clip|teaser|trailer|recap|"
        r"sizzle|montage)\s+for\s+(?:the\s+)?[A-Z]",
        stripped,
    ) and not has_finite_verb(stripped):
        return True  # "MTB edit for Ridgeback Trails.": what the video is and for whom
    if names_the_video(stripped):
        return True  # "Choir concert promo.", "Christmas market reel": what the video is
    if " / " in stripped and not has_finite_verb(stripped) and has_any(stripped, _SURE_FORMATS):
        return True  # 'VOLTRA E-BIKES / "Quiet Hours" / 30s treatment': the document's header
    if (END_CUES.match(stripped) or _AT_THE_END.search(stripped)) and has_any(
        stripped, TYPOGRAPHY_WORDS
    ):
        return False  # "end w our name Pawfect Cuts", "put the phone number at the end": a card
    if (
        is_look(stripped)
        or _SOUND_NOTE.match(stripped)
        or re.search(r'"(?:movie|film|video|trailer|ad|short)"', stripped, re.I)
        or _ASKS_FOR_VIDEO.search(stripped)
        or _ASKS_ABROAD.search(stripped)
        or _WE_ARE_ABROAD.match(stripped)
        or _INTRODUCTION.match(stripped)
        or _CAST_NOTE.match(stripped.rstrip(".!"))
        or _FOR_WHOM.match(stripped)
        or _WHOLE_FILM.match(stripped)
        or _edit_note(stripped)
        or _USE_THE_LIGHT.match(stripped)
        or _PLEASANTRY.match(stripped)
        or _NOTE_TO_READER.search(stripped)
        # (never inside its brackets: "Our coach Dee blows the whistle (retired 2 years ago, …)")
        or _BACKSTORY.search(re.sub(r"\([^)]*\)", " ", stripped))
    ):
        return True
    parts = split_top_level(stripped.rstrip(".!"), ",")
    if (
        len(parts) > 1
        and _BARE_ASK.match(parts[-1].strip())
        and not any(has_finite_verb(p) for p in parts[:-1])
    ):
        return True  # "hand car wash on the retail park, want a reel": who asks, and for what
    if len(parts) > 1 and all(is_meta(p) for p in parts):
        return True  # "30 seconds, 16:9, for a climbing gym's YouTube channel."
    if (
        _LOOK_NOUN_END.match(stripped)
        and len(_words(stripped)) <= 5
        and not has_finite_verb(stripped)
    ):
        return True  # "Time-lapse feel.", "Bold 90s look."
    heard = re.sub(r"\([^)]*\)", " ", stripped)  # "(we want its song clear)": an aside
    sound = _SOUND.search(heard if content_words(heard) else stripped)
    if (
        sound
        and not has_any(stripped, _VISIBLE_NOUNS)
        # "Jess stops at a crossing, lost in the music": someone acts before the sound is named
        and (sound.start() < 25 or not has_finite_verb(stripped))
    ):
        return True  # "Sad piano music.", "Voiceover: …" is heard, not seen
    if (
        (_WE_SAY.match(stripped) and not writer_in_shot(stripped))
        or _KEPT_OFF_SCREEN.search(stripped)
        or _WRITER_AT_WORK.match(stripped)
        or _PLACEHOLDER.search(stripped)
        or _THEY_SAID.match(stripped)
        or (_SENDS_REGARDS.match(stripped) and not has_any(stripped, ANIMAL_NOUNS))
        or _WANTS_IT.match(stripped)
        or _PLAYS_ON.match(stripped)
    ):
        return True  # "We're launching Glow, a vitamin C serum." is about the production
    if _EVERY_LABEL.match(stripped) or _A_CARD_EACH.match(stripped):
        # "Each exercise needs its name on screen", "one dish at a time with its name and price
        # on screen": words on every shot (directives read them)
        return True
    if _WHOLE_CAMERA.match(stripped):
        return True  # "All handheld, nervous.": the camera of every shot (directives read it)
    if (
        _SIGNS_IN_HERE.match(stripped)
        and not has_finite_verb(stripped)
        and re.search(r"\b[A-Z][a-z]", stripped[1:])
    ):
        return True  # "Evening – Tower Captain at St Wilfrid's, Kirkby Malzeard here.": who writes
    if _ABOUT_US.match(stripped) or _HERE_INTRO.search(stripped):
        return True  # "Most of our customers find us on Instagram", "Founder here (Jess)"
    if not content_words(stripped) and not re.search(r'"[^"]+"', stripped):
        return True
    if (
        len(parts) > 1
        and any(len(content_words(p)) >= 2 for p in parts)
        and all(
            not content_words(p) or not (_strong_meta(p) or has_finite_verb(p) or is_meta(p))
            for p in parts
        )
    ):
        # "Race day at the kart track, karts lined up on the grid, 20 secs": a picture and its
        # length, though no word of it is one the lists know
        return False
    own = OWN_LENGTH.search(stripped)
    picture = stripped[: own.start()].strip() if own else ""
    if (
        content_words(picture)
        and not LENGTH_LABEL.match(picture)
        and not _strong_meta(picture)
        and not is_meta(picture)
    ):
        return False  # "The ovens opening - 5s", "First dance - 6 secs": a picture, its length
    return _strong_meta(stripped) and not has_picture(stripped)
