"""The storyboard sheet's lettering: every character it writes is one its font can draw."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from PIL import ImageDraw, ImageFont

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.store import open_store
from tools.catalog import load_catalog
from tools.production.assemble import render_storyboard
from tools.service import ProductionService


def _cmap(font: ImageFont.FreeTypeFont) -> set[int]:
    """The code points the font file itself maps to glyphs (a missing one draws as a box)."""
    source = font.path
    if hasattr(source, "seek"):
        source.seek(0)  # Pillow's default font is read from bytes
    return set(TTFont(source).getBestCmap())


def test_every_character_on_the_storyboard_is_in_its_font(
    examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    service = ProductionService(store, load_catalog(), {})
    brief = parse_brief((examples / "fjord-climber.txt").read_text())
    info = service.create_session(brief)
    plan = plan_from_brief(brief)
    assert any(s.chain_from for s in plan.shots)  # the sheet writes "← S02" for a chained shot
    service._approve_plan(service.propose_plan(info.id, plan, actor="person"), "person")

    written: list[tuple[str, ImageFont.FreeTypeFont]] = []
    draw_text = ImageDraw.ImageDraw.text

    def recording(self: ImageDraw.ImageDraw, xy: Any, text: Any, *args: Any, **kw: Any) -> None:
        written.append((str(text), kw["font"]))
        draw_text(self, xy, text, *args, **kw)

    monkeypatch.setattr(ImageDraw.ImageDraw, "text", recording)
    render_storyboard(store, info.id, service._plan(info.id), seal=lambda _path, _parts: None)

    assert any("←" in text for text, _ in written)
    for text, font in written:
        missing = {ch for ch in text if ord(ch) not in _cmap(font)}
        assert not missing, f"{text!r} draws {missing} as a missing-glyph box"
