"""Model selection: strings in, a model or one line naming what to set out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.models.function import FunctionModel
from pydantic_ai.models.openai import OpenAIChatModel, OpenAIResponsesModel

from agent.models import ModelConfigError, select_model
from tui.cli import main


def test_offline_is_the_default_and_the_env_variable_chooses() -> None:
    assert select_model(None, {}).name == "offline"
    assert isinstance(select_model(None, {}).model, FunctionModel)
    env = {"SHOTCALLER_MODEL": "openai:gpt-4.1", "OPENAI_API_KEY": "sk-x"}
    assert select_model(None, env).name == "openai:gpt-4.1"
    assert select_model("offline", env).name == "offline"  # --model wins over the variable


def test_openai_uses_chat_completions_behind_a_compatible_server() -> None:
    assert isinstance(
        select_model("openai:gpt-4.1", {"OPENAI_API_KEY": "k"}).model, OpenAIResponsesModel
    )
    local = {"OPENAI_BASE_URL": "http://localhost:8080/v1"}  # no key: local servers need none
    chat = select_model("openai:qwen2.5", local).model
    assert isinstance(chat, OpenAIChatModel) and chat.model_name == "qwen2.5"
    assert chat.profile.get("supports_forced_tool_choice") is False  # never tool_choice "required"
    assert isinstance(
        select_model("openai-chat:gpt-4.1", {"OPENAI_API_KEY": "k"}).model, OpenAIChatModel
    )


@pytest.mark.parametrize(
    ("name", "env", "fragment"),
    [
        ("openai:gpt-4.1", {}, "needs OPENAI_API_KEY"),
        ("anthropic:claude-sonnet-4-5", {}, "needs ANTHROPIC_API_KEY"),
        ("ollama:llama3.1", {}, "needs OLLAMA_BASE_URL"),
        ("gpt-4.1", {}, "unknown model 'gpt-4.1'"),
        ("nosuchprovider:x", {}, "cannot use model 'nosuchprovider:x'"),
    ],
)
def test_what_to_set_when_a_model_cannot_be_used(
    name: str, env: dict[str, str], fragment: str
) -> None:
    with pytest.raises(ModelConfigError) as raised:
        select_model(name, env)
    message = str(raised.value)
    assert fragment in message and "\n" not in message


def test_anthropic_and_ollama_with_their_settings() -> None:
    claude = select_model("anthropic:claude-sonnet-4-5", {"ANTHROPIC_API_KEY": "k"}).model
    assert isinstance(claude, AnthropicModel)
    local = select_model("ollama:llama3.1", {"OLLAMA_BASE_URL": "http://localhost:11434/v1"})
    assert isinstance(local.model, OpenAIChatModel)


def test_cli_refuses_a_model_without_its_key_before_writing_anything(
    data_home: Path, examples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["run", str(examples / "porch-cat.txt"), "--model", "openai:gpt-4.1"])
    _, err = capsys.readouterr()
    assert exited.value.code == 2
    assert err.count("\n") == 1 and "OPENAI_API_KEY" in err and "offline" in err
    assert not data_home.exists()
