"""What a keyframe card is about: inside or outside, and the class of its subject.

The animatic reads the shot's words (its description, its keyframe prompt, its tags) and draws a
form a director recognises at a glance: a figure or a head for a person, two hands, a product on a
surface, a cup with steam or a pour, a vehicle, an animal, open land, or the very words of a title
card. Each form is a few Pillow primitives, so a card still renders in tens of milliseconds.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PIL import ImageDraw

from tools.previs.palette import Palette, mix

SubjectClass = Literal[
    "text", "liquid", "hands", "vehicle", "animal", "product", "person", "landscape", "place"
]


@dataclass(frozen=True)
class Subject:
    kind: SubjectClass
    interior: bool
    words: str = ""  # for a title card: what it says
    liquid: str = ""  # steam | pour | drops | splash


def _has(text: str, words: str) -> bool:
    return bool(re.search(rf"\b(?:{words})\b", text, re.IGNORECASE))


_INTERIOR = (
    r"interior|inside|indoors|room|kitchen|bedroom|bathroom|living room|hallway|corridor|lobby|"
    r"office|studio|workshop|warehouse|factory floor|library|classroom|gym|garage|attic|"
    r"basement|cellar|church interior|café interior|bar|restaurant|shop floor|counter|desk|"
    r"table|bed|sofa|couch|shelf|window seat|nook|stage|tunnel|elevator|INT"
)
_EXTERIOR = (
    r"exterior|outside|outdoors|street|alley|beach|sea|ocean|mountain|hill|field|forest|sky|"
    r"skyline|city|rooftop|road|highway|park|garden|desert|river|lake|coast|harbour|harbor|"
    r"drone|aerial|EXT"
)
_LIQUID = {
    "steam": r"steam|steaming|vapou?r|smoke|smoking",
    "pour": r"pour|pours|pouring|poured|latte art|stream of",
    "drops": r"drop|drops|droplets?|drip|drips|dripping|rain|raindrops|condensation|dew",
    "splash": r"splash|splashes|splashing|wave|waves|spill",
}
_VEHICLE = r"car|cars|suv|truck|van|bus|tractor|bike|bicycle|motorbike|motorcycle|scooter|taxi"
_ANIMAL = (
    r"cat|cats|dog|dogs|puppy|kitten|penguin|fox|bear|horse|bird|birds|owl|eagle|lion|tiger|"
    r"wolf|deer|rabbit|whale|dolphin|fish|crocodile|elephant|giraffe|monkey|wildebeest|"
    r"vultures?|gulls?|bees?|butterfly|retriever|hummingbird|turtle|cow|sheep|goat|duck"
)
_PERSON = (
    r"woman|man|girl|boy|person|people|she|he|her|his|they|climber|runner|dancer|skater|"
    r"surfer|cyclist|singer|model|bride|groom|chef|baker|barista|potter|beekeeper|fisherman|"
    r"farmer|keeper|vendor|customer|detective|kid|kids|child|children|friends|couple|crowd|"
    r"face|smile|founder|hiker|driver|student|teacher|presenter|athlete|player|knight|hero"
)
_PRODUCT = (
    r"product|packshot|bottle|jar|can|box|package|phone|laptop|tablet|screen|watch|earbuds|"
    r"headphones|sneakers?|shoes?|perfume|serum|cup|mug|glass|bowl|lamp|logo"
)
_HANDS = r"hand|hands|fingers?|fingertips?|thumb|fist|palm"
_VESSEL = (
    r"cup|mug|coffee|tea|kettle|pot|bowl|latte|flat white|espresso|cappuccino|glass|jar|pan|"
    r"tin|pitcher|jug"
)


def quoted_words(*texts: str) -> str:
    """The words a title card shows: quoted text first, else a brand before "logo"."""
    for text in texts:
        quoted = re.findall(r"[\"“]([^\"”]{1,80})[\"”]", text)
        if quoted:
            return " ".join(quoted[:2])
    for text in texts:
        brand = re.search(r"\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)?)\s+(?:logo|wordmark)\b", text)
        if brand:
            return brand.group(1)
    return ""


def _description_of(prompt: str) -> str:
    """The composition line of a keyframe prompt (what the planner wrote for this shot)."""
    m = re.search(r"Composition:\s*(.+)", prompt)
    return m.group(1) if m else prompt


def classify(prompt: str, description: str, tags: Sequence[str], framing: str) -> Subject:
    """The subject class and setting of a shot, from its words and tags."""
    text = f"{description} {_description_of(prompt)}"
    interior = _has(text, _INTERIOR) and not (
        _has(text, _EXTERIOR) and not _has(text, r"interior|inside|INT")
    )
    words = quoted_words(description, prompt)
    if "typography" in tags and (
        words or _has(text, r"logo|title|card|text|tagline|words|name|sign|lettering|reading|reads")
    ):
        return Subject("text", interior, words or quoted_words(text) or _title_words(description))
    liquid = next((kind for kind, pattern in _LIQUID.items() if _has(text, pattern)), "")
    close = framing in ("close", "extreme-close", "insert")
    # The larger thing leads: an SUV splashing through a puddle is a vehicle, not a splash.
    if _has(text, _VEHICLE):
        return Subject("vehicle", interior)
    if _has(text, _ANIMAL) and not _has(text, r"woman|man|girl|boy|person|people"):
        return Subject("animal", interior)
    if liquid and (close or "physics" in tags) and not _has(text, r"beach|sea|ocean|river|lake"):
        if liquid in ("steam", "pour") and not _has(text, _VESSEL):
            liquid = "wisps" if liquid == "steam" else "stream"
        return Subject("liquid", interior, liquid=liquid)
    if _has(text, _HANDS) and (close or "human_motion" in tags):
        return Subject("hands", interior)
    if "product" in tags or (close and _has(text, _PRODUCT)):
        return Subject("product", interior)
    if _has(text, _PERSON) or {"character", "human_motion", "dialogue"} & set(tags):
        return Subject("person", interior)
    if "landscape" in tags:
        return Subject("landscape", False)
    return Subject("place", interior)


def _title_words(description: str) -> str:
    text = re.sub(r"^(?:the|an?|end on|end card|title card|logo)\W+", "", description, flags=re.I)
    # "Logo: SUMMIT TRAIL CO. on black": the words in capitals are the card's ("…CO. on" was
    # drawn); else the words before what they sit on
    shouted = re.search(
        r"[A-Z0-9][A-Z0-9&'.-]*(?:\s+[A-Z0-9&][A-Z0-9&'.-]*)+|[A-Z]{2,}[\w&'.-]*", text
    )
    if shouted:
        return shouted.group(0).strip()
    # "The name Miga on the window with the morning sun": the name it spells
    named = re.search(
        r"\b(?:name|names|word|words|sign|reading|reads|says|saying|called|spelling)\s+"
        r"([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})",
        text,
    )
    if named:
        return named.group(1)
    text = re.split(r"\s+(?:on|over|against|in front of)\s+(?:\S+\s*){1,3}$", text)[0]
    return " ".join(text.split()[:4]).rstrip(" -–—,:;")


# --- the forms -----------------------------------------------------------------------------


def draw_subject(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    subject: Subject,
    *,
    framing: str,
    width: int,
    height: int,
    floor: int,
    size: float,
) -> None:
    """The subject's form on the frame's thirds; `floor` is where things stand, `size` how tall a
    person would be at this framing."""
    x = rng.choice((width / 3, width * 2 / 3)) + rng.uniform(-0.03, 0.03) * width
    close = framing in ("close", "extreme-close", "insert")
    scale = min(width, height) * (0.55 if close else 0.28 if framing == "medium" else 0.14)
    if subject.kind == "liquid" and subject.liquid in ("drops", "splash", "wisps", "stream"):
        _free_liquid(draw, palette, width / 2 if close else x, floor, scale, subject.liquid, rng)
    elif subject.kind == "liquid":
        _cup(draw, palette, width / 2 if close else x, floor, scale, subject.liquid, rng)
    elif subject.kind == "hands":
        _hands(draw, palette, width, height, scale)
    elif subject.kind == "vehicle":
        _vehicle(draw, palette, x if not close else width / 2, floor, scale * 1.6)
    elif subject.kind == "animal":
        _animal(draw, palette, x, floor, scale)
    elif subject.kind == "product":
        _product(draw, rng, palette, width / 2 if close else x, floor, scale)


def _rim(palette: Palette, alpha: int = 210) -> tuple[int, int, int, int]:
    return (*palette.accent, alpha)


def _cup(
    draw: ImageDraw.ImageDraw,
    palette: Palette,
    x: float,
    base: float,
    size: float,
    liquid: str,
    rng: random.Random,
) -> None:
    """A cup or glass on a surface, with steam rising, a pour, drops or a splash."""
    w, h = size * 0.55, size * 0.5
    line = max(2, round(size * 0.02))
    draw.ellipse((x - w * 0.75, base - h * 0.04, x + w * 0.75, base + h * 0.1), fill=(0, 0, 0, 70))
    draw.rounded_rectangle(
        (x - w / 2, base - h, x + w / 2, base), radius=w * 0.18, fill=palette.subject,
        outline=_rim(palette), width=line,
    )  # fmt: skip
    draw.arc((x + w * 0.35, base - h * 0.8, x + w * 0.8, base - h * 0.3), -90, 90,
             fill=_rim(palette), width=line)  # fmt: skip
    draw.ellipse((x - w / 2, base - h - h * 0.09, x + w / 2, base - h + h * 0.09),
                 fill=mix(palette.subject, palette.sun, 0.35))  # fmt: skip
    wisp = (*mix(palette.sky_horizon, (255, 255, 255), 0.5), 150)
    if liquid == "steam":
        for k in range(3):  # thin wavy columns, fading up: steam, not a head
            cx = x + (k - 1) * w * 0.22
            points = [
                (cx + math.sin(t * 0.9 + k * 1.7) * w * 0.09, base - h - t * size * 0.07)
                for t in range(12)
            ]
            draw.line(points, fill=wisp, width=max(2, round(size * 0.025)), joint="curve")
    elif liquid == "pour":
        top = base - h - size * 0.9
        draw.line((x - w * 0.05, top, x + w * 0.02, base - h), fill=(*palette.sun, 200),
                  width=max(3, round(size * 0.05)))  # fmt: skip
        draw.polygon(
            [(x - w * 0.6, top - size * 0.1), (x + w * 0.2, top - size * 0.25),
             (x + w * 0.1, top + size * 0.02), (x - w * 0.5, top + size * 0.08)],
            fill=mix(palette.subject, palette.accent, 0.3),
        )  # fmt: skip
    elif liquid == "drops":
        for _ in range(9):
            dx, dy = rng.uniform(-w, w), rng.uniform(-h * 2.2, -h * 0.2)
            r = size * rng.uniform(0.015, 0.03)
            draw.ellipse((x + dx - r, base + dy - r * 1.4, x + dx + r, base + dy + r),
                         fill=(*palette.sky_horizon, 200), outline=_rim(palette, 160))  # fmt: skip
    else:  # splash: arcs thrown up and out
        for k in range(7):
            angle = math.pi * (0.15 + 0.7 * k / 6)
            reach = size * rng.uniform(0.3, 0.55)
            end = (x + math.cos(angle) * reach, base - h - math.sin(angle) * reach)
            draw.line((x, base - h, *end), fill=wisp, width=max(2, round(size * 0.02)))
            r = size * 0.02
            draw.ellipse((end[0] - r, end[1] - r, end[0] + r, end[1] + r), fill=wisp)


def _free_liquid(
    draw: ImageDraw.ImageDraw,
    palette: Palette,
    x: float,
    base: float,
    size: float,
    liquid: str,
    rng: random.Random,
) -> None:
    """Liquid with no vessel: drops beading on a leaf, a splash crown, rising wisps, a stream."""
    wet = (*mix(palette.sky_horizon, (255, 255, 255), 0.45), 190)
    line = max(2, round(size * 0.02))
    if liquid == "drops":
        # A leaf (or pane) the drops run down: a long ellipse with a midrib.
        draw.ellipse((x - size * 0.7, base - size * 0.75, x + size * 0.7, base - size * 0.1),
                     fill=mix(palette.ground_far, palette.subject, 0.3), outline=_rim(palette))  # fmt: skip
        draw.line((x - size * 0.65, base - size * 0.42, x + size * 0.65, base - size * 0.43),
                  fill=_rim(palette, 150), width=line)  # fmt: skip
        for _ in range(12):
            dx, dy = rng.uniform(-0.55, 0.55) * size, rng.uniform(-0.65, -0.2) * size
            r = size * rng.uniform(0.02, 0.045)
            draw.ellipse((x + dx - r, base + dy - r * 1.3, x + dx + r, base + dy + r), fill=wet,
                         outline=(255, 255, 255, 160))  # fmt: skip
    elif liquid == "splash":
        for k in range(9):
            angle = math.pi * (0.1 + 0.8 * k / 8)
            reach = size * rng.uniform(0.25, 0.5)
            end = (x + math.cos(angle) * reach, base - math.sin(angle) * reach)
            draw.line((x, base, *end), fill=wet, width=line)
            r = size * 0.02
            draw.ellipse((end[0] - r, end[1] - r, end[0] + r, end[1] + r), fill=wet)
        draw.ellipse(
            (x - size * 0.4, base - size * 0.05, x + size * 0.4, base + size * 0.05), fill=wet
        )
    elif liquid == "wisps":
        for k in range(4):
            cx = x + (k - 1.5) * size * 0.15
            points = [
                (cx + math.sin(t * 0.8 + k * 1.3) * size * 0.06, base - t * size * 0.08)
                for t in range(12)
            ]
            draw.line(points, fill=wet, width=max(2, round(size * 0.025)), joint="curve")
    else:  # a stream falling into frame
        draw.line((x, base - size * 1.2, x, base), fill=wet, width=max(3, round(size * 0.05)))
        draw.ellipse(
            (x - size * 0.2, base - size * 0.04, x + size * 0.2, base + size * 0.04), fill=wet
        )


def _hands(
    draw: ImageDraw.ImageDraw, palette: Palette, width: int, height: int, size: float
) -> None:
    """Two hands entering from the bottom of frame, fingers spread: palm, four fingers, a thumb."""
    line = max(2, round(size * 0.015))
    for side in (-1, 1):
        cx = width / 2 + side * size * 0.42
        top = height - size * 0.75
        palm = (cx - size * 0.17, top + size * 0.2, cx + size * 0.17, height + size * 0.1)
        draw.rounded_rectangle(palm, radius=size * 0.1, fill=palette.subject,
                               outline=_rim(palette), width=line)  # fmt: skip
        for k in range(4):
            fx = cx - size * 0.13 + k * size * 0.087
            length = size * (0.28 if k in (1, 2) else 0.22)
            draw.rounded_rectangle(
                (fx - size * 0.035, top + size * 0.22 - length, fx + size * 0.035, top + size * 0.3),
                radius=size * 0.035, fill=palette.subject, outline=_rim(palette), width=line,
            )  # fmt: skip
        tx = cx - side * size * 0.2
        draw.rounded_rectangle(
            (tx - size * 0.04, top + size * 0.3, tx + size * 0.04, top + size * 0.55),
            radius=size * 0.04, fill=palette.subject, outline=_rim(palette), width=line,
        )  # fmt: skip


def _vehicle(
    draw: ImageDraw.ImageDraw, palette: Palette, x: float, base: float, size: float
) -> None:
    """A car in profile: body, cabin with a window, two wheels, a headlight."""
    w, h = size, size * 0.28
    line = max(2, round(size * 0.012))
    draw.ellipse((x - w * 0.6, base - h * 0.08, x + w * 0.6, base + h * 0.12), fill=(0, 0, 0, 80))
    draw.rounded_rectangle((x - w / 2, base - h, x + w / 2, base - h * 0.25), radius=h * 0.3,
                           fill=palette.subject, outline=_rim(palette), width=line)  # fmt: skip
    draw.polygon(
        [(x - w * 0.3, base - h), (x - w * 0.18, base - h * 1.75), (x + w * 0.2, base - h * 1.75),
         (x + w * 0.34, base - h)],
        fill=palette.subject, outline=_rim(palette),
    )  # fmt: skip
    draw.polygon(
        [(x - w * 0.22, base - h * 1.05), (x - w * 0.14, base - h * 1.6),
         (x + w * 0.16, base - h * 1.6), (x + w * 0.26, base - h * 1.05)],
        fill=mix(palette.sky_horizon, palette.subject, 0.4),
    )  # fmt: skip
    for wx in (x - w * 0.3, x + w * 0.3):
        r = h * 0.42
        draw.ellipse((wx - r, base - h * 0.25 - r, wx + r, base - h * 0.25 + r),
                     fill=(18, 18, 22), outline=_rim(palette), width=line)  # fmt: skip
    draw.ellipse(
        (x + w * 0.44, base - h * 0.85, x + w * 0.5, base - h * 0.6), fill=(*palette.sun, 255)
    )


def _animal(
    draw: ImageDraw.ImageDraw, palette: Palette, x: float, base: float, size: float
) -> None:
    """A four-legged animal in profile: body, head, ears, legs and a tail."""
    w, h = size * 0.8, size * 0.32
    line = max(2, round(size * 0.012))
    top = base - h * 1.6
    for lx in (x - w * 0.35, x - w * 0.2, x + w * 0.2, x + w * 0.33):
        draw.rectangle((lx - w * 0.04, top + h * 0.6, lx + w * 0.04, base), fill=palette.subject)
    draw.ellipse((x - w / 2, top, x + w / 2, top + h), fill=palette.subject,
                 outline=_rim(palette), width=line)  # fmt: skip
    hx, hy = x + w * 0.5, top - h * 0.3
    draw.ellipse((hx - h * 0.45, hy - h * 0.4, hx + h * 0.45, hy + h * 0.45),
                 fill=palette.subject, outline=_rim(palette), width=line)  # fmt: skip
    draw.polygon([(hx - h * 0.3, hy - h * 0.2), (hx - h * 0.1, hy - h * 0.75),
                  (hx + h * 0.05, hy - h * 0.25)], fill=palette.subject)  # fmt: skip
    draw.line((x - w / 2, top + h * 0.3, x - w * 0.75, top - h * 0.3), fill=palette.subject,
              width=max(3, round(h * 0.15)))  # fmt: skip


def _product(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    palette: Palette,
    x: float,
    base: float,
    size: float,
) -> None:
    """A product on a surface: a bottle-like form with a label and a highlight, and its shadow."""
    w, h = size * rng.uniform(0.35, 0.45), size * rng.uniform(0.7, 0.85)
    line = max(2, round(size * 0.015))
    draw.ellipse((x - w * 0.9, base - h * 0.04, x + w * 0.9, base + h * 0.1), fill=(0, 0, 0, 80))
    draw.rounded_rectangle((x - w / 2, base - h, x + w / 2, base), radius=w * 0.2,
                           fill=palette.subject, outline=_rim(palette, 230), width=line)  # fmt: skip
    draw.rounded_rectangle((x - w * 0.18, base - h * 1.15, x + w * 0.18, base - h * 0.98),
                           radius=w * 0.05, fill=mix(palette.subject, palette.accent, 0.5))  # fmt: skip
    draw.rectangle((x - w * 0.38, base - h * 0.62, x + w * 0.38, base - h * 0.4),
                   fill=(*palette.accent, 210))  # fmt: skip
    draw.line((x - w * 0.3, base - h * 0.9, x - w * 0.3, base - h * 0.15),
              fill=(255, 255, 255, 90), width=max(2, round(w * 0.06)))  # fmt: skip
