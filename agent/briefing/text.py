"""A brief's text as sentences: quotes kept whole, list items and screenplay sluglines apart.

People write briefs as prose, as bullet or numbered lists, as "Shot 1 (3s): …" shot lists, as
screenplay pages ("INT. KITCHEN - DAY."), or as one run-on chat line. Everything downstream works
on `Sentence`s: the text of one sentence (or list item) and what kind of line it came from.
"""

from __future__ import annotations

import csv
import difflib
import itertools
import re
from dataclasses import dataclass

from agent.briefing.english import is_english_word, is_proper_noun
from agent.briefing.lexicon import FRAMING_SHORTHAND
from agent.briefing.numbers import language_of
from agent.briefing.outline import footnotes, outline
from agent.briefing.pasted import (
    calendar_invite,
    docs_comments,
    job_posting,
    section_heads,
    transcript,
    whiteboard,
)
from agent.briefing.structured import (
    applied_diff,
    commands_as_list,
    json_as_list,
    psql_as_table,
    srt_as_list,
    telegram_as_list,
    timecode,
)
from agent.briefing.voices import (
    backwards,
    changes_to_another,
    misheard,
    picked_options,
    relayed,
    scots,
    second_person,
)
from sessions.models import FPS

# 'Tonight we're doing leeks.': an apostrophe inside a word (we're, Pip's) does not close it
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'])'(?P<words>(?:[^'\n]|(?<=\w)'(?=\w)){2,120}?[^\s'])'(?![\w'])"
)
# "1) Golden hour drone … 2) Priya's mother …": numbered items written in one paragraph.
_INLINE_ITEM = re.compile(
    r"(?:(?<=[.!?;:,])|(?<=[.!?;][\"']))\s+\(?(?P<n>\d{1,2})\)\s+(?=[A-Za-zÀ-ÿ\"])"
)
# A line that starts a list item: "- ", "* ", "• ", "1. ", "2) ", "a) ".
_ITEM = re.compile(
    r"^\s*(?:->\s*|=>\s*|→\s*|>\s+|[-*•·–]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h]\)\s+|"
    # "1 - amanhecer no curral": a number and a dash before words (never "5 - 10 seconds")
    r"\d{1,2}\s+[-–—]\s+(?=[^\W\d_]))"
)
# "Shot 3 (4s):", "Shot 3 – 4 sec:", "Scene 2:" — an explicit shot in a shot list.
SHOT_MARKER = re.compile(
    # "SH010 - 3s - …": a storyboard's shot code
    r"\b(?:(?:shot|plan|plano|toma|einstellung|look|step|scene|beat|frame|panel|part)\s*#?\s*|sh(?=\d{2,4}\b))"
    r"(?P<n>\d{1,4})\b"
    r"(?:\s*[(\[]\s*(?P<secs>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*[)\]])?"
    r"(?:\s*[-–—]\s*(?P<secs2>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?))?"
    # "Look 1 rust wool coat, walking toward camera": a lookbook's number needs no colon
    r"(?:\s*[:.\-–—]\s*|\s+(?=(?!(?:is|was|of|and|to|in|on|at|as|s|secs?|seconds?|mins?|"
    r"minutes?|shots?|looks?|scenes?)\b)[a-z]))",
    re.IGNORECASE,
)
# "Scene 1 - EXT. FARMHOUSE - DAY." — where and when the following sentences happen.
SLUGLINE = re.compile(
    r"(?:\b[Ss](?:cene|CENE)\s*\d{1,3}\s*[-–—:.]?\s*)?\b(?P<where>INT\.?/EXT|EXT\.?/INT|INT|EXT|I/E)\.\s*"
    r"(?P<place>[A-Z0-9][A-Z0-9 '’&/,-]*?)"
    r"(?:\s*[-–—]\s*(?P<time>DAY|NIGHT|DUSK|DAWN|MORNING|EVENING|AFTERNOON|SUNSET|SUNRISE|"
    r"CONTINUOUS|LATER|MOMENTS LATER))?\s*(?:\.|$)",
)
# "shot 1 - chef slams dough (3s)", "- Macro on the case (2 sec)": an item's length at its end.
# "1. (4s) Sacks of barley…": the item's length said first.
ITEM_SECONDS_FIRST = re.compile(
    r"^[ \t]*(?:[(\[]\s*~?(?P<secs>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*[)\]]|"
    r"~(?P<approx>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b)[ \t]*[-:–]?[ \t]*",
    re.IGNORECASE,
)
# "1. AERIAL - 5s - drone pushes…", "6. END FRAME - 4s - logo…": a shot list's framing, then its
# length, then the picture
_LABEL_SECONDS = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z0-9 ./'&-]{0,20}?)[ \t]+[-–—|][ \t]*(?P<secs>\d+(?:\.\d+)?)\s*"
    r"(?:s|sec|secs|seconds?|\")[ \t]+[-–—:|][ \t]*(?=\S)"
)
ITEM_SECONDS = re.compile(
    r"(?:[ \t]*[(\[]\s*(?P<secs>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*[)\]]|"
    r"[ \t]+[-–—:][ \t]*(?P<dashed>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?))[ \t]*[.;]?[ \t]*$",
    re.IGNORECASE,
)
_SCENE_ONLY = re.compile(r"^\s*scene\s*\d{1,3}\s*[-–—:.]?\s*$", re.IGNORECASE)
# Abbreviations whose full stop ends no sentence.
_ABBREVIATIONS = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|St|Mt|vs|etc|e\.g|i\.e|approx|INT|EXT|Co|Ltd|Inc|Dept|Bros"
    # "ca. 20 Sekunden", "Kl. 4 om morgenen", "Northern Groove Pressing – est. 2016"
    r"|ca|Kl|Nr|bzw|usw|z\.B|evt|ggf|dvs|(?<!['-])est)\.$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    text: str
    item: bool = False  # a list item or a numbered shot: one shot, never split further
    setting: str = ""  # from the last slugline: "interior kitchen dusk"
    seconds: float | None = None  # "Shot 2 (4s):"
    # A whole line to itself, in a brief laid out a line at a time: one picture, its commas
    # add to it ("SHOT B - Orbit a turbine, blades turning, the sun flaring behind it").
    line: bool = False
    # The label its line opened on ("Notes: our volunteers did… The sea is about 16°C…"): the
    # line's later sentences are said under it too
    under: str = ""


_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+"


# A column of words shown on screen: its cell is the shot's typography, quoted as such
_TSV_TEXT = frozenset(
    {"text", "on screen", "on-screen text", "super", "text on screen", "on-screen", "caption",
     "captions", "title", "titles", "graphics"}
)  # fmt: skip
# The column that says what we see: a row with more cells than the header (an unquoted comma
# in it) gives its extra cells back to this one
_TSV_PICTURE = frozenset(
    {"description", "action", "visual", "visuals", "picture", "what we see", "shot description"}
)
_TSV_SECONDS = frozenset({"duration", "length", "secs", "seconds", "time", "dur", "sec", "s"})
_TSV_NUMBER = frozenset({"shot", "#", "no", "no.", "scene"})
_TSV_FRAMING = frozenset({"framing", "frame", "size", "shot size"})
# Column names that make a row a table's header (a lone "s" is too short to say so)
# A column of the crew's notes ("macro if poss", "final grade TBC"): about the shot, no part
# of its picture (a framing word in one, "macro", would frame the shot it was only hoped for)
_TSV_NOTES = frozenset({"notes", "note", "comments", "comment", "remarks", "production notes"})
_CREW_NOTE = re.compile(
    r"\b(?:if poss(?:ible)?|tbc|tbd|grade|grading|legal|check|confirm|need|needs|maybe|optional|"
    r"alt|vo|music|sfx|small|pls|please|client|approval|approved|pickup|reshoot|backup|budget|"
    r"licen[cs]e|clearance|rights|asap|todo|note|fix|edit|version|v\d|"
    # (a storyboard's notes column: "logo is in the Dropbox", "Anika ok'd being filmed",
    # "hero shot, client fav"; never "the family dog bursts out and we let him run")
    r"dropbox|folder|link|files?|attached|wetransfer|ok'?d|okayed|release form|consent|"
    r"permission|fav|favourite|hero shot|club colou?rs|brand colou?rs)\b|\?",
    re.IGNORECASE,
)
# A short note in a notes column that is the crew's: "release signed", "see drive folder",
# "batch 2", "filmed already on the drive" (a long one says more of the picture: "the family
# dog bursts out and we let him run out of frame")
_SHORT_CREW_NOTE = re.compile(
    r"(?i)\b(?:signed|filmed|drive|batch|run it|reshoot|done|got it|tbc|check)\b"
)


def _crew_part(part: str) -> bool:
    return bool(_CREW_NOTE.search(part)) or (
        len(part.split()) <= 5 and _SHORT_CREW_NOTE.search(part) is not None
    )


_TSV_HEADS = (
    _TSV_NUMBER
    | _TSV_PICTURE
    | _TSV_TEXT
    | (_TSV_SECONDS - {"s"})
    | {"framing", "notes", "note", "audio", "sound", "vo", "camera", "secs."}
)


_EMPTY_CELL = re.compile(r"[-–—]+|n/?a|none|\.+", re.IGNORECASE)


def _wrapped_table_as_tabs(text: str) -> str:
    """A shot table laid out with spaces whose cells wrap onto the lines under them ("2     5
    Macro: a fine mist drifting over the roots" then "            hanging in the air, droplets
    beading"): each row's cells gathered by the header's columns, one row a line, tab-separated.
    (Read a line at a time, every wrapped line was a shot of its own.)"""
    lines = text.split("\n")
    at = next(
        (
            i
            for i, line in enumerate(lines)
            if len(cells := re.split(r"\s{2,}", line.strip())) >= 3
            and sum(c.lower() in _TSV_HEADS for c in cells) >= 3
        ),
        None,
    )
    if at is None:
        return text
    head = lines[at]
    starts = [m.start() for m in re.finditer(r"(?:(?<=\s\s)|^)\S", head)]
    wrapped = any(
        line[: starts[1]].strip() == "" and line.strip()
        for line in lines[at + 1 : at + 40]
        if len(line) > starts[1]
    )
    if not wrapped or len(starts) < 3:
        return text

    def cut(line: str) -> list[str]:
        bounds = [*starts, max(len(line), starts[-1]) + 1]
        cells = []
        for a, b in itertools.pairwise(bounds):
            # a word that runs over a column's edge belongs to the cell it started in
            while 0 < a < len(line) and not line[a - 1].isspace() and not line[a].isspace():
                a += 1
            while 0 < b < len(line) and not line[b - 1].isspace() and not line[b].isspace():
                b += 1
            cells.append(line[a:b].strip())
        return cells

    rows: list[list[str]] = []
    end = len(lines)
    for i in range(at + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            if rows:
                end = i
                break
            continue
        cells = cut(line)
        if cells[0] and not re.fullmatch(r"\d{1,3}[.)]?", cells[0]) and rows:
            end = i
            break
        if not cells[0] and rows:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=False)]
        else:
            rows.append(cells)
    if len(rows) < 2:
        return text
    table = ["\t".join(re.split(r"\s{2,}", head.strip())), *("\t".join(r) for r in rows)]
    return "\n".join([*lines[:at], *table, *lines[end:]])


def _spaced_as_tabs(text: str) -> str:
    """A shot table laid out with spaces ("SHOT  SECS  FRAMING  ACTION") as the tab-separated
    one a spreadsheet pastes: from its header row, each row of three or more cells."""
    lines = text.split("\n")
    cells = [re.split(r"\s{2,}", line.strip()) for line in lines]
    at = next(
        (
            i
            for i, c in enumerate(cells)
            if len(c) >= 3 and sum(w.lower() in _TSV_HEADS for w in c) >= 3
        ),
        None,
    )
    if at is None:
        return text
    lines[at] = "\t".join(cells[at])
    for i in range(at + 1, len(lines)):
        if len(cells[i]) < 3:
            if lines[i].strip():
                break
            continue
        lines[i] = "\t".join(cells[i])
    return "\n".join(lines)


def _csv_as_tabs(text: str) -> str:
    """A shot list pasted as comma-separated rows ("shot,secs,what we see,text on screen" and
    "2,3,The pool attendant unlocking the gates,\"Saltdean Lido is back\"") as the tab-separated
    one a spreadsheet pastes: from its header row, each row that reads as its cells (a row read
    as one shot, numbers and all, merged six shots into four)."""
    lines = text.split("\n")
    at = None
    for i, line in enumerate(lines):
        if line.count(",") < 2:
            continue
        head = [c.strip().lower() for c in next(csv.reader([line]))]
        if sum(c in _TSV_HEADS for c in head) >= 2 and all(len(c) <= 24 for c in head):
            at = i
            break
    if at is None:
        return text
    width = len(head)
    picture = next((k for k, c in enumerate(head) if c in _TSV_PICTURE), None)
    converted = [*lines[:at], "\t".join(head)]
    rows = 0
    for i in range(at + 1, len(lines)):
        line = lines[i]
        cells = _csv_cells(line, width, picture)
        if len(cells) != width and '"' in line:
            # '1,4,"Sunrise over the harbour,': a quote opened and never closed is a typo, not
            # a cell running on (the table fell back to prose, its header the title)
            cells = [c.strip('"') for c in _csv_cells(line.replace('"', ""), width, picture)]
        if len(cells) != width:
            converted.extend(lines[i:])
            break
        converted.append("\t".join(c.strip() for c in cells))
        rows += 1
    return "\n".join(converted) if rows >= 2 else text


def _csv_cells(line: str, width: int, picture: int | None) -> list[str]:
    """A comma-separated row's cells; more than the header's give their extras to the picture
    column ("Kids cannonballing, parents cheer" left unquoted)."""
    try:
        cells = next(csv.reader([line])) if line.strip() else []
    except csv.Error:
        return []
    if len(cells) > width and picture is not None:
        extra = len(cells) - width
        cells = [*cells[:picture], ", ".join(cells[picture : picture + extra + 1]),
                 *cells[picture + extra + 1 :]]  # fmt: skip
    return cells


def _tsv_as_list(text: str) -> str:
    """A shot list pasted from a spreadsheet (tab-separated, a header row naming the columns) as a
    list: one item a row, its duration column the item's length, the number column gone, its
    framing column the item's label; a "Total" row says the length of the whole."""
    text = text if "\t" in text else _spaced_as_tabs(_wrapped_table_as_tabs(_csv_as_tabs(text)))
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if line.count("\t") >= 1]
    if len(rows) < 3:
        return text
    head = [c.strip().lower() for c in lines[rows[0]].split("\t")]
    if sum(c in _TSV_HEADS for c in head) < 2:
        return text
    seconds = next((k for k, c in enumerate(head) if c in _TSV_SECONDS), None)
    number = next((k for k, c in enumerate(head) if c in _TSV_NUMBER), None)
    framing = next((k for k, c in enumerate(head) if c in _TSV_FRAMING), None)
    shown = {k for k, c in enumerate(head) if c in _TSV_TEXT}
    noted = {k for k, c in enumerate(head) if c in _TSV_NOTES}
    lines[rows[0]] = ""
    for i in rows[1:]:
        cells = [c.strip() for c in lines[i].split("\t")]
        cells = ["" if _EMPTY_CELL.fullmatch(c) else c for c in cells]
        cells = [
            f'text "{c}"' if k in shown and c and '"' not in c else c for k, c in enumerate(cells)
        ]  # the words on screen, said to be so
        secs = cells[seconds] if seconds is not None and seconds < len(cells) else ""
        secs = secs if re.fullmatch(r"\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds)?", secs) else ""
        secs = re.sub(r"\D+$", "", secs)
        label = cells[framing] if framing is not None and framing < len(cells) else ""
        label = FRAMING_SHORTHAND.get(label.lower(), "")
        # (a note that says more of the picture, "she smiles to camera", stays in it)
        # (a note's parts that say more of the picture stay: "fairy lights, hero shot")
        cells = [
            ", ".join(p for p in c.split(", ") if not _crew_part(p)) if k in noted else c
            for k, c in enumerate(cells)
        ]
        words = [c for k, c in enumerate(cells) if c and k not in (seconds, number, framing)]
        if label and words:
            words[0] = f"{label}: {words[0]}"  # "MCU | A robin lands" → "close-up: A robin lands"
        first = next((c for c in cells if c), "")
        if first.lower().startswith("total"):
            # ("\tTOTAL\t30": the total under the descriptions, its number cell left empty)
            cells = [c for c in cells if c]
            # "Total  24    1:1 square for the shop page": the first number is the whole length
            whole = next((c for c in cells[1:] if re.fullmatch(r"\d+(?:\.\d+)?", c)), secs)
            rest = ". ".join(w for w in words if w != whole and not w.lower().startswith("total"))
            lines[i] = f"Total {whole} seconds. {rest}".strip() if whole else " ".join(words)
            continue
        lines[i] = f"- {', '.join(words)}" + (f" ({secs}s)" if secs else "")
    return "\n".join(lines)


_QUOTED_LINE = re.compile(r"^\s*((?:>\s*)+)")
_WROTE = re.compile(r"^\s*(?:>\s*)*on\b.{0,80}\bwrote:\s*$", re.IGNORECASE)
_SIGNED = re.compile(r"^\s*(?:>\s*)*[-–—]{1,2}\s*[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s*$")


def unthread(text: str) -> tuple[str, bool]:
    """An email thread pasted with its quoted replies ("> On Tue, Sean wrote:"), read oldest
    message first, so what was said last comes last; and whether it was one. The "wrote:" lines
    and the "- Marcus" signatures go. A chat's export is a thread too, oldest first already."""
    text = transcript(text)  # (its turns are a chat's lines, read as one below)
    chat = _chat_export(text)
    if chat != text:
        return chat, True
    lines = text.split("\n")
    if sum(bool(_QUOTED_LINE.match(line)) for line in lines) < 2:
        return text, False
    messages: dict[int, list[str]] = {}
    for line in lines:
        if _WROTE.match(line) or _SIGNED.match(line):
            continue
        marks = _QUOTED_LINE.match(line)
        depth = marks.group(1).count(">") if marks else 0
        body = line[marks.end() :] if marks else line
        messages.setdefault(depth, []).append(body)
    ordered = [
        "\n".join(messages[d]).strip() for d in sorted(messages, reverse=True) if messages[d]
    ]
    return "\n\n".join(m for m in ordered if m), True


_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*•–]\s+(?P<body>\S.*)$")


# "• Shots:" over its own bullets: a heading over a list of shots, each one of its own
_SHOTS_HEADING = re.compile(
    r"^(?:the\s+)?(?:shots?|shot\s*list|scenes?|visuals?|sequence|storyboard|beats|frames|"
    r"what we see|footage|pictures|images)\s*:\s*$",
    re.IGNORECASE,
)


def _nested_bullets(text: str) -> str:
    """ "- Library\n  - students at long oak tables": a bullet indented deeper than the bullet
    above it belongs to that bullet (its label or its picture), one list item — unless that
    bullet is a heading over shots ("• Shots:"): then each deeper bullet is a shot."""
    out: list[str] = []
    parent_indent: int | None = None  # the indent of the bullet a deeper one joins
    heading = False  # the bullet above is "Shots:"
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        indent = len(bullet["indent"].expandtabs(4)) if bullet else None
        if (
            bullet
            and heading
            and parent_indent is not None
            and indent is not None
            and indent > parent_indent
        ):
            out.append(f"- {bullet['body'].strip()}")
            continue
        if (
            bullet
            and out
            and parent_indent is not None
            and indent is not None
            and indent > parent_indent
        ):
            parent = out[-1].rstrip()
            sep = " " if parent.endswith(":") else ", " if ":" in parent else ": "
            out[-1] = f"{parent}{sep}{bullet['body'].strip()}"
            continue
        parent_indent = indent
        heading = bool(bullet and _SHOTS_HEADING.match(bullet["body"].strip()))
        out.append(line)
    return "\n".join(out)


# Punctuation said aloud to a dictation app ("… at the entrance comma fifteen seconds full stop").
_SPOKEN_MARKS: tuple[tuple[str, str], ...] = (
    (r"new paragraph|new line|next line", "\n"),
    (r"full stop|period|full-stop", "."),
    (r"question mark", "?"),
    (r"exclamation (?:mark|point)", "!"),
    (r"comma", ","),
    (r"colon", ":"),
)
_SPOKEN_MARK = re.compile(
    r"\b(?:" + "|".join(words for words, _ in _SPOKEN_MARKS) + r")\b", re.IGNORECASE
)


def _dictated(text: str) -> str:
    """A dictated brief with its punctuation spoken: the marks written, each sentence capitalised.
    Only a text that says several marks and writes almost none is read so ("a comma of
    fog" or one "period drama" in a written brief stays as it is)."""
    said = len(_SPOKEN_MARK.findall(text))
    written = len(re.findall(r"[.,;:!?]", text))
    if said < 3 or written > said:
        return text
    for words, mark in _SPOKEN_MARKS:
        text = re.sub(
            rf"\s*\b(?:{words})\b[ \t]*",
            mark if mark == "\n" else mark + " ",
            text,
            flags=re.IGNORECASE,
        )
    text = re.sub(r"([.!?]\s+|\n\s*|^\s*)([a-z])", lambda m: m[1] + m[2].upper(), text)
    return re.sub(r"[ \t]+([.,:!?])", r"\1", text)


def _unhyphenated(text: str) -> str:
    """A word a PDF's line break split ("approxi-\nmately", "court- / yard") joined again."""
    return re.sub(r"([A-Za-z]{2,})-[ \t]*\n[ \t]*([a-z]{2,})", r"\1\2", text)


_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|and"
)


# A chat app's export: "[14/03/2025, 21:14] Jordan: …" (WhatsApp on a phone), "14/03/2025,
# 21:14 - Jordan: …" (WhatsApp's file), "Jordan [9:14 PM]: …", "[21:14] Jordan: …"
_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\]?\s*(?:-\s*)?|\[\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]\s*)"
    r"(?P<who>[^:\n]{1,40}?):[ \t]*(?P<said>.*)$",
    re.IGNORECASE,
)
_CHAT_NOISE = re.compile(
    r"^(?:<media omitted>|image omitted|sticker omitted|this message was deleted|"
    r"messages and calls are end-to-end encrypted.*)$",
    re.IGNORECASE,
)


# Teams and Slack copy a message's sender and time onto a line of their own: "Oyelaran, Funmi
# 09:12", "Erik Lindqvist  9:14 AM"
_SENDER_LINE = re.compile(
    r"^[ \t]*[A-Z][\w'.-]*(?:,?[ \t]+[A-Z][\w'.-]*){0,3}[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]*$"
)


def _chat_export(text: str) -> str:
    """A group chat pasted from its export, as the messages alone, one a line: the dates, times
    and names before each are no part of any shot ("[14/03/2025, 21:14] Jordan: lads…" was a
    shot's words). Said over several messages, the brief is read as one."""
    lines = text.split("\n")
    senders = [i for i, line in enumerate(lines) if _SENDER_LINE.match(line)]
    # each with its message under it ("Harbour Sunrise  0:00" rows of a timing sheet have none)
    spoken = all(
        i + 1 < len(lines) and lines[i + 1].strip() and not _SENDER_LINE.match(lines[i + 1])
        for i in senders
    )
    if len(senders) >= 3 and spoken:
        # a message under each sender line, as written; the sender lines go
        return "\n".join(line for line in lines if not _SENDER_LINE.match(line)).strip()
    lines = [line for line in text.split("\n") if line.strip()]
    said = [_CHAT_LINE.match(line) for line in lines]
    if sum(m is not None for m in said) < 3 or sum(m is not None for m in said) * 2 < len(lines):
        return text
    out: list[str] = []
    for line, m in zip(lines, said, strict=True):
        words = (m["said"] if m else line).strip()
        if words and not _CHAT_NOISE.match(words):
            out.append(words)
    return "\n".join(out)


_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_HOW_MANY = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _keyed_lengths(text: str) -> str:
    """Lengths whose unit is in the key of a form or a file: "length_s: 12" (a pasted YAML) and
    "How long should the video be (seconds)?: 35" (a web form) are 12 and 35 seconds (the bare
    number was no length, and the plan got the default)."""
    text = re.sub(
        r"(?i)\b(length|duration|runtime|run_time|total)_(?:s|sec|secs|seconds)\b(\s*[:=]\s*)"
        r"(\d{1,4}(?:\.\d+)?)\b",
        r"\1\2\3 seconds",
        text,
    )

    def unit_after(m: re.Match[str]) -> str:
        unit = "minutes" if m["unit"].lower().startswith("m") else "seconds"
        return f"{m['ask']}{m['num']} {unit}"

    # (never "Scene(s): 4", a plural's "(s)" written onto its noun)
    return re.sub(
        r"(?i)(?<![\w(]) ?\((?:in\s+)?(?P<unit>secs?|seconds|mins?|minutes)\)"
        r"(?P<ask>\s*\??\s*[:=][ \t]*)(?P<num>\d{1,4}(?:\.\d+)?)\b"
        r"(?![ \t]*(?:s|secs?|seconds|mins?|minutes)\b)",
        unit_after,
        text,
    )


def _spoken_lengths(text: str) -> str:
    """Lengths as people say them: "forty five seconds" is 45 (it was 5, and "forty … clip"
    asked for 40 shots), "a minute and a half" and "one and a half minutes" are 90 seconds (they
    were 60 and 8), "half a minute" is 30."""
    text = re.sub(rf"(?i)\b({_TENS})[ \t]+({_UNITS})\b", r"\1-\2", text)

    def minutes(m: re.Match[str]) -> str:
        n = _HOW_MANY.get(m["n"].lower()) if not m["n"].isdigit() else int(m["n"])
        said = (n or 1) * 60 + 30
        # in words, as it was said (a figure made "the kettle takes a minute and a half to boil"
        # a line about the video)
        return "ninety seconds" if said == 90 else f"{said} seconds"

    how_many = r"(?P<n>an?|one|two|three|four|five|\d)"
    text = re.sub(
        rf"(?i)\b{how_many}[\s-]+(?:minutes?|mins?)[\s-]+and[\s-]+a[\s-]+half\b", minutes, text
    )
    text = re.sub(
        rf"(?i)\b{how_many}[\s-]+and[\s-]+a[\s-]+half[\s-]+(?:minutes?|mins?)\b", minutes, text
    )
    return re.sub(r"(?i)\bhalf[\s-]+an?[\s-]+minute\b", "thirty seconds", text)


_SAME_SHOT_ASIDE = re.compile(
    r"\s*\((?:again\s+)?(?:same (?:shot|take)|no cut|without (?:a )?cut|one take)\b[^)]*\)",
    re.IGNORECASE,
)


_INLINE_CUE = re.compile(r"(?<=[.!?] )(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'-]{1,20}):[ \t]*(?=[\"“])")
# Capitals before a colon that label words on screen or the sound, not someone speaking
_NOT_A_SPEAKER = frozenset({
    "TITLE", "CARD", "SUPER", "TEXT", "CAPTION", "CAPTIONS", "SFX", "VO", "LOGO", "INT", "EXT",
    "NOTE", "NOTES", "END", "MUSIC", "SOUND", "TAGLINE", "SLOGAN", "HEADLINE", "CTA", "LEGAL",
    "OST", "GFX", "GRAPHIC", "GRAPHICS", "LOWER", "SIGN", "BANNER", "LABEL", "NB", "PS",
    "UPDATE", "EDIT", "FYI", "ETA", "TODO", "REF", "RE", "ENDCARD", "ENDSLATE", "PACKSHOT",
    "VOICEOVER", "NARRATOR", "NARRATION", "TITLES", "SUPERS", "URL", "WEBSITE",
})  # fmt: skip


def _inline_cue(m: re.Match[str]) -> str:
    name = m["name"]
    return m.group(0) if name in _NOT_A_SPEAKER else f"{name.capitalize()} says "


_THREAD_MARK = re.compile(
    r"(?m)^[ \t]*(?:" + _EMOJI + r"[ \t]*)?(?P<n>\d{1,2})[ \t]*/[ \t]*(?P<of>\d{1,2})[ \t]+"
    # ("1/3 cup butter", "2/3 tsp salt": a recipe's amounts)
    r"(?!(?:cups?|tsps?|tbsps?|teaspoons?|tablespoons?|oz|g|kg|lbs?|ml|l|litres?|liters?|pints?|"
    r"of|inch|inches|miles?)\b)"
)


def _unthreaded(text: str) -> str:
    """ "🧵 1/5 ok twitter, …", "2/5 shot one: gold leaf …": a thread's post numbers are no
    shot and no length (the five posts planned five shots and a title "5/ four the end card").
    Only a run of them, numbered 1, 2, 3… of the same count: a lone "1/2 cup of flour" stays."""
    marks = list(_THREAD_MARK.finditer(text))
    if len(marks) < 3 or len({m["of"] for m in marks}) != 1:
        return text
    if [int(m["n"]) for m in marks] != list(range(1, len(marks) + 1)) or len(marks) > int(
        marks[0]["of"]
    ):
        return text
    return _THREAD_MARK.sub("", text)


_FLAG = re.compile(
    r"(?:^|\s)--(?P<flag>[a-z]+)\b[ \t]*(?P<value>(?:(?!\s--[a-z])[^\n])*)", re.IGNORECASE
)
_FLAG_WORDS = {
    "ar": "{} frame.", "aspect": "{} frame.", "dur": "{} seconds.", "duration": "{} seconds.",
    "shots": "{} shots.", "style": "Style: {}.", "no": "No {}.",
}  # fmt: skip


_CLOCK_ENTRY = re.compile(
    r"(?im)^(?P<indent>[ \t]*)(?:[-*•][ \t]+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?(?:[ \t]*[-–—:|])?|"
    # "07:30 Mist on the otter pond": a clock time alone before words (never a timecode's
    # range, "0:00-0:03", nor "00:01:30")
    r"\d{1,2}:\d{2}(?![:\d])(?![ \t]*[-–—][ \t]*\d)(?:[ \t]*[-–—:|])?)[ \t]*(?=[^\W\d_])"
)


_OPTION = re.compile(
    r"(?im)^[ \t]*(?:option|idea|version|concept|route)[ \t]+(?P<key>[A-Z]|\d)\b[ \t]*[-–—:.)]"
    r"[ \t]*(?:(?P<q>['\"“‘])[^'\"”’\n]{1,60}['\"”’][ \t]*[:.-]?[ \t]*)?"
)
_CHOSEN = re.compile(
    r"\b(?:going with|go with|went with|we(?:'ll| will)? (?:go with|pick|choose|do)|we chose|"
    r"(?:we|i|they|the client|client) (?:picked|chose|prefer|prefers|like|likes)|"
    r"let'?s (?:do|go with)|the winner is|chosen:?)\s+(?:the\s+)?"
    r"(?:(?:option|idea|version|concept|route)\s+)?(?P<key>(?-i:[A-Z])|\d)\b(?!['\w])"
    # "so B it is" (a capital: "we like a warm look" chooses nothing)
    r"|\b(?:option\s+)?(?P<it>(?-i:[A-Z])|\d)\s+it\s+is\b",
    re.IGNORECASE,
)


def _unquoted(text: str) -> str:
    return re.sub(r"\"[^\"\n]*\"|“[^”\n]*”", " ", text)


def _chosen_option(text: str) -> str:
    """ "OPTION A - …", "OPTION B - 'Slow Sunday': (1) rain …", "OPTION C - …" and "we're going
    with OPTION B. Ignore A and C": only the chosen option is the film (A and C became shots,
    and "Ignore A and C" a picture's words). The others' lines, and the line saying to ignore
    them, go; the chosen one keeps its pictures without its heading."""
    options = list(_OPTION.finditer(text))
    keys = {m["key"].upper() for m in options}
    # the last said wins: "I like option A but the client picked B, so B it is" (never in a
    # quote: 'The taller one says "we're going with option B"' is a sketch's line)
    said = [(m["key"] or m["it"]).upper() for m in _CHOSEN.finditer(_unquoted(text))]
    said = [k for k in said if k in keys]
    if len(keys) < 2 or not said:
        return text
    key = said[-1]
    lines = []
    for line in text.split("\n"):
        option = _OPTION.match(line)
        if option and option["key"].upper() != key:
            continue
        lines.append(line[option.end() :] if option else line)
    others = "|".join(sorted(keys - {key}))
    # "I like option A but the client picked B, so B it is.": the choosing is a note
    lines = [
        "\n".join(
            f"Notes: {said}" if _CHOSEN.search(_unquoted(said)) else said
            for said in re.split(r"(?<=[.!?])[ \t]+", line)
        )
        for line in lines
    ]
    kept = "\n".join(lines)
    # "Ignore A and C, I'm only leaving them in so you can see what we dropped."
    return re.sub(
        rf"(?i)\b(?:please\s+)?(?:ignore|skip|disregard)\s+(?:options?\s+)?(?:{others})\b[^.!?\n]*[.!?]?",
        "",
        kept,
    )


_STARRED_ASKED = re.compile(
    r"\b(?:starred|(?:ones|lines|moments|bits|entries|rows) (?:with|marked(?: with)?) (?:a |the )?"
    r"(?:star|asterisk|⭐|★|\*))",
    re.IGNORECASE,
)
_STAR = re.compile(r"[ \t]*(?:⭐|★|\*)\uFE0F?[ \t]*")
# A log's line: a match minute ("9'", "90+4'"), a clock time, half or full time
_LOG_MARK = re.compile(r"^[ \t]*(?:\d{1,3}(?:\+\d{1,2})?'|\d{1,2}[:.]\d{2}\b|HT\b|FT\b)[ \t]*")


def _starred_lines(text: str) -> str:
    """ "turn the starred moments into a highlight, one shot per starred moment" over a pasted
    log ("2' Kick-off …", "9' ⭐ Okafor rounds the keeper … 1-0."): the starred lines are the
    shots, each without its minute, star and score; the log's other lines, and its heading, go
    (the heading "LIVE: Ashford Ladies 3-2 …" and the unstarred goals became shots)."""
    lines = text.split("\n")
    starred = [i for i, line in enumerate(lines) if _STAR.search(line) and _LOG_MARK.match(line)]
    if len(starred) < 2 or not _STARRED_ASKED.search(text):
        return text
    logged = [i for i, line in enumerate(lines) if _LOG_MARK.match(line)]
    first, last = logged[0], logged[-1]
    while first > 0 and lines[first - 1].strip() and not _STARRED_ASKED.search(lines[first - 1]):
        first -= 1  # the log's heading, up to the blank line under the request
    kept = []
    for i, line in enumerate(lines):
        if first <= i <= last:
            if i not in starred:
                continue
            line = _STAR.sub(" ", _LOG_MARK.sub("", line), count=1).strip()
            line = "- " + re.sub(r"\s+\d{1,2}\s*-\s*\d{1,2}\.?$", "", line)  # ("… 1-0.": the score)
        kept.append(line)
    return "\n".join(kept)


_RELEASE_END = re.compile(r"(?im)^[ \t]*(?:#{3}|-+[ \t]*ends[ \t]*-+|ends)[ \t]*$")


def _released(text: str) -> str:
    """ "FOR IMMEDIATE RELEASE … ### / Notes to editors / VIDEO REQUEST: …": a press release
    with the video asked for under its end mark. The release above the mark is what the film
    is about, in notes (its headline and its CEO's quote became shots)."""
    if not re.match(r"(?i)\s*(?:for immediate release|press release|embargoed)\b", text):
        return text
    end = _RELEASE_END.search(text)
    if end is None or not text[end.end() :].strip():
        return text
    said = [line.strip() for line in text[: end.start()].split("\n") if line.strip()]
    # (its headline, the line under "FOR IMMEDIATE RELEASE", names the film)
    head = [f"Title: {said[1]}"] if len(said) > 2 and len(said[1]) <= 100 else []
    return "\n".join([*head, *(f"Notes: {line}" for line in said), "", text[end.end() :].strip()])


_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<name>[^\n#]+?)[ \t]*#*[ \t]*$")
_MD_SHOTS = re.compile(
    r"(?i)^(?:the\s+)?(?:shots?|shot\s*list|scenes|storyboard|beats|sequence|visuals|frames)$"
)


# A prompt's or a document's own section names, never the film's
_MD_SECTION = re.compile(
    r"(?i)^(?:role|context|background|brief|constraints?|rules|requirements|notes?|output(?: format)?|"
    r"format|task|goal|objective|audience|deliverables?|tone|style|look|overview|summary|cast|"
    r"characters?|locations?|music|sound|timings?|schedule|shots?|budget|contacts?|references?|"
    r"mandatories|key message|props|wardrobe)\b"
)


def _markdown_sections(text: str) -> str:
    """ "# Role / You are a world-class director. / # Constraints / - MUST be 16:9. / # Shots /
    1. … / # Output format / Return a table.": a prompt written for a model, in Markdown sections.
    The section headed as the shots holds the pictures; every other section's lines are notes
    (its "MUST NOT include any on-screen text" and "Return the shot list as a table" became a
    shot and the title). Left as written unless one heading names the shots."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if _MD_HEADING.match(line)]
    names = [_MD_HEADING.match(lines[i])["name"].strip(" :") for i in heads]  # type: ignore[index]
    if len(heads) < 2 or not any(_MD_SHOTS.match(name) for name in names):
        return text
    out, shots = lines[: heads[0]], False
    for line in lines[heads[0] :]:
        if m := _MD_HEADING.match(line):
            name = m["name"].strip(" :")
            shots = bool(_MD_SHOTS.match(name))
            if shots:
                out += ["", f"{name}:"]  # the list's own heading, as it would be typed
            elif not out and not _MD_SECTION.match(name):
                out.append(f"Title: {name}")  # "## Hive Yard - 'A day at the Yard' (v2)"
            elif (
                line.lstrip().startswith("# ")
                and lines.index(line) == heads[0]  # (the document's first heading only)
                and not _MD_SECTION.match(name)
                and not any(x.startswith("Title: ") for x in out)
            ):
                # 'Hi both, pasting the brief … / # DRIFT – "Unroll" – creative brief v3': the
                # document's own title, under the note it was pasted with
                name = re.sub(r"\s*[-–—|:]\s*(?:creative\s+)?brief\b.*$", "", name, flags=re.I)
                out.insert(0, f"Title: {name}")
                out.append("")
            else:
                out.append("")
        elif shots or not line.strip():
            out.append(line)
        else:
            out.append("Notes: " + re.sub(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", "", line))
    return "\n".join(out)


def _entries_say_something(text: str) -> bool:
    """A diary's entries are pictures, a few words each; a timetable's rows ("7:15 Kendal",
    "8:30 Windermere") are the words on its board."""
    said = [
        len(re.findall(r"[^\W\d_]+", text[m.end() :].split("\n", 1)[0]))
        for m in _CLOCK_ENTRY.finditer(text)
    ]
    return sum(said) >= 3 * len(said)


def _prompt_flags(text: str) -> str:
    """ "snail racing a tortoise :: the tortoise overtaking :: the snail over the line --ar 9:16
    --dur 12 --shots 3 --style claymation --no text": an image generator's prompt, pasted. Its
    "::" parts are the pictures, its flags say the frame, the length, the count and the look
    (they were read as words of one picture, and "12" and "3" were lost). A flag no one here
    reads ("--seed 42", "--v 6") is dropped."""
    flags = list(_FLAG.finditer(text))
    known = sum(m["flag"].lower() in _FLAG_WORDS for m in flags)
    parts = text.count(" :: ")
    # the prompt's own form: two flags, or its "::" parts (two of them, or one with a flag);
    # "15 sec --style should feel like a 70s ad" and "GLOW :: Summer Campaign" are prose
    if not (known >= 2 or parts >= 2 or (parts and known)):
        return text
    said = [
        _FLAG_WORDS[m["flag"].lower()].format(m["value"].strip(" ,."))
        for m in flags
        if m["flag"].lower() in _FLAG_WORDS and m["value"].strip()
    ]
    text = _FLAG.sub("", text) if known else text
    if parts:
        text = "\n".join(f"- {part.strip()}" for part in text.split("::") if part.strip())
    return "\n".join([*said, "", text]) if said else text


# "1. the van 2. the ladder 3. me up the ladder": a numbered list typed on one line (a chat box
# that sends on Enter). Only a run from 1 counting up, three or more, each number once: "2.5 s",
# "Part 2. Scene 3." and "a 1. and a 2." stay as written.
_NUMBER_MARK = re.compile(r"(?<![^\s,;])(?P<n>\d{1,2})[.)][ \t]+(?=\S)")


_A_CARD_LISTS = re.compile(
    r"\b(?:card|cards|sign|board|results|leaderboard|scoreboard|table|standings|podium|credits|"
    r"menu|names|line-?up|reads|says|saying|caption|text|title|ranking)\b[^,]*$",
    re.IGNORECASE,
)


# "[x] The paddle steamer coming round the headland", "[ ] Drone through the plume": a checklist
_CHECKBOX = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?\[(?P<mark>[xX✓✔ ])\][ \t]+(?P<item>\S.*)$")
# "6:30pm * Tractor run arrives", "19:45  Tug of war": a run sheet's line, opening on its clock time
_RUN_SHEET = re.compile(
    # (a clock's time, never a recording's "0:14": "6:30pm", "7pm", "18:45")
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:am|pm)|\d{1,2}[ \t]*(?:am|pm)|(?:[01]\d|2[0-3])[:.][0-5]\d)[ \t]+"
    # ("19:45 - first dance under fairy lights": the dash after the time is no part of it)
    r"(?:[-–—:][ \t]+)?(?P<star>\*[ \t]*)?(?P<item>[^\d\s*\-–—]\S*.*)$",
    re.IGNORECASE,
)
# "VIDEO: the house in the meadow / the wood burner lit / …": the shots on one labelled line
_SLASHED_SHOTS = re.compile(
    r"^[ \t]*(?P<label>video|shots?|shot list|pictures|what to film)[ \t]*:[ \t]*"
    # (pictures of three words or more each: never "close / medium / wide", "30 secs / vertical")
    r"(?P<items>(?:[^/\n]*?\S+\s+\S+\s+\S+[^/\n]*/){2,}[^/\n]*?\S+\s+\S+\s+\S+[^/\n]*)$",
    re.IGNORECASE,
)


def _picked_items(text: str) -> str:
    """The shots a checklist, a run sheet or a labelled line holds, as a list: ticked items
    where the brief says the ticked ones are wanted ("[ ] Fireworks over the pier" was a shot),
    starred lines of a run sheet where it says the starred ones are ("8:00pm Raffle" was one, and
    "6:30pm *" left "Pm *" in the picture), and "VIDEO: a / b / c" split at its slashes."""
    lines = text.split("\n")
    boxes = [m for line in lines if (m := _CHECKBOX.match(line))]
    ticked_only = (
        len(boxes) >= 2
        and any(m["mark"].strip() for m in boxes)
        and any(not m["mark"].strip() for m in boxes)
        # (said to be the wanted ones: "Ticked items are the shots the board signed off";
        # never "I've ticked the ones we already filmed", "I checked with the venue")
        and re.search(
            r"(?i)\b(?:ticked|checked)\s+(?:items|ones|boxes|shots)\s+(?:are|were)\s+(?:the\s+)?"
            r"(?:shots|ones|approved|agreed|signed|wanted|in)\b|\bonly\s+the\s+(?:ticked|checked)\b|"
            r"\bun(?:ticked|checked)\s+(?:ones|items|boxes)\s+(?:are|were)\s+(?:out|voted|dropped|cut)",
            text,
        )
        is not None
    )
    sheet = [m for line in lines if (m := _RUN_SHEET.match(line))]
    starred_only = (
        len(sheet) >= 3
        and any(m["star"] for m in sheet)
        # ("I've starred the bits we want filmed"; never "Our star baker", "starred items are
        # weather permitting", nor "film all of it")
        and re.search(
            r"(?i)\b(?:starred|asterisked)\s+(?:the\s+)?(?:bits|ones|items|lines|shots)\b[^.\n]{0,30}"
            r"\b(?:want|wanted|film|filmed|shoot|need|needed)\b|\bonly\s+the\s+starred\b",
            text,
        )
        is not None
        and re.search(r"(?i)\b(?:all of it|everything|all of them|the lot)\b", text) is None
    )
    out: list[str] = []
    heading_wanted = True
    for line in lines:
        if re.match(r"(?i)^[ \t]*checklist\b[^.!?\n]{0,40}$", line):
            # "Checklist – Shots (4/7)" over the shots; "Checklist – Admin" is not pictures
            heading_wanted = (
                re.search(r"(?i)\b(?:admin|logistics|paperwork|kit|equipment)\b", line) is None
                or re.search(r"(?i)\bshots?\b", line) is not None
            )
            out.append(f"{line.strip()}:" if not line.rstrip().endswith(":") else line)
            continue
        if re.match(r"^[ \t]*[^\s\[][^:\n]{0,40}:[ \t]*$", line):
            heading_wanted = True  # ("Shots:" after "Checklist – Admin": its boxes are shots)
        if box := _CHECKBOX.match(line):
            if (ticked_only and not box["mark"].strip()) or not heading_wanted:
                continue
            out.append(f"- {box['item'].strip()}")
            continue
        if len(sheet) >= 3 and (row := _RUN_SHEET.match(line)):
            if starred_only and not row["star"]:
                continue
            out.append(f"- {row['item'].strip()}")
            continue
        if slashed := _SLASHED_SHOTS.match(line):
            out.append(f"{slashed['label']}:")
            out.extend(
                f"- {part.strip()}" for part in slashed["items"].split(" / ") if part.strip()
            )
            continue
        out.append(line)
    if any(_SLASHED_SHOTS.match(line) for line in lines) and not any(
        _ITEM.match(line) for line in lines
    ):
        # "The bits we'd like filmed are on the VIDEO: line": the rest is the listing pasted
        # around it (its rooms' sizes and price were shots), notes for the length and frame
        listed = {i for i, line in enumerate(out) if line.startswith("- ")}
        label = next(i for i, line in enumerate(out) if i + 1 in listed)
        out = [
            line
            if i in listed or i == label or not line.strip()
            else "Note: " + re.sub(r"(?i)\b(video|shots?|shot list|pictures)\s*:", r"\1", line)
            for i, line in enumerate(out)
        ]
    return "\n".join(out)


def _numbered_in_a_line(text: str) -> str:
    out = []
    for line in text.split("\n"):
        marks = list(_NUMBER_MARK.finditer(line))
        run: list[re.Match[str]] = []
        for m in marks:
            if int(m["n"]) == len(run) + 1:
                run.append(m)
        if len(run) < 3 or any(m.start() < run[0].start() and m not in run for m in marks):
            out.append(line)
            continue
        head = line[: run[0].start()].rstrip(" ,;:-")
        if _A_CARD_LISTS.search(re.split(r"[.!?]\s", head)[-1]):
            out.append(line)  # "the results card: 1. Vidal 2. Brandt 3. Osei": the card's words
            continue
        pieces = [head] if head.strip() else []
        for m, nxt in zip(run, [*run[1:], None], strict=True):
            piece = line[m.start() : nxt.start() if nxt else len(line)]
            pieces.append(piece.rstrip(" ,;"))
        # "…, 5) el logo con la fecha. Formato horizontal. ¡Gracias!": the last item ends at its
        # full stop; what follows is the brief again, not the item
        if end := re.search(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", pieces[-1]):
            pieces[-1:] = [pieces[-1][: end.start()], "", pieces[-1][end.end() :]]
        out.extend(pieces)
    return "\n".join(out)


_LENGTH_LAST = re.compile(
    # (never a note of the film's length: "Total length - 30 seconds", "Runtime - 30 seconds";
    # the picture ends on a word, so a run of spaces or tabs is tried once, not from each of
    # its places)
    r"^(?P<label>[ \t]*(?:[-*•][ \t]+|\(?\d{1,2}[.)][ \t]+)?)"
    r"(?P<picture>(?!(?:total|overall|runtime|running time|duration|length|in total|the whole|"
    r"and the whole|whole thing)\b)\S[^\n]*?)(?<=\S)[ \t]+[-–—][ \t]*"
    r"(?P<secs>\d{1,2}(?:\.\d)?)[ \t]*(?:s|secs?|seconds?)\.?[ \t]*$",
    re.IGNORECASE,
)


# A text message's spellings, written out: "a dart thunkin in2 treble 20 for r darts nite
# promo" is "into", "our", "night" (the lists read English words). Only in a brief written in
# English (Swedish "ur" is "out of"), never inside an address ("www.ur-studio.com" is on screen),
# and a lone "r", "u", "n" or "4" only where nothing else can be meant.
_TEXT_SPEAK = {
    "in2": "into",
    "on2": "onto",
    "2day": "today",
    "2nite": "tonight",
    "2morrow": "tomorrow",
    "nite": "night",
    "gr8": "great",
    "b4": "before",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ur": "your",
    "w/": "with",
}
_SPOKEN_WORD = re.compile(
    r"(?<![\w/.@-])(?:" + "|".join(map(re.escape, _TEXT_SPEAK)) + r")(?![\w/.@-])"
)
# ("Shot 4 the van", "Day 4 the boat home": a numbered thing, not "for")
_NUMBERED_FOUR = re.compile(
    r"\b(?:shot|day|part|take|scene|step|no|number|week|room|level|table|page|chapter|stage|"
    r"round|lap|hole|gate|platform|bus|row|box)\.?\s+$",
    re.IGNORECASE,
)


def _unabbreviated(text: str) -> str:
    if language_of(text).code != "en":
        return text
    text = _SPOKEN_WORD.sub(lambda m: _TEXT_SPEAK[m.group(0)], text)
    text = re.sub(r"\b(for|at|in|with|of|to|from|on)\s+r\s+(?=[a-z]{3,})", r"\1 our ", text)
    text = re.sub(
        r"\b4\s+(?=(?:my|our|the|a|an|your|you|u|me|us|her|his|their)\s)",
        lambda m: m.group(0) if _NUMBERED_FOUR.search(text[: m.start()]) else "for ",
        text,
    )
    text = re.sub(r"\b(can|could|would|will|do|did|thank|thanks|if|are|r)\s+u\b", r"\1 you", text)
    # ("…finished nails sparkling ta x": thanks and a kiss at the end of a line, no picture; in
    # lower case only: "my son hugging Ty" ends on a name)
    text = re.sub(r"(?m)(?<=\w)[ \t]+(?:ta|thx|ty|tysm)(?:[ \t]+x+)?[ \t]*[!.]*[ \t]*$", "", text)
    # ("sludge n flies", "fish n chips": "and" between two words in lower case; "the letter n")
    return re.sub(r"(?<=[a-z]{2})(?<!letter) n (?=[a-z]{2})", " and ", text)


# "…the other half new golden reef" / "*reed": a word typed again with a star, on the next line,
# mends the word it is nearest to on the line before ("*pheasant 🙈 autocorrect"); the line
# with the star is no picture (it was a shot of its own, and the reef stayed)
_STARRED_WORD = re.compile(
    # (not "*Beach*", a heading in italics)
    r"^[ \t]*(?:\*(?P<a>[A-Za-z][\w'-]*)(?!\*)|(?P<b>[A-Za-z][\w'-]*)\*)"
    r"[ \t]*(?P<rest>(?i:[\W_]*(?:(?:damn|stupid|bloody)\s+)?(?:autocorrect|sorry|typo|oops|lol|"
    r"i mean|haha|ffs)?[\W_]*))$"
)


def _starred_corrections(text: str) -> str:
    lines = text.split("\n")
    kept: list[str] = []
    for line in lines:
        star = _STARRED_WORD.match(line)
        before = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].strip()), None)
        if star is None or before is None:
            kept.append(line)
            continue
        word = star["a"] or star["b"]
        near = [
            (difflib.SequenceMatcher(None, w.lower(), word.lower()).ratio(), at.start(), w)
            for at in re.finditer(r"[A-Za-z][\w'-]*", kept[before])
            # (not "boxes" for "*box": an inflection of the word is no typo of it)
            if word.lower() not in (w := at.group(0)).lower() and w.lower() not in word.lower()
        ]
        ratio, at, wrong = max(near, default=(0.0, 0, ""))
        if ratio < 0.6:
            kept.append(line)
            continue
        mended = word.lower() if wrong.islower() else word
        kept[before] = kept[before][:at] + mended + kept[before][at + len(wrong) :]
    return "\n".join(kept)


# "scan_004.jpg – Peggy and Grandad Len on their wedding day, 1958, confetti. Could the confetti
# actually fall?": photos to bring to life, a line each by filename, with how each should move
_PHOTO_LINE = re.compile(
    r"(?im)^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?[\w()~-]+\.(?:jpe?g|png|heic|heif|tiff?|gif|"
    r"webp|bmp)[ \t]*(?:[-–—:][ \t]*)?(?=\S)"
)
_HOPED_MOVE = re.compile(
    r"\s*(?:\.\s*)?(?:could|can|would|maybe|perhaps|might|and)\b(?:\s+(?:we|you|it|they))?"
    r"(?:\s+(?:make|have|get))?\s+(?P<move>[^?.!]{3,80}?)\s*\?",
    re.IGNORECASE,
)


# "Bottle on a rock - 3s. Water pouring in - 10s. Logo - 2s.": a shot list typed on one line,
# each picture with its length (read as one sentence, it was one shot of 3 s)
_TIMED_SENTENCE = re.compile(
    r"[^.!?\n]{1,80}?\s*(?:[-–—:]\s*|\(\s*)\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b\)?[.!]?"
)


_DELIVERABLE = re.compile(
    r"(?i)(?:hero|main|full|long|short|social)?\s*(?:film|edit|cut|cutdown|cut-down|bumper|version|"
    r"spot|ad|teaser|trailer|pre-?roll|story|stories|reel)s?\s*[-–—:(]"
)


def _timed_sentences_as_lines(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        sentences = re.split(r"(?<=[.!?])[ \t]+(?=[A-Z\"“])", line.strip())
        timed = [bool(_TIMED_SENTENCE.fullmatch(s)) for s in sentences]
        # ("Hero film - 30s. Cutdown - 15s. Bumper - 6s.": the deliverables, not a shot list)
        cuts = [s for s in sentences if _DELIVERABLE.match(s)]
        if sum(timed) >= 2 and not cuts:
            lines[i] = "\n".join(sentences)
    return "\n".join(lines)


def _struck_item(m: re.Match[str]) -> str:
    """An item struck from its start: gone, with the reason after it ("~~drone over the unit~~
    landlord said no drones"); what replaces it stays ("~~Sunrise~~ Sunset over the pier",
    "~~45s~~ 30s total")."""
    rest = m["rest"].strip()
    reason = re.search(
        r"(?i)\b(?:no|not|too|said|says|can'?t|cannot|won'?t|isn'?t|wasn'?t|skip|scrap|cut|lol|"
        r"dropped|instead|because|cos|ugh)\b",
        rest,
    )
    if rest and (not reason or re.match(r"\d", rest)):
        return f"{m['mark']}{rest}\n"
    return ""


_PROVISO = re.compile(
    r"(?i)\b(?:optional|only if|if (?:the )?budget (?:allows|permits|stretches)|budget permitting|"
    r"nice to have|if (?:we|you) (?:have|get) time|if possible|it needs a permit|needs a permit|"
    r"permit needed)\b"
)


def _without_proviso(m: re.Match[str]) -> str:
    """ "(optional, only if budget allows)" goes; "(if possible, with Grandma in it)" keeps
    Grandma: a proviso in brackets is no part of the picture, what else is there is."""
    inner = m["inner"]
    if not _PROVISO.search(inner):
        return m.group(0)
    rest = _PROVISO.sub(" ", inner).strip(" ,;:-–—")
    return "" if not rest or not re.search(r"\b(?:with|in|on|at|and)\b", rest) else m.group(0)


def _photos_as_list(text: str) -> str:
    if len(_PHOTO_LINE.findall(text)) < 2:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if start := _PHOTO_LINE.match(line):
            picture = line[start.end() :]
            # ("Could the waves move behind her?": the photo's own movement, in its shot)
            picture = _HOPED_MOVE.sub(
                lambda m: ", as " + re.sub(r"\bactually\s+", "", m["move"]), picture
            )
            lines[i] = "- " + picture.strip()
    return "\n".join(lines)


def normalise(text: str) -> str:
    """Straight quotes, one kind of dash, single spaces (line breaks are kept)."""
    # a chat's own mark on a message changed after it was sent ('… - Level 2" (edited)')
    text = re.sub(
        r"(?m)[ \t]*\((?:edited|modifié|bearbeitet|editado|modificato)\)[ \t]*$", "", text
    )
    # (an outline's notes first: the whiteboard's and the section readers' lines came after)
    text = outline(footnotes(misheard(text)))
    text = calendar_invite(job_posting(section_heads(whiteboard(scots(text)))))
    text = picked_options(second_person(relayed(changes_to_another(text))))
    text = re.sub(
        r"(?im)^([ \t]*(?:hi|hello|hey|hiya))[ \t]+(?:again|both)\b", r"\1", text
    )  # ("Again" was a shot)
    text = backwards(docs_comments(text))
    # "1. Like IMG_4471 – the bare hull…", "(see IMG_4474, but wider)", "(IMG_4476)": a photo
    # attached to the email, which the planner never sees, pointed at beside a picture
    photo = r"(?:IMG|DSC|DSCF|DSCN|PXL|MVIMG|GOPR)[_-]?\d{3,}(?:\.(?:jpe?g|png|heic|mov|mp4))?"
    text = re.sub(
        rf"(?i)[ \t]*\((?:see|like|as in|cf\.?|e\.g\.?)?[ \t]*{photo}[^()\n]*\)", "", text
    )
    text = re.sub(
        rf"(?im)^(?P<at>[ \t]*(?:\d{{1,2}}[.)]|[-*•])?[ \t]*)(?:like|see|as in)[ \t]+{photo}[ \t]*[-–—:,][ \t]*",
        r"\g<at>",
        text,
    )
    # "Sideways like the telly, no up and down like a phone": the frame, said as its shape (it was
    # cut at "like" into "The telly" and "Not up and down like a phone", two shots)
    text = re.sub(
        r"(?i)\bsideways\s+like\s+(?:the|a)\s+(?:telly|tv|television)(?:[,;]?\s*(?:not|no)\s+up\s+"
        r"and\s+down\s+like\s+(?:a|the)\s+(?:phone|mobile))?",
        "landscape format",
        text,
    )
    text = re.sub(
        r"(?i)(?<!not )(?<!no )\bup\s+and\s+down\s+like\s+(?:a|the)\s+(?:phone|mobile)"
        r"(?:[,;]?\s*(?:not|no)\s+sideways\s+like\s+(?:the|a)\s+(?:telly|tv|television))?",
        "vertical format",
        text,
    )
    text = _unhyphenated(_dictated(_picked_items(text)))
    # "ninety (90) seconds", "three (3) shots": a contract's number in words and figures
    text = re.sub(
        rf"(?i)\b(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))*\s+\((\d{{1,4}})\)(?=\s+[a-z])",
        r"\1",
        text,
    )
    text = _spoken_lengths(_keyed_lengths(_unabbreviated(text)))
    # "(3-4s)", "(2–3 secs)": an item's rough length, read as the middle of its range (it was
    # read as no length, and "(3" was left in the picture)
    text = re.sub(
        r"(?i)\((\d{1,2}(?:\.\d)?)\s*(?:-|–|—|to)\s*(\d{1,2}(?:\.\d)?)\s*(s|secs?|seconds?)\)",
        lambda m: (
            f"({round((float(m[1]) + float(m[2])) / 2 * 2) / 2:g}{m[3]})"
            if float(m[1]) < float(m[2])
            else m[0]
        ),
        text,
    )
    if re.search(r"(?i)\b\d{1,3}\s*(?:s|secs?|seconds)\b", text):
        # "30 secs?" … "make it 20, people just scroll": a bare number, once a length was said
        # in seconds, is the new length in seconds
        text = re.sub(
            r"(?i)\b(make it|cut it to|keep it to|change it to)\s+"
            r"(\d{1,3})(?=\s*(?:[,.!?;]|$|\s+(?:then|instead|please|pls|tops|max)\b))",
            r"\1 \2 seconds",
            text,
        )
    # "Ideas - jalebi batter piped…", "Ideias: …": a heading over the pictures on its own line,
    # no picture and no one (it was S01's first word, and cast as "Ideas")
    text = re.sub(
        r"(?im)(?:^[ \t]*|(?<=[.!?] ))(?:(?:my|some|a few|our)\s+)?(?:ideas?|ideias|ideeën|idées|"
        r"ideen|thoughts|suggestions)[ \t]*(?:[-–—:]|\.{3})[ \t]+(?=\S)",
        "",
        text,
    )
    # "> 1. Drone over the depot roof": an email's quoted reply is the brief too, unquoted
    text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", text)
    # "**Brief: Spring menu launch**", "**Length:** 20s": Markdown's bold is emphasis, not words
    # ("Spring menu launch**" was the first shot and the title)
    # "2. ~~drone over the unit from outside~~ landlord said no drones", "~~45s~~ 30s":
    # Markdown's strikethrough is a change of mind; an item struck from its start goes whole
    # (what follows is why), else only the struck words go
    text = re.sub(
        r"(?m)^(?P<mark>[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+))~~[^~\n]+~~[ \t]*(?P<rest>[^\n]*)"
        r"(?:\n|$)",
        _struck_item,
        text,
    )
    text = re.sub(r"[ \t]*~~[^~\n]+~~", "", text)
    text = re.sub(r"\*\*([^*\n]+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)__([^_\n]+?)__(?!\w)", r"\1", text)
    # "Brief: Spring menu launch" heading the brief names it, as "Title:" would ("Brief: a cat
    # knocking a glass off a table" is the picture: it has an article, a doing or a verb)
    text = re.sub(
        r"(?i)^[ \t]*(?:creative\s+)?brief[ \t]*[:–—-][ \t]*"
        r"(?=(?-i:[A-Z0-9])(?![^\n]*\b\w{3,}ing\b)(?!(?:an?|the)\s)[^\n.!?,]{2,50}$\n\s*\S)",
        "Title: ",
        text.lstrip(),
        count=1,
        flags=re.MULTILINE,
    )
    # "Slide 2: SPECS" over a list: a deck's slide number is no picture, and its heading is read as
    # a heading alone on its line is ("SPECS" with its bullets became S01 and the title).
    text = re.sub(r"(?im)^[ \t]*slide\s*\d{1,2}\b[ \t]*(?:[:.\-]|$)[ \t]*", "", text)
    # (forms pasted from elsewhere, written out as the lines a person would type)
    text = _released(
        srt_as_list(
            json_as_list(telegram_as_list(commands_as_list(applied_diff(psql_as_table(text)))))
        )
    )
    text = _markdown_sections(_unthreaded(_starred_lines(_chosen_option(_prompt_flags(text)))))
    # "5:50am - Fushimi Inari before the crowds. Walking up …", "11am - …": a diary's entries,
    # an entry a line (its time is when, not a length or words on screen)
    text = _photos_as_list(_timed_sentences_as_lines(text))
    # "CTA - 2s", 'CTA: "Flo. Drink more."': a call to action given a length or its words is
    # the end card (without either, "CTA: drive visits to the shop" is the film's aim)
    text = re.sub(
        r"(?im)^([ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?)(?:cta|call[ -]to[ -]action)\b"
        r"(?=[ \t]*[-:–—]?[ \t]*[\"“]|[^\n.!?]*(?:\(\s*\d|\d\s*(?:s|secs?|seconds?)\b))",
        r"\1End card",
        text,
    )
    # "NB - we also need a shot of Gran dancing": the shot asked for is the picture
    text = re.sub(
        r"(?im)(?:^[ \t]*|(?<=[.!?] ))(?:(?:nb|ps|p\.s\.?|fyi|oh|and|also|plus)[ \t]*[-:,]?[ \t]+)*"
        r"(?:(?:we|i)[ \t]+(?:also[ \t]+)?(?:need|want|would like|'d like)|"
        # "PS - get a shot of the dog under the table too", "can you also grab a clip of…"
        r"(?:(?:can|could)[ \t]+you[ \t]+|please[ \t]+)?(?:also[ \t]+)?(?:get|grab|include))"
        r"[ \t]+(?:a[ \t]+)?(?:quick[ \t]+)?(?:shot|clip)[ \t]+of[ \t]+(?P<picture>[^\n.!?]+)",
        # (its "too" or "as well" is the asking's, not the picture's)
        lambda asked: re.sub(r"(?i),?\s+(?:too|as well)\s*$", "", asked["picture"]),
        text,
    )
    # "(optional, only if budget allows)", "(optional - it needs a permit)": whether the shot
    # is made, said beside it; the plan keeps the shot, the picture is without the proviso
    text = re.sub(r"(?i)[ \t]*\((?P<inner>[^()\n]{0,120})\)", _without_proviso, text)
    # "…to his birthday cake. the cake is made of dandelions and lettuce": what a thing in
    # the picture is made of, said after it, is the same picture (it was a shot of its own)
    text = re.sub(
        r"(?i)\b(?P<thing>[a-z]{3,})(?P<between>[^.!?\n]{0,3})\.[ \t]+the[ \t]+(?P=thing)[ \t]+"
        r"(?:is|was|are|were|'s)[ \t]+(?P<made>(?:made|covered|decorated|iced|filled|topped)[ \t]+"
        r"(?:of|from|in|with)\b)",
        r"\g<thing>\g<between> \g<made>",
        text,
    )
    # "…, then Big Tony handing her the winnings and everybody clapping, and at the end "Eyes
    # down at the Regal" on the screen": the end card after the last picture, a shot of its own
    text = re.sub(
        r"(?i),?[ \t]+and[ \t]+(?:then[ \t]+)?(at[ \t]+the[ \t]+(?:very[ \t]+)?end),?[ \t]+"
        r"(?=[\"“]|(?:our|the|a|an)[ \t]+(?:logo|name|card|words?|tagline|slogan|title|web)\b)",
        r". \1 ",
        text,
    )
    # "Reminder - we need our logo at the end", "we'd like the legal line at the end": what is
    # asked for at the end is the last picture (the sentence was set aside as talk, and the
    # reminder's label became the shot)
    text = re.sub(
        r"(?im)(?P<at>^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?|(?<=[.!?] ))"
        r"(?:(?:reminder|remember|nb|ps|p\.s\.?|also|and|oh)[ \t]*"
        r"[-:,]?[ \t]+)*(?:please[ \t]+)?(?:(?:we|i)[ \t]+(?:also[ \t]+)?(?:need|want|would like|"
        r"'d like)|(?:don'?t[ \t]+)?forget|(?:make sure (?:we|you)[ \t]+)?(?:have|put|include))"
        r"[ \t]+(?=(?:our|the|a|an)[ \t][^\n.!?]{0,40}?\b(?:logo|name|line|card|text|tagline|slogan|"
        r"strapline|url|website|web address|number|hashtag|handle|disclaimer|credits|title)\b"
        r"[^\n.!?]{0,20}?[ \t](?:at|on)[ \t]+the[ \t]+(?:very[ \t]+)?end\b)",
        r"\g<at>",
        text,
    )
    # "Important: the last shot has to be the dog running out": a shot, said as a must (where
    # "IMPORTANT: the box has to be readable!!" is a note to the reader, its label a heading's)
    text = re.sub(
        r"(?im)(?:^[ \t]*|(?<=[.!?] ))(?:important|please note|nb)[ \t]*[:!-]+[ \t]*"
        r"(?=[^\n.!?]*\bshots?\b)",
        "",
        text,
    )
    # "The shape wide like television please": the frame's shape, not a wide shot of everything
    text = re.sub(
        r"(?i)\b(shape|format|frame)(\s+(?:is\s+|should be\s+)?)wide\b", r"\1\2widescreen", text
    )
    # "OPEN DAY – Sunday 12 October, 11 till 4. For the open day we'd like a short film … What we
    # have in mind: …": a newsletter's heading run into its paragraph is a heading on its own line
    text = re.sub(
        r"(?m)^[ \t]*(?P<head>[A-Z][A-Z0-9&'’ ]{2,30}[A-Z])[ \t]+[-–—][ \t]+"
        r"(?=(?:[^\n]*?[.!?][ \t]+){2,}[^\n]{40,})",
        r"\g<head>\n",
        text,
    )
    # "Item 3. Boathouse roof. Quote of £3,200 received; deferred to June. / Item 4. Regatta
    # film. It was AGREED that …": a meeting's items, of which one is the film
    if len(re.findall(r"(?im)^[ \t]*item[ \t]+\d{1,2}[.:]", text)) >= 2 and re.search(
        r"(?im)^[ \t]*item[ \t]+\d{1,2}[.:][^\n]*\b(?:film|video|reel|promo|footage|clip)s?\b", text
    ):
        text = re.sub(
            r"(?im)^[ \t]*item[ \t]+\d{1,2}[.:][ \t]*(?P<rest>[^\n]*)",
            lambda item: (
                item["rest"]
                if re.search(r"(?i)\b(?:film|video|reel|promo|footage|clip)s?\b", item["rest"])
                else f"Note: {item['rest']}"
            ),
            text,
        )
    # "(i) dawn mist on the river; (ii) close on the cox…": minutes number their items in
    # roman numerals (two or more, from "i")
    roman = r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)"
    if re.search(r"(?m)^[ \t]*\(?i[.)][ \t]+\S[^\n]*\n[ \t]*\(?ii[.)][ \t]+\S", text):
        text = re.sub(rf"(?m)^([ \t]*)\(?{roman}[.)][ \t]+(?=\S)", r"\1- ", text)
    # "box 1: oranges rolling …", "Box 2 - …": a sketch's numbered boxes are its shots
    text = re.sub(r"(?im)^([ \t]*)box[ \t]*(\d{1,2})[ \t]*[:.)-][ \t]*", r"\1\2. ", text)
    # "- [ ] 13:00 - lunch on the roof", "- [x] Length: 60s": a checklist's boxes are no words
    text = re.sub(r"(?m)^([ \t]*(?:[-*•][ \t]+)?)\[[ xX✓✔]\][ \t]*", r"\1", text)
    # (not a recording's timecodes: "0:07 So I'm thinking like 30 seconds")
    if (
        len(_CLOCK_ENTRY.findall(text)) >= 3
        and not re.search(r"(?m)^[ \t]*0:\d\d\b", text)
        and _entries_say_something(text)
    ):
        text = _CLOCK_ENTRY.sub(r"\g<indent>- ", text)
    # "¹ 1–6 July 2025, London." under a "---": a footnote is a note; its mark in the text
    # ("the fungus garden³") is no word of the picture
    # (only where there are footnotes: "120m²", "E=mc²" keep their powers)
    if re.search(r"(?m)^[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*\S", text):
        text = re.sub(r"(?m)^[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*(?=\S)", "Note: ", text)
        text = re.sub(r"(?<=[\w.,;:!?'\")])[¹²³⁴⁵⁶⁷⁸⁹⁰]+", "", text)
    # "[SHOT: the old lion head on a shelf, …]" between a script's voice-over lines: a shot
    # list written into the script, one shot a bracket (its "]" was left on the picture)
    text = re.sub(
        r"(?im)^[ \t]*\[[ \t]*(?:shot|visual|pic|picture|image|b-?roll|cut to)[ \t]*\d*[ \t]*[:.-][ \t]*"
        r"([^\]\n]+?)[ \t]*\][ \t]*$",
        r"- \1",
        text,
    )
    # "[Request] Help turning my grandpa's …": a forum post's flair names no picture
    text = re.sub(
        r"(?im)^[ \t]*\[(?:request|help|question|discussion|idea|brief|advice|feedback|wip|"
        r"serious|meta|offer|hiring|paid|unpaid)\][ \t]*",
        "",
        text,
    )
    # "shot four, the end card: 'Bindery Row'": the list's number, then the shot's own label
    text = re.sub(
        rf"(?im)^([ \t]*)(?:shot|scene)[ \t]+(?:\d{{1,2}}|{_NUMBER_WORD})[ \t]*,[ \t]*(?:the[ \t]+)?"
        r"(?=[a-z][\w' -]{1,30}:[ \t])",
        r"\1",
        text,
    )
    text = _nested_bullets(_tsv_as_list(_numbered_in_a_line(text)))
    # "actually make it 20 seconds, …, and drop the tea hut bit": a drop said after a comma is
    # a sentence of its own (the drop became a shot, and the tea hut stayed). ("…, cut to the
    # bit where she laughs" is a cut in the film, no drop.)
    text = re.sub(
        r",[ \t]*(?:and[ \t]+)?(?=(?:drop|skip|lose|cut(?![ \t]+to\b)|ditch|scrap|remove)[ \t]+"
        r"(?:the[ \t]+)?"
        r"[\w' -]{1,30}?[ \t]+(?:bit|shot|scene|part)\b)",
        ". ",
        text,
        flags=re.I,
    )
    # "Tiramisu - £6 -> cocoa dusted over the top": a line's label, then its picture
    # ("Blank canvas -> finished painting" is a change in one picture, kept as written)
    text = re.sub(
        r"(?m)^((?=[^\n]*[£$€]\s?\d|[ \t]*[\"'“‘])[^\n]{1,60}?\S)[ \t]*(?:->|→|=>)[ \t]*(?=\S)",
        r"\1: ",
        text,
    )
    # 'Ines walks into frame. INES: "You said you sold it."': a script's cue inside a shot
    text = _INLINE_CUE.sub(_inline_cue, text)
    # "V.O. (Alan, under 3 and 4): '…'": a script's voice-over label, heard under the pictures
    text = re.sub(
        r"(?m)^([ \t]*)V\.[ \t]?O\.?(?=[ \t]*(?:\([^)\n]*\))?[ \t]*:)", r"\1Voice-over", text
    )
    text = text.replace("“", '"').replace("”", '"').replace("„", '"').replace("«", '"')
    text = text.replace("»", '"').replace("’", "'").replace("‘", "'")
    text = text.replace("¡", "").replace("¿", "")  # "¡Hola!" is "Hola!"
    # "👉 tortillas puffing up 🔥": pictographs mark lines and moods, they draw nothing; a line
    # that opened on one is a list item.
    text = re.sub(r"(?m)^[ \t]*" + _EMOJI + r"[ \t]*(?=\S)", "- ", text)
    text = re.sub(_EMOJI, " ", text)
    text = re.sub(r" {2,}", " ", text)
    text = _starred_corrections(text)
    # "like maybe fifteen seconds? no actually make it twenty": the length said last counts.
    text = re.sub(
        r"(?i)\b(?:like\s+)?(?:maybe\s+)?[\w.-]+\s+(?P<unit>seconds?|secs?|sec|s|minutes?|mins?)\b"
        r"[?,.!]*\s*no,?\s*(?:wait,?\s*)?actually,?\s*(?:make it\s+|let's say\s+|more like\s+)?"
        r"(?P<n>[\w-]+)(?:\s+(?:seconds?|secs?|sec|s|minutes?|mins?)\b)?",
        lambda m: f"{m['n']} {m['unit']}",
        text,
    )
    # "vertical is fine no actually horizontal for youtube": the format said last counts.
    text = re.sub(
        r"(?i)\b(?:vertical|horizontal|square|portrait|widescreen)\b(?:\s+is\s+(?:fine|ok|good))?"
        r"[,.]?\s+no,?\s+(?:wait,?\s+)?actually,?\s+(?=(?:vertical|horizontal|square|portrait|"
        r"widescreen|landscape|16:9|9:16|1:1|4:5)\b)",
        "",
        text,
    )
    # "hey can u make…": a greeting opening the message is no part of its first sentence.
    # ("Hello from Lakeside Swimmers!" is a greeting whole: left for the talk to set aside.)
    # "Hi Sam,", "Hey Tom and Lisa!": a greeting naming whom it is to goes whole (stripping
    # only "Hi" left "Sam" as the first shot and the title).
    text = re.sub(
        r"^(?i:hey|hi|hello|hiya|heya|dear)\s+[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?"
        r"(?:\s+(?i:team|all))?\s*[,!]+\s*(?=\S)",
        "",
        text.lstrip(),
    )
    text = re.sub(
        r"(?i)^(?:(?:hey|hi|hello|hiya|yo|heya)(?:\s+(?:there|team|all|guys|folks|you))?[!,.\s]+|"
        # ("Good afternoon, my name is Sandra…"; not "Good morning light on the hills")
        r"good\s+(?:morning|afternoon|evening)\s*[!,]+\s*)(?=[a-z])(?!from\b)",
        "",
        text.lstrip(),
    )
    # "Actually, new idea: a 10 second clip of…", "Scrap that. Different brief -": the person
    # saying a brief is a new one, in the chat, is no part of it (it became the shot's words
    # and the title: "10 second clip of a cyclist…").
    text = re.sub(
        r"(?i)^(?:(?:ok(?:ay)?|so|right|actually|no|nah|wait|hmm+|scrap (?:that|this)|"
        r"forget (?:that|this|it|all that))[,.!\s]+)*(?:(?:here'?s |i have |i've got |got )?"
        r"(?:a |an )?(?:new|different|another) (?:idea|brief|plan|one|concept)|"
        r"change of plans?|(?:let'?s )?start (?:over|again)|from scratch)\s*[:.!,-]+\s*(?=\S)",
        "",
        text,
    )
    # "Halo kak!", "Hej!", "Hola equipo,": a greeting in another language, alone before its
    # first sentence (a word or two and "!" or ","), is no picture either.
    text = re.sub(
        r"(?i)^(?:halo|hallo|hola|hej|hei|ciao|salut|bonjour|bonsoir|olá|pozdrav|"
        r"dobar dan|cześć|dzień dobry|ahoj|moin|servus|grüezi|buongiorno|namaste|kia ora|"
        r"g'day|howya|howdy|selamat pagi|selamat siang|god dag|goddag|hallå)"
        r"(?:\s+[^\W\d_]+)?\s*[!,]+\s*(?=\S)",
        "",
        text,
    )
    # "a guy, no wait, a woman picking up the bouquet": the person said second is the one.
    text = re.sub(
        r"(?i)\b(?:an?|the)\s+[\w-]+(?:\s+[\w-]+)?,?\s+no,?\s+(?:wait|sorry|actually)[,.]?\s+(?=(?:an?|the)\s)",
        "",
        text,
    )
    # "I'm thinking start outside, the shop front…": the thought is the picture.
    text = re.sub(
        r"(?i)\b(?:i'm|i am|we're|we are) thinking(?: (?:we|you) (?:could|should|might|can))?\s+"
        r"(?=(?:we\s+)?(?:start|open|begin|end|finish|close)\b)",
        "",
        text,
    )
    text = text.replace("—", " - ").replace("–", "-").replace("\u00a0", " ")
    if language_of(text).code == "en":
        text = _english_chat(text)
    # 'Wake up to the north.' and 'SUMMER DUMP' are words on screen as much as "…" are; an
    # apostrophe inside a word (Pip's, it's) never opens one.
    # A poem or a script quoted over several lines is one quote: 'The river keeps … / my
    # grandmother's hat on the water.'
    text = re.sub(
        r"(?s)(?<![\w'])'((?:[^']|(?<=\w)'(?=\w)){10,600}?\n(?:[^']|(?<=\w)'(?=\w)){1,600}?[^\s'])'(?![\w'])",
        lambda m: '"' + " / ".join(x.strip() for x in m.group(1).split("\n") if x.strip()) + '"',
        text,
    )
    text = _SINGLE_QUOTED.sub(lambda m: f'"{m["words"]}"', text)
    text = "\n".join(_uncapitalised(line) for line in text.split("\n"))
    # "1) 5s – drone shot coming down…": a list that says each shot's length first, read as
    # "1) drone shot coming down… (5s)", the form the timing reads (the "5s" had been the
    # whole film's length and each line's first words)
    # ("3s - row of karts on the grid", a line each with no bullet, is a list all the same; one
    # such line alone, "20 seconds: the tea hut, the bees, the pond", is the film's length)
    lines = text.split("\n")
    listed = sum(bool(_LENGTH_FIRST.match(line)) for line in lines) >= 2
    text = "\n".join(
        _LENGTH_FIRST.sub(
            lambda m: (
                f"{m['label'] if m['label'].strip() or not listed else '- '}"
                f"{m['picture']} ({m['secs']}s)"
            ),
            line,
        )
        for line in lines
    )
    # "our van pulls up, our lad Connor jumping out - 3 secs", a line each with its length last
    # and no bullet: a list too, when two or more lines say so ("each line is how long it is")
    lines = text.split("\n")
    if sum(bool(_LENGTH_LAST.match(line)) for line in lines) >= 2:
        text = "\n".join(
            _LENGTH_LAST.sub(
                lambda m: f"{m['label'] or '- '}{m['picture']} ({m['secs']}s)",
                line,
            )
            for line in lines
        )
    # "1) felt cone softening in the steam 5s 2) my dad Vic pulling … 5s": list items, each
    # with its length typed last and nothing between (it stayed in the picture, and items read
    # as lengths alone were lost)
    lines = text.split("\n")
    if sum(bool(_LENGTH_TRAILING.match(line)) for line in lines) >= 2:
        text = "\n".join(
            _LENGTH_TRAILING.sub(lambda m: f"{m['label']}{m['picture']} ({m['secs']}s)", line)
            for line in lines
        )
    # "Without cutting, the camera tracks…", "same take, push in": the shot goes on from the one
    # before; said so, the comma after it splits nothing.
    # "she does a spin and (SAME SHOT no cut, it's the trend thing) she's suddenly in…": an
    # aside that says the shot goes on from the one before, for its whole line
    text = "\n".join(
        re.sub(
            r"^(\s*(?:\(?\d{1,2}[.)]|[-*•])?\s*)", r"\1continuing ", _SAME_SHOT_ASIDE.sub(" ", line)
        )
        if _SAME_SHOT_ASIDE.search(line)
        else line
        for line in text.split("\n")
    )
    # "same shot, don't cut - the caber landing…": the same saying as "no cut"
    text = re.sub(
        r"(?i)\b(same (?:shot|take)),?\s+(?:don'?t|do not)\s+cut(?:\s+away)?\b", r"\1, no cut", text
    )
    # "5. Same shot, no cut: Hattie pushing toast…", "No cut - she turns": the picture goes on
    # from the one before (read as a rule, "no cut", the whole item was lost)
    text = re.sub(
        r"(?im)^([ \t]*(?:\(?\d{1,2}[.)]|[-*•])?[ \t]*)(?:same (?:shot|take)[ \t]*,?[ \t]*)?"
        r"(?:no cut|without (?:a )?cut)[ \t]*[:\-–—,][ \t]*(?=\S)"
        # (a rule for the edit is no picture: "- No cut: the dance has to play as a single shot")
        r"(?![^\n]*\b(?:has to|have to|must|should|needs? to|single (?:shot|take)|one take|"
        r"throughout|at all|anywhere)\b)",
        r"\1continuing ",
        text,
    )
    # "- the caber toss: … tossing it - give this one 10 seconds, it's the one everyone waits
    # for": the item's own length, and why (the item was lost)
    text = re.sub(
        r"(?im)[ \t]+[-–—][ \t]*(?:give|allow)[ \t]+(?:this|that)(?:[ \t]+(?:one|shot|bit))?[ \t]+"
        r"(?:about[ \t]+|around[ \t]+)?(?P<n>\d+(?:\.\d+)?)[ \t]*(?:s|secs?|seconds?)\b"
        r"(?:[ \t]*,[ \t]*(?:it'?s|that'?s|as|because|cos|since)\b[^\n]*)?[ \t]*$",
        r" (\g<n>s)",
        text,
    )
    # "cont. from SH03, no cut - the boat tips over…": a shot list's own way to say it
    text = re.sub(
        r"(?i)\bcont(?:'?d|\.|inued)?\s+from\s+(?:sh|shot|sc|scene)\s*[.#]?\s*0*(\d{1,2})[a-z]?\b",
        r"continues from shot \1",
        text,
    )
    # "Continuing from that, no cut: we follow the arrow…", "keep rolling from that - same
    # shot, no cut - as she humps down the sand": one saying, however it is strung together
    text = re.sub(
        r"(?i)\b(?:continuing|continues(?= from (?:shot )?\d)|keep(?:ing)? rolling|still rolling|"
        # ("same shot still going - he topples…": the take goes on)
        r"(?<![\w,] )same (?:shot|take),? still (?:going|rolling|running)|"
        # ("The kids carry on, laughing…" is the kids, not the camera)
        r"(?:carrying|carry) on(?= from))(?: (?:on )?from (?:that|there|this|the last one|the "
        # ("4) continues from 3, the limb swinging down": from the shot before it)
        r"previous (?:one|shot)|(?:shot )?\d{1,2}))?(?: (?:that|the|this) same (?:clip|shot|take)"
        r"(?:\s+(?:without (?:a )?cut(?:ting)?|no cut))?)?"
        r"(?:\s*[,:-]\s*(?:same (?:shot|take)|no cut|without (?:a )?cut(?:ting)?|one take))*"
        # ("…jump – and keep rolling from that as he lands": the next moment, said straight on)
        r"(?:\s*[,:-]\s*(?=\w)|(?<=that)\s+(?=(?:as|while|when|until)\s))",
        "continuing ",
        text,
    )
    # "…, and then – same shot, no cutting away – Pablo dropping it": the take goes on, said
    # between dashes
    text = re.sub(
        r"(?i)[ \t]*[-–—][ \t]*(?:the[ \t]+)?same[ \t]+(?:shot|take)(?:[ \t]*,?[ \t]*(?:no|without)[ \t]+"
        r"(?:a[ \t]+)?cut(?:ting)?(?:[ \t]+away)?)?[ \t]*[-–—][ \t]*",
        " continuing, ",
        text,
    )
    text = re.sub(
        # ("Still in the same take, the whole blanket collapses")
        r"(?i)\b(?:still\s+)?(?:without (?:a )?cut(?:ting)?|(?:in )?(?:the )?same take|no cut|"
        r"in one take|uninterrupted)\s*,\s*",
        "continuing ",
        text,
    )
    if text.count('"') % 2:
        # 'a 30" treatment': film's mark for seconds, not a quote that runs to the end.
        text = re.sub(r'(?:(?<=[\s/(])|^)(\d{1,3})"(?=[\s,.;)/]|$)', r"\1s", text)
    text = re.sub(r"[ \t]+", " ", text)
    return "\n".join(line.strip() for line in text.splitlines())


_LENGTH_TRAILING = re.compile(
    r"^(?P<label>[ \t]*(?:[-*•][ \t]+|\(?\d{1,2}[.)][ \t]+))(?P<picture>\S[^\n]*?[^\W\d_])"
    # (never the thing's own time: "boils for 90 seconds", "lasts 5 seconds")
    r"(?<!\bin)(?<!\bfor)(?<!\bunder)(?<!\bover)(?<!\bafter)(?<!\bevery)(?<!\babout)"
    r"(?<!\btakes)(?<!\blasts)(?<!\bjust)(?<!\bonly)(?<!\bto)(?<!\bat)(?<!\bof)(?<!\bby)"
    r"(?<!\bthan)(?<!\bwithin)(?<!\baround)(?<!\bfirst)(?<!\blast)(?<!\bnext)"
    # (nor a decade or a record: "dressed up like the 60s", "a crate of old 45s", "T-minus 10s")
    r"(?<!\bthe)(?<!\bold)(?<!\bsoul)(?<!\bearly)(?<!\blate)(?<!\bmid)(?<!\bminus)(?<!\bher)"
    r"(?<!\bhis)(?<!\btheir)(?<!\bour)(?<!\bmy)"
    r"[ \t]+(?P<secs>\d{1,2}(?:\.\d)?)[ \t]*(?:s|secs?|seconds?)\.?[ \t]*$",
    re.IGNORECASE,
)
_LENGTH_FIRST = re.compile(
    # (never a decade: "- 80s – neon synthwave look")
    r"^(?P<label>\s*(?:\(?\d{1,2}[.)]|[-*•])?\s*)(?P<secs>(?![2-9]0s\b)\d{1,2}(?:\.\d)?)\s*"
    r"(?:s|sec|secs|seconds)\s*[–—:-]\s*(?P<picture>\S.*)$",
    re.IGNORECASE,
)


def _english_chat(text: str) -> str:
    """An English chat's shorthand, typos and fillers, read as meant. Only for a brief in
    English: "u" is Croatian "in", "er" Danish "is", "um" German "at"."""
    # A chat's typos: "teh clippers", "realy happy", "checkin his fade".
    for typo, word in (
        ("teh", "the"),
        ("hte", "the"),
        ("realy", "really"),
        ("adn", "and"),
        ("taht", "that"),
        ("jsut", "just"),
        ("wiht", "with"),
        ("becuase", "because"),
        # set AE: "somone collecting eggs" (cast as a person called Somone)
        ("somone", "someone"),
        ("someome", "someone"),
        ("sombody", "somebody"),
        ("evryone", "everyone"),
        ("everyon", "everyone"),
        ("peopel", "people"),
    ):
        text = re.sub(rf"\b{typo}\b", word, text)
        text = re.sub(rf"\b{typo.capitalize()}\b", word.capitalize(), text)
    # (never a name: "Ashwin" is no "Ashwing")
    text = re.sub(r"\b([a-z]\w{2,}in)'?(?=\s)", lambda m: _dropped_g(m.group(1)), text)
    # "ok so picture this the harbour at night": the picture follows the invitation.
    text = re.sub(r"(?i)\b(?:ok(?:ay)?\s+)?(?:so\s+)?(?:picture|imagine)\s+this[:,]?\s+", "", text)
    # A chat's shorthand: "blow dry w the fur going crazy", "end w our name", "can u make".
    text = re.sub(
        r"(?i)\bw/\s*|\bw(?=\s+(?:the|a|an|our|my|her|his|their|some|lots|no)\b)", "with ", text
    )
    # "hi, im a driving instructor": the apostrophe a quick message leaves out (German "im
    # Hochformat" is followed by a capital or by none of these words)
    text = re.sub(
        r"\b[Ii]m(?=\s+(?:a|an|the|looking|hoping|after|trying|not|so|just|making|thinking|"
        r"planning|wanting|going|opening|starting|launching|based|running|doing|really|also)\b)",
        "I'm",
        text,
    )
    text = re.sub(r"\bu\b(?=\s)", "you", text)
    text = re.sub(r"\bur\b(?=\s)", "your", text)
    # "all the bags lined up in rows like and the mountains behind": a spoken "like" that ends
    # a thought is a filler too
    text = re.sub(r"(?i)\s+like(?=\s+(?:and|then|so|but)\b|\s*[,.!?]|\s*$)", "", text)
    # "um then like a spin class": and one said after "then", before what is seen
    text = re.sub(
        r"(?i)(?<=\bthen\s)(?:(?:um+|uh+|erm+),?\s+)?like,?\s+"
        r"(?=(?:a|an|the|some|someone|everyone|people|our|my)\b)",
        "",
        text,
    )
    # "and then end on the logo I guess", "a sunset or something": the hedge is no picture
    text = re.sub(
        r"(?i),?\s+(?:i guess|i think|i suppose|or something(?: like that)?|or whatever)"
        r"(?=\s*[,.!?;]|\s*$)",
        "",
        text,
    )
    # "ok so um this is for the listing, uh, vertical": a voice note's fillers say nothing.
    text = re.sub(
        r"(?i)(?:^|(?<=[\s,.(]))(?:um+|uh+|erm+|er|uhm+|lol|lmao|idk|tbh|imo|yeah|yep)(?=[\s,.!?)]|$),?",
        "",
        text,
    )
    return text


def _dropped_g(word: str) -> str:
    """ "checkin" → "checking" when that is the word (not "cabin", "basin")."""
    return f"{word}g" if not is_english_word(word) and is_english_word(f"{word}g") else word


def _uncapitalised(line: str) -> str:
    """A line typed in capitals ("SHOT 2 - CLOSE ON NINA'S FINGERS ON THE BASS FRETS") in the
    case a sentence has: words in lower case, the rest (names) capitalised; quoted words stay."""
    letters = [c for c in re.sub(r'"[^"]*"', "", line) if c.isalpha()]
    if re.search(r"\b(?:INT|EXT|I/E)\.", line):
        return line  # a screenplay's slugline is in capitals by rule
    if len(letters) < 12 or sum(c.isupper() for c in letters) / len(letters) < 0.9:
        return line

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if m.start() and line[m.start() - 1] == '"':
            return w
        return w.lower() if is_english_word(w) or len(w) <= 2 else w.capitalize()

    parts = re.split(r'("[^"]*")', line)
    return "".join(p if p.startswith('"') else re.sub(r"[A-Z][A-Z'-]*", one, p) for p in parts)


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators outside double quotes and brackets: "Keep more, of what" and
    "JONAH (60s, yellow oilskins)" stay whole."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    depth = 0
    for at, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "([" and not quoted:
            depth += 1
        elif ch in ")]" and not quoted:
            depth = max(0, depth - 1)
        # "a spreadsheet with 1,284 rows": a comma between digits groups thousands
        thousands = (
            ch == ","
            and at
            and text[at - 1].isdigit()
            and re.match(r"\d{3}(?!\d)", text[at + 1 : at + 5]) is not None
        )
        if ch in separators and not quoted and depth == 0 and not thousands:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _prose_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, ending at . ! ? outside quotes when a space or the end follows."""
    out: list[str] = []
    current: list[str] = []
    quoted = False
    for i, ch in enumerate(text):
        current.append(ch)
        if ch == '"':
            quoted = not quoted
            # A quote that closes a sentence: "…a bit." The other laughs.
            if not quoted and i >= 1 and text[i - 1] in ".!?" and _next_starts_sentence(text, i):
                out.append("".join(current).strip())
                current = []
            continue
        at_break = ch in ".!?" and (i + 1 == len(text) or text[i + 1] in " \n")
        so_far = "".join(current)
        if (
            at_break
            and ch == "."
            and re.search(r"(?:^|\s)\d{1,2}\.$", so_far)
            and re.search(r"(?:^|[:\s])1\.(?:\s|$)", so_far)
            and text[i + 2 : i + 3].isupper()
        ):
            at_break = False  # "the results card: 1. Vidal 2. Brandt": a list's numbers
        if (
            at_break
            and re.search(r"\b(?:No|Nos|no|Op|Vol)\.$", so_far)
            and re.match(r" \d", text[i + 1 : i + 3])
        ):
            at_break = False  # "the No. 4 horse tram", "Op. 27": a number's label
        if (
            at_break
            and (
                re.fullmatch(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z]\.\s*)+", so_far)
                # ("Proposed P. Lamb, seconded S. Reid": a surname, then a comma)
                or (
                    re.search(r"(?:^|\s)[A-Z]\.$", so_far) is not None
                    and re.match(r" [A-Z][a-z'-]+(?:[,)]|$)", text[i + 1 : i + 24]) is not None
                )
            )
            and re.match(r" [A-Z](?:\.|[a-z'-]+\b)", text[i + 1 : i + 12])
            and not re.match(
                r" (?:The|Then|A|An|We|I|It|This|That|Next|Finally|After|And|But|So|Our|My|Shot)\b",
                text[i + 1 : i + 12],
            )
        ):
            at_break = False  # "R. Ainsworth", "J. K. Rowling": an initial, not a sentence's end
        if at_break and not quoted and not _ABBREVIATIONS.search("".join(current)):
            out.append("".join(current).strip())
            current = []
    tail = "".join(current).strip()
    if tail:
        out.append(tail)
    return [s for s in out if s.strip(" .!?")]


def _next_starts_sentence(text: str, i: int) -> bool:
    rest = text[i + 1 :].lstrip(" ")
    return not rest or rest[0].isupper() or rest[0] in "\n-*•"


# A line that stops on one of these goes on in the next line: "a woman walks into the / kitchen"
# stops mid-phrase, "… onto a forearm" does not, nor does "cling film on".
_OWN_LINE_START = re.compile(
    r"(?:end|ending|last|final|first|open|opening|then|next|after that|finally|close|closing|"
    r"end card|end frame|card|super|title|logo)\s*:\s|(?:oh\s+and|oh,|(?-i:Also),?|"
    r"p\.?s\.?)\s"
    # "Croissant £2.80: a croissant torn open": a line that opens on a priced label of its own
    r"|(?-i:[A-Z][\w'&-]*)(?:[ \t]+[\w'&-]+){0,3}[ \t]*[£$€][ \t]?\d+(?:[.,]\d{2})?[ \t]*:[ \t]",
    re.IGNORECASE,
)
_NEXT_STEP = re.compile(
    r"(?:and\s+)?(?:then|next(?!\s+(?:to|door)\b)|after that|finally|lastly|end (?:on|with)|"
    # ("keep rolling - he lets go…", "same shot still going - …": the take goes on, a line of
    # its own all the same)
    r"keep(?:s)? rolling|still rolling|same (?:shot|take)|no cut|continuing)\s+"
    r"\S+\s+\S",  # (at least two words after it: "then ever" is a typo of "than ever")
    re.IGNORECASE,
)
_MID_CLAUSE = re.compile(r"\b(?:until|till|as|when|while|before|after|because|so)\s*$", re.I)
_OPEN_END = re.compile(
    r"(?:,|\b(?:the|a|an|and|or|but|of|to|with|into|onto|her|his|their|its|our|my|your|while|"
    r"is|are|was|were|that|who|which))\s*$",
    re.IGNORECASE,
)


_CAPS_LABEL = re.compile(r"^[A-Z][A-Z0-9'&]{2,}(?:\s+[A-Z0-9'&]{2,}){0,2}\s*(?:-|–|—|:)\s")


_HEADER_LINE = re.compile(r"^(?:from|to|cc|bcc|re|fwd?|subject|sent|date)\s*:\s*\S", re.I)


# A brief in headed sections (an agency's BACKGROUND / OBJECTIVE / STORY / SHOTS / NOTES): the
# headings, and which of them hold the pictures
_SECTION = re.compile(
    r"^[ \t]*(?P<head>(?i:background|objectives?|goals?|aims?|the ask|story|synopsis|concept|"
    r"idea|insight|proposition|context|audience|target audience|tone|tone of voice|look and feel|"
    r"look|style|mood|music|sound|audio|vo|voice-?over|deliverables?|specs?|format|notes?|"
    r"mandatories|legal|budget|timings?|timeline|schedule|cast|talent|references?|"
    r"cta|call to action|key messages?|brand|product|client|overview|summary|"
    r"shots|shot list|storyboard|scenes|visuals|script|sequence))[ \t]*:?[ \t]*$"
)
_PICTURE_SECTION = re.compile(r"(?i)shots|shot list|storyboard|scenes|visuals|script|sequence")
# (a section that tells the story beside a shot list is its background, never more shots)
_STORY_SECTION = re.compile(r"(?i)story|synopsis|concept|idea|insight|proposition")


# "Brand guidelines (please follow):", "Rules for the shoot:": a list of rules, not of pictures
_RULES_HEADING = re.compile(
    r"(?i)^[ \t]*(?:our\s+|the\s+)?(?:brand\s+|style\s+|house\s+)?(?:guidelines?|"
    r"restrictions|mandatories|do'?s (?:and|&) don'?ts|dos (?:and|&) don'?ts)\b"
    # (never "Specs to show:", "Rules of the game (show each…)": pictures)
    r"(?![^:\n]*\b(?:show|film|shots?|see)\b)[^:\n]{0,40}:[ \t]*$"
)


def _rules_as_notes(text: str) -> str:
    """The items under a rules heading as notes ("• Logo: minimum clear space of 1x the 'H';
    never place on a busy background" was a shot, and a second card)."""
    out: list[str] = []
    ruling = False
    for line in text.split("\n"):
        if _RULES_HEADING.match(line):
            ruling = True
            out.append(line)
            continue
        if ruling and _ITEM.match(line):
            out.append(f"Note: {_ITEM.sub('', line, count=1).strip()}")
            continue
        ruling = False  # the list ends at the first line that is no item
        out.append(line)
    return "\n".join(out)


def _sections_as_notes(text: str) -> str:
    """In a brief of headed sections with one that lists the shots, the other sections' prose
    and notes are notes under their heading ("Notes: Nobody speaks on camera…"): read for the
    length, aspect and rules they state, never pictures. (The OBJECTIVE's paragraph was S01, read
    as OBJECTIVE speaking it, and each NOTES bullet was a shot: 9 shots for a 6-shot list.)
    Only where the shots section lists them: "SHOTS: Handheld, natural light" over a STORY that
    tells the pictures is a note on the story. An item elsewhere that shows something ("5. Medal
    being put round a child's neck" under Notes) and a card ("End card: …" under CTA) stay."""
    lines = text.split("\n")
    heads = [
        (i, m["head"])
        for i, line in enumerate(lines)
        if (m := _SECTION.match(line))
        # a heading in capitals, or one ending on its colon ("Shots" alone may be a picture)
        if m["head"].isupper() or line.rstrip().endswith(":")
    ]
    pictures = [h for _, h in heads if _PICTURE_SECTION.fullmatch(h)]
    if len(heads) < 3 or not pictures or len(pictures) == len(heads):
        return text
    ends = [*(i for i, _ in heads[1:]), len(lines)]
    listed = any(
        sum(bool(line.strip()) for line in lines[at + 1 : end]) >= 2
        for (at, head), end in zip(heads, ends, strict=True)
        if _PICTURE_SECTION.fullmatch(head)
    )
    if not listed:
        return text
    out: list[str] = lines[: heads[0][0]]
    for (at, head), end in zip(heads, ends, strict=True):
        body = lines[at + 1 : end]
        if _PICTURE_SECTION.fullmatch(head):
            out.extend([f"{head.title()}:", *body])
            continue
        label = "Background" if _STORY_SECTION.fullmatch(head) else head.capitalize()
        for line in body:
            if logo := re.match(
                r"(?i)^\s*(?P<name>[^,.:]{2,60}),\s*(?:with\s+)?(?:the\s+)?logo "
                r"(?:at|on) the end\.?\s*$",
                line,
            ):
                out.append(f"End card: the {logo['name'].strip()} logo")  # "BRAND: Deckhands…"
                continue
            if _A_CARD_LINE.search(line) or (_ITEM.match(line) and not _A_NOTE.search(line)):
                out.append(line)  # a card, or an item that shows something, wherever it is
                continue
            words = _ITEM.sub("", line, count=1).strip()
            out.extend(f"{label}: {said}" for said in _prose_sentences(words) if said.strip())
        out.append("")
    return "\n".join(out)


# A line of a notes section that asks for a card ("End card: …", "logo at the end")
_A_CARD_LINE = re.compile(
    r"(?i)\b(?:end card|title card|end slate|end frame|logo at the end|end on (?:the|our) logo|"
    r"finish on (?:the|our) logo|super)\s*:?"
)
# …and an item that is a note, not a picture: a rule, a request, who handles what
_A_NOTE = re.compile(
    r"(?i)\b(?:please|will|must|mandatory|should|need|needs|nobody|no one|not|don'?t|never|"
    r"client|legal|vo|voice-?over|music|audio|handled|budget|deadline|supers?|approval|"
    r"sign-?off|avoid|make sure|ensure|leave|allow|cut-?downs?|deliver\w*|briefed)\b|^\s*\S+\s*:"
)


def _paragraphs(text: str) -> list[tuple[str, bool]]:
    """(text, is a list item): list items and lines after a full stop stand alone; a line that a
    window wrapped mid-sentence joins the line before it."""
    blocks: list[tuple[str, bool]] = []
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    # Notes typed a line each ("artist Rosa stencils a swallow onto a forearm / needle close up,
    # ink + blood wiped away / …") are short lines; a window wraps at 60 characters or more.
    notes = len(lines) >= 4 and sorted(map(len, lines))[len(lines) // 2] < 60
    # A chat message typed a line a thought, no line ending on a stop: no window wrapped them
    # (a wrapped paragraph ends on its stop) — "…in her volunteer tabard" / "she does a spin…"
    notes = notes or (
        len(lines) >= 4 and not any(line.endswith((".", "!", "?", ":", '"')) for line in lines)
    )
    # A window wraps a line near its width; a line well short of the longest one ended there.
    width = max(map(len, lines), default=0)
    last_line = ""
    for line in text.split("\n"):
        previous_line, last_line = last_line, line.strip()
        if not line.strip():
            blocks.append(("", False))
            continue
        item = bool(_ITEM.match(line))
        stripped = _ITEM.sub("", line, count=1) if item else line
        # "EVAPORATION - sun beating down on a lake": a line that opens on a label in capitals
        # is a stage of a list, one shot, however long the line before it.
        item = item or bool(_CAPS_LABEL.match(line.strip()))
        if item or not blocks or not blocks[-1][0]:
            blocks.append((stripped, item))
            continue
        previous, was_item = blocks[-1]
        ends = previous.rstrip().endswith((".", "!", "?", ":", '"')) or len(previous) < 40
        # "From: Communications Team, …", "Re: Video - …": an email's header is one line
        ends = ends or bool(_HEADER_LINE.match(previous))
        ends = ends or (notes and not _OPEN_END.search(previous))
        ends = ends or (len(previous_line) < 0.75 * width and not _OPEN_END.search(previous))
        # After a list item only a lower-case line continues it; "20s" below a list is its own.
        ends = ends or (was_item and not stripped[:1].islower())
        # "end: "Blind Date With A Book"", "oh and our shop cat…": a line that opens on a label
        # or an afterthought was typed as a line of its own, however long the one before
        ends = ends or bool(_OWN_LINE_START.match(stripped))
        # "…cant miss me / then a drone shot outside…": a line that opens on the next step of
        # the film was typed as a line of its own (a window wraps "…and / then sits" mid-phrase)
        ends = ends or bool(
            _NEXT_STEP.match(stripped)
            and not _OPEN_END.search(previous)
            and not _MID_CLAUSE.search(previous)
        )
        if ends or SHOT_MARKER.match(stripped):
            blocks.append((stripped, False))
        else:
            blocks[-1] = (f"{previous} {stripped}", was_item)
    return [(b, item) for b, item in blocks if b.strip()]


TIMECODE = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?)\s*-\s*"
    r"(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?)\s*[:,-]?\s*"
    # "5-12s: drone following an eight": a range in seconds
    r"|^\s*(?P<start_s>\d{1,3}(?:\.\d+)?)\s*(?:s|sec|secs)?\s*-\s*"
    r"(?P<end_s>\d{1,3}(?:\.\d+)?)\s*(?:s|sec|secs|seconds)\b\s*[:,-]?\s*",
    re.IGNORECASE,
)


def without_item_lengths(text: str) -> str:
    """The text without the lengths list items give themselves, which are no total length."""
    lines = []
    for line in _table_as_list(text).split("\n"):
        if _ITEM.match(line) or SHOT_MARKER.match(line.strip()):
            line = ITEM_SECONDS.sub("", line)
            line = TIMECODE.sub("", _ITEM.sub("", line, count=1))
            line = ITEM_SECONDS_FIRST.sub("", line)
            if labelled := _LABEL_SECONDS.match(line):  # "AERIAL - 5s - drone …"
                line = f"{labelled['label']} - {line[labelled.end() :]}"
        lines.append(line)
    return "\n".join(lines)


_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_CELL_SECONDS = re.compile(r"^(?P<secs>\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)$", re.IGNORECASE)


# A table cell that is a time: "00:00:05:00" (SMPTE, frames last), "0:05", "01:05.5".
_CELL_TIME = re.compile(r"(?:\d{1,2}:){1,3}\d{1,2}(?:\.\d+)?")
_HEADER_CELLS = re.compile(r"(?:[A-Za-z#][A-Za-z#./ ]{0,20})(?: \| [A-Za-z#][A-Za-z#./ ]{0,20})+")


def _cell_time(cell: str) -> float:
    """Seconds of a time cell; SMPTE's fourth field counts frames (at 25 a second: the frames
    move a cut by less than a frame's worth of the plan's own rounding)."""
    parts = cell.split(":")
    frames = float(parts.pop()) / 25 if len(parts) == 4 else 0.0
    return timecode(":".join(parts)) + frames


_SECONDS_COLUMN = frozenset({"secs", "sec", "seconds", "s", "duration", "dur", "length", "len"})
_WORDS_COLUMN = frozenset(
    {"on_screen", "on screen", "onscreen", "text", "caption", "super", "card"}
)


# "SH01 | 72f | WIDE - rainy terraced street…": a shot table typed without its outer bars
_BARRED = re.compile(r"^[ \t]*[^|\n]*[^|\s][^|\n]*(?:\|[^|\n]*[^|\s][^|\n]*){2,}[ \t]*$")
_CELL_FRAMES = re.compile(r"^(?P<n>\d{1,5})\s*(?:f|fr|frames?)$", re.IGNORECASE)
_FPS = re.compile(r"\b(\d{2}(?:\.\d+)?)\s*fps\b", re.IGNORECASE)
_SHOT_ID = re.compile(r"(?i)(?:sh|shot|sc|scene|s)[ .#-]*\d{1,3}[a-z]?")


def _piped_rows(lines: list[str]) -> list[str]:
    """Rows of cells between bars, typed without the bars at either end, as a table's rows (two
    or more in a row with as many cells; one such line is a line with bars in it)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and _BARRED.match(lines[j])
            and not _TABLE_ROW.match(lines[j])
            and lines[j].count("|") == lines[i].count("|")
        ):
            j += 1
        cells = [[c.strip() for c in lines[k].split("|")] for k in range(i, j)]
        # (rows that open on their number are read as a numbered list already: "1 | 0:00-0:04
        # | …"; these are the rows named by a shot id or timed in frames)
        named = all(
            _SHOT_ID.fullmatch(row[0]) or any(_CELL_FRAMES.match(c) for c in row) for row in cells
        )
        if j - i >= 2 and named:
            for k in range(i, j):
                out[k] = f"| {lines[k].strip()} |"
        i = max(j, i + 1)
    return out


def _table_as_list(text: str) -> str:
    """A markdown shot table ("| 1 | Aerial over the vineyards | 5s |") as a list, one item a
    row: the number column goes, a length column becomes the item's length, the rest is the shot.
    The header row (the one above the |---| rule) names columns and is no shot."""
    lines = _piped_rows(text.split("\n"))
    fps = float(m[1]) if (m := _FPS.search(text)) and float(m[1]) > 0 else FPS
    out: list[str] = []
    header: list[str] = []
    for i, line in enumerate(lines):
        row = _TABLE_ROW.match(line)
        if row is None:
            out.append(line)
            continue
        if _TABLE_RULE.match(line):
            continue
        cells = [c.strip() for c in row["cells"].split("|")]
        if i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            header = [c.lower() for c in cells]
            continue
        if len(header) == len(cells):
            # "| n | secs | shot | on_screen |": a bare number under "secs" is the length, and
            # the words under "on_screen" are on screen (not the shot's picture)
            for at, name in enumerate(header):
                if name in _SECONDS_COLUMN and re.fullmatch(r"\d+(?:\.\d+)?", cells[at]):
                    cells[at] = f"{cells[at]}s"
                elif name in _WORDS_COLUMN and cells[at]:
                    cells[at] = f'"{cells[at]}" on screen'.replace('""', '"')
                elif name in _TSV_NOTES:
                    # a notes column's crew notes ("HERO SHOT", "parent OK'd") are no picture
                    cells[at] = ", ".join(
                        part for part in cells[at].split(", ") if not _crew_part(part)
                    )
        first_row = i == 0 or _TABLE_ROW.match(lines[i - 1]) is None
        if first_row and _HEADER_CELLS.fullmatch(" | ".join(c for c in cells if c)):
            continue  # "| TC IN | TC OUT | PICTURE |" with no |---| under it: the column names
        seconds = next((m["secs"] for c in cells if (m := _CELL_SECONDS.match(c))), None)
        if seconds is None and (frames := next(filter(None, map(_CELL_FRAMES.match, cells)), None)):
            seconds = f"{round(int(frames['n']) / fps, 2):g}"  # "72f" at 24 fps: 3 s
        # "| 00:00:05:00 | 00:00:09:00 | Rosa stirs the mash |": in and out times, the length
        times = [_cell_time(c) for c in cells if _CELL_TIME.fullmatch(c)]
        if seconds is None and len(times) == 2 and times[1] > times[0]:
            seconds = f"{times[1] - times[0]:g}"
        words = [c for c in cells if c and not re.fullmatch(r"#?\d{1,3}\.?", c)]
        words = [c for c in words if not _CELL_SECONDS.match(c) and not _CELL_TIME.fullmatch(c)]
        words = [c for c in words if not _CELL_FRAMES.match(c) and not _SHOT_ID.fullmatch(c)]
        if words:
            out.append(f"- {'; '.join(words)}" + (f" ({seconds}s)" if seconds else ""))
    return "\n".join(out)


# "next to its walnut sheath... no, next to its leather roll": the writer corrects themselves
_CORRECTED = re.compile(
    # ("the kibble... sorry, the air-dried nuggets", "the blue van… I mean the red one")
    r"(?P<said>[^.!?\n]*?)(?:\.{2,3}|…)\s*(?:no,\s*(?:sorry,\s*)?|sorry,\s*|(?=i mean\b|i meant\b))"
    r"(?:i mean[st]?,?\s*)?(?P<meant>[^.!?\n]+)",
    re.IGNORECASE,
)


def _correction(m: re.Match[str]) -> str:
    """What was meant, in place of what it corrects: from where the correction's first words
    were said before ("next to its …"), else the last word said."""
    said, meant = m["said"], m["meant"]
    words = meant.split()
    for opening in (" ".join(words[:2]), " ".join(words[:1])):  # "next to its…", "a blue van"
        found = re.search(
            rf"(?i)(?:^|\s)({re.escape(opening)})\b(?!.*\b{re.escape(opening)}\b)", said
        )
        if opening and found:
            return f"{said[: found.start(1)]}{meant}"
    at = max(said.rstrip().rfind(" "), 0)
    return f"{said[:at]} {meant}"


_BARE_NUMBER = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})[ \t]+(?=[^\W\d_])")


_LED_FIRST = re.compile(
    r"(?im)^[ \t]*(?:idea|ideas|shots?|shot list|plan|so|ok(?:ay)?)\s*:?\s+(?=1[ \t]+[^\W\d_])"
)


def _bare_numbers_as_items(text: str) -> str:
    """ "1 Ivy & Rafi in goggles…", "2 six glasses in a row…": lines numbered 1, 2, 3… with no
    stop or bracket after the number are a numbered list all the same ("3 eggs" alone is not).
    A word may lead the first ("idea 1 ball smashes into the pins"), and a line above the run
    may start on another number ("20 sec max")."""
    led = _LED_FIRST.sub("", text)
    found = list(_BARE_NUMBER.finditer(led))
    run: list[re.Match[str]] = []
    for m in found:
        if int(m["n"]) == len(run) + 1:
            run.append(m)
        elif len(run) >= 3:
            break
        elif not run and re.match(
            r"\d+\s*(?:s|secs?|seconds?|mins?|minutes?)\b", led[m.start("n") :]
        ):
            continue  # "20 sec max" above the run is the length, not an item
        else:
            return text  # "2 eggs / 1 cup of flour / 2 tbsp sugar / 3 apples": quantities
    if len(run) < 3:
        return text
    listed = {m.start() for m in run}
    return _BARE_NUMBER.sub(lambda m: f"{m['n']}) " if m.start() in listed else m.group(0), led)


_RUN_ON_MARK = re.compile(r"(?:^|(?<=\s))\(?(?P<n>\d{1,2})\)\s+(?=\S)")


def _run_on_items(line: str) -> str:
    """ "shots: 1) Tommo in goal … in the rain 2) Reece nutmegs someone 3) the whole team…":
    numbered items typed on one line with nothing to end each, split where the numbers run
    1, 2, 3… (a lone "2)" inside a sentence is no list)."""
    marks = list(_RUN_ON_MARK.finditer(line))
    numbers = [int(m["n"]) for m in marks]
    if len(marks) < 3 or numbers != list(range(1, len(numbers) + 1)):
        return line
    head = line[: marks[0].start()].rstrip()
    items = [
        f"{m['n']}) {line[m.end() : nxt.start() if nxt else len(line)].strip()}"
        for m, nxt in zip(marks, [*marks[1:], None], strict=True)
    ]
    return "\n".join([head, *items] if head else items)


_SUB_ITEM = re.compile(r"(?m)^[ \t]*(?P<n>\d{1,2})\.(?P<m>\d{1,2})\.?[ \t]+(?=\S)")


def _sub_numbered_as_items(text: str) -> str:
    """A formal brief's clauses ("1. Purpose. …", "3. Content. … 3.1 A wide view …, 3.2 A family
    closing a gate …"): when one clause's sub-items run 1, 2, 3…, they are the list, and only
    they (its "2. Format." was a shot, and "3.1" read as a length of 3.1 s). Another list under a
    clause ("2.3 … the following scenes: (a) … (e)") is the list instead. Either way the clauses'
    numbers go and their headings are labels ("1. Background" over "1.1 The Firm is…" was a
    shot, "Background")."""
    found = list(_SUB_ITEM.finditer(text))
    if len(found) < 2:
        return text
    by_clause: dict[str, list[int]] = {}
    for sub in found:
        by_clause.setdefault(sub["n"], []).append(int(sub["m"]))
    listed = next(
        (n for n, ms in by_clause.items() if len(ms) >= 3 and ms == list(range(1, len(ms) + 1))),
        None,
    )
    if len(re.findall(r"(?m)^[ \t]*(?:\(?[a-h]\)|[-*•])[ \t]", text)) >= 3:
        listed = None

    clause = re.compile(
        r"^[ \t]*(?P<n>\d{1,2})\.(?P<m>\d{1,2}\.?)?[ \t]+"
        r"(?:(?P<label>[A-Z][a-z]+(?: [a-z]+)?)(?:\.[ \t]+|[ \t]*$))?(?P<rest>(?=[A-Z]|$).*)$"
    )
    lines: list[str] = []
    heading = ""
    for line in text.split("\n"):
        m = clause.match(line)
        if m is None or (listed is not None and m["n"] == listed and m["m"]):
            lines.append(line)
            continue
        if not m["m"]:  # "1. Background", "1. Purpose. To remind…": a clause and its heading
            heading = m["label"] or ""
            lines.append(f"{heading}: {m['rest']}" if heading else m["rest"])
            continue
        # "1.1 The Firm is…" under "1. Background": said under its heading's label
        lines.append(f"{heading}: {m['rest']}" if heading else m["rest"])
    text = "\n".join(line for line in lines if line.strip() not in (":",))
    text = re.sub(r"(?m)^([A-Z][a-z]+(?: [a-z]+)?): $\n(?=\1: )", "", text)
    if listed is None:
        return text
    return re.sub(rf"(?m)^[ \t]*{listed}\.(\d{{1,2}})\.?[ \t]+", r"\1) ", text)


_LINE_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w' /&-]{1,30}?)\s*:\s+\S")


def sentences(text: str) -> list[Sentence]:
    """The brief as sentences and list items, each with its slugline setting and marked length."""
    out: list[Sentence] = []
    setting = ""
    normal = _rules_as_notes(_sections_as_notes(_table_as_list(normalise(text))))
    # "0:04-0:09 hands centering wet clay": a line that opens on its timecode is a timed item.
    normal = re.sub(
        r"(?m)^(?=\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?\s*-\s*\d|\d{1,3}\s*(?:s|secs?)?\s*-\s*"
        r"\d{1,3}\s*(?:s|secs?|seconds)\b\s*[:,-]))",
        "- ",
        normal,
        flags=re.IGNORECASE,
    )
    normal = _bare_numbers_as_items(_sub_numbered_as_items(normal))
    # "0:00–0:06 intro, no vocals: a porch light flickering on": the song's part, then the
    # picture (read as a rule, "no vocals", the picture went with it)
    normal = re.sub(
        r"(?im)^(?P<lead>[ \t]*(?:[-*•][ \t]+|\(?\d{1,2}[.)][ \t]+)?(?:(?:\d{1,2}:)?\d{1,2}:\d{2}"
        r"(?:\.\d+)?[ \t]*[-–—][ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?[ \t]+)?)"
        r"(?:intro|outro|verse(?:[ \t]*\d)?|chorus|pre-?chorus|bridge|middle eight|instrumental|"
        r"breakdown)(?:[ \t]*,[ \t]*(?:no vocals|no singing|instrumental|no lyrics))?[ \t]*:[ \t]+"
        r"(?=\S)",
        r"\g<lead>",
        normal,
    )
    # "METHOD" alone on its line over "1. Whisk…": the list's heading, said as one; so is a word
    # that heads a list in title case ("Specs" over "- 1.7 litres" was a shot and the title;
    # any Title Case line was too wide: "Thanks" over "- Jo" made Jo a shot)
    normal = re.sub(
        r"(?m)^([ \t]*(?:[A-Z][A-Z&' -]{1,30}?|(?:Specs?|Specifications|Features|Key facts|Facts|"
        r"Notes|Details|Shots|Shot list|Scenes|Deliverables|Ingredients|Method|Steps|Visuals)))"
        r"[ \t]*\n(?=[ \t]*(?:\(?\d{1,2}[.):]|[-*•▪–])\s)",
        r"\1:\n",
        normal,
    )
    # "the sold - no, sorry, the for sale sign": a voice note corrects itself.
    # "oh and add one of the baker dusting the loaves": a chat's shot added, said as a picture
    normal = re.sub(
        r"(?im)^([ \t]*)(?:oh[,!]?\s+)?(?:and\s+)?(?:also\s+)?(?:(?:can|could)\s+(?:you|u|we)\s+|"
        r"please\s+)?(?:also\s+)?add\s+(?:in\s+)?(?:one|a shot|a bit|a clip)\s+of\s+"
        # (asked as a question, the picture ends where the question did)
        r"(?P<picture>[^?\n]+)\?",
        r"\1\g<picture>.",
        normal,
    )
    normal = re.sub(
        r"(?im)^([ \t]*)(?:oh[,!]?\s+)?(?:and\s+)?(?:also\s+)?(?:please\s+)?(?:also\s+)?"
        r"add\s+(?:in\s+)?(?:one|a shot|a bit|a clip)\s+of\s+(?=\S)",
        r"\1",
        normal,
    )
    # "Then me cutting - no, hang on, before that, me sharpening the billhook": a false start,
    # left for what comes first
    normal = re.sub(
        r"(?i)(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<start>[^.!?\n]*?)\s-\s+no,\s+(?:hang on|wait|"
        r"hold on)[,.]?\s+(?:before that|first)[,.]?\s*(?P<then>[^.!?\n]*)",
        # (said again later, the false start goes; said only here, it comes after: "before that")
        lambda m: (
            m["then"]
            if _said_again(m["start"], m.string[m.end() :])
            else f"{m['then']}. {m['start'].strip()}"
        ),
        normal,
    )
    # "my lad Josh - no, not Josh, he's off that week, it'll be Alfie - Alfie weaving…": the
    # name taken back, and the one said instead
    normal = re.sub(
        r"\b(?P<name>[A-Z][\w'-]+)\s+-\s+no,\s+not\s+(?P=name)\b(?!')(?P<said>[^-\n]*?)-\s+"
        r"(?P<next>\S+)",
        _name_put_right,
        normal,
    )
    normal = re.sub(r"\s\S+\s+-\s+no,\s*(?:sorry,\s*)?(?:i mean,?\s*)?", " ", normal, flags=re.I)
    normal = _CORRECTED.sub(_correction, normal)
    normal = re.sub(r"\b((?:\w+\s+){1,3})\1", r"\1", normal)
    lines = [line.strip() for line in normal.split("\n") if line.strip()]
    if len(lines) >= 3 and all(
        len(line.split()) <= 4 and not re.search(r"[.!?:;,]$", line) for line in lines
    ):
        # "lighthouse / waves / gulls / keeper": a word list, one shot a line.
        # (a line already marked keeps its mark: "1. the van" was "- 1. the van", its number
        # a word of the picture)
        normal = "\n".join(line if _ITEM.match(line) else f"- {line}" for line in lines)
    normal = "\n".join(_run_on_items(line) for line in normal.split("\n"))
    if len(_INLINE_ITEM.findall(normal)) >= 2:
        # Numbered shots run together in a paragraph: each one its own line, as a list.
        normal = re.sub(r"(?m)^\s*\(?1\)\s+", "\n1) ", normal)
        normal = _INLINE_ITEM.sub(lambda m: f"\n{m['n']}) ", normal)
        # "…, 5) el logo con la fecha. Formato horizontal. ¡Gracias!": the last item ends at its
        # full stop; what follows is the brief again, not the item.
        head, _, last = normal.rpartition("\n")
        if head and (end := re.search(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", last)):
            normal = f"{head}\n{last[: end.start()]}\n\n{last[end.end() :]}"
    # A screenplay's cue: a name in capitals alone on its line, its words on the next. (A
    # heading in capitals over a list, "STEPS" then "1. Blend…", is no one speaking.)
    # A voice over the picture ("NARRATOR (V.O.)", "(O.S.)") is heard, not seen: a voice-over.
    normal = re.sub(
        r"(?m)^[ \t]*(?P<name>[A-Z][A-Z'-]{1,20})[ \t]*(?P<how>\([^)\n]*\))?[ \t]*\n[ \t]*(?P<line>(?!(?:INT|EXT)\.)(?!\(?\d{1,2}[.):]\s|[-*•▪–]\s)[^\n]+)",
        lambda m: (
            m.group(0)
            if m["name"] in ("INT", "EXT", "CUT", "FADE", "CONTINUOUS", "END")
            # a brief's heading over its section, no one speaking ("AUDIENCE" then "Families")
            else f"{m['name'].capitalize()}: {m['line'].strip()}"
            if _SECTION.match(m["name"]) or m["name"] in ("LOCATION", "LOCATIONS")
            else f'Voice-over: "{m["line"].strip()}"'
            if m["how"] and re.search(r"\b(?:V\.?\s?O|O\.?\s?S|O\.?\s?C)\b", m["how"], re.I)
            else f'{m["name"].capitalize()} says "{m["line"].strip()}"'
        ),
        normal,
    )
    # Laid out a line at a time: several lines that are each one sentence (a shot list without
    # bullets, a spec sheet, a reel's notes), rather than paragraphs of prose.
    lined = sum(len(_prose_sentences(line)) == 1 for line in lines) >= 4
    for block, item in _paragraphs(normal):
        # Each slugline becomes its own marker so that the sentences after it know where they are.
        block = SLUGLINE.sub(lambda m: f"\n{_slug(m)}\n", block)
        # "Shot 2 (4s): …" starts an item even in the middle of a paragraph.
        # Not inside quotes: 'Title card 2: "Step 1 - Sort"' is a card's words.
        block = SHOT_MARKER.sub(
            lambda m: m.group(0) if m.string[: m.start()].count('"') % 2 else f"\n{m.group(0)}",
            block,
        )
        opened: float | None = None  # "SH010 - 3s -" then a slugline: the item's body is next
        for piece in block.split("\n"):
            piece = piece.strip()
            if not piece or _SCENE_ONLY.match(piece):
                continue
            if piece.startswith("§"):
                setting = piece[1:]
                continue
            marker = SHOT_MARKER.match(piece)
            if opened is not None and not marker:
                out.append(Sentence(piece, item=True, setting=setting, seconds=opened or None))
                opened = None
                continue
            opened = None
            if (marker or item) and (
                first := ITEM_SECONDS_FIRST.match(piece[marker.end() if marker else 0 :])
            ):
                # the length said before the item, moved after it where the item lengths are read
                at = marker.end() if marker else 0
                secs = first["secs"] or first["approx"]
                piece = f"{piece[:at]}{piece[at + first.end() :].rstrip(' .')} ({secs}s)"
            at = marker.end() if marker else 0
            if (marker or item) and (labelled := _LABEL_SECONDS.match(piece[at:])):
                body = piece[at + labelled.end() :].rstrip(" .")
                piece = f"{piece[:at]}{labelled['label']} - {body} ({labelled['secs']}s)"
            tail = ITEM_SECONDS.search(piece) if marker or item else None
            span = TIMECODE.match(piece) if item else None
            if span:
                # "- 0:04–0:07 a taxi splashes through a puddle": the item lasts 3 seconds.
                lasts = timecode(span["end"] or span["end_s"]) - timecode(
                    span["start"] or span["start_s"]
                )
                body = piece[span.end() :].strip()
                if body and lasts > 0:
                    out.append(Sentence(body, item=True, setting=setting, seconds=lasts))
                    continue
            if tail:
                piece = piece[: tail.start()].strip()
            if marker:
                secs = (
                    marker.group("secs")
                    or marker.group("secs2")
                    or (tail and (tail["secs"] or tail["dashed"]))
                )
                body = piece[marker.end() :].strip()
                if body:
                    out.append(
                        Sentence(body, item=True, setting=setting, seconds=float(secs or 0) or None)
                    )
                else:
                    opened = float(secs or 0)
                continue
            if item:
                given = float(tail["secs"] or tail["dashed"]) if tail else None
                out.append(Sentence(piece.strip(), item=True, setting=setting, seconds=given))
                continue
            said = _prose_sentences(piece)
            if setting:
                said = _scene_words_joined(said)
            whole = len(said) == 1 and lined
            label = _LINE_LABEL.match(piece)
            # (a brief laid out in lines only: in one paragraph, "Client: Northwind Coffee.
            # Deliverable: … Open on a barista…" goes on to its pictures)
            under = label["label"] if label and len(said) > 1 and lined else ""
            out.extend(Sentence(s, setting=setting, line=whole, under=under) for s in said)
    return out


_FRAMING_SAID = re.compile(
    r"(?i)(?:extreme\s+)?(?:close|wide|medium|mid|tight|long|aerial|overhead|establishing|insert|"
    r"two|pov|drone|macro)(?:[- ]?(?:up|shot|angle))?"
)


def _said_again(start: str, rest: str) -> bool:
    """Whether a voice memo's false start ("Then me cutting") is said again after its "no, hang
    on, before that" (else it is the only time that picture is said, and stays)."""
    words = [w for w in re.findall(r"[a-z]{4,}", start.lower()) if w not in ("then", "first")]
    return bool(words) and all(re.search(rf"\b{w}\b", rest.lower()) for w in words[:2])


def _name_put_right(m: re.Match[str]) -> str:
    """ "my lad Josh - no, not Josh, he's off that week, it'll be Alfie - Alfie weaving": the
    name said instead; "Dad - no, not Dad, Grandad - flipping burgers": Grandad flipping."""
    instead = re.findall(r"[A-Z][\w'-]+", m["said"])
    if instead and m["next"].strip(",.") == instead[-1]:
        return m["next"]
    return f"{instead[-1]} {m['next']}" if instead else m["next"]


def _scene_words_joined(said: list[str]) -> list[str]:
    """A script's action line opening on a few words with no verb ("Sodium lights. Rain sheets
    across an empty lorry park."): what the next sentence's picture is lit or set by, not a shot
    of its own."""
    out: list[str] = []
    for sentence in said:
        if out and out[-1].endswith("\x00") and len(sentence.split()) <= 3:
            out[-1] = out[-1].removesuffix("\x00")  # ("Heat haze. Nothing for miles.": two)
        if out and out[-1].endswith("\x00"):
            # said after the picture, as a detail of it ("A van idles by the bins, neon signs":
            # said first, the comma made two shots of it)
            head = out.pop().removesuffix("\x00").rstrip(".")
            first = head.split()[0].lower()
            head = head[:1].lower() + head[1:] if is_english_word(first) else head
            body = sentence.rstrip()
            stop = body[-1] if body[-1] in ".!?" else ""
            sentence = f"{body.rstrip('.!?')}, {head}{stop}"
        words = sentence.rstrip(".").split()
        if (
            len(words) <= 3
            # ("Close. Thomas's weathered hands…": a framing said first is read as one)
            and sentence.rstrip(". ").lower() not in FRAMING_SHORTHAND
            and not _FRAMING_SAID.fullmatch(sentence.rstrip(". "))
            # ("Doug sighs.", "Tom sighs." are someone doing something)
            and is_english_word(words[0].lower())
            and not is_proper_noun(words[0])
            and not re.search(r"(?i)\b(?:he|she|they|it|we|i|you)\b|\w(?:ed|ing)\b", sentence)
            and not sentence.endswith(("!", "?", '"'))
        ):
            sentence += "\x00"  # joined to the next
        out.append(sentence)
    if out and out[-1].endswith("\x00"):
        out[-1] = out[-1].removesuffix("\x00")
    return out


def _slug(m: re.Match[str]) -> str:
    where = "interior" if m.group("where").upper().startswith("INT") else "exterior"
    place = m.group("place").strip(" -,").lower()
    time = (m.group("time") or "").lower()
    return "§" + " ".join(w for w in (where, place, time) if w)
