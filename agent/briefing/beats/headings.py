"""Headings and labels: the words before a colon or a dash that say what a line is.

"Opening shot:", "Look:", "Close-up -", "Title card:" label what follows as a place in the story,
a directive, a cue, a framing or a card; "COLD OPEN - Ep 3 …", "Title: Paws & Suds" and a
letterhead in capitals head the brief itself. Patterns only, and where a line's head ends
(`_colon_at`), so that the meta reading, the loglines and the sentence reader can all ask.
"""

from __future__ import annotations

import re

# Labels before a colon that only say where a beat sits in the story.
_STORY_LABELS = re.compile(
    r"^(?:the\s+)?(?:story|storyboard|brief|idea|concept|plot|synopsis|visuals?|images|pictures|"
    r"shots?|shot ?list|scenes|"
    r"then|next|after that|finally|opening|open|first shot|opening shot|final shot|last shot|"
    r"ending|end|closing|middle|beat\s*\d*|end ?frame|end ?slate|end ?board|packshot|"
    r"pack shot|"
    # an ad's own parts: "Hook: a hand grabbing the bottle", "Product demo: water pouring in"
    r"hook|intro|outro|problem|solution|(?:product\s+)?demo|reveal|payoff|build-?up|climax|"
    # a shot the writer can do without is still a shot: "If budget allows: drone over the brewery"
    r"optional|bonus|nice to have|if (?:the\s+)?budget allows|if possible|if (?:we|you) have time)$",
    re.IGNORECASE,
)
# Labels that make the whole line a directive: "Look: warm, grainy", "Music: lo-fi".
_META_LABELS = re.compile(
    r"^(?:look|style|tone|mood|format|duration|length|platform|music|sound|audio|voiceover|vo|"
    r"voice-over|voice over|narration|narrator|(?:the\s+)?feeling|(?:the\s+)?atmosphere|(?:the\s+)?vibe|"
    r"how to tell (?:them|the \w+|\w+ and \w+) apart|"  # "How to tell them apart: Tonks has a notch"
    r"cta|notes?|budget|deliverables?|aspect(?: ratio)?|ratio|camera|palette|colou?rs?|"
    # a meeting's minutes: who came, what was on the agenda
    r"present|apologies|attendees|attending|in attendance|agenda|aob|any other business|"
    r"actions?|action points?|minutes|"
    r"references?|target|audience|client|brand|title of the video|spot|ad|product|products|"
    r"treatment|grade|grading|legal|deliverables?|delivery|usage|timing|runtime|tone of voice|"
    r"ingredients|you'll need|what you need|materials|equipment|props|wardrobe|locations?|"
    r"recipe|recipe short|subject|re|fwd|fw|from|to|cc|date|deadline|due|model|talent|presenter|"
    r"betreff|objet|asunto|oggetto|assunto|onderwerp|approved by|rating|visual description|"
    r"structure|outline|i envisage|here'?s what i want|idea|ideia|idée|idee|"
    r"host|star|cast|recurring figure|recurring character|characters?|villain|monster|creature|"
    r"mascot|project|job|campaign|working title|production|agency|producer|director|version|"
    r"tl;?dr|long story|backstory|"  # a post's summary and its story ("EDIT:" is read below)
    r"(?:client\s+)?sign-?off|clearance(?: notes)?|(?:client\s+|agency\s+)?contacts?|approvals?|"
    # a formal brief's clauses ("1. Purpose. To remind visitors…")
    r"(?:(?:just\s+|some\s+)?for\s+|some\s+|a bit of\s+)?(?:context|background|reference|info)|fyi|"
    r"dos and don'?ts|do'?s (?:and|&) don'?ts|catering|call time|unit base|"
    r"purpose|background|context|objectives?|aims?|summary|overview|restrictions|requirements|"
    # "What it's for", "Why we're doing it", "What it's about": a purpose heading in words
    r"what (?:it'?s|it is|this is|the (?:film|video) is) (?:for|about)|why (?:we'?re|we are) doing (?:it|this)|"
    r"specifications?|specs?|commercial|scope|terms|general|administration|"
    r"(?:key\s+)?messages?|call to action|takeaway|(?:requested|prepared|written|submitted|"
    r"commissioned|approved|signed)(?:\s+by)?|"
    # a brief's "WHAT: a short documentary…", "WHO: Pickle, a grey seal pup…" fields
    r"(?-i:WHO|WHAT|WHY|WHEN|WHERE|Who|What|Why|When|Where)|"
    # "IMPORTANT: the box has to be readable!!": a note to the reader (one naming a shot lost
    # its label in text.py)
    r"important|please note|"
    r"issued by|distribution|intended use|use|uses|placement|channels?|where it will (?:be )?(?:run|shown|"
    r"go|live)|running time(?: required)?|signature|health (?:&|and) safety|technical specs?"
    r"(?: for reference)?(?: \(not for screen\))?)$",
    re.IGNORECASE,
)


# A letterhead: an organisation's name in capitals, its department after a dash
_LETTERHEAD = re.compile(
    r"[A-Z][A-Z'&.]+(?:\s+[A-Z][A-Z'&.]+){1,6}\s*(?:[-|:,]\s*[A-Z][\w'&]*(?:\s+[A-Z&][\w'&]*){0,4})?"
)
# "Brief: 'Leave It As You Found It' public information film": a title and what kind of video
_NAMES_THE_FILM = re.compile(
    r"(?i:(?:brief|title|working title|film|video|project)\s*:\s*)?\"[^\"]{2,80}\"\s*[-,:]?\s*"
    r"(?:(?:an?|the|our)\s+)?(?:[\w-]+\s+){0,3}(?i:film|video|advert|ad|spot|promo|psa|"
    r"documentary|short|trailer|teaser|campaign)\.?"
)
# "COLD OPEN - Ep 3 "What the River Carries" (Undercurrent, series 2)", "TEASER - The Long
# Field": the brief's first line says what the video is and what it is called
FORMAT_HEADING = re.compile(
    r"^(?i:cold open|teaser|trailer|promo|sizzle|opener|intro|ident|sting|spot|tvc|recap|"
    r"episode|ep\.?)(?:\s+\d{1,3})?\s*[-–—:|]\s*"
    r"(?:(?i:ep(?:isode)?\.?\s*\d{1,3})\b(?:\s*[-:]?\s*\"[^\"]{2,80}\")?(?:\s*\([^)]{1,60}\))?|"
    r"\"[^\"]{2,80}\"(?:\s*\([^)]{1,60}\))?|"
    # or a title in capitals: every word from a capital, small words between
    r"(?:[A-Z0-9][\w'&.-]*|of|the|and|in|on|at|to|a|an|for|from|with)"
    r"(?:\s+(?:[A-Z0-9][\w'&.-]*|of|the|and|in|on|at|to|a|an|for|from|with)){0,8}"
    r"(?:\s*\([^)]{1,60}\))?)$"
)
# "Title: Paws & Suds dog grooming", the brief's first line (not "Title card:")
FILM_TITLE = re.compile(
    r"^(?:(?:video|film|project)\s+)?title\s*[:\-–]\s*(?P<title>[^\n]{2,80}?)\s*\.?$", re.IGNORECASE
)


_DASH_HEAD = re.compile(r"^(?P<head>[^\"]{2,80}?)\s+-\s+(?P<tail>.+)$")


def _colon_at(text: str) -> tuple[str, str] | None:
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            if i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
                continue
            return text[:i].strip(), text[i + 1 :].strip()
    return None


_CARD_LABEL = re.compile(
    r"^(?:(?:title|end|final|closing|opening|last)\s+)?card$|^(?:caption|super|tagline|slogan|"
    r"headline|on-screen text|text on screen|lower third|end line|sign-?off line|"
    # "text at the end: Hope Hospice Shop - Castle St", "words on screen at the end"
    r"(?:text|words|caption|title|super)(?: on screen)?(?: at| for)? the (?:very )?(?:end|close))$",
    re.IGNORECASE,
)
_CUE_LABELS = re.compile(
    r"^(?:title(?: card)?|end card|final card|closing card|card|text(?: on screen)?|on-screen text|"
    r"caption|captions|subtitle|logo|tagline|slogan|super|lower third|interview|voice-?over|"
    r"close-?up|wide(?: shot)?|aerial|macro|insert|overhead|drone|pov|cut to|flashback|montage|"
    r"insert shot|cta|sign|headline|quote)$",
    re.IGNORECASE,
)


_FRAMING_LABEL = re.compile(
    r"^(?:extreme close-?up|close-?up|close|tight|medium|mid|wide|aerial|drone|macro|insert|"
    r"overhead|pov|ecu|bcu|xcu|mcu|mls|mws|ews|els|ls|ws|ms|cu|establishing|time-?lapse|"
    r"slow-?mo|slow motion|tracking|handheld|steadicam|top-?down)(?: shot)?$",
    re.IGNORECASE,
)
