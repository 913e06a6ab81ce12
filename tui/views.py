"""How the screens word and draw what sessions/views.py and sessions/summary.py read."""

from __future__ import annotations

from sessions.stages import STAGES

# Short names for stages, as the person says them (and as the keys in the shot detail name them).
STAGE_WORDS: dict[str, str] = {
    **{tool: s.word for tool, s in STAGES.items()},
    "check_continuity": "continuity",
}

# Where a session stands, in words (the store's statuses are identifiers).
STATUS_WORDS = {
    "planning": "planning",
    "awaiting_approval": "waiting for your approval",
    "producing": "producing",
    "stopped": "stopped mid-production",  # "producing" left by a process that stopped
    "completed": "done",
    "partial": "partly done",
    "failed": "failed",
}


def status_words(status: str, waiting: str | None = None, *, here: bool = True) -> str:
    """The session's status for the header. `waiting`: the kind of approval on screen ("plan" or
    "production"). `here`: False when "producing" is what a process that stopped left behind."""
    if waiting is not None:
        return f"{'plan' if waiting == 'plan' else 'production'} waiting for your approval"
    if status == "producing" and not here:
        return "stopped mid-production"
    return STATUS_WORDS.get(status, status.replace("_", " "))


def plural(count: int, word: str) -> str:
    """`1 shot`, `2 shots`."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def clip_text(text: str, cells: int) -> str:
    """`text` cut to `cells` characters with an ellipsis."""
    return text if len(text) <= cells else text[: cells - 1] + "…"


def progress_cells(done: int, total: int) -> str:
    """A shot's progress as a little bar: ▰ per finished stage, ▱ per stage to go."""
    done = max(0, min(done, total))
    return "▰" * done + "▱" * (total - done)


def money(usd: float) -> str:
    return f"${usd:.2f}"
