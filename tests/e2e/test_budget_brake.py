"""The budget brake from another shell: `shotcaller resume ID --budget 0` while a production runs
in another process writes the budget at once, and that production reserves nothing after it —
real processes, a real SQLite file, priced simulated engines that take their time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sessions.store import open_store
from tests.catalogs import simulated_catalog
from tests.e2e.invariants import no_traceback, start
from tui.cli import cli

BRIEF = "A 12-second ad. A harbour at dawn. A fisherman rows out. Gulls over the water."


def test_the_brake_from_another_shell_holds_the_running_production(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("SHOTCALLER_HOME", str(home))
    # Priced and slow: each stage takes seconds, so the brake lands while the production runs.
    catalog = simulated_catalog(
        tmp_path / "priced.toml",
        per_image=0.05,
        per_second=0.10,
        image_latency_s=3.0,
        clip_latency_s=3.0,
        tiers='["draft"]',
        attempts=1,
    )
    brief = tmp_path / "brief.txt"
    brief.write_text(BRIEF)
    producing = start(home, "run", str(brief), "--yes", "--catalog", str(catalog))
    try:
        store = open_store(home)
        deadline = time.monotonic() + 60
        sid = ""
        while time.monotonic() < deadline:
            rows = list(store.db.query("select id from sessions"))
            if rows and (sid := str(rows[0]["id"])) and store.attempts(sid):
                break
            time.sleep(0.05)
        assert sid and store.attempts(sid), "the production never started"
        braked = CliRunner().invoke(
            cli, ["resume", sid, "--budget", "0", "--catalog", str(catalog)], catch_exceptions=False
        )
        assert braked.exit_code == 0, braked.output
        assert "holds from its next stage" in braked.output
        assert store.session(sid).budget_usd == 0
        _, err = producing.communicate(timeout=120)
        no_traceback(err)
    finally:
        if producing.poll() is None:
            producing.kill()
    # Nothing started after the brake: every attempt began before it (at most the stages already
    # in flight finished and were paid for); the production did not complete.
    info = store.session(sid)
    assert info.status != "completed", info.status
    late = [a for a in store.attempts(sid) if a.stage == "animate" and a.status == "succeeded"]
    assert len(late) < 3, [(a.shot_id, a.stage, a.status) for a in store.attempts(sid)]
    store.close()
