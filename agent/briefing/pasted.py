"""Briefs pasted whole from another tool, put as the plain text the reader knows.

Each tool wraps the brief in its own chrome: a Google Docs export's comment anchors ("[a]") and
threads ("Marked as resolved"), a calendar invite's time slot, dial-in and guests, a meeting
transcript's "started transcription" and timestamps, a job board's price, proposals and
screening questions, a whiteboard copied off a photo (lines broken where the pen ran out of room,
items crossed out with an X either side) and lists under place headings ("INSIDE", "OUTSIDE").
Each reader here does nothing to a brief without its tool's own marks.

The exact chrome lines are as set AN's writer typed them (tests/agent/brief_corpus_an.py), not
checked against a real export of each product; they may differ by locale and version.
"""

from __future__ import annotations

import re

# A Google Docs export: "[a]" after the words a comment is anchored to, and under the text the
# comments, each opening on its anchor ("[c]Ifeoma Chukwu: … Taking this one out.") with its
# replies and "Marked as resolved" after it.
_DOCS_THREAD = re.compile(
    r"(?m)^\[(?P<tag>[a-z]{1,2})\](?P<thread>[^\n]*(?:\n(?!\[[a-z]{1,2}\])[^\n]*)*)"
)


_DOCS_DROPS = re.compile(
    r"(?i)(?<!don't )(?<!dont )(?<!do not )(?<!never )(?<!not )(?<!won't )"
    r"\b(?:(?:tak(?:e|ing)|leav(?:e|ing)|took)\s+(?:this|that|it)(?:\s+one)?\s+out|"
    r"(?:cut(?:ting)?|drop(?:ping)?|bin(?:ning)?|remov(?:e|ing)|scrap(?:ping)?|los(?:e|ing))\s+"
    r"(?:this|that|it)(?:\s+one)?(?!\s+(?:in|down|back|short))\b(?![^.!?\n]*\b(?:in|ok|fine)\b))"
)


# "30 it is", "ok 25", "fine, forty": the number a thread settles on
_DOCS_SETTLED = re.compile(
    r"(?i)\b(\d{1,3})\s+it\s+is\b|\b(?:ok|okay|fine|fair|agreed|sure|yes|yep|go with)\W+(\d{1,3})\b"
    r"|\b(\d{1,3})\s+(?:then|works|agreed)\b"
)


_DOCS_CHROME = re.compile(
    r"(?im)^[ \t]*(?:marked as resolved|re-?opened|shared with\b[^\n]*|last edit was made\b[^\n]*)"
    r"[ \t]*\n?"
)


def docs_comments(text: str) -> str:
    """A Docs export's comments, applied: a thread that takes its line out drops that line (the
    queue "we can't film … Taking this one out"); one on a length line that settles on another
    number ("45 is too long, can we do 30?" / "30 it is") changes the length; then the threads,
    the anchors and the sharing lines go (each was planned as a picture or glued to one)."""
    threads = list(_DOCS_THREAD.finditer(text))
    if not threads or not all(re.search(rf"\S\[{t['tag']}\]", text) for t in threads):
        return text
    body = text[: threads[0].start()]
    for t in threads:
        anchor = re.compile(rf"(?m)^(?P<line>[^\n]*)\[{t['tag']}\](?P<rest>[^\n]*)\n?")
        line = anchor.search(body)
        if line is None:
            continue
        thread = t["thread"]
        if _DOCS_DROPS.search(thread):
            body = body[: line.start()] + body[line.end() :]
            continue
        said = [a or b or c for a, b, c in _DOCS_SETTLED.findall(thread)]
        if said and re.search(r"(?i)\d+\s*(?:s|secs?|seconds?|minutes?)\b", line["line"]):
            settled = re.sub(
                r"\d+(?=\s*(?:s|secs?|seconds?|minutes?)\b)", said[-1], line["line"], count=1
            )
            body = body[: line.start()] + settled + line["rest"] + "\n" + body[line.end() :]
    body = re.sub(r"(?<=\S)\[[a-z]{1,2}\]", "", body)
    return _DOCS_CHROME.sub("", body).rstrip() + "\n"


# A calendar invite's or a video call's own lines: how to join, who is invited, when it reminds
_INVITE_LINE = re.compile(
    r"(?i)^[ \t]*(?:join (?:with google meet|by phone|zoom meeting|the meeting|on (?:your )?"
    r"(?:computer|mobile))|(?:meet\.google\.com|zoom\.us|teams\.microsoft\.com)/\S*|"
    r"\(?[A-Z]{2}\)?[ \t]*\+?[\d ]{7,}.*pin[ \t]*:.*|meeting id[ \t]*:.*|passcode[ \t]*:.*|"
    r"\d+[ \t]+guests?|\d+[ \t]+yes.*awaiting|organi[sz]er|optional|reminder[ \t]*:?.*|"
    r"notifications?[ \t]*:?.*|microsoft teams meeting|click here to join.*|busy|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,[ \t]+\d{1,2}[ \t]+\w+[ \t]*[⋅·-].*)[ \t]*$"
)


_JOIN_LINE = re.compile(
    r"(?i)^[ \t]*(?:join (?:with google meet|by phone|zoom meeting|the meeting)|(?:meet\.google\.com|"
    r"zoom\.us|teams\.microsoft\.com)/\S*|.*\bpin[ \t]*:.*|meeting id[ \t]*:.*|passcode[ \t]*:.*|"
    r"microsoft teams meeting|click here to join.*)[ \t]*$"
)


def calendar_invite(text: str) -> str:
    """A calendar invite pasted whole: its block of joining details, guests and times (a block
    with three or more such lines) keeps only its title line; its guests' names and "Join by
    phone" were shots."""
    blocks = re.split(r"(\n[ \t]*\n)", text)
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        # (how to join is the invite's own: "Organiser", "Optional", "Busy" alone are words)
        joining = sum(bool(_JOIN_LINE.match(line)) for line in lines)
        if joining >= 2 and sum(bool(_INVITE_LINE.match(line)) for line in lines) >= 3:
            blocks[i] = ""  # (its title, "Filming: pottery class promo", was a shot of its own)
    return "".join(blocks)


# A meeting transcript's own lines (Teams, Zoom): who started it, how long it ran, when
_TRANSCRIPT_CHROME = re.compile(
    r"(?im)^[ \t]*(?:[^\n]*\b(?:started|stopped) transcription|\d+m[ \t]+\d+s|"
    r"\d{1,2}[ \t]+\w+[ \t]+\d{4},?[ \t]+\d{1,2}:\d{2}[ \t]*(?:am|pm)?)[ \t]*$\n?"
)


def transcript(text: str) -> str:
    """A meeting transcript pasted whole, without its own lines ("Royston Baxter started
    transcription", "9m 41s", "… - Transcript"): its turns are read as a chat's (_chat_export)."""
    if not re.search(
        r"(?im)\b(?:started|stopped) transcription\b|[-–—][ \t]*transcript[ \t]*$", text
    ):
        return text
    text = _TRANSCRIPT_CHROME.sub("", text)
    return re.sub(r"(?im)^([^\n]*?)[ \t]*[-–—][ \t]*transcript[ \t]*$", r"\1", text)


# A freelance job board's posting, pasted whole: its own lines around the client's words
_JOB_BOARD_LINE = re.compile(
    r"(?i)^[ \t]*(?:posted\s+\d+\s+\w+\s+ago|worldwide|fixed-price|hourly|entry level|intermediate|"
    r"expert|experience level|project length|(?:less|more) than \d+ \w+|\d+ to \d+ months|"
    r"skills and expertise|activity on this job|proposals:.*|last viewed by client:.*|"
    r"interviewing:.*|invites sent:.*|unanswered invites:.*|about the client|payment method "
    r"(?:not )?verified|[\d.]+ of \d+ reviews?|member since.*|\$[\d,]+(?:\.\d\d)?(?:\s*-\s*\$[\d,.]+)?"
    r"|\d+ jobs? posted|[\d%]+ hire rate.*|\$[\dk,.]+ total spent)[ \t]*$"
)


_JOB_BOARD_BLOCKS = re.compile(
    r"(?im)^[ \t]*(?:skills and expertise|activity on this job|about the client)[ \t]*\n(?:[^\n]*\S[^\n]*\n?)*"
)


def job_posting(text: str) -> str:
    """A job posting from a freelance board: its chrome ("Posted 3 hours ago", "Worldwide",
    the price, "Experience Level", the skills it lists, the proposals, the client's rating) goes,
    and the client's words stay ("Motion Graphics" among the skills made every shot stylized).
    Only a text with four or more such lines is read so."""
    if sum(bool(_JOB_BOARD_LINE.match(x)) for x in text.split("\n")) < 4:
        return text
    text = _JOB_BOARD_BLOCKS.sub("", text)
    return "\n".join(x for x in text.split("\n") if not _JOB_BOARD_LINE.match(x))


_NUMBERED_LINE = re.compile(r"^[ \t]*(?:X[ \t]+)?\d{1,2}[.)][ \t]+\S")


_CROSSED_OUT = re.compile(r"^[ \t]*X[ \t]+\d{1,2}[.)][ \t]+[^\n]*[ \t]X[ \t]*$")


# "- CLOSE -" written beside an item on a board: its framing, said as a label
_BOARD_FRAMING = re.compile(r"[ \t]+-[ \t]*(CLOSE(?:[- ]?UP)?|WIDE|MEDIUM|AERIAL)[ \t]*-[ \t]*")


# "INSIDE – the arena at Cawdor Equestrian" over a numbered list, "OUTSIDE – the field…" over
# another: each list's heading, a word in capitals and where it is
_SECTION_HEAD = re.compile(
    r"(?m)^[ \t]*(?:INSIDE|OUTSIDE|INDOORS|OUTDOORS|INDOOR|OUTDOOR|FIRST HALF|SECOND HALF|PART [A-Z0-9]+|"
    r"DAY [0-9]+)[ \t]*[-–—:][ \t]*[^\n]{3,80}\n"
    r"(?=[ \t]*\d{1,2}[.)][ \t]+\S)"
)


def section_heads(text: str) -> str:
    """Two or more numbered lists each under a heading in capitals with its place ("INSIDE – the
    arena at Cawdor Equestrian"): the headings are no pictures (each was a shot of its own)."""
    if len(_SECTION_HEAD.findall(text)) < 2:
        return text
    return _SECTION_HEAD.sub("", text)


def whiteboard(text: str) -> str:
    """A numbered list whose items run on over short lines (a whiteboard copied off a photo:
    "1. mirror ball / spinning, lights / whizzing across / the floor"): each item joined up into
    one line, and an item crossed out with an X either side ("X 4. lockers X") left out. Only a
    list with two or more such run-on lines in lower case is read so."""
    lines = text.split("\n")
    if sum(bool(_NUMBERED_LINE.match(x)) for x in lines) < 3:
        return text
    out: list[str] = []
    in_item = False
    runs = 0
    for line in lines:
        stripped = line.strip()
        if _NUMBERED_LINE.match(line):
            out.append(line)
            in_item = True
            continue
        if not stripped:
            in_item = False
            out.append(line)
            continue
        item = out[-1] if in_item else ""
        open_mark = item.count("(") > item.count(")") or item.count('"') % 2 == 1
        # (a board's lines are short: a chat's next message in lower case is no run-on)
        if (
            in_item
            and len(re.findall(r"[A-Za-z']+", stripped)) <= 4
            and not stripped.endswith("?")
            and (
                open_mark
                or stripped[:1].islower()
                or not stripped[:1].isalnum()
                or (
                    len(stripped.split()) <= 2
                    and not item.rstrip().endswith((".", "!", "?", ":"))
                    and ":" not in stripped
                    and not re.match(
                        r"(?i)(?:nobody|no one|no\b|music|thanks|cheers|regards|ta\b|love\b|best\b|x+$)",
                        stripped,
                    )
                )
            )
        ):
            runs += stripped[:1].islower()
            out[-1] = _BOARD_FRAMING.sub(
                lambda f: f", {f[1].lower()}, ", f"{item.rstrip()} {stripped}"
            )
            continue
        in_item = False
        out.append(line)
    if runs < 2:
        return text
    # (its heading in capitals a word a line, "ROLLER / DISCO / VIDEO!!", is one heading; a line
    # crossed out, numbered or not, is gone; "= LAST" beside the last item says what its place does)
    kept = [
        x
        for x in out
        if not _CROSSED_OUT.match(x)
        and not re.match(r"^[ \t]*X[ \t]+.+[ \t]X[ \t]*$", x)
        # ("copied this off a photo … sorry about the layout, the ones with an X got crossed out")
        and not (
            not _NUMBERED_LINE.match(x)
            and re.search(r"(?i)\b(?:crossed out|sorry about the (?:layout|formatting|mess))\b", x)
        )
    ]
    joined: list[str] = []
    for x in kept:
        caps = re.fullmatch(r"[ \t]*[A-Z][A-Z'&]*[!?.]*[ \t]*", x)
        if caps and joined and re.fullmatch(r"[ \t]*[A-Z][A-Z'& ]*[!?.]*[ \t]*", joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()} {x.strip()}"
        else:
            joined.append(x)
    return re.sub(r"[ \t]*=[ \t]*(?:LAST|FIRST|END|START)\b", "", "\n".join(joined))
