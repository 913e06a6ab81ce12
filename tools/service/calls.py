"""The session log of tool calls: every verb of the service is one row, whoever called it.

A row is written when the call starts and finished when it ends (a crash leaves it `running`, which
says so), with who asked (the person, the model, `--yes`), the arguments, the approval it waited for,
the result and — through `parent_id` on the stage calls a production makes — the attempts it caused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sessions.store import SessionStore

# Text arguments are logged whole up to this size; past it, their length and start (a 1 MB prompt
# from a model must not grow the log by a megabyte per call).
ARG_TEXT_LIMIT = 4000

# The call being made right now in this task: a verb called inside another call (a service verb
# inside the chat's tool call) is logged as its child, so the chat's tool line opens everything it
# caused. Context-local: concurrent turns and productions never adopt each other's calls.
CURRENT_CALL: ContextVar[str | None] = ContextVar("shotcaller_current_call", default=None)


@dataclass
class Call:
    id: str
    result: Any = None
    status: str = "ok"
    approval_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@contextmanager
def logged(
    store: SessionStore,
    session_id: str,
    verb: str,
    args: dict[str, Any],
    *,
    actor: str,
    shot_id: str = "",
    approval_id: str | None = None,
) -> Iterator[Call]:
    """Log one call of `verb`; the body sets `call.result` (and `status` when not ok)."""
    call = Call(
        store.start_call(
            session_id,
            verb,
            bounded(args),
            actor=actor,
            shot_id=shot_id,
            approval_id=approval_id,
            parent_id=CURRENT_CALL.get(),
        ),
        approval_id=approval_id,
    )
    token = CURRENT_CALL.set(call.id)
    try:
        yield call
    except (asyncio.CancelledError, KeyboardInterrupt):
        store.finish_call(call.id, {"error": "stopped before it finished"}, status="interrupted")
        raise
    except BaseException as exc:
        store.finish_call(call.id, {"error": one_line(exc)}, status="error")
        raise
    finally:
        CURRENT_CALL.reset(token)
    store.finish_call(call.id, call.result, status=call.status, approval_id=call.approval_id)


def bounded(args: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, str) and len(value) > ARG_TEXT_LIMIT:
            out[key] = f"{value[:200]}… ({len(value)} characters)"
        else:
            out[key] = value
    return out


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300]
