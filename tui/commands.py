"""The command palette (ctrl+p): everything that has no key of its own."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from tui.app import ShotcallerApp


class ShotcallerCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        from tui.screens.session import SessionScreen

        app: ShotcallerApp = self.app  # type: ignore[assignment]
        found: list[tuple[str, str, object]] = [
            ("New session", "Start a new brief", app.action_new_session),
            ("Open a session…", "Resume any saved session", app.action_sessions),
            ("Audit", "What an acceptable take cost, per engine, tier and month", app.action_audit),
        ]
        screen = self.screen
        if isinstance(screen, SessionScreen):
            found.append(
                (
                    "Continue production",
                    "Make the stages that are missing",
                    screen.action_continue_production,
                )
            )
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
            yield DiscoveryHit(name, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)  # type: ignore[arg-type]
