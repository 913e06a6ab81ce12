"""Write the LLM cassettes: an OpenAI-compatible chat-completions server, by hand.

These are not recordings. Each response follows the documented chat-completions shape (streamed as
`chat.completion.chunk` server-sent events, since the conversation streams), with tool calls whose
`arguments` is a JSON string. Run `python tests/cassettes/llm/make_cassettes.py` after editing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
URI = "http://llm.test/v1/chat/completions"
MODEL = "gpt-4.1-mini"

SHOTS = [
    {"description": "Dawn over the town", "duration_s": 2, "framing": "wide", "camera": "drone",
     "tags": ["landscape", "camera_motion"]},
    {"description": "The baker shapes dough", "duration_s": 2, "framing": "medium",
     "camera": "handheld", "subjects": ["the baker"], "tags": ["human_motion", "character"]},
    {"description": "A loaf comes out of the oven", "duration_s": 2, "framing": "close",
     "camera": "push-in", "subjects": ["the baker", "a loaf"], "tags": ["product", "character"],
     "chain_from": "S02"},
]  # fmt: skip


def _chunk(n: int, choices: list[dict[str, Any]], **extra: Any) -> str:
    body = {
        "id": f"chatcmpl-{n}",
        "object": "chat.completion.chunk",
        "created": 1726012687 + n,
        "model": MODEL,
        "choices": choices,
        **extra,
    }
    return "data: " + json.dumps(body, separators=(",", ":")) + "\n\n"


def _end(n: int, reason: str) -> str:
    usage = {"prompt_tokens": 35, "completion_tokens": 12, "total_tokens": 47}
    return (
        _chunk(n, [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": reason}])
        + _chunk(n, [], usage=usage)
        + "data: [DONE]\n\n"
    )


def tool_call(n: int, name: str, arguments: str) -> dict[str, Any]:
    """A streamed assistant turn calling one tool; `arguments` arrives in two pieces."""
    half = len(arguments) // 2
    start = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"index": 0, "id": f"call_{n}", "type": "function",
             "function": {"name": name, "arguments": arguments[:half]}}
        ],
    }  # fmt: skip
    more = {"tool_calls": [{"index": 0, "function": {"arguments": arguments[half:]}}]}
    body = (
        _chunk(n, [{"index": 0, "delta": start, "logprobs": None, "finish_reason": None}])
        + _chunk(n, [{"index": 0, "delta": more, "logprobs": None, "finish_reason": None}])
        + _end(n, "tool_calls")
    )
    return _ok(body)


def text(n: int, words: str) -> dict[str, Any]:
    pieces = [{"role": "assistant", "content": ""}] + [
        {"content": w} for w in words.split(" ") if w
    ]
    pieces = [pieces[0]] + [
        {"content": p["content"] + (" " if i < len(pieces) - 2 else "")}
        for i, p in enumerate(pieces[1:])
    ]
    body = "".join(
        _chunk(n, [{"index": 0, "delta": d, "logprobs": None, "finish_reason": None}])
        for d in pieces
    )
    return _ok(body + _end(n, "stop"))


def _ok(body: str) -> dict[str, Any]:
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {"content-type": ["text/event-stream; charset=utf-8"]},
        "body": {"string": body},
    }


def error(code: int, message: str, kind: str) -> dict[str, Any]:
    body = {"error": {"message": message, "type": kind, "param": None, "code": kind}}
    return {
        "status": {"code": code, "message": message},
        # retry-after-ms keeps the SDK's own back-off to a millisecond in tests.
        "headers": {"content-type": ["application/json"], "retry-after-ms": ["1"]},
        "body": {"string": json.dumps(body)},
    }


def cassette(name: str, responses: list[dict[str, Any]]) -> None:
    interactions = [
        {
            "request": {
                "body": None,
                "headers": {"content-type": ["application/json"]},
                "method": "POST",
                "uri": URI,
            },
            "response": response,
        }
        for response in responses
    ]
    text_ = yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False, width=100)
    (HERE / f"{name}.yaml").write_text(text_, encoding="utf-8")


def main() -> None:
    rate_limited = error(429, "Rate limit reached for requests", "rate_limit_exceeded")
    cassette(
        "chat_flow",
        [
            rate_limited,  # the SDK waits retry-after and asks again
            tool_call(1, "propose_plan", '{"shots": [{"description": "Dawn over'),  # malformed
            tool_call(2, "propose_plan", json.dumps({"shots": SHOTS, "title": "Crumb at dawn"})),
            tool_call(
                3,
                "revise_plan",
                json.dumps({"change": "revise_shot", "shot_id": "S02", "text": "a close-up"}),
            ),
            tool_call(4, "propose_plan", "{}"),
            tool_call(5, "produce", "{}"),
            text(6, "Done: all three shots are produced and the episode is cut."),
        ],
    )
    # A server that keeps answering 429: the SDK's two retries, then a clear message.
    cassette("chat_rate_limited", [rate_limited] * 3)
    cassette(
        "chat_server_error",
        [error(500, "tool_choice 'required' is not supported", "server_error")] * 3,
    )


if __name__ == "__main__":
    main()
