"""The plan pane: the shot list as a table, one row per shot, updated in place as shots progress."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable

from sessions.summary import ShotSummary
from tui.views import clip_text, progress_cells

# What a producer watches comes first (status, progress, attempts, cost), so a narrow pane never
# scrolls it out of view; then how the shot is framed, who it shows (the cast whose references
# its engines get) and which engines made it. Columns that do not fit whole are left out: the
# shot's detail (Enter) has them.
COLUMNS = (
    ("id", "id"),
    ("dur", "duration"),
    ("status", "status"),
    ("progress", "progress"),
    ("att", "attempts"),
    ("cost", "cost"),
    ("shot", "shot"),
    ("cast", "cast"),
    ("keyframe", "keyframe"),
    ("clip", "clip"),
    ("tags", "tags"),
)
# The longest text a cell shows: a table sized to its longest cell pushes the rest off the pane.
SHOT_CELLS, TAG_CELLS, ACTIVITY_CELLS, CAST_CELLS = 22, 24, 22, 12
STATUS_STYLE = {
    "done": "green",
    "in_progress": "yellow",
    "stopped": "yellow",
    "failed": "bold red",
    "needs_attention": "bold magenta",
    "stale": "dim yellow",
    "to_remake": "dim yellow",  # a proposal's shot that approving it makes again
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
        self.summaries: dict[str, ShotSummary] = {}  # the rows shown, to lay them out again
        self.shown: tuple[str, ...] = ()  # the columns that fit the pane whole

    def on_mount(self) -> None:
        self._lay_out()

    def on_resize(self) -> None:
        if self._fitting() != self.shown:
            self._lay_out()

    def show(self, rows: list[ShotSummary]) -> None:
        """Replace the table with a new plan (a proposal, a revision, a reopened session)."""
        self.summaries = {row.id: row for row in rows}
        self._lay_out()

    def update_shot(self, row: ShotSummary) -> None:
        if row.id not in self.rows:
            return
        self.summaries[row.id] = row
        if self._fitting() != self.shown:  # a longer cell (an engine's name) pushed one out
            self._lay_out()
            return
        for key, value in self._cells(row).items():
            # Any cell update makes the table redraw every visible row: touch only what changed.
            if key in self.shown and self.get_cell(row.id, key) != value:
                self.update_cell(row.id, key, value)

    def _lay_out(self) -> None:
        """Columns from the left while they fit the pane whole: a column cut at the edge showed
        half a word ("keyfr"); the ones left out are on the shot's detail (F2, Enter)."""
        cursor = self.cursor_row
        self.shown = self._fitting()
        self.clear(columns=True)
        for label, key in COLUMNS:
            if key in self.shown:
                self.add_column(label, key=key)
        for row in self.summaries.values():
            cells = self._cells(row)
            self.add_row(*(cells[k] for k in self.shown), key=row.id)
        if self.summaries:
            self.move_cursor(row=min(cursor, len(self.summaries) - 1), animate=False)

    def _fitting(self) -> tuple[str, ...]:
        room = self.scrollable_content_region.width
        if room <= 0:  # not laid out yet: every column, until the pane has a size
            return tuple(key for _, key in COLUMNS)
        cells = [self._cells(row) for row in self.summaries.values()]
        shown: list[str] = []
        used = 0
        for label, key in COLUMNS:
            width = max([cell_len(label), *(_width(c[key]) for c in cells)]) + 2 * self.cell_padding
            if used + width > room and shown:
                break
            shown.append(key)
            used += width
        return tuple(shown)

    def set_activity(self, shot_id: str, text: str) -> None:
        self.activity[shot_id] = text

    def _cells(self, row: ShotSummary) -> dict[str, str | Text]:
        shot = f"{row.framing} {row.camera}" + (f" ←{row.chain_from}" if row.chain_from else "")
        status = Text(row.status.replace("_", " "), style=STATUS_STYLE.get(row.status, ""))
        done = sum(1 for tool in STAGES if tool in row.takes and not row.takes[tool].stale)
        activity = self.activity.get(row.id, "")
        progress = progress_cells(done, len(STAGES)) + (f" {activity}" if activity else "")
        cells: list[str | Text] = [
            row.id,
            f"{row.duration_s:g}s",
            status,
            clip_text(progress, ACTIVITY_CELLS),
            str(row.attempts),
            f"${row.cost_usd:.2f}",
            clip_text(shot, SHOT_CELLS),
            clip_text(_cast(row.cast), CAST_CELLS),
            _engine(row, "generate_keyframe"),
            _engine(row, "animate"),
            clip_text(", ".join(row.tags), TAG_CELLS),
        ]
        return {key: cell for (_, key), cell in zip(COLUMNS, cells, strict=True)}


def _width(cell: str | Text) -> int:
    return cell.cell_len if isinstance(cell, Text) else cell_len(cell)


def _engine(row: ShotSummary, tool: str) -> str:
    take = row.takes.get(tool)
    return take.engine if take else "—"


def _cast(names: list[str]) -> str:
    """Who the shot shows, in as few cells as names allow: "keeper" for "the keeper"."""
    if not names:
        return "—"
    return ", ".join(n[4:] if n.lower().startswith("the ") else n for n in names)
