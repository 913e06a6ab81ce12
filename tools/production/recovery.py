"""After a crash: put a session back in a state the scheduler can continue from.

Run under the session lock, before producing. What a dead process can leave behind, and what
becomes of it:
- a recorded take whose file still has its attempt name (killed between record and rename):
  the rename is finished, after checking the bytes against the recorded sha256;
- a succeeded attempt with no take (killed between the gate and the record): it is adopted as the
  take it was about to become, so the stage is not paid for again (a race's proxy never is);
- attempts left `running`: `interrupted`; a provider job id, if one was recorded, is kept so that
  the router polls that job rather than submitting (and paying for) a new one. Their partial
  outputs are deleted, never taken. Attempts a local failure stopped (a full disk) keep their job
  ids the same way, and are polled too;
- temp files (every writer uses a dot name and renames when complete): deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sessions.lock import LOCK_NAME
from sessions.store import SessionStore
from sessions.takes import TAKE_KINDS, finish_attempt_lost, interrupt_running
from tools.media.io import file_sha256
from tools.production.takes import adopt_take


@dataclass
class Recovery:
    renamed: list[str] = field(default_factory=list)  # takes whose rename was finished
    adopted: list[str] = field(default_factory=list)  # attempt ids kept as takes
    interrupted: list[str] = field(default_factory=list)  # attempt ids
    resumable: list[str] = field(default_factory=list)  # interrupted with a provider job id
    lost: list[str] = field(default_factory=list)  # what could not be saved, in words
    removed: list[Path] = field(default_factory=list)  # temp and partial files deleted

    @property
    def anything(self) -> bool:
        return bool(self.renamed or self.adopted or self.interrupted or self.lost or self.removed)

    def summary(self) -> str:
        parts = [
            f"{len(self.adopted)} take(s) adopted" if self.adopted else "",
            f"{len(self.renamed)} take rename(s) finished" if self.renamed else "",
            f"{len(self.interrupted)} interrupted attempt{'' if len(self.interrupted) == 1 else 's'}"
            if self.interrupted
            else "",
            f"{len(self.resumable)} provider job(s) to poll" if self.resumable else "",
            f"{len(self.removed)} temp file(s) removed" if self.removed else "",
            *self.lost,
        ]
        return "recovered: " + "; ".join(p for p in parts if p)


def recover_session(store: SessionStore, session_id: str) -> Recovery:
    report = Recovery()
    folder = store.session_dir(session_id)
    _finish_renames(store, session_id, report)
    _adopt_orphans(store, session_id, report)
    for attempt in store.attempts(session_id):
        if attempt.error_kind == "local" and attempt.status == "failed" and attempt.provider_job_id:
            report.resumable.append(attempt.id)
    for attempt in interrupt_running(store, session_id):
        report.interrupted.append(attempt.id)
        if attempt.provider_job_id:
            report.resumable.append(attempt.id)
        partial = Path(attempt.output_path or "")
        if attempt.output_path and partial.is_file():
            partial.unlink()
            report.removed.append(partial)
    if folder.is_dir():
        for path in sorted(folder.rglob(".*")):
            if path.is_file() and path.name != LOCK_NAME:
                path.unlink()
                report.removed.append(path)
    return report


def _finish_renames(store: SessionStore, session_id: str, report: Recovery) -> None:
    for artifact in store.artifacts(session_id):
        target = Path(artifact.path)
        if artifact.kind not in TAKE_KINDS or target.exists() or not artifact.attempt_id:
            continue
        pending = [
            p
            for p in (target.parent / "attempts").glob(f"*-{artifact.attempt_id}*")
            if p.is_file() and file_sha256(p) == artifact.sha256
        ]
        if pending:
            pending[0].replace(target)
            report.renamed.append(target.name)
        else:
            report.lost.append(f"{target.name} is recorded but missing")


def _adopt_orphans(store: SessionStore, session_id: str, report: Recovery) -> None:
    kept = {a.attempt_id for a in store.artifacts(session_id) if a.kind in TAKE_KINDS}
    for attempt in store.attempts(session_id):
        if attempt.status != "succeeded" or attempt.id in kept:
            continue
        if attempt.params.get("race"):  # a race's proxy is never a take (tools/service/race.py)
            continue
        shot_dir = store.session_dir(session_id) / attempt.shot_id
        if adopt_take(store, attempt, shot_dir) is not None:
            report.adopted.append(attempt.id)
        else:
            why = "its accepted output was lost in a crash before it was kept"
            finish_attempt_lost(store, attempt, why)
            report.lost.append(f"{attempt.shot_id} {attempt.tool}: {why}")
