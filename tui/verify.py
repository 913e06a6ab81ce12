"""`shotcaller verify FILE`: the file's C2PA manifest chain in words, and whether it validates."""

from __future__ import annotations

from pathlib import Path

import click

from sessions.c2pa import verify_file


def verify_command(path: str) -> int:
    """Print the manifest chain of ``path``; 0 when it validates, 1 when it does not.

    A file that cannot be read is the person's mistake, not a verdict: ValueError, one line.
    """
    target = Path(path).expanduser()
    if not target.exists():
        raise ValueError(f"no such file: {path}")
    if not target.is_file():
        raise ValueError(f"not a file: {path}")
    try:
        result = verify_file(target)
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    for line in result.lines:
        click.echo(line)
    for error in result.errors:
        click.echo(f"problem: {error}")
    return 0 if result.valid else 1
