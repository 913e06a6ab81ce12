"""Which engines are installed: the `shotcaller.engines` entry-point group, built-ins included.

Apart from everything else in engines/ so that the catalog can check a provider's name against the
registry without importing the engine protocol (which types itself against the catalog).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import Any

ENTRY_POINT_GROUP = "shotcaller.engines"


@cache
def engine_factories() -> dict[str, Callable[..., Any]]:
    """Provider name → engine factory, from the entry-point group (read once, when first asked)."""
    return {ep.name: ep.load() for ep in entry_points(group=ENTRY_POINT_GROUP)}
