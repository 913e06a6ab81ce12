"""An LLM's failures as one line a person can act on (never a traceback, never a key)."""

from __future__ import annotations

import json
import re

from pydantic_ai.exceptions import (
    AgentRunError,
    ModelAPIError,
    ModelAuthenticationError,
    ModelConnectionError,
    ModelHTTPError,
    ModelNotFoundError,
    ModelRateLimitError,
    UnexpectedModelBehavior,
    UsageLimitExceeded,
)

from agent.events import AgentError

_OFFLINE = "or use --model offline"

# What a person sets for each model family: its key and, where its SDK reads one, the variable
# that points it at another server (pydantic-ai's providers read these names).
_KEY_VARIABLE = {
    "openai": "OPENAI_API_KEY",
    "openai-chat": "OPENAI_API_KEY",
    "openai-responses": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google-gla": "GEMINI_API_KEY",
    "google": "GEMINI_API_KEY",
    "gemini": "GEMINI_API_KEY",
    "groq": "GROQ_API_KEY",
    "mistral": "MISTRAL_API_KEY",
}
_BASE_URL_VARIABLE = {
    "openai": "OPENAI_BASE_URL",
    "openai-chat": "OPENAI_BASE_URL",
    "openai-responses": "OPENAI_BASE_URL",
    "anthropic": "ANTHROPIC_BASE_URL",
}

# A tool's answer when the approval it carried was refused (no engine here for the plan's tier,
# a newer plan): it is what the tool returned, but it is no success, on the screen or to the model.
NOT_APPROVED = "Not approved:"
# A tool's answer when a guardrail refused what it asked (a tier whose keys are missing): the
# tool's words, which the model reads, and no success on the person's tool line either (it
# showed "✓ set_tier Cannot switch: …").
CANNOT_SWITCH = "Cannot switch:"
# How a reply begins when the person's words were read as nothing the chat can do (the offline
# planner's answer to an unknown line, a cast line it cannot place): `say` exits 2 on it.
NOT_UNDERSTOOD = "I did not understand"


# How the offline planner's other answers that change nothing begin (a change it could not
# read, a split or merge it cannot make, a question it cannot answer): `say` exits 2 on each as
# on NOT_UNDERSTOOD. (The walk found the same "could not read" line exiting 3 beside a waiting
# card and 2 elsewhere: scripts could rely on neither.)
NOT_CARRIED_OUT: tuple[str, ...] = (
    NOT_UNDERSTOOD,
    "That sounds like a change to this plan that I could not read",
    "I can't split a shot",
    "I can't merge shots",
    "I read the chat in English only",
    "Pacing is set shot by shot",
    "I can't answer that here",
)


class Declined(str):
    """A reply of the chat's own saying the person's words were not carried out (a cast line
    naming nobody in the cast): shown as any reply, and `say` exits 2 on it."""


def is_refusal(text: str) -> bool:
    """Whether a tool's answer says its request was refused (see NOT_APPROVED, CANNOT_SWITCH)."""
    return text.startswith((NOT_APPROVED, CANNOT_SWITCH))


def _family(model: str) -> str:
    return model.split(":", 1)[0].strip().lower() if ":" in model else "openai"


def _key_hint(model: str) -> str:
    variable = _KEY_VARIABLE.get(_family(model))
    return f"check {variable}" if variable else "check the provider's key variable"


def _network_hint(model: str) -> str:
    variable = _BASE_URL_VARIABLE.get(_family(model))
    return f"check {variable} / the network" if variable else "check the network"


def agent_error(exc: Exception, model: str) -> AgentError:
    """What went wrong with `model`, and what to set or do about it."""
    if isinstance(exc, ModelAuthenticationError):
        return AgentError(
            f"{model} refused the key (authentication failed)",
            f"{_key_hint(model)} {_OFFLINE}",
        )
    if isinstance(exc, ModelRateLimitError):
        return AgentError(
            f"{model} is rate-limiting requests (429)", f"wait a moment and send again {_OFFLINE}"
        )
    if isinstance(exc, ModelNotFoundError):
        return AgentError(
            f"{model}: the server does not know this model or endpoint",
            "check the model name"
            + (
                "; an OpenAI-compatible server needs OPENAI_BASE_URL"
                if _family(model).startswith("openai")
                else ""
            ),
        )
    if isinstance(exc, ModelConnectionError):
        return AgentError(
            f"cannot reach the server for {model}",
            f"{_network_hint(model)} {_OFFLINE}",
        )
    if isinstance(exc, ModelHTTPError):
        hint = (
            "the server may not support forced tool calls or this request"
            if exc.status_code < 500
            else "the server failed"
        )
        return AgentError(f"{model} answered HTTP {exc.status_code}", f"{hint}; {_OFFLINE}")
    if isinstance(exc, ModelAPIError):
        return AgentError(f"{model} failed: {_one_line(exc)}", f"try again {_OFFLINE}")
    if isinstance(exc, UsageLimitExceeded):
        return AgentError(
            f"{model} went round in circles ({_one_line(exc)})", "say more plainly what you want"
        )
    if isinstance(exc, UnexpectedModelBehavior):
        return AgentError(
            f"{model} gave an answer shotcaller cannot use: {_one_line(exc)}",
            f"try again {_OFFLINE}",
        )
    if isinstance(exc, AgentRunError):
        return AgentError(f"{model} failed: {_one_line(exc)}", _OFFLINE)
    raise exc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


# Clauses of a tool's retry text that instruct the model ("call propose_plan…", "change the
# durations so they sum to 15", "set chain_from to 'S01' or null"): the person sees the rest.
_FOR_MODEL = re.compile(
    r"\b(?:call|pass|set|change|give|use)\b[^;:.]*\b(?:propose_plan|revise_plan|produce|"
    r"set_stage_prompts|chain_from|durations|shot_id|null|the shots|arguments?)\b"
    r"|\bfix the errors\b|\btry again\b|\bso the person can\b",
    re.IGNORECASE,
)


def for_person(text: str) -> str:
    """A tool's answer as the person should read it: the model's instructions taken out, no JSON
    error wrapper, one line."""
    text = text.strip()
    if text.startswith('{"error"'):
        try:
            value = json.loads(text).get("error", text)
            text = value if isinstance(value, str) else json.dumps(value)
        except ValueError:
            pass
    clauses = re.split(r"(?<=[;:.])\s+|\n+", text)
    kept = [c for c in clauses if c.strip() and not _FOR_MODEL.search(c)]
    line = " ".join(kept).strip().rstrip(";:,")
    line = " ".join(line.split())
    return line or "that could not be done as asked"


def for_person_head(text: str) -> str:
    """A successful tool's answer with the model's instructions taken out of its first line (the
    line the chat shows); the lines after it (a plan table …) are kept as they are."""
    head, _, rest = text.partition("\n")
    if not _FOR_MODEL.search(head):
        return text
    return for_person(head) + (f"\n{rest}" if rest else "")
