"""Single expectations met, as every held-out measurement since set L counted them.

`check` (brief_corpus.py) says whether a brief meets everything; this counts how much of it is
met, so sets can be compared when few briefs pass whole. One expectation each: the shot count, the
length, the aspect, each tag of `every`/`nowhere`/`somewhere`, each tag wanted on the first, the
last or a shot mentioning a word (a word no shot mentions leaves its tags unmet), each tag a shot
must not have, each framing, chain, cast name, name kept out of the cast, the durations, the note,
each style word, each word about the video kept out of the shots. A refused brief meets nothing.

    python -m tests.agent.tally tests.agent.brief_corpus_s:FRESH_S [--json=unmet.json]
"""

from __future__ import annotations

import importlib
import json
import sys

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan, frames_for
from tests.agent.brief_corpus import Case, _composition, _find


def expectations(case: Case, plan: ShotPlan | None) -> list[tuple[str, bool]]:
    """Each single expectation of `case`, named, and whether `plan` meets it (None: refused)."""
    out: list[tuple[str, bool]] = []

    def add(label: str, met: object) -> None:
        out.append((label, plan is not None and bool(met)))

    shots = plan.shots if plan is not None else []
    lo, hi = case.shots
    add("shots", lo <= len(shots) <= hi)
    total = sum(s.frames for s in shots)
    if isinstance(case.seconds, tuple):
        add("seconds", frames_for(case.seconds[0]) <= total <= frames_for(case.seconds[1]))
    else:
        add("seconds", total == frames_for(case.seconds))
    aspects = (case.aspect,) if isinstance(case.aspect, str) else case.aspect
    add("aspect", plan is not None and plan.aspect_ratio in aspects)
    for tag in sorted(case.every):
        add(f"every {tag}", all(tag in s.tags for s in shots))
    if case.camera:
        add("camera", all(s.camera == case.camera for s in shots))
    for tag in sorted(case.nowhere):
        add(f"nowhere {tag}", not any(tag in s.tags for s in shots))
    for tag in sorted(case.somewhere):
        add(f"somewhere {tag}", any(tag in s.tags for s in shots))
    for word, wanted in [("@first", case.first), ("@last", case.last), *case.tagged.items()]:
        shot = _find(plan, word) if plan is not None else None
        for tag in sorted(wanted):
            add(f"{word} {tag}", shot is not None and tag in shot.tags)
    for word, unwanted in case.untagged.items():
        shot = _find(plan, word) if plan is not None else None
        for tag in sorted(unwanted):
            add(f"{word} not {tag}", shot is None or tag not in shot.tags)
    for word, framing in case.framing.items():
        shot = _find(plan, word) if plan is not None else None
        add(f"{word} framing", shot is not None and shot.framing == framing)
    for word in case.chained:
        shot = _find(plan, word) if plan is not None else None
        at = shots.index(shot) if shot is not None else 0
        add(f"chain {word}", shot is not None and at > 0 and shot.chain_from == shots[at - 1].id)
    cast = [m.name.lower() for m in getattr(plan, "cast", [])]
    for name in case.cast:
        add(f"cast {name}", any(name.lower() in c for c in cast))
    for word in case.not_cast:
        add(f"not cast {word}", not any(word.lower() in c for c in cast))
    if case.durations is not None:
        add("durations", [s.duration_s for s in shots] == list(case.durations))
    if case.note:
        add("note", plan is not None and case.note.lower() in plan.note.lower())
    for word in case.style:
        add(f"style {word}", plan is not None and word in plan.style)
    for word in case.meta_free:
        seen = (f"{s.description} {_composition(s)}".lower() for s in shots)
        add(f"about the video {word}", not any(word.lower() in text for text in seen))
    return out


def planned(case: Case) -> ShotPlan | None:
    try:
        return plan_from_brief(parse_brief(case.text))
    except Exception:  # a refusal or a crash meets nothing
        return None


def main(argv: list[str]) -> None:
    unmet: dict[str, list[str]] = {}
    for spec in (a for a in argv if not a.startswith("--json=")):
        module, name = spec.split(":")
        cases = getattr(importlib.import_module(module), name)
        whole = met = total = 0
        for case in cases:
            found = expectations(case, planned(case))
            count = sum(ok for _, ok in found)
            met, total, whole = met + count, total + len(found), whole + (count == len(found))
            unmet[f"{name}/{case.name}"] = [label for label, ok in found if not ok]
        print(f"{name}: {whole} of {len(cases)} briefs whole, {met} of {total} expectations")
    for arg in argv:
        if arg.startswith("--json="):
            with open(arg.removeprefix("--json="), "w") as out:
                json.dump(unmet, out, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
