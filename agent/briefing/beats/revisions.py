"""A brief that revises itself: shots dropped, refused, added to or moved first.

"scratch the drone shot", "he said no to that", "And add our CTO … - put that right after the
confetti", "Open on the cove instead", "NO drone": the person changing their mind. `split_brief`
applies these to the beats already read; the directives read `drops_a_shot` too.
"""

from __future__ import annotations

import re

_DROP_INSIDE = re.compile(
    r"\b(?:drop|lose|skip|scrap|scratch|ditch|bin|nix|kill|remove|cut)\s+the\s+"
    r"(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:shot|bit|scene|one)\b",
    re.IGNORECASE,
)
_SCRATCH = re.compile(
    r"^(?:(?:actually|ok(?:ay)?|no|hmm+|wait)[,.!\s-]+)*(?:scratch that|change of plan|"
    r"start(?:ing)? over|forget (?:all )?(?:that|the above)|on second thoughts?)\b",
    re.IGNORECASE,
)
# "he said no to that", "nah, skip that one", "not that one": the line before is refused, whatever
# it was (a reason may follow: "- people don't like being filmed"). "said", not "says": a story
# tells its no in the present ("Dad says no to that" is a picture).
_REFUSES_THE_LAST = re.compile(
    r"^(?:(?:ok(?:ay)?|so|well|yeah|actually|sorry|hmm+|nah|no|nope)[,.!\s]+)*"
    r"(?:(?:[\w']+\s+){0,2}said\s+no\s+to\s+(?:that|it|this)|no\s+to\s+(?:that|this)|"
    r"(?P<instead>(?:skip|drop|lose|ditch|bin|scrap|cut)\s+(?:that|this)|not\s+that))"
    r"(?:\s+(?P<kind>one|shot|idea|bit))?(?:\s+(?:then|please|pls|tho|though))?"
    r"(?:[.!]*$|\s*[,;:-]\s*(?P<rest>.+)$)",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"^(?:because|since|as|cos|coz|they|he|she|people|it|it's|too|apparently)\b", re.IGNORECASE
)
_DROP = re.compile(
    r"^(?:(?:actually|on second thought|on second thoughts|scratch that|wait|hmm+|oh|also|"
    r"and|but|ok(?:ay)?|no|(?:now\s+)?thinking about it|come to think of it|on reflection)"
    r"[,.!\s-]+)*(?:let's\s+|please\s+|we can\s+|you can\s+)?"
    r"(?:drop|skip|lose|scrap|scratch|ditch|bin|nix|remove|forget(?: about)?|leave out|cut|"
    # "but can we not do the hen party"
    r"(?:(?:can|could) we (?:not|skip) (?:do|have|use|show|include)|let'?s not (?:do|have|use|show))"
    # (a way of filming is no shot: "can we not do the slow-mo", "not use the drone")
    r"(?!\s+(?:the\s+)?(?:slow[- ]?mo\w*|slow motion|drone|aerial|music|text|titles|captions|"
    r"voice-?over|handheld|zoom|filter)\b))\s+"
    r"(?:the\s+)?(?P<what>(?!to\b)[\w'-]+(?:\s+(?!shot\b|scene\b|bit\b|part\b|one\b)[\w'-]+){0,2}?)"
    r"(?:\s+(?:shot|scene|bit|part|one))?(?=\s*(?:[,.;!-]|$|\s+(?:it|its|it's|they|that|since|"
    r"because|as)\b))",
    re.IGNORECASE,
)
# "And add our CTO, Hannah Fraser, handing the winners the trophy - put that right after the
# confetti.": a new shot, and where it goes
_ADD_PLACED = re.compile(
    r"^(?:(?:and|also|oh and|plus|ok(?:ay)?|so)[,\s]+)*(?:(?:can|could) (?:we|you) |please |let'?s )?"
    r"(?:also )?add (?:in )?(?P<what>.+?)\s*(?:[-–—,;]|\.)\s*(?:(?:and )?(?:put|place|have) (?:that|it|"
    r"this|them|her|him) )?(?:(?:right|just|straight) )?(?P<where>after|before) the (?P<anchor>[\w' -]+?)"
    r"(?:\s+(?:one|shot|bit|scene))?[.!]*$",
    re.IGNORECASE,
)
# "oh and can u add one of the sparks off the grinder…" then "put it after the grip one": the
# picture said last, placed by a later line
PUT_THE_LAST = re.compile(
    r"^(?:(?:yes|yeah|yep|ok(?:ay)?|and|so|oh)[!,.\s]+)*(?:(?:can|could) (?:we|you|u) )?"
    r"(?:put|place|stick|move) (?:it|that|this|that one|this one) (?:(?:right|just|straight) )?"
    r"(?P<where>after|before) the (?P<anchor>[\w' -]+?)(?:\s+(?:one|shot|bit|scene))?[.!?]*$",
    re.IGNORECASE,
)
# "can we put Biscuit in the allotment one? (the dog, RIP)", "add Mehmet to the kebab shot":
# someone added to a shot already described, not a shot of their own
_INTO_SHOT = re.compile(
    r"^(?:(?:also|and|oh|ok(?:ay)?|yes|yeah)[,.!\s]+)*(?:(?:can|could) (?:we|you) (?:also )?|"
    r"let'?s (?:also )?|please (?:also )?|(?:i'?d|we'?d) like to )?(?:put|add|get|have|include|"
    r"stick)\s+(?P<what>[\w' -]{2,40}?)\s+(?:in|into|to)\s+the\s+(?P<shot>[\w' -]{2,30}?)\s+"
    # (the whole sentence: "Add the eggs to the flour one at a time" is a step, not a change)
    r"(?:one|shot|bit|scene)\b\s*[?.!]*\s*(?:\([^)]*\))?\s*[?.!]*$",
    re.IGNORECASE,
)


# "Hmm actually no fireworks, the council's really strict": a picture taken back, said as a "no"
# after the person's "actually" (never a bare "no people", which is how every shot looks)
_ACTUALLY_NO = re.compile(
    r"^(?:(?:hmm+|oh|ok(?:ay)?|wait|sorry)[,.!\s-]+)*(?:actually|on second thoughts?)[,.!\s-]+"
    # ("Actually no rush", "actually no music, we'll add our own": no picture is taken back)
    r"(?:no|not)\s+(?:the\s+)?(?P<what>(?!(?:to|more|need|rush|hurry|worries|worry|problem|"
    r"pressure|stress|music|sound|audio|voice-?over|vo|text|captions|words|budget|idea|clue)\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?)"
    r"(?:\s+(?:shot|scene|bit|part|one))?(?=\s*(?:[,.;!-]|$))",
    re.IGNORECASE,
)
_ASKED_INSTEAD = re.compile(
    r"^(?:(?:so|and|then)\s+)?(?:(?:let'?s|can you|could you|please)\s+)?(?:do|use|have|show|put|"
    r"try|go with)\s+",
    re.IGNORECASE,
)
_INSTEAD_END = re.compile(r",?\s*\binstead[.!]*$", re.IGNORECASE)


def stand_in(text: str) -> str | None:
    """ "Do diyas flickering along the counter instead.": the picture that takes a dropped one's
    place, as a picture ("Diyas flickering along the counter"); None for any other line.
    (Two plain matches, not one pattern: a lazy picture between them backtracked on spaces.)"""
    asked, end = _ASKED_INSTEAD.match(text), _INSTEAD_END.search(text)
    if asked is None or end is None or end.start() <= asked.end():
        return None
    picture = text[asked.end() : end.start()].strip()
    return picture[:1].upper() + picture[1:] if picture else None


def drops_a_shot(sentence: str) -> bool:
    """The person takes a shot back ("scratch the drone shot", "Actually drop the hut.")."""
    text = sentence.strip()
    return bool(_DROP_INSIDE.search(text) or _DROP.match(text) or _ACTUALLY_NO.match(text))


_OPEN_INSTEAD = re.compile(
    # ("Pam: fine, but open on the science teacher instead": who says it, and how)
    r"^(?:[^.]{0,40}?(?:,|:|\bbut|\band)\s+)?(?:so\s+)?(?:open|start|begin)\s+(?:on|with)\s+the\s+(?:(?P<what>[\w'-]+)(?:\s+[\w'-]+)?\s+"
    r"(?:shot|one|bit)|(?P<what2>[\w'-]+(?:\s+[\w'-]+){0,6}))\s+instead\b[.!]?$",
    re.IGNORECASE,
)
# "On reflection, start with 4 and end with 1.": a numbered list's shots, moved by number
_MOVE_BY_NUMBER = re.compile(
    r"^(?:(?:on reflection|actually|ok(?:ay)?|so|and|also|thinking about it|"
    r"on second thoughts?)[,.\s]+)*"
    r"(?:(?:start|open|begin)\s+(?:with|on)\s+(?:shot\s+|number\s+|no\.?\s*|#)?(?P<first>\d{1,2})"
    r"(?=\s*(?:[.,;!]|$|and\b|then\b)))?"
    r"(?:\s*,?\s*(?:and\s+|then\s+)?(?:end|finish|close)\s+(?:with|on)\s+"
    r"(?:shot\s+|number\s+|no\.?\s*|#)?(?P<last>\d{1,2})"
    r"(?=\s*(?:[.,;!]|$|and\b|then\b)))?",
    re.IGNORECASE,
)
# A kind of shot refused outright, in a reply or an afterthought: "NO drone", "riders hate drones"
_NO_SHOT_KIND = re.compile(
    r"\b(?:no|hates?|without|not\s+a|no\s+more|ban(?:ned)?)\s+(?:the\s+)?(?P<kind>drone|aerial)s?\b"
    r"(?!\s+(?:noise|sound|buzz))",
    re.IGNORECASE,
)
