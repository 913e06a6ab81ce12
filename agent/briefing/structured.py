"""A brief pasted as JSON, read back as the shot list it is.

People paste what another tool gave them: `{"duration_s": 18, "aspect": "9:16", "look": "warm
16mm", "shots": [{"secs": 4, "what": "a foam blank on the stands"}, …], "do_not_show": […]}`.
Read as prose, its keys and brackets became the pictures ("\"duration_s\": 18, then \"9:16\"").
Here the object is turned into the words a person would have written — a length, a frame, a
look, "Shot 1 (4s): …" lines, notes — and the rest of the brief is kept around it. Anything that
is not a JSON object with a list of shots is left as written.
"""

from __future__ import annotations

import json
import re
from typing import Any

_NAME = ("title", "name", "project", "film", "working_title")
_SHOTS = ("shots", "scenes", "beats", "shot_list", "shotlist", "storyboard", "frames", "clips")
_LENGTH = ("duration_s", "duration", "length", "length_s", "seconds", "secs", "runtime", "total_s")
_FRAME = ("aspect", "aspect_ratio", "ratio", "format", "orientation")
_LOOK = ("look", "style", "tone", "mood", "grade", "aesthetic")
_NOT_SHOWN = ("do_not_show", "dont_show", "avoid", "never_show", "not_on_screen", "exclude")
_NOTES = ("notes", "note", "comments", "constraints")
_PICTURE = ("what", "description", "desc", "action", "visual", "shot", "prompt", "picture", "scene")
_SHOT_LENGTH = ("secs", "seconds", "duration", "duration_s", "length", "len", "s")
_FRAMING = ("framing", "shot_type", "size", "shot_size", "angle")
_CAMERA = ("camera", "move", "movement", "camera_move")
_WORDS = ("on_screen", "text", "caption", "title", "super", "card")
_CARRIES_ON = ("same_take_as_previous", "continuous", "continues", "continuing", "same_take")


def json_as_list(text: str) -> str:
    """`text` with a pasted JSON shot list written out as lines; `text` when it holds none."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return text
    try:
        found = json.loads(text[start : end + 1])
    except ValueError:
        return text
    if not isinstance(found, dict):
        return text
    shots = next((found[k] for k in _SHOTS if isinstance(found.get(k), list)), None)
    if not shots:
        return text
    name = _first(found, _NAME)
    lines = [f"Title: {_title(name)}"] if isinstance(name, str) and name.strip() else []
    lines += [*_about(found), ""]
    for n, shot in enumerate(shots, start=1):
        if line := _shot_line(n, shot):
            lines.append(line)
    lines += ["", *_notes(found)]
    before, after = text[:start].strip(), text[end + 1 :].strip()
    if lines[0].startswith("Title:"):
        # the file's name is the film's: the title line goes first ("here's the json for the
        # reel" was the title), and the words before it are a note
        lines[1:1] = [f"Notes: {before}"] if before else []
        before = ""
    return "\n".join(part for part in (before, "\n".join(lines).strip(), after) if part)


def _about(found: dict[str, Any]) -> list[str]:
    said = []
    if (length := _first(found, _LENGTH)) is not None and _number(length) is not None:
        said.append(f"{_number(length):g} seconds.")
    if (frame := _first(found, _FRAME)) is not None:
        said.append(f"{frame}.")
    if (look := _first(found, _LOOK)) is not None:
        said.append(f"Look: {_text(look)}.")
    return said


def _notes(found: dict[str, Any]) -> list[str]:
    said = []
    if (hidden := _first(found, _NOT_SHOWN)) is not None:
        said.append(f"Notes: not on screen - {_text(hidden)}.")
    if (notes := _first(found, _NOTES)) is not None:
        said.append(f"Notes: {_text(notes)}.")
    return said


def _shot_line(n: int, shot: Any) -> str:
    if isinstance(shot, str):
        return f"Shot {n}: {shot.strip()}"
    if not isinstance(shot, dict):
        return ""
    picture = _first(shot, _PICTURE)
    if picture is None:
        return ""
    words = _text(picture).strip().rstrip(".")
    if (framing := _first(shot, _FRAMING)) is not None:
        words = f"{_text(framing)}: {words}"
    if any(shot.get(k) is True for k in _CARRIES_ON):
        words = f"continuing, {words}"  # the take goes on from the shot before
    if (camera := _first(shot, _CAMERA)) is not None:
        words += f", {_text(camera)}"
    if (card := _first(shot, _WORDS)) is not None:
        words += f', "{_text(card)}" on screen'
    secs = _number(_first(shot, _SHOT_LENGTH))
    length = f" ({secs:g}s)" if secs is not None else ""
    return f"Shot {n}{length}: {words}"


def _title(name: str) -> str:
    """ "saltline-shaping-reel" → "Saltline shaping reel": a file's slug in words."""
    words = re.sub(r"[-_]+", " ", name.strip()) if " " not in name.strip() else name.strip()
    return words[:1].upper() + words[1:]


def _first(found: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in found.items()}
    return next((lowered[k] for k in keys if lowered.get(k) not in (None, "", [])), None)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds)?\s*", str(value or ""))
    return float(m[1]) if m else None


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    return str(value)


_CUE = re.compile(
    r"(?m)^[ \t]*(?P<n>\d{1,3})[ \t]*\n[ \t]*(?P<a>\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})[ \t]*-->[ \t]*"
    r"(?P<b>\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})[^\n]*\n(?P<body>(?:[ \t]*\S[^\n]*\n?)+)"
)


def srt_as_list(text: str) -> str:
    """A caption file pasted whole ("1 / 00:00:00,000 --> 00:00:03,000 / [wide: the empty
    studio at dawn] / Every morning starts the same."): each cue a shot as long as its timing, the
    bracketed line its picture and the caption its words on screen (read as prose, the five cues
    were one shot of 4 s)."""
    cues = list(_CUE.finditer(text))
    if len(cues) < 2:
        return text
    lines, end = [], 0.0
    for cue in cues:
        secs = timecode(cue["b"]) - timecode(cue["a"])
        end = max(end, timecode(cue["b"]))
        body = [x.strip() for x in cue["body"].strip().split("\n") if x.strip()]
        pictures = [x.strip("[] ") for x in body if x.startswith("[")]
        words = " ".join(x for x in body if not x.startswith("["))
        picture = "; ".join(pictures) or words
        said = f', "{words}" on screen' if pictures and words else ""
        lines.append(f"Shot {cue['n']} ({secs:g}s): {picture}{said}")
    before, after = text[: cues[0].start()].strip(), text[cues[-1].end() :].strip()
    if before:
        # ("Here's the .srt from our rough cut. … The caption lines are burned in." was a shot):
        # around a caption file, the words are about it
        before = f"Notes: {before}"
    total = (
        [f"{end:g} seconds in all."]
        if not re.search(r"\b\d+\s*(?:s|sec|secs|seconds)\b", before)
        else []
    )
    return "\n".join((before, *total, "", *lines, "", after)).strip()


def timecode(said: str) -> float:
    """Seconds of "00:00:03,000", "1:30", "0:07.5" (a caption file writes its decimals with a
    comma): the planner's one reader of clock-shaped lengths (text.py's tables use it too)."""
    seconds = 0.0
    for part in said.replace(",", ".").split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


_DIFF_HEAD = re.compile(r"(?m)^(?:diff --git |index [0-9a-f]+\.\.|--- |\+\+\+ |@@ )")


def _quoted(said: str) -> str:
    """ "BLACK CARD WHITE WORDS QUOTE SOUTH OF EVERYTHING UNQUOTE": a telegram's quotation marks."""
    return re.sub(r"\bQUOTE\s+(.+?)\s+UNQUOTE\b", r'"\1"', said, flags=re.IGNORECASE)


def applied_diff(text: str) -> str:
    """A brief pasted as a unified diff against its last version ("-Length: 30s / +Length: 15s",
    "-- Drone over the harbour"): the new version, its context and added lines without the
    marks, the removed lines gone (read as written, the removed drone was S01)."""
    if not re.search(r"(?m)^@@ -\d", text) or not re.search(r"(?m)^\+\+\+ ", text):
        return text
    out = []
    inside = started = False
    for line in text.split("\n"):
        started = started or bool(_DIFF_HEAD.match(line))
        if not started and line.strip():
            out.append(f"Notes: {line.strip()}")  # "new version below, as a diff"
            continue
        if line.startswith("@@ "):
            inside = True
            continue
        if _DIFF_HEAD.match(line):
            inside = False
            continue
        if not inside:
            out.append(line)
        elif line.startswith(("+", " ")):
            out.append(line[1:])
        elif not line.strip():
            out.append(line)
        # a "-" line is what the new version took out
    return "\n".join(out)


_NUMBERED = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)  # fmt: skip


def telegram_as_list(text: str) -> str:
    """ "NEED 30 SEC FILM … STOP SIX SHOTS STOP ONE DRONE OVER TABULAR ICEBERG STOP TWO ADELIE
    PENGUINS … STOP CREW 34 DAY 19 NOT FOR FILM STOP": a telegram's STOPs end its sentences, and
    the ones that open with ONE, TWO, THREE… in turn are its shots; the rest is about the film
    (the whole message was every shot)."""
    parts = [p.strip() for p in re.split(r"\s+STOP\b\s*", text.strip())]
    if len(parts) < 4:
        return text
    lines, at = [], 0
    for part in parts:
        first = part.split(" ", 1)
        if at < len(_NUMBERED) and first[0].lower() == _NUMBERED[at] and len(first) == 2:
            at += 1
            lines.append(f"{at}. {_quoted(first[1])}")
        elif part and part.upper() != "END":
            said = re.sub(r"\s+END$", "", part)
            lines.append(f"Notes: {said}.")
    return "\n".join(lines) if at >= 2 else text


_COMMAND = re.compile(r"(?m)^[ \t]*/(?P<verb>[a-z]+)\b[ \t]*(?P<rest>[^\n]*)$")


def commands_as_list(text: str) -> str:
    """A video bot's slash commands pasted in order ("/length 20s", "/aspect 16:9", "/style
    risograph", "/shot add a paper boat …", "/shot remove 3", "/render"): the brief they leave,
    with a removed shot gone (the commands were the shots' words, "/shot" and all)."""
    commands = list(_COMMAND.finditer(text))
    if len(commands) < 3 or sum(c["verb"] == "shot" for c in commands) < 2:
        return text
    about: list[str] = []
    shots: list[str] = []
    for c in commands:
        verb, rest = c["verb"].lower(), c["rest"].strip()
        if verb == "shot" and (added := re.match(r"(?i)add\s+(.+)", rest)):
            shots.append(added[1])
        elif verb == "shot" and (gone := re.match(r"(?i)(?:remove|delete|drop)\s+(\d+)", rest)):
            if 1 <= int(gone[1]) <= len(shots):
                del shots[int(gone[1]) - 1]
        elif verb in ("length", "duration", "dur", "aspect", "ar", "format"):
            about.append(f"{rest}.")
        elif verb in ("style", "look"):
            about.append(f"Style: {rest}.")
        elif (named := re.search(r"title:\s*\"([^\"]+)\"", rest)) is not None:
            about.insert(0, f"Title: {named[1]}")
    others = _COMMAND.sub("", text).strip()
    return "\n".join([*about, "", *(f"- {s}" for s in shots), "", others]).strip()


_PSQL_RULE = re.compile(r"^[ \t]*-+(?:\+-+)+[ \t]*$")


def psql_as_table(text: str) -> str:
    """A query's result pasted from a database shell (" n | secs | shot", "---+------+-----",
    rows, "(5 rows)") as the table it is, with its pipes at both ends the way a table is read
    here; the shell's prompt and query line ("mossworks=# SELECT …") and the row count go."""
    lines = text.split("\n")
    rule = next((i for i, line in enumerate(lines) if _PSQL_RULE.match(line)), None)
    if rule is None or rule == 0 or "|" not in lines[rule - 1]:
        return text
    out = []
    for i, line in enumerate(lines):
        if re.match(r"(?i)^[ \t]*[\w-]+=[#>][ \t]*(?:select|with|table)\b", line):
            continue  # the prompt and the query
        if re.match(r"^[ \t]*\(\d+ rows?\)[ \t]*$", line):
            continue
        if i == rule:
            out.append("|" + "|".join("---" for _ in line.split("+")) + "|")
        elif i == rule - 1 or (i > rule and "|" in line):
            out.append("| " + " | ".join(c.strip() for c in line.split("|")) + " |")
        else:
            out.append(line)
    return "\n".join(out)
