"""Drive the real `shotcaller` chat in tmux: a brief, the plan approval, the production approval.

    python tests/tui/tmux_drive.py [--home DIR] [--brief TEXT | --paste FILE] [--size 80x24]

Runs the app in a real terminal (a private tmux server, so nobody's sessions are touched), types or
pastes (bracketed, as a terminal does) as a person would and asserts on what the screen shows. Exit
0 when the episode is produced. Watching a terminal means reading it until the words appear: each
wait is bounded.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BRIEF = "A cat sitting on a porch at golden hour. One 5-second shot, static camera."


class Terminal:
    def __init__(
        self, command: str, env: dict[str, str], size: tuple[int, int] = (120, 40)
    ) -> None:
        # A server of its own each time: a second Terminal in the same process must not meet the
        # first one's server while it is still shutting down ("duplicate session").
        self.socket = f"shotcaller-drive-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.env = env
        width, height = size
        self._tmux("new-session", "-d", "-s", "chat", "-x", str(width), "-y", str(height), command)

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "chat")

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "chat", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "chat", "-l", text)

    def paste(self, text: str) -> None:
        """A paste as the terminal delivers it (bracketed, when the app asks for that)."""
        self._tmux("set-buffer", "--", text)
        self._tmux("paste-buffer", "-p", "-t", "chat")

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} did not appear within {timeout}s; screen:\n{shown}")
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run(
            ["tmux", "-L", self.socket, "kill-server"], env=self.env, capture_output=True
        )


def drive(
    home: Path,
    brief: str = BRIEF,
    *,
    paste: bool = False,
    size: tuple[int, int] = (120, 40),
) -> str:
    """A newcomer's first production: no sessions yet, so the app opens straight into a new one
    with the cursor in its input."""
    env = {**os.environ, "SHOTCALLER_HOME": str(home), "TERM": "xterm-256color"}
    env.pop("TMUX", None)  # a nested tmux would refuse to start
    command = " ".join(
        shlex.quote(part)
        for part in (sys.executable, "-c", "from tui.cli import main; main(['chat'])")
    )
    term = Terminal(command, env, size)
    try:
        term.wait_for("Describe a video or a change")
        if paste:
            term.paste(brief)
        else:
            term.type(brief)
        term.keys("Enter")
        term.wait_for("Approve ^y")
        # The plan table sizes its columns a frame after its rows arrive (a loaded machine can
        # show the squeezed frame): wait for the shot ids rather than read the first frame.
        term.wait_for("S01")
        term.keys("C-y")  # the plan
        term.wait_for("production waiting for your approval")
        term.keys("C-y")  # the production
        shown = term.wait_for("completed", timeout=180)
        assert "animatic" in shown, shown
        term.keys("C-q")
        return shown
    finally:
        term.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, default=None)
    parser.add_argument("--brief", default=BRIEF)
    parser.add_argument("--paste", type=Path, default=None, help="paste this file as the brief")
    parser.add_argument("--size", default="120x40", help="columns x rows, e.g. 80x24")
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="shotcaller-drive-"))
    width, height = (int(n) for n in args.size.lower().split("x"))
    brief = args.paste.read_text() if args.paste else args.brief
    print(drive(home, brief, paste=args.paste is not None, size=(width, height)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
