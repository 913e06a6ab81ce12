"""The cards a list is framed by, said in the lines around it.

"Open on a title card 'Top 5 Wild Swims' (5 sec), then count down, one shot per spot …, and close
on an end card 'Swim safe' (5 sec)." over a numbered list: the list's lines are the shots between,
and the sentence about the video holds two shots of its own, the opening and the closing card
(both were lost: the countdown had no title and no end card). Read only for a card whose words
are quoted, so a remark about cards stays a remark.
"""

from __future__ import annotations

import re

from agent.briefing.beats import Beat, Split

_CARD = r"(?:(?:a|an|the|our)\s+)?(?P<kind>(?:title|opening|end|closing|final)\s+card|card)\s*:?\s*"
_WORDS = (
    r"\"(?P<words>[^\"\n]{1,80})\"(?:\s*\((?P<secs>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\))?"
)
_OPENS = re.compile(
    r"\b(?:open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)\s+(?:on|with)\s+" + _CARD + _WORDS,
    re.IGNORECASE,
)
_CLOSES = re.compile(
    r"\b(?:close(?:s)?|closing|end(?:s|ing)?|finish(?:es|ing)?)\s+(?:on|with)\s+"
    + _CARD
    + _WORDS
    # "Then whatever end card comms want - 'Adopt an otter at ridgewayzoo.org'."
    + r"|^\W*(?:(?:and\s+)?(?:then|finally)\s+)?(?:whatever\s+)?(?:(?:the|an?)\s+)?(?P<kind2>end card)\b"
    r"[^\"\n]{0,40}?[-:]\s*"
    + _WORDS.replace("words", "words2").replace("secs", "secs2")
    # "…, then our crest at the end with 'CUP WINNERS 2025' under it"
    + r"|\b(?P<mark>(?:our|the)\s+(?:crest|logo|badge|wordmark|emblem))\s+at\s+the\s+(?:very\s+)?end\b"
    r"[^\"\n.]{0,30}?" + _WORDS.replace("words", "words3").replace("secs", "secs3"),
    re.IGNORECASE,
)


def bookend_cards(split: Split) -> None:
    """Put the quoted opening and closing cards that `split.meta` asks for around a listed run of
    shots (in place); a card whose words a shot already shows is not added again."""
    for i, beat in enumerate(split.beats):
        if (
            re.match(r"\W*(?:(?:and\s+)?(?:then|finally)\s+)?whatever\b", beat.text, re.I)
            and (card := _CLOSES.search(beat.text))
            and card["kind2"]
        ):
            # "Whatever end card comms want - 'Adopt an otter…'" read as a picture: its card
            split.beats[i] = _card(card, "End card", end=True)
    if len(split.beats) < 2:
        return
    shown = " ".join(b.text for b in split.beats).lower()
    for said in split.meta:
        if (opens := _OPENS.search(said)) and opens["words"].lower() not in shown:
            split.beats.insert(0, _card(opens, "Title card"))
        if (closes := _CLOSES.search(said)) and _words(closes).lower() not in shown:
            split.beats.append(_card(closes, "End card", end=True))


def _words(m: re.Match[str]) -> str:
    said = m.groupdict()
    return said.get("words") or said.get("words2") or said.get("words3") or ""


def _card(m: re.Match[str], kind: str, *, end: bool = False) -> Beat:
    said = m.groupdict()
    secs = said.get("secs") or said.get("secs2") or said.get("secs3")
    seconds = float(secs) if secs else None
    mark = (
        f"{said['mark'][:1].upper()}{said['mark'][1:]} with " if said.get("mark") else f"{kind}: "
    )
    return Beat(f'{mark}"{_words(m)}"', seconds=seconds, item=True, end=end, label=kind.lower())
