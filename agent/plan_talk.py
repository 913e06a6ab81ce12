"""Whether a chat line speaks of the plan on the table, so that it is never taken for a new brief.

A newcomer's "hmm no. the first shot has 4 things in it. it should be separate shots: …", "Elena
is in her late seventies with white hair", "merge the last two shots" and "bring back take 1 of
shot 3" each read as a brief (ten words and a picture), and the plan was replaced without a
question. A line that names the plan's shots, takes or cast, or reacts to what it shows, is a
change the vocabulary did not read: the plan stays, and the person is told what can be said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pydantic_ai.messages import ModelMessage, ModelResponse, ToolCallPart

from agent.briefing.english import is_english_word
from agent.briefing.lexicon import NUMBER_WORDS, ORDINALS

# The counting and ordinal words the chat vocabulary reads shots by (agent/briefing/lexicon.py)
_COUNT = rf"(?:\d+|{'|'.join(NUMBER_WORDS)})"
_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|last|final|opening|closing|next|previous|middle|penultimate)"
# "shot 3", "shots 2 and 4", "the first shot", "these shots", "take 1", "the plan", "in it"
_PLAN_WORDS = re.compile(
    # ("takes one last walk" is a verb: a take is counted in digits)
    rf"\b(?:shots?\s*#?{_COUNT}|s0?\d\b|takes?\s*#?\d+\b|(?:the|this|that|these|those|my|your)\s+"
    rf"(?:{_ORDINAL}\s+)?(?:{_COUNT}\s+)?(?:shots?|clips?|takes?|keyframes?|cards?|plan|version|"
    rf"cut|edit|storyboard|cast)\b|(?:the\s+)?{_ORDINAL}\s+(?:one|two|shot|shots|clip|clips)\b|"
    r"separate shots|(?:has|have|had)\s+\d+\s+things)",
    re.IGNORECASE,
)
# "hmm no", "nah", "not quite", "close, but": the person reacting to what the plan shows
_REACTION = re.compile(
    r"^(?:hmm+|hm+|(?:no+|nah|nope)[,.!]\s*(?:the|that|this|these|it|they|there|make|can|why|"
    r"it's|its|i said)\b|ugh|meh|not quite|not really|close but|almost|yes but|ok(?:ay)? but|"
    r"but|actually,?\s+(?:the|that|this|these|it)|wait,?\s+(?:the|that|this|these|it))\b",
    re.IGNORECASE,
)
# "Elena is in her late seventies", "Jonas should look older": a line about someone in the cast
_ABOUT_SOMEONE = r"\s+(?:is|isn'?t|was|has|hasn'?t|should|shouldn'?t|needs|looks|seems|wears|'s)\b"
# "new idea: …", "a different video": the person says the brief is a new one
_NEW_ONE = re.compile(
    r"\b(?:new (?:idea|brief|video|film|one|plan|project)|different (?:idea|video|film|one)|"
    r"start over|from scratch|another (?:video|film|idea))\b",
    re.IGNORECASE,
)
MERGE = re.compile(
    r"^(?:(?:can you|could you|please|let'?s)\s+)?(?:merge|combine|join|fuse)\b", re.IGNORECASE
)
MERGE_ANSWER = (
    "I can't merge shots yet: drop one ('drop shot 5') and make the other longer "
    "('make shot 4 8 seconds'), or change it ('revise shot 4: …')."
)
ABOUT_PLAN_ANSWER = (
    "That sounds like a change to this plan that I could not read, so the plan is unchanged. "
    "Say it as e.g. 'revise shot 2: …', 'drop shot 4', 'add a shot after 1: …', "
    "'swap shots 1 and 2', 'make it 30 seconds' (or 'help')."
)


def cast_names(messages: Iterable[ModelMessage]) -> set[str]:
    """The people and things the plans in this conversation cast (their shots' subjects)."""
    names: set[str] = set()
    for m in messages:
        if not isinstance(m, ModelResponse):
            continue
        for part in m.parts:
            if isinstance(part, ToolCallPart) and part.tool_name in ("propose_plan", "revise_plan"):
                args = part.args_as_dict()
                for shot in args.get("shots") or []:
                    if isinstance(shot, dict):
                        names.update(str(s) for s in shot.get("subjects") or [])
    return {n for n in names if n.strip()}


def speaks_of_plan(
    text: str, names: set[str], brief: Callable[[], str] = str, *, new_film: bool = False
) -> bool:
    """True when `text` names the plan's shots, takes or cast, or reacts to it ("hmm no").
    `brief` gives the brief the plan came from, read only when a name needs looking up.

    `new_film`: the line says a length, a platform or what video it is ("a 20-second clip of
    …"), so a shot number or a name in it ("Shot 1: …", "Maya") is the new brief's own."""
    line = text.strip()
    if MERGE.match(line):
        return True
    if new_film or _NEW_ONE.search(line):
        return False  # "no, new idea: a 20-second clip of Maya…" is a brief, names and all
    if _REACTION.match(line) or _PLAN_WORDS.search(line):
        return True
    # Someone of the cast (or a name the brief used that no cast entry kept), said to be or
    # look some way: "Elena is in her late seventies…" ("Jonas walks his dog…" can be a brief)
    first = re.match(rf"^(?:the\s+)?([A-Z][\w'-]+)(?={_ABOUT_SOMEONE})", line)
    if first is None:
        return False
    name = first[1]
    cast = {n.removeprefix("the ") for n in names}
    return name in cast or bool(
        not is_english_word(name) and re.search(rf"\b{re.escape(name)}\b", brief())
    )
