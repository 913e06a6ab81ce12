"""Scripted models for conversation tests: a function of the history, streamed like a real model."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

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

Step = Callable[[list[ModelMessage]], ModelResponse]


def call(tool: str, n: int, **args: object) -> ModelResponse:
    return ModelResponse(parts=[ToolCallPart(tool, json.dumps(args), f"call-{n}")])


def say(text: str) -> ModelResponse:
    return ModelResponse(parts=[TextPart(text)])


def last_returns(messages: list[ModelMessage]) -> list[ToolReturnPart]:
    last = messages[-1]
    assert isinstance(last, ModelRequest)
    return [p for p in last.parts if isinstance(p, ToolReturnPart)]


def last_prompt(messages: list[ModelMessage]) -> str | None:
    last = messages[-1]
    assert isinstance(last, ModelRequest)
    prompts = [p.content for p in last.parts if isinstance(p, UserPromptPart)]
    return str(prompts[-1]) if prompts else None


@dataclass
class Scripted:
    """A FunctionModel over `step`, remembering every history it was given."""

    step: Step
    seen: list[list[ModelMessage]] = field(default_factory=list)
    infos: list[AgentInfo] = field(default_factory=list)

    def model(self) -> FunctionModel:
        async def respond(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
            self.seen.append(list(messages))
            self.infos.append(info)
            return self.step(messages)

        async def stream(
            messages: list[ModelMessage], info: AgentInfo
        ) -> AsyncIterator[str | DeltaToolCalls]:
            response = await respond(messages, info)
            for i, part in enumerate(response.parts):
                if isinstance(part, TextPart):
                    yield part.content
                elif isinstance(part, ToolCallPart):
                    yield {
                        i: DeltaToolCall(
                            name=part.tool_name,
                            json_args=part.args_as_json_str(),
                            tool_call_id=part.tool_call_id,
                        )
                    }

        return FunctionModel(respond, stream_function=stream, model_name="scripted")
