"""The Textual chat. A first screen: the saved sessions and where the chat will be."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header, Static

from sessions.store import open_store


class ShotcallerApp(App[int]):
    """The operator's seat. Built by one factory for the CLI and the tests."""

    TITLE = "shotcaller"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, session_id: str | None = None) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(
            "Describe a brief to start — the conversation lands here next. "
            "Meanwhile: `shotcaller run BRIEF --yes` produces headlessly.",
            id="intro",
        )
        yield DataTable(id="sessions")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("id", "created", "status", "cost", "title")
        store = open_store()
        try:
            for s in store.list_sessions():
                table.add_row(
                    s.id, s.created[:16].replace("T", " "), s.status, f"${s.cost_usd:.2f}", s.title
                )
        finally:
            store.close()


def run_app(session_id: str | None = None) -> int:
    result = ShotcallerApp(session_id=session_id).run()
    return result or 0
