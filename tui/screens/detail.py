"""One shot up close: its takes, the provenance of each attempt, continuity, prompts, the keyframe.

Asking for work returns a `ShotRequest` to the session screen, which prices it with the service and
shows its approval card: a new take (k, a, u; e with a new prompt) or an earlier take back (Enter
on it in the takes table). p plays the clip here; o opens it in the desktop's player.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sessions.models import TakeKind, ToolName
from sessions.races import RaceSummary, races
from sessions.stages import REDO_KEYS, REDO_OF_PROMPT, STAGE_OF_KIND
from sessions.store import SessionStore
from sessions.views import attempts_page, stopped_stage
from tui.messages import ShotRequest
from tui.opener import open_in_player
from tui.settings import ChatSettings
from tui.views import STAGE_WORDS, plural
from tui.widgets.picture import Picture

# Which stage each prompt field's redo makes (what is made from it follows, priced with it).
REDO: dict[str, ToolName] = REDO_OF_PROMPT
TAKE_KINDS: tuple[TakeKind, ...] = ("keyframe", "clip", "upscale", "inpaint")


class ShotDetailScreen(Screen[ShotRequest | None]):
    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("k", "redo('keyframe')", "Redo keyframe"),
        Binding("a", "redo('motion')", "Redo clip"),
        Binding("u", "redo('finishing')", "Upscale"),
        Binding("e", "edit", "Edit prompt"),
        Binding("p", "play", "Play clip"),
        Binding("o", "open_file", "Open in player"),
        # Off the footer (at 120 columns it cut them in half); the race section names both keys.
        Binding("r", "race", "Race engines", show=False),
        Binding("c", "pick", "Choose candidate", show=False),
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
    ShotDetailScreen #takes { height: auto; max-height: 10; }
    ShotDetailScreen #attempts { height: auto; max-height: 16; }
    ShotDetailScreen #race { height: auto; max-height: 8; }
    ShotDetailScreen #side Picture .picture { height: 14; }
    ShotDetailScreen.-narrow #side Picture .picture { height: 5; }
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
        self.race_blocked: str | None = None  # why `r` cannot race this shot here

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with VerticalScroll(id="facts"):
                yield Static(self._headline(), id="headline")
                yield Static("Takes", classes="heading")
                yield Static(
                    "● current · Enter on an earlier take uses it again · p plays a clip",
                    id="takes-note",
                    markup=False,
                )
                yield DataTable(id="takes", cursor_type="row", zebra_stripes=True)
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
                path = self._current("keyframe")
                yield Picture(
                    path,
                    mode=self.settings.pictures,
                    words=f"[keyframe] {self.shot.description}",
                    empty="No keyframe yet — k makes one.",
                    caption=self._short(str(path or "")),
                )
                if (race := self._race()) is not None and race.sheet:
                    yield Static("Race, side by side", classes="heading")
                    yield Picture(
                        Path(race.sheet),
                        mode=self.settings.pictures,
                        words=f"[race {race.id}] candidates side by side",
                        caption=self._short(race.sheet),
                    )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "shotcaller"
        self.sub_title = f"shot {self.shot_id}"
        self._fill_takes()
        self.query_one("#takes", DataTable).focus()
        self.call_after_refresh(self._fill_attempts)
        self.call_after_refresh(self._fill_race)

    # ── what is shown ──────────────────────────────────────────────────────────────────────────

    def _headline(self) -> Text:
        s = self.shot
        status, reason = self.store.shot_states(self.session_id).get(s.id, (s.status, ""))
        chain = f" · continues {s.chain_from}" if s.chain_from else ""
        tags = f" · {', '.join(s.tags)}" if s.tags else ""
        text = Text.assemble(
            (f"{s.id} ", "bold"),
            f"{s.duration_s:.2f}s {s.framing} · {s.camera}{tags}{chain} · ",
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
        key = REDO_KEYS.get(stage, "k")
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

    def _fill_takes(self) -> None:
        table = self.query_one("#takes", DataTable)
        table.add_columns("", "stage", "take", "engine", "file")
        engines = {a.id: a.engine for a in self.store.attempts(self.session_id, self.shot_id)}
        for kind in TAKE_KINDS:
            for take in self.store.artifacts(self.session_id, self.shot_id, kind):
                mark = "●" if take.current else "○"
                stale = " (stale)" if take.stale else ""
                table.add_row(
                    mark,
                    STAGE_OF_KIND[kind].word,
                    f"t{take.take}{stale}",
                    engines.get(take.attempt_id or "", ""),
                    self._short(take.path),
                    key=f"{kind}:{take.take}",
                )
        if table.row_count == 0:
            table.display = False
            self.query_one("#takes-note", Static).update("No takes yet.")

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
        self.query_one("#attempts-note", Static).update(f"{plural(page.total, 'attempt')}{more}")

    def _race(self) -> RaceSummary | None:
        found = races(self.store, self.session_id, shot_id=self.shot_id)
        return found[-1] if found else None

    def _race_blocked(self) -> str | None:
        """Why no race can be asked for here (offline: no two engines with keys), or None."""
        service = getattr(self.app, "service", None)
        if service is None:
            return None
        why: str | None = service.why_no_race(self.session_id, self.shot_id)
        return why

    def _race_note(self) -> str:
        race = self._race()
        self.race_blocked = self._race_blocked()
        if race is None and self.race_blocked:
            return f"No race here: {self.race_blocked}."
        if race is None:
            return "No race yet: r makes this shot's next stage small on several engines at once."
        size = f"{race.width}×{race.height}" + (
            f", {race.duration_s:g} s" if race.duration_s else ""
        )
        picked = f" · picked {race.picked}" if race.picked else ""
        return (
            f"Race {race.id}: {STAGE_WORDS.get(race.tool, race.tool)} proxies ({size}, seed "
            f"{race.seed}), {race.status}{picked}. c chooses the selected candidate; delivery then "
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

    def _current(self, kind: TakeKind) -> Path | None:
        take = self.store.current_take(self.session_id, self.shot_id, kind)
        return Path(take.path) if take else None

    def _selected_take(self) -> tuple[TakeKind, int] | None:
        table = self.query_one("#takes", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        kind, _, number = key.partition(":")
        return kind, int(number)  # type: ignore[return-value]

    # ── actions ────────────────────────────────────────────────────────────────────────────────

    def action_close(self) -> None:
        self.dismiss(None)

    def action_race(self) -> None:
        if self.race_blocked:  # said in the race section too; nothing to ask for
            self.notify(f"No race here: {self.race_blocked}.")
            return
        stage = REDO["motion"] if self._current("keyframe") else REDO["keyframe"]
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

    @on(DataTable.RowSelected, "#takes")
    def _take_chosen(self, event: DataTable.RowSelected) -> None:
        kind, _, number = str(event.row_key.value).partition(":")
        take = self.store.current_take(self.session_id, self.shot_id, kind)
        if take is not None and take.take == int(number):
            self.notify(f"{STAGE_OF_KIND[kind].word} t{number} is the current take already.")
            return
        tool = STAGE_OF_KIND[kind].tool
        self.dismiss(ShotRequest(self.shot_id, tool, take=int(number)))

    def action_edit(self) -> None:
        from tui.screens.edit_prompt import EditPromptScreen

        self.app.push_screen(EditPromptScreen(self.shot), self._edited)

    def _edited(self, edit: tuple[str, str] | None) -> None:
        if edit is None:
            return
        field, prompt = edit
        self.dismiss(ShotRequest(self.shot_id, REDO[field], prompt))

    def action_play(self) -> None:
        """Play the selected clip take (or the current clip) here, a few frames a second."""
        from tui.screens.preview import ClipPreviewScreen

        path = self._clip_to_play()
        if path is None:
            self.notify("This shot has no clip yet: a makes one.")
            return
        self.app.push_screen(
            ClipPreviewScreen(path, f"{self.shot_id} · {self._short(str(path))}", self.settings)
        )

    def _clip_to_play(self) -> Path | None:
        chosen = self._selected_take()
        if chosen is not None and chosen[0] in ("clip", "upscale"):
            for take in self.store.artifacts(self.session_id, self.shot_id, chosen[0]):
                if take.take == chosen[1] and Path(take.path).suffix == ".mp4":
                    return Path(take.path)
        for kind in ("upscale", "clip"):
            path = self._current(kind)
            if path is not None and path.suffix == ".mp4":
                return path
        return None

    def action_open_file(self) -> None:
        path = self._newest_take()
        if path is None:
            self.notify("This shot has no take yet.")
            return
        opened = open_in_player(path, self.settings.env)
        if not opened.ok:
            self.app.copy_to_clipboard(str(path))
        self.notify(opened.message, timeout=10)

    def _newest_take(self) -> Path | None:
        for kind in ("upscale", "clip", "keyframe"):
            path = self._current(kind)
            if path is not None:
                return path
        return None
