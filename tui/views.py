"""How the screens word and draw what sessions/views.py and sessions/summary.py read."""

from __future__ import annotations

from sessions.stages import STAGES

# Short names for stages, as the person says them (and as the keys in the shot detail name them).
STAGE_WORDS: dict[str, str] = {
    **{tool: s.label for tool, s in STAGES.items()},
    "check_continuity": "continuity",
}


def progress_cells(done: int, total: int) -> str:
    """A shot's progress as a little bar: ▰ per finished stage, ▱ per stage to go."""
    done = max(0, min(done, total))
    return "▰" * done + "▱" * (total - done)
