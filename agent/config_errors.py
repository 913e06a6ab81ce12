"""The configuration error the command line shows as one line. Kept apart from pydantic-ai so the
CLI can name it without importing the agent (half a second at every start)."""

from __future__ import annotations


class ModelConfigError(ValueError):
    """A model that cannot be used here; the message is one line naming what to set."""
