"""The storyboard: every shot's current keyframe as a picture, with what a producer checks on it.

Arrows move between shots, Enter opens a shot's detail (takes, attempts, redo), p plays its clip
in the terminal and e the episode; o opens the shot's newest take in the desktop's player. Cards
follow the production as it runs: the session screen asks them to refresh with the plan table.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from sessions.store import SessionStore
from sessions.summary import ShotSummary, shot_summaries
from tui.messages import ShotRequest
from tui.opener import open_in_player
from tui.settings import ChatSettings
from tui.views import clip_text, plural
from tui.widgets.picture import Picture, thumbnail
from tui.widgets.plan import STATUS_STYLE

if TYPE_CHECKING:
    from PIL import Image as PILImage

CARD_CELLS = 32  # a card's width with its border and the gap: the grid fits as many as it can
SMALL_SCREEN_ROWS = 30  # below this many rows, pictures are shorter so two rows of cards show


class ShotCard(Vertical, can_focus=True):
    """One shot: its keyframe and a few words. Focus it with the arrows; Enter opens it."""

    # On the card, not the screen: the scrolling grid around it would take the arrows first.
    BINDINGS = [
        Binding("left", "screen.move(-1, 0)", show=False),
        Binding("right", "screen.move(1, 0)", show=False),
        Binding("up", "screen.move(0, -1)", show=False),
        Binding("down", "screen.move(0, 1)", show=False),
    ]

    DEFAULT_CSS = """
    ShotCard { height: auto; border: round $primary 40%; padding: 0 1; }
    ShotCard:focus { border: round $accent; background: $boost; }
    ShotCard .line { height: 1; }
    ShotCard Picture .picture { height: 8; }
    ShotCard.-short Picture .picture { height: 5; }
    """

    def __init__(self, shot: ShotSummary, keyframe: Path | None, settings: ChatSettings) -> None:
        super().__init__(id=f"card-{shot.id}")
        self.shot = shot
        self.keyframe = keyframe
        self.settings = settings

    def compose(self) -> ComposeResult:
        yield Picture(
            self.keyframe,
            mode=self.settings.pictures,
            words=clip_text(f"[keyframe] {self.shot.description}", 2 * CARD_CELLS),
            empty="no keyframe yet",
            load=False,
        )
        yield Static(classes="line status")
        yield Static(classes="line engines")
        yield Static(classes="line framing")

    def on_mount(self) -> None:
        self.show(self.shot)

    def show(self, shot: ShotSummary) -> None:
        self.shot = shot
        self.border_title = f"{shot.id} · {shot.duration_s:g}s"
        status = Text(shot.status.replace("_", " "), style=STATUS_STYLE.get(shot.status, ""))
        attempts = f" · {plural(shot.attempts, 'attempt')}" if shot.attempts else ""
        self.query_one(".status", Static).update(
            status + Text(f" · ${shot.cost_usd:.2f}{attempts}")
        )
        made = [
            (w, shot.takes[t].engine)
            for w, t in (("kf", "generate_keyframe"), ("clip", "animate"))
            if t in shot.takes
        ]
        engines = " · ".join(f"{w} {e}" for w, e in made) or "not made yet"
        self.query_one(".engines", Static).update(clip_text(engines, CARD_CELLS - 4))
        chain = f" ←{shot.chain_from}" if shot.chain_from else ""
        self.query_one(".framing", Static).update(
            clip_text(f"{shot.framing} {shot.camera}{chain}", CARD_CELLS - 4)
        )


class StoryboardScreen(Screen[ShotRequest | None]):
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("enter", "open_shot", "Open shot"),
        Binding("p", "play", "Play clip"),
        Binding("e", "play_episode", "Play episode"),
        Binding("o", "open_file", "Open in player"),
    ]
    DEFAULT_CSS = """
    StoryboardScreen #intro { height: 1; padding: 0 1; color: $text-muted; }
    StoryboardScreen #cards { layout: grid; grid-size: 4; grid-gutter: 0 1; grid-rows: auto; padding: 0 1;
        height: 1fr; }
    """

    def __init__(self, store: SessionStore, session_id: str, settings: ChatSettings) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.settings = settings
        self.columns = 4
        self._keyframes: dict[str, str] = {}  # shot id → the keyframe path its card shows

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="intro", markup=False)
        with VerticalScroll(id="cards"):
            for shot in self._shots():
                yield ShotCard(shot, self._keyframe(shot), self.settings)
        yield Footer()

    def on_mount(self) -> None:
        info = self.store.session(self.session_id)
        self.title, self.sub_title = "shotcaller", f"storyboard · {info.title}"
        cards = self.cards
        total = sum(c.shot.duration_s for c in cards)
        self.query_one("#intro", Static).update(
            f"{plural(len(cards), 'shot')} · {total:g} s · ${info.cost_usd:.2f} spent — "
            "arrows move · Enter opens a shot · p plays its clip · e the episode"
        )
        self._lay_out()
        if cards:
            cards[0].focus()
        self.load_pictures([(c, c.keyframe) for c in cards if c.keyframe is not None])

    @property
    def cards(self) -> list[ShotCard]:
        return list(self.query(ShotCard))

    def on_resize(self, event: events.Resize) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        self.columns = max(1, (self.size.width - 2) // CARD_CELLS) if self.size.width else 4
        self.query_one("#cards").styles.grid_size_columns = self.columns
        short = 0 < self.size.height < SMALL_SCREEN_ROWS
        for card in self.cards:
            card.set_class(short, "-short")

    def _shots(self) -> list[ShotSummary]:
        plan = self.store.plan(self.session_id)
        return shot_summaries(self.store, self.session_id, plan) if plan else []

    @staticmethod
    def _keyframe(shot: ShotSummary) -> Path | None:
        take = shot.takes.get("generate_keyframe")
        return Path(take.path) if take is not None else None

    @work(thread=True, exclusive=True, group="pictures")
    def load_pictures(self, cards: list[tuple[ShotCard, Path]]) -> None:
        """Decode every keyframe in one thread, in shot order, each shown as it is ready."""
        if self.settings.pictures == "none":
            return
        for card, path in cards:
            if not path.is_file():
                continue
            picture = thumbnail(path, self.settings.pictures)
            self.app.call_from_thread(self._show_picture, card, picture)

    def _show_picture(self, card: ShotCard, picture: PILImage.Image) -> None:
        if card.is_attached:
            card.query_one(Picture).show(picture)

    def refresh_shots(self) -> None:
        """The production moved: new statuses and costs, and new keyframes drawn."""
        changed: list[tuple[ShotCard, Path]] = []
        by_id = {c.shot.id: c for c in self.cards}
        for shot in self._shots():
            card = by_id.get(shot.id)
            if card is None:
                continue
            card.show(shot)
            path = self._keyframe(shot)
            if path is not None and path != card.keyframe:
                card.keyframe = path
                changed.append((card, path))
        if changed:
            self.load_pictures(changed)

    # ── actions ────────────────────────────────────────────────────────────────────────────────

    def _focused_card(self) -> ShotCard | None:
        return self.focused if isinstance(self.focused, ShotCard) else None

    def action_move(self, across: int, down: int) -> None:
        cards = self.cards
        if not cards:
            return
        current = self._focused_card()
        at = cards.index(current) if current in cards else 0
        target = max(0, min(len(cards) - 1, at + across + down * self.columns))
        cards[target].focus()
        cards[target].scroll_visible()

    def action_open_shot(self) -> None:
        from tui.screens.detail import ShotDetailScreen

        card = self._focused_card()
        if card is None:
            return
        self.app.push_screen(
            ShotDetailScreen(self.store, self.session_id, card.shot.id, self.settings),
            self._detail_closed,
        )

    def _detail_closed(self, request: ShotRequest | None) -> None:
        # Work asked for in the detail is priced on the session screen, where its card shows.
        if request is not None:
            self.dismiss(request)

    def action_play(self) -> None:
        from tui.screens.preview import ClipPreviewScreen

        card = self._focused_card()
        if card is None:
            return
        take = card.shot.takes.get("upscale") or card.shot.takes.get("animate")
        if take is None or not take.path.endswith(".mp4"):
            take = card.shot.takes.get("animate")
        if take is None:
            self.notify(f"{card.shot.id} has no clip yet.")
            return
        self.app.push_screen(
            ClipPreviewScreen(Path(take.path), f"{card.shot.id} clip t{take.take}", self.settings)
        )

    def action_play_episode(self) -> None:
        from tui.screens.preview import ClipPreviewScreen

        episode = self.store.session_dir(self.session_id) / "episode.mp4"
        if not episode.is_file():
            self.notify("No episode yet: it is cut when every shot has its clip.")
            return
        self.app.push_screen(ClipPreviewScreen(episode, "episode", self.settings))

    def action_open_file(self) -> None:
        card = self._focused_card()
        if card is None:
            return
        takes = card.shot.takes
        take = takes.get("upscale") or takes.get("animate") or takes.get("generate_keyframe")
        if take is None:
            self.notify(f"{card.shot.id} has no take yet.")
            return
        opened = open_in_player(Path(take.path), self.settings.env)
        if not opened.ok:
            self.app.copy_to_clipboard(take.path)
        self.notify(opened.message, timeout=10)

    def action_close(self) -> None:
        self.dismiss(None)
