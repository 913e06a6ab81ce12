"""`offline`: a pydantic-ai `FunctionModel` over the rules planner.

Offline sessions run through the very same agent, tools, approvals and logging as an LLM: this
model only decides the next tool call from the latest user message and the tool results in the
history, and streams a short reply. It reads the chat vocabulary of agent.chat_words, answers small
talk, plans a new brief (asking first when shots were produced), and says in one line what it can
do when it does not understand. Nothing written for the model (a tool's retry advice) is repeated
to the person.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)
from pydantic_ai.models.function import AgentInfo, DeltaToolCall, DeltaToolCalls, FunctionModel

from agent.brief import BriefError, parse_brief
from agent.briefing.directives import read_brief
from agent.briefing.numbers import lengths
from agent.chat_words import (
    is_question,
    is_small_talk,
    normalise_refs,
    not_english,
    parse_redo,
    parse_revision,
    parse_use_take,
    plan_back_words,
    question_reply,
    small_talk_reply,
    whole_pace,
)
from agent.errors import NOT_APPROVED, NOT_UNDERSTOOD, for_person
from agent.plan_talk import ABOUT_PLAN_ANSWER, MERGE, MERGE_ANSWER, cast_names, speaks_of_plan
from agent.planner import plan_from_brief

HELP = (
    "I can plan a brief, then: approve or reject; 'revise shot 2: a close-up'; 'drop shot 4'; "
    "'add a shot at the end: …'; 'swap shots 1 and 2'; 'move shot 3 before shot 1'; "
    "'make shot 2 slower'; 'make it 30 seconds'; 'make it moodier'; 'make it vertical'; "
    "'redo shot 3' (or its keyframe or clip); 'race shot 3' (small, on several engines; then "
    "'pick ENGINE for shot 3'); 'use delivery tier'; 'produce'; 'show the plan'; "
    "'what did it cost'."
)
GUARDRAIL_NOTE = (
    "Budget, tier and regeneration caps come from your options and the catalog, and are enforced "
    "in code: requests in a brief or chat to change them are not honoured.\n\n"
)
NEW_BRIEF_QUESTION = (
    "Shots of the current plan are already produced. Plan this new brief instead? The takes made "
    "so far stay in the session's history. Say 'yes' to plan it, or 'no' to keep this plan."
)
SPLIT_ANSWER = (
    "I can't split a shot in one go yet: change it ('revise shot 1: …') and add the others after "
    "it ('add a shot after 1: …')."
)
_SPLIT = re.compile(r"^(?:(?:can you|could you|please|let'?s)\s+)?split\b", re.I)
NOT_ENGLISH_ANSWER = (
    "I read the chat in English only (a brief in another language is planned, with a note): "
    "say it in English, e.g. 'make it shorter', 'make shot 2 slower' or 'swap shots 1 and 2'."
)
PACE_ANSWER = (
    "Pacing is set shot by shot: say e.g. 'make shot 2 slower', or change the length with "
    "'make it 30 seconds'."
)
# Words of a brief trying to move a guardrail, which earn the note above. ("she doesn't have a
# big budget lol" is no such request: it earned a paragraph on guardrails before the plan.)
_GUARDED = re.compile(
    r"\b(?:regenerat\w*|retr(?:y|ies)|unlimited|skip(?:ping)?\s+(?:the\s+)?approvals?|"
    r"without\s+(?:asking|approval)|api keys?|system\s*:|ignore\s+(?:the\s+|all\s+|any\s+)?"
    r"(?:budget|caps?|limits?|rules|instructions|guardrails))\b|"
    # a budget given or raised in the brief ("the budget is now $5000", "budget: 500")
    r"\bbudget\b[^.!?\n]{0,25}?(?:[$£€]\s?\d|\d[\d,.]*\s*(?:k\b|usd|dollars|pounds|euros))|"
    r"\bbudget\s*(?:is|of|:|=)\s*(?:now\s+)?[$£€]?\d|"
    r"\b(?:raise|increase|double|lift|remove|change|set)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:budget|caps?|limits?)\b",
    re.I,
)
_EDIT_VERB = re.compile(
    r"^(?:(?:ok(?:ay)?|so|and|also|now|please|pls|can you|could you|i'd like to|let's)[,\s]+)*"
    r"(?:add|insert|put|drop|remove|delete|cut|swap|switch|move|make|change|replace|redo|"
    r"remake|shorten|lengthen|extend|trim|slow|speed|use|give|set|rename|call)\b",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"(?:^|[.!?]\s*)(?:where (?:were|are) we|status|what'?s the status|where do we stand|"
    r"where are we at|what did we do|catch me up|recap)\s*\??$",
    re.I,
)
# The whole line, not its first word: "ok, make shot 2 slower" planned the brief just declined.
_YES = re.compile(
    r"^(?:yes|y|yeah|yep|sure|ok(?:ay)?|go ahead|do it|plan it)(?:[,\s]+(?:please|plan it|do it|"
    r"go ahead|the new one|the new brief))*[\s.!]*$",
    re.I,
)
_NO = re.compile(
    r"^(?:no|n|nope|cancel|keep (?:it|this|the plan|the current plan|the old one))"
    r"(?:[,\s]+(?:thanks|thank you|keep (?:it|this|the plan)|keep the current plan))*[\s.!]*$",
    re.I,
)


_A_CHAT_LINE = 12  # words: past this, a line with "money" or opening on "race" is a brief


@dataclass(frozen=True)
class Call:
    tool: str
    args: dict[str, object]
    say: str = ""  # said before the call, e.g. why a revision could not be made


Decision = Call | str


def _command(text: str) -> Decision | None:
    """A chat line in the offline vocabulary, or None if it is none of it."""
    line = text.strip().rstrip(".!?").strip().lower()
    if revision := parse_revision(text):
        return Call("revise_plan", revision.args())
    if back := parse_use_take(text):
        ref, stage, take = back
        return Call("use_take", {"shot_id": ref, "stage": stage, "take": take})
    redo = parse_redo(text)
    if isinstance(redo, str):
        return redo
    if redo is not None:
        # The first stage is the one redone; what is made from it is remade with it (the service
        # prices and makes the dependents), so the stage's own tool is the whole request.
        ref, stages = redo
        note = ""
        if re.search(r"^[^,;]+[,;]\s*\S", text.strip()):
            # "redo the bell shot, it should ring": a new take of the same prompt; the note is
            # not guessed into the prompt
            note = (
                f"A new take of shot {ref} with its prompts as they are; to change what it shows, "
                f"say 'revise shot {ref}: …' first.\n\n"
            )
        return Call(stages[0], {"shot_id": ref}, say=note)
    if m := re.match(
        r"^(?:use|switch to|go)\s+(?:the\s+)?(?P<tier>draft|delivery)(?:\s+tier)?$", line
    ):
        return Call("set_tier", {"tier": m["tier"]})
    if _STATUS.search(line) and len(line.split()) <= 8:
        return Call("show_costs", {})  # "where were we?", "status?": where the session stands
    # A chat line, not a brief: "…the brush popping out the chimney (the money shot!!)" or
    # "Race day at the track, 20 secs…" is a film to plan (it was a cost summary, and a race)
    short = len(line.split()) <= _A_CHAT_LINE and "\n" not in text.strip()
    if (
        short
        and re.search(r"\b(cost|spent|spend|money)\b", line)
        # ("A tip jar filling with money, 8 seconds": a picture and its length)
        and not lengths(line)
        and not re.search(r"\b(?:will|going to|gonna|would|how much (?:is|does|will))\b", line)
    ):
        return Call("show_costs", {})  # what was spent; "will it cost…?" is answered below
    if short and (race := _race(normalise_refs(line))):
        return race
    if re.match(r"^(?:show|what is|what's)\s+(?:me\s+)?the\s+plan$", line):
        return Call("show_plan", {})
    if line in ("go", "make it", "start production") or re.match(
        r"^(?:yes:?\s+)?produce\b|^(?:continue|carry on|keep going|resume|finish (?:it|the rest))"
        r"(?:\s+(?:the\s+)?(?:production|producing|please))?$",
        line,
    ):
        return Call("produce", {})
    if line in (
        "approve",
        "approved",
        "reject",
        "no",
        "yes",
        "yes please",
        "ok",
        "okay",
        "go ahead",
    ):
        # "yes" with nothing asked was "I did not understand that", while "no" said this
        return "Nothing is waiting for your approval right now."
    return None


def _race(line: str) -> Call | None:
    """'race shot 3', 'race shots 1 and 2', 'race the hard shots'; 'pick kling-2.1-pro for shot 3'."""
    if m := re.match(r"^pick\s+(?P<engine>[\w.\-]+)\s+(?:for|on)\s+shot\s+(?P<ref>s?\d+)$", line):
        return Call("race", {"shot_ids": [m["ref"]], "pick": m["engine"]})
    if m := re.match(r"^(?:proxy\s+)?race\s+(?P<what>.*)$", line):
        # only shots, never other numbers ("race day at the kart track, 20 secs" is a brief)
        listed = re.fullmatch(
            r"(?:shots?\s+)?s?\d+(?:\s*(?:,|and|&|\+)\s*(?:shots?\s+)?s?\d+)*", m["what"]
        )
        refs = re.findall(r"\b(?:shots?\s+)?(s?\d+)\b", m["what"]) if listed else []
        if refs or re.fullmatch(r"(?:the\s+)?(?:hard\s+)?(?:shots?|ones)?", m["what"]):
            return Call("race", {"shot_ids": refs} if refs else {})
    return None


def brief_call(text: str, *, replace: bool = False) -> Decision:
    """A propose_plan call with the rules planner's shots for `text` (a new brief replaces the
    session's when `replace`)."""
    try:
        plan = plan_from_brief(parse_brief(text))
    except BriefError as exc:
        return f"I could not read that as a brief: {exc}."
    shots = [
        s.model_dump(
            include={
                "description",
                "duration_s",
                "framing",
                "camera",
                "subjects",
                "tags",
                "chain_from",
            }
        )
        for s in plan.shots
    ]
    args: dict[str, object] = {
        "shots": shots,
        "title": plan.title,
        "aspect_ratio": plan.aspect_ratio,
        "style": plan.style,
        "note": plan.note,
    }
    if replace:
        args["brief"] = text
    say = GUARDRAIL_NOTE if _GUARDED.search(text) else ""
    return Call("propose_plan", args, say=say)


def looks_like_brief(text: str) -> bool:
    """A whole new brief rather than a note on this plan: it says what we see, and how long,
    in what format, or at some length."""
    try:
        parse_brief(text)
    except BriefError:
        return False
    reading = read_brief(text)
    if not reading.beats:
        return bool(reading.loglines)
    d = reading.directives
    said_format = d.seconds or d.count or d.platform or reading.loglines
    return bool(said_format) or len(text.split()) >= 10


def _says_a_film(text: str) -> bool:
    """The line says what video it is: a length, a platform or a logline ("a 20-second ad")."""
    try:
        reading = read_brief(text)
    except BriefError:
        return False
    d = reading.directives
    return bool(d.seconds or d.platform or reading.loglines)


def _has_plan(messages: list[ModelMessage]) -> bool:
    """Whether the session has a plan: the session state in the instructions says so (a session
    planned elsewhere, e.g. on the shot screen, has no plan tools in this history)."""
    last = messages[-1] if messages else None
    if isinstance(last, ModelRequest) and last.instructions and "Session " in last.instructions:
        return "no plan yet" not in last.instructions
    return any(
        isinstance(p, ToolReturnPart)
        and p.tool_name in ("propose_plan", "revise_plan")
        and p.outcome != "retried"
        for m in messages
        if isinstance(m, ModelRequest)
        for p in m.parts
    )


def _produced(messages: list[ModelMessage]) -> bool:
    """Whether any shot of this session was produced (a take was made): the session state in the
    instructions says so (made from the CLI or a screen, no tool result here shows it)."""
    last = messages[-1] if messages else None
    if isinstance(last, ModelRequest) and last.instructions and "takes made" in last.instructions:
        return True
    return any(
        isinstance(p, ToolReturnPart)
        and p.outcome == "success"
        and p.tool_name in ("produce", "generate_keyframe", "animate")
        and isinstance(p.content, str)
        and re.search(r"of \d+ shots? done", p.content) is not None
        for m in messages
        if isinstance(m, ModelRequest)
        for p in m.parts
    )


def _session_state(messages: list[ModelMessage]) -> str:
    """The session's state line from the newest instructions ("" when there is none)."""
    last = messages[-1] if messages else None
    if isinstance(last, ModelRequest) and last.instructions:
        found = re.search(r"^Session \w+: .*$", last.instructions, re.M)
        return found.group(0) if found else ""
    return ""


def _waiting(state: str) -> list[str]:
    """The headlines of the cards waiting for the person, as the state line names them."""
    found = re.search(r"waiting for the person's approval: (.*?); tier ", state)
    return re.findall(r'"([^"]*)"', found.group(1)) if found else []


def next_step(messages: list[ModelMessage]) -> str:
    """What the person can do next where the session stands, in one sentence ("" while the
    plan is still being shaped: the default words say that)."""
    state = _session_state(messages)
    waiting = [w for w in _waiting(state) if w != "the plan"]
    if waiting:
        return (
            f"\"{waiting[-1]}\" waits for your approval: say 'approve' or 'no', or what to change."
        )
    if ", approved" not in state or "the plan" in _waiting(state):
        return ""
    if "takes made" in state:
        return "Say what to change or redo, or send a new brief."
    return "The plan is approved: say 'produce' to make it, or what to change."


def _asked_about_new_brief(messages: list[ModelMessage]) -> bool:
    """Whether the question "Plan this new brief instead?" is still open: asked in one of the
    last few replies, with no plan proposed or revised since ("yes" after a question in between
    said "Nothing is waiting for your approval" while the question was on screen)."""
    replies = 0
    for m in reversed(messages[:-1]):
        if isinstance(m, ModelRequest) and any(
            (isinstance(p, ToolReturnPart) and p.tool_name in ("propose_plan", "revise_plan"))
            # answered already: "no" kept the plan
            or (
                isinstance(p, UserPromptPart)
                and isinstance(p.content, str)
                and _NO.match(p.content)
            )
            for p in m.parts
        ):
            return False
        if isinstance(m, ModelResponse) and any(isinstance(p, TextPart) for p in m.parts):
            if NEW_BRIEF_QUESTION in "".join(p.content for p in m.parts if isinstance(p, TextPart)):
                return True
            replies += 1
            if replies >= 3:
                return False
    return False


def _last_said(messages: list[ModelMessage]) -> str:
    for m in reversed(messages[:-1]):
        if isinstance(m, ModelResponse):
            return "".join(p.content for p in m.parts if isinstance(p, TextPart))
    return ""


def _last_brief(messages: list[ModelMessage]) -> str:
    """The last brief the person sent before this line ("" if none), read back from the newest
    prompt (each one read is a brief parsed: the older ones are not read once it is found)."""
    return next((p for p in reversed(_prompts(messages)[:-1]) if looks_like_brief(p)), "")


def _prompts(messages: list[ModelMessage]) -> list[str]:
    return [
        p.content
        for m in messages
        if isinstance(m, ModelRequest)
        for p in m.parts
        if isinstance(p, UserPromptPart) and isinstance(p.content, str)
    ]


def reply_to(text: str, messages: list[ModelMessage]) -> Decision:
    """What the person's words call for, given what the conversation holds so far."""
    if not text.strip():
        return HELP
    if _asked_about_new_brief(messages):
        if _YES.match(text.strip()) and (earlier := _last_brief(messages)):
            return brief_call(earlier, replace=True)
        if _NO.match(text.strip()):
            # ("or 'produce'" was said of a plan already made)
            then = next_step(messages) or "Say what to change, or 'produce'."
            return f"Keeping the current plan. {then}"
    has_plan = _has_plan(messages)
    if is_small_talk(text):
        then = next_step(messages)
        if has_plan and not then:
            then = "The plan is above: say what to change, approve it, or send a new brief."
        return small_talk_reply(text, then if has_plan else "")
    command = _command(text)
    if command is not None:
        if isinstance(command, Call) and command.tool != "show_costs" and not has_plan:
            return "There is no plan yet: send a brief first."
        return command
    if has_plan and not_english(text) and len(text.split()) < 12:
        # (a longer one is a brief in another language: planned, with the note that says so)
        return NOT_ENGLISH_ANSWER
    if has_plan and whole_pace(text):
        return PACE_ANSWER
    if _SPLIT.match(text.strip()):
        return SPLIT_ANSWER
    answer = question_reply(text) if is_question(text) else None
    if answer is not None:
        return answer  # a question is answered; a card waiting stays as it is
    if has_plan and is_question(text):
        # "wait, quick q - …?" while a plan exists is never a new brief (it replaced one).
        return f"I can't answer that here. {HELP}"
    if not has_plan:
        return brief_call(text)
    if MERGE.match(text.strip()):
        return MERGE_ANSWER
    if speaks_of_plan(
        text, cast_names(messages), lambda: _last_brief(messages), new_film=_says_a_film(text)
    ):
        # "hmm no. the first shot has 4 things in it…", "Elena is in her late seventies": about
        # this plan, never a new brief (each replaced the plan, unasked).
        return (
            SPLIT_ANSWER if re.search(r"separate shots?|split", text, re.I) else (ABOUT_PLAN_ANSWER)
        )
    if looks_like_brief(text) and not _EDIT_VERB.match(text.strip()):
        # "add a shot between shots 1 and 2: …" is a change the vocabulary missed, never a new
        # brief: replacing the plan with it lost the person's plan (it did).
        if _produced(messages):
            return NEW_BRIEF_QUESTION
        return brief_call(text, replace=True)
    # Not quoted back: the line may carry the shot a description named ("redo the bell shot" is
    # "redo shot 2" here), words the person never typed.
    return f"{NOT_UNDERSTOOD} that. {HELP}"


_NOTE = re.compile(r"(?:did not approve and says|They say):\s*(?P<note>.+)$", re.I | re.S)


def _set_aside(messages: list[ModelMessage]) -> str:
    """The reply to a rejected plan. When an approved plan was there before it (a new brief or
    a revision rejected), that plan is the session's again, takes and all: say so ("The plan is
    set aside" alone left the person wondering what their session now held)."""
    back = re.search(
        r"plan v(?P<v>\d+), (?P<n>\d+) shots, approved(?:, (?P<made>\d+) takes made)?",
        _session_state(messages),
    )
    if back is None:
        return "The plan is set aside. Tell me what to change, or send a new brief."
    then = next_step(messages) or "Say what to change, or send a new brief."
    return plan_back_words(int(back["v"]), int(back["n"]), bool(back["made"]), then)


def _after_tool(result: ToolReturnPart, messages: list[ModelMessage]) -> Decision:
    """The next step once a tool has answered."""
    content = result.model_response_str(wrap_if_error=False)
    if result.outcome == "retried" and result.tool_name == "revise_plan":
        said = f"I could not make that change: {for_person(content)}."
        state = _session_state(messages)
        if ", approved" in state and "the plan" not in _waiting(state):
            # An approved plan stays as it is: putting it "back" asked to produce it again
            # ("Nothing to make…"), beside a card that waits.
            then = next_step(messages)
            return f"{said} {then}" if then else said
        if "the plan" in _waiting(state):
            return said  # its card still waits: asking again set it aside for a copy of itself
        # Put the unchanged plan back before the person, so approve/revise still has a target.
        return Call("propose_plan", {}, say=said + "\n\n")
    if result.outcome == "retried":
        said = f"I could not do that: {for_person(content)}."
        if "not approved" in content:
            if "the plan" in _waiting(_session_state(messages)):
                # "redo shot 3" while the plan's card waits: the card stays as it is (asking
                # again set it aside and showed the same plan twice)
                return said  # ("…is not approved yet: approve it before anything is made")
            # Nothing asks for the plan: put it back before the person.
            return Call("propose_plan", {}, say=said + "\n\n")
        return said
    if result.outcome == "failed":
        return f"That failed: {for_person(content)}."
    if result.outcome == "denied":
        note = _NOTE.search(content)
        if note is None:
            if result.tool_name == "propose_plan":
                return _set_aside(messages)
            return "Not started; nothing was spent."
        decision = reply_to(note["note"], messages)
        if isinstance(decision, Call):
            return decision
        if result.tool_name == "propose_plan":
            # Whatever was said, the plan stays before the person to approve or change.
            return Call("propose_plan", {}, say=decision + "\n\n")
        return decision
    if result.tool_name == "propose_plan" and content.startswith(NOT_APPROVED):
        # The approval was refused (no engine here for its tier, or a newer plan): the plan is
        # put back before the person with why, never produced.
        said = f"I could not approve it: {for_person(content.removeprefix(NOT_APPROVED))}."
        return Call("propose_plan", {}, say=said + "\n\n")
    if result.tool_name == "propose_plan":
        # A replacing plan's changed shots went stale when it was stored: producing remakes them.
        return Call("produce", {})
    if result.tool_name == "revise_plan":
        return Call("propose_plan", {})
    return content


def decide(messages: list[ModelMessage]) -> Decision:
    """The offline planner's next move: a tool call or the reply text."""
    last = messages[-1]
    if not isinstance(last, ModelRequest):
        return HELP
    returns = [p for p in last.parts if isinstance(p, ToolReturnPart)]
    prompts = [p for p in last.parts if isinstance(p, UserPromptPart)]
    if returns and not prompts:
        # Several results arrive together only when several calls were made; the last one leads.
        return _after_tool(returns[-1], messages)
    # A prompt beside results: the person said something while a request waited for them (it
    # stays waiting); the words are what to answer.
    text = prompts[-1].content if prompts and isinstance(prompts[-1].content, str) else ""
    if text.startswith(("[approved]", "[rejected]")):
        return "OK."
    return reply_to(text, messages)


def _call_id(messages: list[ModelMessage]) -> str:
    return f"offline-{sum(isinstance(m, ModelResponse) for m in messages) + 1}"


async def _respond(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    decision = decide(messages)
    if isinstance(decision, Call):
        call = ToolCallPart(decision.tool, json.dumps(decision.args), _call_id(messages))
        return ModelResponse(parts=[TextPart(decision.say), call] if decision.say else [call])
    return ModelResponse(parts=[TextPart(decision)])


async def _stream(
    messages: list[ModelMessage], info: AgentInfo
) -> AsyncIterator[str | DeltaToolCalls]:
    decision = decide(messages)
    text = decision.say if isinstance(decision, Call) else decision
    # Word by word, so the screen shows the reply arriving like any model's.
    for word in re.findall(r"\S+\s*|\s+", text):
        yield word
    if isinstance(decision, Call):
        yield {
            0: DeltaToolCall(
                name=decision.tool,
                json_args=json.dumps(decision.args),
                tool_call_id=_call_id(messages),
            )
        }


def offline_model() -> FunctionModel:
    return FunctionModel(_respond, stream_function=_stream, model_name="offline")
