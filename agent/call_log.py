"""Every call the model makes is a row of the session's log, with what it caused beneath it.

The service logs its verbs (who asked, the approval, the result); this wraps the agent's tools so the
model's own call is a row too — the read-only ones (`show_plan`, `show_costs`) included — and every
verb it reaches is logged as its child (`tools.service.calls.CURRENT_CALL`). The rows of one chat
call travel with its `ToolCallFinished`, so the chat's tool line opens exactly what it caused.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic_ai import ModelRetry, RunContext
from pydantic_ai.exceptions import ApprovalRequired
from pydantic_ai.toolsets import WrapperToolset
from pydantic_ai.toolsets.abstract import ToolsetTool

from agent.deps import ShotcallerDeps
from tools.service.calls import CURRENT_CALL, bounded, one_line

# What the model's call returned is kept up to this size; the service's rows keep the rest.
RESULT_TEXT_LIMIT = 2000


class LoggedTools(WrapperToolset[ShotcallerDeps]):
    """The agent's tools, each call logged as the model's before it runs."""

    async def call_tool(
        self,
        name: str,
        tool_args: dict[str, Any],
        ctx: RunContext[ShotcallerDeps],
        tool: ToolsetTool[ShotcallerDeps],
    ) -> Any:
        deps = ctx.deps
        store = deps.store
        args = bounded(tool_args)
        if ctx.tool_call_approved:
            args = {**args, "approved_by": _approved_by(ctx)}
        row = store.start_call(deps.session_id, name, args, actor="model", parent_id=None)
        if ctx.tool_call_id:
            deps.call_rows.setdefault(ctx.tool_call_id, []).append(row)
        token = CURRENT_CALL.set(row)
        try:
            result = await self.wrapped.call_tool(name, tool_args, ctx, tool)
        except ApprovalRequired as asked:
            meta = asked.metadata if isinstance(asked.metadata, dict) else {}
            store.finish_call(
                row,
                {"asked": meta.get("summary", "")},
                status="awaiting_approval",
                approval_id=str(meta["approval_id"]) if meta.get("approval_id") else None,
            )
            raise
        except ModelRetry as retry:
            store.finish_call(row, {"retry": str(retry)[:RESULT_TEXT_LIMIT]}, status="retry")
            raise
        except (asyncio.CancelledError, KeyboardInterrupt):
            # stopped (quit, "stop") mid-call: as the service logs its own such calls; a bare
            # "CancelledError: " read as an empty ✗ line in the reopened chat
            store.finish_call(row, {"error": "stopped before it finished"}, status="interrupted")
            raise
        except BaseException as exc:
            store.finish_call(row, {"error": one_line(exc)}, status="error")
            raise
        finally:
            CURRENT_CALL.reset(token)
        text = str(result)
        store.finish_call(row, text[:RESULT_TEXT_LIMIT])
        return result


def _approved_by(ctx: RunContext[ShotcallerDeps]) -> str:
    meta = ctx.tool_call_metadata if isinstance(ctx.tool_call_metadata, dict) else {}
    return str(meta.get("approved_by") or "person")
