"""A brief laid out as a nested outline ("1. Format / a. Length: 40 seconds / 2. Morning / a. The
bunting going up / i. wide, from the top of the street"), put as the flat list the reader knows.

The numbered lines are headings: over notes ("Format", "Do NOT include") their lettered lines
are notes, said as such ("Do not include the protesters outside the library."); over pictures
("Morning", "The parade") each lettered line is a shot, and the heading goes. A roman-numbered
line under a shot is how that shot is filmed when it says only that ("i. wide, from the top of
the street"), and a shot of its own when it shows something ("ii. rainbow flags flapping…").
"""

from __future__ import annotations

import re

_TOP = re.compile(r"^(?P<indent>[ \t]*)(?P<n>\d{1,2})[.)][ \t]+(?P<body>\S.*)$")
_LETTERED = re.compile(r"^(?P<indent>[ \t]*)(?P<n>[a-h])[.)][ \t]+(?P<body>\S.*)$")
_ROMAN = re.compile(r"^(?P<indent>[ \t]*)(?P<n>i{1,3}|iv|v|vi{1,3})[.)][ \t]+(?P<body>\S.*)$")

# headings over notes, not pictures
_NOTES_HEADING = re.compile(
    r"^(?:format|specs?|specifications?|details|technical|tech|logistics|deliverables?|notes?|"
    r"admin|practical(?:ities)?|budget|costs?|timings?|timeline|schedule|dates?|deadlines?|"
    r"agenda|audio|sound|music|captions?|background|context|setting|people|cast|who|"
    r"the (?:basics|brief|ask))\s*:?\s*$",
    re.IGNORECASE,
)
# headings over the film itself, said in sentences: their lines are read as the brief's own
_FILM_HEADING = re.compile(
    r"^(?:the\s+)?(?:video|film|clip|reel|content|concept|idea|brief|story|plan)\s*:?\s*$",
    re.IGNORECASE,
)
_LEAVE_OUT_HEADING = re.compile(
    r"^(?:please\s+)?(?:do\s+not|don'?t|dont|never)\s+(?:include|show|film|use)|^(?:avoid|exclude|"
    r"leave out|not in (?:it|the (?:video|film))|no[- ]go(?:es)?|off limits|please avoid)\b",
    re.IGNORECASE,
)
# a line under a shot that says only how it is filmed
_HOW_FILMED = re.compile(
    r"^(?:wide|close|closer|tight|medium|mid|aerial|drone|overhead|static|handheld|tracking|"
    r"slow[- ]?mo(?:tion)?|low angle|high angle|from (?:the )?(?:top|above|below|side|back|front|"
    r"air|drone)|pov|macro)\b",
    re.IGNORECASE,
)


def _indent(m: re.Match[str]) -> int:
    return len(m["indent"].expandtabs(4))


def outline(text: str) -> str:
    """The outline as headings, notes and a flat list of shots; any other text as it was."""
    lines = text.split("\n")
    tops = [i for i, line in enumerate(lines) if _TOP.match(line)]
    lettered = [i for i, line in enumerate(lines) if _LETTERED.match(line)]
    if len(tops) < 2 or len(lettered) < 3:
        return text
    top_indent = min(_indent(_TOP.match(lines[i])) for i in tops)  # type: ignore[arg-type]
    # lettered lines sit deeper than the numbered ones, and a numbered heading has them under it
    if not all(_indent(_LETTERED.match(lines[i])) > top_indent for i in lettered):  # type: ignore[arg-type]
        return text
    out: list[str] = []
    heading = ""
    for k, line in enumerate(lines):
        top = _TOP.match(line)
        if top and _indent(top) == top_indent:
            heading = top["body"].strip()
            following = next((x for x in lines[k + 1 :] if x.strip()), "")
            under = _LETTERED.match(following)
            if not (under and _indent(under) > top_indent):
                # "1. Setting: a small library in winter": a numbered line with nothing under
                # it says what it says, its number gone
                out.append(heading)
                heading = ""
            continue
        letter = _LETTERED.match(line)
        roman = _ROMAN.match(line)
        if letter and roman and out and _indent(roman) > _indent(letter):
            letter = None  # "i." under "h.": a roman number, deeper
        if letter and _indent(letter) > top_indent and heading:
            body = letter["body"].strip()
            if _LEAVE_OUT_HEADING.match(heading):
                out.append(f"Do not include {body.rstrip('.')}.")
            elif _NOTES_HEADING.match(heading):
                label = heading.rstrip(" :")
                # ("People / a. Grandma / b. The grandkids": who is in it, as a cast list says)
                if re.fullmatch(r"(?i)people|cast|who", label):
                    if out and out[-1].startswith("Cast: "):
                        out[-1] = f"{out[-1]}, {body}"  # one line, as the cast reader reads it
                        continue
                    label = "Cast"
                out.append(f"{label}: {body}")
            elif _FILM_HEADING.match(heading):
                out.append(body)
            else:
                out.append(f"- {body}")
            continue
        if roman and out and out[-1].startswith("- "):
            body = roman["body"].strip()
            if _HOW_FILMED.match(body) and len(body.split()) <= 8:
                out[-1] = f"{out[-1].rstrip('.')}, {body}"
            else:
                out.append(f"- {body}")
            continue
        out.append(line)
    return "\n".join(out)


# A footnote's mark: "45 seconds*", "Trench 2†", "to look‡" (and "¹", "²")
_MARKS = "*†‡§¶¹²³⁴⁵"
# (a star never after a digit: "a 5* resort" is its stars; "Trench 2†" is a footnote's)
_MARKED = re.compile(
    rf"(?:(?<=[A-Za-zÀ-ÿ.)'\"])|(?<=\d)(?=[^*]))([{re.escape(_MARKS)}]+)(?=[\s,.;:!?)–-]|$)",
    re.MULTILINE,
)
_FOOTNOTE_LINE = re.compile(rf"^[ \t]*(?P<mark>[{re.escape(_MARKS)}]+)[ \t]*(?P<body>\S.*)$")


def footnotes(text: str) -> str:
    """A brief with footnotes: the marks go from its words (a shot read "Trench 2†"), and each
    footnote line is a note ("* Our funder suggested 60 seconds…" was a listed shot)."""
    # (never markdown's emphasis: "**Shots**", "the *new* logo", a "* " bullet)
    plain = re.sub(r"\*\*[^*\n]+\*\*|(?<!\*)\*[^*\s][^*\n]*?\*(?!\*)", " ", text)
    marks = {m.group(1) for m in _MARKED.finditer(plain)}
    lines = text.split("\n")
    notes = [
        i
        for i, line in enumerate(lines)
        if (f := _FOOTNOTE_LINE.match(line))
        and f["mark"] in marks
        and not f["body"].rstrip().endswith(f["mark"])
    ]
    # each mark the body uses has one line ("45 seconds*" and "* Our funder…"); a mark on
    # several lines is a list's bullet ("Things we need*:" over "* the cake", "* the candles")
    said = [_FOOTNOTE_LINE.match(lines[i])["mark"] for i in notes]  # type: ignore[index]
    notes = [i for i, m in zip(notes, said, strict=True) if said.count(m) == 1]
    if not notes:
        return text
    noted = {_FOOTNOTE_LINE.match(lines[i])["mark"] for i in notes}  # type: ignore[index]
    for i in notes:
        f = _FOOTNOTE_LINE.match(lines[i])
        assert f is not None
        lines[i] = f"Note: {f['body']}"
    body = [i for i in range(len(lines)) if i not in notes]
    for i in body:
        lines[i] = _MARKED.sub(lambda m: "" if m.group(1) in noted else m.group(0), lines[i])
    return "\n".join(lines)
