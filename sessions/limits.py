"""How much text a person (or a model) may give at once, in characters, and the one line that
refuses more. Every front door says a limit the same way, in the same unit:
"long.txt is 26,001 characters; a brief is at most 20,000 characters"."""

from __future__ import annotations

# A brief, or one chat message: the person's words at once (a brief is often the first message).
MAX_MESSAGE_CHARS = 20_000

# What a plan keeps, per field: longer text is refused, never stored (a megabyte "prompt" from a
# model would otherwise grow the session for good).
LIMITS = {"title": 200, "description": 1000, "style": 1000, "prompt": 4000, "note": 1000}


def too_long(what: str, length: int | None, limit: int, *, where: str | None = None) -> str | None:
    """The one line that refuses `length` characters of a `what` (None: not counted, too big to
    read), or None when it fits. `where` names the source: a file, "the brief on stdin"."""
    if length is not None and length <= limit:
        return None
    size = f"over {limit:,}" if length is None else f"{length:,}"
    return (
        f"{where or f'the {what}'} is {size} characters; a {what} is at most {limit:,} characters"
    )
