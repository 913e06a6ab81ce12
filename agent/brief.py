"""Reading the person's words: a brief file (or stdin) into a `Brief`.

Every mistake the person can make becomes a `BriefError` whose message is one line they can act on;
the CLI prints it and exits 2. The reading itself (directives, beats, cast) is agent.briefing's.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path
from typing import TextIO

from agent.briefing.beats import (
    FILM_TITLE,
    FORMAT_HEADING,
    FORMAT_NOUNS,
    REQUEST,
    content_words,
    is_look,
    is_meta,
    is_talk,
    logline,
    names_the_video,
)
from agent.briefing.directives import LONGEST_VIDEO_S, PLATFORMS, Reading, read_brief
from agent.briefing.lexicon import TYPOGRAPHY_WORDS, has_any
from agent.briefing.numbers import lengths
from agent.briefing.shots import MIN_PACE_S
from agent.briefing.text import split_top_level
from sessions.limits import MAX_MESSAGE_CHARS, too_long
from sessions.models import TIERS, Brief, Tier

# Past this many bytes a text has more characters than a brief may (UTF-8: at most 4 bytes a
# character, and a BOM): the reading stops there, counting is pointless.
MAX_BRIEF_BYTES = 4 * MAX_MESSAGE_CHARS + 3
MAX_DURATION_S = LONGEST_VIDEO_S
DEFAULT_DURATION_S = 15.0
# A brief of one picture and no length: one shot, as long as every video engine goes (Veo: 8 s).
ONE_PICTURE_S = 8.0
DEFAULT_SECONDS_PER_SHOT = 4.0
_QUICK_PACE_S = 2.0  # a picture's time when the person asks for a short film and no length
# "Keep it short", "short and sweet", "nice and quick", "something short": no length, but short
_KEEP_IT_SHORT = re.compile(
    # (not "Just a quick video for our florist": how a message opens, not a short film asked)
    r"\b(?:keep\s+it|make\s+it|nice\s+and|something)\s+(?:really\s+|very\s+|super\s+)?"
    r"(?:short|quick|brief|snappy)\b|\bshort\s+(?:and|n|&)\s+(?:sweet|snappy)\b",
    re.IGNORECASE,
)
_A_FULL_PICTURE = 40  # characters: a beat shorter than this is a story's line, not a picture


# Letters of a script the rules never read (Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, CJK,
# Hangul): a brief mixing them in is read only in part.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff"
    "\u3400-\u9fff\uac00-\ud7af]"
)


class BriefError(ValueError):
    """A brief shotcaller cannot plan from; the message is one line for the person."""


def read_brief_text(source: str, stdin: TextIO | None = None) -> str:
    """The brief's text from a path, or from stdin when source is "-".

    Stdin is read as bytes and decoded strictly: a terminal in the C locale would otherwise hand
    over invalid UTF-8 as lone surrogates, which fail only later, when the database is written."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin
        raw = getattr(stream, "buffer", None)
        try:
            if raw is not None:
                data = raw.read(MAX_BRIEF_BYTES + 1)
                if len(data) > MAX_BRIEF_BYTES:
                    raise _too_long("the brief on stdin", None)
                text = data.decode("utf-8-sig")
            else:
                text = stream.read(MAX_MESSAGE_CHARS + 1)
                text.encode("utf-8")  # lone surrogates from a lenient decoder are refused here
        except UnicodeError:
            raise BriefError("the brief on stdin is not UTF-8 text") from None
        return _checked(text, "the brief on stdin")
    path = Path(source)
    if not path.exists():
        raise BriefError(f"brief file not found: {source}")
    if path.is_dir():
        raise BriefError(f"{source} is a directory; give the path of a brief text file")
    try:
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise _too_long(source, None)
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"cannot read {source}: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise BriefError(f"{source} looks like a binary file; a brief is plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BriefError(f"{source} is not UTF-8 text; a brief is plain text") from None
    return _checked(text, source)


def _checked(text: str, where: str) -> str:
    if "\x00" in text:
        raise BriefError(f"{where} looks like binary data; a brief is plain text")
    if not text.strip():
        raise BriefError(f"{where} is empty; describe the video you want")
    if len(text) > MAX_MESSAGE_CHARS:
        raise _too_long(where, len(text))
    return text


def _too_long(where: str, length: int | None) -> BriefError:
    return BriefError(too_long("brief", length, MAX_MESSAGE_CHARS, where=where))


# --- title ---------------------------------------------------------------------------------

_APPOSITIVE_PRODUCT = re.compile(
    r"\bfor (?P<name>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*), an? (?P<what>[^,.;]+?)(?: for [^,.;]+)?(?:[,.;]|$)"
)
_EPISODE = re.compile(r'\bepisode (?P<n>\d+) of "(?P<series>[^"]+)"', re.IGNORECASE)
_FORMAT_PHRASE = re.compile(
    r"\b(?P<kind>ad|advert|spot|commercial|promo|trailer|teaser|explainer|video|film)\b",
    re.IGNORECASE,
)
_NOT_IN_TITLE = re.compile(
    r"\b(?:vertical|horizontal|square|portrait|widescreen|(?:youtube )?shorts|tiktok|"
    r"(?:instagram|insta|ig) (?:reels?|stor(?:y|ies)|feed)|reels|instagram|youtube|linkedin|"
    r"for (?:tiktok|reels|youtube|instagram|linkedin|socials?)|formato|format|"
    r"(?:16:9|9:16|1:1|4:5))\b",
    re.IGNORECASE,
)


def product_name(text: str) -> str | None:
    """'A 20-second ad for Penny, a budgeting app…' names the product Penny."""
    m = _APPOSITIVE_PRODUCT.search(text)
    return m.group("name") if m else None


def untitled_of_format(title: str) -> str:
    """A title without platform or aspect words: they change with a revision, the film does not."""
    title = _NOT_IN_TITLE.sub(" ", title)
    title = re.sub(r"\s+", " ", title).strip(" ,-—:")
    title = re.sub(r"^(?:an?|the)\s+", "", title, flags=re.IGNORECASE)
    return title[:1].upper() + title[1:] if title else ""


def _without_lengths(text: str) -> str:
    for found in reversed(lengths(text)):
        # ("un vídeo de 15 segundos para…", "a video of 20 seconds for…": its "of" too)
        # (and "about", "around": "…for the alpaca treks about 40 seconds" is no trek "about")
        of = re.search(
            r"\b(?:de|di|da|von|van|of|about|around|roughly|approx\.?|approximately|circa|ca\.)\s+$",
            text[: found.start],
            re.IGNORECASE,
        )
        text = text[: of.start() if of else found.start] + text[found.end :]
    return text


_A_NAME = re.compile(r"(?:[A-Z][\w'&-]*)(?:\s+(?:&\s+)?[A-Z][\w'&-]*){0,3}")


# "Project: THE LAST REEL (working title)", "Subject: Voter registration film – annual canvass
# 2025": a document's or an email's own label for what it is about, on its first line
_LABELLED = re.compile(
    r"^(?:project|subject|re|working title|job|campaign)\s*:\s*(?P<name>[^\n]{2,100}?)\s*\.?$",
    re.IGNORECASE,
)


# what a music video or a trailer is for, named in quotes at the top: its title
_FILM_NOUN = re.compile(
    r"\b(?:film|video|reel|ad|advert|promo|trailer|teaser|explainer|clip|short|documentary|doc|"
    r"spot|commercial|tribute|montage|sting|animation|campaign)s?\b",
    re.IGNORECASE,
)
_NAMED_RELEASE = re.compile(
    # (only one coming out: "their first dance was to the song "Perfect"" names no film)
    r"\b(?:new|upcoming|debut|latest|forthcoming|next)\s+(?:single|song|track|album|ep|record|"
    r"play|musical|show|book|novel|podcast)\s+"
    r"[\"“](?P<name>[^\"”\n]{2,40})[\"”]",
    re.IGNORECASE,
)


# a film's name in quotes where the first line says what it is for or called
_FILM_CALLED = re.compile(
    r"\b(?:film|video|short|animatic|storyboard|boards|timings|pitch|doc|documentary|project|"
    r"trailer|teaser)\b[^\"“\n,]{0,20}?\b(?:called|titled|named|for)\s+[\"“](?P<name>[^\"”\n]{2,40})[\"”]",
    re.IGNORECASE,
)


def _labelled_title(line: str) -> str:
    line = re.sub(r"(?i)^(?:subject\s*:\s*)?(?:(?:re|fwd?)\s*:\s*)+", "Subject: ", line)
    labelled = _LABELLED.match(line)
    if labelled is None:
        return ""
    if not re.match(r"(?i)project|working title", line) and not _FILM_NOUN.search(labelled["name"]):
        return ""  # "Subject: Following up on our call", "Re: your quote": an email's, not a film's
    name = re.sub(r"\s*\([^)]*\)", "", labelled["name"])
    name = re.split(r"\s+[-–—|]\s+", name)[0].strip(" '\"“”")
    if name.isupper():
        name = name.title()
    return name if content_words(name) else ""


def title_of(reading: Reading) -> str:
    text = reading.text
    episode = _EPISODE.search(text)
    if episode:
        return f"{episode.group('series')} — episode {episode.group('n')}"
    if labelled := _labelled_title(text.strip().split("\n")[0].strip()):
        return _short(labelled[:1].upper() + labelled[1:])  # ("Subject: film for …")
    if single := _NAMED_RELEASE.search(text.split("\n\n")[0]):
        return _short(single["name"])  # "for Wren's new single "Thin Ice" (out 6 June…)"
    opening = text.strip().split("\n")[0]
    if named_film := _FILM_CALLED.search(opening):
        return _short(named_film["name"])  # 'animatic timings for "Gutter" (my grad film pitch)'
    first = reading.split.meta[0] if reading.split.meta else ""
    if (occasion := _OCCASION_FIRST.match(first.strip())) and text.strip().startswith(
        first.strip()
    ):
        topic = occasion["topic"]  # "For our open day we would like a short film."
        return _short(f"{topic[:1].upper()}{topic[1:]} {occasion['kind'].lower()}")
    if named := FILM_TITLE.match(text.strip().split("\n")[0].strip()):
        title = named["title"].strip()
        if re.fullmatch(r"""(["'“]).*["'”]""", title):
            title = title[1:-1]  # ('DRIFT - "Unroll"' keeps its quote marks: they close inside)
        return _short(title)  # "Title: Paws & Suds dog grooming"
    head = text.strip().split("\n")[0].strip(" .")
    if FORMAT_HEADING.match(head) and head in reading.split.meta:
        # "COLD OPEN - Ep 3 "What the River Carries" (Undercurrent, series 2)": its name
        quoted = re.search(r'"([^"]{2,80})"', head)
        name = quoted[1] if quoted else re.split(r"\s*[-–—:|]\s*", head, maxsplit=1)[1]
        return _short(re.sub(r"\s*\([^)]*\)", "", name))
    if (
        first
        and names_the_video(first)
        and text.strip().startswith(first.strip())
        # ("A 20 second video: the door opening, …" names only a length and a format)
        and content_words(_FILM_NOUN.sub("", _without_lengths(first)))
    ):
        # "Choir concert promo." opens the brief and names it ("30s recruitment video": its
        # length is no part of its name)
        named_video = re.sub(r"\s{2,}", " ", _without_lengths(first)).strip(" .!")
        named_video = re.sub(r"(?i)^(?:an?|the)\s+", "", named_video)
        return _short(named_video[:1].upper() + named_video[1:])
    label = _PRODUCT_LABEL.search(text)
    if label:
        return _short(label.group("name").strip(" ."))  # "Product: AURA earbuds (matte …)"
    product = _APPOSITIVE_PRODUCT.search(text)
    if product:
        kind = _FORMAT_PHRASE.search(first)
        suffix = f" {kind.group('kind').lower()}" if kind else ""
        what = _RELATIVE.split(product.group("what").strip())[0].strip(" ,")
        return f"{product.group('name')} — {what}{suffix}"
    for line in reading.loglines:
        if is_look(line.text) or re.search(
            r"\b(?:look|feel|vibe|aesthetic|style|grade|tone)\s*[.!]?$", line.text, re.I
        ):
            continue  # "Warm 16mm film look.": how it looks, not what it is
        if re.match(
            r"(?:please\s+)?(?:keep|make sure|remember|don'?t|do not|avoid|no need)\b",
            line.text,
            re.I,
        ):
            continue  # "Please keep them right, the regulars will spot it!": a care, no name
        if line.picture:
            # "Make me a video of a cat…", "Three clips of Aiko, a girl…": the picture or its
            # subject names the film.
            subject = split_top_level(line.picture, ",")[0]
            subject = re.sub(r"\b(?:the\s+)?same\s+", "", subject, flags=re.IGNORECASE)
            # ("a film of him like a real film": who "him" is, the shots say)
            if content_words(subject) and not re.match(
                r"(?i)(?:him|her|them|it|me|us|this|that)\b", subject
            ):
                return _short(untitled_of_format(subject))
        # ("an explainer for our budgeting app (60s, 16:9)": what is in brackets is its format)
        unbracketed = re.sub(r"\s*\([^()]*\)", "", line.text)
        head = REQUEST.sub("", _without_lengths(unbracketed.split(":")[0]).strip())
        # "Could you please make a video for a tea brand called Stillwater?"
        head = _ASKED_TO_MAKE.sub("", head)
        head = _ASKED_ABROAD.sub("", head)
        # "Following our call, here's the brief for the Harbour Bakes spot": the spot is the title
        head = _BRIEF_FOR.sub("", head)
        head = _KEEP_IT_SHORT.sub("", head)  # "short and sweet pls": how long, not what
        # "To put a wee video on spareroom for the double room": what the film is for names it
        if put := _TO_PUT_UP.match(head):
            return _short(f"{put['kind'].capitalize()} {put['what']}")
        # "Open day we would like a short film": the occasion, then the asking
        if occasion := _OCCASION_FIRST.match(head):
            topic = occasion["topic"]
            return _short(f"{topic[:1].upper()}{topic[1:]} {occasion['kind'].lower()}")
        wants = _WANTS_A.match(head)
        if (
            wants
            and _has_format_noun(wants["kind"])
            and not re.search(r"\b(?:client|boss|customer|manager|team)$", wants["who"], re.I)
        ):
            # "lads the kebab shop wants a video" (a chat's first message): who wants it names
            # it, "Video for the kebab shop", not the message
            who = wants["who"][:1].lower() + wants["who"][1:]
            return _short(f"{wants['kind'].capitalize()} for {who}")
        parts = [
            p
            for p in split_top_level(head, ",")
            if (content_words(p) or _has_format_noun(p)) and not is_talk(p)
        ]
        if parts and _has_format_noun(parts[0]):
            # "a reel for our florist, Mother's Day is coming, lots of pink": the first part
            # names the film; after it only a name is kept ("…for my barbershop, Fade Kings")
            parts = parts[:1] + [p for p in parts[1:2] if _A_NAME.fullmatch(p.strip())]
        title = untitled_of_format(" ".join(parts))
        title = re.sub(r"\b(?:of|showing|featuring)\b.*$", "", title).strip()
        if re.match(r"^(?:for|about|pour|para)\b", title, re.IGNORECASE):
            # ("for launch day": "la" is an article only as a word)
            title = re.sub(r"^\w+\s+(?:(?:an?|the|une?|la|el|our|my)\s+)?", "", title) + " video"
        title = _COUNT_WORDS.sub("", title).strip(" ,?!")
        # ("a video for instagram, let's say 30 seconds and square": the hedge and the "and"
        # the length and the frame leave behind)
        title = re.sub(r"\s*\blet'?s say\b|\s+(?:and|or|but|in)$", "", title, flags=re.I)
        # ("a baking tutorial for about 2 minutes": what the length leaves behind)
        title = re.sub(
            r"(?:\s+(?:for|about|around|roughly|approx|approximately|of|at|lasting))+$",
            "",
            title,
            flags=re.I,
        )
        # ("do 4 shots, 20 seconds total": with the count and the length gone, nothing is left
        # to name the film)
        leftover = re.sub(
            r"\b(?:do|total|overall|please|pls|make|it|just|and|about|around|roughly|max|long|"
            r"in|with|each|per)\b",
            "",
            title,
            flags=re.I,
        )
        if content_words(title) and leftover.strip(" ,.;:-–—"):
            return _short(title[:1].upper() + title[1:])
    beats = reading.beats
    if (
        beats
        and beats[0].label == "title card"
        and (said := re.search(r'"([^"]{2,80})"', beats[0].text))
    ):
        return _short(said[1])  # 'Title card: "Top 5 Wild Swims"' opens the film and names it
    first_line = text.strip().split("\n")[0].strip()
    if first_line in reading.split.meta and (shout := _SHOUTED_HEAD.match(first_line.strip(" ."))):
        # "TOP 5 WILD SWIMS IN THE LAKE DISTRICT - 45 sec, 16:9.": a heading in capitals
        return _short(shout["name"].capitalize())
    for said_first in reading.split.meta[:3]:
        # "A 40 second film about a jazz club in the 1950s" over its list of shots (under a
        # "Brief outline" heading, say): its name
        film_named = logline(REQUEST.sub("", said_first.strip().rstrip(".")))
        if (
            film_named is None
            or not content_words(film_named.purpose)
            # ("a video for instagram, let's say 20 seconds and square": where it plays, and
            # how long, name nothing)
            or is_meta(film_named.purpose)
            or lengths(film_named.purpose)
        ):
            continue
        kind = _FORMAT_PHRASE.search(said_first)
        noun = kind.group("kind").lower() if kind else "film"
        said = re.search(rf"\b(for|about|on)\s+{re.escape(film_named.purpose)}", said_first, re.I)
        joined = said.group(1).lower() if said else "about"
        return _short(f"{noun[:1].upper()}{noun[1:]} {joined} {film_named.purpose}")
    if beats:
        return _short(untitled_of_format(beats[0].text))
    return "Untitled"


# Two or more words in capitals, before the line's dash or colon and what it says of the video
# (two words of capitals at least: "A 12-second reel" is no heading)
_SHOUTED_HEAD = re.compile(
    r"^(?=(?:[^\n]*?\b[A-Z]{2,}\b){2})(?P<name>[A-Z0-9'&]+(?:\s+[A-Z0-9'&]+)+)"
    r"(?:\s+[-–—|]\s+\S.*|\s*:\s*\S.*)?$"
)


_ASKED_TO_MAKE = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|u)\s+|(?:i'?m|i am|we'?re|we are)\s+)?"
    r"(?:please\s+|kindly\s+)*"
    r"(?:make|do|create|put together|shoot|produce|plan|putting together|making|planning|"
    r"producing|shooting)\s+(?:me\s+|us\s+)?(?=(?:a|an|our|my)\s)",
    re.IGNORECASE,
)
# "Necesito un vídeo…", "Ich brauche ein Video…", "J'ai besoin d'une vidéo…": the asking, and
# its article, are no part of the title
_ASKED_ABROAD = re.compile(
    r"^(?:necesito|necesitamos|quiero|queremos|preciso|precisamos|ich brauche|wir brauchen|"
    r"ich möchte|wir möchten|j'ai besoin d'|nous avons besoin d'|je voudrais|nous voulons|"
    r"je veux|vorrei|abbiamo bisogno di|ik wil|wij willen|we willen|ik zoek)\s*"
    r"(?:un|une|una|uno|ein|eine|einen|een|um|uma)?\s+",
    re.IGNORECASE,
)
_BRIEF_FOR = re.compile(
    r"^.*?\bhere(?:'s| is| are) (?:the|our|my|a) (?:brief|idea|plan|script|notes?) (?:for|of)\s+",
    re.IGNORECASE,
)
_TO_PUT_UP = re.compile(
    r"^to\s+(?:put|post|stick|get)\s+(?:up\s+)?(?:a|an)\s+(?:(?:wee|little|short|quick)\s+)?"
    r"(?P<kind>video|film|reel|clip|tour)\s+(?:up\s+)?(?:on|onto)\s+[\w.'-]+\s+"
    r"(?P<what>(?:for|of|about)\s+(?:the|our|my|a|an)\s+[\w' -]{2,40}?)\s*[.!]?$",
    re.IGNORECASE,
)
_OCCASION_FIRST = re.compile(
    # (a topic of a word or three: "my gran makes jam and I want a short ad" names no topic)
    r"^(?:for\s+(?:our|the|my)\s+)?(?P<topic>(?!(?:we|i|so|hi|hello|my|our)\b)"
    r"(?:(?!(?:and|but|so|or)\b)[\w'-]+\s+){0,2}(?!(?:and|but|so|or)\b)[\w'-]{2,})\s+"
    r"(?:we|i)(?:'d|\s+would)?\s+(?:like|love|want|need)\s+(?:a|an)\s+"
    r"(?:(?:new|short|quick|little|wee)\s+)?(?P<kind>film|video|reel|promo|clip|ad|advert)\b",
    re.IGNORECASE,
)
_WANTS_A = re.compile(
    r"^(?:.*?\s)?(?P<who>(?:the|our|my|his|her|their)\s+[\w'& -]{2,40}?)\s+"
    r"(?:wants?|needs?|would like|asked (?:us )?for)\s+(?:us\s+to\s+(?:make|do)\s+)?"
    r"(?:a|an|another)\s+(?:(?:new|short|quick|little)\s+)?(?P<kind>[\w-]+)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = re.compile(
    r"\b(?:in\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a single|single)"
    r"[\s-]+(?:continuous\s+)?(?:shots?|clips?|scenes?)\b",
    re.IGNORECASE,
)


def _has_format_noun(text: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text, re.I) for f in FORMAT_NOUNS)


_PRODUCT_LABEL = re.compile(r"(?im)^\s*product\s*:\s*(?P<name>[^(\n.,;]{2,60})")
# Where a long title's own clause starts: "… a keeper named Odile who repairs the lamp".
_RELATIVE = re.compile(
    r"\s+(?:who|that|which|where|whose|while|run by|owned by|made by|founded by)\s+", re.I
)


def _short(title: str) -> str:
    # ("… this post ( , it's )": what was left of "(square, it's for LinkedIn)")
    title = re.sub(r"\s*\([^()]*\)", lambda m: m[0] if content_words(m[0]) else "", title)
    title = re.sub(r"\s*[!?]{2,}", "", title)  # "Launch day!! video"
    # "Seed Library launch – film brief", "Ferncliffe Pride – video outline (v2, …)": the
    # document's kind is no part of the film's name
    named = re.sub(
        r"\s+[-–—:|]\s+(?:(?:the|a|our|draft|final|rough)\s+)?(?:(?:film|video|promo|reel|shoot)\s+)?"
        r"(?:brief|outline|treatment|notes|plan|script|shot ?list|running order|storyboard)\b.*$",
        "",
        title,
        flags=re.I,
    )
    if content_words(named):
        title = named
    title = title.strip(" .,;:-")
    # "Short ad I can send to the buyers and put on insta": the ad, not what will be done with it
    trimmed = re.sub(
        r"\b(?P<kind>ad|video|reel|film|promo|clip|teaser|advert)\s+(?:i|we|you|they)\s+"
        r"(?:can|could|will|'ll|might|want to|need to)\b.*$",
        r"\g<kind>",
        title,
        flags=re.I,
    )
    if len(trimmed.split()) >= 2:
        title = trimmed  # (never a bare "Video" from "A video you can watch when you miss home")
    if len(title) > 40:
        title = _RELATIVE.split(title)[0].rstrip(" ,;:-")
    if len(title) > 60:
        title = title[:60].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return title or "Untitled"


_SHOT_WORDS = re.compile(r"\b(?:shots?|clips?|scenes?|cuts?|takes?|angles?)\b", re.I)


# --- the brief -------------------------------------------------------------------------------


def parse_brief(text: str, *, tier: str | None = None, budget_usd: float | None = None) -> Brief:
    """Read duration, shot count, aspect ratio, style and a title from the brief's words.

    Budget and tier come only from the person's options, never from the brief text: a brief that
    says "ignore the budget" changes nothing.
    """
    text = _checked(text, "the brief")
    chosen_tier: Tier = "draft"
    if tier is not None:
        if tier not in TIERS:
            raise BriefError(f"unknown tier '{tier}': use draft or delivery")
        chosen_tier = tier  # type: ignore[assignment]
    if budget_usd is not None and not budget_usd > 0:
        raise BriefError(f"the budget must be more than $0 (got {budget_usd:g})")

    reading = read_brief(text)
    d = reading.directives
    duration, phrase = d.seconds, d.seconds_phrase
    if duration is not None and duration <= 0:
        raise BriefError(f"the brief asks for {phrase}; a duration must be more than zero")
    if duration is not None and duration > MAX_DURATION_S:
        raise BriefError(f"the brief asks for {phrase}; shotcaller plans episodes up to 10 minutes")
    if duration is not None and duration < 1:
        raise BriefError(f"the brief asks for {phrase}; a video must be at least 1 second")
    if not _has_picture(reading):
        what = f"how long ({phrase})" if phrase else "what kind of video"
        raise BriefError(
            f"the brief says {what} but not what to show: describe what we see, e.g. "
            "'a cat on a porch at golden hour, 5 seconds'"
        )

    count = d.count
    if count is not None and count < 1:
        raise BriefError("the brief asks for zero shots; a plan needs at least one")
    if duration is None:
        duration = _implied_duration(reading, count)
    if count is not None and count > int(duration) and not _SHOT_WORDS.search(d.count_phrase):
        count = None  # "climbed the 142 steps": a count of the story's things, not of shots
    if count is not None and count > int(duration):
        raise BriefError(
            f"the brief asks for {count} shots in {duration:g} seconds; "
            "each shot needs at least 1 second"
        )
    platform = d.platform
    if platform is not None and platform not in {name for _, name, _ in PLATFORMS}:
        platform = None
    return Brief(
        text=text,
        title=title_of(reading),
        duration_s=duration,
        aspect_ratio=d.aspect,
        platform=platform,
        style_notes=d.style,
        tier=chosen_tier,
        budget_usd=budget_usd,
        shot_count=count,
    )


def _has_picture(reading: Reading) -> bool:
    if reading.beats:
        return True
    # The logline names what the film is about ("A 30 second video about our dog Max"); what
    # its commas add after it must be more than how it is cut and lettered ("Can you make an ad
    # for, fast cuts, bold text" shows nothing).
    for line in reading.loglines:
        named, *added = split_top_level(line.text, ",")
        if content_words(_without_lengths(named)) or any(
            content_words(_without_lengths(part)) and not is_meta(part) for part in added
        ):
            return True
    return False


def _implied_duration(reading: Reading, count: int | None) -> float:
    """No total given: per-shot lengths times the shots, the shots' own lengths, or a default."""
    d = reading.directives
    beats = reading.beats
    if d.per_shot_seconds:
        return min(d.per_shot_seconds * (count or max(1, len(beats))), MAX_DURATION_S)
    given = [b.seconds for b in beats]
    if beats and all(given):
        return min(sum(g for g in given if g), MAX_DURATION_S)
    if _KEEP_IT_SHORT.search(" ".join(reading.split.meta)):
        # "Keep it short." over seven pictures: short is what the person asked; the pictures
        # go by quicker (2 s each) rather than the film running to 28 s
        pictures = count or max(1, len(beats))
        return min(DEFAULT_DURATION_S, max(ONE_PICTURE_S, pictures * _QUICK_PACE_S))
    if count:
        return min(count * DEFAULT_SECONDS_PER_SHOT, MAX_DURATION_S)
    if len(beats) == 1 and not beats[0].end:
        # "A hummingbird drinking from a red flower, in slow motion.": one picture, one shot.
        return ONE_PICTURE_S
    # More pictures than the default length holds at the quickest pace (3 s): each keeps a shot
    # of its own, rather than two folded into one ("…the cake, then Bess wagging her tail"). A
    # short line ("JUNE reads it.", "Her hand trembles.") counts half: two such beats fold into
    # one shot well; a card never folds. Only in English: in a language the rules do not read, the beats are a
    # guess, and the default length is the safer one.
    if reading.split.foreign or _OTHER_SCRIPT.search(reading.text):
        return DEFAULT_DURATION_S
    pictures = math.ceil(
        sum(
            1
            if len(b.text) >= _A_FULL_PICTURE or b.end or has_any(b.text, TYPOGRAPHY_WORDS)
            else 0.5
            for b in beats
        )
    )
    return min(max(DEFAULT_DURATION_S, pictures * MIN_PACE_S), MAX_DURATION_S)
