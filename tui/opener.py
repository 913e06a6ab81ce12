"""`o`: a take or the episode in the desktop's own player, where there is a desktop.

Over SSH, in a container or in CI there is no display to open a player on: the person is told
plainly where the file is (and it is put on the clipboard, for terminals that accept it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Opened:
    ok: bool
    message: str  # what to tell the person


def desktop_opener(env: Mapping[str, str] | None = None) -> list[str] | None:
    """The command that opens a file in its default application here, or None without a desktop."""
    env = os.environ if env is None else env
    path = env.get("PATH")
    if sys.platform == "darwin":
        found = shutil.which("open", path=path)
        return [found] if found else None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        for opener in ("xdg-open", "gio"):
            found = shutil.which(opener, path=path)
            if found:
                return [found, "open"] if opener == "gio" else [found]
    return None


def open_in_player(path: Path, env: Mapping[str, str] | None = None) -> Opened:
    """Open `path` with the desktop's player, detached: the player outlives the screen and must
    not write over the terminal."""
    if not path.is_file():
        return Opened(False, f"The file is missing: {path}")
    command = desktop_opener(env)
    if command is None:
        return Opened(False, f"No desktop player here (no display). The file is at {path}")
    try:
        player = subprocess.Popen(
            [*command, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=dict(os.environ if env is None else env),
        )
    except OSError as exc:
        return Opened(
            False, f"Could not start {command[0]} ({exc.strerror}). The file is at {path}"
        )
    # Reaped in the background: the opener returns at once, a player may run for an hour.
    threading.Thread(target=player.wait, name="player", daemon=True).start()
    return Opened(True, f"Opening {path.name} in the desktop's player")
