"""What a shot needs an engine to be good at, read from its words: the requirement tags.

Each tag has its cue: a place to show (landscape, architecture — not when the shot is a close-up of a
thing in that place), bodies in motion (human_motion, only when a person or a hand is there: water
droplets "running" down a leaf are physics), liquids, cloth, hair, smoke and particles (physics),
words on screen (typography — quoted speech is dialogue, not text), the brief's product, speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.briefing.cast import acts_abroad, has_body
from agent.briefing.english import is_action_verb, is_done_verb
from agent.briefing.foreign import foreign_tags
from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    ARCHITECTURE_WORDS,
    DIALOGUE_WORDS,
    HUMAN_MOTION_VERBS,
    LANDSCAPE_WORDS,
    NOT_A_BODY,
    PERSON_NOUNS,
    PHYSICS_WORDS,
    PRODUCT_USE_WORDS,
    PRODUCT_WORDS,
    SOUND_WORDS,
    SPEECH_BEFORE_QUOTE,
    STYLIZED_WORDS,
    TYPOGRAPHY_WORDS,
    has_any,
)
from sessions.models import TAGS, CameraMove, Framing

_FIRE = re.compile(
    r"\bmatch(?:es)?\s+strik|\bstrik\w*\s+a\s+match|\bcandle|\bsmok|"
    # "flaming torches", "burning logs" (never "flaming red hair", "burning with nerves")
    r"\b(?:flaming|burning|blazing)\s+(?:[a-z]+\s+)?(?:torch|torches|brands?|logs?|wood|embers?|"
    r"coals?|buildings?|barn|boat|effigy|bonfire|tyres?|arrows?|pudding|hoops?|sambuca|shots?|"
    r"cocktails?|barrels?)\b|\b(?:on fire|alight|ablaze|in flames)\b|"
    r"\b(?:car|house|barn|building|boat|logs?|wood|candles?|bonfire|torch(?:es)?|effigy|tyres?)"
    r"\s+(?:burning|blazing)\b|"
    # "the orange parachute drifting back down" (never "drifting off to sleep")
    r"\bdrift(?:s|ing|ed)?\s+(?:back\s+)?(?:down|across|along|through|over|on the|in the|away|"
    r"from|up|past|out of|into|onto)\b|"
    r"\bflour\s+(?:everywhere|flying|cloud|dust)|\bcloud of (?:flour|dust|smoke)|"
    r"\b(?:a|the|big|huge|giant|breaking|crashing|rolling|perfect)\s+(?:[\w-]+\s+)?wave\b",
    re.I,
)
# Hair, fur, cloth or bits in the air: "her hair flying up", "sweets flying everywhere",
# "wind catching her hair", "a chalk cloud".
_IN_THE_AIR = re.compile(
    r"\b(?:wind|breeze|gust)\s+(?:\w+\s+){0,2}(?:hair|coat|dress|skirt|scarf|cape|flag|sail|"
    r"curtains?|hem|leaves)\b|\b(?:chalk|dust|flour|steam|smoke|powder|sand|spray|ash|pollen|"
    r"glitter|spice)\s+clouds?\b|\bcloud of\b|\b(?:hair|fur|dress|skirt|scarf|coat|cape|sand|snow|leaves|sweets|candy|petals|mud|dust|"
    r"paper|feathers|sparks|crumbs|flour|sugar|spray)\s+(?:\w+\s+)?(?:flying|blowing|whipping|"
    r"flowing|billowing|streaming|swirling|scattering|spraying|splashing|fluttering|rippling|"
    r"lifting|tossing|whipping|dancing|drifting|drifts|"
    r"going crazy|everywhere|flies|blows|flows|billows|swirls|scatters|flutters|ripples)\b",
    re.I,
)
_CARD_TEXT = re.compile(r"\b(?:card|caption|text|title|super|label|tagline)\s*:.*$", re.I)
# "a customer twirling in a floral dress": the cloth swings out with the body
_CLOTH_IN_MOTION = re.compile(
    r"\b(?:twirl|spin|swirl|whirl|pirouett)\w*\b[^.]{0,30}\b(?:dress|skirt|cape|gown|scarf|coat|"
    r"kilt|sari|robe)\b|\b(?:dress|skirt|cape|gown|scarf|kilt|sari|robe)\w*\s+(?:twirl|spin|swirl|"
    r"whirl|flare|swish)\w*|"
    # "the wind snapping it out straight": the wind at work on what hangs in it
    r"\b(?:wind|breeze|gust)\s+(?:snapping|whipping|billowing|flapping|tugging|catching|"
    r"lifting|tossing|ripping)\b|"
    # "her hair, loosened, lifts in a wind", "hair whipping in the wind"
    r"\bhair\b[^.;]{0,30}\b(?:lifts?|lifting|blows?|blowing|flows?|flowing|whips?|whipping|"
    r"streams?|streaming|flutters?|fluttering|in (?:a|the) (?:wind|breeze))\b|"
    # "his mane bouncing", "her ponytail swinging", "the horse's tail swishing": the verb right
    # after the hair (never "tail lights streaming", "a girl with braids sitting on the swing")
    r"\b(?:hair|mane|ponytail|plaits|braids?|curls)\s+(?:\w+\s+)?(?:bounc|swing|swish|toss|"
    r"flow|blow|stream|flutter|whip)\w*|\btail\s+(?:swish|flick|wag)\w*|"
    # "wind catching the veil", "the breeze lifting her scarf"
    r"\b(?:wind|breeze|gust)\w*\s+(?:catch|lift|tug|whip|billow|toss|ruffl|pull)\w*\s+(?:at\s+)?"
    r"(?:the|her|his|their)\s+(?:veil|dress|skirt|cape|gown|scarf|coat|hair|flag|sail|curtains?)",
    re.I,
)
# A camera move the brief asks for in the shot's own words ("slow pan across the guests",
# "camera slowly craning up", "the camera tracks alongside her", "follow her from behind").
_ASKED_MOVE = re.compile(
    r"\b(?:(?:slow|quick|fast|whip|gentle|long|camera)\s+)pan(?:s|ning)?\b|"
    r"\bpan(?:s|ning)?\s+(?:across|over|up|down|left|right|along|from)\b|"
    r"\btilt(?:s|ing)?\s+(?:up|down)\b|\bcran(?:e|es|ed|ing)\s+(?:up|down|over|out)\b|"
    r"\bcrane shot\b|\b(?:handheld|steadicam|gimbal|camera)\s+walk(?:s|ing)?\b|\bwalk-?through\b|"
    r"\bfly-?through\b|\bglid(?:e|es|ing)\s+(?:through|along|over|across|past|into|down|up)\b|\btrack(?:s|ing)?\s+(?:alongside|with|behind|beside|along)\b|"
    r"\bdolly(?:ing)?\s+(?:in|out|shot|along|back)\b|\bdollies\b|"
    r"\bpush(?:es|ing)?[- ]in\b(?!to)|\bpull(?:s|ing)?[- ](?:out|back)\s*(?:to|from|$)|"
    r"\bzoom(?:s|ing)?\s+(?:in|out)\b|\b360\b|\bsteadicam\b|\bgimbal\b|\bwhip[- ]pan\b|"
    # "(hand-held, chaotic)": the camera runs with the action
    r"\bhand-?held\b[,\s]+(?:\w+\s+)?(?:chaotic|frantic|running|shaky|wild)\b|"
    r"\b(?:chaotic|frantic|shaky|wild)\s+hand-?held\b|\bshaky[- ]?cam\b|"
    r"\bfollow(?:s|ing)?\s+(?:her|him|them|the\s+\w+)\s+(?:from behind|through|along|down|up|"
    r"into|across|as)\b|\bcamera\s+(?:\w+ly\s+)?(?:moves|glides|rises|sweeps|drifts|circles|flies|"
    r"swoops|races|chases|follows|tracks|cranes|orbits|pushes|pulls|spins|rushes|floats|moving|"
    r"gliding|rising|sweeping|drifting|circling|flying|swooping|racing|chasing|following|tracking|"
    r"craning|orbiting|pushing|pulling|spinning|rushing|floating)\b",
    re.I,
)
_CLOSE = ("close", "extreme-close", "insert")
_QUOTED = re.compile(r'"[^"]+"')
_CARD_WORDS = re.compile(r'"(?:[^".]|\.(?!\s))+"')
_MOTION_CAMERAS: tuple[CameraMove, ...] = ("drone", "orbit")
_CAMERA_MOTION_WORDS = (
    "follow-cam",
    "follow cam",
    "chase cam",
    "chase-cam",
    "drone",
    "flyover",
    "fly-over",
    "aerial",
    "tracking",
    "orbit",
    "crane",
    "fpv",
    "pov",
    "helmet cam",
    "gopro",
    "first-person",
    "point of view",
)


@dataclass(frozen=True)
class ShotContext:
    """What a shot's words are read against: who is in it and what the brief sells."""

    people: tuple[str, ...] = ()
    # the cast's animals in the shot: with no person beside them, "his beak" and "him walking"
    # are the tortoise's
    creatures: tuple[str, ...] = ()
    products: tuple[str, ...] = ()  # the brief's products this shot shows
    product_words: tuple[str, ...] = ()
    setting: str = ""  # "interior kitchen dusk"
    atmosphere: tuple[str, ...] = ()  # "rain" said of the whole brief
    stylized: bool = False
    sound: bool = False
    ad: bool = False
    product_brief: bool = False
    app: bool = False  # the product is an app or a device: touching its screen shows it
    language: str = "en"  # the brief's language: its own words for places, bodies, liquids


# What can carry letters: '"SOLD" - the board outside the house' is the board's word
_LETTER_CARRIER = re.compile(
    r"\b(?:sign|signs|board|card|banner|placard|poster|screen|logo|label|title|caption|t-?shirt|"
    r"mug|cake|neon|chalkboard|blackboard|window|door|van|sticker|badge|menu|letters|lettering)\b",
    re.IGNORECASE,
)
_LETTERS_SAYING = re.compile(
    r"\b(?:card|sign|banner|caption|title|placard|board|poster|note|cake|t-?shirt|mug|screen|"
    r"text|balloon|chalkboard|blackboard|whiteboard|label|jar|packet|tin|menu|script|neon|"
    r"lettering|writing|letters|plaque|billboard|mural|graffiti|display|flag|sticker|badge|sash|"
    r"scoreboard|lid|box|wrapper|envelope|headline|slate)s?\s+"
    # ("the sign at the edge of the village that says welcome": what it says, after where it is)
    # ("the sign on the gate saying Cwm Hir alpaca treks": where it hangs, then its words)
    r"(?:(?:[\w'-]+\s+){0,8}?(?:that|which)\s+|(?:on|in|at|by|over|above|outside)\s+(?:the\s+|a\s+|"
    r"our\s+)?[\w'-]+\s+)?(?:saying|says|said|reading|reads|announcing|"
    r"announces|screaming|screams|shouting|shouts|calling|calls)\b",
    re.IGNORECASE,
)


def is_speech(text: str) -> bool:
    return bool(SPEECH_BEFORE_QUOTE.search(text))


def on_screen_words(text: str) -> list[str]:
    """Quoted words that appear on screen (not a line someone says)."""
    if is_speech(_LETTERS_SAYING.sub(" ", text)):
        return []
    # '"I left the porch light on" - Rowan on the steps': a line heard over the picture that
    # follows its dash (a lyric, a voice-over), unless the picture letters it
    if re.match(r'^\s*(?:[A-Z]{3,}\s+)?"[^"]+"\s*[-–—]\s+', text) and not _LETTER_CARRIER.search(
        text
    ):
        return []
    return [q.strip('"') for q in _QUOTED.findall(text)]


_BODY_ACTIONS = (
    "trampoline", "piñata", "pillow fight", "tug of war", "three-legged race",
    "header", "tackle", "dunk", "high-five", "high-fives", "handshake", "first dance", "yoga",
    "push-up", "push-ups", "cartwheel", "somersault", "backflip", "kickflip",
    "huddle", "drag flick", "trophy lift", "penalty kick", "free kick", "kick-off", "lineout",
    "scrum", "victory lap", "lap of honour", "kneading", "the kneading", "confetti exit",
    "confetti toss", "sparkler exit", "first dance", "clinking glasses", "clink glasses",
    "rowing", "pipetting", "sharing chips", "sharing food", "magic trick", "card trick",
    "sleight of hand",
    # set AK: "all twenty paddles hitting the water at the same time": a crew's arms at work
    "paddles hitting", "paddles dipping", "paddle strokes", "oars dipping", "oars hitting",
    "oars pulling", "handed over", "handing over", "hands over", "confetti throw",
    "throwing confetti", "confetti thrown",
)  # fmt: skip
_IMPERATIVE = re.compile(
    r"^(?:"
    + "|".join(
        v
        for v in HUMAN_MOTION_VERBS
        if " " not in v and (v.endswith("ss") or not v.endswith(("s", "ing", "ed")))
    )
    + r")\s",
    re.IGNORECASE,
)


# "Stirring the pot", "Pulling on blue gloves", "Lifting the lid": a picture that starts on what
# someone does (never "Falling snow": the word then describes a thing)
_DOING_START = re.compile(
    r"^(?:"
    + "|".join(v for v in HUMAN_MOTION_VERBS if " " not in v and v.endswith("ing"))
    # "Running along the river path": where they go, with no one named, is still someone going
    + r")\s+(?:the|a|an|on|off|up|in|out|down|over|his|her|their|its|some|it|them|along|through|"
    r"across|around|past|towards?|into|onto|uphill|downhill)\b",
    re.IGNORECASE,
)


def _acts(text: str) -> bool:
    """A verb of doing the lexicon never listed ("pruning roses", "snipping bunches"): read
    from an English dictionary, outside quotes and card words (said or lettered, not done)."""
    plain = _QUOTED.sub(" ", _CARD_WORDS.sub(" ", text))
    if any(is_action_verb(w) for w in re.findall(r"\b[a-z]{5,}\b", plain)):
        return True
    # "Me trimming the brim with a round knife": the writer at work, whatever the verb (not
    # "me thinking, staring at the shelf": still)
    if (
        doing := re.search(r"(?:^\s*|[,;:]\s*|\band\s+)(?i:me)\s+(?P<verb>[a-z]{3,}ing)\b", plain)
    ) and (doing["verb"] not in _STILL_ING):
        return True
    # "A florist wraps a bouquet", "the tailor pins a hem": a word that is a noun too ("wraps",
    # "pins") is a verb between someone and what they do it to
    return any(
        is_done_verb(m["verb"]) for m in _SOMEONE_DOES.finditer(plain) if m["who"] in _SOMEONE
    )


# "Fisherman casting", "casting off the rocks" (never "the casting room", "casting a shadow")
_CASTING = re.compile(
    r"\bcasting(?=\s*(?:$|[,.;!]|\s+(?:a line|off|out|from|into|over|across|far|again)\b|"
    r"\s+(?:his|her|their|a|the)\s+(?:fly|line|rod|net|lure)\b))",
    re.IGNORECASE,
)
# "her doing gel nails", "the whole room doing the Shim Sham": a body at an activity
_DOING_SOMETHING = re.compile(
    r"\bdoing\s+(?!nothing|fine|well|ok\b|okay|great|good|badly|better|worse|so\b|it\b|this\b|"
    r"that\b|what\b|alright|all right)[a-z]",
    re.IGNORECASE,
)


_STILL_ING = frozenset(
    [
        "thinking",
        "staring",
        "sitting",
        "standing",
        "looking",
        "waiting",
        "watching",
        "listening",
        "reading",
        "sleeping",
        "lying",
        "resting",
        "smiling",
        "wondering",
        "being",
        "having",
        "seeing",
        "hearing",
        "feeling",
        "dreaming",
    ]
)
_SOMEONE = frozenset(("he", "she", "they", "who", "someone", *PERSON_NOUNS))
_SOMEONE_DOES = re.compile(
    r"\b(?P<who>[a-z]+)\s+(?P<verb>[a-z]{3,}s)\s+(?:an?|the|his|her|their|its|some|each|every|"
    r"one|two|three|up|down|out|off|together)\b"
)


# "sneakers squeaking on the court (want the squeak)": a sound the shot must have
_SOUND_WANTED = re.compile(
    # ("I want to hear that creak!": a demonstrative asks as much as "the")
    r"\b(?:want|need|keep|get)\s+(?:to hear\s+)?(?:the|that|those|this)\s+(?:squeak|crunch|crackle|fizz|hiss|pop|"
    r"thud|clink|roar|sizzle|splash|snap|click|ring|rumble|whoosh|bang|buzz|chime|creak)\b"
    r"(?!\s+(?:of|in)\b)"  # ("keep the pop of colour", "the ring in sharp focus")
    r"|\b(?:i|we)\s+(?:want|need|would love|'d love|wanna)\s+to\s+hear\b",  # "(I want to hear that voice!)"
    re.IGNORECASE,
)
# "He waves from the porch": a hand waving, no sea (it was tagged landscape and physics)
_WAVING = re.compile(
    r"\b(?:(?:he|she|they|who|everyone|someone)\s+waves?|(?<!the\s)waves?\s+(?:goodbye|hello|"
    r"back|at)\b(?!\s+(?:sunrise|sunset|dawn|dusk|night|high tide|low tide)))\b",
    re.IGNORECASE,
)


# "and we dont say a word", "without saying anything": no one speaks; "the stopwatch … and it
# says 9.84": a reading on a display
_UNSAID = re.compile(
    r"\b(?:don'?t|dont|doesn'?t|didn'?t|never|without|not|no one|nobody|no-one)\s+(?:\w+\s+)?"
    r"(?:say|says|saying|said|talk|talks|talking|speak|speaks|speaking|ask|asks|asking|asked)\b"
    r"(?:\s+(?:anything|a word|"
    r"a thing))?|\b(?:it|that|which)\s+(?:says|reads|shows)\s+(?=\d)",
    re.IGNORECASE,
)


def _unsaid(text: str) -> str:
    """`text` without what it says is not said, outside quotes ('"Anyway. Nobody asked."' is
    a line spoken)."""
    parts = re.split(r'("[^"]*")', text)
    return "".join(p if p.startswith('"') else _UNSAID.sub(" ", p) for p in parts)


# "kids building paper rockets", "building a sandcastle": the verb, what they make after it
_BUILDING_THINGS = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bold )(?<!\bnew )(?<!\bour )(?<!\bmy )(?<!\bthis )"
    r"(?<!\bthat )(?<!\bmain )(?<!\boffice )(?<!\bschool )(?<!\bempty )(?<!\btall )"
    r"\bbuilding\s+(?:(?:a|an|the|some|their|his|her|our|my|paper|sand|lego|model|toy|wooden)\b|"
    r"(?!materials\b|blocks\b)[a-z]+s\b)",
    re.IGNORECASE,
)
_FROM_THE_AIR = re.compile(
    r"\bfrom the air\b|\bfrom a (?:plane|helicopter)\b|\bdrone\b|\baerial\b", re.IGNORECASE
)


def tags_for(text: str, framing: Framing, camera: CameraMove, ctx: ShotContext) -> list[str]:
    """The requirement tags a shot needs, in the vocabulary's order."""
    tags: set[str] = set()
    bodily = text
    if ctx.creatures and not ctx.people:
        bodily = re.sub(
            r"\b(?:he|him|his|himself|she|her|hers|herself|it|its)\b", " ", text, flags=re.I
        )
    body = bool(ctx.people) or has_body(bodily)
    close_on_thing = framing in _CLOSE and (bool(ctx.products) or body)
    # "Harbour Bakes" on a card is no harbour (a span with a sentence break inside is no card's
    # words but a quote the splitter paired across two sentences)
    # ("building paper rockets" is making them, not a building)
    place = (
        f"{_CARD_WORDS.sub(' ', _WAVING.sub(' ', _BUILDING_THINGS.sub(' ', text)))} {ctx.setting}"
    )
    # (seen from the air, a place is a landscape: "a steam loco crossing the viaduct in the snow,
    # filmed from the air"; an overhead shot of a chopping board is no aerial of a place)
    # (a drone over the crowd at the main stage is a picture of the crowd)
    from_the_air = framing == "aerial" and _FROM_THE_AIR.search(text) is not None and not body
    if (has_any(place, LANDSCAPE_WORDS) or from_the_air) and not close_on_thing:
        tags.add("landscape")
    if (has_any(place, ARCHITECTURE_WORDS) or "interior" in ctx.setting) and not close_on_thing:
        tags.add("architecture")
    # "Handheld, following Leah through the ropes": the camera moves with someone
    follows = camera == "handheld" and re.search(r"\bfollow(?:s|ing)\b", text, re.I) is not None
    if (
        camera in _MOTION_CAMERAS
        or follows
        or has_any(text, _CAMERA_MOTION_WORDS)
        or _ASKED_MOVE.search(text)
    ):
        tags.add("camera_motion")
    # Hands in frame are doing something (on the mixer, around the cup): that is bodies moving.
    hands = has_any(
        NOT_A_BODY.sub("", text), ("hand", "hands", "fingers", "fingertips", "feet", "legs")
    ) and not re.search(r"\bfoot of\b|\bfeet (?:tall|high|deep|long|wide|away)\b", text, re.I)
    # A header, a high-five, a first dance: a body in motion even with no one named; so is an
    # instruction's verb ("Flip the bike upside down": someone's hands do it).
    hands = (
        hands
        or has_any(text, _BODY_ACTIONS)
        or _IMPERATIVE.match(text) is not None
        or _DOING_START.match(text) is not None
    )
    if (
        body
        and (
            has_any(text, HUMAN_MOTION_VERBS)
            or _acts(text)
            or _DOING_SOMETHING.search(text)
            or _CASTING.search(text)
        )
    ) or hands:
        tags.add("human_motion")
    weather = {"rain", "snow", "storm", "wind", "fog", "mist"} & set(ctx.atmosphere)
    # The words on a card are read, not simulated: "end card: … new drops every Friday"
    moving = _CARD_TEXT.sub(" ", _QUOTED.sub(" ", _WAVING.sub(" ", text)))
    if (
        has_any(moving, PHYSICS_WORDS)
        or _FIRE.search(moving)
        or _IN_THE_AIR.search(moving)
        or _CLOTH_IN_MOTION.search(moving)
        or weather
    ):
        tags.add("physics")
    if ctx.stylized or has_any(text, STYLIZED_WORDS):
        tags.add("stylized")
    if (
        has_any(text, TYPOGRAPHY_WORDS)
        or on_screen_words(text)
        or re.search(
            # ("She holds up a cardboard sign: GLASGOW")
            r"\b(?:label|caption|text|super|title|card|score|scoreline|banner|sign|placard|poster|"
            r"the word|the words|name)\b[^:\"]{0,30}:\s*\S",
            text,
            re.I,
        )
        # ('the label says "Nana Edna\'s Piccalilli"', "the sign … that says welcome to …": its
        # words, in letters)
        or _LETTERS_SAYING.search(text)
    ):
        tags.add("typography")
    shows_product = bool(ctx.products) or ctx.product_brief
    if (ctx.ad and has_any(text, PRODUCT_WORDS)) or re.search(
        r"\b(?:product|packshot|pack shot)\b", text, re.I
    ):
        # "Product on white, logo": the word itself says what the shot shows, ad or not
        shows_product = True
    if ctx.app and has_any(text, PRODUCT_USE_WORDS):
        shows_product = True
    if shows_product:
        tags.add("product")
    # "A wren … singing": a bird's song is heard, not a line spoken or sung on a lip-synced face
    creature = has_any(text, ANIMAL_NOUNS) or re.search(
        r"\b(?i:an?|the)\s+(?:wren|robin|kestrel|kite|lark|nightingale)s?\b", text
    )  # birds whose names are people's names too, so not in ANIMAL_NOUNS
    animal_only = not ctx.people and bool(creature) and not has_any(text, PERSON_NOUNS)
    # (a verb of speech inside quotes is the quote's: the lyric "you said the sky would…")
    # ("a card saying "Happy 60th Grandad!"": the card says it, in letters; no one speaks)
    heard = _unsaid(_LETTERS_SAYING.sub(" ", text))
    if (has_any(_QUOTED.sub(" ", heard), DIALOGUE_WORDS) and not animal_only) or is_speech(heard):
        tags.add("dialogue")
    # "Honig tropft", "un surfista cogiendo una ola": a brief's pictures in its own words
    foreign = foreign_tags(ctx.language, _CARD_WORDS.sub(" ", text), body=body)
    if framing in _CLOSE and (bool(ctx.products) or body):
        foreign -= {"landscape", "architecture"}  # a close-up of a thing is not its place
    tags |= foreign
    if ctx.language != "en" and _named_acts(text, ctx.people, ctx.language):
        tags.add("human_motion")  # "Baka Ankica reže lavandu": someone named, doing something
    if ctx.sound or has_any(text, SOUND_WORDS) or _SOUND_WANTED.search(text):
        tags.add("sound")
    return [t for t in TAGS if t in tags]


def _named_acts(text: str, people: tuple[str, ...], language: str) -> bool:
    """In a brief in another language: someone of the cast named in the picture and followed by
    a word that is no article or preposition (their verb, or "che"/"que" before it)."""
    for who in people:
        said = re.search(rf"\b{re.escape(who)}\s+([^\W\d_][\w'-]*)", text)
        if who[:1].isupper() and said and acts_abroad(said.group(1)):
            return True
        # Portuguese "Tiago a encerar a prancha": "a" and the infinitive, what he is doing
        if (
            language == "pt"
            and who[:1].isupper()
            and re.search(rf"\b{re.escape(who)}\s+a\s+\w+[aei]r\b", text)
        ):
            return True
    return False
