"""Pure plan revisions: each takes a plan and returns a new version, never touching the old one.

Ids are renumbered S01… in order and chains follow their shots (or go when their shot goes); seeds
of untouched shots are kept; the total duration holds unless a shot's duration is set explicitly;
only the shots whose prompts would read differently get their stage prompts rendered again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from agent.brief import untitled_of_format
from agent.briefing.cast import people_per_beat, read_cast
from agent.briefing.cues import ShotContext, tags_for
from agent.briefing.lexicon import (
    ASPECTS,
    FACES_UNSEEN,
    LOOKS,
    SHOW_FACES,
    STYLIZED_WORDS,
    camera_from_words,
    faces_unseen,
    framing_from_words,
    has_any,
    look_notes,
)
from agent.briefing.numbers import lengths
from agent.briefing.prompts import render_stage_prompts
from agent.briefing.shots import products_shown
from agent.briefing.timing import allocate_frames, seconds
from agent.chat_words import ON_SCREEN, parse_revision  # the chat's reader, which names these
from sessions.models import FPS, TAGS, AspectRatio, CastMember, Framing, Shot, ShotPlan, frames_for

MAX_SHOT_S = 60.0


class RevisionError(ValueError):
    """A revision shotcaller does not understand or cannot make; one line for the person."""


def _ids(plan: ShotPlan) -> str:
    ids = [s.id for s in plan.shots]
    return f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else ids[0]


def resolve_shot(plan: ShotPlan, ref: str) -> str:
    """'3', 'S03', 'shot 3', 'the last shot' → 'S03'."""
    try:
        return plan.resolve(ref).id
    except LookupError as exc:
        raise RevisionError(str(exc)) from None


def _index(plan: ShotPlan, shot_id: str) -> int:
    for i, s in enumerate(plan.shots):
        if s.id == shot_id:
            return i
    raise RevisionError(f"there is no shot {shot_id}; the plan has {_ids(plan)}")


def _signature(shots: list[Shot], i: int) -> tuple[object, ...]:
    """What a shot's prompts are rendered from: itself and who stands either side of it."""
    s = shots[i]
    before = shots[i - 1].id if i > 0 else None
    after = shots[i + 1].id if i + 1 < len(shots) else None
    return (
        s.id,
        s.description,
        s.frames,
        s.framing,
        s.camera,
        s.chain_from,
        *s.tags,
        before,
        after,
    )


def _new_version(
    plan: ShotPlan,
    shots: list[Shot],
    note: str,
    *,
    old_ids: list[str | None],
    aspect: AspectRatio | None = None,
    touched: set[int] | None = None,
    rerender_all: bool = False,
    update: dict[str, object] | None = None,
) -> ShotPlan:
    """Renumber, remap chains and cast, re-render prompts that would change, bump the version.

    old_ids[i] is the id shots[i] had before the revision (None for a new shot). `update` holds
    plan fields that change with it (title, style); `rerender_all` re-renders every shot's prompts
    (a new aspect ratio or look reaches all of them).
    """
    rerender_all = rerender_all or aspect is not None
    mapping = {old: f"S{i + 1:02d}" for i, old in enumerate(old_ids) if old is not None}
    before = {s.id: _signature(plan.shots, i) for i, s in enumerate(plan.shots)}
    renumbered: list[Shot] = []
    for i, shot in enumerate(shots):
        new_id = f"S{i + 1:02d}"
        chain = mapping.get(shot.chain_from) if shot.chain_from else None
        # A chain continues the previous clip's last frame; it holds only for the shot just before.
        if chain != (f"S{i:02d}" if i > 0 else None):
            chain = None
        renumbered.append(shot.model_copy(update={"id": new_id, "chain_from": chain}))
    draft = plan.model_copy(
        update={
            "version": plan.version + 1,
            "approved": False,
            "note": note,
            "aspect_ratio": aspect or plan.aspect_ratio,
            "shots": renumbered,
            "cast": _recast(plan, renumbered, mapping),
            **(update or {}),
        }
    )
    rendered: list[Shot] = []
    for i, shot in enumerate(renumbered):
        old = old_ids[i]
        same = (
            old is not None
            and not rerender_all
            and not (touched and i in touched)
            and before.get(old) == _signature_as_old(renumbered, i, old_ids)
        )
        if same:
            rendered.append(shot)
            continue
        prompts = render_stage_prompts(shot, draft)
        was = next((s for s in plan.shots if s.id == old), None) if old else None
        if (
            was is not None
            and not rerender_all
            and not (touched and i in touched)
            and (was.description, was.framing, was.camera, was.tags, was.subjects)
            == (shot.description, shot.framing, shot.camera, shot.tags, shot.subjects)
        ):
            # Only its length or its neighbours changed: the picture is the same, so the
            # keyframe prompt (perhaps the person's own words) stays; the motion is re-rendered,
            # and so is the finishing prompt, which says the length and the cuts ("(wide, pan,
            # 7.5 s)" beside a motion prompt's "4-second clip") unless the person wrote it.
            fields = ["keyframe"]
            if was.prompts.finishing != render_stage_prompts(was, plan).finishing:
                fields.append("finishing")
            kept = {
                field: re.sub(rf"\bshot {was.id}\b", f"shot {shot.id}", getattr(was.prompts, field))
                for field in fields
            }
            prompts = prompts.model_copy(update=kept)
        rendered.append(shot.model_copy(update={"prompts": prompts}))
    return draft.model_copy(update={"shots": rendered})


def _recast(plan: ShotPlan, shots: list[Shot], mapping: dict[str, str]) -> list[CastMember]:
    """The cast with its shot ids renumbered, plus new shots that name a member."""
    members = []
    for member in plan.cast:
        ids = [mapping[x] for x in member.shots if x in mapping]
        ids += [s.id for s in shots if member.name in s.subjects and s.id not in ids]
        members.append(member.model_copy(update={"shots": sorted(ids)}))
    return members


def _signature_as_old(shots: list[Shot], i: int, old_ids: list[str | None]) -> tuple[object, ...]:
    """The new shot's signature written with old ids, to compare with what it was rendered from."""
    s = shots[i]
    back = {f"S{j + 1:02d}": old for j, old in enumerate(old_ids)}
    before = back.get(shots[i - 1].id) if i > 0 else None
    after = back.get(shots[i + 1].id) if i + 1 < len(shots) else None
    chain = back.get(s.chain_from) if s.chain_from else None
    return (
        back.get(s.id),
        s.description,
        s.frames,
        s.framing,
        s.camera,
        chain,
        *s.tags,
        before,
        after,
    )


def _refit(shots: list[Shot], total: int, keep: set[int]) -> list[Shot]:
    """Spread `total` frames over the shots not in `keep`, in proportion to their current length.
    A length the person set is kept too, unless the rest could not hold the time then."""
    locked = keep | {i for i, s in enumerate(shots) if s.length_locked}
    free = [i for i in range(len(shots)) if i not in locked]
    budget = total - sum(shots[i].frames for i in locked)
    if not free or budget < FPS * len(free):
        free = [i for i in range(len(shots)) if i not in keep]
        budget = total - sum(shots[i].frames for i in keep)
    if not free:
        return shots
    if budget < FPS * len(free):
        raise RevisionError("that leaves less than a second for some shots; shorten another first")
    weights = [shots[i].frames for i in free]
    hero = weights.index(max(weights))
    frames = allocate_frames(budget, weights, hero)
    out = list(shots)
    for i, f in zip(free, frames, strict=True):
        if out[i].frames != f:
            out[i] = out[i].model_copy(update={"duration_s": seconds(f)})
    return out


def _total(plan: ShotPlan) -> int:
    return sum(s.frames for s in plan.shots)


def drop_shot(plan: ShotPlan, shot_id: str) -> ShotPlan:
    """The plan without one shot; its time goes to the others."""
    i = _index(plan, shot_id)
    if len(plan.shots) == 1:
        raise RevisionError(
            "cannot drop the only shot; add another first or change its description"
        )
    shots = [s for j, s in enumerate(plan.shots) if j != i]
    old_ids: list[str | None] = [s.id for s in shots]
    shots = _refit(shots, _total(plan), keep=set())
    gone = plan.shots[i]
    note = (
        f"dropped {gone.id}; its {gone.duration_s:g} s went to the other shots to keep the film "
        f"{plan.total_duration_s:g} s"
    )
    return _new_version(plan, shots, note, old_ids=old_ids)


def _seed_for(plan: ShotPlan, description: str) -> int:
    key = f"{plan.title}|v{plan.version + 1}|{description}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") & 0x7FFF_FFFF


def _tags_for(plan: ShotPlan, description: str, subjects: list[str], camera: str) -> list[str]:
    products, app = products_shown(plan.cast, description)
    ctx = ShotContext(
        people=tuple(subjects),
        stylized=has_any(plan.style, STYLIZED_WORDS),
        ad=any(m.kind in ("product", "brand") for m in plan.cast),
        products=products,
        app=app,
        # "with narration", "natural sound": a brief's sound held for every shot holds for a
        # changed or added one too
        sound=bool(plan.shots) and all("sound" in s.tags for s in plan.shots),
    )
    framing = framing_from_words(description) or "medium"
    tags = set(tags_for(description, framing, camera, ctx))  # type: ignore[arg-type]
    if subjects:
        tags.add("character")
    return [t for t in TAGS if t in tags]


def _people_named(plan: ShotPlan, description: str) -> list[str]:
    """People of the plan (those tagged character somewhere) named in a new description."""
    people: list[str] = []
    for s in plan.shots:
        if "character" not in s.tags:
            continue
        for p in s.subjects:
            name = p.removeprefix("the ")
            is_person = p[:1].isupper() or p.startswith("the ")
            if (
                is_person
                and p not in people
                and re.search(rf"\b{re.escape(name)}\b", description, re.I)
            ):
                people.append(p)
    for member in plan.cast:
        # "add a shot of the neighbour waving": Tomás is the brief's neighbour
        role = member.description.removeprefix("the ")
        named = re.search(rf"\b{re.escape(member.name)}\b", description, re.I) or (
            member.description.startswith("the ")
            and re.search(
                rf"\b(?:the|her|his|their|my|our)\s+{re.escape(role)}\b", description, re.I
            )
        )
        if member.kind == "character" and named and member.name not in people:
            people.append(member.name)
    if not people:
        # "add a shot at the end: Rosa handing a bouquet over the counter": someone new is read
        # as a brief's picture is (the shot had no subject, no tags and an empty previs)
        people = people_per_beat([description], read_cast(description))[0]
    return people


def add_shot_after(
    plan: ShotPlan, shot_id: str, description: str, *, before_card: str = ""
) -> ShotPlan:
    """A new shot after `shot_id` ("S00" or "0": before the first), of average length; the others
    give up time to keep the total. `before_card`: the end card it was placed before, to say."""
    description = description.strip().rstrip(".")
    if not description:
        raise RevisionError(
            "say what the new shot shows, e.g. 'add a shot after 2: a close-up of the map'"
        )
    i = -1 if shot_id.strip().upper() in ("S00", "0", "START") else _index(plan, shot_id)
    average = _total(plan) // len(plan.shots)
    frames = max(FPS, average // (FPS // 2) * (FPS // 2))
    subjects = _people_named(plan, description)
    # A card is lettering with no one in it, as the shot's own tags say ("The logo", "a title
    # card: Welcome"), and is held still, full frame: "The logo" came out a medium dolly.
    lettering = _tags_for(plan, description, subjects, "static")
    is_card = bool(_A_CARD.match(description)) or ("typography" in lettering and not subjects)
    framing = framing_from_words(description) or ("insert" if is_card else "medium")
    camera = camera_from_words(description) or ("static" if is_card else "dolly")
    new = Shot(
        id="S99",  # renumbered below
        description=description[:1].upper() + description[1:],
        duration_s=seconds(frames),
        framing=framing,
        camera=camera,
        subjects=subjects,
        tags=_tags_for(plan, description, subjects, camera),
        seed=_seed_for(plan, description),
    )
    shots = [*plan.shots[: i + 1], new, *plan.shots[i + 1 :]]
    old_ids: list[str | None] = [*(s.id for s in plan.shots[: i + 1]), None]
    old_ids += [s.id for s in plan.shots[i + 1 :]]
    shots = _refit(shots, _total(plan), keep=set())
    if i < 0:
        where = "at the start"
    elif before_card:
        where = f"before the end card {before_card}"
    elif i == len(plan.shots) - 1:
        where = "at the end"
    else:
        where = f"after {plan.shots[i].id}"
    # Said, because the person may have expected a longer film: "… gave up 3.5 s between them"
    card = (
        ", so the film still ends on its card ('at the very end' puts it after the card)"
        if before_card
        else ""
    )
    note = (
        f"added a shot {where}: {description} ({seconds(shots[i + 1].frames):g} s){card}; the other "
        f"shots gave up {seconds(shots[i + 1].frames):g} s between them to keep the film "
        f"{plan.total_duration_s:g} s (say 'make it "
        f"{plan.total_duration_s + seconds(shots[i + 1].frames):g} seconds' for a longer film)"
    )
    return _new_version(plan, shots, note, old_ids=old_ids)


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:seconds?|secs?|s)\b", re.IGNORECASE)
_SHOT_WORDS = (
    "extreme close-up",
    "close-up",
    "close up",
    "push-in",
    "push in",
    "pull-out",
    "pull back",
    "locked-off",
    *(w for w in ("wide", "medium", "close", "aerial", "insert", "static", "pan", "tilt")),
    *(w for w in ("orbit", "dolly", "drone", "handheld", "tracking", "flyover")),
)
_SLOWER = ("slower", "slow", "longer", "calmer", "gentler", "linger", "lingers")
_PACE = re.compile(
    r"\b(slower|slow(?:er)? down|faster|quicker|snappier|shorter|longer|calmer|gentler|linger|"
    r"speed(?:ier)?|speed (?:it )?up|brisker)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(make|it|that|this|shot|a|an|the|use|with|into|instead|slow|slower|quick|please|be|can|"
    r"could|bit|little|lot|much|more|faster|quicker|snappier|down|up|speed|calmer|linger|"
    r"shorter|longer|long|seconds?|secs?|s|camera|move|framing)\b",
    re.IGNORECASE,
)


def _only_a_look(words: str) -> bool:
    """Nothing but look words ("black and white", "warmer and moodier"): no picture to show."""
    rest = words.lower()
    for pattern, _ in LOOKS:
        rest = re.sub(rf"\b(?:{pattern})\b", " ", rest)
    rest = re.sub(
        r"\b(?:and|more|less|a bit|very|please|make|it|look|feel|style|in|with)\b", " ", rest
    )
    return bool(look_notes(words)) and not re.search(r"[a-z]{3,}", rest)


_QUOTED = re.compile(r"[\"“](?P<w>[^\"”]+)[\"”]|‘(?P<s>[^’]+)’|(?<!\w)'(?P<a>[^']+)'(?!\w)")


def set_words(plan: ShotPlan, shot_id: str, words: str) -> ShotPlan:
    """The words a shot shows on screen: in place of the words it quotes, or added to it. The
    picture changes, so its keyframe is made again."""
    i = _index(plan, shot_id)
    shot = plan.shots[i]
    words = words.strip().strip("\"“”‘’'").strip()
    if not words:
        raise RevisionError(
            f"say the words {shot_id} should show, e.g. 'make {shot_id} say \"OPEN\"'"
        )
    if m := _QUOTED.search(shot.description):
        start, end = m.span(m.lastgroup or 0)
        description = shot.description[:start] + words + shot.description[end:]
    else:
        description = f'{shot.description}, with the words "{words}"'
    tags = {*shot.tags, "typography"} - {"dialogue"}
    update = {"description": description, "tags": [t for t in TAGS if t in tags]}
    shots = list(plan.shots)
    shots[i] = Shot.model_validate(shot.model_copy(update=update).model_dump())
    old_ids: list[str | None] = [s.id for s in plan.shots]
    note = f'revised {shot_id}: the words "{words}"'
    return _new_version(plan, shots, note, old_ids=old_ids, touched={i})


# From the widest to the tightest: "closer" is a step along it, "wider" a step back.
_FRAMINGS: tuple[Framing, ...] = ("aerial", "wide", "medium", "close", "extreme-close")
_CLOSER = re.compile(r"\b(?:closer|tighter|nearer|punch(?:ed)? in|go in)\b", re.I)
_WIDER = re.compile(r"\b(?:wider|looser|further (?:out|back)|pull(?:ed)? back)\b", re.I)


def _framing_step(framing: Framing, words: str) -> Framing | None:
    """'shot 2 closer' (the chat's own hint): one step tighter than it is; 'wider' a step out."""
    step = 1 if _CLOSER.search(words) else -1 if _WIDER.search(words) else 0
    if not step:
        return None
    at = _FRAMINGS.index(framing) if framing in _FRAMINGS else _FRAMINGS.index("close")
    return _FRAMINGS[max(0, min(len(_FRAMINGS) - 1, at + step))]


def revise_shot(plan: ShotPlan, shot_id: str, instruction: str) -> ShotPlan:
    """Change one shot: framing ("a close-up"), camera ("slow push-in"), length ("6 seconds"),
    the words it shows ('say "OPEN"'), or what it shows (any longer text becomes its new
    description)."""
    i = _index(plan, shot_id)
    shot = plan.shots[i]
    text = instruction.strip().rstrip(".")
    if m := ON_SCREEN.match(text):
        return set_words(plan, shot_id, m["quoted"] or m["bare"])
    update: dict[str, object] = {}
    changes: list[str] = []
    # "a medium shot, not an extreme close up": what it should not be is no part of it
    text = re.sub(
        r"[,;]?\s*\b(?:not|rather than|instead of|no longer)\s+(?:an?\s+|the\s+)?[\w\s-]*?"
        r"(?:close[\s-]?up|close|wide|medium|aerial|macro|insert|overhead|pan|tilt|push-?in|"
        r"pull-?out|dolly|orbit|handheld|static|drone)(?:\s+shot)?\b",
        " ",
        text,
        flags=re.I,
    ).strip(" ,")
    if re.search(r"(?<![\w.])-\s*\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\b", text, re.I):
        # "make shot 2 -3 seconds long" read as 3 s, and the film lost time without a word
        raise RevisionError("a shot's length is a number of seconds above zero")
    duration = _DURATION.search(text)
    remainder = _DURATION.sub(" ", text)
    framing = framing_from_words(remainder) or _framing_step(shot.framing, remainder)
    camera = camera_from_words(remainder)
    # What is left once framing, camera and length words are gone decides if this is a new picture.
    leftover = _FILLER.sub(" ", remainder)
    for word in _SHOT_WORDS:
        leftover = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", leftover, flags=re.I)
    new_description = len(re.findall(r"[A-Za-z]{3,}", leftover)) >= 3
    if new_description and _only_a_look(leftover):
        # "make shot 2 black and white" replaced the shot's picture with "Black and white"
        raise RevisionError(
            "a look holds for the whole film: say e.g. 'make it black and white' (or 'revise "
            f"shot {shot_id.removeprefix('S').lstrip('0')}: …' with what the shot shows)"
        )
    if new_description:
        description = text[:1].upper() + text[1:]
        subjects = _people_named(plan, description) or [
            p for p in shot.subjects if p[:1].isupper() or p.startswith("the ")
        ]
        update["description"] = description
        update["subjects"] = subjects
        update["tags"] = _tags_for(plan, description, subjects, camera or shot.camera)
        changes.append("new description")
    already = []  # asked for what the shot has: no new version for it
    if framing == shot.framing:
        already.append(f"{framing} framing")
    elif framing:
        update["framing"] = framing
        changes.append(f"{shot.framing} → {framing} framing")  # ("revised S02: close" read odd)
    if camera == shot.camera:
        already.append(f"a {camera} camera")
    elif camera:
        update["camera"] = camera
        changes.append(f"camera {shot.camera} → {camera}")
    if "camera" in update and not new_description:  # a new move may add or remove camera_motion
        tags = set(shot.tags) - {"camera_motion"}
        if camera in ("drone", "orbit") or has_any(
            shot.description, ("drone", "flyover", "tracking")
        ):
            tags.add("camera_motion")
        update["tags"] = [t for t in TAGS if t in tags]
    if duration:
        value = float(duration.group(1))
        if not 1 <= value <= MAX_SHOT_S:
            raise RevisionError(f"a shot lasts 1 to {MAX_SHOT_S:g} seconds, not {value:g}")
        update["duration_s"] = seconds(frames_for(value))
        update["length_locked"] = True
        changes.append(f"{value:g} s")
    pace = _PACE.search(text)
    keep = {i}
    if pace and not duration:
        slower = pace.group(1).lower() in _SLOWER
        if len(plan.shots) == 1:
            raise RevisionError(
                f"{shot_id} is the only shot: change the length of the video instead, "
                "e.g. 'make it 20 seconds'"
            )
        factor = 1.5 if slower else 2 / 3
        frames = max(FPS, round(shot.frames * factor / (FPS // 2)) * (FPS // 2))
        if frames == shot.frames:
            frames = shot.frames + (FPS // 2 if slower else -(FPS // 2))
        if frames < FPS:
            raise RevisionError(f"{shot_id} is already as short as a shot can be (1 second)")
        update["duration_s"] = seconds(frames)
        # the person set its pace: a shot added or dropped later takes time from the others
        # first (the slowed shot gave up the most, back to where it was, unsaid)
        update["length_locked"] = True
        changes.append(f"{'slower' if slower else 'faster'}, {frames / FPS:g} s")
        refit = True
    else:
        refit = False
    if not update and already:
        told = f"{shot_id} already has {' and '.join(already)}; nothing changed"
        shows = re.findall(r"[A-Za-z]{3,}", leftover)
        if set(map(str.lower, shows)) - {"close", "wide", "medium", "extreme", "tight", "and"}:
            # "close-up of the flour": what it shows too, too few words to be a description
            n = shot_id.removeprefix("S").lstrip("0")
            told += f" (to change what it shows, say it whole: 'revise shot {n}: …')"
        raise RevisionError(told)
    if not update:
        raise RevisionError(
            f"I did not understand '{instruction.strip()}' for {shot_id}: try a framing "
            "(close-up), a camera move (slow push-in), a length (6 seconds) or a new description"
        )
    shots = list(plan.shots)
    shots[i] = shot.model_copy(update=update)
    shots[i] = Shot.model_validate(shots[i].model_dump())  # re-check the literals we set
    if refit:  # a slower shot takes its time from the others: the total holds
        shots = _refit(shots, _total(plan), keep=keep)
        # Said, because their clips are remade too: "S01 4 → 3 s, S03 3 → 2.5 s to keep 12 s"
        gave: list[str] = [
            f"{b.id} {a.duration_s:g} → {b.duration_s:g} s"
            for a, b in zip(plan.shots, shots, strict=True)
            if b.id != shot.id and a.frames != b.frames
        ]
    else:
        gave = []
    note = f"revised {shot_id}: {', '.join(changes)}"
    if gave:
        note += f"; {' and '.join(gave)} to keep the film {plan.total_duration_s:g} s"
    old_ids: list[str | None] = [s.id for s in plan.shots]
    return _new_version(plan, shots, note, old_ids=old_ids, touched={i})


def set_aspect_ratio(plan: ShotPlan, aspect: str) -> ShotPlan:
    """The plan at another aspect ratio: 'vertical' → 9:16, '16:9', 'square' → 1:1 …"""
    key = aspect.strip().lower()
    if key not in ASPECTS:
        raise RevisionError(
            f"unknown aspect ratio '{aspect.strip()}': use 16:9, 9:16, 1:1, 4:5, vertical or square"
        )
    ratio = ASPECTS[key]
    if ratio == plan.aspect_ratio:
        # A new version that changes nothing would still un-approve the plan.
        raise RevisionError(f"the plan is already {ratio}; nothing changed")
    old_ids: list[str | None] = [s.id for s in plan.shots]
    # "Vertical TikTok for a coffee shop" is no title for a 16:9 cut: the format words go.
    title = untitled_of_format(plan.title) or plan.title
    return _new_version(
        plan,
        list(plan.shots),
        f"aspect ratio {plan.aspect_ratio} → {ratio}",
        old_ids=old_ids,
        aspect=ratio,
        update={"title": title},
    )


def swap_shots(plan: ShotPlan, first: str, second: str) -> ShotPlan:
    """Two shots trade places (and lengths stay with their shots)."""
    i, j = _index(plan, first), _index(plan, second)
    if i == j:
        raise RevisionError(f"{first} is the same shot twice; name two different shots")
    shots = list(plan.shots)
    shots[i], shots[j] = shots[j], shots[i]
    old_ids: list[str | None] = [s.id for s in shots]
    return _new_version(plan, shots, f"swapped {first} and {second}", old_ids=old_ids)


def move_shot(plan: ShotPlan, shot_id: str, where: str) -> ShotPlan:
    """Move one shot: 'before 1', 'after S03', 'first' / 'to the start', 'last' / 'to the end'."""
    i = _index(plan, shot_id)
    place = where.strip().lower()
    m = re.match(r"^(before|after)\s+(?:shot\s+)?(\S+)$", place)
    shots = list(plan.shots)
    moving = shots.pop(i)
    if m:
        target = _index(plan, resolve_shot(plan, m.group(2)))
        if target == i:
            raise RevisionError(f"{shot_id} cannot move {m.group(1)} itself")
        target_id = plan.shots[target].id
        at = next(k for k, s in enumerate(shots) if s.id == target_id)
        at += 1 if m.group(1) == "after" else 0
        note = f"moved {shot_id} {m.group(1)} {target_id}"
    elif re.search(r"\b(?:first|start|beginning|front|opening)\b", place):
        at, note = 0, f"moved {shot_id} to the start"
    elif re.search(r"\b(?:last|end|close)\b", place):
        at, note = len(shots), f"moved {shot_id} to the end"
    else:
        raise RevisionError(
            f"say where {shot_id} goes: 'before 1', 'after 3', 'to the start' or 'to the end'"
        )
    shots.insert(at, moving)
    old_ids: list[str | None] = [s.id for s in shots]
    return _new_version(plan, shots, note, old_ids=old_ids)


def set_length(plan: ShotPlan, length: str) -> ShotPlan:
    """The whole plan at a new total length ('30 seconds', '1 minute'); shots keep their share."""
    found = lengths(length)
    if not found and (step := _step(plan, length)) is not None:
        return step
    if not found:
        raise RevisionError("say the new length in seconds, e.g. 'make it 30 seconds'")
    total_s = found[0].seconds
    # "make it 15 not 30": the 30 must be the plan's length, or the 15 is of something else
    # ("make it 4 not 3" of the shots, "9 not 16" of the frame)
    if (
        len(found) == 2
        and re.search(r"\b(?:not|instead of|rather than)\b", length, re.I)
        and abs(found[1].seconds - plan.total_duration_s) > 0.5
    ):
        raise RevisionError(
            f"the plan is {plan.total_duration_s:g} s, not {found[1].phrase}; say the new "
            "length, e.g. 'make it 30 seconds'"
        )
    # "5 seconds shorter", "down by 5 seconds", "10 seconds longer": a change, not the new length
    if re.search(r"\b(?:shorter|less|down by|minus|off|trim(?:med)?)\b", length, re.I):
        total_s = plan.total_duration_s - total_s
    elif re.search(r"\b(?:longer|more|up by|plus|extra)\b", length, re.I):
        total_s = plan.total_duration_s + total_s
    if not 1 <= total_s <= 600:
        raise RevisionError(f"a video lasts 1 second to 10 minutes, not {found[0].phrase}")
    total = frames_for(total_s)
    if total == sum(s.frames for s in plan.shots):
        # (it made a new version, "length 20 s → 20 s", and asked for the plan's approval again)
        raise RevisionError(f"the plan is already {total / FPS:g} s; nothing changed")
    if total < FPS * len(plan.shots):
        raise RevisionError(
            f"{len(plan.shots)} shots need at least {len(plan.shots)} seconds; drop a shot first"
        )
    shots = _refit(list(plan.shots), total, keep=set())
    old_ids: list[str | None] = [s.id for s in plan.shots]
    before = plan.total_duration_s
    return _new_version(plan, shots, f"length {before:g} s → {total / FPS:g} s", old_ids=old_ids)


# "make it shorter" with no amount: a third off (half with "much", a fifth with "a bit"), and
# the reply says how to ask for an exact length.
_STEPS = (
    (r"\b(?:much|a lot|way|a good bit)\b", 1 / 2, 2.0),
    (r"\b(?:a bit|a little|a touch|a tad|slightly)\b", 4 / 5, 5 / 4),
    (r"", 2 / 3, 3 / 2),
)


def _step(plan: ShotPlan, words: str) -> ShotPlan | None:
    """The plan a step shorter or longer ('a bit shorter', 'much longer'), or None if `words`
    say neither."""
    how = re.search(r"\b(shorter|longer)\b", words, re.I)
    if how is None:
        return None
    shorter = how.group(1).lower() == "shorter"
    factor = next(
        (short if shorter else long)
        for pattern, short, long in _STEPS
        if re.search(pattern, words, re.I)
    )
    before = plan.total_duration_s
    total_s = float(round(before * factor))
    if total_s == before:  # a 3-second film "a bit shorter" is still a second shorter
        total_s = before - 1 if shorter else before + 1
    floor = len(plan.shots)
    if shorter and before <= floor:
        raise RevisionError(
            f"{floor} shots need at least {floor} seconds and the film is {before:g} s: drop a "
            "shot first"
        )
    total_s = max(float(floor), min(total_s, 600.0))
    new = set_length(plan, f"{total_s:g} seconds")
    return new.model_copy(
        update={"note": f"{new.note} (say 'make it N seconds' for another length)"}
    )


# Look words a person uses, and the style note each adds to the prompts.


_COLOUR_LOOKS = frozenset({"warm", "cool", "pastel", "neon", "bright"})


def set_style(plan: ShotPlan, words: str) -> ShotPlan:
    """Add look notes to the plan's style ('cinematic', 'moodier', 'anime'); 'less X' or 'no X'
    takes one away. Every shot's prompts carry the style; a stylized look tags every shot."""
    remove = set(
        look_notes(
            " ".join(
                re.findall(r"\b(?:less|no|not|without)\s+([\w-]+(?:\s+and\s+\w+)?)", words, re.I)
            )
        )
    )
    if SHOW_FACES.search(words) and not faces_unseen(words):
        remove.add(FACES_UNSEEN)  # "faces are fine now"
    add = [n for n in look_notes(words) if n not in remove]
    if not add and not remove:
        raise RevisionError(
            f"I did not catch a look in '{words.strip()}': try cinematic, moodier, warmer, "
            "brighter, dreamier, vintage, black and white or a style such as anime or watercolor"
        )
    had = [n for n in plan.style.split(", ") if n]
    if add == [FACES_UNSEEN] and not remove and FACES_UNSEEN in had:
        raise RevisionError(
            "faces are already kept unseen in every shot, so nothing changed; say 'faces are "
            "fine' to show them again"
        )
    if add and not remove and all(n in had for n in add):
        # "make it warmer" twice: a second version that changes nothing would only cost a redo
        raise RevisionError(
            f"the look already says {', '.join(add)}, so nothing changed; name another look "
            "(e.g. golden light, moodier, high contrast) or 'no "
            f"{add[0]}' to take it away"
        )
    if "black and white" in add:  # no colour look survives black and white
        remove |= {n for n in plan.style.split(", ") if n in _COLOUR_LOOKS}
    notes = [n for n in plan.style.split(", ") if n and n not in remove]
    notes += [n for n in add if n not in notes]
    style = ", ".join(notes)
    stylized = has_any(style, STYLIZED_WORDS)
    shots = [
        s.model_copy(
            update={
                "tags": [
                    t
                    for t in TAGS
                    if t in (set(s.tags) - {"stylized"}) | ({"stylized"} if stylized else set())
                ]
            }
        )
        for s in plan.shots
    ]
    said = ", ".join([*(f"+{n}" for n in add), *(f"-{n}" for n in sorted(remove))])
    old_ids: list[str | None] = [s.id for s in plan.shots]
    return _new_version(
        plan, shots, f"style {said}", old_ids=old_ids, rerender_all=True, update={"style": style}
    )


def _is_end_card(shot: Shot) -> bool:
    return shot.framing == "insert" and "typography" in shot.tags


def revert_to(plan: ShotPlan, earlier: ShotPlan) -> ShotPlan:
    """'undo', 'go back to plan v3': the earlier version's shots, look and format as the next
    version (the shots keep their seeds, so their takes come back with them)."""
    # The earlier version's cast, as it was described then ("undo" after "Aoife should be older"
    # left her older; going back past a new brief left its cast), with what was given since to
    # show them (a reference photo, a LoRA) kept: a file the person gave is not taken back.
    now = {m.name: m for m in plan.cast}
    cast = [
        m.model_copy(update={"references": now[m.name].references, "lora": now[m.name].lora})
        if m.name in now
        else m
        for m in earlier.cast
    ]
    named = {m.name for m in earlier.cast}
    cast += [
        m.model_copy(update={"shots": []})
        for m in plan.cast
        if m.name not in named and (m.references or m.lora)
    ]
    return earlier.model_copy(
        update={
            "version": plan.version + 1,
            "approved": False,
            "note": f"back to plan v{earlier.version}",
            "cast": cast,
        }
    )


# Words that say which dropped shot without saying what it shows ("bring back the old shot").
_NOT_WHAT = frozenset(
    {"the", "a", "an", "shot", "shots", "one", "clip", "of", "with", "old", "dropped", "that",
     "we", "i", "you", "removed", "deleted", "cut", "lost", "earlier", "before", "again", "and"}
)  # fmt: skip


def restore_shot(plan: ShotPlan, words: str, version: Callable[[int], ShotPlan | None]) -> ShotPlan:
    """'bring back the croissant shot': the dropped shot whose description says those words, from
    the newest earlier version that had it, back where it stood (after the shot it followed
    then). It keeps its length, seed and prompts, so its takes come back with it; the other shots
    give up the time to keep the film's length."""
    if number := re.fullmatch(r"\s*(?:the\s+)?shot\s+s?0*(\d+)\s*", words, re.I):
        return _restore_numbered(plan, int(number[1]), version)
    keys = [w for w in re.findall(r"[\w'-]+", words.lower()) if w not in _NOT_WHAT]
    if not keys:
        raise RevisionError(
            "say which dropped shot by what it shows, e.g. 'bring back the croissant shot'"
        )
    here = {s.seed for s in plan.shots}
    dropped: list[tuple[ShotPlan, int]] = []  # (the version, the shot's index), newest first
    seen: set[int] = set()
    for v in range(plan.version - 1, 0, -1):
        earlier = version(v)
        for i, shot in enumerate(earlier.shots if earlier else []):
            if shot.seed not in here and shot.seed not in seen:
                seen.add(shot.seed)
                dropped.append((earlier, i))  # type: ignore[arg-type]
    matches = [(e, i) for e, i in dropped if _shows(e.shots[i], keys)]
    what = " ".join(keys)
    if not matches:
        present = [s.id for s in plan.shots if _shows(s, keys)]
        if present:
            raise RevisionError(f"{' and '.join(present)} shows '{what}', in the plan already")
        if not dropped:
            # (after a restore nothing is dropped now: "no shot was dropped" read as if none
            # ever had been)
            raise RevisionError(f"no shot is dropped from this plan now, so none shows '{what}'")
        gone = "; ".join(f"“{e.shots[i].description}”" for e, i in dropped[:4])
        raise RevisionError(f"no dropped shot shows '{what}'; the ones dropped: {gone}")
    if len(matches) > 1:
        said = " or ".join(f"“{e.shots[i].description}”" for e, i in matches[:3])
        raise RevisionError(f"more than one dropped shot fits: say which, {said}")
    return _put_back(plan, *matches[0])


def _restore_numbered(
    plan: ShotPlan, n: int, version: Callable[[int], ShotPlan | None]
) -> ShotPlan:
    """'bring back shot 2' just after 'drop shot 2': the shot 2 of the newest earlier version
    that had one, if it is gone from the plan."""
    here = {s.seed for s in plan.shots}
    for v in range(plan.version - 1, 0, -1):
        earlier = version(v)
        i = (
            next((j for j, s in enumerate(earlier.shots) if s.id == f"S{n:02d}"), None)
            if earlier
            else None
        )
        if earlier is None or i is None:
            continue
        if earlier.shots[i].seed in here:
            now = next(s.id for s in plan.shots if s.seed == earlier.shots[i].seed)
            raise RevisionError(f"shot {n} of plan v{v} is in the plan already, as {now}")
        return _put_back(plan, earlier, i)
    raise RevisionError(f"no earlier plan had a shot {n}")


def _put_back(plan: ShotPlan, earlier: ShotPlan, i: int) -> ShotPlan:
    """`earlier.shots[i]` back in `plan`, after the shot it followed then (first if none is)."""
    here = {s.seed for s in plan.shots}
    back = earlier.shots[i]
    # after the nearest shot that stood before it then and is still here; first if none is
    after_seed = next((s.seed for s in reversed(earlier.shots[:i]) if s.seed in here), None)
    at = next((j + 1 for j, s in enumerate(plan.shots) if s.seed == after_seed), 0)
    before_it = earlier.shots[i - 1] if i else None
    chained = (
        back.chain_from is not None
        and before_it is not None
        and back.chain_from == before_it.id
        and at > 0
        and plan.shots[at - 1].seed == before_it.seed
    )
    returning = back.model_copy(
        update={
            "id": "S99",  # renumbered below
            "status": "pending",  # the service says "done" when its takes come back
            "chain_from": plan.shots[at - 1].id if chained else None,
        }
    )
    after = list(plan.shots[at:])
    then_after = earlier.shots[i + 1] if i + 1 < len(earlier.shots) else None
    if (
        after
        and then_after is not None
        and then_after.chain_from == back.id
        and after[0].seed == then_after.seed
        and after[0].chain_from is None
    ):
        # the shot that continued it then continues it again (its drop had cut the chain)
        after[0] = after[0].model_copy(update={"chain_from": "S99"})
    shots = [*plan.shots[:at], returning, *after]
    # "S99": an id no shot of `plan` has, so the chain above maps to the returning shot's new id
    old_ids: list[str | None] = [*(s.id for s in plan.shots[:at]), "S99"]
    old_ids += [s.id for s in plan.shots[at:]]
    shots = _refit(shots, _total(plan), keep={at})
    where = "at the start" if at == 0 else f"after {plan.shots[at - 1].id}"
    gave = returning.duration_s
    note = (
        f"brought back “{back.description}” ({gave:g} s, from plan v{earlier.version}) {where}; "
        f"the other shots gave up {gave:g} s between them to keep the film "
        f"{plan.total_duration_s:g} s"
    )
    return _new_version(plan, shots, note, old_ids=old_ids)


def _shows(shot: Shot, keys: list[str]) -> bool:
    """Whether every word of `keys` starts a word of the shot's description or subjects."""
    words = " ".join([shot.description, *shot.subjects])
    return all(re.search(rf"\b{re.escape(k)}", words, re.I) for k in keys)


def apply_change(plan: ShotPlan, change: str, shot_id: str = "", text: str = "") -> ShotPlan:
    """One revision by name, as the `revise_plan` tool and the chat name them."""
    if change == "set_aspect_ratio":
        return set_aspect_ratio(plan, text)
    if change == "set_length":
        return set_length(plan, text)
    if change == "set_style":
        return set_style(plan, text)
    if not shot_id:
        raise RevisionError(f"{change} needs a shot, one of {_ids(plan)}")
    if "," in shot_id and change in ("revise_shot", "drop_shot"):
        # "make shots 1 and 2 slower", "drop shots 3 and 4": the change, shot by shot (dropped
        # from the last, so the ids not yet reached stay where they were)
        ids = [resolve_shot(plan, ref) for ref in shot_id.split(",") if ref.strip()]
        if change == "drop_shot" and len(set(ids)) >= len(plan.shots):
            # (dropped one by one, the last said "cannot drop the only shot")
            raise RevisionError(
                "that drops every shot; a plan needs at least one: drop fewer, or send a new "
                "brief for a new plan"
            )
        notes: list[str] = []
        version = plan.version + 1  # one change, one version, however many shots it touches
        for sid in sorted(dict.fromkeys(ids), key=lambda i: -_index(plan, i)):
            plan = apply_change(plan, change, sid, text)
            notes.insert(0, plan.note)
        return plan.model_copy(update={"note": "; ".join(notes), "version": version})
    if change == "add_shot_after":
        ref = shot_id.strip().lower()
        if ref in ("0", "s00", "start"):
            return add_shot_after(plan, "S00", text)
        if ref.startswith("before"):
            target = _index(plan, resolve_shot(plan, ref.removeprefix("before").strip()))
            return add_shot_after(plan, plan.shots[target - 1].id if target else "S00", text)
        last = plan.shots[-1]
        if ref in ("last", "end", "very end") and _is_end_card(last) and _A_CARD.match(text):
            # ("add a shot at the end: the logo" made a second logo before the first)
            raise RevisionError(
                f"the film already ends on its card, {last.id}: {last.description}; say "
                f"'revise shot {int(last.id[1:])}: …' to change it"
            )
        if ref in ("last", "end") and len(plan.shots) > 1 and _is_end_card(last):
            # "add a close-up of the crust" goes before the end card, which stays the end (and
            # the reply says so: "at the very end" puts it after the card)
            return add_shot_after(plan, plan.shots[-2].id, text, before_card=last.id)
        if ref == "very end":
            return add_shot_after(plan, last.id, text)
        return add_shot_after(plan, resolve_shot(plan, shot_id), text)
    sid = resolve_shot(plan, shot_id)
    if change == "drop_shot":
        return drop_shot(plan, sid)
    if change == "revise_shot":
        return revise_shot(plan, sid, text)
    if change == "swap_shots":
        return swap_shots(plan, sid, resolve_shot(plan, text))
    if change == "move_shot":
        return move_shot(plan, sid, text)
    raise RevisionError(f"unknown change {change!r}")


# "the logo", "our end card", "a title card": a card asked for, nothing else in it
_A_CARD = re.compile(
    r"^\s*(?:the|our|a|an|my)?\s*(?:logo|end card|end slate|end frame|title card|card|"
    r"pack ?shot|end board)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def go_back(plan: ShotPlan, text: str, version: Callable[[int], ShotPlan | None]) -> ShotPlan:
    """'undo' (the version before) or 'go back to plan v3' (`text` "3"), looked up by `version`."""
    # "undo" after an undo goes one further back, never back to where the first one started
    undone = re.match(r"undone: back to plan v(\d+)$", plan.note or "")
    # a plan given back by a "no" is the one it gives back: undo goes on from that one, never to
    # the version rejected (a rejected new brief came back, with the old plan's cast on it)
    given_back = re.match(r"back to plan v(\d+) \(v\d+ rejected\)$", plan.note or "")
    back_from = undone or given_back
    wanted = (
        int(text)
        if text.strip().isdigit()
        else int(back_from[1]) - 1
        if back_from
        else plan.version - 1
    )
    earlier = version(wanted) if 1 <= wanted < plan.version else None
    if earlier is None and back_from and not text.strip().isdigit():
        raise RevisionError(
            f"plan v{plan.version} is plan v{back_from[1]} again: there is nothing before it "
            "to go back to"
        )
    if earlier is None:
        raise RevisionError(
            "this is the first plan: there is nothing to go back to"
            if plan.version == 1
            else f"there is no earlier plan v{wanted}: this is plan v{plan.version}"
        )
    reverted = revert_to(plan, earlier)
    if not text.strip().isdigit():
        # an undo says so, and a second one goes on back from it ("go back to plan v1" then
        # "undo" undoes the go-back)
        reverted = reverted.model_copy(update={"note": f"undone: {reverted.note}"})
    return reverted


def apply_revision(
    plan: ShotPlan, text: str, version: Callable[[int], ShotPlan | None] | None = None
) -> tuple[ShotPlan, str]:
    """Parse a revision in the person's words, apply it, and say in one line what changed
    (`version` looks up an earlier plan, for 'undo')."""

    revision = parse_revision(text)
    if revision is None:
        raise RevisionError(f"I did not understand '{text.strip()}': {REVISION_HELP}")
    if revision.change == "revert":
        new = go_back(plan, revision.text, version or (lambda _: None))
    elif revision.change == "restore_shot":
        new = restore_shot(plan, revision.text, version or (lambda _: None))
    else:
        new = apply_change(plan, revision.change, revision.shot_id, revision.text)
    return new, f"v{new.version}: {new.note}"


REVISION_HELP = (
    "try 'revise shot 2: a close-up', 'drop shot 4', 'add a shot after 2: …', 'swap shots 1 "
    "and 2', 'move shot 3 before shot 1', 'make shot 2 slower', 'make it 30 seconds', 'make it "
    "moodier', 'make it vertical', 'bring back the dog shot' or 'undo'"
)
