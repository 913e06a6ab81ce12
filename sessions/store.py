"""The session store: one SQLite file (WAL) in the data home, one folder per session.

`SessionStore` receives an open `sqlite_utils.Database`; `open_store()` is the one place that opens
and migrates it. All writes happen on the caller's thread (the event loop in production), so there is
a single writer per process.

Each store method commits its own writes. A verb that makes several (a plan stored, then the
approval that asks for it) opens `SessionStore.unit()` around them: they land together or not at
all, even under `kill -9` (see `_Connection`).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast

from sqlite_utils import Database

from sessions.local import DataHomeError, sqlite_problem
from sessions.migrations import migrate, pending
from sessions.models import (
    Approval,
    Artifact,
    Attempt,
    Brief,
    ContinuityResult,
    SessionInfo,
    ShotPlan,
    ShotStatus,
    ToolName,
)
from sessions.paths import data_home, db_path, session_dir

_JSON_ATTEMPT_FIELDS = ("params", "quality_metrics", "ranking")


class SessionNotFound(LookupError):
    pass


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


# How long a writer waits for another process's transaction before giving up. Transactions are
# short (one attempt row, one take); a wait this long means something is stuck.
BUSY_TIMEOUT_S = 30.0
SETUP_LOCK = ".setup.lock"  # beside the database: serialises WAL setup and migrations


# The statements that end a transaction, refused while a unit is open (its outermost level ends it).
_ENDINGS = re.compile(r"\s*(COMMIT|END|ROLLBACK)(\s+TRANSACTION)?\s*;?\s*$", re.IGNORECASE)


class _Connection(sqlite3.Connection):
    """Every write transaction takes the write lock when it begins; a unit of work is one
    transaction, whatever commits its writes ask for.

    In WAL mode a transaction that reads first and writes later cannot wait for another writer:
    if one committed meanwhile, SQLite answers "database is locked" at once, busy timeout or not.
    sqlite-utils opens its transactions with a plain `BEGIN` and often reads the schema first, so
    that `BEGIN` becomes `BEGIN IMMEDIATE` here (and Python's implicit transactions are IMMEDIATE
    too, see `open_database`): a writer then waits its turn instead of failing.

    While a unit is open (`unit()`), the store's and sqlite-utils' own ways of committing do not
    commit: `with conn:` (which Python looks up on the type, so it is overridden here) becomes a
    savepoint, `commit()` waits for the unit, and a bare COMMIT or ROLLBACK is refused.
    sqlite-utils itself only commits a transaction it opened (`execute`, `atomic` use savepoints
    inside one already open), so its writes join the unit too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_unit = False  # a unit is open (the outermost one; inner ones are savepoints)
        self._marks: list[str | None] = []  # per open `with conn:`: its savepoint, or None
        self._named = 0  # savepoints named so far (names are never reused while open)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.strip().rstrip(";").upper() in ("BEGIN", "BEGIN TRANSACTION", "BEGIN DEFERRED"):
            sql = "BEGIN IMMEDIATE"
        if self._in_unit and _ENDINGS.match(sql):
            raise sqlite3.ProgrammingError(
                f"{sql.strip()} inside a unit of work: it would end half"
            )
        return super().execute(sql, *args)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self._in_unit:  # Python commits the open transaction before running a script
            raise sqlite3.ProgrammingError("a script inside a unit of work would commit half of it")
        return super().executescript(sql)

    def commit(self) -> None:
        if not self._in_unit:  # inside a unit, the write is committed with the rest of it
            super().commit()

    def rollback(self) -> None:
        if self._in_unit:
            raise sqlite3.ProgrammingError("roll back a unit of work by raising out of it")
        super().rollback()

    def __enter__(self) -> _Connection:
        self._marks.append(self._savepoint() if self._in_unit else None)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> Literal[False]:
        mark = self._marks.pop()
        if mark is None:
            return super().__exit__(kind, error, trace)
        self._release(mark, failed=kind is not None)
        return False

    @contextmanager
    def unit(self) -> Iterator[None]:
        """One transaction for every write inside: committed when the outermost unit ends, rolled
        back when an exception leaves it. A unit inside a unit is a savepoint (an exception
        caught inside the outer one undoes the inner one's writes only)."""
        if self._in_unit:
            with self:  # a savepoint, as for the store's own `with conn:`
                yield
            return
        if self.in_transaction:
            # A write a plain `execute` left open: the next commit would have committed it, so
            # it is committed now rather than made part of this unit (or of its rollback).
            super().commit()
        self.execute("BEGIN IMMEDIATE")  # the write lock now (waits, see the class's docstring)
        self._in_unit = True
        try:
            yield
        except BaseException:
            self._in_unit = False
            if self.in_transaction:  # an error may have rolled it back already
                super().rollback()
            raise
        self._in_unit = False
        try:
            super().commit()
        except BaseException:
            if self.in_transaction:
                super().rollback()
            raise

    def _savepoint(self) -> str:
        self._named += 1
        mark = f"unit_{self._named}"
        super().execute(f'SAVEPOINT "{mark}"')
        return mark

    def _release(self, mark: str, *, failed: bool) -> None:
        if failed and self.in_transaction:
            super().execute(f'ROLLBACK TO "{mark}"')
        if self.in_transaction:
            super().execute(f'RELEASE "{mark}"')


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at `path`, in WAL mode.

    Safe when many processes open a fresh data home at once, or the first time after an upgrade:
    the setup runs under an exclusive lock on the data home and every migration re-checks inside
    its own transaction. A data home that cannot be used (a file, read-only, not a database)
    raises `DataHomeError`, one line naming it."""
    home = path.parent
    _usable_home(home)
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level="IMMEDIATE", factory=_Connection
        )
    except sqlite3.Error as exc:
        raise _home_error(home, exc) from None
    try:
        db = Database(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        if db.journal_mode != "wal" or pending(db):
            with _setup_lock(home):  # re-checked under the lock: another process may have done it
                db.enable_wal()
                migrate(db)
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise _home_error(home, exc) from None
    return db


def _usable_home(home: Path) -> None:
    try:
        home.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise DataHomeError(
            f"the data home {home} is a file, not a folder: point SHOTCALLER_HOME at a folder",
            home,
        ) from None
    except OSError as exc:
        raise _home_error(home, exc) from None


def _home_error(home: Path, exc: BaseException) -> DataHomeError:
    """One line for a data home shotcaller cannot use, saying which and why."""
    denied = isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
    readonly = denied or (
        home.is_dir() and (os.statvfs(home).f_flag & os.ST_RDONLY or not os.access(home, os.W_OK))
    )
    if readonly:
        why = "is read-only"
    elif isinstance(exc, OSError):
        why = f"cannot be used ({(exc.strerror or str(exc)).lower()})"
    else:
        why = f"cannot be used ({sqlite_problem(exc) or str(exc)})"
    return DataHomeError(
        f"the data home {home} {why}: point SHOTCALLER_HOME at a writable folder", home
    )


@contextmanager
def _setup_lock(home: Path) -> Iterator[None]:
    fd = os.open(home / SETUP_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # waits: setting up takes milliseconds
        yield
    finally:
        os.close(fd)


def open_store(home: Path | None = None) -> SessionStore:
    home = data_home() if home is None else home
    return SessionStore(open_database(db_path(home)), home)


class SessionStore:
    def __init__(self, db: Database, home: Path) -> None:
        self.db = db
        self.home = home

    def close(self) -> None:
        self.db.conn.close()

    def unit(self) -> AbstractContextManager[None]:
        """A unit of work: the writes of every store method called inside land together, or —
        an exception, a `kill -9` — none of them does. Re-entrant (an inner unit is a savepoint).

        It holds the database's write lock from its first line to its last, so it wraps
        bookkeeping only: never an engine call or anything else that waits (other processes
        would wait on it, up to `BUSY_TIMEOUT_S`)."""
        conn = self.db.conn
        if not isinstance(conn, _Connection):
            raise TypeError("a unit of work needs a database opened by open_database()")
        return conn.unit()

    # ── sessions ───────────────────────────────────────────────────────────────────────────────

    def create_session(
        self,
        brief: Brief,
        *,
        budget_usd: float,
        operator: str = "",
        model: str = "offline",
        catalog_version: str = "",
        catalog_sha256: str = "",
    ) -> SessionInfo:
        stamp = now()
        info = SessionInfo(
            id=secrets.token_hex(4),
            title=brief.title,
            status="planning",
            created=stamp,
            updated=stamp,
            tier=brief.tier,
            budget_usd=budget_usd,
            brief=brief.text,
            aspect_ratio=brief.aspect_ratio,
            operator=operator,
        )
        row = info.model_dump(exclude={"cost_usd"})
        row |= {
            "model": model,
            "catalog_version": catalog_version,
            "catalog_sha256": catalog_sha256,
        }
        self.db.table("sessions").insert(row)
        return info

    def session(self, session_id: str) -> SessionInfo:
        """A session by id, or by a unique prefix of it (people type short ids)."""
        if not session_id.strip():
            # an empty id is a prefix of every id: `say "" hi` answered the only session there
            raise SessionNotFound("the session id is empty (see `shotcaller sessions`)")
        rows = list(
            self.db.query(
                "select * from sessions where id = ? or id like ? escape '\\' order by id",
                [session_id, f"{_escape_like(session_id)}%"],
            )
        )
        exact = [r for r in rows if r["id"] == session_id]
        if exact:
            rows = exact
        if len(rows) != 1:
            what = "no session" if not rows else "more than one session"
            raise SessionNotFound(f"{what} matches {session_id!r} (see `shotcaller sessions`)")
        return self._session_info(rows[0])

    def session_row(self, session_id: str) -> dict[str, Any]:
        return dict(cast(dict[str, Any], self.db.table("sessions").get(session_id)))

    def list_sessions(self) -> list[SessionInfo]:
        rows = self.db.query("select * from sessions order by created desc, id")
        return [self._session_info(r) for r in rows]

    def update_session(self, session_id: str, **fields: Any) -> None:
        self.db.table("sessions").update(session_id, {**fields, "updated": now()})

    def session_cost(self, session_id: str) -> float:
        row = next(
            self.db.query(
                "select coalesce(sum(cost_usd), 0) as c from attempts where session_id = ?",
                [session_id],
            )
        )
        return float(row["c"])

    def _session_info(self, row: dict[str, Any]) -> SessionInfo:
        fields = {k: row[k] for k in SessionInfo.model_fields if k in row and k != "cost_usd"}
        return SessionInfo(**fields, cost_usd=self.session_cost(row["id"]))

    def session_dir(self, session_id: str) -> Path:
        return session_dir(self.home, session_id)

    # ── plans and shots ────────────────────────────────────────────────────────────────────────

    def save_plan(self, session_id: str, plan: ShotPlan) -> ShotPlan:
        """Store `plan` as the session's next version (versions are never overwritten)."""
        latest = self.latest_plan_version(session_id)
        plan = plan.model_copy(update={"version": latest + 1})
        stamp = now()
        with self.db.conn:
            self.db.table("plans").insert(
                {
                    "session_id": session_id,
                    "version": plan.version,
                    "created": stamp,
                    "approved": int(plan.approved),
                    "note": plan.note,
                    "plan_json": plan.model_dump_json(),
                }
            )
            self.db.execute("delete from shots where session_id = ?", [session_id])
            self.db.table("shots").insert_all(
                {
                    "session_id": session_id,
                    "shot_id": shot.id,
                    "plan_version": plan.version,
                    "status": shot.status,
                    "status_reason": "",
                    "updated": stamp,
                }
                for shot in plan.shots
            )
        return plan

    def plan_created(self, session_id: str, version: int) -> str:
        """When plan `version` was stored ("" if it never was)."""
        rows = list(
            self.db.query(
                "select created from plans where session_id = ? and version = ?",
                [session_id, version],
            )
        )
        return str(rows[0]["created"]) if rows else ""

    def latest_plan_version(self, session_id: str) -> int:
        row = next(
            self.db.query(
                "select coalesce(max(version), 0) as v from plans where session_id = ?",
                [session_id],
            )
        )
        return int(row["v"])

    def plan(self, session_id: str, version: int | None = None) -> ShotPlan | None:
        """The plan (latest version by default) with each shot's live status."""
        version = version or self.latest_plan_version(session_id)
        if not version:
            return None
        row = self.db.table("plans").get((session_id, version))
        plan = ShotPlan.model_validate_json(row["plan_json"])
        plan = plan.model_copy(update={"approved": bool(row["approved"])})
        states = self.shot_states(session_id)
        for shot in plan.shots:
            if shot.id in states:
                shot.status = cast(ShotStatus, states[shot.id][0])
        return plan

    def plans(self, session_id: str) -> list[ShotPlan]:
        rows = self.db.table("plans").rows_where("session_id = ?", [session_id], order_by="version")
        return [ShotPlan.model_validate_json(r["plan_json"]) for r in rows]

    def approve_plan(self, session_id: str, version: int | None = None) -> None:
        version = version or self.latest_plan_version(session_id)
        self.db.table("plans").update((session_id, version), {"approved": 1})

    def set_shot_status(
        self, session_id: str, shot_id: str, status: ShotStatus, reason: str = ""
    ) -> None:
        self.db.table("shots").update(
            (session_id, shot_id), {"status": status, "status_reason": reason, "updated": now()}
        )

    def shot_states(self, session_id: str) -> dict[str, tuple[str, str]]:
        rows = self.db.table("shots").rows_where("session_id = ?", [session_id])
        return {r["shot_id"]: (r["status"], r["status_reason"] or "") for r in rows}

    # ── attempts: written before dispatch, finalised after ─────────────────────────────────────

    def start_attempt(self, attempt: Attempt) -> None:
        row = _attempt_row(attempt)
        names = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" * len(row))
        with self.db.conn:  # plain SQL for the same reason as finish_attempt
            self.db.conn.execute(
                f"insert into attempts ({names}) values ({marks})", list(row.values())
            )

    def finish_attempt(self, attempt: Attempt) -> None:
        """Write what the call changed on the row (`OUTCOME_FIELDS`); the rest was written by
        `start_attempt` and does not change."""
        # Plain SQL: this runs for every engine call, and sqlite-utils' `update` re-reads the row
        # and the schema first (~0.7 ms against ~0.05 ms; see bench/routing.py).
        self._update_attempt(attempt.id, outcome_row(attempt))

    def set_provider_job_id(self, attempt_id: str, job_id: str) -> None:
        self._update_attempt(attempt_id, {"provider_job_id": job_id})

    def _update_attempt(self, attempt_id: str, fields: dict[str, Any]) -> None:
        columns = ", ".join(f"[{name}] = ?" for name in fields)
        with self.db.conn:
            cursor = self.db.conn.execute(
                f"update attempts set {columns} where id = ?", [*fields.values(), attempt_id]
            )
        if cursor.rowcount == 0:
            raise LookupError(f"no attempt {attempt_id!r}")

    def attempt(self, attempt_id: str) -> Attempt:
        return _attempt_from_row(cast(dict[str, Any], self.db.table("attempts").get(attempt_id)))

    def attempts(
        self, session_id: str, shot_id: str | None = None, stage: str | None = None
    ) -> list[Attempt]:
        where, args = ["session_id = ?"], [session_id]
        if shot_id:
            where.append("shot_id = ?")
            args.append(shot_id)
        if stage:
            where.append("stage = ?")
            args.append(stage)
        rows = self.db.table("attempts").rows_where(
            " and ".join(where), args, order_by="started_at, rowid"
        )
        return [_attempt_from_row(r) for r in rows]

    def has_attempts(self, session_id: str) -> bool:
        """Whether any engine call was ever made for the session (cheap: no rows are loaded)."""
        row = self.db.execute(
            "select 1 from attempts where session_id = ? limit 1", [session_id]
        ).fetchone()
        return row is not None

    def attempts_by_key(self, idempotency_key: str) -> list[Attempt]:
        rows = self.db.table("attempts").rows_where(
            "idempotency_key = ?", [idempotency_key], order_by="started_at, rowid"
        )
        return [_attempt_from_row(r) for r in rows]

    # ── artifacts and takes ────────────────────────────────────────────────────────────────────

    def add_artifact(
        self, artifact: Artifact, *, make_current: bool = True, replace: bool = False
    ) -> Artifact:
        """Record a file. `replace`: a row of the same id (a file derived again from the same
        take, as a clip's last frame when the clip is brought back) is overwritten."""
        with self.db.conn:
            if make_current and artifact.shot_id is not None:
                self.db.execute(
                    "update artifacts set current = 0 where session_id = ? and shot_id = ? "
                    "and kind = ?",
                    [artifact.session_id, artifact.shot_id, artifact.kind],
                )
            elif make_current:
                self.db.execute(
                    "update artifacts set current = 0 where session_id = ? and shot_id is null "
                    "and kind = ?",
                    [artifact.session_id, artifact.kind],
                )
            self.db.table("artifacts").insert(
                artifact.model_dump() | {"current": int(make_current)}, replace=replace
            )
        return artifact

    def artifacts(
        self,
        session_id: str,
        shot_id: str | None = None,
        kind: str | None = None,
        *,
        current_only: bool = False,
    ) -> list[Artifact]:
        where, args = ["session_id = ?"], [session_id]
        if shot_id:
            where.append("shot_id = ?")
            args.append(shot_id)
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if current_only:
            where.append("current = 1")
        rows = self.db.table("artifacts").rows_where(
            " and ".join(where), args, order_by="created, rowid"
        )
        return [Artifact.model_validate(r) for r in rows]

    def current_take(self, session_id: str, shot_id: str, kind: str) -> Artifact | None:
        found = self.artifacts(session_id, shot_id, kind, current_only=True)
        return found[-1] if found else None

    def next_take_number(self, session_id: str, shot_id: str, tool: ToolName) -> int:
        # Plain SQL: the router asks before every attempt (the take is part of the job's key).
        (latest,) = self.db.conn.execute(
            "select coalesce(max(take), 0) from artifacts "
            "where session_id = ? and shot_id = ? and tool = ?",
            [session_id, shot_id, tool],
        ).fetchone()
        return int(latest) + 1

    # ── tool calls, continuity, conversation ───────────────────────────────────────────────────

    def start_call(
        self,
        session_id: str,
        tool: str,
        args: dict[str, Any],
        *,
        actor: str = "model",
        shot_id: str = "",
        approval_id: str | None = None,
        parent_id: str | None = None,
    ) -> str:
        """Log a tool call as it starts (a crash leaves it `running`, which says so)."""
        call_id = secrets.token_hex(8)
        with self.db.conn:
            self.db.conn.execute(
                "insert into tool_calls (id, session_id, tool, shot_id, args_json, result_json, "
                "status, started, finished, actor, approval_id, parent_id) "
                "values (?, ?, ?, ?, ?, '', 'running', ?, '', ?, ?, ?)",
                [
                    call_id,
                    session_id,
                    tool,
                    shot_id,
                    json.dumps(args, default=str, sort_keys=True),
                    now(),
                    actor,
                    approval_id,
                    parent_id,
                ],
            )
        return call_id

    def finish_call(
        self, call_id: str, result: Any, *, status: str = "ok", approval_id: str | None = None
    ) -> None:
        fields: dict[str, Any] = {
            "result_json": json.dumps(result, default=str, sort_keys=True),
            "status": status,
            "finished": now(),
        }
        if approval_id is not None:
            fields["approval_id"] = approval_id
        columns = ", ".join(f"[{k}] = ?" for k in fields)
        with self.db.conn:
            self.db.conn.execute(
                f"update tool_calls set {columns} where id = ?", [*fields.values(), call_id]
            )

    def log_tool_call(
        self,
        session_id: str,
        tool: str,
        args: dict[str, Any],
        result: Any,
        *,
        shot_id: str = "",
        status: str = "ok",
        started: str | None = None,
        actor: str = "model",
        parent_id: str | None = None,
    ) -> str:
        """A finished call in one write (a stage run inside a production, say)."""
        call_id = secrets.token_hex(8)
        with self.db.conn:
            self.db.conn.execute(
                "insert into tool_calls (id, session_id, tool, shot_id, args_json, result_json, "
                "status, started, finished, actor, parent_id) "
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    call_id,
                    session_id,
                    tool,
                    shot_id,
                    json.dumps(args, default=str, sort_keys=True),
                    json.dumps(result, default=str, sort_keys=True),
                    status,
                    started or now(),
                    now(),
                    actor,
                    parent_id,
                ],
            )
        return call_id

    def tool_calls(self, session_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        """The session's tool calls, oldest first (the newest `limit` of them if given)."""
        if limit is None:
            rows = self.db.query(
                "select * from tool_calls where session_id = ? order by rowid", [session_id]
            )
            return list(rows)
        rows = self.db.query(
            "select * from tool_calls where session_id = ? order by rowid desc limit ?",
            [session_id, limit],
        )
        return list(reversed(list(rows)))

    def tool_call(self, call_id: str) -> dict[str, Any] | None:
        row = self.db.execute("select * from tool_calls where id = ?", [call_id]).fetchone()
        if row is None:
            return None
        columns = [d[0] for d in self.db.execute("select * from tool_calls limit 0").description]
        return dict(zip(columns, row, strict=True))

    # ── approvals ──────────────────────────────────────────────────────────────────────────────

    def add_approval(self, approval: Approval) -> Approval:
        with self.db.conn:
            self.db.conn.execute(
                "insert into approvals (id, session_id, kind, verb, args_json, work_json, "
                "estimate_usd, summary, status, asked_by, created, answered_by, answered, "
                "outcome_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _approval_row(approval),
            )
        return approval

    def update_approval(self, approval_id: str, **fields: Any) -> None:
        if "outcome" in fields:
            fields["outcome_json"] = json.dumps(fields.pop("outcome"), default=str)
        columns = ", ".join(f"[{k}] = ?" for k in fields)
        with self.db.conn:
            self.db.conn.execute(
                f"update approvals set {columns} where id = ?", [*fields.values(), approval_id]
            )

    def approval(self, approval_id: str) -> Approval | None:
        rows = list(self.db.query("select * from approvals where id = ?", [approval_id]))
        return _approval_from_row(rows[0]) if rows else None

    def approvals(self, session_id: str, *, status: str | None = None) -> list[Approval]:
        where, args = "session_id = ?", [session_id]
        if status is not None:
            where, args = where + " and status = ?", [*args, status]
        rows = self.db.query(f"select * from approvals where {where} order by rowid", args)
        return [_approval_from_row(r) for r in rows]

    def add_continuity(self, session_id: str, result: ContinuityResult) -> None:
        self.db.table("continuity").insert(
            {
                "session_id": session_id,
                "kind": result.kind,
                "shot_a": result.shot_a,
                "shot_b": result.shot_b,
                "cut": result.cut,
                "passed": int(result.passed),
                "metrics": json.dumps(result.metrics, sort_keys=True),
                "reasons": json.dumps(result.reasons),
                "suggestion": result.suggestion,
                "stale": 0,
                "created": now(),
            }
        )

    def continuity(self, session_id: str, *, include_stale: bool = False) -> list[ContinuityResult]:
        where = "session_id = ?" + ("" if include_stale else " and stale = 0")
        rows = self.db.table("continuity").rows_where(where, [session_id], order_by="id")
        return [
            ContinuityResult(
                kind=r["kind"],
                shot_a=r["shot_a"],
                shot_b=r["shot_b"],
                cut=r["cut"],
                passed=bool(r["passed"]),
                metrics=json.loads(r["metrics"]),
                reasons=json.loads(r["reasons"]),
                suggestion=r["suggestion"],
            )
            for r in rows
        ]

    def mark_continuity_stale(self, session_id: str, shot_ids: Iterable[str]) -> None:
        ids = list(shot_ids)
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        self.db.execute(
            f"update continuity set stale = 1 where session_id = ? "
            f"and (shot_a in ({marks}) or shot_b in ({marks}))",
            [session_id, *ids, *ids],
        )

    def mark_character_checks_stale(self, session_id: str) -> None:
        with self.db.conn:
            self.db.execute(
                "update continuity set stale = 1 where session_id = ? and kind = 'character'",
                [session_id],
            )

    def delete_session(self, session_id: str) -> None:
        """Every row of the session, in one transaction (its folder is the caller's to remove)."""
        with self.db.conn:
            for table in (
                "stale_baselines",
                "races",
                "pins",
                "forecasts",
                "batch_sessions",
                "messages",
                "continuity",
                "artifacts",
                "attempts",
                "tool_calls",
                "approvals",
                "shots",
                "plans",
            ):
                self.db.execute(f"delete from {table} where session_id = ?", [session_id])
            self.db.execute("delete from sessions where id = ?", [session_id])

    def add_message(self, session_id: str, role: str, text: str, messages_json: str = "") -> None:
        self.db.table("messages").insert(
            {
                "session_id": session_id,
                "created": now(),
                "role": role,
                "text": text,
                "messages_json": messages_json,
            }
        )

    def messages(self, session_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.table("messages").rows_where("session_id = ?", [session_id], order_by="id")
        )


# What dispatch, the gate and keeping a take change on a row already written. Who, what and why
# this engine are fixed when the row is started, so finalising neither rewrites them nor
# serialises their JSON (params, ranking) a second time.
OUTCOME_FIELDS = (
    "status",
    "error_kind",
    "error",
    "provider_job_id",
    "model_version",
    "cost_usd",
    "finished_at",
    "elapsed_s",
    "output_path",
    "output_sha256",
    "quality_metrics",
    "quality_score",
    "gate_decision",
    "gate_reason",
    "take",
)


def outcome_row(attempt: Attempt) -> dict[str, Any]:
    row = {name: getattr(attempt, name) for name in OUTCOME_FIELDS}
    row["quality_metrics"] = json.dumps(attempt.quality_metrics, sort_keys=True)
    return row


def _attempt_row(attempt: Attempt) -> dict[str, Any]:
    row = attempt.model_dump()
    for key in _JSON_ATTEMPT_FIELDS:
        row[key] = json.dumps(row[key], sort_keys=True, default=str)
    return row


def _attempt_from_row(row: dict[str, Any]) -> Attempt:
    data = dict(row)
    for key in _JSON_ATTEMPT_FIELDS:
        data[key] = json.loads(data[key]) if data.get(key) else ([] if key == "ranking" else {})
    return Attempt.model_validate({k: v for k, v in data.items() if v is not None})


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _approval_row(a: Approval) -> list[Any]:
    return [
        a.id,
        a.session_id,
        a.kind,
        a.verb,
        json.dumps(a.args, default=str, sort_keys=True),
        json.dumps([w.model_dump() for w in a.work]),
        a.estimate_usd,
        a.summary,
        a.status,
        a.asked_by,
        a.created or now(),
        a.answered_by,
        a.answered,
        json.dumps(a.outcome, default=str),
    ]


def _approval_from_row(row: dict[str, Any]) -> Approval:
    return Approval.model_validate(
        {
            **{k: v for k, v in row.items() if not k.endswith("_json") and v is not None},
            "args": json.loads(row["args_json"] or "{}"),
            "work": json.loads(row["work_json"] or "[]"),
            "outcome": json.loads(row["outcome_json"] or "{}"),
        }
    )
