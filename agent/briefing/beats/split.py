"""`split_brief`: a whole brief into its meta text, loglines and beats.

It takes off the signature and the sign-off, reads each sentence in turn (reading.py), turns a
question into the picture it asks for ("Could we open on a drone shot over the marsh?"), applies
what the brief revises of itself (revisions.py: shots dropped, refused, added, moved first), and
ends with the passes over the whole (passes.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.briefing.beats.commas import _starts_with_subject, _starts_with_verb
from agent.briefing.beats.fragments import _beat
from agent.briefing.beats.headings import (
    _FRAMING_LABEL,
    _LETTERHEAD,
    _META_LABELS,
    _NAMES_THE_FILM,
    FILM_TITLE,
    FORMAT_HEADING,
)
from agent.briefing.beats.meta import is_meta
from agent.briefing.beats.parts import Beat, Split
from agent.briefing.beats.passes import (
    _CARD_WORDS,
    _cast_list,
    _foreign_list,
    _header_subject,
    _is_card_beat,
    _looks_of_every_shot,
    _said_again,
    _second_reading,
    _sound_words,
    _words_over_the_last,
)
from agent.briefing.beats.reading import _read_sentence
from agent.briefing.beats.revisions import (
    _ACTUALLY_NO,
    _ADD_PLACED,
    _DROP,
    _DROP_INSIDE,
    _INTO_SHOT,
    _MOVE_BY_NUMBER,
    _NO_SHOT_KIND,
    _OPEN_INSTEAD,
    _REASON,
    _REFUSES_THE_LAST,
    _SCRATCH,
    PUT_THE_LAST,
    stand_in,
)
from agent.briefing.beats.talk import _DASH_SIGNED, _SIGN_OFF, _SIGNATURE
from agent.briefing.beats.words import _words, has_finite_verb, has_picture
from agent.briefing.english import is_english_word, lower_first
from agent.briefing.lexicon import NUMBER_WORDS, ORDINALS, has_any
from agent.briefing.numbers import language_of, lengths
from agent.briefing.text import Sentence, sentences

_ASPECT_SAID = re.compile(
    r"\b(?:16:9|9:16|1:1|4:5|widescreen|vertical|portrait|landscape format|square format)\b", re.I
)


# A picture asked for as a question: "Could we open on a drone shot over the marsh?", "Is it
# possible to show a volunteer planting grass?", "What about a storm sequence: waves …?"
_ASKED_FOR = re.compile(
    r"^(?:(?:oh|and|also|so|but|then)[,\s]+)*(?:(?:maybe|perhaps)\s+(?=\S)|"
    r"(?:could|can|would|should|shall|might)\s+(?:we|you|they|it)\s+(?:also\s+|maybe\s+|perhaps\s+)?"
    r"(?:(?:open|start|begin|end|close|finish)\s+(?:on|with)\s+|(?:show|see|have|get|include|"
    r"feature|use|add|do)\s+)?|"
    r"(?:is|would)\s+it\s+(?:be\s+)?(?:possible|ok(?:ay)?|feasible)\s+to\s+(?:show\s+|see\s+|"
    r"have\s+|include\s+|get\s+)?|"
    r"(?:what|how)\s+about\s+|"
    r"(?:could|can|should)\s+(?=the\s+|our\s+|a\s+))",
    re.IGNORECASE,
)
# What a question adds after its picture: "… - would that read as hopeful or just muddy?"
_QUESTION_TAIL = re.compile(
    r"(?:\s+-\s+|,\s*|\?\s*)(?:or\s+)?(?:would|will|does|is|could|can|do)\s+(?:that|it|this)\b.*$",
    re.IGNORECASE,
)


# "Our head brewer, Rosa Quintero, is in every single shot: red bandana, …": who recurs, and
# how they look — the cast's description, no picture of its own.
_IN_EVERY_SHOT = re.compile(
    r"^[^.;]{2,80}?\b(?:is|are|appears?|must be|has to be|have to be|should be|needs? to be|"
    r"will be)\s+(?:in|the same in|identical in|consistent (?:in|across)|across)\s+"
    r"(?:every|each|all(?: the)?|all of the)\s+(?:single\s+)?(?:shots?|clips?|scenes?|frames?)\b"
    r"(?:\s*(?::|,|-)\s*.*)?$",
    re.IGNORECASE,
)


# "…should be the star: the same dog in every shot", "so people recognise him": who recurs and
# why, said about the film, not a picture
_SAME_THROUGHOUT = re.compile(
    r"\b(?:the\s+)?same\s+(?:[\w'-]+\s+){1,3}?(?:in|across|throughout)\s+(?:every|each|all(?: the)?)\s+"
    r"(?:single\s+)?(?:shots?|clips?|scenes?)\b",
    re.IGNORECASE,
)
# "Tomasz has to look the same throughout", "so people recognise him": said of the film
_STAYS_THE_SAME = re.compile(
    r"\b(?:look|looks|stay|stays|be|remain|remains)\s+(?:exactly\s+)?(?:the\s+)?(?:same|identical|"
    r"consistent)\s+(?:throughout|all the way through|from shot to shot|in every (?:shot|clip))\b|^so\s+(?:that\s+)?(?:people|viewers|customers|"
    r"clients|everyone|visitors|they|we)\s+(?:can\s+|will\s+|could\s+)?(?:recogni[sz]e|remember|"
    r"know|feel|understand|see that)\b",
    re.IGNORECASE,
)
# An afterthought after the end card ("can we also get a bit where …", "oh and also …"): a
# picture for the film, not one after its logo
_AFTERTHOUGHT = re.compile(
    r"^(?:(?:oh|and|ps|p\.s\.)[,.\s]+)*(?:also\b|(?:can|could)\s+(?:we|you)\s+also\b)",
    re.IGNORECASE,
)
# "can we also get a bit where the wheel spins", said without a question mark
_CAN_WE_GET = re.compile(
    r"^(?:(?:oh|and|also)[,\s]+)*(?:can|could)\s+(?:we|you)\s+(?:also\s+)?(?:get|have|do|add|see)\s+"
    r"(?:(?:a|the)\s+(?:bit|part|moment|shot)\s+(?:where|when|of)\s+)?",
    re.IGNORECASE,
)


# The writer's frame before the pictures they have in mind: "I'm thinking apples tumbling out
# of a sack…" (the whole brief was refused as no picture), "I'd love to see the orchard at dusk"
# (it stayed in the shot's words)
_THINKING_OF = re.compile(
    r"^(?:(?:so|and|ok|okay|um|hmm|well)[,\s]+)*(?:"
    r"(?:i'?m|i am|we'?re|we are|i was|we were)\s+(?:thinking|picturing|imagining|envisaging|"
    r"envisioning)(?:\s+(?:of|about))?(?:\s+something\s+like)?|"
    r"(?:i'?d|we'?d|i would|we would)\s+(?:love|like)\s+to\s+see|"
    r"(?:i|we)\s+(?:want|need)\s+to\s+see|"
    # "I imagine my hands centring a lump of clay on the wheel, …"
    r"(?:i|we)\s+(?:imagine|envisage|envision|picture|see|had\s+in\s+mind)|"
    # "We thought it might show the three tower blocks from across the park, then …"
    r"(?:(?:i|we)\s+(?:thought|think|imagined|imagine|hoped|hope)\s+)?(?:that\s+)?"
    r"(?:it|the\s+(?:film|video|clip))\s+(?:might|could|would|should|will|can)\s+"
    r"(?:perhaps\s+|maybe\s+)?(?:show|open\s+on|start\s+(?:with|on)))\s+",
    re.IGNORECASE,
)


# What a question asks to be made, when it is the video itself and no picture in it ("a clip of
# a dog running" is a picture: its "of" says what the clip shows)
_THE_VIDEO_ITSELF = re.compile(
    r"^(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+){0,3}?(?:clip|video|film|reel|promo|ad|advert|"
    r"teaser|trailer|spot|short)\b(?!\s+(?:of|showing|where|with)\b)",
    re.IGNORECASE,
)


# Words on screen asked for: 'At the end, could it please say "Planting Day - All welcome"'
# (planned as a line someone says, with the asking's words)
_ASKED_CARD = re.compile(
    r"^(?:(?:and\s+)?(?:at|for)\s+the\s+end,?\s*)?(?:could|can|would|will)\s+(?:it|you|the\s+"
    r"(?:film|video|clip|end))\s+(?:please\s+)?(?:say|read|show\s+the\s+words?|end\s+with)\s+"
    r"(?P<words>\"[^\"]{1,120}\")\s*[?.!]*$",
    re.IGNORECASE,
)


def _asked_picture(text: str) -> str | None:
    """For a question: the picture it asks for (the question's frame and its doubts left out),
    or "" when it asks for none ("Too dramatic?", "How much of this fits in 45 seconds?").
    None for a sentence that asks nothing."""
    stripped = text.strip()
    if not stripped.endswith("?") and (got := _CAN_WE_GET.match(stripped)):
        picture = stripped[got.end() :].rstrip(" .!")
        return picture[:1].upper() + picture[1:] if len(_words(picture)) >= 3 else ""
    if card := _ASKED_CARD.match(stripped):
        return f"A card reading {card['words']}"  # 'could it please say "All welcome"': a card
    if not stripped.endswith("?") or stripped.startswith('"'):
        return None  # a quoted line is someone's words: "Ready?" is said, not asked
    frame = _ASKED_FOR.match(stripped)
    if frame is None:
        return ""
    picture = _QUESTION_TAIL.sub("", stripped[frame.end() :]).rstrip(" ?")
    # "Could you make us a clip of …": what is asked, without the asking's verb
    picture = re.sub(
        r"^(?:make|do|create|shoot|produce|film|put together)\s+(?:(?:us|me)\s+)?(?=(?:a|an|the|our|my)\s)",
        "",
        picture,
        flags=re.I,
    )
    picture = re.sub(
        r"^(?:a\s+)?(?:(?:short|quick|little)\s+)?(?:shot|clip|scene|video|film)\s+of\s+",
        "",
        picture,
        flags=re.I,
    )
    if _THE_VIDEO_ITSELF.match(picture):
        return ""  # "Could you make us a stop-motion style clip for our shop, Paper Trail?"
    return picture[:1].upper() + picture[1:] if len(_words(picture)) >= 3 else ""


# A message's last line: a first name, a comma, the business in capitals ("Priya, Little Fern
# Café", "Tom, Harbour Bakes Ltd")
_NAME_AND_BUSINESS = re.compile(
    r"^(?P<name>[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+)?\s*,\s*(?:(?:[A-Z0-9][\w'&.-]*|&|of|the|and)\s*){1,5}$"
)


# The writer talking in brackets: "(first time using one of these tools)", "(sorry, long one)"
_ASIDE_TALK = re.compile(
    r"(?i)\b(?:i|i'm|i've|i'd|me|my|we|we're|our|us|you|your|first time|these tools|this tool|"
    r"this app|lol|haha|btw|fyi|sorry|hope|thanks|thank you|tbh|imo)\b"
)
_BUSINESS_WORD = re.compile(
    r"\b(?:Caf[eé]|Bakery|Bakes|Studio|Studios|Ltd|Co|Inc|Shop|Store|Films|Productions|Agency|"
    r"Kitchen|Deli|Bar|Gym|Salon|Florist|Farm|Brewery|Books|Media)\b"
)


_SIGNED_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)?\.?")
# a name signed under a note: by initials and surname, or with its role in brackets
_INITIALLED = re.compile(
    r"(?:[A-Z]\.[ \t]*){1,2}[A-Z][a-z'-]+\.?|[A-Z][a-z]+[ \t]+[A-Z][a-z'-]+[ \t]*\([A-Z][\w ,&'-]{1,40}\)"
)
_JOB_TITLE = re.compile(
    r"^(?:[A-Z][\w&'-]*\s+){0,4}(?:Commissioner|Manager|Producer|Director|Lead|Officer|"
    r"Co-?ordinator|Assistant|Editor|Executive|Founder|Co-founder|Owner|Secretary|Chair|"
    r"Chairman|Chairwoman|Treasurer|Head of|Designer|Planner|Strategist|Partner|CEO|MD|"
    r"Administrator)\b(?:[ \w&'-]{0,30})(?:,\s*[A-Z][\w&'. -]{1,40})?"
)


def _moved_by_number(text: str, out: Split, first: str | None, last: str | None) -> None:
    """ "start with 4 and end with 1" under a list numbered 1 to n, one shot an item: the
    shots by their numbers, moved first and last."""
    numbers = re.findall(r"(?m)^[ \t]*(\d{1,2})[.)]", text)
    listed = [b for b in out.beats if b.item]
    if not (first or last) or [int(n) for n in numbers] != list(range(1, len(listed) + 1)):
        return
    if last and 1 <= int(last) <= len(listed):
        out.beats.remove(listed[int(last) - 1])
        out.beats.append(listed[int(last) - 1])
    if first and 1 <= int(first) <= len(listed) and first != last:
        out.beats.remove(listed[int(first) - 1])
        out.beats.insert(0, listed[int(first) - 1])


# "so just the best 4, your call", "pick 3 of these": fewer shots than the list has, chosen
_PICK = re.compile(
    r"(?i)\b(?:just|only|pick|choose|use|do)\s+(?:the\s+)?(?:best|top|strongest|your\s+"
    r"(?:favourite|favorite))\s+(?P<n>\d|two|three|four|five|six|seven|eight|nine)\b"
    r"|\b(?:pick|choose)\s+(?:any\s+)?(?P<n2>\d|two|three|four|five|six)\s+(?:of\s+(?:these|them|the\s+above))"
)
# "…but number 8 HAS to be in", "#2 must stay": a numbered item the pick keeps
_KEPT = re.compile(
    r"(?i)\b(?:number|no\.?|#|item|shot)\s*(?P<k>\d{1,2})\s+(?:has|have|needs?|must|should)\s+"
    r"(?:to\s+)?(?:be\s+in|be\s+included|stay|be\s+there)\b"
)


def _picked_by_number(text: str, out: Split) -> None:
    """ "just the best 4, your call – but number 8 HAS to be in" under a list of 8: the items
    the writer must have, then the list's first ones, in the list's order (merging eight into
    six shots joined two pictures with "then" and the writer's reason onto the last)."""
    # (said of the list, never inside an item: "4. The podium, just the top 3 runners")
    pick = _PICK.search(re.sub(r"(?m)^[ \t]*\d{1,2}[.)][^\n]*$", "", text))
    if pick is None:
        return
    lines = {
        int(m[1]): m[2].lower() for m in re.finditer(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]*(.+)$", text)
    }
    # each item by its number, found by its words (an item read as a note has no shot)
    numbered = {
        k: beat
        for beat in out.beats
        if beat.item
        for k, line in lines.items()
        if beat.text[:24].lower() in line
    }
    said = (pick["n"] or pick["n2"]).lower()
    n = int(said) if said.isdigit() else int(NUMBER_WORDS[said])
    if not 1 <= n < len(numbered) or sorted(lines) != list(range(1, len(lines) + 1)):
        return
    kept = [int(m["k"]) for m in _KEPT.finditer(text) if int(m["k"]) in numbered]
    kept = list(dict.fromkeys(kept))[:n]
    kept += [k for k in sorted(numbered) if k not in kept][: n - len(kept)]
    for k, beat in numbered.items():
        if k not in kept and beat in out.beats:
            out.beats.remove(beat)
            out.meta.append(beat.text)


def split_brief(text: str, *, second_reader: bool = True) -> Split:
    """The brief as meta text, loglines and beats (see the module docstring). `second_reader`:
    let the sentence model set aside lines the rules kept that it is sure are about the video
    (off only to read the rules alone, as its training does)."""
    out = Split(foreign=language_of(text).code != "en")
    signed = _DASH_SIGNED.search(text)
    if signed and not signed["role"] and is_english_word(signed["name"].split()[0].lower()):
        # ("- Fireworks, Sydney Harbour Bridge" under "Must have this one too!" is a last shot;
        # "- Jess, senior keeper" signs, whatever her name means)
        signed = None  # "- Fireworks" under "Must have this one too:" is a last shot
    if signed:
        # "…specs on screen.\n\n- Luca": a name under the message, dashed, is who wrote it
        out.meta.append(signed["name"])
        text = text[: signed.start("sign")]
    items = sentences(text)
    # "Best wishes, / Priya Shah / Community Manager, Northfield Library": an email ends at its
    # sign-off; the name and title lines under it are its signature, no shots.
    for at in range(len(items) - 1, max(-1, len(items) - 5), -1):
        if (
            at
            and _SIGN_OFF.match(items[at].text.strip())
            and all(len(_words(s.text)) <= 8 and not s.item for s in items[at + 1 :])
        ):
            out.meta.extend(s.text for s in items[at:])
            del items[at:]
            break
    while items and (
        _SIGN_OFF.match(items[-1].text.strip())
        or (
            _SIGNATURE.match(items[-1].text.strip())
            and len(items) > 1
            and _SIGN_OFF.match(items[-2].text.strip())
        )
    ):
        out.meta.append(items.pop().text)  # "Best, / Karen": the email's end
    if (
        len(items) > 2
        and (signed_as := _NAME_AND_BUSINESS.match(items[-1].text.strip()))
        and not items[-1].item
        and not is_english_word(signed_as["name"].lower())  # ("Dawn, Big Sur" is a picture)
        # under a line about the video, or naming a business ("Dubrovnik, Old Town" under the
        # trip's pictures is its last picture)
        and (is_meta(items[-2].text) or _BUSINESS_WORD.search(items[-1].text))
    ):
        out.meta.append(items.pop().text)  # "Priya, Little Fern Café": who wrote, and for whom
    if (
        len(items) > 2
        and not items[-1].item
        and not items[-2].item
        and _INITIALLED.fullmatch(items[-1].text.strip())
        # (on a line of its own: "The volcano erupting. T. Rex." ends on a dinosaur)
        and re.search(rf"(?m)^[ \t]*{re.escape(items[-1].text.strip())}[ \t]*$", text)
    ):
        out.meta.append(items.pop().text)  # "R. Ainsworth", "Morag Innes (Secretary)": signed
    # "…don't worry about that side of things. / Callum / Video Commissioner, Halfmoon / ---- /
    # We open in the dark…": a cover note signed above what it pastes
    # (one pair only, its title all the line says, and the note ending there: a list of staff
    # and their titles, "Priya Shah / Customer Service Manager / Tom Reed / …", is the film's)
    pairs = [
        at
        for at in range(len(items) - 1)
        if not items[at].item
        and _SIGNED_NAME.fullmatch(items[at].text.strip())
        and _JOB_TITLE.fullmatch(items[at + 1].text.strip().rstrip("."))
    ]
    if len(pairs) == 1 and re.search(
        re.escape(items[pairs[0] + 1].text.strip()) + r"[ \t]*\n[ \t]*(?:\n|[-_=*]{3,})", text
    ):
        at = pairs[0]
        out.meta.extend((items[at].text.strip(), items[at + 1].text.strip()))
        del items[at : at + 2]
    semicolons = ";" in text
    cast_list = set() if out.foreign else _cast_list(items)  # (read in English words only)
    additions: list[tuple[re.Match[str], Sentence]] = []
    moves: list[tuple[re.Match[str], Beat]] = []
    dropped: list[str] = []
    dropped_beats: list[Beat] = []
    opener = ""
    opener_said = Sentence("")
    by_number: tuple[str | None, str | None] = (None, None)
    listed = [i for i, s in enumerate(items) if s.item]
    # "Shot 1: …", "Shot 2: …", "Shot 3: …": the writer numbered the shots themselves
    numbered = len(re.findall(r"(?im)^[ \t]*(?:shot|scene)[ \t]*\d+[ \t]*[:.)–—-]", text)) >= 3
    framed = ""  # "Wide." alone before a picture: the framing of the shot that follows
    last_said = (-1, 0)  # the sentence that last gave shots, and the shots before it
    for index, sentence in enumerate(items):
        if index in cast_list:
            out.meta.append(sentence.text)  # "- Sylwen, elf ranger, silver hair": who, not a shot
            continue
        refusal = _REFUSES_THE_LAST.match(sentence.text.strip())
        if refusal and (
            # "She asks for a puppy. He says no to that.", "The puppy grabs a sock. Drop that!",
            # "Not that one!": a story's no is a picture. A chat's answers the question before
            # it; "skip that, …" and "not that shot" say what is filmed.
            (index and items[index - 1].text.rstrip().endswith("?"))
            or refusal["kind"] in ("shot", "idea", "bit")
            or (
                re.match(
                    r"(?i)(?:\W*\w+\W+){0,2}?(?:skip|ditch|bin|scrap|drop|cut|lose)\b",
                    sentence.text,
                )
                and "!" not in sentence.text
            )
        ):
            # "what about a shot of the river from above?" / "he said no to that": the shot
            # asked for in the line before is refused (it was S01, and the one asked for first
            # was lost); not kept as a note either, or its "from above" framed every shot
            if last_said[0] == index - 1:
                del out.beats[last_said[1] :]
            rest = (refusal["rest"] or "").strip()
            # ("no to that, the kiln is loud enough" says why; "skip that, a cat…" says what)
            if not rest or not refusal["instead"] or _REASON.match(rest):
                out.meta.append(sentence.text)
                continue
            # "Skip that, a cat sleeps on a sofa.": what is wanted instead is read as said
            sentence = replace(sentence, text=rest[:1].upper() + rest[1:])
        if refused := _NO_SHOT_KIND.search(sentence.text):
            # "fine by me but NO drone", "the trustees hate drones": a listed drone shot goes
            dropped.append(refused["kind"].lower())
        if (
            sentence.under
            and not sentence.text.startswith(sentence.under)
            and any(_META_LABELS.match(part.strip()) for part in sentence.under.split("/"))
        ):
            # "Notes: our volunteers did 1,100 hours. The sea is 16°C; a wetsuit is fine…": the
            # line's later sentences are notes too (the last became a shot)
            out.meta.append(sentence.text)
            continue
        if _SONG_PART.fullmatch(sentence.text.strip(" .")):
            out.meta.append(sentence.text)  # "[Chorus]": a song's part, over its lines
            continue
        if (
            _ABOUT_THE_CARDS.match(sentence.text.strip())
            and '"' not in sentence.text
            # ("The titles will roll over a drone shot of the coast": a picture with words on it)
            and not re.search(
                r"\b(?:over|behind|across|painted|written on|on the wall|roll|rolls|fanned)\b",
                sentence.text,
                re.I,
            )
        ):
            # "The title cards are separate black cards with white serif type, each held for 3
            # seconds": how every card looks, said once; the cards are listed as shots
            out.meta.append(sentence.text)
            continue
        if _NOT_IN_THIS_VIDEO.search(sentence.text):
            out.meta.append(sentence.text)  # "The 4.2 tonnes figure comes later in the ep"
            continue
        if _INTERJECTION_ONLY.fullmatch(sentence.text.strip()):
            out.meta.append(sentence.text)  # "oh!", "then like...": a voice note thinking aloud
            continue
        if bit := _THE_BIT_WHERE.match(sentence.text.strip()):
            # "the bit where i'm singing into a hairbrush in the mirror, thats kinda funny": the
            # picture the person remembers, with their comment on it left out
            picture = re.sub(
                r"\b(?:i'm|i am)\b", "me", sentence.text.strip()[bit.end() :], flags=re.I
            )
            picture = re.sub(
                r",\s*(?:thats|that's|it's|its)\s+(?:\w+\s+)?(?:funny|cute|cool|nice|great|fun|"
                r"good|sweet|lovely|silly|iconic)\b.*$",
                "",
                picture,
                flags=re.I,
            )
            sentence = replace(sentence, text=f"me {picture}" if bit["me"] else picture)
        if not sentence.item and (
            _STAYS_THE_SAME.search(sentence.text)
            or (
                _SAME_THROUGHOUT.search(sentence.text)
                and not has_finite_verb(_SAME_THROUGHOUT.sub(" ", sentence.text.split(":")[-1]))
            )
        ):
            out.meta.append(sentence.text)  # "the same dog in every shot, so people know him"
            continue
        afterthought = bool(_AFTERTHOUGHT.match(sentence.text.strip()))
        if not sentence.item and _IN_EVERY_SHOT.match(sentence.text.strip()):
            out.meta.append(sentence.text)  # the cast reads who recurs from the whole brief
            continue
        if (
            (thinking := _THINKING_OF.match(sentence.text.strip()))
            and (rest := sentence.text.strip()[thinking.end() :].strip())
            and has_picture(rest)
            and not is_meta(rest)
        ):
            # "I'm thinking apples tumbling out of a sack, …": the pictures, without the frame
            sentence = replace(sentence, text=rest[:1].upper() + rest[1:])
        if (asked := _asked_picture(sentence.text)) is not None:
            if not asked:
                out.meta.append(sentence.text)  # "Too dramatic?": a doubt, no picture
                continue
            sentence = replace(sentence, text=asked)
        if (
            index == 0
            and not sentence.item
            and re.fullmatch(r"[A-Z][A-Z0-9'&\s-]{2,40}!+", sentence.text.strip())
            and len(sentence.text.split()) <= 4
        ):
            out.meta.append(sentence.text)  # "JUST LISTED!!!": the message's headline
            continue
        if (
            index == 0
            and len(items) > 3
            and not re.match(r"\s*(?:[-*•(]|\d)", text)  # (a list's first shot, in capitals)
            and _LETTERHEAD.fullmatch(sentence.text.strip())
        ):
            # "BRECKMOOR NATIONAL PARK AUTHORITY - Ranger Service": who writes, over the brief
            out.meta.append(sentence.text)
            continue
        if not sentence.item and _NAMES_THE_FILM.fullmatch(sentence.text.strip()):
            # "Brief: 'Leave It As You Found It' public information film": the video's title
            out.meta.append(sentence.text)
            continue
        if index == 0 and len(items) > 1 and FORMAT_HEADING.match(sentence.text.strip(" .")):
            out.meta.append(sentence.text)  # "TEASER - The Long Field": what it is, its name
            continue
        if index == 0 and FILM_TITLE.match(sentence.text.strip()):
            # "Title: Paws & Suds dog grooming" heading the brief names the film (it was S01,
            # and the title kept its "Title:"); a title card later is a picture
            out.meta.append(sentence.text)
            continue
        if not sentence.item and (lone := _FRAMING_LABEL.match(sentence.text.strip(" .!"))):
            framed = lone.group(0).lower()
            out.meta.append(sentence.text)
            continue
        if (
            len(listed) >= 3
            and index < listed[0]
            and (
                lengths(sentence.text)
                or _ASPECT_SAID.search(sentence.text)
                # "It's all me, Tariq – mid-thirties, shaved head, …" above "Shot 1: …": who
                # is in the shots, not one of them (a card said first still opens the film)
                or (numbered and not re.search(r'"|\blogo\b|\btitle\b|\bcard\b', sentence.text))
            )
        ):
            # "Walk & Talk Edinburgh - 45 sec, 16:9, with a voice-over from our guide." above a
            # numbered list: the list is the shots, the line above it says what the video is.
            out.meta.append(sentence.text)
            continue
        if (
            _SCRATCH.match(sentence.text.strip())
            and index + 1 < len(items)
            and re.match(r"^(?:just|only|instead|rather)\b", items[index + 1].text.strip(), re.I)
        ):
            # "Actually scratch that - make it vertical … Just the kneading, then …": the
            # pictures written after the change of mind replace the ones before it.
            out.meta.extend(b.text for b in out.beats)
            out.beats.clear()
            out.meta.append(sentence.text)
            continue
        if inside := _DROP_INSIDE.search(sentence.text):
            # "Let's do 15 seconds, and drop the brewery tour shot.": a change of mind, inside
            # a sentence about the video
            after = sentence.text[inside.end() :]
            if re.match(
                r"[\s,;:-]*(?:they|it|that|because|since|as|cos|coz|'cause|our|my|we|i|he|she)\b",
                after,
                re.I,
            ):
                # "…, they're funny about drones", "…, our courier quit last week": why it goes
                after = ""
            rest = (sentence.text[: inside.start()] + after).strip(" ,.-")
            # "Spoke to the owner - scratch the drone shot": who asked for the change
            rest = re.sub(
                r"^(?:(?:so|ok|okay|just|i|we)\s+)*(?:spoke|talked|chatted|checked|met|heard back)"
                r"\s+(?:to|with|from)\s+[^,;-]*[\s,;-]*$",
                "",
                rest,
                flags=re.I,
            )
            rest = re.sub(r"[,\s]+(?:and|but)$", "", rest, flags=re.I)
            if not rest or is_meta(rest) or not has_picture(rest):
                what = inside["what"].strip().lower()
                if what in ORDINALS or what == "last":
                    if (by_place := _by_place(what, sentence.text, out)) is not None:
                        dropped_beats.append(by_place)
                else:
                    dropped.append(what)
                out.meta.append(sentence.text)
                continue
        moved = _MOVE_BY_NUMBER.match(sentence.text.strip())
        if moved and (moved["first"] or moved["last"]) and not sentence.item and listed:
            by_number = (moved["first"], moved["last"])  # moved once every shot is read
            out.meta.append(sentence.text)
            continue
        if first := _OPEN_INSTEAD.match(sentence.text.strip()):
            # "Open on the tee shot instead.": the shot that opens the film now, moved first
            # once every shot is read (a reply quoted above the list it answers comes first)
            opener = (first["what"] or first["what2"]).lower()
            opener_said = sentence
            out.meta.append(sentence.text)
            continue

        if (put := PUT_THE_LAST.match(sentence.text.strip())) and (
            pictures := [b for b in out.beats if len(b.text.split()) >= 3]
        ):
            # placed once every shot is read ("Yes!! put it after…": the yes is no picture)
            moves.append((put, pictures[-1]))
            out.meta.append(sentence.text)
            continue
        if placed := _ADD_PLACED.match(re.sub(r"\s*\([^)]*\)", "", sentence.text.strip())):
            # placed once every shot is read (the shot it follows may come later)
            additions.append((placed, sentence))
            out.meta.append(sentence.text)
            continue
        if (into := _INTO_SHOT.match(sentence.text.strip())) and (
            host := next(
                (
                    i
                    for i, b in enumerate(out.beats)
                    if re.search(rf"\b{re.escape(into['shot'].split()[-1])}", b.text, re.I)
                ),
                None,
            )
        ) is not None:
            # "can we put Biscuit in the allotment one?": Biscuit joins that shot
            beat = out.beats[host]
            out.beats[host] = replace(beat, text=f"{beat.text}, with {into['what'].strip()}")
            out.meta.append(sentence.text)
            continue
        if drop := (
            _DROP.match(sentence.text.strip()) or _ACTUALLY_NO.match(sentence.text.strip())
        ):
            # "Actually drop the rental hut, it looks a bit run down.": the person changed their
            # mind about a picture already described; it goes, and so does this sentence.
            what = drop["what"].strip().lower()
            if what in ORDINALS or what == "last":
                if (by_place := _by_place(what, sentence.text, out)) is not None:
                    dropped_beats.append(by_place)
                out.meta.append(sentence.text)
                continue
            dropped.append(what)
            out.meta.append(sentence.text)
            continue
        if (
            out.beats
            and (said := _SCRIPT_LINE.match(sentence.text.strip()))
            # "Catering: butties from 05:30", "Edit: owner says no music": notes, not lines
            and not _META_LABELS.match(said["name"].strip())
            and not re.match(
                r"(?i)(?:edit|update|correction|amendment|change|p\.?s)\b", said["name"]
            )
        ):
            # "ODA (over radio): I've got you.": a line of the script is heard in the shot of
            # the action it answers, not a shot of its own
            last = out.beats[-1]
            words = said["words"].strip().strip('"').rstrip(".")
            out.beats[-1] = replace(
                last, text=f'{last.text}; {said["name"].capitalize()} says "{words}"'
            )
            continue
        if (
            out.beats
            and not sentence.item
            and _CAMERA_ONLY.match(sentence.text.strip())
            and not has_picture(_CAMERA_ONLY.sub("", sentence.text.strip()))
        ):
            # "Then the old juniper… Camera is from far and then coming near slowly.": how the
            # shot before is filmed, not a shot of its own
            last = out.beats[-1]
            out.beats[-1] = replace(last, asides=(*last.asides, sentence.text.strip(" .")))
            continue
        before = len(out.beats)
        _read_sentence(sentence, out, first=index == 0, semicolons=semicolons)
        new = out.beats[before:]
        if (
            new
            and not sentence.item
            and (
                (len(new) >= 2 and _SHOTS_LABEL.match(sentence.text.strip()))
                # ("…the video bit is in the middle somewhere … What we have in mind: our herd
                # …": a newsletter's news before it is not the film)
                or _IN_MIND.match(sentence.text.strip())
            )
        ):
            # "… our cat mochi went missing tuesday nite … shots: mochi asleep on the windowsill,
            # …": once the writer lists the shots, what they said before is what it is about
            # (a card or a picture with its own length still stands)
            kept = [
                b
                for b in out.beats[:before]
                if b.item or b.end or b.seconds is not None or _is_card_beat(b)
            ]
            out.meta.extend(
                t for b in out.beats[:before] if b not in kept for t in (b.text, *b.asides)
            )
            out.beats[:before] = kept
            before = len(kept)
        if new:
            last_said = (index, before)
        if afterthought and new and before and has_any(out.beats[before - 1].text, _CARD_WORDS):
            # "…then the ZIPPA logo. can we also get a bit where the wheel spins": the film
            # still ends on its card
            out.beats[before - 1 :] = [*new, out.beats[before - 1]]
            continue
        if framed and new:
            out.beats[before] = replace(new[0], asides=(framed, *new[0].asides))
            framed = ""
        if (
            before
            and len(new) == 1
            and not sentence.item
            and sentence.text.rstrip().endswith((".", "!"))
            and _bare_action(new[0].text)
            and _bare_action(sentence.text.strip())  # "First kiss." is no verb alone
        ):
            # "Mara bolts the door. Breathes.": a verb alone goes on with the shot before.
            last = out.beats[before - 1]
            out.beats[before - 1 :] = [
                replace(last, text=f"{last.text}, {lower_first(new[0].text)}")
            ]
    out.beats[:] = [b for b in out.beats if not any(b is d for d in dropped_beats)]
    for what in dropped:
        gone = next(
            (
                b
                for b in out.beats
                if re.search(rf"\b{re.escape(what)}\b", f"{b.label} {b.text}", re.I)
            ),
            None,
        )
        if gone is None and " " in what:  # "drop the hut shot" for "the rental hut"
            noun = re.escape(what.split()[-1])
            gone = next((b for b in out.beats if re.search(rf"\b{noun}\b", b.text, re.I)), None)
        if gone is not None:
            at = out.beats.index(gone)
            out.beats.remove(gone)
            # "…no fireworks… Do diyas flickering along the counter instead.": the picture
            # asked for instead takes the dropped one's place, said as a picture
            instead = next(
                ((b, asked) for b in out.beats[at:] if (asked := stand_in(b.text))), None
            )
            if instead is not None:
                out.beats.remove(instead[0])
                out.beats.insert(at, replace(instead[0], text=instead[1]))
    for addition, added_in in additions:
        added = _beat(addition["what"].strip(), added_in)
        if added is None:
            continue
        words = addition["anchor"].lower().split()
        anchor = re.escape(words[-1])
        host = next(
            (i for i, b in enumerate(out.beats) if re.search(rf"\b{anchor}", b.text, re.I)), None
        )
        if words[0] in ORDINALS or words[0] == "last":
            # "put it right after the first shot": the shot by its place, not a word in it
            host = len(out.beats) - 1 if words[0] == "last" else ORDINALS[words[0]] - 1
            host = host if 0 <= host < len(out.beats) else None
        if host is None:
            out.beats.append(added)
        else:
            out.beats.insert(host + 1 if addition["where"].lower() == "after" else host, added)
    for put, moving in moves:
        anchor = re.escape(put["anchor"].lower().split()[-1])
        landing = next(
            (b for b in out.beats if b is not moving and re.search(rf"\b{anchor}", b.text, re.I)),
            None,
        )
        if landing is not None and moving in out.beats:
            out.beats.remove(moving)
            at = out.beats.index(landing)
            out.beats.insert(at + 1 if put["where"].lower() == "after" else at, moving)
    if opener:
        opens = next(
            (b for b in out.beats if re.search(rf"\b{re.escape(opener)}", b.text, re.I)), None
        )
        if opens is None and 1 < len(opener.split()) <= 3:
            # "the depot doors" for "The depot doors rolling"
            opens = next((b for b in out.beats if opener.split()[-1] in b.text.lower()), None)
        if opens is not None:
            out.beats.remove(opens)
            out.beats.insert(0, opens)
        elif len(opener.split()) >= 3 and (fresh := _beat(f"The {opener}", opener_said)):
            # "no drone at all … Open on the cove from the clifftop path instead.": a picture no
            # shot showed yet, and the film's first
            out.beats.insert(0, fresh)
    _moved_by_number(text, out, *by_number)
    _picked_by_number(text, out)
    _first_picture_then(text, out)
    _prose_above_the_shots(text, out)
    _header_subject(out)
    _looks_of_every_shot(out)
    _said_again(out)
    _sound_words(out)
    _words_over_the_last(out)
    for aside in [b for b in out.beats if re.fullmatch(r"\([^()]+\)", b.text.strip())]:
        if aside.item or not _ASIDE_TALK.search(aside.text):
            continue  # "- (the groom's reaction when he sees her)": a shot, in brackets
        if len(out.beats) > 1:  # "… a short video? (first time using one of these tools)"
            out.beats.remove(aside)
            out.meta.append(aside.text)
    if out.foreign:
        _foreign_list(out)
    if second_reader:
        _second_reading(out)
    return out


# "shots:", "Shots we landed on:", "the shots would be:": the writer's own list follows
def _by_place(what: str, said: str, out: Split) -> Beat | None:
    """ "drop the second one": the listed shot by its place, counted over the list read so far
    (never "we have two logos, drop the first one", nor a list not yet written)."""
    listed = [b for b in out.beats if b.item]
    at = len(listed) - 1 if what == "last" else ORDINALS[what] - 1
    if (
        len(listed) >= 2
        and len(listed) == len(out.beats)
        and 0 <= at < len(listed)
        and not re.search(r"\b(?:two|both|2|couple|three|several)\b", said, re.I)
    ):
        return listed[at]
    return None


_CAMERA_ONLY = re.compile(
    r"^(?:and\s+|then\s+)?(?:the\s+)?camera\s+(?:is|goes|starts|comes|moves|should|will|stays)\b",
    re.I,
)
_IN_MIND = re.compile(
    r"^(?:so\s+)?(?:what\s+(?:we|i)(?:'ve|\s+have|'d|\s+would)?\s+(?:have\s+)?in\s+mind|"
    r"(?:here'?s\s+)?what\s+(?:we|i)(?:'d|\s+would)\s+(?:like|love)|"
    r"(?:our|my|the)\s+(?:idea|plan|vision)(?:\s+is)?)\s*:",
    re.IGNORECASE,
)
_SHOTS_LABEL = re.compile(
    r"^(?:(?:so|ok(?:ay)?|and)[,\s]+)?(?:(?:the|our|my)\s+)?(?:shots?|shot list|scenes)"
    r"(?:\s+(?:we\s+(?:landed|agreed|settled)\s+on|would be|are|please|i'?d like|we want))?\s*:",
    re.IGNORECASE,
)


# A heading line of its own over the writer's list: "Shots", "Shot list:", "THE SHOTS"
_SHOTS_HEADING_LINE = re.compile(
    r"(?im)^[ \t]*(?:#+[ \t]*)?(?:the[ \t]+)?(?:shots?|shot[ \t]+list|shotlist|the[ \t]+pictures|"
    r"storyboard)[ \t]*:?[ \t]*$"
)


# "What it's for", "Background", "Purpose": a heading over what the film is for
_PURPOSE_HEADING_LINE = re.compile(
    r"(?im)^[ \t]*(?:#+[ \t]*)?(?:what (?:it'?s|it is|this is|the (?:film|video) is) for|why|purpose|"
    r"background|context|the idea|about (?:us|the (?:project|scheme|launch)))[ \t]*:?[ \t]*$"
)


def _prose_above_the_shots(text: str, out: Split) -> None:
    """A brief laid out under headings, with its pictures in a list under "Shots": a paragraph
    above that heading ("What it's for: From 21 March anyone with a library card can borrow a
    packet of seeds…") says what the film is for, not what it shows (it was two shots)."""
    heading = _SHOTS_HEADING_LINE.search(text)
    purpose = _PURPOSE_HEADING_LINE.search(text[: heading.start()]) if heading else None
    if heading is None or purpose is None:
        return  # (prose above a list may be its opening picture: "Open on the lighthouse…")
    listed = [b for b in out.beats if b.item]
    if len(listed) < 3:
        return
    for beat in [b for b in out.beats if not b.item and not b.end and not _is_card_beat(b)]:
        at = text.lower().find(beat.text[:40].lower())
        if purpose.end() <= at < heading.start():
            out.beats.remove(beat)
            out.meta.extend((beat.text, *beat.asides))


def _first_picture_then(text: str, out: Split) -> None:
    """ "A 10-second clip of the city at night. Then the neon sign flickers on.": the video's
    own sentence shows the first picture when the next one follows it with "then", or when all
    that follows is the film's card."""
    line = out.loglines[0] if out.loglines else None
    if line is None or not line.picture or not out.beats:
        return
    at = text.find(line.text)
    then = at >= 0 and re.match(r"\s*(?:and\s+)?then\b", text[at + len(line.text) :], re.I)
    # "A 10 second reel of a cyclist crossing the bridge. End on the logo.": when all the brief
    # says besides is its card, the video's own sentence is its first shot too (the cyclist was
    # lost and the logo was the whole reel).
    if not then and not all(b.end or _is_card_beat(b) for b in out.beats):
        return
    first = split_brief(line.picture, second_reader=False).beats[:1]
    # "Open on a title card: 'Monday Mornings'." / "Logo up front please.": a card said to open
    # the film stays first, the picture after it (it went last)
    opening = 0
    if not then and _CARD_OPENS.search(text[at + len(line.text) :] if at >= 0 else text):
        while opening < len(out.beats) and not out.beats[opening].end:
            opening += 1
    out.beats[opening:opening] = [replace(b, text=b.text[:1].upper() + b.text[1:]) for b in first]


_CARD_OPENS = re.compile(
    r"\b(?:open(?:s|ing)?\s+(?:on|with)|start(?:s|ing)?\s+(?:on|with)|begin(?:s|ning)?\s+with|"
    r"up front|first\b|at the (?:start|beginning|top))",
    re.IGNORECASE,
)
_SONG_PART = re.compile(
    r"\[(?i:verse|chorus|pre-?chorus|bridge|hook|outro|intro|instrumental|refrain|middle 8|"
    r"breakdown|drop)(?:\s*\d{1,2})?\]"
)
# What the writer keeps for another part of the programme: no picture of this video
_NOT_IN_THIS_VIDEO = re.compile(
    r"\b(?:comes?|coming|covered|cover|saved?|kept|keep|goes|go)\s+(?:\w+\s+){0,2}?"
    r"(?:later|elsewhere) in the (?:ep|episode|film|programme|program|show|series|doc|"
    r"documentary|edit|cut)\b|[,;-]\s*not here\s*[.!]*\s*$|\bnot in this (?:one|cut|video|film|ep|episode|"
    r"bit)\b|"
    # "The oven runs at 485°C … - NOT in the video, that's for the caption."
    r"\bnot (?:in|for) the (?:video|film|clip|edit)\b|\bthat'?s for the (?:caption|post|copy)\b|"
    r"\bnone of (?:that|this|it|those|these) (?:on screen|in the (?:video|film|edit))\b",
    re.IGNORECASE,
)


# (all the cards, said once: "The end card is our logo on white." is a card, a shot)
_ABOUT_THE_CARDS = re.compile(
    r"^(?:(?:the|all|our|all the)\s+)?(?:(?:title|text|end|black|white|chapter)\s+)?"
    r"(?:(?:(?<=title )|(?<=text )|(?<=end )|(?<=chapter )|(?<=all the ))cards\s+(?:are|should|will|"
    r"must|need|can|stay)|(?:captions|supers|titles|lower[- ]thirds|subtitles|lyrics)\s+(?:are|should|will|"
    r"must|need|can|stay)|(?:spelling|font)\s+(?:is|should|must|needs?))\b",
    re.IGNORECASE,
)


def _bare_action(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= 3 and _starts_with_verb(text) and not _starts_with_subject(text)


_INTERJECTION_ONLY = re.compile(
    r"(?i:(?:and\s+|then\s+|so\s+)*(?:oh|ah|um+|uh+|erm|hmm+|yeah|yep|ok(?:ay)?|wow|lol|like|right|"
    r"anyway)[\s,.!?…]*)+"
)
_THE_BIT_WHERE = re.compile(
    r"^(?:(?:and|then|so|like|oh)[\s,.]+)*(?:the|that)\s+(?:bit|part|moment|shot)\s+(?:where|when)\s+"
    r"(?P<me>(?:i'm|i am)\s+)?",
    re.IGNORECASE,
)
_SCRIPT_LINE = re.compile(
    r"^(?!(?:CONTINUOUS|CUT|FADE|SUPER|TITLE|CARD|INT|EXT|SFX|VO|MUSIC|LATER|MONTAGE|NOTE|END|"
    r"SCENE|SHOT|LOOK|BEAT|LOGO|TEXT|CAPTION|INSERT|CLOSE|WIDE|ANGLE|POV|BACK|DAY|NIGHT|"
    # "BEFORE: Bramble sitting on the grooming table": where a picture sits, no one speaking
    r"BEFORE|AFTER|THEN|NEXT|FIRST|LAST|FINAL|OPENING|CLOSING|INTRO|OUTRO|HOOK|CTA|PART|STEP|"
    r"ENDING|START|MIDDLE|REVEAL|TRANSITION|B-ROLL|BROLL|ARCHIVE|TITLES|ENDCARD|ENDSLATE|PACKSHOT|"
    r"VOICEOVER|NARRATOR|NARRATION|WHERE|WHO|WHAT|WHEN|WHY|IMPORTANT|NB|PS|FYI)\b)"
    r"(?P<name>[A-Z][A-Z'-]{1,20})\s*(?:\((?P<how>[^)]*)\))?\s*:\s*(?P<words>(?![A-Z]{2,}\b).+)$"
)
