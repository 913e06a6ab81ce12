"""An editor's re-ordered, trimmed timeline comes back as a plan version; nonsense is refused."""

from __future__ import annotations

from pathlib import Path

import opentimelineio as otio
import pytest

from tests.e2e.test_cli import run_cli
from tests.tools.edit_session import EditSession, edit_session
from tools.edit.replan import plan_from_timeline, read_timeline
from tools.edit.timeline import TimelineError, export_timeline

RT = otio.opentime.RationalTime


@pytest.fixture
def session(data_home: Path) -> EditSession:
    return edit_session(data_home)


def exported(session: EditSession, folder: Path, fmt: str = "otio") -> Path:
    return export_timeline(session.store, session.session_id, folder, fmt)


def reorder_and_trim(path: Path, out: Path) -> Path:
    """What an editor does: S03 moved to the head, S01 trimmed from 48 to 30 frames."""
    timeline = otio.adapters.read_from_file(str(path))
    main = timeline.video_tracks()[0]
    s01, _s02, s03 = list(main)
    main.remove(s03)
    main.insert(0, s03)
    s01.source_range = otio.opentime.TimeRange(RT(6, 24), RT(30, 24))
    otio.adapters.write_to_file(timeline, str(out))
    return out


def test_a_reordered_trimmed_otio_becomes_the_next_plan_version(
    session: EditSession, tmp_path: Path
) -> None:
    edited = reorder_and_trim(exported(session, tmp_path / "x"), tmp_path / "edited.otio")
    plan = session.store.plan(session.session_id)
    assert plan is not None and plan.approved
    revised = plan_from_timeline(plan, read_timeline(edited))
    assert [s.id for s in revised.shots] == ["S03", "S01", "S02"]
    assert [s.frames for s in revised.shots] == [36, 30, 24]
    assert revised.shot("S01").duration_s == pytest.approx(30 / 24)
    assert revised.shot("S02").chain_from == "S01"  # still right after S01: the chain holds
    assert not revised.approved and revised.version == plan.version + 1
    assert "order S03, S01, S02" in revised.note and "S01 2→1.25 s" in revised.note
    # Everything else about a shot is kept: seed, prompts, description.
    assert revised.shot("S03").seed == plan.shot("S03").seed
    assert revised.shot("S03").prompts == plan.shot("S03").prompts


def test_a_chain_breaks_when_the_cut_moves_it_away(session: EditSession, tmp_path: Path) -> None:
    timeline = read_timeline(exported(session, tmp_path / "x"))
    main = timeline.video_tracks()[0]
    s01 = main[0]
    main.remove(s01)
    main.append(s01)  # S02, S03, S01: S02 no longer follows S01
    plan = session.store.plan(session.session_id)
    assert plan is not None
    revised = plan_from_timeline(plan, timeline)
    assert revised.shot("S02").chain_from is None
    assert "S02 no longer continues S01" in revised.note


@pytest.mark.parametrize("fmt", ["fcpxml", "edl"])
def test_fcp_xml_and_edl_come_back_too(session: EditSession, tmp_path: Path, fmt: str) -> None:
    plan = session.store.plan(session.session_id)
    assert plan is not None
    same = plan_from_timeline(plan, read_timeline(exported(session, tmp_path / "x", fmt)))
    assert [s.id for s in same.shots] == ["S01", "S02", "S03"] and same.note == ""


def test_unknown_and_duplicated_clips_are_refused(session: EditSession, tmp_path: Path) -> None:
    plan = session.store.plan(session.session_id)
    assert plan is not None
    timeline = read_timeline(exported(session, tmp_path / "x"))
    main = timeline.video_tracks()[0]
    main.append(main[1].deepcopy())
    with pytest.raises(TimelineError, match="S02 is on the main track twice"):
        plan_from_timeline(plan, timeline)
    stranger = otio.schema.Clip(
        name="B-roll 7",
        media_reference=otio.schema.ExternalReference(target_url="broll/7.mov"),
        source_range=otio.opentime.TimeRange(RT(0, 24), RT(24, 24)),
    )
    other = read_timeline(tmp_path / "x" / "timeline.otio")
    other.video_tracks()[0].append(stranger)
    with pytest.raises(TimelineError, match=r"clip 4 .*B-roll 7.* is not a shot"):
        plan_from_timeline(plan, other)
    with pytest.raises(TimelineError, match="no such timeline file"):
        read_timeline(tmp_path / "missing.otio")
    (tmp_path / "junk.otio").write_text("{not json")
    with pytest.raises(TimelineError, match=r"cannot read junk\.otio"):
        read_timeline(tmp_path / "junk.otio")


def test_the_cli_exports_and_imports(
    session: EditSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = session.session_id
    code, out, _ = run_cli(["export", sid, "--timeline", "otio", "--out", str(tmp_path)], capsys)
    timeline = tmp_path / sid / "timeline.otio"
    assert code == 0 and str(timeline) in out and (tmp_path / sid / "media").is_dir()
    edited = reorder_and_trim(timeline, tmp_path / "edited.otio")
    code, out, err = run_cli(["import-timeline", str(edited), sid], capsys)
    # The editor's cut is a new plan version, waiting for the person's approval (exit 3).
    assert code == 3 and "plan v2" in out and f"resume {sid} --yes" in err
    plan = session.store.plan(sid)
    assert plan is not None and plan.version == 2 and not plan.approved
    assert [s.id for s in plan.shots] == ["S03", "S01", "S02"]
    code, out, _ = run_cli(["import-timeline", str(edited), sid], capsys)
    assert code == 0 and "nothing to import" in out
    (tmp_path / "bad.otio").write_text("[]")
    code, _, err = run_cli(["import-timeline", str(tmp_path / "bad.otio"), sid], capsys)
    assert code == 2 and err.count("\n") == 1 and "error:" in err
    Path(session.store.session_dir(sid) / "S02" / "animate-t2.mp4").unlink()
    code, _, err = run_cli(["export", sid, "--timeline", "edl", "--out", str(tmp_path)], capsys)
    assert code == 2 and "S02" in err and err.count("\n") == 1
