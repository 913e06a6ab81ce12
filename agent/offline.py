"""`offline`: a pydantic-ai `FunctionModel` over the rules planner.

Offline sessions run through the very same agent, tools, approvals and logging as an LLM: this
model only decides the next tool call from the latest user message and the tool results in the
history, and streams a short reply. It understands a fixed vocabulary (`HELP`) and says plainly
when it does not understand.
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
from agent.planner import plan_from_brief
from sessions.stages import STAGE_WORDS

HELP = (
    "I understand: a brief; approve; reject; 'revise shot N: …'; 'drop shot N'; "
    "'add a shot after N: …'; 'make it vertical' (or 16:9, square); "
    "'redo shot N's keyframe' or 'redo shot N's clip'; 'use draft tier' or 'use delivery tier'; "
    "'produce'; 'show the plan'; 'what did it cost'."
)
GUARDRAIL_NOTE = (
    "Budget, tier and regeneration caps come from your options and the catalog, and are enforced "
    "in code: requests in a brief or chat to change them are not honoured.\n\n"
)
# Words of a brief trying to move a guardrail, which earn the note above.
_GUARDED = re.compile(
    r"\b(budget|regenerat\w*|retr(?:y|ies)|caps?|unlimited|skip approval|api keys?)\b", re.I
)
_REF = r"(?:shot\s+)?(?P<ref>s?\d+|the last shot|the first shot|last|first)"
_SEP = r"\s*[:,\-—]\s*"


@dataclass(frozen=True)
class Call:
    tool: str
    args: dict[str, object]
    say: str = ""  # said before the call, e.g. why a revision could not be made


Decision = Call | str


def _revision(text: str) -> Call | None:
    """The revision vocabulary, as `revise_plan` calls (the tool resolves shot refs)."""
    line = text.strip().rstrip(".!").strip()
    line = re.sub(r"^(?:please\s+|can you\s+|could you\s+)", "", line, flags=re.I)
    if m := re.match(rf"^(?:drop|remove|delete|cut)\s+{_REF}$", line, re.I):
        return Call("revise_plan", {"change": "drop_shot", "shot_id": m["ref"]})
    if m := re.match(
        rf"^add\s+(?:a|another|one)\s+(?:new\s+)?shot\s+after\s+{_REF}{_SEP}(?P<arg>.+)$",
        line,
        re.I,
    ):
        return Call(
            "revise_plan", {"change": "add_shot_after", "shot_id": m["ref"], "text": m["arg"]}
        )
    if m := re.match(rf"^(?:revise|change|edit)\s+{_REF}{_SEP}(?P<arg>.+)$", line, re.I):
        return Call("revise_plan", {"change": "revise_shot", "shot_id": m["ref"], "text": m["arg"]})
    if m := re.match(r"^make\s+shot\s+(?P<ref>s?\d+|last|first)\s+(?P<arg>.+)$", line, re.I):
        return Call("revise_plan", {"change": "revise_shot", "shot_id": m["ref"], "text": m["arg"]})
    if m := re.match(
        r"^make\s+(?:it|the (?:video|film|plan|episode|ad))\s+(?:in\s+)?(?P<arg>[\w:]+)(?:\s+format)?$",
        line,
        re.I,
    ):
        return Call("revise_plan", {"change": "set_aspect_ratio", "text": m["arg"]})
    return None


def _command(text: str) -> Decision | None:
    """A chat line in the offline vocabulary, or None if it is none of it."""
    line = text.strip().rstrip(".!?").strip().lower()
    if revision := _revision(text):
        return revision
    if m := re.match(rf"^(?:redo|regenerate|remake)\s+{_REF}(?:'s|’s)?\s+(?P<what>\w+)$", line):
        tool = STAGE_WORDS.get(m["what"].removesuffix("s"))
        if tool not in ("generate_keyframe", "animate", "upscale"):
            return f"I can redo a shot's keyframe, its clip or its upscale, not its {m['what']}."
        return Call(tool, {"shot_id": m["ref"]})
    if m := re.match(
        r"^(?:use|switch to|go)\s+(?:the\s+)?(?P<tier>draft|delivery)(?:\s+tier)?$", line
    ):
        return Call("set_tier", {"tier": m["tier"]})
    if re.search(r"\b(cost|spent|spend|money)\b", line):
        return Call("show_costs", {})
    if re.match(r"^(?:show|what is|what's)\s+(?:me\s+)?the\s+plan$", line):
        return Call("show_plan", {})
    if line in ("go", "make it", "start production") or re.match(r"^(?:yes:?\s+)?produce\b", line):
        return Call("produce", {})
    if line in ("approve", "approved", "yes", "ok", "reject", "no"):
        return "Nothing is waiting for your approval right now."
    return None


def _brief_call(text: str) -> Decision:
    try:
        plan = plan_from_brief(parse_brief(text))
    except BriefError as exc:
        return f"I could not read that as a brief: {exc}. {HELP}"
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
    return Call(
        "propose_plan",
        {
            "shots": shots,
            "title": plan.title,
            "aspect_ratio": plan.aspect_ratio,
            "style": plan.style,
        },
    )


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


_NOTE = re.compile(r"(?:did not approve and says|They say):\s*(?P<note>.+)$", re.I | re.S)


def _after_tool(result: ToolReturnPart) -> Decision:
    """The next step once a tool has answered."""
    content = result.model_response_str(wrap_if_error=False)
    if result.outcome == "retried" and result.tool_name == "revise_plan":
        # Put the unchanged plan back before the person, so approve/revise still has a target.
        return Call("propose_plan", {}, say=f"I could not make that change: {content}\n\n")
    if result.outcome == "retried":
        return f"I could not do that: {content}"
    if result.outcome == "failed":
        return f"That failed: {content}"
    if result.outcome == "denied":
        note = _NOTE.search(content)
        command = _command(note["note"]) if note else None
        if isinstance(command, Call):
            return command
        if result.tool_name == "propose_plan" and note:
            return f"I did not understand the revision '{note['note'].strip()}'. {HELP}"
        if result.tool_name == "propose_plan":
            return "The plan is set aside. Tell me what to change, or send a new brief."
        return "Not started; nothing was spent."
    if result.tool_name == "propose_plan":
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
        return _after_tool(returns[-1])
    # A prompt beside results: the person said something while a request waited for them (it
    # stays waiting); the words are what to answer.
    text = prompts[-1].content if prompts and isinstance(prompts[-1].content, str) else ""
    if text.startswith(("[approved]", "[rejected]")):
        return "OK."
    if not text.strip():
        return HELP
    command = _command(text)
    if command is not None:
        if isinstance(command, Call) and command.tool != "show_costs" and not _has_plan(messages):
            return "There is no plan yet: send a brief first."
        return command
    if not _has_plan(messages):
        decision = _brief_call(text)
        if isinstance(decision, Call) and _GUARDED.search(text):
            return Call(decision.tool, decision.args, say=GUARDRAIL_NOTE)
        return decision
    return f"I did not understand '{text.strip()}'. {HELP}"


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
