"""The session picker: start a new session or resume any saved one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sessions.store import SessionStore
from sessions.views import session_rows

NEW = "__new__"


class SessionPicker(Screen[str | None]):
    """Dismisses with a session id, `NEW` for a new session, or None when closed."""

    BINDINGS = [
        Binding("n", "new", "New session"),
        Binding("escape", "close", "Back"),
    ]
    DEFAULT_CSS = """
    SessionPicker #intro { padding: 1 2; }
    SessionPicker DataTable { height: 1fr; }
    """

    def __init__(self, store: SessionStore, *, closable: bool = False) -> None:
        super().__init__()
        self.store = store
        self.closable = closable  # only when a session lies underneath to go back to

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Enter opens a session · n starts a new one · ctrl+p for every command", id="intro"
        )
        yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title, self.sub_title = "shotcaller", "sessions"
        table = self.query_one(DataTable)
        table.add_columns("title", "date", "shots", "cost", "status", "tier", "id")
        table.add_row("+ New session", "", "", "", "", "", "", key=NEW)
        for s in session_rows(self.store):
            table.add_row(
                s.title[:48],
                s.date,
                str(s.shots),
                f"${s.cost_usd:.2f}",
                s.status.replace("_", " "),
                s.tier,
                s.id,
                key=s.id,
            )
        table.focus()

    @on(DataTable.RowSelected, "#sessions")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_new(self) -> None:
        self.dismiss(NEW)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.closable if action == "close" else True

    def action_close(self) -> None:
        self.dismiss(None)
