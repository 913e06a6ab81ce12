"""Who and what recurs in a brief: named characters, people followed by pronoun, products, brands.

The planner needs this to tag `character` on the shots a recurring person appears in, to chain
continuous action, to name each shot's subjects so later stages keep them consistent, and to list
the plan's cast (who or what must look the same from shot to shot).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.briefing.english import is_action_verb, is_english_word, is_proper_noun
from agent.briefing.foreign import says
from agent.briefing.lexicon import (
    ANIMAL_KINDS,
    ANIMAL_NOUNS,
    BODY_PARTS,
    COLOUR_WORDS,
    FEMALE_NOUNS,
    GROUP_NOUNS,
    HUMAN_MOTION_VERBS,
    KIN_NOUNS,
    MALE_NOUNS,
    NAME_TITLES,
    NOT_A_BODY,
    OBJECT_NOUNS,
    PERSON_NOUNS,
    PRODUCT_KINDS,
    PRODUCT_WORDS,
    WARDROBE_NOUNS,
    has_any,
    product_kind,
    product_word,
    word_pattern,
    word_set,
)
from agent.briefing.numbers import language_of

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'-]+"
_ALL_NOUNS = tuple(sorted({*PERSON_NOUNS, *GROUP_NOUNS, *ANIMAL_NOUNS}, key=len, reverse=True))
_NOUNS = "|".join(re.escape(n) for n in _ALL_NOUNS)
_PERSONISH = re.compile(rf"\b(?:{_NOUNS}|year-old|\w+-year-old)\b", re.IGNORECASE)
_TITLE_NAME = re.compile(
    # ("on the coach.\nAbout a minute": a title is on the name's line, and a lower-case one
    # with a full stop after it ends a sentence)
    rf"\b(?:(?P<title>(?i:{'|'.join(NAME_TITLES)}))|(?P<titled>{'|'.join(NAME_TITLES)})\.)[ \t]+"
    rf"(?P<name>{_NAME})(?:[ \t]+(?P<last>{_NAME}))?"
)
# "Alan Hurst (71, wax jacket)", "Mira (34)": a name followed by an age in brackets
_ROLE_TITLES = frozenset(
    {"detective", "officer", "inspector", "captain", "doctor", "professor", "coach", "chef",
     "sergeant", "agent"}
)  # fmt: skip
_AGED_NAME = re.compile(
    rf"\b(?P<name>{_NAME})(?:\s+(?P<last>{_NAME}))?\s*\((?:aged?\s+)?\d{{1,2}}"
    r"(?:\s*(?:yo|y/o|years?(?: old)?))?\s*(?:[,;][^)\n]{0,60})?\)"
)
_WORN = re.compile(
    r"\b(?:hair|plaits?|ponytail|pigtails|bun|beard|moustache|helmet|jacket|hoodie|coat|dress|"
    r"shirt|t-shirt|glasses|specs|cap|hat|apron|overalls|curlers|cardigan|jumper|jeans|uniform|"
    r"wellies|boots|trainers|scarf|tattoos?)\b",
    re.IGNORECASE,
)
_I_LOOK_LIKE = re.compile(
    r"\b(?i:i'?m|im|i am)\s+(?i:the\s+)?(?i:one|guy|bloke|lady|woman|man|girl|lad|fella|chap)\s+"
    r"(?i:in|with|wearing)\s+(?P<look>[^.\n]{3,80}?)(?=\s*(?:[,.;!\n]|$))"
)
_ME_LOOKING = re.compile(r"\bme\s*\((?P<look>[^)]{3,80})\)(?=\s+[a-z]+ing\b)", re.IGNORECASE)
_APPOSITIVE_AFTER = re.compile(
    # "Elena, the last clog maker", "Marcus, our oldest volunteer (he's 81!), laughing"
    rf"\b(?P<name>{_NAME}),\s+(?P<what>(?:an?|the|our|my|their)\s+[^,.;(]+?)\s*(?=,|[.;(]|$)"
)
# "Elena, the last clog maker": a trade names a person as surely as "woman" does
_TRADE = re.compile(
    r"\b\w*(?:maker|keeper|smith|wright|monger|builder|carver|weaver|potter|farmer|fisherman|"
    r"fisherwoman|baker|painter|teacher|owner|founder|artist|grower|brewer|tailor|cobbler|"
    r"carpenter|mechanic|barista|chef|cook|florist|butcher|beekeeper|shepherd|nurse|doctor)\b",
    re.IGNORECASE,
)
_APPOSITIVE_BEFORE = re.compile(
    rf"\b(?i:the|a|an|our|my|their|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*),\s+"
    rf"(?:(?P<what>an?\s+[^,.;]*?)\s+named\s+)?"
    # ("the cox, Hattie Lowe, calling the stroke": she is Hattie in the shots after)
    rf"(?P<name>{_NAME})(?P<surname>\s+{_NAME})?,"
)
# A capitalised word that acts ("Kael leaps", "and Sam locks up") more than once is a name.
_ACTING_NAME = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+|\band\s+|\bthen\s+)(?P<name>{_NAME})\s+(?P<verb>[a-z]+s)\b"
)
_FOR_THE_NAMED = re.compile(
    rf"\b(?i:the|our|a|an)\s+(?P<name>{_NAME}(?:\s+[A-Z0-9][\w-]*)?)\s+"
    rf"(?P<what>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
)
_CALLED = re.compile(
    # ("the still is called Agnes": the still, not "a still is")
    rf"\b(?:an?|the|our)\s+(?P<what>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+(?:(?:is|was|'s)\s+)?"
    rf"(?:called|named)\s+"
    rf"['\"]?(?P<name>{_NAME}(?:\s+[A-Z0-9][\w&'-]*)*)"
)
_HERE_NAMED = re.compile(
    r"\s*(?:(?:hi|hey|hello|yo|ok|okay)\b[\s,!-]*(?:(?:all|everyone|team|guys)\b[\s,!-]*)?)?"
    r"(?:(?i:coach|chef|dj|mc|doc|dr|uncle|auntie|aunty|nana|grandma|grandpa)\.?\s+)?"
    rf"(?P<name>{_NAME})\s+here\b"
)
_THATS_ME = re.compile(
    rf"(?P<name>{_NAME})[^\w(.]*\((?i:that'?s|thats|it'?s|its|this is)\s+me\b[^)]*\)"
)
_LABELLED_PERSON = re.compile(
    r"(?im)(?:^|[.!?]\s+)(?P<role>model|talent|presenter|host|star|lead|actor|actress|narrator|"
    r"recurring figure|recurring character|villain|monster|creature|mascot)\s*:\s*(?:the\s+)?"
    rf"(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})"
)
_BUSINESS = (
    r"\b(?:shop|store|café|cafe|bar|restaurant|studio|salon|gym|brand|company|business|bakery|"
    r"agency|clinic|hotel|school|band|channel|podcast|boutique|practice|firm|label|venue)\b"
)
_ACTS = re.compile(r"\b[a-z]+(?:es|s)\s+(?:her|his|their|the|a|an|its|on|in|at|to|into)\b")
# where things are made or sold, not the things ("a one-woman pottery", "a family bakery")
_A_WORKSHOP = re.compile(
    r"\b(?:pottery|bakery|brewery|distillery|roastery|studio|workshop|shop|store|caf[eé]|deli|"
    r"salon|boutique|business|company|forge|joinery|smithy|dairy|winery|vineyard)\s*$",
    re.IGNORECASE,
)
_PRODUCT_APPOSITIVE = re.compile(rf"\b(?P<name>{_NAME}),\s+(?P<what>an?\s+[^,.;]+?)\s*(?=[,.;]|$)")
_NOT_NAMES = frozenset(
    [
        # ("Every Chinese New Year, the lion wakes up": a time of year, not someone called Year)
        "Year",
        "Years",
        "Day",
        "Days",
        "Week",
        "Month",
        "Season",
        "We're",
        "We've",
        "They're",
        "You're",
        # another language's articles opening a line ("Los cruasanes saliendo del horno"); not
        # "Una", "Del", "Des" or "Les", which are names too
        "El",
        "La",
        "Los",
        "Las",
        "Il",
        "Gli",
        "Une",
        "Der",
        "Die",
        "Das",
        "Ein",
        "Eine",
        "Unos",
        "Unas",
        "Het",
        "Een",
        "I'm",
        "I'd",
        "I've",
        "I'll",
        "Could",
        "Would",
        "Should",
        "Must",  # "MUST NOT use drones": a prompt's rule, in capitals
        "Film",  # "NEED 30 SEC FILM … NOT FOR FILM": the video, in a telegram's capitals
        "Video",
        "Reel",
        "Clip",
        "Shall",
        "Can",
        "Will",
        "May",
        "Might",
        "Must",
        "Shall",
        "Please",
        "Also",
        "Just",
        "The",
        "A",
        "An",
        "And",
        "Then",
        "Open",
        "End",
        "Cut",
        "Close",
        "Wide",
        "Final",
        "Title",
        "Text",
        "Logo",
        "Shot",
        "Scene",
        "Her",
        "His",
        "Their",
        "She",
        "He",
        "They",
        "It",
        "Its",
        "Our",
        "My",
        "We",
        "I",
        "You",
        "Slow",
        "Aerial",
        "Drone",
        "Macro",
        "Honey",
        "Bees",
        "Dancers",
        "Confetti",
        "Interview",
        "Inside",
        "Later",
        "Meanwhile",
        "Glazed",
        "Morning",
        "Sunset",
        "Dawn",
        "Night",
        "Each",
        "Every",
        "Kids",
        "Hands",
        "Something",
        "Someone",
        "Nobody",
        "Everyone",
        "Coming",
        "Christmas",
        "Easter",
        "Monday",
        "Sunday",
        "Later",
        "Outside",
        "Inside",
        "Meanwhile",
        "Suddenly",
        "Finally",
        "Behind",
        "Above",
        "Below",
        "Storyboard",
        "Spot",
        "Brief",
        # where, or how, the picture is: "Underwater, a diver…", "Outdoors, a dog sleeps"
        "Underwater",
        "Outdoors",
        "Indoors",
        "Upstairs",
        "Downstairs",
        "Overhead",
        "Offshore",
        "Onstage",
        "Backstage",
        "Nearby",
        "Elsewhere",
        "Afterwards",
        "Slowly",
        "Quietly",
        # a talker's opening word before a comma: "So, a day on the otter section:" cast "So"
        "So",
        "Well",
        "Right",
        "Anyway",
        "Basically",
        "Honestly",
        "Actually",
        "Ideally",
        "Otherwise",
        "Obviously",
    ]
)
# Capitalised words that describe rather than name: "a Norwegian fjord", "a Victorian house".
_DESCRIBING = word_set(
    """Norwegian Swedish Danish Finnish Icelandic Nordic Scandinavian French Italian Spanish
    German Dutch Belgian Swiss Austrian Polish Czech Russian Ukrainian Greek Turkish Portuguese
    Irish Scottish Welsh English British American Canadian Mexican Brazilian Argentinian Chilean
    Peruvian Colombian Cuban Jamaican Moroccan Egyptian Kenyan Nigerian Ethiopian African Indian
    Pakistani Chinese Japanese Korean Thai Vietnamese Filipino Indonesian Australian Kiwi
    Mediterranean Alpine Arctic Parisian Roman Venetian Tuscan Victorian Georgian Edwardian
    Gothic Baroque Art Deco Brutalist Bauhaus Christmas Halloween Valentine's Easter Ramadan
    Diwali Eid Hanukkah Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December YouTube
    TikTok Instagram Reels Facebook LinkedIn Twitter Shorts Snapchat Pinterest Vimeo Netflix
    OK Okay Yes No Please Thanks Hi Hello Hey Oh Also Just Maybe Here There This That These
    Those What When Where Why How Who Show Make Give Start Begin Finish Afterwards Before After
    Next Last First Second Third Fourth Fifth Ext Int Day Night Dusk Dawn Cut Fade Match
    Shots Scene Scenes Intro Outro Opening Closing Ending Keep Use Meet Add Include Vertical
    Horizontal Square Mood Style Look Music Sound Voiceover VO SFX CTA"""
)
_NOT_NAMES = _NOT_NAMES | _DESCRIBING
# "run by Ines", "Meet Ines", "starring Tomás": a name said once is still a person.
_INTRODUCED = re.compile(
    rf"\b(?i:run by|owned by|meet|starring|featuring|hosted by|presented by|founded by|"
    rf"keep|our friend|my friend|my son|my daughter|my wife|my husband)\s+(?P<name>{_NAME})"
    rf"(?!\s+(?:{_NAME}|the|a|an)\b)"
)
_SCREENPLAY_NAME = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n))(?P<name>[A-Z]{2,}(?:\s[A-Z]{2,})?)\s*\((?P<what>[^)]{1,60})\)"
)
# "The new Veltro EV (deep green) drives…": what is new is the product being launched.
_NEW_NAMED = re.compile(
    rf"\b(?i:the|our|an?)\s+(?i:new|all-new|latest|brand-new)\s+(?P<name>{_NAME}(?:\s+[A-Z0-9][\w-]*)?)"
)
_SLUG_WORDS = frozenset({"EXT", "INT", "CONTINUOUS", "DAY", "NIGHT", "CUT", "FADE", "VO", "OS"})
# "Product: AURA earbuds (matte black, copper accents)": a product named on a label line.
_PRODUCT_LABEL = re.compile(
    r"(?im)(?:^|[.!?]\s+)\s*product(?:\s+(?:video|film|shot|ad|spot|teaser|launch))?\s*(?::|\s-)\s*"
    r"(?P<name>[A-Z][\w&'-]*)\s+(?P<what>[^.\n(]{2,40})"
)
# "Label reveal: CROOKED MILE PALE ALE", "Packshot: AURA": the product, named in capitals
_REVEALED = re.compile(
    r"(?i:label reveal|pack-?shot|product reveal|bottle reveal|can reveal|hero product|product)"
    r"\s*:\s*(?P<name>[A-Z][A-Z0-9'&-]+(?:\s+[A-Z0-9][A-Z0-9'&-]*){0,5})\b"
)
_ME_NAMED = re.compile(
    rf"\b(?i:me|I|myself)\s*(?:\(|,\s*)(?P<name>{_NAME})\b(?!\s+(?:the|a|an)\b)"
    rf"|\b(?:I'm|I am|(?i:my name is)|i'm(?= [A-Z]))\s+(?P<name2>{_NAME})\b"
    rf"|\b(?i:our|my)\s+(?P<noun>(?i:app|product|brand|game|shop|store|company|startup|podcast|"
    rf"channel|studio|band|bakery|salon|label))\s+(?P<thing>{_NAME}(?:\s*&\s*{_NAME})?)"
)
_MY_NAMED = re.compile(
    rf"\b(?i:my|our)\s+(?:[a-z-]+\s+)?(?P<noun>(?i:{'|'.join((*KIN_NOUNS, *ANIMAL_NOUNS, 'dog', 'cat', 'pup', 'puppy', 'kitten', 'boyfriend', 'girlfriend', 'partner', 'friend', 'mascot', 'son', 'daughter', 'wife', 'husband', 'baby', 'mum', 'mom', 'dad'))}))"
    rf"\s+(?P<name>{_NAME})\b"
)
_THE_PET_NAMED = re.compile(
    rf"\b(?i:the|a|an)\s+(?:[a-z-]+\s+)?(?P<noun>(?i:{'|'.join(ANIMAL_NOUNS)}))\s+(?P<name>{_NAME})\b"
)
# "Animated short for Pip's Pantry, 40 seconds": the client the film is made for.
_MADE_FOR = re.compile(
    r"\b(?i:short|spot|ad|advert|video|film|promo|teaser|commercial|reel|campaign|clip|"
    r"explainer|opener|trailer)\s+for\s+(?P<name>[A-Z][\w'&-]*(?:[ \t]+[A-Z][\w'&-]*){0,3})"
)
# "the shop front with name 'Panaderia Lucia' on the glass": a brand written in the picture.
_WRITTEN_NAME = re.compile(
    r"\b(?:name|sign|signage|lettering|shopfront|shop front|storefront|neon)\b[^.\"]{0,20}"
    r"\"(?P<name>[^\"]{2,40})\""
)
# "baker Tomasz scoring loaves", "Look 1: Ines - oversized linen shirt": a named person.
_ROLES = sorted(
    {*PERSON_NOUNS, *KIN_NOUNS, "baker", "chef", "coach", "teacher", "farmer", "model", "neighbour",
     "neighbor", "colleague", "boss", "landlord", "landlady", "client", "customer", "friend",
     # ("Our route setter Dev on the big overhang", "our apprentice Josh")
     "setter", "instructor", "apprentice", "caller", "drummer", "volunteer", "captain", "keeper",
     "groomer", "barber", "stylist", "trainer", "host", "presenter"},
    key=len,
)  # fmt: skip
_ROLE_NAMED = re.compile(
    rf"\b(?P<role>(?i:{'|'.join(reversed(_ROLES))}))\s+(?P<name>{_NAME})\b(?!\s*[-'])"
)
_LINE_NAMED = re.compile(rf"(?m)(?:^|:\s+)(?P<name>{_NAME})\s+-\s+[a-z]")
# "Purrfect Bites - Salmon Supreme. 15s TV spot.": the brand, then its product.
_BRAND_PRODUCT = re.compile(
    r"^\s*(?P<brand>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3})\s+-\s+"
    r"(?P<product>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3})\s*[.\n]"
)
_QUOTED_OUT = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _blanked(m: re.Match[str]) -> str:
    """Quoted words as spaces, so what is read around them keeps its place in the text."""
    return " " * len(m.group(0))


# (past an aside in brackets: "Juno (she does saturdays, pink bob) tying string")
_NEXT_WORD = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s+(?P<word>[a-z][\w'-]*)")
_HANDS_AT_WORK = re.compile(
    r"\s+(?:(?:big|small|old|steady|calloused|floury|inky|weathered|tiny)\s+)?"
    r"(?:hands?|fingers|fingertips|feet|arms?)\s+(?:[a-z]+ing|[a-z]+s)\b"
)
# "Amina, 12, walks", "Agnes, seventies, grey wool coat, walks": described between commas
_DESCRIBED_THEN_ACTS = re.compile(r"(?:,\s*[^,.;:]{1,30}){1,3},\s+(?P<word>[a-z][\w'-]*(?:s|ed))\b")
_NAMED = re.compile(
    rf"\b(?P<what>(?:an?\s+)?[\w\s-]{{0,30}}?)\s*\b(?:named|called)\s+(?P<name>{_NAME})"
)
_TITLED = re.compile(
    rf"\b(?:(?i:single|song|track|album|book|show|series|film|movie|episode|podcast|poem)\s+"
    rf"(?:is\s+)?(?i:called|titled|named)|(?i:it's|its|it is)\s+(?i:called|titled)|"
    rf"(?i:song|track|album|book|film|show|episode)\s+(?i:title|name),?)\s+{_NAME}(?:\s+{_NAME})*"
)
_NAME_THE_NOUN = re.compile(rf"\b(?P<name>{_NAME})\s+the\s+(?P<noun>(?i:{_NOUNS}))\b")
# "fish and chips", "chicken wings", "dog food", "a cat bed": a dish or a thing for the animal,
# no one in the picture to keep the same
_FOOD_OR_KIT = (
    # (never a word that is also what someone does: "the skater rolls away", "she leads")
    r"(?:and\s+chips|fingers|cakes?|pies?|tacos?|suppers?|stews?|soups?|fillets?|burgers?|"
    r"nuggets?|wings|curry|kebabs?|sandwich(?:es)?|food|biscuits?|beds?|collars?|bowls?|flaps?)\b"
)
# "a video for our chippy's window screen", "on the screen above the counter": where it plays
_PLAYS_ON_A_SCREEN = re.compile(
    r"\b(?:for|on)\s+(?:the|our|a|an|my|their)\s+(?:[\w'-]+\s+){0,2}screens?\b"
    r"(?!\s+(?:protector|cleaner|repair))",
    re.IGNORECASE,
)
_PERSON = re.compile(
    # "fluffy poodle getting a bath": a chat drops the article before its subject
    rf"(?:\b(?P<det>a|an|the|one|two|three|her|his|their|some)\s+|^)(?P<adj>(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<noun>{_NOUNS})(?!\s+{_FOOD_OR_KIT})(?:'s)?\b",
    re.IGNORECASE,
)
# "got on the coach", "asleep on the coach", "the coach home": a coach that is a bus
_COACH_BUS = re.compile(
    r"\b(?:on|onto|off|aboard|board|boarded|boarding|by|in|into|from|out of)\s+(?:the|a|our)\s+"
    r"(?P<coach>coach)\b|\bthe\s+(?P<coach2>coach)\s+(?:trip|journey|ride|park|station|"
    r"driver|home|back|pulls?|pulled|arrives?|arrived|left|leaves?)\b",
    re.IGNORECASE,
)
# ("People lose track of subscriptions": people at large, no one to keep the same)
_BARE_GROUP = re.compile(
    rf"(?:^|[\s,;:])(?P<noun>{'|'.join(g for g in GROUP_NOUNS if g != 'people')}|dancers|kids|"
    r"friends)\b",
    re.IGNORECASE,
)
_MY_KIN = re.compile(
    rf"\b(?:my|our)\s+(?P<kin>{'|'.join(KIN_NOUNS)})\b(?!\s+[A-Z])(?!\s*,\s*[A-Z])", re.IGNORECASE
)
_KIN = re.compile(rf"\b(?:her|his|their)\s+({'|'.join(KIN_NOUNS)})\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_THEY = re.compile(r"\b(they|them|their|themselves|the two of them|both of them)\b", re.IGNORECASE)
_IT = re.compile(r"(?:^|[.;]\s*)(it|its)\b", re.IGNORECASE)
_BODY = re.compile(rf"\b(?:{'|'.join(BODY_PARTS)})\b", re.IGNORECASE)
_SAME = re.compile(
    rf"\b(?:the\s+)?same\s+(?P<what>(?:(?:{'|'.join(COLOUR_WORDS)}|little|old|young)\s+)?"
    r"[\w-]+)(?P<every>\s+(?:in|across|throughout)\s+(?:every|each|all)\b|[^.]{0,40}\bthroughout\b)?",
    re.IGNORECASE,
)
_KEEP = re.compile(
    r"\bkeep\s+(?P<what>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:identical|consistent|the same|"
    r"on-model|recognisable|recognizable)",
    re.IGNORECASE,
)
_BRAND_PATTERNS = (
    re.compile(
        rf"\bthe\s+(?P<name>{_NAME}(?:\s+{_NAME})?)\s+(?:logo|wordmark|brand|sign|signage|"
        r"storefront|shopfront|van|truck|bag|bags|cup|cups|packaging|label|box|boxes|neon)\b"
    ),
    # ("Logo (2s)": how long the logo stays, no name)
    re.compile(
        r"\blogo\s*\((?!\s*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s*\))(?P<name>[^)]{2,30})\)",
        re.IGNORECASE,
    ),
    re.compile(r"\bbrand\s+['\"](?P<name>[^'\"]{2,30})['\"]", re.IGNORECASE),
    re.compile(r"\blogo\s*:?\s*\"(?P<name>[^\"]{2,30})\"", re.IGNORECASE),
    re.compile(rf"\b(?P<name>{_NAME})\s+(?:bakery|café|cafe|studio|coffee|brewery)\b"),
)
_FOR_NAMED = re.compile(
    rf"\bfor\s+(?P<name>{_NAME}(?:\s+{_NAME})?),\s+(?P<what>(?:an?|our|the|my|their)\s+[^,.;]+?)"
    rf"(?=\s+for\b|[,.;]|$)"
)
_BRAND_THING_AD = re.compile(
    rf"\b(?P<brand>{_NAME}(?:\s+{_NAME}){{0,2}})\s+(?P<thing>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)"
    r"\s+(?i:ad|advert|advertisement|commercial|spot|promo|teaser)\b"
)
_NOT_A_THING = frozenset(
    {"video", "vertical", "horizontal", "square", "social", "instagram", "tiktok", "youtube",
     "reel", "reels", "short", "launch", "brand", "new", "online", "radio", "tv", "print", "web",
     "christmas", "summer", "holiday", "sale", "campaign", "story", "stories", "feed", "the", "our"}
)  # fmt: skip
_PRODUCTISH = re.compile(
    r"\b(?:app|tracker|drink|watch|phone|shoe|sneaker|car|suv|bottle|perfume|game|tool|"
    r"device|headphones|earbuds|software|platform|product|snack|bar|beer|coffee|tea)\b",
    re.IGNORECASE,
)
_FEMALE = (*FEMALE_NOUNS,)
_MALE = (*MALE_NOUNS,)


@dataclass
class Member:
    """A recurring subject of the brief, as the plan's cast lists it."""

    key: str  # how shots name it: "Aiko", "the singer", "the couple", "iced matcha"
    kind: str  # character | product | brand
    description: str = ""
    gender: str = "?"  # f | m | pl | ?
    locked: bool = False
    everywhere: bool = False  # "same penguin in every shot"
    introduced: bool = False  # "this is for my uncle's shop": met before the first picture


@dataclass
class Cast:
    members: list[Member] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # "the girl" → "Aiko"
    product_words: tuple[str, ...] = ()  # words that show the brief's product in a shot
    wardrobe: list[str] = field(default_factory=list)  # "same red jacket" before anyone is met
    # names that are words too, which the writer capitalises: "Captain Confetti … a confetti
    # cannon" (the cannon is no one); a writer in lower case ("our dog biscuit") is not in it
    cased: set[str] = field(default_factory=set)

    def get(self, key: str) -> Member | None:
        return next((m for m in self.members if m.key == key), None)

    def known(self, name: str) -> bool:
        """Whether `name` is another name of someone already cast ("Lewis" of "Dr Amara Lewis")."""
        return self.get(self.aliases.get(name, "")) is not None

    def add(self, member: Member) -> Member:
        existing = self.get(member.key)
        if existing is not None:
            existing.description = existing.description or member.description
            existing.gender = existing.gender if existing.gender != "?" else member.gender
            return existing
        self.members.append(member)
        return member

    @property
    def characters(self) -> list[Member]:
        return [m for m in self.members if m.kind == "character"]


def gender_of(noun: str) -> str:
    noun = noun.lower().removeprefix("the ").split()[-1] if noun else ""
    if noun in _FEMALE:
        return "f"
    if noun in _MALE:
        return "m"
    if noun in GROUP_NOUNS or (noun.endswith("s") and noun not in ("boss", "actress")):
        return "pl"
    return "?"


def _describe(what: str) -> str:
    return " ".join(what.split()).strip(" ,.")


def read_cast(text: str, subject: str = "") -> Cast:
    """The named people, the brief's product and its brand, with how each is described."""
    cast = Cast()
    text = _unlisted(text)
    for m in _TITLE_NAME.finditer(text):
        name = m.group("name")
        title = m.group("title") or m.group("titled")
        if cast.known(name):
            continue  # "Dr Lewis" after "Dr Amara Lewis": the same doctor, not a second one
        last = m.group("last")
        if last and re.search(rf"\b(?:{'|'.join(NAME_TITLES)})\.?[ \t]+{last}\b", text):
            # "Mr. Derek Pell … Mr. Pell would prefer": called by the surname, so named by both
            full = f"{name} {last}"
            cast.aliases[name] = full
            name = full
        member = cast.add(
            Member(name, "character", f"{title} {m.group(0)[m.start('name') - m.start() :]}")
        )
        cast.aliases[title.lower()] = member.key
        if title.lower() in _ROLE_TITLES:  # "Coach Marta … the coach claps": Marta, no one new
            cast.aliases.setdefault(f"the {title.lower()}", member.key)
        if m.group("last"):
            cast.aliases[m.group("last")] = member.key
    for m in _AGED_NAME.finditer(text):
        # "Alan Hurst (71, wax jacket) on the bank": a name with its age is someone in shot
        name, last = m.group("name"), m.group("last")
        if name in _NOT_NAMES or cast.get(name) is not None:
            continue
        if (
            is_english_word(name.lower())
            and not is_proper_noun(name)
            # ("Tilly (12, purple helmet, long plait)": what someone wears, or their hair)
            and not _WORN.search(m.group(0)[m.group(0).index("(") :])
        ):
            continue  # "Lighthouse (19, …)" is no one
        member = cast.add(Member(name, "character", f"{name} {last}" if last else ""))
        if last:
            cast.aliases[last] = member.key
    for m in _APPOSITIVE_BEFORE.finditer(text):
        noun = m.group("noun").lower()
        # "One of our regulars, Nia,": one person, a regular ("the regulars" made her plural,
        # and "She orders a flat white" was no one's). Only after "one of": "In the mornings,
        # Nia," is no morning, and "the morning light" no Nia.
        one_of = re.search(r"\bone\s+of\s+$", text[max(0, m.start() - 8) : m.start()], re.I)
        one = noun[:-1] if one_of and re.search(r"[^s]s$", noun) else noun
        what = m.group("what") or f"the {one}"
        if _TITLED.search(m.group(0)):
            continue  # "the song title, Paper Moons": a title, no one in the film
        if m.group("surname") and (
            m.group("name").rstrip(".") in NAME_TITLES
            or _A_WORKSHOP.search(noun)
            or noun in ("practice", "surgery", "charity", "club", "team", "school", "brand", "band")
        ):
            continue  # "our vet practice, Dr Patel,", "my shop, Fade Kings,": no one's first name
        member = cast.add(Member(m.group("name"), "character", _describe(what), gender_of(what)))
        cast.aliases[f"the {noun}"] = cast.aliases[f"the {one}"] = member.key
    for m in _NAMED.finditer(text):
        what = re.sub(r"^.*\b(?:an?)\s+", "a ", m.group("what")).strip()
        # ("my tortoise is called Speedy": a tortoise, not "my tortoise is")
        what = re.sub(r"^(?:my|our|his|her|their)\s+(.+?)\s+(?:is|was|'s)$", r"a \1", what)
        if _TITLED.search(text[max(0, m.start() - 12) : m.end()]):
            continue  # "the new single, it's called Paper Moons": a title, no one in the film
        gender = gender_of(what)
        first = re.search(r"[.!?\n]", text)
        end = first.start() if first else len(text)
        introduced = m.start() < end
        if introduced and gender == "?":
            # "a baker called Ines: she opens her shop": the pronouns of the same sentence say
            # who she is (further on they may be someone else's: "A girl strokes him, then she…")
            after = text[m.end() : end]
            she, he = len(_SHE.findall(after)), len(_HE.findall(after))
            gender = "f" if she > he else "m" if he > she else "?"
        member = cast.add(Member(m.group("name"), "character", _describe(what), gender))
        # named in the video's own sentence, before any picture: the "she" of the shots after
        member.introduced = member.introduced or introduced
        if noun := _PERSONISH.search(what):
            # "a puppy named Max … the puppy": one member, not Max and a puppy
            cast.aliases.setdefault(f"the {noun.group(0).lower()}", member.key)
    for m in _APPOSITIVE_AFTER.finditer(_QUOTED_OUT.sub(_blanked, text)):
        # (not inside quotes: "heartbreak, Paris, a dog" is written on a book's wrapping)
        what = m.group("what")
        # ("Halide Neon, a one-woman neon workshop": who runs it, in a word of its own)
        noun = _PERSONISH.search(re.sub(r"\w+-(?:wo)?m[ae]n\b", " ", what)) or _TRADE.search(what)
        if noun is None or m.group("name") in _NOT_NAMES or _ACTS.search(what):
            continue
        gender = gender_of(noun.group(0))
        if gender == "?":
            # "Elena, the last clog maker … her workshop, her old hands": the pronouns after
            # the name say who "her" is
            after = text[m.end() : m.end() + 240]
            she, he = len(_SHE.findall(after)), len(_HE.findall(after))
            gender = "f" if she > he else "m" if he > she else "?"
        member = cast.add(Member(m.group("name"), "character", _describe(what), gender))
        # introduced before any picture of her: the "her" of the shots is hers
        member.introduced = member.introduced or m.start() < text.find(".") or False
        cast.aliases[f"the {noun.group(0).lower()}"] = member.key
    for m in _SCREENPLAY_NAME.finditer(text):
        # "JONAH (60s, yellow oilskins) throws a rope": a screenplay introduces its people so.
        if m.group("name") not in _SLUG_WORDS:
            cast.add(Member(m.group("name").title(), "character", _describe(m.group("what"))))
    acting: dict[str, int] = {}
    for m in _ACTING_NAME.finditer(text):
        if m.group("name") not in _NOT_NAMES:
            acting[m.group("name")] = acting.get(m.group("name"), 0) + 1
    for name, times in acting.items():
        if (
            times >= 2
            and cast.get(name) is None
            and name not in cast.aliases.values()
            # "Swim sideways! … Swim between the flags": an imperative at a sentence's start,
            # the same word written in lower case elsewhere ("don't swim against it")
            and not (is_english_word(name) and re.search(rf"\b{re.escape(name.lower())}\b", text))
        ):
            cast.add(Member(name, "character"))
    for m in _NAME_THE_NOUN.finditer(text):
        if m.group("name") in _NOT_NAMES:
            continue  # "After the baker is cutting the bread"
        kind_noun = m.group("noun").lower()
        member = cast.add(
            Member(m.group("name"), "character", f"a {kind_noun}", gender_of(kind_noun))
        )
        cast.aliases[f"the {kind_noun}"] = member.key
    for kin in _MY_KIN.finditer(text):
        # "this is for my uncle's shop (he's been fixing radios since 1979)": the "he" of the
        # pictures after it, though no picture names him.
        kin_noun = kin.group("kin").lower()
        if cast.get(f"the {kin_noun}") is None and not cast.characters:
            cast.add(
                Member(
                    f"the {kin_noun}",
                    "character",
                    f"my {kin_noun}",
                    gender_of(kin_noun),
                    introduced=True,
                )
            )
    lang = language_of(text).code
    _capitals(text, cast)
    _products(text, cast)
    _recurring_names(text, cast, lang)
    _named_in_passing(text, cast, lang)
    _locks(text, subject, cast)
    _bracketed(text, cast)
    _described_throughout(text, cast)
    for member in cast.characters:
        word = member.key
        if (
            word[:1].isupper()
            and " " not in word
            and (word in _NOT_NAMES or is_english_word(word.lower()))
            and re.search(rf"[\w,;]\s+{re.escape(word)}\b", text)  # capitalised mid-sentence
        ):
            cast.cased.add(word)
    return cast


def _bracketed(text: str, cast: Cast) -> None:
    """ "Our barista Jonas (late 20s, red beanie, tattoos)": what the brackets after a name say
    is how that person looks, kept with their description."""
    for member in cast.characters:
        if member.key.startswith("the "):
            continue
        m = re.search(
            rf"\b{re.escape(member.key)}\b[\w' -]{{0,20}}?\s*\(([^()]{{2,80}})\)", text, re.I
        )
        if m is None or re.search(r"\b(?:me|that'?s|thats|it'?s|its|this is)\b", m[1], re.I):
            continue
        said = m[1].strip()
        if said.lower() not in member.description.lower():
            member.description = f"{member.description}, {said}" if member.description else said


def _described_throughout(text: str, cast: Cast) -> None:
    """ "Our head brewer, Rosa Quintero, is in every single shot: red bandana, grey overalls":
    what follows the colon is how the person who recurs looks."""
    for member in cast.characters:
        if member.key.startswith("the "):
            continue
        m = re.search(
            rf"\b{re.escape(member.key)}\b[^.;:\n]{{0,60}}?\bin (?:every|each|all)\s+(?:single\s+)?"
            r"(?:shots?|clips?|scenes?)\s*[:-]\s*([^.;\n]{2,120})",
            text,
            re.I,
        )
        if m is None:
            continue
        said = m[1].strip(" ,")
        if said.lower() not in member.description.lower():
            member.description = f"{member.description}, {said}" if member.description else said


def _capitals(text: str, cast: Cast) -> None:
    """Names written in capitals: a screenplay's people ("MOTH", "a robot, KESTREL,"), a brand
    said twice in capitals ("NOCTURNE … NOCTURNE in gold letters"), a header's brand the brief
    names again ("VOLTRA E-BIKES / … unlocking her Voltra")."""
    screenplay = re.search(r"\b(?:INT|EXT)\.", text) is not None
    if screenplay:
        for caps in dict.fromkeys(re.findall(r"\b[A-Z][A-Z'-]{2,}\b", text)):
            name = caps.removesuffix("'S").capitalize()
            if (
                caps not in _SLUG_WORDS
                and len(re.findall(rf"\b{caps}\b", text)) >= 2
                and not re.search(rf"\b(?:INT|EXT)\.[^\n]*\b{caps}\b", text)
                and cast.get(name) is None
                and (
                    not is_english_word(caps)
                    # "MOTH" alone on its line cues its words; "a robot, KESTREL," names it
                    or re.search(rf"(?m)^\s*{caps}\s*$|,\s*{caps}\s*,", text) is not None
                )
            ):
                cast.add(Member(name, "character"))
    introduced = re.findall(
        r"\b([A-Z][A-Z'-]{2,})\s*(?:\((?:\d|late|early|mid)|,\s*who\b)", text
    )  # "MILO (30s, …)", "a woman in red, NINA, who doesn't look up"
    for caps in dict.fromkeys(introduced):
        # "a lone fisherman, THOMAS (60s)", "ELSIE (8)": a screenplay's introduction of a
        # person with an age, even when the name is written once in capitals
        name = caps.capitalize()
        if caps not in _SLUG_WORDS and cast.get(name) is None:
            cast.add(Member(name, "character"))
    for caps in dict.fromkeys(re.findall(r"\b[A-Z]{4,}(?:\s+[A-Z]{4,})?\b", text)):
        # "NOCTURNE - eau de parfum … NOCTURNE in gold serif letters": a name in capitals said
        # twice outside a screenplay (where capitals are its people) is the brand
        if (
            not screenplay
            and len(re.findall(rf"\b{caps}\b(?!\s*:)", text)) >= 2
            and not any(w in _SLUG_WORDS for w in caps.split())
            and caps.split()[0].title() not in _NOT_NAMES  # ("MUST NOT use drones")
            and not any(m.key.lower() == caps.lower() for m in cast.members)
        ):
            cast.add(Member(caps.title(), "brand", caps))
    for caps in dict.fromkeys(re.findall(r"\b[A-Z]{4,}\b", text)):
        # "VOLTRA E-BIKES / …": a header's brand in capitals, then "unlocking her Voltra".
        name = caps.title()
        if (
            caps not in _SLUG_WORDS
            and name not in _NOT_NAMES
            and not is_english_word(caps)
            and cast.get(name) is None
            and re.search(rf"\b{name}\b", text)
        ):
            owned = re.search(rf"\b(?:her|his|their|my|our|your|a|the)\s+{name}\b", text)
            cast.add(Member(name, "product" if owned else "brand", name))


def _named_in_passing(text: str, cast: Cast, lang: str) -> None:
    """Names a sentence gives on its way: designations, titles, a business's name, "that's
    Dev", "Canela, una perra", "A couple, Maren and Theo,"."""
    for m in re.finditer(r"\b([A-Z][A-Z0-9]*-\d+|[A-Z]{2,}\d+)\b", text):
        # "UNIT-7, a slender android …; UNIT-7 looks up": a designation is a name
        if (
            len(re.findall(rf"\b{re.escape(m.group(1))}\b", text)) >= 2
            and cast.get(m.group(1)) is None
        ):
            cast.add(Member(m.group(1), "character"))
    for m in re.finditer(rf"\b({_NAME})\s+(?:and|&)\s+({_NAME})\b", text):
        # "Dev and Grace both appear": named beside someone known, a word is a name ("Grace")
        known = [w for w in m.groups() if (c := cast.get(w)) is not None and c.kind == "character"]
        # ("Whaea Mere and Uncle Rawiri": a word with a name after it is that name's title)
        titled = re.match(rf"\s+{_NAME}\b", text[m.end() :]) is not None
        for word in m.groups():
            if titled and word == m.group(2):
                continue
            if known and word not in known and word not in _NOT_NAMES and cast.get(word) is None:
                cast.add(Member(word, "character"))
    for m in re.finditer(
        rf"\b(?:Dona|Don|Doña|Señora|Señor|Senhora|Senhor|Frau|Herr|Madame|Monsieur|Signora|"
        rf"Signor|Mrs|Mr|Ms|Miss|Dr|Auntie|Uncle|Grandma|Grandpa|Nana|Granny|"
        # the honorifics and kin of other languages, written before a name in English too
        rf"Ibu|Bapak|Pak|Bu|Mbak|Mas|Nonna|Nonno|Oma|Opa|Abuela|Abuelo|Tía|Tío|Baka|Djed|"
        rf"Babcia|Dziadek|Vovó|Vovô|Avó|Avô|Seu|Tante|Onkel|Mamie|Papi|Papy|Bà|Ông|Chị|Anh|"
        rf"Bibi|Babu|Amma|Appa|Dadi|Nani|Didi|Bhai)\.?\s+(?P<name>{_NAME})",
        text,
    ):
        # "as mãos da Dona Rosa", "Grandma Rosa": a title before a name makes it one ("Dr Lewis"
        # after "Dr Amara Lewis" is her again)
        if (
            cast.get(m["name"]) is None
            and m["name"] not in _NOT_NAMES
            and not cast.known(m["name"])
        ):
            cast.add(Member(m["name"], "character", m.group(0)))
    for m in re.finditer(
        rf"(?<![&+]\s)\b(?P<name>{_NAME})\s+\((?P<what>[^()]{{2,80}})\)(?=[ \t]+[a-z]+(?:ing|s)\b)",
        text,
    ):
        # "Hannah (owner, curly red hair, green apron) wrapping a bouquet": who she is, in brackets
        if (
            cast.get(m["name"]) is None
            and m["name"] not in _NOT_NAMES
            and (
                _PERSONISH.search(m["what"])
                or re.search(
                    r"\b(?:hair|beard|apron|glasses|tattoos?|\d0s|aged? \d+)\b", m["what"], re.I
                )
            )
        ):
            cast.add(Member(m["name"], "character"))
    for m in _BUSINESS_NAMED.finditer(text):
        # "my plumbing business, Dripfix Plumbing", "Castmere cast-iron skillet ad"
        name = m.group("name") or m.group("adname")
        if m.group("adname") and (
            is_english_word(name, compounds=False)
            or any(w in _ENGLISH_GLUE for w in (m.group("what") or "").lower().split())
        ):
            continue  # "Car commercial.": a kind of ad, not a name ("Runtime of teaser": a label)
        if m.group("adname") and name.endswith(("'s", "’s")) and m[0].lower().endswith("spot"):
            continue  # "Rolo's favourite sunny spot": the dog's place in the sun
        if name and name.split()[0] not in _NOT_NAMES and cast.get(name) is None:
            sold = m.group("adname") and any(
                product_kind(w) for w in (m.group("what") or "").lower().split()
            )
            cast.add(Member(name, "product" if sold else "brand", name))
    for m in re.finditer(
        rf"\b(?P<name>{_NAME}),\s+(?:una?|un|une|el|la|le|uno|eine?|een|um|uma)\s+[a-zà-ÿ]", text
    ):
        # "Canela, una perra mestiza", "Léon, un petit hérisson": named, then described
        if (
            m["name"] not in _NOT_NAMES
            and cast.get(m["name"]) is None
            and not is_english_word(m["name"])
            and lang not in ("en", "de")
        ):
            cast.add(Member(m["name"], "character"))
    for m in re.finditer(rf",\s*(?:that's|that is|it's|called)\s+(?P<name>{_NAME}),", text):
        # "a mechanic, that's Dev, truing a wheel"
        if m["name"] not in _NOT_NAMES and cast.get(m["name"]) is None:
            cast.add(Member(m["name"], "character"))
    for m in re.finditer(
        rf"\b(?i:an?|the|two)\s+(?P<noun>[a-z]+),\s+(?P<a>{_NAME})\s+(?:and|&)\s+(?P<b>{_NAME}),",
        text,
    ):
        # "A couple, Maren and Theo, climb": the couple is these two
        for name in (m["a"], m["b"]):
            if name not in _NOT_NAMES and cast.get(name) is None:
                cast.add(Member(name, "character"))


_BUSINESS_NAMED = re.compile(
    rf"\b(?i:business|shop|store|company|studio|salon|brand|bakery|practice|firm|agency|school|"
    rf"restaurant|café|cafe|bar|gym|clinic),\s+(?P<name>{_NAME}(?:\s+(?:&\s+)?{_NAME}){{0,3}})"
    rf"|(?:^|[.:]\s+)(?P<adname>{_NAME})\s+(?P<what>(?:[\w-]+\s+){{0,3}})(?i:ad|advert|commercial|"
    rf"spot|promo|teaser|launch)\b"
)


# "The names drop in one by one: HALCYON BLUE, The Marrows, DJ Kestrel": words on screen, not
# people to keep the same from shot to shot.
_ON_SCREEN_LIST = re.compile(
    r"\b(?:names?|line-?up|acts|artists|bands|credits|speakers|featuring|results?)\b[^:.\n]{0,60}:"
    r"[^.\n]*",
    re.IGNORECASE,
)


_ON_THE_LABEL = re.compile(
    r"\b(?i:label|labelled|labeled|label reading|the label says)\s*[:,]?\s*[\"'](?P<name>[A-Z][^\"'\n]{1,40})[\"']"
)


def _unlisted(text: str) -> str:
    return _ON_SCREEN_LIST.sub(" ", text)


def _is_name(word: str, text: str, cast: Cast) -> bool:
    """A capitalised word that names someone: not a describing word, not a member already (a
    brand "Crumb" is not a person), and never written in lower case elsewhere ("Drone" is)."""
    return (
        word not in _NOT_NAMES
        and word not in _DESCRIBING
        # "Worn-out shoes hanging": a describing word of English parts is no one's name
        and not ("-" in word and all(is_english_word(p) for p in word.lower().split("-") if p))
        and cast.get(word) is None
        and word not in cast.aliases.values()
        and not cast.known(word)  # "Lewis" of "Dr Amara Lewis"
        # (an email address or a link is no word written: "Questions to nadia@myceliafarms.co")
        and not re.search(rf"\b{re.escape(word.lower())}\b", _ADDRESSES.sub(" ", text))
        and not any(word in m.key.split() for m in cast.members)
    )


_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|\bwww\.\S+")


_ON_SOMEONE = re.compile(
    r"\b(?:close|closer|focus|zoom(?:\s+in)?|push(?:\s+in)?|hold|stay|land|lands|end|ends|open|"
    r"opens|linger|rest|settle|back|pan)\s+on\b|\bcut(?:s)?\s+to\b",
    re.IGNORECASE,
)


# "me trimming the brim", "Me putting the fedora on": the writer doing something in a picture
_ME_AT_WORK = re.compile(r"(?:^|(?<=[\n,;:)])|(?<=\band)|(?<=\bthen))\s*(?i:me)\s+[a-z]{3,}ing\b")


def _an_article(word: str, text: str) -> bool:
    """Whether a capitalised article of another language ("Os", "Le") is only an article: it
    opens its line or sentence ("Os telhados…") or, inside one, starts a name ("devant Le Petit
    Fournil"); "Video of Les sharing his recipe" is Les."""
    inside = re.finditer(rf"(?<![.!?\n:-])(?<![.!?\n:-]\s)\b{re.escape(word)}\b", text)
    return all(re.match(r"\s+[A-Z]", text[m.end() :]) for m in inside)


def _recurring_names(text: str, cast: Cast, lang: str) -> None:
    """Names the other readers miss: "run by Ines … Ines pulls the loaves", "Ines kneading
    dough; Ines handing a bag": a capitalised word that is introduced, or that recurs and acts
    (a verb after it) at least once."""
    unquoted = re.sub(r'"[^"]*"|“[^”]*”', " ", text)
    # "the new single, it's called Paper Moons", "the song title, Paper Moons": a title's words
    unquoted = _TITLED.sub(" ", unquoted)
    # German writes every noun with a capital ("voller Waben"): there a capital says nothing.
    capital_is_a_name = lang != "de"
    # "Our model Ines Carvalho walks": Carvalho is Ines's surname, not a second person
    surnames = {
        m.group(2)
        for m in re.finditer(rf"\b({_NAME})\s+({_NAME})\b", unquoted)
        if not is_english_word(m.group(1))  # "Brewer Tomasz tastes": a role, then the name
    }
    places = {
        m.group(1)
        for m in re.finditer(
            rf"\b(?:at|in|on|to|from|near|over|above|of|across|around)\s+({_NAME})", unquoted
        )
        # ("close on Margaret", "cut to Ana": the camera on someone who acts elsewhere, no
        # place; "close on Snowdon, then Snowdon again at dusk" stays a place)
        if not (
            _ON_SOMEONE.search(unquoted[max(0, m.start() - 12) : m.start() + 3])
            and re.search(
                rf"\b{re.escape(m.group(1))}\s+(?:again,?\s+)?(?:[a-z]+ly\s+)?[a-z]{{3,}}(?:ing|s)\b",
                unquoted,
            )
        )
    }
    foreign = lang not in ("en", "de")
    places_abroad = {
        m.group(1)
        for m in re.finditer(
            # (in, never of: "la fiesta de Valeria" is hers)
            # ("se queda en Carmen": the camera stays on her)
            rf"\b(?:em|na|no|nas|nos|dans|au|aux|nel|nella)\s+({_NAME})",
            unquoted,
        )
    }
    seen: dict[str, int] = {}
    acting: set[str] = set()
    doing: set[str] = set()  # a verb right after it: "Ines shapes", not "Ines and"
    inside: set[str] = set()  # …and not the first word of its sentence
    for m in re.finditer(_NAME, unquoted):
        word = m.group(0).removesuffix("'s")
        seen[word] = seen.get(word, 0) + 1
        # "Amina, 12, walks": an age between commas; "Winemaker's hands": a possessive's next
        # word is a noun, never its verb.
        end = m.end()
        # "Kacper Nowak broadsides past the fence … Kacper on the podium": the verb after the
        # surname is his (a name said again alone; "Ibu Wati folds" is Wati, titled)
        if (
            (sur := re.match(rf"\s+({_NAME})", unquoted[end:]))
            and sur.group(1) in surnames
            and word not in NAME_TITLES
            and word.lower() not in _FOREIGN_GLUE  # ("Le Petit Fournil": a shop)
            # (said once: "Elfyn Evans … Evans" is read by the surname he goes by)
            and len(re.findall(rf"\b{re.escape(sur.group(1))}\b", unquoted)) == 1
            and re.search(rf"\b{re.escape(word)}\b(?!\s+{re.escape(sur.group(1))})", unquoted)
        ):
            end += sur.end()
        after = _NEXT_WORD.match(unquoted, end) or _DESCRIBED_THEN_ACTS.match(unquoted, end)
        verb = (
            after is not None
            and not m.group(0).endswith("'s")
            and (
                after.group("word").endswith(("s", "ing", "ed"))
                and after.group("word") not in ("is", "has", "was", "its", "this", "as", "us")
            )
        )
        # "Arthur's hands stitching the satin pleats": hands at work are someone's, acting
        verb = (
            verb
            or bool(
                m.group(0).endswith("'s")
                and _HANDS_AT_WORK.match(unquoted, m.end())
                # ("Big Ben's hands ticking": a clock's, after another capitalised word)
                and not re.search(r"[A-Z][\w'-]*\s+$", unquoted[max(0, m.start() - 20) : m.start()])
            )
        )
        if verb:
            doing.add(word)
            if re.search(r"[a-z,;]\s+$", unquoted[max(0, m.start() - 3) : m.start()]):
                inside.add(word)  # "pushing in as Ruth gathers": capitalised mid-sentence
        # ("maybe Bess again at the end": seen again, so seen before)
        again = (
            after is not None
            and after.group("word") == "again"
            and word not in places
            # (a word that is a name: "his old terrier Pip" before; never "Chorus", "Kitchen")
            and (
                not is_english_word(word.lower())
                or re.search(
                    rf"\b(?:her|his|their|my|our)\s+(?:[a-z]+\s+){{0,2}}{re.escape(word)}\b",
                    unquoted,
                )
                is not None
            )
        )
        if again or (
            verb or (after and after.group("word") in ("is", "was", "has", "does", "and", "who"))
        ):
            acting.add(word)
        elif foreign and after is not None and acts_abroad(after.group("word")):
            # "Alberto che intaglia", "seu Geraldo tirando leite": in a language the English
            # endings cannot read, a name followed by a word that is no article or preposition
            # (a verb, "who") acts; it still has to recur to be cast
            acting.add(word)
    for m in (*_ROLE_NAMED.finditer(unquoted), *_LINE_NAMED.finditer(unquoted)):
        name = m.group("name")
        role = (m.groupdict().get("role") or "").lower()
        if (
            name not in _NOT_NAMES
            and cast.get(name) is None
            and not re.search(rf"\b{re.escape(name.lower())}\b", text)
        ):
            # "her neighbour Tomás": the neighbour is Tomás, in the brief and in later chat
            cast.add(Member(name, "character", f"the {role}" if role else "", gender_of(role)))
            if role:
                cast.aliases.setdefault(f"the {role}", name)
    for member in cast.characters:
        if not member.description and (
            rm := re.search(
                rf"\b(?i:{'|'.join(reversed(_ROLES))})\s+{re.escape(member.key)}\b", unquoted
            )
        ):
            role = rm.group(0).rsplit(" ", 1)[0].lower()
            member.description = f"the {role}"
            cast.aliases.setdefault(f"the {role}", member.key)
    if (bp := _BRAND_PRODUCT.match(text)) and bp["brand"].split()[0] not in _NOT_NAMES:
        cast.add(Member(bp["brand"], "brand"))
        cast.add(Member(bp["product"], "product", f"{bp['brand']} {bp['product']}"))
        cast.product_words = (*cast.product_words, *bp["product"].split())
    for m in _ME_NAMED.finditer(unquoted):
        if m["thing"] and cast.get(m["thing"]) is None:
            # "our app Tally (the budgeting one)" is the product; "my channel Smoke & Salt", the
            # brand
            sold = m["noun"].lower() in ("app", "product", "game")
            cast.add(Member(m["thing"], "product" if sold else "brand"))
        if m["name2"] and m["name2"] not in _NOT_NAMES and cast.get(m["name2"]) is None:
            cast.add(Member(m["name2"], "character", "the presenter"))  # "I'm Marco, I talk…"
            cast.aliases.setdefault("me", m["name2"])  # "Last shot me tasting it": Marco
    # "Coach Dre here 💪 doing a 3-part series … me holding a plank": the writer, by name, in
    # the shots that say "me"
    if (
        (here := _HERE_NAMED.match(unquoted))
        and here["name"] not in _NOT_NAMES
        # ("Petals here!" is the shop)
        and (is_proper_noun(here["name"]) or not is_english_word(here["name"].lower()))
        and re.search(r"\bme\b", unquoted[here.end() :])  # ("my workbench": no one in shot)
    ):
        known = cast.get(here["name"])  # ("Coach Dre" is read as a title and a name first)
        member = known or cast.add(Member(here["name"], "character", "the presenter"))
        cast.aliases.setdefault("me", member.key)
    for m in _THATS_ME.finditer(unquoted):
        # "Rosa (thats me!!) slamming salsa verde": the writer, by name
        # ("Captain Confetti 🎉 (that's me…)": cast by its title already, and now the writer)
        known = next((c for c in cast.characters if c.key == m["name"]), None)
        if known or m["name"] not in _NOT_NAMES:
            member = known or cast.add(Member(m["name"], "character", "the presenter"))
            cast.aliases.setdefault("me", member.key)
    looked = _I_LOOK_LIKE.search(unquoted) or _ME_LOOKING.search(unquoted)
    if (
        "me" not in cast.aliases
        and looked is not None
        # (what they wear or their hair, never a name or a time: "me (Jake) jumping off the
        # dock" is Jake, read below; "me (10 years ago, in Spain)" no look)
        and _WORN.search(looked["look"]) is not None
    ):
        # "im the one in black overalls and a top hat", "Shot of me (big lad, shaved head,
        # leather apron)": the writer is in the film, unnamed, and must look the same in each
        # shot that shows "me"
        member = cast.add(Member("me", "character", looked["look"].strip(" ,")))
        cast.aliases.setdefault("me", member.key)
    elif "me" not in cast.aliases and len(_ME_AT_WORK.findall(unquoted)) >= 2:
        # "4) me trimming the brim … 6) me putting the finished fedora on…": the writer in two
        # pictures or more, unnamed, looks the same in each (a recurring subject)
        member = cast.add(Member("me", "character", "the writer"))
        cast.aliases.setdefault("me", member.key)
    for m in _LABELLED_PERSON.finditer(unquoted):
        # "Model: Ines Okafor.", "Recurring figure: the Hollow Man - impossibly tall, no face"
        role = m["role"].lower().removeprefix("recurring ")
        name = m["name"].strip()
        if len(name.split()) > 1 and not any(is_english_word(w) for w in name.split()):
            name = name.split()[0]  # "Model: Ines Okafor": the shots call her Ines
        if cast.get(name) is None:
            member = cast.add(Member(name, "character", f"the {role}", locked=True))
            cast.aliases.setdefault(f"the {role}", member.key)
    for m in _THE_PET_NAMED.finditer(unquoted):
        # "the shop cat Mabel asleep on a pile of denim": an animal and its name
        name = m["name"]
        if (
            name not in _NOT_NAMES
            and cast.get(name) is None
            and (not is_english_word(name) or unquoted.count(name) >= 2)
        ):
            noun = m["noun"].lower()
            member = cast.add(Member(name, "character", f"a {noun}"))
            cast.aliases.setdefault(f"the {noun}", member.key)
    for m in (*_ME_NAMED.finditer(unquoted), *_MY_NAMED.finditer(unquoted)):
        # "me (Jake) jumping off the dock", "my dog Biscuit runs after me"
        if not m.groupdict().get("name"):
            continue
        name = m.group("name").removesuffix("'s")
        if name not in _NOT_NAMES and cast.get(name) is None:
            noun = (m.groupdict().get("noun") or "").lower()
            member = cast.add(
                Member(name, "character", f"a {noun}" if noun else "", gender_of(noun))
            )
            if noun:
                cast.aliases.setdefault(f"the {noun}", member.key)
    for m in _INTRODUCED.finditer(unquoted):
        # "my daughter Lily's party … lily blowing out candles": introduced, so a name even
        # where the person typed it in lower case.
        name = m.group("name").removesuffix("'s")
        if name not in _NOT_NAMES and cast.get(name) is None:
            cast.add(Member(name, "character"))
    letters = [c for c in unquoted if c.isalpha()]
    if lang == "en" and letters and sum(c.isupper() for c in letters) / len(letters) < 0.02:
        # A chat typed all in lower case ("like kenji flipping noodles then yuki and mo running"):
        # a word that is no English word, doing something, is someone's name.
        for m in _LOWER_INTRODUCED.finditer(unquoted):
            # "star is biscuit, my beagle. biscuit waiting by the door": introduced, and said again
            name = m["name"] or m["name2"] or m["name3"]
            if (
                name not in _LOWER_NOT_NAMES
                # ("my dog runs on the beach": a verb, not a name; "tilly" is a word too, so
                # only a verb form is refused)
                and not (m["name3"] and _verb_after_pet(name, unquoted[m.end() :]))
                and len(re.findall(rf"\b{name}\b", unquoted)) >= 2
                and cast.get(name.title()) is None
            ):
                noun = (m["noun"] or m["noun2"] or m["noun3"] or "").lower()
                member = cast.add(
                    Member(name.title(), "character", f"a {noun}" if noun else "", gender_of(noun))
                )
                if noun:
                    cast.aliases.setdefault(f"the {noun}", member.key)
        for m in _LOWER_ACTOR.finditer(unquoted):
            pair = [w for w in (m["a"], m["b"]) if w and w not in _LOWER_NOT_NAMES]
            # "yuki and mo running": beside a name, a short word ("mo") is a name too
            if any(not is_english_word(w) for w in pair):
                for word in pair:
                    if cast.get(word.title()) is None and (
                        not is_english_word(word) or len(pair) == 2
                    ):
                        cast.add(Member(word.title(), "character"))
    if foreign:
        _led_names_abroad(unquoted, text, cast, lang)
    if lang == "de":
        _named_in_german(unquoted, text, cast, places)
    for word, times in seen.items():
        # Twice and acting once is a name; so is once and acting when the word is no English
        # word ("Her neighbour Tomás brings her coffee"; "Flour drifts" is the flour).
        named = times >= 2 or (
            word in doing
            # "as Ruth gathers molten glass": a given name that is also a word ("ruth"), said
            # capitalised inside a sentence
            and (not is_english_word(word) or (word in inside and is_proper_noun(word)))
            and capital_is_a_name
            and word not in surnames
            and word not in places  # "over the lake at Hallstatt, …": a place
        )
        if foreign and (
            (word.lower() in _FOREIGN_GLUE and _an_article(word, unquoted))
            or (word in places_abroad)
        ):
            # "Os telhados…", "Os azulejos…": an article opening two lines; "em Alfama", "de
            # Alfama vistos de cima": a place (both were cast, and drawn as people)
            continue
        if named and word in acting and _is_name(word, text, cast):
            cast.add(Member(word, "character"))


# Articles, prepositions and conjunctions of the Romance and Dutch briefs: after a capitalised
# word they say nothing of a person acting ("Serra da Canastra", "Alberto e Giulia").
# fmt: off
_FOREIGN_GLUE = frozenset({
    "a", "ao", "aos", "as", "al", "alla", "alle", "au", "aux", "com", "con", "da", "das", "de",
    "dei", "del", "della", "delle", "der", "des", "di", "do", "dos", "du", "e", "ed", "el", "em",
    "en", "et", "het", "i", "il", "in", "l", "la", "las", "le", "les", "los", "met", "na", "nas",
    "nel", "nella", "no", "nos", "o", "op", "os", "ou", "per", "pour", "por", "pra", "pro", "sa",
    "se", "su", "sul", "sulla", "te", "tot", "uit", "un", "una", "une", "uno", "van", "voor", "y",
})
# fmt: on


# "Baka Ankica reže lavandu", "bageren Søren ælter dej", "Ibu Sri drawing hot wax": a word in
# front (a title, a role: it is no glue), the capitalised name, and a word it does.
_LED_NAME = re.compile(
    rf"\b(?P<before>[^\W\d_][\w-]*)[ \t]+(?P<name>{_NAME})[ \t]+(?P<after>[a-zà-ÿ][\w'-]*)",
)
_ENGLISH_GLUE = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "with",
        "by",
        "as",
        "is",
        "was",
        "are",
        "be",
        "this",
        "that",
        "it",
    ]
)


# Prepositions that lead a place rather than a person ("over Geirangerfjorden", "iz Splita")
_PLACE_LEADS = frozenset(
    [
        "over",
        "under",
        "fra",
        "til",
        "på",
        "ved",
        "mot",
        "med",
        "av",
        "om",
        "bei",
        "auf",
        "aus",
        "nach",
        "sobre",
        "sur",
        "dans",
        "sous",
        "sotto",
        "sopra",
        "entre",
        "tra",
        "nad",
        "pod",
        "przy",
        "w",
        "we",
        "z",
        "ze",
        "u",
        "iz",
        "od",
        "po",
        "za",
        "kod",
        "naar",
        "bij",
        "boven",
        "onder",
        "langs",
        "near",
        "into",
        "onto",
        "across",
        "towards",
        "toward",
        "through",
        "around",
        "outside",
        "inside",
    ]
)


# "Lucero, nuestro caballo, jalando la tahona", "Citlali, la nieta de Don Aurelio, sirviendo":
# a name, who or what it is between commas, then a word that is no glue (its act)
_ANIMAL_ABROAD = re.compile(
    r"\b(?i:caballo|perr[oa]|gat[oa]|burro|vaca|cheval|chien|chat|âne|vache|pferd|hund|katze|"
    r"esel|kuh|cavallo|cane|gatto|asino|mucca|cavalo|cachorr[oa]|paard|hond|kat|ezel|"
    r"nieta|nieto|hija|hijo|abuel[oa]|neta|neto|petite-fille|enkelin|nipote)\b"
)
_NAMED_ABROAD = re.compile(
    rf"(?:^|[-*•\n.;:!?]\s*)(?P<name>{_NAME}),\s+(?i:nuestr[oa]s?|mi|mis|su|sus|el|la|los|las|"
    r"notre|nos|mon|ma|le|la|les|unser|unsere|mein|meine|der|die|das|il|lo|nostro|nostra|"
    r"o|a|os|as|nosso|nossa|onze|ons|de|het)\s+[^,\n]{2,40},\s+(?P<act>[a-zà-ÿ][\w'-]{2,})"
)


def _led_names_abroad(unquoted: str, text: str, cast: Cast, lang: str) -> None:
    """In a brief in another language a person is often named once, led by a title or a role the
    English readers do not know: once is enough when something leads the name and it acts."""
    for m in _NAMED_ABROAD.finditer(unquoted):
        if (
            acts_abroad(m["act"])
            # who it is names a person or an animal ("nuestro caballo", "la nieta de …"), not a
            # place ("mi ciudad natal")
            and (says(lang, "person", m.group(0)) or _ANIMAL_ABROAD.search(m.group(0)))
            and not is_english_word(m["name"].lower())
            and _is_name(m["name"], text, cast)
        ):
            cast.add(Member(m["name"], "character"))
    for m in _LED_NAME.finditer(unquoted):
        name, before, after = m["name"], m["before"].lower(), m["after"].lower()
        # Portuguese says what someone is doing with "a" and the infinitive: "o nosso instrutor
        # Tiago a encerar a prancha"
        doing = lang == "pt" and after == "a" and re.match(r"\s+\w+[aei]r\b", unquoted[m.end() :])
        if (
            before in _FOREIGN_GLUE
            or before in _ENGLISH_GLUE
            or before in _PLACE_LEADS
            or (not acts_abroad(after) and not doing)
            or (after in _ENGLISH_GLUE and not doing)
            or cast.get(m["before"]) is not None  # "Ines Carvalho walks": her surname
            or is_english_word(name)
            or "-" in name  # "Søstre-fossen": a place's name
            # "De Syv Søstre-fossen stuper": a run of capitals is a name of a thing
            or (
                m["before"][:1].isupper()
                and re.search(rf"{_NAME}\s+$", unquoted[max(0, m.start() - 30) : m.start()])
            )
        ):
            continue
        if _is_name(name, text, cast):
            cast.add(Member(name, "character"))


# German capitalises every noun, so a capital is no name there; a given name is one when a
# role leads it ("seine Tochter Lena bemalt") or, one the dictionary knows, it leads a sentence
# and something follows it in lower case ("Konrad Baumann schnitzt").
_GERMAN_ROLE_NAME = re.compile(
    rf"\b(?i:tochter|sohn|mutter|vater|frau|herr|meister|meisterin|oma|opa|bruder|schwester|"
    rf"kollege|kollegin|chef|chefin|enkel|enkelin|großvater|großmutter|tante|onkel|freund|"
    rf"freundin|mann|lehrling|geselle|gesellin)\s+(?P<name>{_NAME})(?:\s+{_NAME})?\s+[a-zäöüß]"
)
_GERMAN_LEAD_NAME = re.compile(
    rf"(?:^|[.:!?]\s+)(?:\d{{1,2}}[.)]\s*)?(?P<name>{_NAME})(?:\s+(?P<last>{_NAME}))?\s+"
    r"(?P<verb>[a-zäöüß]{3,}(?:t|en))\b",
    re.MULTILINE,
)


def _named_in_german(unquoted: str, text: str, cast: Cast, places: set[str]) -> None:
    found = [
        m["name"]
        for m in _GERMAN_ROLE_NAME.finditer(unquoted)
        # a given name the dictionary knows, or one that ends as few German nouns do ("Mia",
        # "Timo"); "der Lehrling Holz sägt" saws wood
        if is_proper_noun(m["name"]) or re.search(r"[aioy]$", m["name"])
    ]
    found += [
        m["name"]
        for m in _GERMAN_LEAD_NAME.finditer(unquoted)
        if is_proper_noun(m["name"]) and not is_english_word(m["name"].lower())
    ]
    for name in found:
        if name not in places and _is_name(name, text, cast):
            cast.add(Member(name, "character"))


def acts_abroad(word: str) -> bool:
    """After a name in another language: a word of three letters or more that is no glue."""
    return len(word) >= 3 and word.lower() not in _FOREIGN_GLUE


_PET_OR_KIN = "|".join(
    (*KIN_NOUNS, *ANIMAL_NOUNS, "pup", "boyfriend", "girlfriend", "partner", "bestie", "mate")
)
_LOWER_INTRODUCED = re.compile(
    rf"\bstar(?:ring)?\s+(?:is\s+)?(?P<name>[a-z]{{2,}})\b(?:,\s+(?:my|our)\s+(?:[a-z-]+\s+)?"
    rf"(?P<noun>{_PET_OR_KIN})\b)?"
    rf"|\b(?P<name2>[a-z]{{2,}}),\s+(?:my|our)\s+(?:[a-z-]+\s+)?(?P<noun2>{_PET_OR_KIN})\b"
    # "our tortoise tilly … tilly asleep under the hedge" (said twice, checked below)
    rf"|\b(?:my|our)\s+(?:[a-z-]+\s+)?(?P<noun3>{_PET_OR_KIN})\s+"
    r"(?P<name3>(?!(?:is|was|and|or|in|on|at|by|with|who|that|has|had|from|for|to|of|out|up|"
    r"down|when|while|as|the|a|an|so|but|just|again|too)\b)[a-z]{2,}(?<!ing)(?<!ed))\b"
)
_LOWER_ACTOR = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:like|then|and|with|while|as|when)\s+)(?P<a>[a-z]{2,})"
    r"(?:\s+(?:and|&)\s+(?P<b>[a-z]{2,}))?\s+(?:[a-z]+ing|[a-z]+s)\b"
)
_LOWER_NOT_NAMES = frozenset(
    {
        # a chat's contractions typed without the apostrophe ("while hes driving")
        "hes",
        "shes",
        "im",
        "ive",
        "id",
        "youre",
        "theyre",
        "dont",
        "doesnt",
        "isnt",
        "cant",
        "wont",
        "thats",
        "whats",
        "theres",
        "lets",
        "ill",
        "ya",
        "gonna",
        "wanna",
        "gotta",
        "didnt",
        "wasnt",
        "arent",
        "havent",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "hed",
        "shed",
        "the",
        "a",
        "an",
        "her",
        "his",
        "their",
        "my",
        "our",
        "we",
        "they",
        "she",
        "he",
        "you",
        "i",
        "me",
        "them",
        "people",
        "everyone",
        "someone",
        "its",
        "it's",
        "heres",
        "ok",
        "okay",
        "u",
        "ur",
        "pls",
        "plz",
        "thx",
        "lol",
        "vid",
        "vids",
        "insta",
        "ig",
        "tiktok",
        "yt",
    }
)


# "we sell free range eggs at our farm shop", "I make hand-thrown mugs": what the writer sells
_WE_SELL = re.compile(
    r"(?:\b(?i:we|i)\s+(?i:sell|bake|brew|roast|grow|make)\s+(?!(?i:our|my|your|its)\s)"
    # ("I keep bees as a hobby and sell the honey at the farmers market")
    r"|\b(?i:we|i)\s+(?:[a-z-]+\s+){1,6}?and\s+sell\s+(?:the\s+|our\s+|my\s+)?)"
    r"(?P<what>(?!(?i:it|a|an|the|this|that|them|videos?|sure|content|stuff|things)\b)"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s+(?:at|in|from|for|on|and|to|out|here|which|that)\b|"
    r"\s*[,.!?;:()]|\s*$)"
)


def _verb_after_pet(word: str, after: str) -> bool:
    """ "my dog runs on the beach": the word after the pet is what it does, not its name (a
    verb's -s, then where it goes); "our collie bess asleep in the sun" names her."""
    return word in HUMAN_MOTION_VERBS or (
        word.endswith("s")
        and is_english_word(word[:-1])
        and re.match(
            r"\s+(?:on|in|into|onto|at|to|the|a|an|over|under|through|across|around|off|"
            r"out|up|down|away|back|with|after|about|along|round)\b",
            after,
        )
        is not None
    )


# what follows "we make", "we bake" that no shop sells: "we bake cookies together", "we make
# them", "we grow up fast"
_NOT_SOLD = word_set(
    "together down up out away back home here there everything anything something "
    "stuff sure well time way friends money lots more fast slowly again sense"
)


def _is_a_thing(word: str) -> bool:
    """A noun a shop could sell ("eggs", "honey", "candles"): no motion verb, no adverb."""
    return word not in HUMAN_MOTION_VERBS and word not in _NOT_SOLD


def _sells(business: str, lowered: str) -> bool:
    """The brief is for the business `business` names, so what it sells is the product: "for our
    café", "bakery ad", "Family butcher's since 1958" (its opening words), "I am a ceramicist"."""
    first_sentence = re.split(r"[.!?\n]", lowered, maxsplit=1)[0]
    return bool(
        re.search(
            rf"\b(?:for|our|my|promo|ad|advert|commercial)\b[^.!?\n]{{0,40}}{business}"
            rf"|{business}[^.!?\n]{{0,20}}\b(?:ad|advert|promo|commercial|spot)\b"
            rf"|^(?:[\w'-]+\s+){{0,2}}{business}",
            first_sentence,
        )
        or re.search(
            rf"\b(?:i am|i'm|we are|we're)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}{business}", lowered
        )
    )


def _products(text: str, cast: Cast) -> None:
    """The brief's named product or brand, and the words that show its product in a shot."""
    words: list[str] = []
    for m in _FOR_NAMED.finditer(text):
        what = m.group("what")
        kind = "product" if _PRODUCTISH.search(what) else "brand"
        cast.add(Member(m.group("name"), kind, _describe(what)))
        if kind == "product":
            words.append(m.group("name"))
            for w in re.findall(r"[\w-]+", what.lower()):
                found = product_kind(w)
                if found:
                    words.extend(next(ws for k, ws in PRODUCT_KINDS if k == found))
    for m in _PRODUCT_APPOSITIVE.finditer(text):
        # "We're launching Glow, a vitamin C serum": a named product wherever it is said.
        what = m.group("what")
        if m.group("name") in _NOT_NAMES or cast.get(m.group("name")) is not None:
            continue
        kinds = [k for w in re.findall(r"[\w-]+", what.lower()) if (k := product_kind(w))]
        if kinds and _A_WORKSHOP.search(what):
            # "I run Kiln Nine, a one-woman pottery": the business, by its whole name
            whole = re.search(
                rf"(?:{_NAME}\s+)*{re.escape(m.group('name'))}$", text[: m.end("name")]
            )
            name = whole.group(0) if whole else m.group("name")
            if cast.get(name) is None:
                cast.add(Member(name, "brand", _describe(what)))
            continue
        if kinds:
            cast.add(Member(m.group("name"), "product", _describe(what)))
            words.append(m.group("name"))
            words.extend(next(ws for k, ws in PRODUCT_KINDS if k == kinds[0]))
    for m in _BRAND_THING_AD.finditer(text):
        # "Castmere cast-iron skillet ad": the brand and the thing the ad sells
        thing, head = m["thing"], m["thing"].split()[-1].lower()
        if (
            head in _NOT_A_THING
            # "Runtime of teaser": a label and its words, no brand and no thing
            or any(w in _ENGLISH_GLUE for w in thing.lower().split())
            or m["brand"].split()[0] in _NOT_NAMES
            or is_english_word(m["brand"].split()[0], compounds=False)  # "Pet food commercial"
            # ("Rolo's favourite sunny spot": the dog's place in the sun, not an advert)
            or (m["brand"].endswith(("'s", "’s")) and m[0].lower().endswith("spot"))
        ):
            continue
        if cast.get(m["brand"]) is None:
            cast.add(Member(m["brand"], "brand"))
        if cast.get(thing) is None:
            cast.add(Member(thing, "product", f"the {m['brand']} {thing}"))
        words.extend([thing, head])
    for m in _CALLED.finditer(text):
        # "a budgeting app called Coinly", "a cooking show called 'Salt & Smoke'".
        what, name = m.group("what"), m.group("name")
        is_business = re.search(_BUSINESS, what, re.I) is not None
        known = cast.get(name)
        if (
            known is not None
            and known.kind == "character"
            and not known.locked
            and not _PERSONISH.search(what)
        ):
            # "a tea brand called Stillwater": read as a name before, it names the brand
            cast.members.remove(known)
            known = None
        if name in _NOT_NAMES or known is not None or (_PERSONISH.search(what) and not is_business):
            continue
        if is_business:
            # "a little pet shop called Whiskers & Wags": the shop's name, whole, is the brand
            name = m.group("name")
            full = re.match(rf"{re.escape(name)}(?:\s*&\s*{_NAME})?", text[m.start("name") :])
            cast.add(Member(full.group(0) if full else name, "brand", _describe(f"a {what}")))
            continue
        kinds = [k for w in what.lower().split() if (k := product_kind(w))]
        cast.add(Member(name, "product" if kinds else "brand", _describe(f"a {what}")))
        if kinds:
            words.append(name)
            words.extend(next(ws for k, ws in PRODUCT_KINDS if k == kinds[0]))
    for m in _FOR_THE_NAMED.finditer(text):
        # "Unboxing video for the Lumo desk lamp", "the Aero X1 headphones": a named product.
        what = m.group("what")
        if m.group("name").split()[0] in _NOT_NAMES or cast.get(m.group("name")) is not None:
            continue
        kinds = [
            w
            for w in what.split()
            if (product_kind(w) or w in OBJECT_NOUNS) and w not in ("logo", "title card")
        ]
        if kinds:
            cast.add(Member(m.group("name"), "product", f"{m.group('name')} {what}"))
            words.extend([m.group("name"), *kinds])
    for m in (*_MADE_FOR.finditer(text), *_WRITTEN_NAME.finditer(text)):
        # ('our sign "Harbour Fish - landed this morning"': the name, then the sign's line)
        name = re.split(r"\s+[-–—|:]\s+", m.group("name"))[0].strip(" .,")
        first = name.split()[0] if name.split() else ""
        if (
            first
            and first not in _NOT_NAMES
            and first.removesuffix("'s") not in _NOT_NAMES
            and not any(
                name in mm.key or mm.key in name for mm in cast.members if mm.kind != "character"
            )
        ):
            cast.add(Member(name, "brand"))
    for pattern in _BRAND_PATTERNS:
        for m in pattern.finditer(text):
            name = m.group("name").strip()
            if cast.get(name) is None and name.lower() not in ("the", "our", "a"):
                cast.add(Member(name, "brand"))
    for m in _NEW_NAMED.finditer(text):
        name = m.group("name")
        if name.split()[0] not in _NOT_NAMES and cast.get(name) is None:
            cast.add(Member(name, "product", f"the new {name}"))
            words.extend(name.split())
    for m in _ON_THE_LABEL.finditer(text):
        # "Bottle on a barrel head, label 'Casa Ribeira 2021'": the named bottle is the product
        name = m.group("name").strip()
        if re.search(r"[:#!?]", name) or len(name.split()) > 5:
            continue  # "the label 'Needs review: duplicate invoice #4471'": a message on a screen
        if cast.get(name) is None:
            cast.add(Member(name, "product", name))
            words.extend(
                [*name.split(), "bottle", "can", "label", "glass", "pint", "pour", "poured"]
            )
    for m in _REVEALED.finditer(text):
        name = m.group("name").strip().title()
        if cast.get(name) is None:
            cast.add(Member(name, "product", m.group("name").strip()))
            words.extend(name.split())
    for m in _PRODUCT_LABEL.finditer(text):
        name, what = m.group("name"), m.group("what").strip()
        if (known := cast.get(name)) is not None and known.kind == "brand":
            cast.members.remove(known)  # "Product: Zoomblox blocks": labelled, it is the product
        if cast.get(name) is None and name not in _NOT_NAMES:
            cast.add(Member(name, "product", _describe(f"{name} {what}")))
            words.extend([name, *what.lower().split()[-1:]])
    lowered = text.lower()
    # what a business sells, by product kind: (how the brief names the business, what it sells),
    # the narrower names first
    businesses: dict[str, tuple[tuple[str, str], ...]] = {
        # the business, not the drink: "coffee splashes everywhere" sells nothing
        "drink": (
            # a tea room pours tea, not the coffee a café does
            (r"\b(?:tea ?room|tea shop|teahouse|tea house|bubble tea|boba)\b", "tea"),
            (
                r"\b(?:coffee shop|coffee house|coffeehouse|café|cafe|roastery|"
                r"coffee roasters?|coffee brand|coffee bar)\b",
                "coffee",
            ),
        ),
        "bakery": ((r"\b(?:bakery|boulangerie|panadería|bäckerei)\b", "bread"),),
        "ceramics": ((r"\b(?:ceramic|ceramics|ceramicist|potter|pottery)\b", "ceramics"),),
        "meat": ((r"\b(?:butcher|butchers|butcher's|butchery)\b", "meat"),),
        # a food truck sells its food, not the truck: "jackfruit tacos sizzling on the griddle"
        "food": (
            (
                r"\b(?:food truck|food van|restaurant|diner|takeaway|take-away|street food|"
                r"pizzeria|taqueria|burger (?:bar|joint)|noodle bar|ramen (?:bar|shop)|food stall|"
                r"kitchen|chip shop|chippy|fish bar|fish and chip shop)\b",
                "food",
            ),
        ),
    }
    for kind, kind_words in PRODUCT_KINDS:
        for word in kind_words:
            if kind == "vehicle" and re.search(rf"\bfood\s+{re.escape(word)}\b", lowered):
                continue  # "Green Wheels vegan food truck": a kitchen on wheels
            if word == "screen" and _PLAYS_ON_A_SCREEN.search(lowered):
                continue  # "for our chippy's window screen": where the video plays
            named = re.search(
                rf"\b(?:for (?:an?|our|the|my)|new|unboxing)\b[^.:;,]{{0,30}}{product_word(word)}"
                rf"|\b{re.escape(word)}\s+(?:ad|drop|brand|commercial|teaser|promo|spot)\b",
                lowered,
            )
            if named and any(m.kind in ("product", "brand") for m in cast.members):
                words.extend(kind_words)  # "the new Veltro EV" is the car: no second entry
                break
            if named:
                phrase = re.search(rf"(?:\b[\w'-]+\s+){{0,2}}{re.escape(word)}\b", named.group(0))
                description = phrase.group(0) if phrase else word
                description = re.sub(r"^(?:for|our|new|unboxing|an?|the|my)\s+", "", description)
                cast.add(Member(word, "product", description.strip()))
                words.extend(kind_words)
                break
        else:
            sold = next(
                (what for pattern, what in businesses.get(kind, ()) if _sells(pattern, lowered)),
                None,
            )
            if sold:
                # A bakery's bread is its product; named ("Crumb, a bakery") the brand is enough.
                if kind == "food" or not any(m.kind == "brand" for m in cast.members):
                    # a food truck's dishes differ shot to shot: "the food" is what it sells
                    cast.add(Member(sold, "product", f"the {sold}"))
                words.extend(kind_words)
    if not any(m.kind == "product" for m in cast.members) and (sell := _WE_SELL.search(text)):
        # "we sell free range eggs at our farm shop": what they sell is in the shots that show it
        what = sell["what"].lower()
        noun = what.split()[-1]
        # ("We make our way down to the beach", "we bake cookies together": no thing sold)
        if is_english_word(noun) and noun not in PERSON_NOUNS and _is_a_thing(noun):
            cast.add(Member(noun, "product", what))
            one = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
            words.extend(dict.fromkeys((noun, one)))
    for member in cast.members:
        # "Orchard Gate Cider", "Stillwater Tea": a brand named for what it sells shows it
        sells = product_kind(member.key.split()[-1]) if member.kind == "brand" else None
        if sells in ("drink", "food", "bakery", "ceramics"):  # "Green Wheels" sells no wheels
            words.extend(next(ws for k, ws in PRODUCT_KINDS if k == sells))
            what = member.key.split()[-1].lower()
            if not any(m.kind == "product" for m in cast.members):
                cast.add(Member(what, "product", f"{member.key} {what}"))
                break
    cast.product_words = tuple(dict.fromkeys(words))


def _locks(text: str, subject: str, cast: Cast) -> None:
    """'The same girl', 'keep the mug identical', 'same penguin in every shot'."""
    for m in (*_SAME.finditer(text), *_KEEP.finditer(text)):
        what = m.group("what").lower().removeprefix("the ").strip()
        every = bool(m.groupdict().get("every"))
        if what in ("one", "time", "way", "shot", "shots", "clip", "clips", "thing", "look"):
            continue
        key = cast.aliases.get(f"the {what.split()[-1]}")
        if key is None and what[:1].isalpha():
            name = next((mm.key for mm in cast.members if mm.key.lower() == what), None)
            key = name
        if key is None and re.fullmatch(r"her|him|them|his|she|he", what):
            key = "pronoun:" + what
        if key is None and what.split()[-1] in WARDROBE_NOUNS:
            # "same red jacket throughout": what the person wears, so the person is locked (the
            # prompts keep the jacket); it is never a product of its own.
            if not cast.characters:
                cast.wardrobe.append(what)  # the first person met wears it (see _person)
                continue
            wearer = _wearer(text, m.start(), cast)
            wearer.locked = True
            if what not in wearer.description:
                wearer.description = ", ".join(
                    p for p in (wearer.description, f"in the {what}") if p
                )
            continue
        if key is None:
            noun = what.split()[-1]
            if noun in _ALL_NOUNS:
                key = f"the {noun}"
                cast.add(Member(key, "character", gender=gender_of(noun)))
            elif noun in OBJECT_NOUNS or product_kind(noun) or noun in PRODUCT_WORDS:
                key = what
                cast.add(Member(what, "product", f"the {what}"))
                cast.product_words = (*cast.product_words, noun, what)
            else:
                continue  # a thing the cast reader does not know
        if key.startswith("pronoun:"):
            person = cast.characters[0] if cast.characters else None
            if person is None:
                continue
            key = person.key
        member = cast.get(key)
        if member is not None:
            member.locked = True
            member.everywhere = member.everywhere or (every and m.re is _SAME)
    # The subject of every clip ("Three clips of Aiko", "two clips of the same runner") is in each.
    words = subject.split()
    if words:
        noun = words[-1].lower()
        key = words[0] if subject[:1].isupper() else cast.aliases.get(f"the {noun}", f"the {noun}")
        if noun in _ALL_NOUNS and cast.get(key) is None:
            cast.add(Member(key, "character", subject, gender_of(noun)))
        member = cast.get(key)
        if member is not None and member.kind == "character":
            member.everywhere = True


def _wearer(text: str, at: int, cast: Cast) -> Member:
    """The character a wardrobe phrase belongs to: the last one named before it, else the first."""
    before = text[:at]
    found = [
        (m.start(), member)
        for member in cast.characters
        for m in re.finditer(
            rf"\b{re.escape(member.key.removeprefix('the '))}\b", before, re.IGNORECASE
        )
    ]
    return max(found, key=lambda f: f[0])[1] if found else cast.characters[0]


def people_per_beat(beats: list[str], cast: Cast) -> list[list[str]]:
    """For each beat, the people (and animals) in it, by cast key, in order of appearance."""
    people: list[list[str]] = []
    seen: list[str] = [m.key for m in cast.characters if m.everywhere or m.introduced]
    for beat in beats:
        hits: list[tuple[int, str]] = []
        for member in cast.characters:
            if member.key.startswith("the "):
                continue
            m = word_pattern(member.key).search(beat)
            if (
                m
                and member.key in cast.cased
                and (m.start() > 0 or beat[m.end() :].startswith(" of "))
                and (m.group(0).islower() or m.start() == 0)
            ):
                m = None  # "a confetti cannon", "Pockets of glitter", where the name is capitalised
            if m:
                hits.append((m.start(), member.key))
        for alias, key in cast.aliases.items():
            if alias.startswith("the ") and (
                m := re.search(
                    rf"\b(?:the|a|an)\s+(?:same\s+)?{re.escape(alias[4:])}\b", beat, re.I
                )
            ):
                hits.append((m.start(), key))
            elif alias[:1].isupper() and (m := word_pattern(alias).search(beat)):
                hits.append((m.start(), key))  # "Dr Lewis writes": Amara, of "Dr Amara Lewis"
        kin_spans: list[tuple[int, int]] = []
        if "me" in cast.aliases and (me := re.search(r"\b(?:[Mm]e|[Mm]y|myself|I)\b", beat)):
            hits.append((me.start(), cast.aliases["me"]))  # the presenter who said "I'm Marco"
        for m in _KIN.finditer(beat):
            hits.append((m.start(), _person(cast, f"the {m.group(1).lower()}")))
            kin_spans.append(m.span())
        vehicles = [v.span("coach" if v["coach"] else "coach2") for v in _COACH_BUS.finditer(beat)]
        for m in _PERSON.finditer(beat):
            if any(a <= m.start() < b for a, b in kin_spans):
                continue
            if any(a <= m.start("noun") < b for a, b in vehicles):
                continue  # "got on the coach at 8am": the bus, no one
            if m.group("det") is None and (
                m.group("noun").lower().endswith("s") or m.group("noun").lower() == "people"
            ):
                continue  # "Bees swarm", "People lose track": a crowd, no one to keep the same
            key = cast.aliases.get(f"the {m.group('noun').lower()}") or _person(
                cast, f"the {m.group('noun').lower()}", m.group(0)
            )
            hits.append((m.start(), key))
        for m in _BARE_GROUP.finditer(beat):
            hits.append(
                (m.start(), _person(cast, f"the {m.group('noun').lower()}", m.group("noun")))
            )
        body = _BODY.search(NOT_A_BODY.sub("", beat))
        if _IT.search(beat):
            animal = next(
                (k for k in reversed(seen) if k.removeprefix("the ") in ANIMAL_NOUNS), None
            )
            if animal is not None:
                hits.append((0, animal))
        for pattern, gender in ((_SHE, "f"), (_HE, "m"), (_THEY, "pl")):
            for m in pattern.finditer(beat):
                if any(a <= m.start() < b for a, b in kin_spans):
                    continue
                # "her grandmother": the pronoun is not the grandmother; "her hand": it is her.
                # Only who was met before the pronoun: "She checks on an elderly patient" is
                # the nurse, not the patient named after her.
                before = [k for at, k in sorted(hits) if at < m.start()]
                referent = _referent(cast, seen + before, gender)
                if referent is not None:
                    hits.append((m.start(), referent))
        if not hits and body:
            referent = _referent(cast, seen, "?")
            if referent is not None and re.search(r"\b(?:her|his|their)\b", beat, re.I):
                hits.append((body.start(), referent))
        here: list[str] = []
        for _, key in sorted(hits):
            if key not in here:
                here.append(key)
        for member in cast.characters:
            if member.everywhere and member.key not in here:
                here.append(member.key)
        people.append(here)
        seen.extend(here)
    return people


def _person(cast: Cast, key: str, phrase: str = "") -> str:
    """The cast entry for an unnamed person ("the singer"), made on first sight; "the dog" is the
    golden retriever met before."""
    noun = key.removeprefix("the ")
    kind = ANIMAL_KINDS.get(noun, noun)
    for member in cast.characters:
        other = member.key.removeprefix("the ")
        if (
            member.key.startswith("the ")
            and other != noun
            and ANIMAL_KINDS.get(other, other) == kind
        ):
            return member.key
    if cast.get(key) is None:
        description = " ".join(phrase.split()).removesuffix("'s") if phrase else key
        first = not cast.characters
        member = cast.add(Member(key, "character", description, gender_of(key)))
        if first and cast.wardrobe:
            member.description += "".join(f", in the {w}" for w in cast.wardrobe)
            member.locked = True
    return key


def _referent(cast: Cast, recent: list[str], gender: str) -> str | None:
    """The latest person a pronoun of `gender` can point back to."""
    writer = cast.aliases.get("me", "me")
    for key in reversed(recent):
        member = cast.get(key)
        if member is None or member.kind != "character" or member.key in ("me", writer):
            continue  # (a "their", "she" or "he" is never the writer's "me")
        if gender == "?" or member.gender in (gender, "?"):
            if gender != "pl" and member.gender == "pl":
                continue
            return key
        if gender == "pl" and member.gender == "pl":
            return key
    return None


def products_in(text: str, cast: Cast) -> list[str]:
    """The brief's products a beat shows (by cast key)."""
    found = []
    for member in cast.members:
        if member.kind != "product":
            continue
        words = (member.key, *member.key.split()[-1:], *cast.product_words)
        if has_any(text, tuple(words)):
            found.append(member.key)
    return found


def objects_in(text: str, brand: str | None = None) -> list[str]:
    """Key objects in a beat, with their colour or material when the brief gives one."""
    found: list[tuple[int, str]] = []
    colours = "|".join(COLOUR_WORDS)
    for noun in OBJECT_NOUNS:
        m = re.search(rf"\b(?:({colours})\s+)?{re.escape(noun)}\b", text, re.IGNORECASE)
        if m:
            found.append((m.start(), m.group(0).lower()))
    found.sort()
    objects: list[str] = []
    for _, obj in found:
        if brand and obj == "logo" and brand.lower() in text.lower():
            obj = f"{brand} logo"
        if not any(obj in o or o in obj for o in objects):
            objects.append(obj)
    return objects


def wardrobe(text: str) -> list[str]:
    """Colour + object phrases ("yellow raincoat", "red jacket"): what finishing must keep."""
    colours = "|".join(COLOUR_WORDS)
    nouns = "|".join(sorted(OBJECT_NOUNS, key=len, reverse=True))
    return [
        m.group(0).lower() for m in re.finditer(rf"\b(?:{colours})\s+(?:{nouns})\b", text, re.I)
    ]


def has_body(text: str) -> bool:
    """A person or a body part in the text (a watch's second hand is no hand)."""
    text = NOT_A_BODY.sub("", text)
    return bool(
        _BODY.search(text)
        or re.search(
            rf"\b(?:{'|'.join(re.escape(n) for n in (*PERSON_NOUNS, *GROUP_NOUNS))})\b", text, re.I
        )
        or re.search(r"\b(?:she|he|they|her|his|their)\b", text, re.I)
        # "Someone collecting eggs from the nest boxes": a person, unnamed
        or re.search(r"\b(?:someone|somebody|everyone|everybody)\b", text, re.I)
        # "Me making a balloon dog": the writer in the picture
        or re.match(r"\s*(?:me|myself)\b", text, re.I) is not None
        # ("the tube over the burner glowing, me turning it slowly", "I tip the pieces out")
        or re.search(r"(?:^|[,;:]\s*|\band\s+)(?i:me)\s+[a-z]{2,}ing\b", text) is not None
        or any(
            m["verb"] not in _I_SAY
            and (is_action_verb(m["verb"]) or m["verb"] in HUMAN_MOTION_VERBS)
            for m in _I_DO.finditer(text)
        )
    )


# "I tip the pieces out": the writer doing something; "I think", "I'd like" say nothing seen
_I_DO = re.compile(r"\bI\s+(?:then\s+|slowly\s+|carefully\s+|just\s+)?(?P<verb>[a-z]{3,})\b")
_I_SAY = word_set(
    "think guess want need would hope know suppose reckon mean like love feel wonder was have had "
    "will can could should might did don't didn't said say wish prefer imagine believe"
)
