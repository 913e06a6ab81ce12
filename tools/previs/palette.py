"""A colour palette read from the prompt's words, the way a colourist reads a mood board.

Three kinds of words combine: the *light* (time of day or weather sets sky, ground and sun), the
*place* (forest, ocean, desert, snow recolour the ground), and the *grade* (warm, cool, moody,
pastel, noir, applied last over everything). Weather words add effects (rain, fog, snow, stars).
A prompt with none of these words gets one fixed, neutral overcast palette.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    name: str
    sky_top: RGB
    sky_horizon: RGB
    ground_far: RGB
    ground_near: RGB
    sun: RGB  # the key light: sun, moon or sign glow
    subject: RGB  # silhouettes of the subjects
    accent: RGB  # rim light and small highlights
    effects: frozenset[str] = field(default_factory=frozenset)  # rain, fog, snow, stars, glow


DEFAULT = Palette(
    name="overcast",
    sky_top=(118, 138, 158),
    sky_horizon=(196, 204, 206),
    ground_far=(112, 120, 112),
    ground_near=(58, 64, 60),
    sun=(236, 234, 222),
    subject=(38, 40, 46),
    accent=(214, 190, 150),
)

# Light: the first of these the prompt mentions sets the whole sky.
# fmt: off
_LIGHTS: dict[str, Palette] = {
    "golden hour": Palette(
        "golden hour", (96, 112, 168), (252, 196, 112), (168, 124, 70), (82, 56, 36),
        (255, 214, 140), (54, 36, 30), (255, 180, 90),
    ),
    "dawn": Palette(
        "dawn", (92, 104, 160), (246, 176, 160), (130, 118, 128), (64, 58, 70),
        (255, 224, 190), (44, 40, 56), (250, 170, 150),
    ),
    "dusk": Palette(
        "dusk", (40, 36, 92), (236, 120, 84), (92, 60, 78), (36, 26, 40),
        (255, 150, 90), (24, 18, 30), (240, 110, 90),
    ),
    "night": Palette(
        "night", (8, 12, 34), (36, 52, 92), (26, 34, 52), (10, 12, 20),
        (226, 232, 255), (4, 6, 12), (140, 170, 230), frozenset({"stars"}),
    ),
    "neon": Palette(
        "neon", (18, 8, 40), (120, 24, 120), (30, 20, 60), (12, 8, 24),
        (255, 60, 200), (8, 6, 16), (40, 240, 255), frozenset({"glow"}),
    ),
    "sunny": Palette(
        "sunny", (58, 128, 216), (170, 214, 244), (118, 160, 84), (64, 110, 50),
        (255, 252, 226), (40, 48, 44), (255, 236, 170),
    ),
    "storm": Palette(
        "storm", (46, 52, 62), (110, 118, 124), (70, 76, 70), (34, 38, 36),
        (200, 208, 214), (20, 22, 26), (170, 190, 210), frozenset({"rain"}),
    ),
}

# Words that mean one of the lights, the places or the grades above.
_SYNONYMS: dict[str, str] = {
    "sunrise": "dawn", "morning": "dawn", "daybreak": "dawn",
    "sunset": "dusk", "twilight": "dusk", "evening": "dusk",
    "midnight": "night", "nighttime": "night", "moonlight": "night", "moonlit": "night",
    "cyberpunk": "neon", "sunlit": "sunny", "midday": "sunny", "noon": "sunny",
    "stormy": "storm", "thunder": "storm", "thunderstorm": "storm",
    "rainy": "rain", "drizzle": "rain", "downpour": "rain",
    "foggy": "fog", "mist": "fog", "misty": "fog", "haze": "fog", "hazy": "fog",
    "snowy": "snow", "winter": "snow", "blizzard": "snow",
    "woods": "forest", "jungle": "forest", "pines": "forest",
    "sea": "ocean", "fjord": "ocean", "lake": "ocean", "beach": "ocean", "coast": "ocean",
    "harbour": "ocean", "harbor": "ocean", "river": "ocean",
    "dunes": "desert", "sand": "desert", "canyon": "desert",
    "cold": "cool", "icy": "cool", "blue": "cool",
    "dark": "moody", "brooding": "moody", "gloomy": "moody",
    "monochrome": "noir", "black-and-white": "noir",
}
# fmt: on

# Place: recolours the ground (far, near) and sometimes adds an effect.
_PLACES: dict[str, tuple[RGB, RGB, frozenset[str]]] = {
    "forest": ((52, 96, 58), (22, 48, 30), frozenset()),
    "ocean": ((64, 118, 150), (22, 58, 86), frozenset()),
    "desert": ((214, 170, 112), (164, 112, 64), frozenset()),
    "snow": ((226, 232, 240), (186, 196, 210), frozenset({"snow"})),
}
_WEATHER: dict[str, frozenset[str]] = {
    "rain": frozenset({"rain"}),
    "fog": frozenset({"fog"}),
    "snow": frozenset({"snow"}),
}
_GRADES = ("warm", "cool", "moody", "pastel", "noir")
# "black and white", "B&W", "greyscale", "noir": a film without colour, however it is written
# (the prompts say so to every engine too: agent/briefing/prompts.py)
BLACK_AND_WHITE = re.compile(
    r"\bblack\s*(?:and|&|-)\s*white\b|\bb\s*[&/]\s*w\b|\bgr[ae]yscale\b|\bmonochrom\w*\b|"
    r"\bnoir\b",
    re.IGNORECASE,
)


def palette_for(prompt: str) -> Palette:
    """The palette a prompt's words call for; `DEFAULT` when they name no light, place or grade."""
    text = BLACK_AND_WHITE.sub(" noir ", prompt.lower())
    words = [_SYNONYMS.get(w, w) for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text)]
    if "golden hour" in text or "golden-hour" in text:
        words.insert(0, "golden hour")

    palette = next((_LIGHTS[w] for w in words if w in _LIGHTS), DEFAULT)
    names = [palette.name] if palette is not DEFAULT else []
    effects = set(palette.effects)
    for word in dict.fromkeys(words):  # each word once, in the prompt's order
        if word in _PLACES:
            far, near, extra = _PLACES[word]
            # The light still tints the land: mix the place colour with the light's ground.
            palette = replace(
                palette,
                ground_far=mix(far, palette.ground_far, 0.3),
                ground_near=mix(near, palette.ground_near, 0.3),
            )
            effects |= extra
            names.append(word)
        if word in _WEATHER:
            effects |= _WEATHER[word]
            names.append(word)
    for word in dict.fromkeys(words):
        if word in _GRADES:
            palette = _grade(palette, word)
            names.append(word)
    name = " ".join(dict.fromkeys(names)) or DEFAULT.name
    return replace(palette, name=name, effects=frozenset(effects))


def mix(a: RGB, b: RGB, amount: float) -> RGB:
    """`a` moved `amount` of the way towards `b`."""
    return (
        round(a[0] + (b[0] - a[0]) * amount),
        round(a[1] + (b[1] - a[1]) * amount),
        round(a[2] + (b[2] - a[2]) * amount),
    )


def _grade(palette: Palette, grade: str) -> Palette:
    """A colour grade applied to every swatch, like a LUT over the whole frame."""
    ops = {
        "warm": lambda c: mix(c, (255, 170, 90), 0.18),
        "cool": lambda c: mix(c, (90, 150, 230), 0.18),
        "moody": lambda c: mix(c, (20, 24, 34), 0.35),
        "pastel": lambda c: mix(c, (246, 236, 240), 0.45),
        "noir": lambda c: (_luma(c),) * 3,
    }
    op = ops[grade]
    return replace(
        palette,
        sky_top=op(palette.sky_top),
        sky_horizon=op(palette.sky_horizon),
        ground_far=op(palette.ground_far),
        ground_near=op(palette.ground_near),
        sun=op(palette.sun),
        subject=op(palette.subject),
        accent=op(palette.accent),
    )


def _luma(c: RGB) -> int:
    return round(0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2])
