"""How the chat is set up: one value passed from the CLI (or a test) to the app factory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sessions.models import Tier

# auto: the terminal's graphics, half-blocks without · halfcell: always half-blocks · none: words
PictureMode = Literal["auto", "halfcell", "none"]


@dataclass(frozen=True)
class ChatSettings:
    model: str | None = None  # planner model; None: SHOTCALLER_MODEL or the offline planner
    catalog_path: Path | None = None  # None: SHOTCALLER_CATALOG or the shipped catalog
    tier: Tier | None = None
    budget_usd: float | None = None
    env: Mapping[str, str] | None = None  # provider keys; None: the process environment
    # Pictures in the terminal: "auto" draws with Kitty or Sixel graphics where the terminal has
    # them and coloured half-blocks otherwise; "halfcell" always half-blocks; "none" words only.
    pictures: PictureMode = "auto"
    home: Path | None = field(default=None)  # data home; None: SHOTCALLER_HOME or the user dir
