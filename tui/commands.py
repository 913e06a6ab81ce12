"""The command palette (ctrl+p): everything that has no key of its own.

Typing "budget 40" in the palette offers to set it at once; "Budget…" asks for the amount.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.screens.ask import AskScreen

if TYPE_CHECKING:
    from tui.screens.session import SessionScreen

Command = tuple[str, str, Callable[[], object]]
_BUDGET = re.compile(r"^\s*budget\s*\$?\s*(?P<usd>\d+(?:\.\d+)?)\s*$", re.I)


class ShotcallerCommands(Provider):
    def _commands(self) -> list[Command]:
        from tui.screens.session import SessionScreen

        # The app's own actions, by name: the palette is the app's part, not its owner.
        run = self.app.run_action
        found: list[Command] = [
            ("New session", "Start a new brief", partial(run, "new_session")),
            (
                "Open a session…",
                "Resume, rename or delete any saved session",
                partial(run, "sessions"),
            ),
            (
                "Audit",
                "What an acceptable take cost, per engine, tier and month",
                partial(run, "audit"),
            ),
        ]
        screen = self.screen
        if not isinstance(screen, SessionScreen):
            return found
        found += [
            (
                "Budget…",
                "Set this session's budget (or type 'budget 40')",
                partial(_ask_budget, screen),
            ),
            ("Tier: draft", "Cheap previs engines", partial(screen.set_tier, "draft")),
            (
                "Tier: delivery",
                "Final engines (paid; needs their keys)",
                partial(screen.set_tier, "delivery"),
            ),
        ]
        if screen.session_id is not None:
            found += [
                ("Rename session…", "Give this session a new title", partial(_ask_title, screen)),
                (
                    "Storyboard",
                    "Every shot's keyframe, status and cost (F3)",
                    screen.action_storyboard,
                ),
                (
                    "Play the episode",
                    "Preview the cut in the terminal",
                    partial(_play_episode, screen),
                ),
                (
                    "Continue production",
                    "Make the stages that are missing or stale",
                    screen.action_continue_production,
                ),
            ]
        for shot in screen.plan.shots if screen.plan else []:
            found.append(
                (
                    f"Shot {shot.id}",
                    f"Detail, takes and provenance: {shot.description[:60]}",
                    partial(screen.open_shot, shot.id),
                )
            )
        return found

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        from tui.screens.session import SessionScreen

        budget = _BUDGET.match(query)
        if budget and isinstance(self.screen, SessionScreen):
            usd = float(budget["usd"])
            yield Hit(
                1.0,
                f"Set the budget to ${usd:.2f}",
                partial(self.screen.set_budget, usd),
                help="The session's budget cap (yours to set: the model never can)",
            )
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


def _ask_budget(screen: SessionScreen) -> None:
    def answered(text: str | None) -> None:
        if text is None:
            return
        try:
            usd = float(text.strip().lstrip("$").replace(",", ""))
        except ValueError:
            screen.notify(f"{text!r} is not an amount of dollars", severity="error")
            return
        screen.set_budget(usd)

    screen.app.push_screen(
        AskScreen("The session's budget, in dollars:", placeholder="e.g. 40"), answered
    )


def _ask_title(screen: SessionScreen) -> None:
    title = screen.store.session(screen.session_id).title if screen.session_id else ""
    screen.app.push_screen(
        AskScreen("A new title for this session:", title),
        lambda text: screen.rename(text) if text else None,
    )


def _play_episode(screen: SessionScreen) -> None:
    from tui.screens.preview import ClipPreviewScreen

    if screen.session_id is None:
        return
    episode = screen.store.session_dir(screen.session_id) / "episode.mp4"
    if not episode.is_file():
        screen.notify("No episode yet: it is cut when every shot has its clip.")
        return
    screen.app.push_screen(ClipPreviewScreen(episode, "episode", screen.settings))
