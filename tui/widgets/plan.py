"""The plan pane: the shot list as a table, one row per shot, updated in place as shots progress."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from sessions.summary import ShotSummary
from tui.views import clip_text, progress_cells

# What a producer watches comes first (status, progress, attempts, cost), so a narrow pane never
# scrolls it out of view; then who the shot shows (the cast whose references its engines get,
# short enough to stay on an 80-column screen), how it is framed and which engines made it.
COLUMNS = (
    ("id", "id"),
    ("dur", "duration"),
    ("status", "status"),
    ("progress", "progress"),
    ("att", "attempts"),
    ("cost", "cost"),
    ("cast", "cast"),
    ("shot", "shot"),
    ("keyframe", "keyframe"),
    ("clip", "clip"),
    ("tags", "tags"),
)
# The longest text a cell shows: a table sized to its longest cell pushes the rest off the pane.
SHOT_CELLS, TAG_CELLS, ACTIVITY_CELLS, CAST_CELLS = 22, 24, 22, 12
STATUS_STYLE = {
    "done": "green",
    "in_progress": "yellow",
    "failed": "bold red",
    "needs_attention": "bold magenta",
    "stale": "dim yellow",
    "pending": "dim",
}
# The chat produces a keyframe and then a clip for each shot (the default stages).
STAGES = ("generate_keyframe", "animate")


class PlanTable(DataTable[str | Text]):
    """Select a row (enter or click) to open the shot's detail."""

    DEFAULT_CSS = "PlanTable { height: 1fr; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.activity: dict[str, str] = {}  # shot id → what is happening to it right now

    def on_mount(self) -> None:
        for label, key in COLUMNS:
            self.add_column(label, key=key)

    def show(self, rows: list[ShotSummary]) -> None:
        """Replace the table with a new plan (a proposal, a revision, a reopened session)."""
        cursor = self.cursor_row
        self.clear()
        for row in rows:
            self.add_row(*self._cells(row), key=row.id)
        if rows:
            self.move_cursor(row=min(cursor, len(rows) - 1), animate=False)

    def update_shot(self, row: ShotSummary) -> None:
        if row.id not in self.rows:
            return
        for (_, key), value in zip(COLUMNS, self._cells(row), strict=True):
            # Any cell update makes the table redraw every visible row: touch only what changed.
            if self.get_cell(row.id, key) != value:
                self.update_cell(row.id, key, value)

    def set_activity(self, shot_id: str, text: str) -> None:
        self.activity[shot_id] = text

    def _cells(self, row: ShotSummary) -> list[str | Text]:
        shot = f"{row.framing} {row.camera}" + (f" ←{row.chain_from}" if row.chain_from else "")
        status = Text(row.status.replace("_", " "), style=STATUS_STYLE.get(row.status, ""))
        done = sum(1 for tool in STAGES if tool in row.takes and not row.takes[tool].stale)
        activity = self.activity.get(row.id, "")
        progress = progress_cells(done, len(STAGES)) + (f" {activity}" if activity else "")
        return [
            row.id,
            f"{row.duration_s:g}s",
            status,
            clip_text(progress, ACTIVITY_CELLS),
            str(row.attempts),
            f"${row.cost_usd:.2f}",
            clip_text(_cast(row.cast), CAST_CELLS),
            clip_text(shot, SHOT_CELLS),
            _engine(row, "generate_keyframe"),
            _engine(row, "animate"),
            clip_text(", ".join(row.tags), TAG_CELLS),
        ]


def _engine(row: ShotSummary, tool: str) -> str:
    take = row.takes.get(tool)
    return take.engine if take else "—"


def _cast(names: list[str]) -> str:
    """Who the shot shows, in as few cells as names allow: "keeper" for "the keeper"."""
    if not names:
        return "—"
    return ", ".join(n[4:] if n.lower().startswith("the ") else n for n in names)
