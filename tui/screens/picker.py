"""The session picker: type a brief to start a new session, or open, rename or delete a saved one.

Typing anywhere here writes into the brief at the top — the first thing a newcomer types is never
swallowed by a one-letter key (the "n" of "drone" used to start a new session and lose the rest).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static, TextArea

from sessions.lock import SessionLocked
from sessions.store import SessionStore
from sessions.views import SessionRow, session_rows
from tools.catalog import CatalogError
from tools.service import ProductionService, ServiceError
from tui.screens.ask import AskScreen, ConfirmScreen
from tui.views import STATUS_WORDS, clip_text
from tui.widgets.prompt import PromptInput

NEW = "__new__"
BRIEF_HINT = "Describe a new video to start a session — Enter starts it, ctrl+j a new line"


@dataclass(frozen=True)
class Picked:
    """What the picker was closed with: a session to open, or a new one (with its brief)."""

    session_id: str | None  # None: a new session
    brief: str = ""


class SessionPicker(Screen[Picked | None]):
    """Dismisses with what to open, or None when closed (only over an open session)."""

    BINDINGS = [
        Binding("ctrl+n", "new", "New session"),
        Binding("delete", "delete", "Delete"),
        Binding("f2", "rename", "Rename"),
        Binding("tab,shift+tab", "switch", "Brief ⇄ sessions", show=False),
        Binding("escape", "close", "Back"),
    ]
    DEFAULT_CSS = """
    SessionPicker #brief { margin: 1 1 0 1; }
    SessionPicker #intro { padding: 0 2; color: $text-muted; height: auto; }
    SessionPicker DataTable { height: 1fr; margin: 1 0 0 0; }
    """

    def __init__(
        self,
        store: SessionStore,
        service: ProductionService | None,
        *,
        closable: bool = False,
        open_ids: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.store = store
        self.service = service
        self.closable = closable  # only when a session lies underneath to go back to
        self.open_ids = open_ids  # sessions open underneath: not deleted from here
        self.rows: dict[str, SessionRow] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield PromptInput(placeholder=BRIEF_HINT, id="brief")
        yield Static(
            "↓ and Enter open a saved session · Del deletes it · F2 renames it · "
            "ctrl+p every command",
            id="intro",
        )
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title, self.sub_title = "shotcaller", "sessions"
        table = self.query_one(DataTable)
        for s in session_rows(self.store):
            self.rows[s.id] = s
        self._fill()
        if self.rows:
            table.move_cursor(row=1)  # the newest session: Enter resumes it
            table.focus()
        else:
            self.query_one("#brief", PromptInput).focus()

    def on_resize(self) -> None:
        self._fill()

    def _fill(self) -> None:
        """The rows, each title cut to what the other columns leave (the id stays whole)."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        others = [_cells(s, TITLE_CELLS)[1:] for s in self.rows.values()]
        widths = [
            max([len(label), *(len(c[i]) for c in others)]) + 2 * table.cell_padding
            for i, label in enumerate(COLUMN_LABELS[1:])
        ]
        room = table.scrollable_content_region.width or table.size.width
        title = max(12, min(TITLE_CELLS, room - sum(widths) - 2 * table.cell_padding))
        table.clear(columns=True)
        for label in COLUMN_LABELS:
            table.add_column(label, key=label)
        table.add_row("+ New session", "", "", "", "", "", "", key=NEW)
        for s in self.rows.values():
            table.add_row(*_cells(s, title), key=s.id)
        table.move_cursor(row=min(cursor, len(self.rows)), animate=False)

    # ── a new session ──────────────────────────────────────────────────────────────────────────

    @on(PromptInput.Submitted, "#brief")
    def _brief(self, event: PromptInput.Submitted) -> None:
        if event.value.strip():
            self.dismiss(Picked(None, event.value.strip()))

    def on_key(self, event: events.Key) -> None:
        """Printable keys typed over the list go to the brief: typing starts a new session."""
        if not event.is_printable or event.character is None:
            return
        if isinstance(self.focused, (TextArea, Input)):
            return
        event.stop()
        brief = self.query_one("#brief", PromptInput)
        brief.focus()
        brief.type_in(event.character)

    def action_new(self) -> None:
        self.dismiss(Picked(None, self.query_one("#brief", PromptInput).text.strip()))

    def action_switch(self) -> None:
        brief = self.query_one("#brief", PromptInput)
        if self.focused is brief:
            self.query_one(DataTable).focus()
        else:
            brief.focus()

    @on(DataTable.RowSelected, "#sessions")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        self.dismiss(Picked(None if key in (None, NEW) else key))

    # ── housekeeping ───────────────────────────────────────────────────────────────────────────

    def _selected(self) -> SessionRow | None:
        table = self.query_one(DataTable)
        if self.focused is not table or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":
            return self.closable
        return True

    def action_delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        if row.id in self.open_ids:
            self.notify("That session is open: close it first (ctrl+o from it opens this list).")
            return
        self.app.push_screen(
            ConfirmScreen(
                f"Delete “{row.title}” ({row.id}, ${row.cost_usd:.2f} spent) with its takes, "
                "episode and provenance? This cannot be undone.",
                yes="Delete",
            ),
            lambda yes: self._delete(row) if yes else None,
        )

    def _delete(self, row: SessionRow) -> None:
        try:
            self._service().delete_session(row.id, actor="person")
        except (ServiceError, SessionLocked, CatalogError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        self.rows.pop(row.id, None)
        self.query_one(DataTable).remove_row(row.id)
        self.notify(f"Deleted {row.title} ({row.id}).")

    def action_rename(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.app.push_screen(
            AskScreen(f"A new title for {row.id}:", row.title),
            lambda title: self._rename(row, title) if title else None,
        )

    def _rename(self, row: SessionRow, title: str) -> None:
        try:
            self._service().rename_session(row.id, title, actor="person")
        except (ServiceError, SessionLocked, CatalogError) as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        renamed = self.store.session(row.id)
        self.rows[row.id] = SessionRow(**{**row.__dict__, "title": renamed.title})
        self._fill()

    def _service(self) -> ProductionService:
        if self.service is None:
            raise ServiceError("sessions cannot be changed here (no catalog)")
        return self.service

    def action_close(self) -> None:
        self.dismiss(None)


COLUMN_LABELS = ("title", "date", "shots", "cost", "status", "tier", "id")
TITLE_CELLS = 48  # the longest title shown, with room to spare


def _cells(s: SessionRow, title_cells: int = TITLE_CELLS) -> list[str]:
    return [
        clip_text(s.title, title_cells),
        s.date,
        str(s.shots),
        f"${s.cost_usd:.2f}",
        STATUS_WORDS.get(s.status, s.status.replace("_", " ")),
        s.tier,
        s.id,
    ]
