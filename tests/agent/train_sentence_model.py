"""Train the planner's second reader (agent/briefing/sentence_model.py) on the development corpora.

Every line the rules read, in every development brief: a line the rules set aside as meta is
labelled meta; a line they kept as a picture is labelled a picture, unless it holds a word the
brief's expectations say is about the video (`meta_free`), the rules' own misses. The labels come
from the rules alone (the second reader is off while they are read), so retrain after the rules
change: `python -m tests.agent.train_sentence_model` rewrites agent/briefing/sentence_model.json.
`--without NAME` leaves one set out (to measure on it as if unseen) and `--out FILE` writes there.

Logistic regression by full-batch gradient descent with an L2 penalty, seeded by nothing: the same
corpora give the same weights. Held-out sets are never trained on.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from agent.briefing.beats import split_brief
from agent.briefing.sentence_model import MODEL_FILE, features
from tests.agent.brief_corpus import Case

EPOCHS = 300
STEP = 5.0
L2 = 1.0


def development_sets() -> list[tuple[str, Sequence[Case]]]:
    from tests.agent import brief_corpus as corpus
    from tests.agent import brief_corpus_fresh as fresh
    from tests.agent.brief_corpus_c import FRESH_C
    from tests.agent.brief_corpus_d import FRESH_D
    from tests.agent.brief_corpus_e import FRESH_E
    from tests.agent.brief_corpus_f import FRESH_F
    from tests.agent.brief_corpus_g import FRESH_G
    from tests.agent.brief_corpus_h import FRESH_H
    from tests.agent.brief_corpus_i import FRESH_I
    from tests.agent.brief_corpus_j import FRESH_J
    from tests.agent.brief_corpus_k import FRESH_K
    from tests.agent.brief_corpus_l import FRESH_L
    from tests.agent.brief_corpus_m import FRESH_M
    from tests.agent.brief_corpus_n import FRESH_N
    from tests.agent.brief_corpus_o import FRESH_O
    from tests.agent.brief_corpus_p import FRESH_P
    from tests.agent.brief_corpus_q import FRESH_Q
    from tests.agent.brief_corpus_r import FRESH_R

    named = [(n, getattr(corpus, n)) for n in ("CASES", "HELD_OUT", "HELD_OUT_2", "HELD_OUT_3")]
    named += [("NEWCOMER", corpus.NEWCOMER), ("VOICES", corpus.VOICES)]
    named += [("FRESH_A", fresh.FRESH_A), ("FRESH_B", fresh.FRESH_B), ("FRESH_C", FRESH_C)]
    named += [("FRESH_D", FRESH_D), ("FRESH_E", FRESH_E), ("FRESH_F", FRESH_F)]
    named += [("FRESH_G", FRESH_G), ("FRESH_H", FRESH_H), ("FRESH_I", FRESH_I)]
    named += [("FRESH_J", FRESH_J), ("FRESH_K", FRESH_K), ("FRESH_L", FRESH_L)]
    # M to R once each had been measured held out (stop 26): development since
    named += [("FRESH_M", FRESH_M), ("FRESH_N", FRESH_N), ("FRESH_O", FRESH_O)]
    named += [("FRESH_P", FRESH_P), ("FRESH_Q", FRESH_Q), ("FRESH_R", FRESH_R)]
    return named


def labelled_lines(cases: Iterable[Case]) -> list[tuple[str, int]]:
    """(line, 1 if it is about the video else 0), as the rules alone read each brief."""
    rows: list[tuple[str, int]] = []
    for case in cases:
        split = split_brief(case.text, second_reader=False)
        about = [w.lower() for w in case.meta_free]
        rows += [(b.text, int(any(w in b.text.lower() for w in about))) for b in split.beats]
        rows += [(m, 1) for m in split.meta if m.strip()]
    return rows


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], *, keep: float) -> dict[str, float]:
    """Logistic regression of `labels` on each row's features (full-batch gradient descent, L2):
    the weights of magnitude `keep` or more, rounded (a smaller one moves no decision)."""
    vocab: dict[str, int] = {}
    for seen in rows:
        for f in seen:
            vocab.setdefault(f, len(vocab))
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    for i, seen in enumerate(rows):
        x[i, [vocab[f] for f in seen]] = 1.0
    y = np.array(labels, dtype=np.float64)
    w = np.zeros(len(vocab))
    for _ in range(EPOCHS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= STEP * (x.T @ (p - y) + L2 * w) / len(y)
    return {f: round(float(w[i]), 3) for f, i in sorted(vocab.items()) if abs(w[i]) >= keep}


def train(rows: Sequence[tuple[str, int]]) -> dict[str, float]:
    return fit([features(text) for text, _ in rows], [label for _, label in rows], keep=0.05)


def options(default_out: Path) -> argparse.Namespace:
    """`--without NAME` (a set left out, to measure on it as if unseen) and `--out FILE`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--without", action="append", default=[], help="a set to leave out")
    parser.add_argument("--out", default=str(default_out))
    return parser.parse_args()


def write(path: str, model: dict[str, object]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(model, out, ensure_ascii=False, indent=0, sort_keys=True)
        out.write("\n")


def main() -> None:
    chosen = options(MODEL_FILE)
    sets = [(n, c) for n, c in development_sets() if n not in chosen.without]
    rows = labelled_lines(case for _, cases in sets for case in cases)
    weights = train(rows)
    write(chosen.out, {"trained_on": [n for n, _ in sets], "lines": len(rows), "weights": weights})
    meta = sum(label for _, label in rows)
    print(f"{len(rows)} lines ({meta} about the video), {len(weights)} weights → {chosen.out}")


if __name__ == "__main__":
    main()
