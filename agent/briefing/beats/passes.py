"""Looks at the whole brief, before and after its sentences are read.

Before: a cast list ("- Sylwen, elf ranger, silver hair") says who is in the film, not what is
shot. After: a first line naming what every shot shows is their subject; in a brief in another
language the writer's own list is the shots and the lines around it are talk; and the sentence
model (sentence_model.py), a second reader, sets aside the beats it is sure are about the video,
never the film's card (`_is_card_beat`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.briefing.beats.meta import NUMBERED_PICTURE, _strong_meta, writer_in_shot
from agent.briefing.beats.parts import Beat, Split
from agent.briefing.beats.words import has_finite_verb, has_picture
from agent.briefing.english import is_action_verb, is_english_word
from agent.briefing.lexicon import TYPOGRAPHY_WORDS, has_any
from agent.briefing.sentence_model import META_QUOTED, META_SURE, META_TAIL, meta_chance
from agent.briefing.text import Sentence

_CARD_WORDS = ("logo", "end card", "title card", "final card", "the words", "tagline", "end on")


_CAST_HEADING = re.compile(
    r"\b(?:cast|characters?|the party|who'?s who|starring|meet|talent|line-?up|the (?:team|crew|"
    r"band|family|gang|heroes|players|people))\b[^:]{0,30}:\s*$",
    re.IGNORECASE,
)
_CAST_ENTRY = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*(?:,|\s-\s|:|\()\s*(?P<who>.+)$"
)


def _cast_list(items: list[Sentence]) -> set[int]:
    """The indices of a cast list's entries ("- Brakka Ironbelly, dwarf cleric, huge red beard,
    war hammer", "- Sylwen, elf ranger, …"): two or more list items in a row, each a name and how
    they look, with nothing done in them, in a brief with a shot list of its own besides (they
    were three shots of people standing about)."""
    entries = [
        s.item
        and (m := _CAST_ENTRY.match(s.text.strip())) is not None
        and not is_english_word(m["name"].split()[0], compounds=False)
        and not has_finite_verb(m["who"])
        and not any(is_action_verb(w) for w in re.findall(r"[a-z]+ing\b", m["who"]))
        for s in items
    ]
    found: set[int] = set()
    run: list[int] = []
    for i, entry in enumerate([*entries, False]):
        if entry:
            run.append(i)
            continue
        # (under a heading that says so: "- Porthcurno, the beach from the cliff path" under
        # "Shots:" is a place and its shot)
        said = items[run[0] - 1].text.strip() if run and run[0] else ""
        if len(run) >= 2 and _CAST_HEADING.search(said):
            found.update(run)
        run = []
    others = sum(s.item for i, s in enumerate(items) if i not in found)
    return found if others >= 3 else set()


def _foreign_list(out: Split) -> None:
    """In a brief the rules cannot read (another language), a list of three or more pictures is
    the writer's own shot list: the lines around it ("Pozdrav!", "Mvh Lotte", "the music we add
    ourselves") are its greeting, sign-off and asides, unless one is the film's card."""
    if sum(b.item for b in out.beats) < 3:
        return
    for beat in [b for b in out.beats if not b.item and not _is_card_beat(b)]:
        out.beats.remove(beat)
        out.meta.extend((beat.text, *beat.asides))


def _second_reading(out: Split) -> None:
    """Set aside as meta the beats the sentence model is sure are about the video — never an end
    card, a shot with its own length, a terse picture ("Warm milk"), nor the last beat left; a
    numbered or listed line, or one with words in quotes, only when it is all but certain; a line
    after the film's card (in an English brief) when it leans."""
    cards = [i for i, b in enumerate(out.beats) if _is_card_beat(b)]
    after_card = out.beats[cards[-1] + 1 :] if cards else []
    for beat in list(out.beats):
        if len(out.beats) <= 1:
            return
        if beat.end or beat.seconds is not None:
            continue  # the film's card, a shot with its own length
        if out.foreign and beat.item:
            # a listed line in a language the model never read is the writer's own shot
            # ("2. Si Kuya Jun tinatapik yung balat … - gusto namin marinig talaga!" went)
            continue
        if beat is out.beats[-1] and '"' in beat.text and _is_card_beat(beat) and beat.label:
            continue  # 'no final, escrito: "Grupo Raízes - 30 anos"': the card it ends on
        if _CARD_READS.match(beat.text):
            continue  # "End card reads Made for TikTok": its words are on screen, not a note
        words = beat.text.split()
        if (
            len(words) <= 3
            and has_picture(beat.text)
            and not any(w[:1].isupper() for w in words[1:])  # "Sister Anne": a name, signing off
        ):
            # "Office.", "Warm milk.", "Storm coming.": a terse picture, where the model has
            # little to read and its guess leans on the line's shortness
            continue
        if beat not in after_card and _TERSE_ACT.match(beat.text) and not _strong_meta(beat.text):
            continue  # "She says no.", "He nods slowly.": someone in the story acts
        if NUMBERED_PICTURE.match(beat.text) and not _strong_meta(beat.text):
            continue  # "Day 3 the zoo.": numbered as its neighbours are, where it falls
        if writer_in_shot(beat.text):
            continue  # "Last I am pouring water from the watering can": the writer, in shot
        if _SHOT_OF.match(beat.text) and not has_finite_verb(beat.text):
            continue  # "Wide shot of the beach for our website.": the writer frames a shot
        # A film ends on its card: what a brief says after it is mostly its sign-off and
        # asides ("Timings TBC by Regulatory", "Yours faithfully, Arthur"), so the model need
        # only lean there, not be sure. Words in quotes may be on screen: only near-certainty
        # sets such a line aside ('My daughter-in-law says we must have a "reel"').
        tail = beat in after_card and not out.foreign  # trained on English, it only leans there
        # A numbered or listed line is the writer's own shot unless all but certain ("▪ Budget
        # guide: £18k (TBC)" is a deck's bullet; "Shot 1: Kitchen, 6am" is a shot).
        careful = '"' in beat.text or beat.item
        sure = META_QUOTED if careful else META_TAIL if tail else META_SURE
        # (an age is the picture's, "of us" a second language's "our": "the old juniper, it is
        # 120 years old, most important tree of us" is a tree, not a note)
        probe = re.sub(r"\b\d{1,3}\s+years?\s+old\b", "very old", beat.text)
        probe = re.sub(r"\b(?:most\s+\w+\s+)?(\w+)\s+of\s+us\b", r"our \1", probe)
        if meta_chance(probe) >= sure:
            out.beats.remove(beat)
            out.meta.extend((beat.text, *beat.asides))


# A story's short line: he or she does something ("says no", "nods", "turns away"); not what
# someone wants of the video ("She wants it shorter", "He thinks 30 seconds").
_TERSE_ACT = re.compile(
    r"^(?:he|she)\s+(?!(?:wants|needs|prefers|thinks|feels|suggests|likes|hopes|reckons|asks\s+"
    r"(?:for|about)|replies|approves|agrees|apologises|apologizes|calls|emails|invoices|checks|"
    r"returns|sends|confirms|signs|says\s+(?:cheers|thanks|asap|no\s+rush|hi|hello))\b)"
    r"[a-z]+s\b(?:\s+[\w'-]+){0,3}[.!]?$",
    re.IGNORECASE,
)


# A line that opens by framing a shot ("Wide shot of …", "A close-up on …", "Drone shot over …")
# is the writer's own shot, whatever else it says about where the video plays.
_SHOT_OF = re.compile(
    r"^(?:an?\s+|the\s+)?(?:extreme\s+)?(?:wide|close-?up|close|tight|medium|mid|aerial|drone|"
    r"macro|overhead|establishing|tracking|slow-?mo|slow motion|top-?down|pov)"
    r"(?:\s+(?:shot|view|angle))?\s+(?:of|on|over|across)\s+\w",
    re.IGNORECASE,
)


# "End card reads …", "Title card says …", "the sign saying …": words shown, said to be shown
_CARD_READS = re.compile(
    r"^(?:(?:and|then)\s+)?(?:an?\s+|the\s+)?(?:(?:end|title|closing|opening|final|last)\s+)?"
    r"(?:card|caption|super|title|sign|banner|placard|slate)\s+(?:that\s+)?(?:reads|says|saying|"
    r"reading|with)\b",
    re.IGNORECASE,
)


def _is_card_beat(beat: Beat) -> bool:
    """A card the film could end on: said to end it, lettering, or words in quotes."""
    return beat.end or '"' in beat.text or has_any(beat.text, (*_CARD_WORDS, *TYPOGRAPHY_WORDS))


def _header_subject(out: Split) -> None:
    """ "The red kite. Wide: the red kite lifts off…": a first line that only names what every
    shot after it shows is the subject, not a shot of its own."""
    if len(out.beats) < 3:
        return
    head = out.beats[0].text.strip(" .")
    name = re.sub(r"^(?:the|a|an)\s+", "", head, flags=re.I).lower()
    if not name or len(name.split()) > 4 or has_finite_verb(head) or '"' in head:
        return
    later = [b for b in out.beats[1:] if re.search(rf"\b{re.escape(name)}\b", b.text, re.I)]
    if len(later) >= 2:
        out.meta.append(head)
        out.subjects.append(head)
        out.beats.pop(0)


# "…tipped off the bridge all at once, splash!": a sound said as a word, no picture of its own
_A_SOUND_WORD = re.compile(
    r"(?:splash|splosh|boom|bang|whoosh|swoosh|pop|crash|splat|plop|kaboom|thud|thunk|ping|"
    r"ding|whoop|yay|woohoo|ta-?da|voil[aà]|wow)[!.]*",
    re.IGNORECASE,
)


def _sound_words(out: Split) -> None:
    """A one-word exclamation after a picture joins that picture."""
    for k in range(len(out.beats) - 1, 0, -1):
        beat = out.beats[k]
        if _A_SOUND_WORD.fullmatch(beat.text.strip()) and not beat.item:
            before = out.beats[k - 1]
            out.beats[k - 1] = replace(before, text=f"{before.text}, {beat.text.strip().lower()}")
            del out.beats[k]


def _said_again(out: Split) -> None:
    """A post's "TL;DR: 30s vertical, 4 shots of grandpa and his bees" under the pictures it
    sums up is no picture of its own; alone, it is the brief."""
    summary = [b for b in out.beats if b.label == "tl;dr"]
    if summary and len(out.beats) - len(summary) >= 2:
        for beat in summary:
            out.beats.remove(beat)
            out.meta.extend((beat.text, *beat.asides))


def _looks_of_every_shot(out: Split) -> None:
    """A picture written after a look's label ("Flat 2D motion graphics: our UI mockups
    floating on a soft lilac background") is how every shot looks when the brief lists its shots
    ("Beat 1: …", "Beat 2: …"): a note, not a shot of its own. Alone, it is the picture."""
    if sum(b.item or bool(b.label and b.label != "look") for b in out.beats) < 2:
        return
    for beat in [b for b in out.beats if b.label == "look" and not b.item]:
        out.beats.remove(beat)
        out.meta.extend((beat.text, *beat.asides))  # (", no people, no voiceover" with it)


# 'The words "The Maze – open again from 1 May" could go over the final shot if that's
# possible', 'Put "Sail with us" over the last shot': lettering on the last picture, no card
_WORDS_OVER_THE_LAST = re.compile(
    r"^(?:(?:and|then|also|maybe|please)\s+)*(?:(?:put|add|have|stick|with)\s+)?"
    r"(?:(?:the|our|a)\s+)?(?:(?:words?|line|text|tagline|caption|title|slogan)\s+)?"
    r'(?P<words>"[^"]+")\s+(?:(?:could|should|can|will|would|might)\s+)?'
    r"(?:(?:go|sit|appear|come up|be|run|pop up|fade in)\s+)?(?:over|on|across)\s+"
    r"(?:the\s+)?(?P<last>(?:final|last|closing|end)\s+)?(?:shot|picture|frame|clip|scene|image)\b"
    # ("… over the final shot of the medals": the final shot, named)
    r"(?:\s+of\s+(?P<picture>[^\",]+?))?(?:\s+if\b[^\"]*|\s+please\b[^\"]*)?$",
    re.IGNORECASE,
)


def _words_over_the_last(out: Split) -> None:
    """Words said to go over the final shot are that shot's lettering, not a card after it."""
    for k in range(len(out.beats) - 1, 0, -1):
        said = _WORDS_OVER_THE_LAST.match(out.beats[k].text.strip(" ."))
        # ("Put … over the last shot" is read as the end beat, '"…" over the shot')
        if said is None or not (said["last"] or out.beats[k].end):
            continue
        if said["picture"]:
            picture = said["picture"].strip()
            text = f"{picture[:1].upper()}{picture[1:]}, {said['words']} on screen"
            out.beats[k] = replace(out.beats[k], text=text)
            return
        del out.beats[k]
        last = out.beats[-1]
        out.beats[-1] = replace(last, text=f"{last.text}, {said['words']} on screen")
        return
