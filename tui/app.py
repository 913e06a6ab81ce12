"""The Textual chat: where the operator works.

`make_app()` is the one factory: the CLI runs what it builds, and the tests drive the same thing.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from sessions.store import SessionStore, open_store
from tools.catalog import CatalogError, load_catalog
from tools.service import ProductionService
from tui.commands import ShotcallerCommands
from tui.screens.picker import Picked, SessionPicker
from tui.screens.session import SessionScreen
from tui.settings import ChatSettings


class ShotcallerApp(App[int]):
    """The operator's seat: straight into a new session the first time, the session picker after
    (or straight into the session asked for)."""

    TITLE = "shotcaller"
    COMMANDS = App.COMMANDS | {ShotcallerCommands}
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def __init__(self, settings: ChatSettings | None = None, session_id: str | None = None) -> None:
        super().__init__()
        self.settings = settings or ChatSettings()
        self.start_session = session_id
        self._store: SessionStore | None = None
        self._service: ProductionService | None = None

    @property
    def store(self) -> SessionStore:
        # Opened on first use, not at construction: the data home is read when asked.
        if self._store is None:
            self._store = open_store(self.settings.home)
        return self._store

    @property
    def service(self) -> ProductionService | None:
        """The application service for what the app changes itself (delete, rename); None when
        the catalog cannot be read (the screens say why when it matters)."""
        if self._service is None:
            try:
                catalog = load_catalog(self.settings.catalog_path)
            except CatalogError:
                return None
            self._service = ProductionService(self.store, catalog, self.settings.env)
        return self._service

    def on_mount(self) -> None:
        if self.start_session is not None:
            self.open_session(self.start_session)
        elif not self.store.list_sessions():
            # First contact: nothing to pick from, so the cursor waits in a new session's input.
            self.open_session(None)
        else:
            self.action_sessions()

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.close()

    def open_session(self, session_id: str | None, brief: str | None = None) -> None:
        self.push_screen(
            SessionScreen(self.store, self.settings, session_id, brief=brief, service=self.service)
        )

    def action_sessions(self) -> None:
        sessions = [s for s in self.screen_stack if isinstance(s, SessionScreen)]
        open_ids = frozenset(s.session_id for s in sessions if s.session_id)
        self.push_screen(
            SessionPicker(self.store, self.service, closable=bool(sessions), open_ids=open_ids),
            self._picked,
        )

    def action_audit(self) -> None:
        from tui.screens.audit import AuditScreen

        self.push_screen(AuditScreen(self.store, self.settings))

    def action_new_session(self) -> None:
        self.open_session(None)

    def _picked(self, choice: Picked | None) -> None:
        if choice is None:
            return
        self.open_session(choice.session_id, choice.brief or None)


def make_app(session_id: str | None = None, settings: ChatSettings | None = None) -> ShotcallerApp:
    return ShotcallerApp(settings, session_id)


def run_app(session_id: str | None = None) -> int:
    # textual-image asks the terminal what it can draw (and its cell size); that must happen before
    # Textual owns the terminal.
    from tui.widgets.picture import prepare_pictures

    prepare_pictures()
    result = make_app(session_id).run()
    return result or 0
