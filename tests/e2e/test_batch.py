"""Batches from the command line: three briefs, one shared budget that is never exceeded, each
engine's concurrency held across the episodes, each episode resumable on its own."""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from sessions.batches import batch_spent
from sessions.store import open_store
from tests.e2e.test_cli import run_cli
from tests.tools.studio import catalog_toml, engine_toml
from tools.engines.base import EngineRequest, EngineResult
from tools.engines.simulated import SimulatedEngine

BRIEFS = (
    "A 2-second clip of waves breaking at a lighthouse.",
    "A 3-second shot of a dancer leaping on a rooftop.",
    "A 2-second close-up of coffee being poured.",
)
BUDGET = 3.0  # the three episodes would spend about $5.50


def write_catalog(tmp_path: Path) -> Path:
    text = catalog_toml(
        engine_toml("sim-frames", tools=["generate_keyframe"], price="per_image = 0.5",
                    latency_s=0.05, concurrency=2),
        engine_toml("sim-clips", tools=["animate"], price="per_second = 0.5",
                    latency_s=0.2, concurrency=1),
        budget_usd=50.0,
    )  # fmt: skip
    path = tmp_path / "catalog.toml"
    path.write_text(text)
    return path


def write_briefs(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    for n, text in enumerate(BRIEFS, 1):
        (folder / f"brief-{n}.txt").write_text(text + "\n")
    return folder


@pytest.fixture
def concurrency(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The most calls each simulated engine had in flight at once (measured, not changed)."""
    running: Counter[str] = Counter()
    most: Counter[str] = Counter()
    real = SimulatedEngine.run

    async def counted(self: SimulatedEngine, request: EngineRequest) -> EngineResult:
        running[self.spec.name] += 1
        most[self.spec.name] = max(most[self.spec.name], running[self.spec.name])
        try:
            return await real(self, request)
        finally:
            running[self.spec.name] -= 1

    monkeypatch.setattr(SimulatedEngine, "run", counted)
    return most


def test_three_briefs_share_one_budget_that_is_never_exceeded(
    tmp_path: Path,
    data_home: Path,
    capsys: pytest.CaptureFixture[str],
    concurrency: Counter[str],
) -> None:
    catalog = write_catalog(tmp_path)
    folder = write_briefs(tmp_path)
    args = ["run", str(folder), "--tier", "delivery", "--budget", str(BUDGET)]
    code, out, err = run_cli([*args, "--catalog", str(catalog), "--json"], capsys)
    assert code == 3, err  # planned, priced, waiting: nothing spent
    planned = json.loads(out)
    assert len(planned["episodes"]) == 3 and planned["spent_usd"] == 0
    assert all(planned["pending"][e["session_id"]] for e in planned["episodes"])

    code, out, err = run_cli(
        ["batch", planned["id"], "--yes", "--catalog", str(catalog), "--json"], capsys
    )
    result = json.loads(out)
    spent = [e["cost_usd"] for e in result["episodes"]]
    assert sum(spent) <= BUDGET + 1e-9  # the shared budget held across the episodes
    assert sum(spent) >= BUDGET - 1.5  # and was used: it is what stopped the batch
    assert all(s <= BUDGET + 1e-9 for s in spent)
    assert code == 1 and any(e["status"] != "completed" for e in result["episodes"])
    assert "shared budget" in err or "exceed the budget" in err
    assert concurrency["sim-clips"] == 1  # one clip at a time across all three episodes
    for e in result["episodes"]:  # a progress display per episode
        assert f"[{e['position']}/3 brief-{e['position']}]" in err

    # An episode resumed on its own still draws on the batch's budget.
    store = open_store(data_home)
    short = next(e for e in result["episodes"] if e["status"] != "completed")
    code, out, err = run_cli(
        ["resume", short["session_id"], "--yes", "--catalog", str(catalog), "--json"], capsys
    )
    assert batch_spent(store, planned["id"]) <= BUDGET + 1e-9
    store.close()


def test_a_batch_needs_briefs_it_can_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run_cli(["run", str(empty)], capsys)
    assert code == 2 and "no brief files" in err
    code, _, err = run_cli(["run", "-", str(empty)], capsys)
    assert code == 2 and "stdin" in err
    bad = write_briefs(tmp_path)
    (bad / "brief-2.txt").write_text("")  # one empty brief: nothing is written for any of them
    code, _, err = run_cli(["run", str(bad)], capsys)
    assert code == 2 and "empty" in err.lower()


def test_episodes_of_a_batch_run_at_once_under_one_pool(tmp_path: Path, data_home: Path) -> None:
    """The same, through the service (what a screen would call): the pool is one object."""
    from agent.conversation import open_conversation
    from sessions.batches import add_episode, create_batch
    from tools.catalog import load_catalog
    from tools.service import ProductionService
    from tools.service.batch import produce_batch, waiting_productions

    catalog = load_catalog(write_catalog(tmp_path))
    store = open_store(data_home)
    service = ProductionService(store, catalog, {})
    batch = create_batch(store, "three", BUDGET)
    for n, text in enumerate(BRIEFS, 1):
        conversation = open_conversation(
            store, model="offline", catalog=catalog, tier="delivery", budget_usd=BUDGET,
            auto_approve=False, service=service,
        )  # fmt: skip
        asyncio.run(conversation.send(text))
        assert conversation.session_id is not None
        add_episode(store, batch.id, conversation.session_id, n, f"brief-{n}")
    approvals, refused = waiting_productions(service, batch.id)
    assert not refused
    assert len(approvals) == 3 and all(a.kind == "production" for a in approvals)
    results = asyncio.run(produce_batch(service, approvals))
    assert [r.error for r in results] == ["", "", ""]
    assert batch_spent(store, batch.id) <= BUDGET + 1e-9
    assert service.pools[batch.id].reserved_usd == 0  # every reservation settled
    store.close()


def test_a_batch_quoted_at_delivery_without_keys(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run briefs/ --tier delivery` with no keys, as one brief is: a quote (exit 3) with each
    episode's price and the whole batch's, naming the keys that price needs — it was exit 2
    ("no engine can generate_keyframe at delivery tier here"). `batch ID --yes` then refuses in
    one line naming them, and nothing is spent or approved."""
    folder = write_briefs(tmp_path)
    code, out, err = run_cli(["run", str(folder), "--tier", "delivery"], capsys)
    assert code == 3, err
    assert out.count("no engine here can make it until you set") == 3, out
    whole = re.search(r"The whole batch, with (.+) set: about \$(\d+\.\d\d) at list prices", out)
    assert whole is not None and float(whole.group(2)) > 0, out
    assert "Once those keys are set" in err
    batch_id = re.search(r"^batch (\w+):", out, re.M)
    assert batch_id is not None
    code, out, err = run_cli(["batch", batch_id.group(1), "--yes"], capsys)
    assert code == 2 and "no engine here can make the plan's shots at delivery tier" in err, err
    assert "FAL_KEY" in err and err.count("\n") == 1, err
    code, out, _ = run_cli(["batch", batch_id.group(1), "--json"], capsys)
    shown = json.loads(out)
    assert shown["spent_usd"] == 0 and all(shown["pending"].values())
    # with --yes at once, the run still refuses before anything is written, naming the keys
    code, _, err = run_cli(["run", str(folder), "--tier", "delivery", "--yes"], capsys)
    assert code == 2 and "FAL_KEY" in err
