"""One shot up close: its prompts, takes, the provenance of each attempt, continuity, the keyframe.

Actions return a `ShotRequest` to the session screen, which runs the work in its production worker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sessions.models import ToolName
from sessions.races import RaceSummary, races
from sessions.store import SessionStore
from sessions.views import attempts_page, stopped_stage
from tui.messages import ShotRequest
from tui.settings import ChatSettings
from tui.views import STAGE_WORDS
from tui.widgets.keyframe import KeyframeView, terminal_shows_pictures

# The key that redoes each stage, for the words that tell a person what they can do.
STAGE_KEYS = {"generate_keyframe": "k", "animate": "a", "upscale": "u"}
# Which stage each prompt field's redo makes (what is made from it follows, priced with it).
REDO: dict[str, ToolName] = {
    "keyframe": "generate_keyframe",
    "motion": "animate",
    "finishing": "upscale",
}


class ShotDetailScreen(Screen[ShotRequest | None]):
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("k", "redo('keyframe')", "Redo keyframe"),
        Binding("a", "redo('motion')", "Redo animate"),
        Binding("u", "redo('finishing')", "Upscale"),
        Binding("e", "edit", "Edit prompt"),
        Binding("o", "open_file", "Open file"),
        Binding("r", "race", "Race engines"),
        Binding("p", "pick", "Pick candidate"),
    ]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    DEFAULT_CSS = """
    ShotDetailScreen #body { height: 1fr; }
    ShotDetailScreen.-narrow #body { layout: vertical; }
    ShotDetailScreen.-narrow #facts { width: 1fr; height: 1fr; }
    ShotDetailScreen.-narrow #side { width: 1fr; height: auto; max-height: 8; border-left: none; }
    ShotDetailScreen #facts { width: 3fr; padding: 0 1; }
    ShotDetailScreen #side { width: 2fr; padding: 0 1; border-left: solid $primary 40%; }
    ShotDetailScreen .heading { text-style: bold; margin: 1 0 0 0; color: $accent; }
    ShotDetailScreen #attempts { height: auto; max-height: 16; }
    ShotDetailScreen #race { height: auto; max-height: 8; }
    """

    def __init__(
        self, store: SessionStore, session_id: str, shot_id: str, settings: ChatSettings
    ) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.shot_id = shot_id
        self.settings = settings
        plan = store.plan(session_id)
        assert plan is not None
        self.shot = plan.shot(shot_id)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with VerticalScroll(id="facts"):
                yield Static(self._headline(), id="headline")
                yield Static("Takes", classes="heading")
                yield Static(self._takes(), id="takes", markup=False)
                yield Static("Attempts", classes="heading")
                yield Static("", id="attempts-note", markup=False)
                yield DataTable(id="attempts", cursor_type="row", zebra_stripes=True)
                yield Static("Race", classes="heading")
                yield Static(self._race_note(), id="race-note", markup=False)
                yield DataTable(id="race", cursor_type="row", zebra_stripes=True)
                yield Static("Continuity", classes="heading")
                yield Static(self._continuity(), id="continuity", markup=False)
                yield Static("Stage prompts", classes="heading")
                yield Static(self._prompts(), id="prompts")
            with Vertical(id="side"):
                yield Static("Keyframe", classes="heading")
                yield KeyframeView(
                    self._keyframe_path(),
                    self.shot.description,
                    pictures=self._pictures(),
                    shown_path=self._short(str(self._keyframe_path() or "")),
                )
                if (race := self._race()) is not None and race.sheet:
                    yield Static("Race, side by side", classes="heading")
                    yield KeyframeView(
                        Path(race.sheet),
                        f"race {race.id}",
                        pictures=self._pictures(),
                        shown_path=self._short(race.sheet),
                    )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "shotcaller"
        self.sub_title = f"shot {self.shot_id}"
        self.call_after_refresh(self._fill_attempts)
        self.call_after_refresh(self._fill_race)

    # ── what is shown ──────────────────────────────────────────────────────────────────────────

    def _headline(self) -> Text:
        s = self.shot
        status, reason = self.store.shot_states(self.session_id).get(s.id, (s.status, ""))
        chain = f" · continues {s.chain_from}" if s.chain_from else ""
        text = Text.assemble(
            (f"{s.id} ", "bold"),
            f"{s.duration_s:.2f}s {s.framing} · {s.camera} · [{', '.join(s.tags)}]{chain} · ",
            (status.replace("_", " "), "bold"),
            f" · seed {s.seed}\n",
            (s.description, "italic"),
        )
        if reason:
            text.append(f"\n{reason}", style="red")
        if status in ("needs_attention", "failed"):
            text.append("\n" + self._what_to_do(), style="bold")
        return text

    def _what_to_do(self) -> str:
        stage = stopped_stage(self.store, self.session_id, self.shot_id) or "generate_keyframe"
        key = STAGE_KEYS.get(stage, "k")
        words = STAGE_WORDS.get(stage, stage)
        return (
            f"What you can do: {key} redoes the {words} (a refused prompt goes to the next "
            f"engine first) · e edits the prompt and redoes it. Nothing is retried until you do."
        )

    def _prompts(self) -> Text:
        p = self.shot.prompts
        return Text.assemble(
            ("keyframe  ", "bold"),
            p.keyframe or "—",
            ("\nmotion    ", "bold"),
            p.motion or "—",
            ("\nfinishing ", "bold"),
            p.finishing or "—",
        )

    def _takes(self) -> str:
        lines = []
        for kind in ("keyframe", "clip", "upscale", "inpaint"):
            for take in self.store.artifacts(self.session_id, self.shot_id, kind):
                mark = "●" if take.current else "○"
                stale = " (stale)" if take.stale else ""
                lines.append(f"{mark} {kind} t{take.take}{stale}  {self._short(take.path)}")
        return "\n".join(lines) or "No takes yet."

    def _short(self, path: str) -> str:
        """A take's path inside the session folder (the full path is one key away: o)."""
        folder = self.store.session_dir(self.session_id)
        try:
            return str(Path(path).relative_to(folder))
        except ValueError:
            return path

    def _fill_attempts(self) -> None:
        page = attempts_page(self.store, self.session_id, self.shot_id)
        table = self.query_one("#attempts", DataTable)
        table.add_columns(
            "stage", "engine", "status", "score", "gate", "cost", "seed", "prompt", "model", "chain"
        )
        for a in page.attempts:
            chain = " → ".join([*page.chains.get(a.id, []), a.engine]) if a.failover_from else ""
            gate = a.gate_decision or (a.error_kind or "")
            table.add_row(
                STAGE_WORDS.get(a.stage, a.stage),
                a.engine,
                a.status,
                f"{a.quality_score:.2f}" if a.quality_score is not None else "—",
                gate + (f": {a.gate_reason[:40]}" if a.gate_reason else ""),
                f"${a.cost_usd:.2f}",
                str(a.seed),
                a.prompt_sha256[:10],
                a.model_version or "—",
                chain,
            )
        shown = len(page.attempts)
        more = f" (the {shown} most recent shown)" if page.total > shown else ""
        self.query_one("#attempts-note", Static).update(f"{page.total} attempt(s){more}")

    def _race(self) -> RaceSummary | None:
        found = races(self.store, self.session_id, shot_id=self.shot_id)
        return found[-1] if found else None

    def _race_note(self) -> str:
        race = self._race()
        if race is None:
            return "No race yet: r makes this shot's next stage small on several engines at once."
        size = f"{race.width}×{race.height}" + (
            f", {race.duration_s:g} s" if race.duration_s else ""
        )
        picked = f" · picked {race.picked}" if race.picked else ""
        return (
            f"Race {race.id}: {STAGE_WORDS.get(race.tool, race.tool)} proxies ({size}, seed "
            f"{race.seed}), {race.status}{picked}. p picks the selected candidate; delivery then "
            "makes the stage on it (priced and approved first)."
        )

    def _fill_race(self) -> None:
        table = self.query_one("#race", DataTable)
        race = self._race()
        table.display = race is not None  # no empty table before the first race
        table.add_columns("engine", "status", "gate", "score", "cost", "")
        for c in sorted(race.candidates if race else [], key=lambda c: -(c.score or -1.0)):
            mark = ("best " if race and c.engine == race.best else "") + (
                "picked" if c.picked else ""
            )
            table.add_row(
                c.engine,
                c.status,
                (c.gate or "") + (f": {c.reason[:40]}" if c.gate != "accept" and c.reason else ""),
                f"{c.score:.2f}" if c.score is not None else "—",
                f"${c.cost_usd:.2f}",
                mark.strip(),
                key=c.engine,
            )

    def _continuity(self) -> str:
        # Each production checks every cut again: the latest verdict on a cut is the one that holds.
        latest = {(c.kind, c.shot_a, c.shot_b): c for c in self.store.continuity(self.session_id)}
        lines = []
        for c in latest.values():
            if self.shot_id not in (c.shot_a, c.shot_b):
                continue
            verdict = "ok" if c.passed else "; ".join(c.reasons)
            fix = f" → {c.suggestion}" if c.suggestion and not c.passed else ""
            lines.append(f"{c.shot_a}→{c.shot_b} ({c.cut} cut): {verdict}{fix}")
        return "\n".join(lines) or "Not checked yet."

    def _keyframe_path(self) -> Path | None:
        take = self.store.current_take(self.session_id, self.shot_id, "keyframe")
        return Path(take.path) if take else None

    def _pictures(self) -> bool:
        if self.settings.images is not None:
            return self.settings.images
        return terminal_shows_pictures()

    # ── actions ────────────────────────────────────────────────────────────────────────────────

    def action_close(self) -> None:
        self.dismiss(None)

    def action_race(self) -> None:
        stage = REDO["motion"] if self._keyframe_path() else REDO["keyframe"]
        self.dismiss(ShotRequest(self.shot_id, stage, verb="race"))

    def action_pick(self) -> None:
        race = self._race()
        if race is None or race.status != "done":
            self.notify("No finished race to pick from: r races this shot first.")
            return
        table = self.query_one("#race", DataTable)
        engine = None
        if table.row_count:
            engine = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.dismiss(ShotRequest(self.shot_id, race.tool, verb="pick", engine=engine))

    def action_redo(self, field: str) -> None:
        self.dismiss(ShotRequest(self.shot_id, REDO[field]))

    def action_edit(self) -> None:
        from tui.screens.edit_prompt import EditPromptScreen

        self.app.push_screen(EditPromptScreen(self.shot), self._edited)

    def _edited(self, edit: tuple[str, str] | None) -> None:
        if edit is None:
            return
        field, prompt = edit
        self.dismiss(ShotRequest(self.shot_id, REDO[field], prompt))

    def action_open_file(self) -> None:
        path = self._newest_take()
        if path is None:
            self.notify("This shot has no take yet.")
            return
        if _viewer() is not None:
            # Detached: the viewer outlives this screen and must not write over the terminal.
            subprocess.Popen(
                [_viewer() or "", str(path)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            self.notify(f"Opening {path}")
        else:
            self.notify(f"{path}", title="No viewer here — the file is at", timeout=10)

    def _newest_take(self) -> Path | None:
        for kind in ("upscale", "clip", "keyframe"):
            take = self.store.current_take(self.session_id, self.shot_id, kind)
            if take is not None:
                return Path(take.path)
        return None


def _viewer() -> str | None:
    """The desktop's file opener, if there is a desktop to open it on (not over SSH or in CI)."""
    if shutil.which("open") and not shutil.which("xdg-open"):
        return shutil.which("open")  # macOS
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return shutil.which("xdg-open")
    return None
