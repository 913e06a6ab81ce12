"""Choosing the planner's model: `offline`, or any pydantic-ai model string the person has.

`--model` / `SHOTCALLER_MODEL` take strings such as `openai:gpt-4.1`, `anthropic:claude-…`,
`ollama:llama3.1`; `offline` is the default. Keys are read from the given environment only, and a
missing one is a `ModelConfigError` naming what to set. Nothing here runs at import.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic_ai.exceptions import UserError
from pydantic_ai.models import Model

from agent.config_errors import ModelConfigError

MODEL_ENV = "SHOTCALLER_MODEL"
OFFLINE = "offline"


@dataclass(frozen=True)
class ModelChoice:
    name: str  # as the person wrote it, recorded on the session
    model: Model


def model_name(requested: str | None, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return (requested or env.get(MODEL_ENV) or OFFLINE).strip()


def select_model(requested: str | None, env: Mapping[str, str] | None = None) -> ModelChoice:
    """The model for `requested` (or SHOTCALLER_MODEL, or offline)."""
    env = os.environ if env is None else env
    name = model_name(requested, env)
    if name == OFFLINE:
        from agent.offline import offline_model

        return ModelChoice(name, offline_model())
    provider, sep, model = name.partition(":")
    if not sep or not model:
        raise ModelConfigError(
            f"unknown model {name!r}: use offline, or a pydantic-ai model string "
            "such as openai:gpt-4.1, anthropic:claude-sonnet-4-5 or ollama:llama3.1"
        )
    if provider in ("openai", "openai-chat", "openai-responses"):
        return ModelChoice(name, _openai(provider, model, env))
    if provider == "anthropic":
        return ModelChoice(name, _anthropic(model, env))
    if provider == "ollama":
        return ModelChoice(name, _ollama(model, env))
    return ModelChoice(name, _inferred(name))


def _openai(kind: str, model: str, env: Mapping[str, str]) -> Model:
    from pydantic_ai.models.openai import OpenAIChatModel, OpenAIResponsesModel
    from pydantic_ai.providers.openai import OpenAIProvider

    base_url = env.get("OPENAI_BASE_URL") or None
    key = env.get("OPENAI_API_KEY") or None
    if key is None and base_url is None:
        raise ModelConfigError(
            f"{kind}:{model} needs OPENAI_API_KEY (or OPENAI_BASE_URL for an OpenAI-compatible "
            "server); set it, or use --model offline"
        )
    # Local servers rarely check the key, but the SDK insists on one.
    provider = OpenAIProvider(base_url=base_url, api_key=key or "not-needed")
    if base_url is not None and kind in ("openai", "openai-chat"):
        # Most OpenAI-compatible servers (llama.cpp, vLLM, gateways) speak only chat completions,
        # and some answer 500 to `tool_choice: "required"`: declare that they cannot force a tool
        # call, so pydantic-ai sends "auto" and reads the reply as text or tool calls.
        base = provider.model_profile(model) or {}
        return OpenAIChatModel(
            model, provider=provider, profile={**base, "supports_forced_tool_choice": False}
        )
    if kind == "openai-chat":
        return OpenAIChatModel(model, provider=provider)
    return OpenAIResponsesModel(model, provider=provider)


def _anthropic(model: str, env: Mapping[str, str]) -> Model:
    from pydantic_ai.models.anthropic import AnthropicModel
    from pydantic_ai.providers.anthropic import AnthropicProvider

    key = env.get("ANTHROPIC_API_KEY")
    if not key:
        raise ModelConfigError(
            f"anthropic:{model} needs ANTHROPIC_API_KEY; set it, or use --model offline"
        )
    return AnthropicModel(model, provider=AnthropicProvider(api_key=key))


def _ollama(model: str, env: Mapping[str, str]) -> Model:
    from pydantic_ai.models.openai import OpenAIChatModel
    from pydantic_ai.providers.ollama import OllamaProvider

    base_url = env.get("OLLAMA_BASE_URL")
    if not base_url:
        raise ModelConfigError(
            f"ollama:{model} needs OLLAMA_BASE_URL (e.g. http://localhost:11434/v1); "
            "set it, or use --model offline"
        )
    return OpenAIChatModel(model, provider=OllamaProvider(base_url=base_url))


def _inferred(name: str) -> Model:
    from pydantic_ai.models import infer_model

    try:
        return infer_model(name)
    except (UserError, ImportError, ValueError) as exc:
        line = " ".join(str(exc).split())
        raise ModelConfigError(f"cannot use model {name!r}: {line}") from None
