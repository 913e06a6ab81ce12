"""Stage prompts: one per stage, each written for its own job, from templates in prompts/.

The keyframe prompt speaks of composition, lens and light; the motion prompt of camera move,
subject action and duration; the finishing prompt of what must be preserved and what may be fixed.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from string import Template

from agent.briefing.beats import split_brief
from agent.briefing.cast import has_body, wardrobe
from agent.briefing.cues import on_screen_words
from agent.briefing.lexicon import (
    COLOUR_WORDS,
    FRAMING_OPENER,
    HUMAN_MOTION_VERBS,
    STYLIZED_WORDS,
    has_any,
    style_words_in,
)
from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from tools.previs.palette import BLACK_AND_WHITE

LENSES = {
    "aerial": "18mm wide-angle, deep focus",
    "wide": "24mm wide-angle",
    "medium": "35mm",
    "close": "85mm portrait lens",
    "extreme-close": "100mm macro",
    "insert": "50mm, square-on to the subject",
}
FRAMING_PHRASES = {
    "aerial": "a high aerial view",
    "wide": "a wide shot",
    "medium": "a medium shot",
    "close": "a close-up",
    "extreme-close": "an extreme close-up",
    "insert": "a clean, centred insert",
}
CAMERA_PHRASES = {
    "static": "locked-off static camera, no drift",
    "push-in": "a slow push-in towards the subject",
    "pull-out": "a slow pull-out revealing the surroundings",
    "pan": "a smooth horizontal pan",
    "tilt": "a measured vertical tilt",
    "orbit": "an orbit around the subject",
    "dolly": "a lateral dolly (tracking) move",
    "drone": "a forward drone flight, steady altitude",
    "handheld": "a subtle handheld camera, alive but readable",
}
# Light words in the brief, most specific first, with how a cinematographer would describe them.
LIGHTS: tuple[tuple[str, str], ...] = (
    ("golden hour", "low golden-hour sun, long warm shadows"),
    ("dawn", "cool dawn light with a warm edge on the horizon"),
    ("sunrise", "low sunrise light, warm rim on the subject"),
    ("sunset", "warm sunset backlight"),
    ("dusk", "dusk: a deep blue sky with the last warm light on the horizon"),
    ("twilight", "dusk: a deep blue sky with the last warm light on the horizon"),
    ("evening", "warm low evening light"),
    ("sun breaks through", "sun breaking through cloud, strong backlight"),
    ("night", "night, practical lights and deep shadows"),
    ("storm", "stormy overcast, hard contrast"),
    ("soft side lighting", "soft side light from a window"),
    ("sunny", "bright, sunny daylight"),
    ("moody", "low-key, moody light"),
)
PALETTES: tuple[tuple[str, str], ...] = (
    ("golden hour", "amber, honey, soft brown"),
    ("dawn", "pale blue, rose, silver mist"),
    ("dusk", "indigo, coral, dusky violet"),
    ("night", "deep blue, black, lamp yellow"),
    ("neon", "magenta, cyan, deep violet"),
    ("warm", "warm neutrals, cream, soft orange"),
    ("moody", "desaturated teal and slate"),
    ("sunny", "clean whites, daylight blues"),
)


@lru_cache(maxsize=8)  # templates are package data: read once per process, not per shot
def _template(name: str) -> Template:
    return Template(files("prompts").joinpath(name).read_text(encoding="utf-8"))


def _tidy(text: str) -> str:
    """No blank lines where an optional line was left empty."""
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip()) + "\n"


@lru_cache(maxsize=64)
def _look_of(brief_text: str) -> str:
    """The brief's sentences about the whole video: its light and look hold for every shot, while
    another shot's "at dawn" does not."""
    return " ".join(split_brief(brief_text).meta)


def _context(shot: Shot, plan: ShotPlan, brief: Brief | None) -> str:
    """The words that describe this shot's look: its own, plus the brief's meta sentences and
    the film's title ("… at dusk" lights every shot). The title itself is not quoted in the
    prompt: an image model may letter a working title into the frame, and renaming the film (or
    a person named in it) would otherwise make every take stale."""
    look = _look_of(brief.text) if brief else ""
    return f"{shot.description} {plan.style} {look} {plan.title}"


def composition(shot: Shot, plan: ShotPlan) -> str:
    """The shot's description without the framing it opens with ("Close-up of …"): the prompt
    names the framing once, from the shot's framing."""
    text = shot.description
    for _ in range(3):
        stripped = FRAMING_OPENER.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            break
        text = stripped
    names = {m.name for m in plan.cast}
    first = text.split(" ", 1)[0].strip(",.'\"")
    if first and first not in names and not first.isupper() and not first.endswith("'s"):
        text = text[:1].lower() + text[1:]
    return text


def _first(words: tuple[tuple[str, str], ...], *texts: str, default: str) -> str:
    for text in texts:
        for word, phrase in words:
            if has_any(text, (word,)):
                return phrase
    return default


def _style(shot: Shot, plan: ShotPlan) -> str:
    local = style_words_in(shot.description)
    notes = [*local, *(n for n in plan.style.split(", ") if n and n not in local)]
    if not notes:
        return "photoreal, natural colour, cinematic"
    if not any(n in STYLIZED_WORDS for n in notes):
        notes.append("photoreal")
    return ", ".join(notes)


def _palette(shot: Shot, plan: ShotPlan, brief: Brief | None) -> str:
    look = _look_of(brief.text) if brief else ""
    if BLACK_AND_WHITE.search(f"{plan.style} {look}"):
        # a black-and-white film: its colour words would ask an engine for colour
        return "black and white only, a full range of greys, no colour"
    colours = [c for c in COLOUR_WORDS if has_any(shot.description, (c,))]
    base = _first(PALETTES, shot.description, plan.style, look, plan.title, default="")
    parts = [*colours, base] if base else colours
    return ", ".join(parts) or "natural, balanced colour"


def _neighbours(shot: Shot, plan: ShotPlan) -> tuple[Shot | None, Shot | None]:
    ids = [s.id for s in plan.shots]
    i = ids.index(shot.id) if shot.id in ids else -1
    before = plan.shots[i - 1] if i > 0 else None
    after = plan.shots[i + 1] if 0 <= i < len(ids) - 1 else None
    return before, after


def _looks(shot: Shot, plan: ShotPlan) -> list[str]:
    """Colour + object phrases of this shot's people, gathered from every shot they appear in."""
    people = [s for s in shot.subjects if s[:1].isupper() or s.startswith("the ")]
    texts = [s.description for s in plan.shots if set(s.subjects) & set(people)]
    texts += [c.description for c in plan.cast if c.name in people]  # "in the red jacket"
    found: list[str] = []
    for phrase in wardrobe(" ".join([shot.description, *texts])):
        if phrase not in found:
            found.append(phrase)
    return found


def _pacing(shot: Shot, plan: ShotPlan) -> str:
    """How fast the move feels: slow when the shot has time for it, or the plan asks for slow."""
    slow = has_any(plan.style, ("slow", "slower", "unhurried", "calm"))
    fast = has_any(plan.style, ("fast", "faster", "energetic", "snappy"))
    if slow or (shot.duration_s >= 4 and not fast):
        return "slow and deliberate" if shot.duration_s < 7 else "very slow, unhurried"
    return "brisk, one clear beat"


def _moves(shot: Shot, human: bool) -> str:
    parts = []
    if human:
        parts.append("the subject's body and hands, with natural weight")
    if "physics" in shot.tags:
        parts.append("liquid, cloth, hair, smoke or particles, with real weight and timing")
    if not parts:
        parts.append("light, atmosphere and small ambient details (mist, water, dust, reflections)")
    return "; ".join(parts)


def _who(subject: str, plan: ShotPlan) -> str:
    """A subject as an engine can draw it: the writer in the film, unnamed ("me"), is how they
    said to spot them ("me (black overalls and a top hat)"); an engine knows no "me"."""
    if subject != "me":
        return subject
    member = next((m for m in plan.cast if m.name == "me" and m.description), None)
    return f"me ({member.description})" if member else subject


def render_stage_prompts(shot: Shot, plan: ShotPlan, brief: Brief | None = None) -> StagePrompts:
    """The keyframe, motion and finishing prompts for one shot of a plan."""
    width, height = plan.resolution
    context = _context(shot, plan, brief)
    subjects = ", ".join(_who(subject, plan) for subject in shot.subjects)
    quoted = on_screen_words(shot.description)
    palette = _palette(shot, plan, brief)
    keyframe = _template("keyframe.txt").substitute(
        shot_id=shot.id,
        framing_phrase=FRAMING_PHRASES[shot.framing].capitalize(),
        description=composition(shot, plan),
        subject_line=f"In frame: {subjects}." if subjects else "",
        lens=LENSES[shot.framing],
        depth="Shallow depth of field on the subject."
        if shot.framing in ("close", "extreme-close")
        else "Everything readable from foreground to horizon.",
        light=_first(LIGHTS, shot.description, context, default="soft, motivated natural light"),
        palette=palette,
        aspect_ratio=plan.aspect_ratio,
        resolution=f"{width}×{height}",
        style=_style(shot, plan),
        text_line=(
            "; render the words " + " and ".join(f'"{q}"' for q in quoted) + " crisp and legible"
        )
        if quoted
        else "",
    )

    human = "human_motion" in shot.tags or (
        has_body(shot.description) and has_any(shot.description, HUMAN_MOTION_VERBS)
    )
    pacing = _pacing(shot, plan)
    before, after = _neighbours(shot, plan)
    motion = _template("motion.txt").substitute(
        shot_id=shot.id,
        duration_s=f"{shot.duration_s:g}",
        fps=plan.fps,
        frames=shot.frames,
        camera_phrase=CAMERA_PHRASES[shot.camera],
        pacing=pacing,
        action=shot.description
        if human or shot.subjects
        else "none; the scene itself carries the shot",
        moves=_moves(shot, human) + (", the camera" if shot.camera != "static" else ""),
        stays=", ".join(
            [
                "the horizon level",
                *(["the identity and proportions of " + subjects] if subjects else []),
                *(["the words on screen, letter for letter"] if "typography" in shot.tags else []),
            ]
        ),
        chain_line=f"Start exactly on the last frame of {shot.chain_from}; continue its action."
        if shot.chain_from
        else "",
    )

    preserve = []
    if "character" in shot.tags:
        people = [s for s in shot.subjects if s[:1].isupper() or s.startswith("the ")]
        preserve.append(
            f"the identity of {', '.join(people) or 'the character'} (face, build, hair)"
        )
    looks = _looks(shot, plan)
    if looks:
        preserve.append("wardrobe and prop colours: " + ", ".join(looks))
    if "typography" in shot.tags or quoted:
        words = " and ".join(f'"{q}"' for q in quoted) or "the logo and text"
        preserve.append(f"{words} spelled exactly and legible")
    if "product" in shot.tags:
        preserve.append("the product's shape, colours and screen content")
    preserve.append("the composition and framing of the keyframe")
    links = []
    if before:
        links.append(f"match light and colour at the cut from {before.id}")
    if after:
        links.append(f"leave the last frame ready for {after.id}")
    if shot.chain_from:
        links.append(f"the first frame continues {shot.chain_from} without a jump")
    finishing = _template("finishing.txt").substitute(
        shot_id=shot.id,
        framing=shot.framing,
        camera=shot.camera,
        duration_s=f"{shot.duration_s:g}",
        preserve="; ".join(preserve),
        continuity="; ".join(links) or "a standalone shot",
        palette=palette,
    )
    return StagePrompts(keyframe=_tidy(keyframe), motion=_tidy(motion), finishing=_tidy(finishing))
