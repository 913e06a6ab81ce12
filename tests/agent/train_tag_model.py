"""Train the planner's tag reader (agent/briefing/tag_model.py) on the development corpora.

Every shot of every development brief as the rules plan it (the tag reader off): for each
modelled tag, the label is what the brief's expectations say where they say it (a shot found by
a word, the first or last shot, every shot, no shot) and the rules' own tag elsewhere. Retrain
after the rules change: `python -m tests.agent.train_tag_model` rewrites tag_model.json;
`--without NAME` leaves a set out (to measure on it as if unseen), `--out FILE` writes there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from agent.brief import parse_brief
from agent.briefing.tag_model import MODEL_FILE, MODELLED, rules_alone, shot_features
from agent.planner import plan_from_brief
from tests.agent.brief_corpus import Case, _find
from tests.agent.train_sentence_model import development_sets, fit, options, write

Row = tuple[list[str], dict[str, int]]


def labelled_shots(cases: Iterable[Case]) -> list[Row]:
    rows: list[Row] = []
    for case in cases:
        try:
            with rules_alone():
                plan = plan_from_brief(parse_brief(case.text))
        except Exception:  # a brief the planner refuses has no shots to learn from
            continue
        said: dict[tuple[str, str], int] = {}
        for word, tags in (*case.tagged.items(), ("@first", case.first), ("@last", case.last)):
            shot = _find(plan, word)
            for tag in tags if shot is not None else ():
                said[(shot.id, tag)] = 1  # type: ignore[union-attr]
        for word, tags in case.untagged.items():
            shot = _find(plan, word)
            for tag in tags if shot is not None else ():
                said[(shot.id, tag)] = 0  # type: ignore[union-attr]
        for shot in plan.shots:
            for tag in case.every:
                said[(shot.id, tag)] = 1
            for tag in case.nowhere:
                said[(shot.id, tag)] = 0
        last = len(plan.shots) - 1
        for i, shot in enumerate(plan.shots):
            seen = shot_features(
                shot.description, first=i == 0, last=i == last, framing=shot.framing
            )
            labels = {t: said.get((shot.id, t), int(t in shot.tags)) for t in MODELLED}
            rows.append((seen, labels))
    return rows


def train(rows: Sequence[Row]) -> dict[str, dict[str, float]]:
    seen = [features for features, _ in rows]
    return {t: fit(seen, [labels[t] for _, labels in rows], keep=0.2) for t in MODELLED}


def main() -> None:
    chosen = options(MODEL_FILE)
    sets = [(n, c) for n, c in development_sets() if n not in chosen.without]
    rows = labelled_shots(case for _, cases in sets for case in cases)
    tags = train(rows)
    write(chosen.out, {"trained_on": [n for n, _ in sets], "shots": len(rows), "tags": tags})
    size = sum(len(w) for w in tags.values())
    print(f"{len(rows)} shots, {len(tags)} tags, {size} weights → {chosen.out}")


if __name__ == "__main__":
    main()
