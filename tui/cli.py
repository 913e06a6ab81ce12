"""The `shotcaller` command line (placeholder until the foundation lands)."""

from __future__ import annotations


def main() -> None:
    print("shotcaller")
