"""The Textual chat: where the operator works.

`make_app()` is the one factory: the CLI runs what it builds, and the tests drive the same thing.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from sessions.store import SessionStore, open_store
from tui.commands import ShotcallerCommands
from tui.screens.picker import NEW, SessionPicker
from tui.screens.session import SessionScreen
from tui.settings import ChatSettings


class ShotcallerApp(App[int]):
    """The operator's seat: the session picker first, or straight into a session."""

    TITLE = "shotcaller"
    COMMANDS = App.COMMANDS | {ShotcallerCommands}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def __init__(self, settings: ChatSettings | None = None, session_id: str | None = None) -> None:
        super().__init__()
        self.settings = settings or ChatSettings()
        self.start_session = session_id
        self._store: SessionStore | None = None

    @property
    def store(self) -> SessionStore:
        # Opened on first use, not at construction: the data home is read when asked.
        if self._store is None:
            self._store = open_store(self.settings.home)
        return self._store

    def on_mount(self) -> None:
        if self.start_session is not None:
            self.open_session(self.start_session)
        else:
            self.action_sessions()

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()

    def open_session(self, session_id: str | None) -> None:
        self.push_screen(SessionScreen(self.store, self.settings, session_id))

    def action_sessions(self) -> None:
        closable = any(isinstance(s, SessionScreen) for s in self.screen_stack)
        self.push_screen(SessionPicker(self.store, closable=closable), self._picked)

    def action_audit(self) -> None:
        from tui.screens.audit import AuditScreen

        self.push_screen(AuditScreen(self.store, self.settings))

    def action_new_session(self) -> None:
        self.open_session(None)

    def _picked(self, choice: str | None) -> None:
        if choice is None:
            return
        self.open_session(None if choice == NEW else choice)


def make_app(session_id: str | None = None, settings: ChatSettings | None = None) -> ShotcallerApp:
    return ShotcallerApp(settings, session_id)


def run_app(session_id: str | None = None) -> int:
    # textual-image asks the terminal what it can draw; that must happen before Textual owns it.
    import textual_image.renderable  # noqa: F401

    result = make_app(session_id).run()
    return result or 0
