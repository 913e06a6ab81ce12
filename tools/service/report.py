"""The audit as people read it: `--since 30d`, a CSV, and a chart (PNG, drawn with Pillow).

The figures themselves are queries in sessions/report.py (`audit_report`, the typed report the
screens read); this module turns "30d" into a time, writes the rows as CSV, and draws the chart:
for each engine and tier, what one acceptable deliverable cost (the bar) with how often a call was
accepted and how many calls there were; under it, the spend per month.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw

from sessions.report import AuditReport, ReportRow
from tools.media.io import write_png
from tools.previs.lettering import Font, font

_SPAN = re.compile(r"^\s*(\d+)\s*([hdwmy])\s*$", re.I)
_UNITS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}
CSV_FIELDS = list(ReportRow.model_fields)

WIDTH, ROW, PAD = 1200, 34, 24
INK, MUTED, PAPER, GRID = (30, 33, 38), (110, 116, 126), (250, 249, 246), (226, 224, 219)
TIER_COLOURS = {"delivery": (46, 110, 181), "draft": (214, 137, 40)}


class ReportError(ValueError):
    """A `--since` that is neither a span ("30d", "12h", "2w") nor a date."""


def since_from(words: str | None, *, at: datetime | None = None) -> str:
    """`30d`, `12h`, `2w`, `6m`, `1y` before now, or a date (YYYY-MM-DD) → an ISO time; "" for
    everything."""
    if not words:
        return ""
    at = at or datetime.now(UTC)
    span = _SPAN.match(words)
    if span:
        days = int(span.group(1)) * _UNITS[span.group(2).lower()]
        return (at - timedelta(days=days)).isoformat(timespec="microseconds")
    try:
        day = datetime.fromisoformat(words.strip())
    except ValueError:
        raise ReportError(
            f"--since takes a span such as 30d, 12h or 2w, or a date such as 2026-11-01, "
            f"not {words!r}"
        ) from None
    return (day if day.tzinfo else day.replace(tzinfo=UTC)).isoformat(timespec="microseconds")


def report_csv(report: AuditReport) -> str:
    """One line per engine × tier × tag, with every figure."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in report.rows:
        writer.writerow(row.model_dump())
    return out.getvalue()


def render_chart(report: AuditReport, path: Path) -> Path:
    """Draw the report's chart to `path` (PNG)."""
    engines = [r for r in report.engines if r.attempts]
    months = _monthly(report)
    title_h, legend_h = 70, 30
    bars_h = max(1, len(engines)) * ROW + 40
    month_h = 220 if months else 0
    height = PAD + title_h + bars_h + legend_h + month_h + PAD
    image = Image.new("RGB", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    big, body, small = font(26), font(17), font(14)
    span = f"since {report.since[:10]}" if report.since else "all sessions"
    draw.text((PAD, PAD), "Cost per acceptable deliverable", font=big, fill=INK)
    per = f"${report.cost_per_acceptable_usd:.3f}" if report.cost_per_acceptable_usd else "—"
    draw.text(
        (PAD, PAD + 36),
        f"{span} · {report.sessions} sessions · {report.attempts} engine calls · "
        f"{report.accepted} accepted · ${report.spend_usd:.2f} spent · {per} each",
        font=small,
        fill=MUTED,
    )
    top = PAD + title_h
    label_w, note_w = 270, 330
    bar_x0, bar_x1 = PAD + label_w, WIDTH - PAD - note_w
    worst = max((r.cost_per_acceptable_usd or 0.0 for r in engines), default=0.0) or 1.0
    if not engines:
        draw.text((PAD, top), "No engine calls in this window.", font=body, fill=MUTED)
    for i, r in enumerate(engines):
        y = top + i * ROW
        draw.text((PAD, y + 6), f"{r.engine}", font=body, fill=INK)
        draw.text((PAD + label_w - 70, y + 8), r.tier, font=small, fill=MUTED)
        draw.line([(bar_x0, y + ROW - 2), (bar_x1, y + ROW - 2)], fill=GRID)
        colour = TIER_COLOURS.get(r.tier, MUTED)
        if r.cost_per_acceptable_usd is None:
            draw.text((bar_x0 + 4, y + 8), "nothing accepted", font=small, fill=(170, 60, 50))
        else:
            length = max(2, round((bar_x1 - bar_x0) * r.cost_per_acceptable_usd / worst))
            draw.rectangle([bar_x0, y + 6, bar_x0 + length, y + ROW - 8], fill=colour)
            draw.text(
                (bar_x0 + length + 6, y + 8),
                f"${r.cost_per_acceptable_usd:.3f}",
                font=small,
                fill=INK,
            )
        draw.text(
            (bar_x1 + 70, y + 8),
            f"{r.acceptance_rate:.0%} accepted · {r.attempts} calls · "
            f"{r.regeneration_rate:.0%} redone",
            font=small,
            fill=MUTED,
        )
    y, x = top + bars_h - 30, PAD
    for tier, words in (("delivery", "delivery"), ("draft", "draft (previs, race proxies)")):
        draw.rectangle([x, y + 4, x + 14, y + 18], fill=TIER_COLOURS[tier])
        draw.text((x + 20, y + 2), words, font=small, fill=INK)
        x += 60 + round(draw.textlength(words, font=small))
    if months:
        _month_bars(draw, months, top=top + bars_h + legend_h, height=month_h, fonts=(body, small))
    write_png(image, path)
    return path


def _monthly(report: AuditReport) -> list[tuple[str, float, float]]:
    """(month, delivery spend, draft spend), oldest first."""
    spend: dict[str, list[float]] = {}
    for m in report.months:
        pair = spend.setdefault(m.month, [0.0, 0.0])
        pair[0 if m.tier == "delivery" else 1] += m.spend_usd
    return [(month, d, p) for month, (d, p) in sorted(spend.items())]


def _month_bars(
    draw: ImageDraw.ImageDraw,
    months: list[tuple[str, float, float]],
    *,
    top: int,
    height: int,
    fonts: tuple[Font, Font],
) -> None:
    body, small = fonts
    draw.text((PAD, top), "Spend per month", font=body, fill=INK)
    base = top + height - 28
    most = max(d + p for _, d, p in months) or 1.0
    room = height - 70
    step = min(120, (WIDTH - 2 * PAD) // max(1, len(months)))
    for i, (month, delivery, draft) in enumerate(months[-((WIDTH - 2 * PAD) // step) :]):
        x = PAD + i * step
        h_delivery = round(room * delivery / most)
        h_draft = round(room * draft / most)
        draw.rectangle([x, base - h_delivery, x + step - 20, base], fill=TIER_COLOURS["delivery"])
        draw.rectangle(
            [x, base - h_delivery - h_draft, x + step - 20, base - h_delivery],
            fill=TIER_COLOURS["draft"],
        )
        draw.text((x, base + 6), month, font=small, fill=MUTED)
        draw.text(
            (x, base - h_delivery - h_draft - 18), f"${delivery + draft:.2f}", font=small, fill=INK
        )
