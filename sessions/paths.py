"""Where shotcaller keeps its data. Read when asked, never at import time, so tests can redirect it."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

HOME_ENV = "SHOTCALLER_HOME"
OPERATOR_ENV = "SHOTCALLER_OPERATOR"
DB_NAME = "shotcaller.db"


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """`$SHOTCALLER_HOME`, else the platform's user-data dir (e.g. ~/.local/share/shotcaller)."""
    env = os.environ if env is None else env
    configured = env.get(HOME_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("shotcaller", appauthor=False))


def db_path(home: Path) -> Path:
    return home / DB_NAME


def session_dir(home: Path, session_id: str) -> Path:
    return home / "sessions" / session_id


def operator_name(env: Mapping[str, str] | None = None) -> str:
    """Who is at the controls, for provenance: `$SHOTCALLER_OPERATOR`, else the login name."""
    env = os.environ if env is None else env
    named = env.get(OPERATOR_ENV, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers): still say something true
        return "unknown operator"
