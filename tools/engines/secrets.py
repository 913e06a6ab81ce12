"""Keys out of every string that leaves an adapter, in whatever form a provider echoes them.

Providers echo what they were sent: an error body may quote the key as it was (`Key fal-…`),
percent-encoded (`fal%2Dtest%2D…`, a query string), base64-encoded (a Basic header echoed back, a
signed token), or cut short ("key fal-test-ke… is invalid"). `Redactor` masks each of these:

- the exact key, and any prefix of it of 8 characters or more;
- the same with any of its characters percent-encoded (either hex case, `+` for a space);
- the key base64-encoded (standard or URL-safe alphabet) at any of the three byte alignments it
  can take inside a longer encoded string.

Keys shorter than 8 characters are masked only whole: a shorter prefix would mask ordinary words.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

MASK = "***"
MIN_PREFIX = 8


def _char(c: str) -> str:
    """A key character as it may appear: itself, or percent-encoded in either hex case."""
    options = [re.escape(c)]
    if c == " ":
        options.append(r"\+")
    for byte in c.encode("utf-8"):
        options.append(f"%(?i:{byte:02X})")
    return "(?:" + "|".join(options) + ")" if len(options) > 1 else options[0]


def _prefix_pattern(key: str) -> str:
    """The key's first 8 characters, then as many more of its characters as follow, in order."""
    head = min(len(key), MIN_PREFIX)
    pattern = "".join(_char(c) for c in key[:head])
    tail = ""
    for c in reversed(key[head:]):
        tail = f"(?:{_char(c)}{tail})?"
    return pattern + tail


def _base64_cores(key: str) -> list[str]:
    """The parts of the key's base64 form that are the same wherever the key sits in a longer
    encoded string: encode it after 0, 1 and 2 filler bytes and keep the characters that depend
    only on the key's own bytes."""
    raw = key.encode("utf-8")
    cores: list[str] = []
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw).decode("ascii").rstrip("=")
        start = (offset * 4 + 2) // 3  # characters that mix in filler bytes
        end = len(encoded) - (1 if (offset + len(raw)) % 3 else 0)  # the last may mix padding
        core = encoded[start:end]
        if len(core) >= MIN_PREFIX:
            cores += [core, core.replace("+", "-").replace("/", "_")]
    return sorted(set(cores), key=len, reverse=True)


class Redactor:
    """Masks every form of the given secrets in a string."""

    def __init__(self, secrets: Iterable[str]) -> None:
        parts: list[str] = []
        for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
            if len(secret) < MIN_PREFIX:
                parts.append(re.escape(secret))
                continue
            parts.append(_prefix_pattern(secret))
            parts += [re.escape(core) for core in _base64_cores(secret)]
        self._pattern = re.compile("|".join(parts)) if parts else None

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(MASK, text)

    def deep(self, value: object) -> object:
        """The same, through the strings of a JSON-like value (metadata bound for provenance)."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {k: self.deep(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.deep(v) for v in value]
        return value


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every form of every secret masked."""
    return Redactor(secrets)(text)
