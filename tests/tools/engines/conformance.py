"""What the conformance tests share: run an adapter at a recorder, compare two requests.

A request "agrees" when method, path, query, the name of the header carrying the credential and
the JSON body are the same. Multipart bodies (OpenAI's image edits, Runway's upload form) are
compared as their field names and text values.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, get_args, get_type_hints

from tests.tools.engines.recorder import Heard
from tools.catalog import EngineSpec
from tools.engines.base import EngineRequest, EngineResult, build_engine


async def run_adapter(
    spec: EngineSpec, request: EngineRequest, env: Mapping[str, str]
) -> EngineResult:
    """Build the engine as the app does (entry point, injected env) and run it at full pace."""
    engine = build_engine(spec, env={**env, "SHOTCALLER_POLL_S": "0"})
    return await engine.run(request)


def agree(sdk: Heard, ours: Heard, *, body: bool = True) -> None:
    """Assert that the adapter sent what the SDK sent for the same logical request."""
    route = ((ours.method, ours.path), (sdk.method, sdk.path))
    assert route[0] == route[1], f"ours, the SDK's: {route}"
    assert ours.query == sdk.query, f"ours, the SDK's: {(ours.query, sdk.query)}"
    auth = (ours.auth_header, sdk.auth_header)
    assert auth[0] == auth[1], f"auth header, ours and the SDK's: {auth}"
    if body:
        assert ours.json() == sdk.json(), f"ours, the SDK's: {(ours.json(), sdk.json())}"


def form_fields(heard: Heard) -> dict[str, str | bytes]:
    """A multipart/form-data body as {field name: text value, or file bytes}."""
    raw = f"Content-Type: {heard.headers['content-type']}\r\n\r\n".encode() + heard.body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    fields: dict[str, str | bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        is_file = part.get_filename() is not None
        fields[str(name)] = payload if is_file else payload.decode()
    return fields


def literal_values(typed_dict: type, field: str) -> tuple[Any, ...]:
    """The values an SDK's TypedDict allows for `field` (its `Literal[...]`)."""
    hint = get_type_hints(typed_dict, include_extras=True)[field]
    values: list[Any] = []

    def walk(tp: Any) -> None:
        args = get_args(tp)
        if getattr(tp, "__origin__", None) is not None and str(tp).startswith("typing.Literal"):
            values.extend(args)
            return
        for arg in args:
            if isinstance(arg, type | object) and not isinstance(arg, str | int):
                walk(arg)

    walk(hint)
    return tuple(values)


SHOT_SIZES = {"16:9": (1280, 720), "9:16": (720, 1280), "1:1": (1080, 1080), "4:5": (1080, 1350)}


def requests_for(
    build: Callable[..., EngineRequest], tool: str, **extra: object
) -> list[tuple[str, EngineRequest]]:
    """One request per aspect-ratio class the app makes (16:9, 9:16, 1:1, 4:5)."""
    return [
        (ratio, build(tool, width=w, height=h, **extra)) for ratio, (w, h) in SHOT_SIZES.items()
    ]


def media_path(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
