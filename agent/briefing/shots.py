"""From beats to shots: how many, which angle on which beat, framing, camera, tags and chains.

The arc is establish → detail → action → hero → end card. The shot count follows the brief (an
explicit count, or one shot per list item) or a pacing of about 3–6 s a shot, merging beats or
covering one beat from several angles to fit; frames are allocated so that the plan lasts exactly
what was asked, to the frame.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, replace

from agent.briefing.beats import (
    JUMP_WORDS,
    TIME_MARKS,
    Beat,
    has_picture,
    is_gossip,
    subject_of,
    writer_in_shot,
)
from agent.briefing.cast import Cast, objects_in, people_per_beat, products_in
from agent.briefing.cues import ShotContext, on_screen_words, tags_for
from agent.briefing.directives import Reading, framing_from_words, read_brief
from agent.briefing.english import lower_first
from agent.briefing.lexicon import (
    ANIMAL_NOUNS,
    ARCHITECTURE_WORDS,
    FACES_UNSEEN,
    HUMAN_MOTION_VERBS,
    LANDSCAPE_WORDS,
    PERSON_NOUNS,
    PRODUCT_KINDS,
    TYPOGRAPHY_WORDS,
    camera_from_words,
    has_any,
)
from agent.briefing.sentence_model import META_LEANING, meta_chance
from agent.briefing.tag_model import sure_tags
from agent.briefing.timing import allocate_frames, capped, max_shots, seconds, total_frames
from sessions.limits import LIMITS
from sessions.models import (
    FPS,
    TAGS,
    Brief,
    CameraMove,
    CastMember,
    Framing,
    Shot,
    sha256_text,
)

MIN_PACE_S = 3.0
# One beat is held up to 10 s (the longest clip of Kling, Runway and Seedance) before an angle is
# added: most readers of the corpus want one shot per beat at that length. Veo stops at 8 s, so
# the router leaves it out of a longer shot (tools/routing/rank.py).
MAX_PACE_S = 10.0
LONGEST_CLIP_S = 15.0  # Kling 3's longest clip: a single take past it is made as chained clips
STORY_PACE_S = 5.0  # past a minute, too few beats are covered at ~5 s a shot

ROLE_WEIGHTS = {
    "establish": 5,
    "detail": 3,
    "action": 4,
    "hero": 5,
    "closing": 4,
    "end": 3,
    "single": 1,
}
_END_CARD = ("logo", "title card", "end card", "final card", "the words", "tagline", "title")
_HERO = ("face", "smile", "smiles", "eyes", "hero", "reveal", "triumphant", "push-in", "push in")
_DETAIL = ("hand", "hands", "fingers", "close-up", "close up", "detail", "macro", "tapping", "lips")
_ENERGY = (
    "chase",
    "chasing",
    "running",
    "runs",
    "climbing",
    "pulling",
    "fight",
    "jumping",
    "dancing",
    "sprints",
)
_QUIET = ("quiet", "still", "final", "side by side", "calm")
# hands that are the whole body's doing, seen whole: "a couple walking through the meadow holding
# hands" is no detail of hands (it was framed extreme-close)
_WHOLE_BODY_HANDS = re.compile(
    r"\b(?:holding|hold|holds|held|shaking|shakes|shook|joining|raising|raises|raised|"
    r"waving|waves)\s+(?:their\s+|his\s+|her\s+)?hands\b|\bhand in hand\b|"
    r"\bhands\s+(?:in the air|up|on (?:their|his|her) hips)\b",
    re.IGNORECASE,
)
_MOST_ANGLES = 4  # a beat's own shot and the three other angles `_coverage` has for it
_EXTREME = ("hand", "hands", "fingers", "eyes", "macro", "texture", "lips", "droplets")
_SINGULAR_SHOT = re.compile(r"\b(?:a|an|one|the)\b[^,;]*\bshot\b(?!s)", re.IGNORECASE)
_VARIETY: tuple[CameraMove, ...] = ("dolly", "pan", "push-in", "static", "tilt", "handheld")


@dataclass(frozen=True)
class _Beat:
    beat: Beat
    people: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.beat.text


@dataclass(frozen=True)
class Draft:
    """A shot before it has an id, frames, seed and prompts."""

    beat: int
    text: str  # the beat, plus the coverage note for its second, third… angle
    source: Beat
    people: tuple[str, ...]
    role: str
    framing: Framing
    camera: CameraMove
    camera_explicit: bool


def shot_seed(brief_text: str, shot_id: str) -> int:
    """A locked 31-bit seed from the brief and the shot id: stable across runs and machines."""
    digest = hashlib.sha256(f"{sha256_text(brief_text)}:{shot_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFF_FFFF


def shot_count(brief: Brief, beats: int, *, expandable: bool = True, patient: bool = False) -> int:
    frames = total_frames(brief.duration_s)
    if brief.shot_count:
        return min(brief.shot_count, max_shots(frames))
    if not expandable:
        # Every beat is one continuous move ("a slow pan across the desk, 7 sec"): cutting it
        # into angles would break the move it asks for.
        return max(1, min(beats, max_shots(frames)))
    fewest = max(1, math.ceil(brief.duration_s / MAX_PACE_S))
    most = max(1, int(brief.duration_s // MIN_PACE_S))
    # Too few beats for the length: a short piece gets as few extra angles as keep every shot
    # within the longest pace (each added angle of one beat reads as a near-duplicate); a long
    # narrative is cut at a storytelling pace; a documentary's beats are held up to the longest
    # clip an engine makes.
    if brief.duration_s <= 60:
        paced = fewest
    elif patient:
        paced = max(1, math.ceil(brief.duration_s / LONGEST_CLIP_S))
    else:
        paced = max(fewest, round(brief.duration_s / STORY_PACE_S))
    # (each beat takes at most as many angles as there are ways to cover it: three pictures in
    # 90 s were 18 shots, "Beans roasting — detail, closer on the texture, angle 5")
    paced = min(paced, max(fewest, beats * _MOST_ANGLES))
    wanted = max(paced, min(beats, most)) if beats < fewest else min(beats, most)
    return max(1, min(wanted, max_shots(frames)))


def _is_card(beat: _Beat) -> bool:
    """Words on screen, a logo, a title: a card the film ends on (a picture with words over it,
    'Gulls over the pier, "Sail with us" on screen', is still that picture)."""
    over = _WORDS_OVER.match(beat.text)
    if over and has_picture(over["picture"]) and not has_any(over["picture"], _END_CARD):
        return False
    return has_any(beat.text, (*_END_CARD, *TYPOGRAPHY_WORDS)) or bool(on_screen_words(beat.text))


_WORDS_OVER = re.compile(r'^(?P<picture>[^"]+),\s+"[^"]+"\s+on screen$')


def _is_place(text: str) -> bool:
    return has_any(text, (*LANDSCAPE_WORDS, *ARCHITECTURE_WORDS))


def _framing_cue(beat: Beat, cues: str) -> Framing | None:
    """ "5. Overhead: Ife asleep…": a label that says the angle frames the shot from above (in
    a picture, "gulls overhead" is where the gulls are)."""
    if any(a.strip().lower() in ("overhead", "top-down", "top down") for a in beat.asides):
        return "aerial"
    return framing_from_words(cues)


def _spec_asides(beat: Beat) -> str:
    """The asides a shot's cues read: how it is shot, never what someone says of it."""
    return " ".join(a for a in beat.asides if not is_gossip(a))


def _fewer_asides(beats: list[_Beat], n: int) -> list[_Beat]:
    """More beats than shots: before two pictures are folded into one, a beat the second reader
    leans on as being about the video (not sure enough to have set it aside) goes instead — it
    would otherwise be glued into a picture's prompt ("…, then Label wants it Friday")."""
    beats = list(beats)
    while len(beats) > max(n, 1):
        leaning = [
            (meta_chance(b.text), i)
            for i, b in enumerate(beats)
            # (nor the writer in shot: "me solving it super fast" is the clip's whole point)
            if not (
                b.beat.end or b.beat.seconds is not None or _is_card(b) or writer_in_shot(b.text)
            )
        ]
        chance, i = max(leaning, default=(0.0, -1))
        if chance < META_LEANING:
            break
        del beats[i]
    return beats


def _merge_beats(beats: list[_Beat], n: int) -> list[_Beat]:
    """Fewer shots than beats: join the lightest neighbours, never folding in the end card."""
    beats = list(beats)
    while len(beats) > n:
        pairs = [
            (len(beats[i].text) + len(beats[i + 1].text), i)
            for i in range(len(beats) - 1)
            if not (i + 1 == len(beats) - 1 and _is_card(beats[-1]))
        ] or [(0, len(beats) - 2)]
        _, i = min(pairs)
        a, b = beats[i], beats[i + 1]
        people = a.people + tuple(p for p in b.people if p not in a.people)
        text = f"{a.text}, then {lower_first(b.text)}"
        merged = replace(
            a.beat,
            text=text,
            end=b.beat.end,
            seconds=(a.beat.seconds or 0) + (b.beat.seconds or 0) or None,
            asides=a.beat.asides + b.beat.asides,
        )
        beats[i : i + 2] = [_Beat(merged, people)]
    return beats


def _shots_per_beat(beats: list[_Beat], n: int) -> list[int]:
    """More shots than beats: a beat that names one shot or an end card keeps one, others share."""
    fixed = [_is_card(b) or b.beat.single or bool(_SINGULAR_SHOT.search(b.text)) for b in beats]
    if all(fixed):
        fixed = [False] * len(beats)
    counts = [1] * len(beats)
    open_beats = [i for i, f in enumerate(fixed) if not f]
    for k in range(n - len(beats)):
        # Round robin, richest beats first: a long beat has more to show.
        order = sorted(open_beats, key=lambda i: (-len(beats[i].text.split()), i))
        counts[order[k % len(order)]] += 1
    return counts


def _coverage(
    beat: _Beat,
    k: int,
    establishing: bool,
    animals: frozenset[str] = frozenset(),
    faces: bool = True,
) -> tuple[str, str]:
    """The k-th extra angle on a beat: (note for the description, arc role). With `faces`
    false (the brief asks that no face be seen) no angle is on a face."""
    if beat.people:
        who = beat.people[0]
        # ("the swimmers' faces", never "the swimmers's face")
        many = who.startswith("the ") and who.endswith("s") and not who.endswith("ss")
        face, hands = (
            (f"{who}' faces", f"{who}' hands") if many else (f"{who}'s face", f"{who}'s hands")
        )
        angles = [
            (f"closer on {face}", "hero") if faces else (f"{who} from behind, closer", "hero"),
            # (Max the dog has no hands to show, and hands would make the shot a person's)
            (
                f"{who} at eye level, low and close" if who in animals else f"detail of {hands}",
                "detail",
            ),
            (f"wide, {who} small in the frame", "establish"),
            (f"{who} from behind, following", "action"),
        ]
    elif establishing and has_any(beat.text, LANDSCAPE_WORDS):
        angles = [
            ("an aerial view from above", "establish"),
            ("a texture detail of the place", "detail"),
            ("another wide angle", "establish"),
        ]
    elif establishing:
        angles = [
            ("a texture detail of the place", "detail"),
            ("another wide angle", "establish"),
            ("a slow reveal from another side", "action"),
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


_MOVING_TAKE = re.compile(
    r"\b(?:one|single|a)\s+(?:continuous|unbroken|long)\s+(?:take|shot)\b[^.]*|\bno cuts?\b", re.I
)


def _segment(text: str, k: int, count: int) -> str | None:
    """The k-th of `count` clips one continuous beat is cut into: its own clause of the move
    ("…, follows her up the steps…, and settles on her face…"), or the move going on."""
    clauses = [c.strip() for c in re.split(r",\s*(?:and\s+|then\s+)?(?=[a-z]+s\b)", text)]
    if len(clauses) < 2:
        return f"{text.rstrip('.')} — the move goes on, unbroken"
    # the clauses shared out in order: clip k shows its share (the first clip keeps the subject)
    per = max(1, round(len(clauses) / count))
    share = clauses[k * per : (k + 1) * per] if k < count - 1 else clauses[k * per :]
    if not share:
        return f"{text.rstrip('.')} — the move goes on, unbroken"
    body = ", then ".join(share)
    if k == 0:
        return f"{body} — continuing, unbroken"  # its own subject, said first
    subject = subject_of(clauses[0]) or "the camera"
    return f"{subject[:1].upper()}{subject[1:]} {body} — continuing, unbroken"


def _role(beat: _Beat, index: int, n: int) -> str:
    text, people = beat.text, beat.people
    if n == 1:
        return "single"
    if index == n - 1:
        return "end" if _is_card(beat) else "closing"
    if index == 0:
        return "establish"
    if beat.beat.end and _is_card(beat):
        return "end"
    if has_any(text, _HERO) and people:
        return "hero"
    if has_any(_WHOLE_BODY_HANDS.sub(" ", text), _DETAIL):
        return "detail"
    if not people and (_is_place(text) or has_any(text, ("over the", "dawn", "sunset"))):
        return "establish"  # a place on its own is shown whole
    return "action" if people else "detail"


def _defaults(role: str, text: str, people: tuple[str, ...]) -> tuple[Framing, CameraMove]:
    aerial = has_any(text, ("drone", "flyover", "aerial", "from above"))
    if role == "establish":
        return ("aerial" if aerial else "wide"), (
            "drone" if aerial else "pan" if not people else "dolly"
        )
    if role == "detail":
        framing: Framing = "extreme-close" if has_any(text, _EXTREME) else "close"
        return framing, "static"
    if role == "action":
        return "medium", ("handheld" if has_any(text, _ENERGY) else "dolly")
    if role == "hero":
        return "close", "push-in"
    if role == "end":
        return "insert", "static"
    if role == "closing":
        # A person at work ends on a medium; a person or a place on a wide; things on a close.
        busy = bool(people) and has_any(text, HUMAN_MOTION_VERBS)
        framing = "medium" if busy else "wide" if people or _is_place(text) else "close"
        return framing, ("static" if has_any(text, _QUIET) else "pull-out")
    return "medium", "push-in"  # a single shot: one slow move holds attention


# "Reel for our cafe": with no picture named, the shots show what the film is for
_FILM_FOR = re.compile(
    r"^(?:[\w'-]+\s+){0,3}?(?:video|vid|reel|ad|advert|promo|clip|film|teaser|spot|tiktok)\s+"
    r"(?:for|about)\s+(?=(?:our|my|the|a|an)\s+\w)",
    re.IGNORECASE,
)


def _what_the_title_shows(title: str) -> str:
    shows = _FILM_FOR.sub("", title)
    if has_any(shows, PERSON_NOUNS):
        return title  # "Reel for our florist": the shop, which "our florist" alone is not
    return shows[:1].upper() + shows[1:]


def _animals(cast: Cast) -> frozenset[str]:
    """The cast who are animals: "the dog", and "Bella" whom the brief calls its cockapoo (not
    Rosa, "red bandana, grey overalls, a crow tattooed on her forearm")."""
    return frozenset(
        m.key
        for m in cast.characters
        if m.key.removeprefix("the ") in ANIMAL_NOUNS
        or (
            has_any(head := m.description.split(",")[0], ANIMAL_NOUNS)
            and not has_any(head, PERSON_NOUNS)
        )
    )


def draft_shots(reading: Reading, brief: Brief) -> tuple[list[Draft], list[int]]:
    """The shots of a brief before ids and prompts, and the frames each one lasts."""
    cast = reading.cast
    beats_in = reading.beats or [Beat(text=_what_the_title_shows(brief.title))]
    people = people_per_beat([b.text for b in beats_in], cast)
    animals = _animals(cast)  # (after the beats' people, who join the cast as they are met)
    beats = [_Beat(b, tuple(p)) for b, p in zip(beats_in, people, strict=True)]
    d = reading.directives
    n = shot_count(
        brief,
        len(beats),
        expandable=not all(b.beat.single for b in beats),
        patient=d.patient,
    )
    if (d.continuous or brief.shot_count == 1) and brief.duration_s / n > LONGEST_CLIP_S:
        # "one unbroken shot, 20 seconds": no engine makes a 20 s clip, so the take is made as
        # clips that each start on the last one's final frame (chained), never cut away from
        n = min(max_shots(total_frames(brief.duration_s)), math.ceil(brief.duration_s / MAX_PACE_S))
        d = replace(d, continuous=True)
    if len(beats) > n:
        beats = _merge_beats(_fewer_asides(beats, n), n)
    per_beat = _shots_per_beat(beats, n)
    drafts: list[Draft] = []
    for b, (beat, count) in enumerate(zip(beats, per_beat, strict=True)):
        cues = f"{beat.text} {_spec_asides(beat.beat)}"
        for k in range(count):
            index = len(drafts)
            if k == 0 and d.continuous and count > 1 and (first := _segment(beat.text, 0, count)):
                text = first.removesuffix(" — continuing, unbroken").removesuffix(
                    " — the move goes on, unbroken"
                )
                if text.endswith(beat.text.rstrip(".")) or not text:
                    text = beat.text
                role = _role(beat, index, n)
                framing_cue = _framing_cue(beat.beat, cues)
                camera_cue = camera_from_words(cues)
            elif k == 0:
                text = beat.text
                role = _role(beat, index, n)
                framing_cue = _framing_cue(beat.beat, cues)
                camera_cue = camera_from_words(cues)
            elif d.continuous and (segment := _segment(beat.text, k, count)) is not None:
                # "one continuous take, no cuts": the move goes on in the next clip, from the last
                # frame, never another angle (a cut the brief forbids)
                text, role = segment, "action"
                framing_cue, camera_cue = drafts[-1].framing, drafts[-1].camera
            else:
                note, role = _coverage(
                    beat,
                    k,
                    establishing=_is_place(beat.text),
                    animals=animals,
                    faces=FACES_UNSEEN not in d.style,
                )
                text = f"{beat.text} — {note}"
                framing_cue = camera_cue = None
            framing, camera = _defaults(role, text, beat.people)
            if framing_cue == "aerial" and camera_cue in (None, "dolly"):
                camera_cue = (
                    "drone" if has_any(cues, ("drone", "tracking", "flyover")) else camera_cue
                )
            drafts.append(
                Draft(
                    beat=b,
                    text=text,
                    source=beat.beat,
                    people=beat.people,
                    role=role,
                    framing=framing_cue or d.framing or framing,
                    camera=camera_cue or d.camera or camera,
                    camera_explicit=bool(camera_cue or d.camera),
                )
            )
    drafts = _vary(drafts)
    return drafts, _frames(drafts, brief, reading)


def _frames(drafts: list[Draft], brief: Brief, reading: Reading) -> list[int]:
    total = total_frames(brief.duration_s)
    given = [d.source.seconds for d in drafts]
    if each := reading.directives.per_shot_seconds:
        # "a title card (5 sec), one shot per spot at 7 sec each, an end card (5 sec)": the
        # shots with no length of their own take the length each one is given
        given = [g or each for g in given]
    if all(given) and sum(round(g * FPS) for g in given if g) == total:
        return [round(g * FPS) for g in given if g]
    if reading.directives.per_shot_seconds or all(given):
        weights = [round((g or 1) * 2) for g in given] if all(given) else [1] * len(drafts)
        return allocate_frames(total, weights, 0)
    free = [i for i, g in enumerate(given) if not g]
    kept = sum(round(g * FPS) for g in given if g)
    if free and kept and total - kept >= len(free) * round(MIN_PACE_S * FPS):
        # "Total 20 seconds. 1. Kettle boiling (5s) 2. Pouring the tea 3. Biscuit dunk (3s)":
        # a shot given its length keeps it; the others share what is left
        rest = allocate_frames(total - kept, [ROLE_WEIGHTS[drafts[i].role] for i in free], 0)
        shares = iter(rest)
        return [round(g * FPS) if g else next(shares) for g in given]
    weights = [ROLE_WEIGHTS[d.role] for d in drafts]
    heroes = [i for i, d in enumerate(drafts) if d.role == "hero"]
    hero = heroes[0] if heroes else weights.index(max(weights))
    pace = (
        MAX_PACE_S
        if brief.duration_s <= 60
        else LONGEST_CLIP_S
        if reading.directives.patient
        else STORY_PACE_S
    )
    frames = capped(allocate_frames(total, weights, hero), round(pace * FPS))
    # Whatever the pace, no shot longer than the longest clip an engine makes, where the total
    # allows ("Beat 1: …" of a 75 s explainer was 20.5 s, a shot no engine can make).
    return capped(frames, round(LONGEST_CLIP_S * FPS))


def _fitted(description: str) -> str:
    """A description a plan can keep: a sentence of a long paste run on past the limit is cut at
    its last word that fits. (A 1,291-character sentence failed the planner's own plan: "the
    description is 1,291 characters", and no plan at all.)"""
    limit = LIMITS["description"]
    if len(description) <= limit:
        return description
    cut = description[: limit - 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;:-–—") + "…"


# "no text either", "no lyrics on screen!!", "No captions": the writer wants no words lettered
_NO_WORDS = re.compile(
    r"(?i)\b(?:no|without|never|don'?t (?:put|add|want))\s+(?:any\s+)?(?:on-?screen\s+)?"
    r"(?:text|words|lettering|captions?|titles?|subtitles?|supers|lyrics)\b"
)


def build_shots(reading: Reading, brief: Brief) -> tuple[list[Shot], list[CastMember]]:
    """The plan's shots (without prompts) and its cast."""
    drafts, frames = draft_shots(reading, brief)
    cast, d = reading.cast, reading.directives
    # "one unbroken shot, 20 seconds", made as two clips: the second starts on the first's frame
    one_take = brief.shot_count == 1 and len(drafts) > 1
    appearances: dict[str, int] = {}
    for draft in drafts:
        for p in draft.people:
            appearances[p] = appearances.get(p, 0) + 1
    # A named subject keeps its look even in one shot: the person may meet them again in a
    # revision, a redo or the next episode ("a named or recurring subject").
    recurring = {p for p, c in appearances.items() if c >= 2} | {
        m.key for m in cast.characters if m.locked or m.everywhere or m.key[:1].isupper()
    }
    animals = _animals(cast)
    no_words = _NO_WORDS.search(" ".join(reading.split.meta)) is not None
    # "Scene 1 - …", "Scene 2 - …": the writer's own scenes, each a place and time of its own
    scenes = len(_SCENE_MARK.findall(reading.text)) >= 2
    products = [m for m in cast.members if m.kind == "product"]
    app = any(_kind_of(m.key, m.description) == "tech" for m in products)
    shots: list[Shot] = []
    for i, (draft, f) in enumerate(zip(drafts, frames, strict=True)):
        shot_id = f"S{i + 1:02d}"
        cues = f"{draft.text} {_spec_asides(draft.source)}"
        shown = tuple(products_in(draft.text, cast)) if d.ad or products else ()
        ctx = ShotContext(
            # (a felt fox in a stop-motion film acts as a person does)
            people=tuple(p for p in draft.people if d.stylized or p not in animals),
            creatures=() if d.stylized else tuple(p for p in draft.people if p in animals),
            products=shown,
            setting=draft.source.setting,
            atmosphere=tuple(reading.split.atmosphere),
            stylized=d.stylized,
            sound=d.sound,
            ad=d.ad,
            product_brief=d.product_brief,
            app=app,
            language=d.language.code,
        )
        tags = set(tags_for(cues, draft.framing, draft.camera, ctx))
        # what the rules' word lists missed, where the tag model is sure (it only adds)
        last = i == len(drafts) - 1
        learned = sure_tags(draft.text, first=i == 0, last=last, framing=draft.framing)
        if (
            ctx.creatures
            and not ctx.people
            and re.match(
                rf"(?i)(?:{'|'.join(re.escape(c.removeprefix('the ')) for c in ctx.creatures)}|him|her|it|they)\b",
                draft.text.removeprefix("the ").removeprefix("The "),
            )
        ):
            # (Speedy the tortoise walking is no body in motion; members playing ping-pong
            # beside Pretzel the dog are)
            learned.discard("human_motion")
        if "dialogue" in tags and not on_screen_words(draft.text):
            learned.discard("typography")  # (the words in quotes are said, not lettered)
        if no_words:
            learned.discard("typography")  # "no lyrics on screen!!": only a card it names
        tags |= learned
        if d.typographic:
            tags.add("typography")
        if d.continuous and _MOVING_TAKE.search(reading.text):
            tags.add("camera_motion")  # "one continuous take: the camera tracks…": all of it moves
        if any(p in recurring for p in draft.people):
            tags.add("character")
        # said about the film, not a line someone says in it ('"Nobody here works alone."')
        # (said as a note on the video, not in a picture: "nobody about" is one street at night)
        if _NO_PEOPLE.search(re.sub(r'"[^"]*"', " ", " ".join(reading.split.meta))):
            tags.discard("human_motion")  # "No players, no gameplay footage."
            if not draft.people:
                tags.discard("character")
        chain = _chain_from(
            drafts, i, shots, tags, continuous=d.continuous, one_take=one_take, scenes=scenes
        )
        brand = next((m.key for m in cast.members if m.kind == "brand"), None)
        subjects = [*draft.people, *(p for p in shown if p not in draft.people)]
        subjects += [o for o in objects_in(draft.text, brand) if o not in subjects]
        shots.append(
            Shot(
                id=shot_id,
                # (an aside taken out leaves two spaces: "Margot  sewing")
                description=_fitted(re.sub(r"[ \t]{2,}", " ", draft.text)),
                duration_s=seconds(f),
                framing=draft.framing,
                camera=draft.camera,
                subjects=subjects,
                tags=sorted(tags, key=TAGS.index),
                chain_from=chain,
                seed=shot_seed(brief.text, shot_id),
            )
        )
    return shots, _cast_list(shots, reading, recurring)


def products_shown(cast: list[CastMember], text: str) -> tuple[tuple[str, ...], bool]:
    """The plan's products a description shows, and whether one of them is an app or device."""
    shown: list[str] = []
    app = False
    for member in cast:
        if member.kind != "product":
            continue
        kind = _kind_of(member.name, member.description)
        app = app or kind == "tech"
        words = (member.name, *next((w for k, w in PRODUCT_KINDS if k == kind), ()))
        if has_any(text, words):
            shown.append(member.name)
    return tuple(shown), app


def _kind_of(key: str, description: str) -> str | None:
    text = f"{key} {description}"
    for kind, kind_words in PRODUCT_KINDS:
        if has_any(text, kind_words):
            return kind
    return None


_NO_PEOPLE = re.compile(
    r"\bno\s+(?:people|person|humans?|players?|one on (?:screen|camera)|actors?|talent|"
    r"models?|hands)\b"
    # "no people's faces", "No people in focus", "nobody's face should be recognisable": people
    # unrecognised, still there and moving
    r"(?!'s|\s+(?:in focus|faces?|identifiable|recogni[sz]able|close|up close))"
    # "No person shall be shown speaking", "no people talking to camera": people, silent
    r"(?!\s+(?:\w+\s+){0,4}(?:speak|speaking|talk|talking|to camera|named|under\s+\d))"
    r"|\bnobody\s+(?:on screen|on camera|in (?:shot|frame|the (?:video|film|shots?)))\b"
    r"|\bwithout (?:people|anyone)\b|\bempty of people\b",
    re.IGNORECASE,
)


def plan_cast(brief_text: str, shots: list[Shot]) -> list[CastMember]:
    """The cast of shots someone else planned (an LLM): the brief's people and products, found in
    the shots' subjects, plus any subject named in two shots or more."""
    reading = read_brief(brief_text)
    counts: dict[str, int] = {}
    for shot in shots:
        for subject in dict.fromkeys(shot.subjects):
            counts[subject] = counts.get(subject, 0) + 1
    recurring = {k for k, c in counts.items() if c >= 2} | {
        m.key for m in reading.cast.characters if m.locked or m.everywhere
    }
    members = _cast_list(shots, reading, recurring)
    known = {m.name for m in members}
    for subject, c in counts.items():
        person = subject[:1].isupper() or subject.startswith("the ")
        if c >= 2 and person and subject not in known:
            ids = [s.id for s in shots if subject in s.subjects]
            members.append(CastMember(name=subject, kind="character", shots=ids))
    return members


def _cast_list(shots: list[Shot], reading: Reading, recurring: set[str]) -> list[CastMember]:
    """Who and what must look the same from shot to shot, with the shots each appears in."""
    members: list[CastMember] = []
    for m in reading.cast.members:
        if m.kind == "character":
            ids = [s.id for s in shots if m.key in s.subjects]
            if not ids or (m.key not in recurring and not m.key[:1].isupper()):
                continue
        elif m.kind == "product":
            ids = [s.id for s in shots if m.key in s.subjects]
            if not ids:
                ids = [s.id for s in shots if "product" in s.tags]
        else:
            ids = [
                s.id
                for s in shots
                if m.key.lower() in s.description.lower()
                or ("typography" in s.tags and has_any(s.description, ("logo", "wordmark")))
            ]
        members.append(
            CastMember(
                name=m.key,
                kind=m.kind,
                description=m.description,
                shots=ids,
            )
        )
    return members


def _chain_from(
    drafts: list[Draft],
    i: int,
    shots: list[Shot],
    tags: set[str],
    *,
    continuous: bool,
    one_take: bool = False,
    scenes: bool = False,
) -> str | None:
    """Continuous action of the same subject between neighbours, within one place and time."""
    if i == 0:
        return None
    prev, cur = drafts[i - 1], drafts[i]
    if cur.source.jump:
        return None
    if cur.source.continuing and prev.beat != cur.beat and prev.role != "end":
        # said to go on from the shot before, even as the last shot with words over it
        # ("same take: he paddles out …, SALTLINE on screen")
        return shots[i - 1].id
    if "end" in (prev.role, cur.role):
        return None
    if one_take:
        return shots[i - 1].id
    if prev.beat != cur.beat and (has_any(prev.text, JUMP_WORDS) or has_any(cur.text, JUMP_WORDS)):
        return None
    if prev.beat != cur.beat and (TIME_MARKS.search(prev.text) or TIME_MARKS.search(cur.text)):
        return None  # "…in the 60s" then "…on their wedding day": years between, not a cut
    years = [set(re.findall(r"\b(?:19|20)\d\d\b", " ".join(d.source.asides))) for d in (prev, cur)]
    if prev.beat != cur.beat and all(years) and years[0] != years[1]:
        return None  # "…, 1961" then "…, 1985": two photos, years apart
    if continuous and prev.beat == cur.beat and cur.text.endswith("unbroken"):
        return shots[i - 1].id  # one take cut into clips: each starts on the last one's frame
    shared = bool(set(prev.people) & set(cur.people))
    if cur.source.continuing and prev.beat != cur.beat:
        return shots[i - 1].id
    if prev.beat != cur.beat and scenes:
        return None  # "Scene 1 - … a loft", "Scene 3 - … a new-build kitchen": another place
    # (rooms of one house are one place: "Jess sprints up the stairs" runs on into "she throws
    # the nursery door open"; only inside to outside is a cut, below)
    if continuous and shared and prev.beat != cur.beat:
        return shots[i - 1].id
    if not shared:
        return None
    # Another angle on the same beat is a new camera setup, not a continuation of the last frame.
    if prev.beat == cur.beat and cur.role != "action":
        return None
    if {_setting(prev.text), _setting(cur.text)} == {"indoors", "outdoors"}:
        return None  # "…kneading dough in the kitchen", then "…riding through the park": a cut
    if "human_motion" in tags and "human_motion" in shots[i - 1].tags:
        return shots[i - 1].id
    return None


def _setting(text: str) -> str:
    """ "indoors" or "outdoors" when a shot names places of one kind only, else "". Rooms of one
    house are one place ("Jess sprints up the stairs", then "she throws the nursery door open"
    runs on), so only a cut between inside and outside is told."""
    inside = has_any(text, ARCHITECTURE_WORDS)
    outside = has_any(text, LANDSCAPE_WORDS)
    return "indoors" if inside and not outside else "outdoors" if outside and not inside else ""


_SCENE_MARK = re.compile(r"(?im)^[ \t]*(?:scene|sc)[ \t.]*\d{1,2}\b")


def _vary(drafts: list[Draft]) -> list[Draft]:
    """Neighbours never share framing and camera unless the brief said so."""
    out: list[Draft] = []
    for d in drafts:
        same = bool(out) and (out[-1].framing, out[-1].camera) == (d.framing, d.camera)
        if same and not d.camera_explicit:
            options = [c for c in _VARIETY if c != d.camera]
            d = replace(d, camera=options[len(out) % len(options)])
        out.append(d)
    return out
