"""A clip (or the episode) played in the terminal: a few frames a second, with pause and scrubbing.

Frames are decoded in a thread (PyAV, shrunk to what the terminal can draw) and played as they
arrive, so a long episode starts at once. It is a preview to judge motion and timing, not a player:
`o` opens the file in the desktop's own player where there is one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Static

from tools.media.io import MediaError, probe, read_frames
from tui.opener import open_in_player
from tui.settings import ChatSettings
from tui.widgets.picture import Picture, thumbnail_px

if TYPE_CHECKING:
    from PIL import Image as PILImage

PREVIEW_FPS = 4.0
SCRUB_BAR = 40
# Rows above and below the picture: the header, the time line, the scrub bar, the footer.
CHROME_ROWS = 5
PICTURES_OFF = "Pictures are off here: the counter below still plays; o opens the clip in a player."


class ClipPreviewScreen(Screen[None]):
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("space", "play_pause", "Play/pause"),
        Binding("left", "step(-1)", "◀ frame"),
        Binding("right", "step(1)", "frame ▶"),
        Binding("shift+left,pageup", "seek(-1.0)", "−1 s", show=False),
        Binding("shift+right,pagedown", "seek(1.0)", "+1 s", show=False),
        Binding("home", "jump(0)", "Start", show=False),
        Binding("end", "jump(-1)", "End", show=False),
        Binding("o", "open_file", "Open in player"),
    ]
    DEFAULT_CSS = """
    ClipPreviewScreen #frame { height: 1fr; align: center top; }
    ClipPreviewScreen #where { height: 1; padding: 0 1; }
    ClipPreviewScreen #scrub { height: 1; padding: 0 1; color: $accent; }
    """

    def __init__(self, path: Path, title: str, settings: ChatSettings) -> None:
        super().__init__()
        self.path = path
        self.clip_title = title
        self.settings = settings
        self.frames: list[PILImage.Image] = []
        self.index = 0
        self.playing = True
        self.loaded = False
        self.duration_s = 0.0
        self.error = ""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        pictures_off = self.settings.pictures == "none"
        yield Picture(
            None,
            mode=self.settings.pictures,
            empty=PICTURES_OFF if pictures_off else "decoding the clip…",
            id="frame",
        )
        yield Static("", id="where")
        yield Static("", id="scrub")
        yield Footer()

    def on_resize(self) -> None:
        self.query_one(Picture).fit(self.size.height - CHROME_ROWS)

    def on_mount(self) -> None:
        self.title, self.sub_title = "shotcaller", f"preview · {self.clip_title}"
        self.decode()
        self._timer = self.set_interval(1 / PREVIEW_FPS, self._tick)
        self._draw()

    @property
    def expected_frames(self) -> int:
        return max(1, round(self.duration_s * PREVIEW_FPS))

    # ── decoding, off the screen's loop ────────────────────────────────────────────────────────

    @work(thread=True, exclusive=True)
    def decode(self) -> None:
        from PIL import Image as PILImage

        try:
            info = probe(self.path)
            self.duration_s = info.duration_s
            box_w, box_h = thumbnail_px(self.settings.pictures)
            scale = min(box_w / info.width, box_h / info.height, 1.0)
            size = (
                max(2, round(info.width * scale) // 2 * 2),
                max(2, round(info.height * scale) // 2 * 2),
            )
            step = max(1, round(info.fps / PREVIEW_FPS)) if info.fps else 1
            batch: list[PILImage.Image] = []
            for frame in read_frames(self.path, size=size, step=step):
                batch.append(PILImage.fromarray(frame))
                if len(batch) == 4:
                    self.app.call_from_thread(self._arrived, batch, False)
                    batch = []
            self.app.call_from_thread(self._arrived, batch, True)
        except MediaError as exc:
            self.app.call_from_thread(self._failed, str(exc))

    def _arrived(self, frames: list[PILImage.Image], done: bool) -> None:
        first = not self.frames
        self.frames.extend(frames)
        self.loaded = done
        if first and self.frames:
            self._show()
        self._draw()

    def _failed(self, error: str) -> None:
        self.error = error
        self.playing = False
        self._draw()

    # ── playing ────────────────────────────────────────────────────────────────────────────────

    def _tick(self) -> None:
        if not self.playing or not self.frames:
            return
        if self.index + 1 < len(self.frames):
            self.index += 1
            self._show()
        elif self.loaded:
            self.playing = False  # the end: space plays it again from the start
        self._draw()

    def _show(self) -> None:
        if self.frames:
            self.query_one(Picture).show(self.frames[self.index])

    def _draw(self) -> None:
        total = len(self.frames) if self.loaded else max(len(self.frames), self.expected_frames)
        at = self.index / PREVIEW_FPS
        state = "▶ playing" if self.playing else "❚❚ paused"
        if self.error:
            state = f"cannot play: {self.error}"
        elif self.loaded and self.index + 1 >= len(self.frames) and not self.playing:
            state = "■ ended — space plays it again"
        loading = "" if self.loaded else f" · decoding {len(self.frames)}/{total}"
        self.query_one("#where", Static).update(
            f"{at:5.2f} s / {self.duration_s:.2f} s · frame {self.index + 1} of {total} · "
            f"{state}{loading} · {PREVIEW_FPS:g} fps preview"
        )
        head = round(self.index / max(1, total - 1) * (SCRUB_BAR - 1)) if total > 1 else 0
        bar = (
            Text("━" * head, style="bold")
            + Text("●")
            + Text("─" * (SCRUB_BAR - head - 1), style="dim")
        )
        self.query_one("#scrub", Static).update(bar)

    def action_play_pause(self) -> None:
        if self.loaded and self.index + 1 >= len(self.frames):
            self.index = 0  # at the end: play it again from the start
            self._show()
        self.playing = not self.playing if self.frames else False
        self._draw()

    def action_step(self, frames: int) -> None:
        self.playing = False
        self._seek_to(self.index + frames)

    def action_seek(self, seconds: float) -> None:
        self._seek_to(self.index + round(seconds * PREVIEW_FPS))

    def action_jump(self, where: int) -> None:
        self.playing = False
        self._seek_to(len(self.frames) - 1 if where < 0 else where)

    def _seek_to(self, index: int) -> None:
        if not self.frames:
            return
        self.index = max(0, min(index, len(self.frames) - 1))
        self._show()
        self._draw()

    def action_open_file(self) -> None:
        opened = open_in_player(self.path, self.settings.env)
        if not opened.ok:
            self.app.copy_to_clipboard(str(self.path))
        self.notify(opened.message, timeout=10)

    def action_close(self) -> None:
        self.dismiss(None)
