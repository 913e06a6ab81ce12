"""The deterministic rules planner: a brief in, a sensible shot list out, the same every time.

The arc is establish → detail → action → hero → end card. Beats come from the brief's story
sentences; the shot count follows the brief or a pacing of about 3–6 s a shot, merging or covering
beats from several angles to fit; frames are allocated so that the plan lasts exactly what was asked.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, replace

from agent.beats import split_brief, story_beats
from agent.brief import product_name
from agent.cast import objects_in, people_per_beat, read_cast
from agent.stage_prompts import render_stage_prompts
from agent.timing import allocate_frames, max_shots, seconds, total_frames
from agent.words import (
    PRODUCT_USE_WORDS,
    SOUND_WORDS,
    STYLIZED_WORDS,
    TAG_WORDS,
    camera_from_words,
    framing_from_words,
    has_any,
)
from sessions.models import TAGS, Brief, CameraMove, Framing, Shot, ShotPlan, sha256_text

MIN_PACE_S = 3.0
MAX_PACE_S = 6.0
EXPANDED_PACE_S = 5.0  # when a brief has too few beats for its length, cover them at ~5 s a shot

ROLE_WEIGHTS = {
    "establish": 5,
    "detail": 3,
    "action": 4,
    "hero": 5,
    "closing": 4,
    "end": 3,
    "single": 1,
}
_END_CARD = ("logo", "title card", "end card", "the words")
_HERO = ("face", "smile", "eyes", "hero", "reveal", "triumphant", "push-in", "push in")
_DETAIL = ("hand", "hands", "fingers", "close-up", "close up", "detail", "macro", "tapping")
_ENERGY = ("chase", "chasing", "running", "climbing", "pulling", "fight", "jumping", "dancing")
_QUIET = ("quiet", "still", "final", "side by side", "calm")
_JUMP = ("flashback", "cut to", "meanwhile", "later", "years ago", "memory")
_EXTREME = ("hand", "hands", "fingers", "eyes", "macro", "texture")
_SINGULAR_SHOT = re.compile(r"\b(?:a|an|one|the)\b[^,;]*\bshot\b(?!s)", re.IGNORECASE)
_VARIETY: tuple[CameraMove, ...] = ("dolly", "pan", "push-in", "static", "tilt", "handheld")


@dataclass(frozen=True)
class _Beat:
    text: str
    people: tuple[str, ...]


@dataclass(frozen=True)
class _Draft:
    """A shot before it has an id, frames, seed and prompts."""

    beat: int
    text: str  # the beat, plus the coverage note for its second, third… angle
    people: tuple[str, ...]
    role: str
    framing: Framing
    camera: CameraMove
    camera_explicit: bool


def shot_seed(brief_text: str, shot_id: str) -> int:
    """A locked 31-bit seed from the brief and the shot id: stable across runs and machines."""
    digest = hashlib.sha256(f"{sha256_text(brief_text)}:{shot_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFF_FFFF


def shot_count(brief: Brief, beats: int) -> int:
    frames = total_frames(brief.duration_s)
    if brief.shot_count:
        return min(brief.shot_count, max_shots(frames))
    fewest = max(1, math.ceil(brief.duration_s / MAX_PACE_S))
    most = max(1, int(brief.duration_s // MIN_PACE_S))
    if beats < fewest:
        wanted = max(fewest, round(brief.duration_s / EXPANDED_PACE_S))
    else:
        wanted = min(beats, most)
    return max(1, min(wanted, max_shots(frames)))


def _merge_beats(beats: list[_Beat], n: int) -> list[_Beat]:
    """Fewer shots than beats: join the lightest neighbours, never folding in the end card."""
    beats = list(beats)
    while len(beats) > n:
        pairs = [
            (len(beats[i].text) + len(beats[i + 1].text), i)
            for i in range(len(beats) - 1)
            if not (i + 1 == len(beats) - 1 and has_any(beats[-1].text, _END_CARD))
        ] or [(0, len(beats) - 2)]
        _, i = min(pairs)
        a, b = beats[i], beats[i + 1]
        people = a.people + tuple(p for p in b.people if p not in a.people)
        beats[i : i + 2] = [_Beat(f"{a.text}; then {b.text[:1].lower()}{b.text[1:]}", people)]
    return beats


def _shots_per_beat(beats: list[_Beat], n: int) -> list[int]:
    """More shots than beats: a beat that names one shot or an end card keeps one, others share."""
    fixed = [has_any(b.text, _END_CARD) or bool(_SINGULAR_SHOT.search(b.text)) for b in beats]
    if all(fixed):
        fixed = [False] * len(beats)
    counts = [1] * len(beats)
    open_beats = [i for i, f in enumerate(fixed) if not f]
    spare = n - len(beats)
    for k in range(spare):
        # Round robin, richest beats first: a long beat has more to show.
        order = sorted(open_beats, key=lambda i: (-len(beats[i].text.split()), i))
        counts[order[k % len(order)]] += 1
    return counts


def _coverage(beat: _Beat, k: int, establishing: bool) -> tuple[str, str]:
    """The k-th extra angle on a beat: (note for the description, arc role)."""
    if beat.people:
        who = beat.people[0]
        angles = [
            (f"closer on {who}'s face", "hero"),
            (f"detail of {who}'s hands", "detail"),
            (f"wide, {who} small in the frame", "establish"),
            (f"{who} from behind, following", "action"),
        ]
    elif establishing:
        angles = [
            ("an aerial view from above", "establish"),
            ("a texture detail of the place", "detail"),
            ("another wide angle", "establish"),
        ]
    else:
        angles = [
            ("detail, closer on the texture", "detail"),
            ("a wider angle", "establish"),
            ("a slow reveal from another side", "action"),
        ]
    note, role = angles[(k - 1) % len(angles)]
    if k > len(angles):
        note = f"{note}, angle {k + 1}"
    return note, role


def _role(text: str, people: tuple[str, ...], index: int, n: int, tags: set[str]) -> str:
    if n == 1:
        return "single"
    if index == n - 1:
        return "end" if has_any(text, _END_CARD) else "closing"
    if index == 0:
        return "establish"
    if has_any(text, _HERO) and people:
        return "hero"
    if has_any(text, _DETAIL):
        return "detail"
    if not people and tags & {"landscape", "architecture"}:
        return "establish"  # a place on its own ("the lamp room") is shown whole
    return "action" if people or "human_motion" in tags else "detail"


def _defaults(role: str, text: str, tags: set[str], people: tuple[str, ...]) -> tuple[str, str]:
    aerial = has_any(text, ("drone", "flyover", "aerial"))
    if role == "establish":
        camera = "drone" if aerial else "pan" if "landscape" in tags else "dolly"
        return ("aerial" if aerial else "wide"), camera
    if role == "detail":
        framing = "extreme-close" if has_any(text, _EXTREME) else "close"
        return framing, "handheld" if "physics" in tags else "static"
    if role == "action":
        return "medium", "handheld" if has_any(text, _ENERGY) else "dolly"
    if role == "hero":
        return "close", "push-in"
    if role == "end":
        return "insert", "static"
    if role == "closing":
        objects_only = not people and "landscape" not in tags
        return ("close" if objects_only else "wide"), (
            "static" if has_any(text, _QUIET) else "pull-out"
        )
    return "medium", "push-in"  # a single shot: one slow move holds attention


def _word_tags(text: str, has_product: bool, product: str | None) -> set[str]:
    tags: set[str] = {tag for tag, words in TAG_WORDS if has_any(text, words)}
    if '"' in text:
        tags.add("typography")  # quoted words are words on screen
    if has_product and (has_any(text, PRODUCT_USE_WORDS) or (product and product in text)):
        tags.add("product")
    return tags


def _brief_context(brief: Brief) -> tuple[list[str], set[str], Framing | None, CameraMove | None]:
    meta, _ = split_brief(brief.text)
    meta_text = " ".join(meta)
    global_tags: set[str] = set()
    if any(note in STYLIZED_WORDS for note in brief.style_notes):
        global_tags.add("stylized")
    if has_any(meta_text, SOUND_WORDS):  # "…with ambient sound" in the logline: every shot
        global_tags.add("sound")
    # Directives in meta sentences ("static camera") hold for every shot that does not say otherwise.
    return meta, global_tags, framing_from_words(meta_text), camera_from_words(meta_text)


def plan_from_brief(brief: Brief) -> ShotPlan:
    """A shot list for the brief: same brief, same plan, byte for byte."""
    product = product_name(brief.text)
    cast = read_cast(brief.text, product)
    _, global_tags, global_framing, global_camera = _brief_context(brief)
    has_product = bool(product) or has_any(brief.text, ("app", "product"))

    texts = story_beats(brief.text) or [brief.title]
    people, locked = people_per_beat(texts, cast)
    beats = [_Beat(t, tuple(p)) for t, p in zip(texts, people, strict=True)]
    n = shot_count(brief, len(beats))
    if len(beats) > n:
        beats = _merge_beats(beats, n)
    per_beat = _shots_per_beat(beats, n)

    drafts: list[_Draft] = []
    for b, (beat, count) in enumerate(zip(beats, per_beat, strict=True)):
        establishing = b == 0
        for k in range(count):
            index = len(drafts)
            tags = _word_tags(beat.text, has_product, product)
            if k == 0:
                text = beat.text
                role = _role(text, beat.people, index, n, tags)
                explicit_framing = framing_from_words(text)
                explicit_camera = camera_from_words(text)
            else:
                note, role = _coverage(beat, k, establishing)
                text = f"{beat.text} — {note}"
                explicit_framing = explicit_camera = None
            framing, camera = _defaults(role, text, tags, beat.people)
            drafts.append(
                _Draft(
                    beat=b,
                    text=text,
                    people=beat.people,
                    role=role,
                    framing=explicit_framing or global_framing or framing,  # type: ignore[arg-type]
                    camera=explicit_camera or global_camera or camera,  # type: ignore[arg-type]
                    camera_explicit=bool(explicit_camera or global_camera),
                )
            )
    drafts = _vary(drafts)

    appearances: dict[str, int] = {}
    for d in drafts:
        for p in d.people:
            appearances[p] = appearances.get(p, 0) + 1
    recurring = {p for p, c in appearances.items() if c >= 2} | set(locked)

    weights = [ROLE_WEIGHTS[d.role] for d in drafts]
    heroes = [i for i, d in enumerate(drafts) if d.role == "hero"]
    hero = heroes[0] if heroes else weights.index(max(weights))
    frames = allocate_frames(total_frames(brief.duration_s), weights, hero)

    shots: list[Shot] = []
    for i, (d, f) in enumerate(zip(drafts, frames, strict=True)):
        shot_id = f"S{i + 1:02d}"
        tags = _word_tags(d.text, has_product, product) | global_tags
        if d.camera in ("drone", "orbit"):
            tags.add("camera_motion")
        if any(p in recurring for p in d.people):
            tags.add("character")
        chain = _chain_from(drafts, i, shots, tags)
        subjects = [*d.people, *(o for o in objects_in(d.text, product) if o not in d.people)]
        shots.append(
            Shot(
                id=shot_id,
                description=d.text,
                duration_s=seconds(f),
                framing=d.framing,
                camera=d.camera,
                subjects=subjects,
                tags=[t for t in TAGS if t in tags],
                chain_from=chain,
                seed=shot_seed(brief.text, shot_id),
            )
        )
    plan = ShotPlan(
        title=brief.title,
        aspect_ratio=brief.aspect_ratio,
        style=", ".join(brief.style_notes),
        shots=shots,
        note=f"planned offline from the brief: {len(shots)} shots, {brief.duration_s:g} s",
    )
    return with_prompts(plan, brief)


def with_prompts(
    plan: ShotPlan, brief: Brief | None = None, only: set[str] | None = None
) -> ShotPlan:
    """The plan with stage prompts rendered for every shot (or only the named ones)."""
    shots = [
        s.model_copy(update={"prompts": render_stage_prompts(s, plan, brief)})
        if only is None or s.id in only
        else s
        for s in plan.shots
    ]
    return plan.model_copy(update={"shots": shots})


def _chain_from(drafts: list[_Draft], i: int, shots: list[Shot], tags: set[str]) -> str | None:
    """Continuous action of the same person between neighbours, within one place and time."""
    if i == 0:
        return None
    prev, cur = drafts[i - 1], drafts[i]
    if "end" in (prev.role, cur.role) or not set(prev.people) & set(cur.people):
        return None
    if prev.beat != cur.beat and (has_any(prev.text, _JUMP) or has_any(cur.text, _JUMP)):
        return None
    # Another angle on the same beat is a new camera setup, not a continuation of the last frame.
    if prev.beat == cur.beat and cur.role != "action":
        return None
    if "human_motion" in tags and "human_motion" in shots[i - 1].tags:
        return shots[i - 1].id
    return None


def _vary(drafts: list[_Draft]) -> list[_Draft]:
    """Neighbours never share framing and camera unless the brief said so."""
    out: list[_Draft] = []
    for d in drafts:
        same = bool(out) and (out[-1].framing, out[-1].camera) == (d.framing, d.camera)
        if same and not d.camera_explicit:
            options = [c for c in _VARIETY if c != d.camera]
            d = replace(d, camera=options[len(out) % len(options)])
        out.append(d)
    return out
