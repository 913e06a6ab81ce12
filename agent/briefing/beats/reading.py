"""Reading one sentence of a brief: meta, logline, listed shot, card, atmosphere or story.

`_read_sentence` decides what one sentence is and adds it to the `Split`: talk or a directive goes
to the meta text, the video's own sentence to the loglines, a labelled or numbered line is one shot
(`_item`), "Rain." or "Night." alone is atmosphere. A story sentence goes to `_story`, which cuts it
at semicolons and into clauses (clauses.py) and makes a beat of each (fragments.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.briefing.beats.asides import _crew_note, _dash_aside
from agent.briefing.beats.clauses import _clauses
from agent.briefing.beats.fragments import _beat, has_camera_move
from agent.briefing.beats.headings import (
    _CARD_LABEL,
    _CUE_LABELS,
    _DASH_HEAD,
    _FRAMING_LABEL,
    _META_LABELS,
    _STORY_LABELS,
)
from agent.briefing.beats.loglines import _colon_split, head_of, logline
from agent.briefing.beats.meta import (
    _DIRECTIVE_START,
    _INTRODUCTION,
    _strong_meta,
    is_meta,
    is_palette,
)
from agent.briefing.beats.parts import Beat, Split
from agent.briefing.beats.revisions import _NO_SHOT_KIND
from agent.briefing.beats.talk import is_talk
from agent.briefing.beats.words import (
    _DETERMINERS,
    REQUEST,
    _words,
    content_words,
    has_finite_verb,
    has_picture,
)
from agent.briefing.lexicon import PERSON_NOUNS, has_any, style_words_in
from agent.briefing.numbers import lengths
from agent.briefing.text import Sentence, sentences, split_top_level

_LIGHT_ONLY = ("night", "dawn", "dusk", "sunset", "sunrise", "morning", "evening", "noon")
_WEATHER_ONLY = ("rain", "snow", "fog", "mist", "storm", "wind", "neon")
_LOCK_START = re.compile(
    r"^(?:keep\b|make sure|maintain\b|ensure\b|all shots|every shot|throughout|same\s|use the same)",
    re.IGNORECASE,
)
# "Nadia, a night-shift nurse in navy scrubs, and Felix, a busker with a battered trumpet.": who
# is who, said before the shots ("Taco, our dog, sleeps, and Rex, a cat, eats" is a picture)
_WHO_IS_WHO = re.compile(
    r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?:an?|the|our|my|his|her|their)\s+[^.;,]*,?\s+"
    r"and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?,\s+(?:an?|the|our|my|his|her|their)\s+[^.;,]*$"
)


_TOPIC = re.compile(
    r"^(?:how to|how (?:we|you|i)|why|what (?:is|are|makes)|the story of|all about|about|"
    r"a guide to|guide to|tips for|\d+ (?:ways|tips|steps))\b",
    re.IGNORECASE,
)


# A price: "£9.50", "$12", "€6", "12 EUR"
_PRICED = re.compile(r"[£$€¥]\s?\d|\b\d+(?:[.,]\d{2})?\s?(?:EUR|USD|GBP|euros?)\b")


def _without_asides(label: str) -> str:
    """ "Voice-over (Alan, under 3 and 4)" as its label alone."""
    return re.sub(r"\s*\([^)]*\)", "", label).strip()


def _names_picture(text: str) -> bool:
    """'the Forge logo', 'a map of the route': a card that shows something, not words."""
    return bool(re.match(r"^(?:the|a|an|our|their|its)\s", text.strip(), re.I))


def _names_the_product(text: str) -> bool:
    """A name and what it is, said after a logline: "Aura earbuds", "Kestrel smart lock"."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and text[:1].isupper()
        and words[0].lower() not in _DETERMINERS
        and not has_finite_verb(text)
        and not re.search(r'"', text)
    )


_LENGTH_OF = re.compile(
    r"^(?:(?:hi|hey|hello|ok|so|pls|please)[,!\s]+)*(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?"
    r"(?:(?:really\s+)?(?:need|want|would like|'d like|after|looking for)\s+)?(?:just\s+)?(?:an?\s+)?"
    r"\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+"
    # ("a 6 sec slo mo of a dart…", "a 10s macro of the paint…": the kind of clip, then "of")
    # (not "a 20 second clip of …": a clip, a video or a reel "of" something is a logline)
    r"(?:(?:slo[\s-]?mo|slow[\s-]?mo(?:tion)?|loop|close[\s-]?up|macro|time[\s-]?lapse|gif|pan|"
    r"drone shot)\s+)?(?:of|showing)\s+(?P<picture>.+)$",
    re.IGNORECASE,
)


# "ok so my new single is called Northbound and its about leaving … so i was thinking it opens
# on me sat on the roof …": one breath, the talk first, then the film from where it opens
_OPENS_MIDWAY = re.compile(
    r"\s(?:(?:and|so)\s+)*(?:(?:i|we)\s+(?:was|were|am|are|'m|'re)?\s*(?:thinking|think|thought)"
    r"\s+(?:that\s+)?|(?:my|our|the)\s+idea\s+is\s+(?:that\s+)?)"
    r"(?:it|the video|the film|the clip|we)\s+(?:opens?|starts?|begins?)\s+(?:on|with)\s+|"
    # "yeah hi mate it's Gareth …, 45 seconds, normal landscape, start with the drone coming in"
    r"[,;]\s+(?:(?:and|so|then)\s+)*(?:we\s+|let'?s\s+|you\s+)?(?:start|open|begin)\s+(?:with|on)\s+",
    re.IGNORECASE,
)


_AD_PART = re.compile(
    r"(?i)hook|intro|outro|problem|solution|(?:product\s+)?demo|reveal|payoff|build-?up|climax"
)
# what a part of the ad is for, said of it: "needs to grab attention", "we're a family bakery"
_SAID_OF_IT = re.compile(
    r"(?i)(?:needs?|must|should|has to|have to|we|we're|we are|our|i|i'm|it|it's|this|the old|"
    r"people|customers|make|keep|grab|show them)\b"
)


def _read_sentence(sentence: Sentence, out: Split, *, first: bool, semicolons: bool) -> None:
    text = sentence.text.strip()
    pivot = _OPENS_MIDWAY.search(text)
    if (
        pivot
        and not sentence.item
        and len(text[: pivot.start()].split()) >= 4
        and (is_talk(text[: pivot.start()]) or _strong_meta(text[: pivot.start()]))
    ):
        out.meta.append(text[: pivot.start()].strip(" ,"))
        after = text[pivot.end() :]
        film = Sentence(
            after[:1].upper() + after[1:], setting=sentence.setting, under=sentence.under
        )
        _read_sentence(film, out, first=first, semicolons=semicolons)
        return
    inner = text.rstrip(".").strip("() ")
    if (
        text.startswith("(")
        and text.rstrip(".").endswith(")")
        and (is_meta(inner) or _crew_note(inner))
    ):
        out.meta.append(text)  # "(Aside: legal says no identifiable real students…)"
        return
    if sentence.item:
        _item(sentence, out)
        return
    if _FORMAT_ONLY.match(text):
        out.meta.append(text)  # "Normal widescreen like the television.": the format alone
        return
    if _LOOK_ASKED.match(text):
        out.meta.append(text)  # "We'd like it to look like an oil painting - think…": the look
        return
    if (
        _WHO_IS_WHO.match(text.rstrip(".!"))
        and has_any(text, PERSON_NOUNS)
        and not re.search(r"\b[a-z]{3,}ing\b", text)  # "Jess, his daughter feeding the lambs"
    ):
        out.meta.append(text)  # the cast reader keeps both, with what they wear
        return
    if _INTRODUCTION.match(text.rstrip(".!")):
        out.meta.append(text)  # "Meet Ines - she runs Crumb.": the cast reader keeps Ines
        return
    colon = _colon_split(text)
    if _DIRECTIVE_START.match(text) and (
        colon is None or is_meta(colon[1]) or _LOCK_START.match(text)
    ):
        # "Keep Maya identical: green tank top, black hair in a braid": the tail describes
        # the cast member (the cast reader keeps it), it is no picture of its own.
        out.meta.append(text)
        if (line := logline(REQUEST.sub("", text))) is not None and not out.loglines:
            out.loglines.append(line)  # "I need a 30 second ad for Rosa's Bakery": its title
        return
    if colon is not None:
        head, tail = colon
        head_clean = head.strip(" -*")
        speaker = re.search(
            r"(?:\bI'?m\s+(?P<name>[A-Z][\w'-]+).*)?\b(?:I|we|he|she|[A-Z][\w'-]+)\s+"
            r"(?:talks?|speaks?|says?)\s+(?:to|into)\s+(?:the\s+)?(?:camera|lens)",
            head,
        )
        if speaker and tail.strip().startswith('"'):
            # "I'm Marco, I talk to camera at the start: '…'": a picture of him saying it
            who = speaker["name"] or "The presenter"
            _story(f"{who} talks to camera: {tail.strip()}", sentence, out, semicolons=True)
            return
        if re.search(
            r"\b(?:voice-?over|vo|narrat\w*|read (?:aloud|out|by)|reads|recites?|lyrics|script)\b",
            head,
            re.I,
        ) and tail.strip().startswith('"'):
            out.meta.append(text)  # "The poem is read by me as voice-over: '…'": heard, not seen
            return
        items = split_top_level(tail.strip().rstrip("."), ",")
        if (
            _NAMES_ON_SCREEN.search(head)
            and len(items) >= 2
            and all(re.match(r"^(?:[A-Z0-9][\w'&.-]*\s*)+$", i.strip()) for i in items)
        ):
            # "the names drop in one by one: HALCYON BLUE, The Marrows, DJ Kestrel": one
            # picture, with the names on screen
            text = f'{head.strip()}: "{tail.strip().rstrip(".")}"'
            _story(text, sentence, out, semicolons=True)
            return
        if re.fullmatch(
            r"(?i)captions?|subtitles?|subs|on-?screen text|text on screen|titles|supers|text",
            head_clean,
        ) and re.match(r"(?i)\s*(?:none|no|nope|not needed|n/?a|nothing|no thanks|-)\b", tail):
            out.meta.append(text)  # "Captions: none, we add our own in the app": no lettering
            return
        idea = re.fullmatch(r"(?i)(?:the\s+|my\s+|our\s+)?(?:idea|ideia|idée|idee)", head_clean)
        if re.fullmatch(r"(?i)tl;?dr", head_clean) and has_picture(tail) and not is_meta(tail):
            # "TL;DR: a cat knocking a glass off a table, 10 sec.": the brief said short; a
            # summary of pictures said already goes (`_said_again`)
            before = len(out.beats)
            _story(tail, sentence, out, semicolons=semicolons)
            for k in range(before, len(out.beats)):
                out.beats[k] = replace(out.beats[k], label="tl;dr")
            return
        if (
            _META_LABELS.match(head_clean) or _META_LABELS.match(_without_asides(head_clean))
        ) and not (idea and has_picture(tail) and not is_meta(tail)):
            # "Voice-over (Alan, under 3 and 4): …": who, and where ("idea: me and amira
            # pulling the cupcakes out the oven" is the first picture)
            out.meta.append(text)
            return
        if re.match(
            r"(?i)^(?:edit|update|correction|amendment|change|p\.?s\.?)(?:\s+from\s+[\w' .-]{1,40})?$",
            head_clean,
        ) and (_NO_SHOT_KIND.search(tail) or is_meta(tail) or not has_picture(tail)):
            # "EDIT from the harbourmaster: no drone at all.": a change of mind, no picture
            out.meta.append(text)
            return
        if _AD_PART.match(head_clean) and (
            is_meta(tail)
            or is_talk(tail)
            or not has_picture(tail)
            or _SAID_OF_IT.match(tail.strip())
        ):
            # "Hook: needs to grab attention in the first 2 seconds", "Intro: we're a family
            # bakery in Hull": what the part is for, no picture
            out.meta.append(text)
            return
        if _STORY_LABELS.match(head_clean):
            end = bool(re.match(r"(?:final|last|end|ending|closing)", head_clean, re.I))
            if re.search(r"\bshot\b", head_clean, re.I):
                # "Final shot: the two of them on the balcony, and our logo fades in": one shot.
                beat = _beat(tail, sentence)
                if beat is not None:
                    out.beats.append(replace(beat, end=end or beat.end))
                return
            _story(tail, sentence, out, semicolons=semicolons, end=end)
            return
        if _CARD_LABEL.match(head_clean) and tail and '"' not in tail and not _names_picture(tail):
            # "Closing card: Lumen - glow, slowly.": the words on the card, not a label to draw.
            end = bool(re.match(r"(?:final|last|end|ending|closing)", head_clean, re.I))
            out.beats.append(
                Beat(
                    text=f'"{tail.strip().rstrip(".")}" on screen',
                    setting=sentence.setting,
                    seconds=sentence.seconds,
                    end=end,
                    label=head_clean.lower(),
                )
            )
            return
        if _FRAMING_LABEL.match(head_clean) and tail and not is_meta(tail):
            # "Wide: the red kite lifts off a hilltop": the label frames the shot.
            before = len(out.beats)
            _story(tail, sentence, out, semicolons=semicolons)
            for k in range(before, len(out.beats)):
                b = out.beats[k]
                out.beats[k] = replace(b, asides=(head_clean.lower(), *b.asides))
            return
        if (
            _PRICED.search(head)
            and content_words(head)
            # ("Budget £300 max: …" is the money, not a card)
            and not re.search(
                r"\b(?:budget|cost|costs|fee|rate|max|spend|total|deposit)\b", head, re.I
            )
            and content_words(tail)
            and not is_meta(tail)
        ):
            # "Margherita - £9.50: our pizzaiolo stretching the dough": a menu's line, its name
            # and price on screen over the picture
            before = len(out.beats)
            _story(tail, sentence, out, semicolons=semicolons)
            card = head.strip(" -")
            for k in range(before, len(out.beats)):
                b = out.beats[k]
                out.beats[k] = replace(b, text=f'{b.text}, "{card}" on screen')
            return
        line = logline(head)
        if line is None and lengths(head) and has_picture(head) and tail and has_picture(tail):
            # "Two friends on a road trip, 25 sec, warm 35mm look: loading the car, …": the
            # head's directives are meta, its picture the subject of the beats after it.
            parts = split_top_level(head, ",")
            out.meta.extend(p for p in parts if is_meta(p) or not content_words(p))
            out.subjects.append(", ".join(p for p in parts if not is_meta(p) and content_words(p)))
            _story(tail, sentence, out, semicolons=semicolons, listing=True)
            return
        if line is not None or is_meta(head):
            out.meta.append(head)
            if line is not None:
                out.loglines.append(line)
            dash = _DASH_HEAD.match(tail) if tail else None
            if dash and is_meta(dash["head"]) and not is_meta(dash["tail"]):
                # "drei Einstellungen zu je 4 Sekunden - ein Zug fährt ein, …": counts, then
                # the pictures.
                out.meta.append(dash["head"])
                _story(dash["tail"], sentence, out, semicolons=semicolons, listing=True)
            elif line is not None and re.fullmatch(r'"[^"]+"(?:\s*-\s*for\s+[^,.]+)?\.?', tail):
                out.meta.append(tail)  # 'AW25 lookbook - "Slow Burn" - for Maison Oriel': its title
            elif line is not None and _TOPIC.match(tail):
                out.meta.append(tail)  # "Explainer: how to change a bike tyre": the topic
            elif line is not None and _names_the_product(tail):
                out.meta.append(tail)  # "Product video - Aura earbuds": what it is about
            elif tail and not is_meta(tail):
                before = len(out.beats)
                _story(tail, sentence, out, semicolons=semicolons, listing=True, announced=True)
                if style_words_in(head) and not has_picture(head):
                    # "Flat 2D motion graphics: our UI mockups floating on a soft lilac
                    # background": how every shot looks, unless no shot says more
                    # (`_looks_of_every_shot`)
                    for k in range(before, len(out.beats)):
                        out.beats[k] = replace(out.beats[k], label="look")
            elif tail:
                out.meta.append(tail)
            return
        if _CUE_LABELS.match(head_clean):
            # "Title card: "…"", "Interview: Josef talks…": a label kept with its beat.
            _story(text, sentence, out, semicolons=semicolons)
            return
        if has_camera_move(head) and has_picture(head):
            # "Slow pan across a messy desk: a cup, a notebook, a cat": one move, one shot.
            beat = _beat(text, sentence)
            if beat is not None:
                out.beats.append(replace(beat, single=True))
            return
        if (
            _is_topic(head)
            and tail
            and has_picture(tail)
            # ("End on the title: SALTWATER WOMEN": the words the card shows, no topic; in
            # quotes, 'Words at the end: "Fresh from the boats"', the quote is the card)
            and not (
                re.search(r"\b(?:title|card|logo|caption|words?|text|slate)\b", head, re.I)
                and '"' not in tail
            )
        ):
            # "Skincare routine: a woman splashes water…": the head names the subject.
            out.meta.append(head)
            _story(tail, sentence, out, semicolons=semicolons, listing=True)
            return
        _story(text, sentence, out, semicolons=semicolons)
        return
    wish = _LENGTH_OF.match(text)
    picture, purpose = _without_purpose(wish["picture"]) if wish else ("", "")
    if wish and content_words(picture) and not is_meta(picture):
        # "need 12s of someone typing fast on our keyboard, super close on the keycaps": the
        # request and its length, then the picture it is of ("… for our darts night promo,
        # vertical": what it is for, said after, is about the video)
        out.meta.append(text[: wish.start("picture")].strip())
        if purpose:
            out.meta.append(purpose)
        _story(picture, sentence, out, semicolons=semicolons)
        return
    line = logline(REQUEST.sub("", text))
    turn = _FIRST_OFF.search(text)
    if (
        turn is not None
        and turn.start() > 0
        # (said in one breath only: a letter's "The film might begin with a slow pan across
        # …, with its tiny station" is read as it always was)
        and len(_words(text)) >= 25
        and not re.search(r"[,;:]", text)
        and has_picture(text[turn.end() :])
        and (line is not None or is_meta(text[: turn.start()]))
    ):
        # "…we want a video for the website about thirty seconds so start with the drone over
        # the harbour then…": a voice note says what it wants, then its shots, in one breath
        if line is not None and not out.loglines:
            out.loglines.append(line)
        _story(text, sentence, out, semicolons=semicolons)
        return
    if (
        line is not None
        and not line.picture
        and not out.foreign  # (the English tests of a note read nothing abroad)
        and (listed := _pictures_after(text))
    ):
        # "can you make a vid for my nail salon 10 sec, gel being painted on, the uv lamp,
        # finished nails sparkling": the request and its length, then its pictures, listed
        request, pictures = listed
        out.meta.append(request)
        out.loglines.append(logline(REQUEST.sub("", request)) or line)
        for picture in pictures:
            _story(picture, sentence, out, semicolons=semicolons)
        return
    if line is not None and (first or re.search(r"\d", text) or _strong_meta(head_of(text))):
        out.meta.append(text)
        out.loglines.append(line)
        return
    example = _FOR_EXAMPLE.search(text)
    if (
        example
        and (is_meta(text[: example.start()]) or _ASKS.match(text))
        and has_picture(text[example.end() :])
    ):
        # "can u make an anime opening for our web series, like kenji flipping noodles then
        # yuki and mo running down a neon street": the request, then the pictures it means
        out.meta.append(text[: example.start()])
        _story(text[example.end() :], sentence, out, semicolons=semicolons)
        return
    if is_meta(text):
        out.meta.append(text)
        return
    words = content_words(text)
    if len(words) == 1 and words[0] in (*_LIGHT_ONLY, *_WEATHER_ONLY):
        out.atmosphere.append(words[0])
        return
    _story(text, sentence, out, semicolons=semicolons)


_FORMAT_ONLY = re.compile(
    r"^(?:(?:normal|standard|ordinary|regular|just|plain|usual|in|the|good old)\s+)*"
    r"(?:widescreen|landscape|horizontal|vertical|portrait|square|16:9|9:16|1:1|4:5)"
    r"(?:\s+(?:format|shape|please|pls|is fine|thanks|too|again|like (?:the|a|on|for)\s+[\w-]+"
    r"(?:\s+[\w-]+)?|for (?:the\s+)?[\w-]+(?:\s+[\w-]+)?|on (?:the\s+)?[\w-]+))*\s*[.!]?$",
    re.IGNORECASE,
)
# "We'd like it to look like an oil painting", "the whole thing should feel like a 90s VHS
# tape": how the video looks, asked for the whole of it
_LOOK_ASKED = re.compile(
    r"^(?:(?:so|and|also)\s+)?(?:(?:we'?d|i'?d|we would|i would|we|i) (?:like|love|want) (?:it|the "
    r"(?:video|film|trailer|ad|piece|whole thing|edit|reel))(?: all)? to|(?:it|the (?:video|film|"
    r"trailer|ad|whole thing|edit|reel)) (?:should|must|will|needs to|has to|could))\s+"
    r"(?:look|feel|be (?:shot|styled|animated|drawn|painted))\b"
    # ("It should look like one continuous shot drifting through…" is the picture, said so)
    r"(?!\s+like\s+(?:one|a single|a|an)\s+(?:[\w-]+\s+){0,2}(?:shot|take|move)\b)",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?(?:make|do|create|put together|"
    r"cut|edit|shoot|whip up)|(?:i|we)\s+(?:need|want|would like|'d like))\b",
    re.IGNORECASE,
)
_NAMES_ON_SCREEN = re.compile(
    r"\b(?:names?|line-?up|acts|artists|bands|credits|speakers|results?|winners|sponsors)\b", re.I
)
_FOR_EXAMPLE = re.compile(
    r",?\s+(?:like|e\.g\.?|for example|for instance|such as|things like|stuff like)[,:]?\s+(?=[a-z])",
    re.IGNORECASE,
)


def _asks_for_a_video(text: str) -> bool:
    """ "can you make a video for my nail salon": a request that shows nothing itself."""
    line = logline(REQUEST.sub("", text))
    return (
        line is not None
        and not line.picture
        and bool(_ASKING.search(text) or lengths(text))  # ("The film follows the haenyeo": no)
    )


_ASKING = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|ya)\b|\b(?:make|need|want|do|pls|please|plz)\b", re.I
)


_THE_FILM_FOR = re.compile(
    r"^(?:(?:a|an|our|my|the)\s+)?(?:[\w'-]+\s+){0,2}?(?:video|vid|reel|ad|advert|promo|clip|film|"
    r"teaser|tiktok)(?:\s+for\s+(?:our|my|the|a|an)\s+[\w' -]{2,40})?$",
    re.IGNORECASE,
)
_A_BUSINESS = re.compile(
    r"\b(?:shop|barbershop|barbers?|salon|bakery|caf[eé]|coffee shop|gym|studio|florist|pub|bar|"
    r"restaurant|garage|business|company|brand|clinic|store|boutique|brewery|farm shop|"
    r"takeaway|parlour|spa|bistro|deli)\s*$",
    re.IGNORECASE,
)
_TITLED_PERSON = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Auntie|Uncle|Nana|Grandma|Grandpa)\b\.?")
_BUSINESS_NAME = re.compile(r"[A-Z][\w'&.-]*(?:\s+(?:&\s+)?[A-Z][\w'&.-]*){0,3}")


def _pictures_after(text: str) -> tuple[str, list[str]] | None:
    """The request and the pictures it lists after its commas ("…a vid for my salon 10 sec, gel
    being painted on, the uv lamp"): two or more pieces, none about the video."""
    parts = [p.strip() for p in split_top_level(text, ",")]
    # "an ad for my barbershop, Fade Kings, Manchester, the chair, …": the shop's name and its
    # town, said after the request, are who the film is for
    # (never someone named: "a video for my daughter's party, Mia, Leo, the cake", "our vet
    # practice, Dr Patel, …" - the name is two words or more, or has its "&", after a business)
    named = 1
    if (
        len(parts) > 3
        and _A_BUSINESS.search(parts[0])
        and _BUSINESS_NAME.fullmatch(parts[1])
        and (" " in parts[1] or "&" in parts[1])
        and not _TITLED_PERSON.match(parts[1])
    ):
        named = 2
        if _BUSINESS_NAME.fullmatch(parts[2]) and " " not in parts[2]:
            named = 3  # "…, Fade Kings, Manchester, the chair": and its town
    for k in range(named, len(parts) - 1):
        rest = parts[k:]
        # ("…, the chair, a skin fade, upbeat music, the logo": a note among the pictures is
        # the video's, and the pictures around it are still listed)
        pictures = [p for p in rest if content_words(p) and not is_meta(p) and not is_palette(p)]
        if (
            rest[0] in pictures
            and len(pictures) >= 2
            and all(
                is_meta(p)
                or is_palette(p)
                or not content_words(p)
                or (i == 0 and (_asks_for_a_video(p) or _THE_FILM_FOR.match(p)))
                or 0 < i < named
                for i, p in enumerate(parts[:k])
            )
        ):
            head = ", ".join([*parts[:k], *(p for p in rest if p not in pictures)])
            asked = (
                _ASKING.search(head)
                or lengths(head)
                # "Video for my music school, the music room, kids playing guitar, the piano",
                # "Our gym ad, loud music, the weights": the video named, then its pictures
                # (no phone number or price among them: "…car boot sale, Sunday 14 July, …,
                # pitches £10 a car" is its details)
                or (_THE_FILM_FOR.match(parts[0]) and not any(re.search(r"\d", p) for p in rest))
            )
            return (head, pictures) if asked else None
    return None


def _without_purpose(picture: str) -> tuple[str, str]:
    """ "a dart thunking into treble 20 for our darts night promo vertical please": the picture,
    and what it is for (about the video); the picture alone when nothing after it is."""
    cut = re.search(r"\s+(?:for|4)\s+(?:our|my|r|the|a|an|his|her|their)\s", picture, re.I)
    if cut and is_meta(picture[cut.start() :].strip()):
        return picture[: cut.start()], picture[cut.start() :].strip()
    return picture, ""


def _is_topic(head: str) -> bool:
    """A short noun phrase naming what follows ("Skincare routine"), not a picture itself."""
    words = _words(head)
    return 0 < len(words) <= 4 and not has_finite_verb(head) and words[0] not in _DETERMINERS


def _item(sentence: Sentence, out: Split) -> None:
    """A list item or a numbered shot: one beat, its label and length kept."""
    text = sentence.text.strip().rstrip(".;")
    more = sentences(text)
    if len(more) > 1 and all(is_meta(m.text) for m in more[1:]):
        # "7) Sparklers exit at night. Natural sound from the vows.": the last item of a list
        # run into the notes after it.
        out.meta.extend(m.text for m in more[1:])
        text = more[0].text.strip().rstrip(".;")
    colon = _colon_split(text)
    end = False
    asides: tuple[str, ...] = ()
    if colon is not None and colon[1]:
        head, tail = colon
        # (the English words that tell a picture from a note say nothing of a foreign item)
        if _META_LABELS.match(head) or (
            not out.foreign and is_meta(text) and not has_picture(text)
        ):
            out.meta.append(text)
            return
        if _STORY_LABELS.match(head):
            end = bool(re.match(r"(?:final|last|end|ending|closing|pack)", head, re.I))
            text = tail
        elif _FRAMING_LABEL.match(head.strip()):
            # "2) medium - a boy dribbles alone": the framing is the label, the picture the rest.
            asides, text = (_FRAMING_LABEL.match(head.strip()).group(0),), tail  # type: ignore[union-attr]
    elif not out.foreign and is_meta(text):
        # (in another language the English tests read "Alberto che intaglia il riccio…" as no
        # picture, so a listed shot was lost; the list's own headings and notes went above)
        picture, aside = _dash_aside(text)
        if not aside:
            out.meta.append(text)
            return
        # "Juniper berries tumbling into the pot, slow - god I need a break": the writer's
        # sigh made the whole item a note; the picture is before the dash
        text, asides = picture, (aside,)
    beat = _beat(text, sentence)
    if beat is not None:
        out.beats.append(replace(beat, item=True, end=beat.end or end, asides=beat.asides + asides))


# In a voice note said in one breath, the speaker's own words about a picture, up to its next
# "then": "we do that every spring tide", "oh and we sell them for…", "thats just so you know"
_SAID_IN_PASSING = re.compile(
    # (never right after "then", "and" or "so": "then we see the harbour" is the picture)
    r"(?<=\w)(?<!then)(?<!and)(?<!so)\s+(?:oh\s+(?:and\s+)?|btw\s+|by the way\s+)?"
    r"(?:we|i|they|he|she)\s+(?:(?:do|did) (?:that|this|it)\b|(?:sell|grow|make) (?:them|these|those|"
    r"it|about|over|around|\d)|always\b|usually\b|normally\b|used to\b)"
    r".*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:oh\s+and|oh|btw|by the way)\s+.*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:that'?s|thats) (?:it|all)\b.*?(?=\s+then\s|$)"
    r"|(?<=\w)\s+(?:dont|don'?t|do not|never) (?:show|put|include|film|use|mention)\b.*?(?=\s+then\s|$)"
    # "…spinning around and also can it be 15 seconds and the tall way for tiktok": the asking
    r"|(?<=\w)\s+and\s+also\s+(?:can|could|would|will|make|dont|don'?t|do not|please|pls|it\s+"
    r"(?:should|needs|has)|i\s+(?:want|need)|we\s+(?:want|need))\b.*?(?=\s+then\s|$)",
    re.IGNORECASE,
)
# Where a run-on message turns from what it wants to the first shot ("so first off the boat…")
_FIRST_OFF = re.compile(
    r"\b(?:(?:so|right|ok|okay|and|yeah)[,\s]+)*(?:first off|first up|firstly|first of all|"
    r"to start (?:with|off)|(?:the )?first (?:shot|thing|picture|bit|scene) (?:is|would be|should "
    r"be|could be|will be|we see)|first thing|(?:we |you |let'?s |i'?d |we'?d )?(?:start|begin|open|kick "
    r"(?:it )?off)(?:ing)? (?:with|on))\b[,:\s]*",
    re.IGNORECASE,
)


def _story(
    text: str,
    sentence: Sentence,
    out: Split,
    *,
    semicolons: bool,
    end: bool = False,
    listing: bool = False,
    announced: bool = False,
) -> None:
    """Beats of one story sentence: semicolon parts, then comma lists, then 'then' clauses.
    `announced`: a colon after a line about the video announced them ("A 20 second recap:
    …"), so the commas cut pictures."""
    if (first := _FIRST_OFF.search(text)) and first.start() > 0:
        said = text[: first.start()].strip(" ,")
        if (len(_words(said)) >= 6 and is_meta(said)) or re.search(
            r"\b(?:video|film|clip|advert|ad|reel|promo|website|commercial)\b", said, re.I
        ):
            # "…what I'm after is a video for the website about a minute long so first off the
            # boat leaving the harbour then …": a voice memo says what it wants, then the shots
            out.meta.append(said)
            text = text[first.end() :]
    # (a number's point is no stop: "…the stopwatch and it says 9.84 and then…")
    if len(_words(text)) >= 25 and not re.search(
        r"[,.;:!?]", re.sub(r"(?<=\d)[.,:](?=\d)", "", text.rstrip(".!?"))
    ):
        # A voice note said in one breath: what the speaker adds about a picture, up to the
        # next "then", is talk ("…turning the bags we do that every spring tide which is twice
        # a month then…", "…the logo … since 1989 oh and we sell them for…")
        def aside(m: re.Match[str]) -> str:
            out.meta.append(m.group(0).strip())
            return " "

        # "…the jam jars on the shelves and finish with the sign…": the last shot, said so
        text = re.sub(
            r"\s+(?:and\s+)?(?:finish|end|close)(?:ing)?\s+(?:with|on)\s+",
            " then ",
            text,
            flags=re.I,
        )
        text = _SAID_IN_PASSING.sub(aside, text)
    parts: list[str] = []
    for part in split_top_level(text.rstrip(".!?"), ";"):
        if parts and re.match(r"^its\s", part, re.I):
            parts[-1] = f"{parts[-1]}; {part}"  # "tugs at the lock; its light ring flashes red"
        else:
            parts.append(part)
    for part in parts:
        for fragment, carried in _clauses(
            part,
            listing=listing or not semicolons,
            foreign=out.foreign,
            line=sentence.line,
            announced=announced,
        ):
            beat = _beat(fragment, sentence)
            if beat is not None:
                out.beats.append(
                    replace(
                        beat,
                        end=beat.end or end,
                        continuing=beat.continuing or bool(carried),
                        jump=beat.jump or carried is None,
                    )
                )
    if end and out.beats:
        out.beats[-1] = replace(out.beats[-1], end=True)
