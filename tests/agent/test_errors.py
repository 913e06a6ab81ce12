"""An LLM failure names the variable that belongs to the model's provider."""

from __future__ import annotations

import pytest
from pydantic_ai.exceptions import ModelAuthenticationError, ModelConnectionError

from agent.errors import agent_error


@pytest.mark.parametrize(
    ("model", "variable"),
    [
        ("openai:gpt-4.1-mini", "OPENAI_BASE_URL"),
        ("openai-chat:llama", "OPENAI_BASE_URL"),
        ("anthropic:claude-sonnet-4-5", "ANTHROPIC_BASE_URL"),
    ],
)
def test_network_hint_names_the_providers_own_variable(model: str, variable: str) -> None:
    error = agent_error(ModelConnectionError("m", "connection refused"), model)
    assert variable in (error.hint or "")
    other = {"OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"} - {variable}
    assert not any(name in (error.hint or "") for name in other)


def test_a_provider_without_a_base_url_variable_gets_the_network_only() -> None:
    error = agent_error(
        ModelConnectionError("m", "connection refused"), "google-gla:gemini-3.8-flash"
    )
    assert "BASE_URL" not in (error.hint or "") and "network" in (error.hint or "")


def test_auth_hint_names_the_providers_key() -> None:
    error = agent_error(ModelAuthenticationError("m", "bad key"), "anthropic:claude-sonnet-4-5")
    assert "ANTHROPIC_API_KEY" in (error.hint or "") and "OPENAI" not in (error.hint or "")
