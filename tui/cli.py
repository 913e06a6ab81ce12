"""The `shotcaller` command line.

A person's mistake (a bad brief, a missing file, an unknown session, a malformed catalog) becomes one
line on stderr and exit code 2 — never a traceback, and nothing half-written in the data home.
Exit codes: 0 done · 1 finished with failed shots · 2 bad input or configuration · 3 awaiting approval.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from agent.brief import BriefError, parse_brief, read_brief_text
from agent.config_errors import ModelConfigError
from agent.events import AgentEvent, ShotProgress
from agent.revisions import RevisionError
from sessions.c2pa import SigningError, signing_identity
from sessions.local import explain
from sessions.lock import SessionLocked
from sessions.models import RESOLUTIONS, Approval, Brief
from sessions.stages import STAGE_WORDS, stage
from sessions.store import SessionNotFound, SessionStore, open_store
from sessions.summary import SessionSummary, session_summary
from sessions.takes import TakeNotFound
from tools.catalog import Catalog, CatalogError, load_catalog
from tools.engines.base import unavailable_reason
from tools.production.scheduler import ProgressEvent
from tools.routing.rank import rank_engines
from tools.service import ProductionService, ServiceError
from tools.service.service import SeedPolicy

if TYPE_CHECKING:
    from agent.conversation import Conversation

EXIT_DONE, EXIT_FAILED_SHOTS, EXIT_BAD_INPUT, EXIT_AWAITING = 0, 1, 2, 3
# Approvals answered one after another by --yes (a plan, then its production): a bound, not a loop.
MAX_APPROVALS = 6


class UserError(Exception):
    """Something the person can fix; shown as one line, exit code 2."""


def fail(message: str) -> NoReturn:
    raise UserError(message)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the click group, turning every user-facing error into one line."""
    try:
        code = cli.main(args=argv, prog_name="shotcaller", standalone_mode=False)
    except (click.UsageError, click.BadParameter) as exc:
        _error(exc.format_message())
        sys.exit(EXIT_BAD_INPUT)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except (
        UserError,
        BriefError,
        CatalogError,
        SessionNotFound,
        RevisionError,
        ModelConfigError,
        SessionLocked,
        SigningError,
        TakeNotFound,
        ServiceError,
    ) as exc:
        _error(str(exc))
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        click.echo("interrupted — `shotcaller resume ID` continues where it stopped", err=True)
        sys.exit(130)
    except Exception as exc:
        # This machine's problem (a full disk, a read-only data home, a database stuck locked):
        # one line naming it. Anything else is a bug and keeps its traceback.
        line = explain(exc)
        if line is None:
            raise
        _error(line)
        sys.exit(EXIT_BAD_INPUT)
    sys.exit(code if isinstance(code, int) else EXIT_DONE)


def _error(message: str) -> None:
    line = " ".join(str(message).split())  # one line, whatever the exception carried
    click.echo(f"shotcaller: error: {line}", err=True)


@click.group(invoke_without_command=True)
@click.version_option(package_name="shotcaller")
@click.pass_context
def cli(ctx: click.Context) -> int | None:
    """shotcaller — plan a video in conversation, route each shot to the engine that suits it,
    and keep the provenance of every take. With no command, opens the chat."""
    if ctx.invoked_subcommand is None:
        return ctx.invoke(chat)
    return None


@cli.command()
@click.option("--session", "session_id", help="Resume this session instead of starting one.")
def chat(session_id: str | None) -> int:
    """Open the Textual chat (a new session, or resume one)."""
    from tui.app import run_app  # Textual loads only when the chat is asked for

    return run_app(session_id=session_id)


@cli.command()
@click.argument("brief_file", metavar="BRIEF_FILE|-")
@click.option("--yes", is_flag=True, help="Approve the plan and produce without asking.")
@click.option("--tier", type=click.Choice(["draft", "delivery"]), default=None)
@click.option("--budget", type=float, default=None, help="Session budget, USD.")
@click.option("--model", default=None, envvar="SHOTCALLER_MODEL", help="Planner model.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def run(
    brief_file: str,
    yes: bool,
    tier: str | None,
    budget: float | None,
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Plan and produce a brief headlessly. Without --yes, prints the plan with what producing
    it would cost, and exits 3 awaiting approval."""
    # Everything that can be wrong with the input is checked before the data home is touched.
    _check_budget(budget)
    text = read_brief_text(brief_file, stdin=sys.stdin)
    brief = parse_brief(text, tier=tier, budget_usd=budget)
    from agent.conversation import open_conversation  # pydantic-ai loads only when needed
    from agent.models import select_model

    select_model(model)  # a missing key or unknown model is exit 2 with nothing written
    catalog = load_catalog(catalog_path)
    _check_engines(catalog, brief)

    store = open_store()
    service = ProductionService(store, catalog)
    conversation = open_conversation(
        store,
        model=model,
        catalog=catalog,
        tier=brief.tier,
        budget_usd=budget,
        auto_approve=yes,
        service=service,
    )
    printer = _event_printer()
    reply = asyncio.run(conversation.send(text, printer))
    if conversation.last_error is not None:
        _fail_turn(conversation)
    if conversation.session_id is None:
        fail(reply or "the agent did not start a session")
    if yes:
        _approve_all(store, service, conversation.session_id, model, catalog)
    return _after(store, service, conversation.session_id, as_json, reply)


@cli.command()
@click.argument("session_id")
@click.option("--shot", "shot_id", default=None, help="The shot to iterate on, e.g. S03.")
@click.option("--redo", "stage", default=None, help="keyframe | animate | inpaint | upscale")
@click.option("--prompt", default=None, help="A new prompt for the redone stage (kept).")
@click.option(
    "--use-take",
    "use_take",
    nargs=2,
    type=(str, int),
    default=None,
    metavar="STAGE N",
    help="Make an earlier take current again, e.g. --use-take animate 1 (see `show`).",
)
@click.option(
    "--new-seed", is_flag=True, help="With --redo: draw a new seed even with a new prompt."
)
@click.option(
    "--keep-seed", is_flag=True, help="With --redo: keep the seed even with no new prompt."
)
@click.option("--budget", type=float, default=None, help="Change the session's budget, USD.")
@click.option("--yes", is_flag=True, help="Approve what is awaiting approval and carry on.")
@click.option("--model", default=None, envvar="SHOTCALLER_MODEL", help="Planner model.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True)
def resume(
    session_id: str,
    shot_id: str | None,
    stage: str | None,
    prompt: str | None,
    use_take: tuple[str, int] | None,
    new_seed: bool,
    keep_seed: bool,
    budget: float | None,
    yes: bool,
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Continue a production, redo one shot's stage, or pick an earlier take. Anything that can
    spend money prints its estimate and exits 3 unless --yes approves it."""
    if stage is not None and use_take is not None:
        fail("use either --redo STAGE or --use-take STAGE N, not both")
    if use_take is not None:
        stage = use_take[0]
        if prompt is not None:
            fail("--prompt goes with --redo, not --use-take")
    if (shot_id is None) != (stage is None):
        fail("--shot goes with --redo or --use-take, e.g. --shot S03 --redo animate")
    if new_seed and keep_seed:
        fail("use either --new-seed or --keep-seed, not both")
    if (new_seed or keep_seed) and (use_take is not None or stage is None):
        fail("--new-seed and --keep-seed go with --redo")
    _check_budget(budget)
    tool = None
    if stage is not None:
        tool = STAGE_WORDS.get(stage.strip().lower())
        if tool is None:
            fail(f"unknown stage {stage!r}: use keyframe, animate, inpaint or upscale")
    catalog = load_catalog(catalog_path)
    store = open_store()
    service = ProductionService(store, catalog)
    info = store.session(session_id)
    if budget is not None:
        click.echo(service.set_budget(info.id, budget, actor="person"), err=True)
    plan = store.plan(info.id)
    if plan is None:
        if tool is not None:
            fail(f"session {info.id} has no plan yet")
        # The run stopped (a crash, a kill) before a plan was saved: plan the brief again.
        from agent.conversation import open_conversation

        conversation = open_conversation(
            store, session_id=info.id, model=model, catalog=catalog, auto_approve=yes,
            service=service,
        )  # fmt: skip
        reply = asyncio.run(conversation.send(info.brief, _event_printer()))
        if conversation.last_error is not None:
            _fail_turn(conversation)
        if yes:
            _approve_all(store, service, info.id, model, catalog)
        return _after(store, service, info.id, as_json, reply)
    if tool is not None and shot_id is not None:
        if use_take is not None:
            chosen = service.request_use_take(info.id, shot_id, tool, use_take[1], actor="person")
            if chosen.free:  # nothing is remade: nothing to approve
                asyncio.run(service.approve(chosen.id, by="person"))
        else:
            policy: SeedPolicy = "new" if new_seed else "keep" if keep_seed else "auto"
            service.request_redo(info.id, shot_id, tool, prompt=prompt, seed=policy, actor="person")
    elif not service.pending(info.id) and plan.approved:
        # Nothing waits: continue with whatever is missing, stale or cut short (if anything is).
        follow = service.request_production(info.id, actor="person")
        if follow is None:
            service.refresh_status(info.id)
        elif follow.free:  # only recovery and the cut: nothing to spend, nothing to ask
            asyncio.run(service.approve(follow.id, by="person", on_progress=_progress_printer()))
    if yes:
        _approve_all(store, service, info.id, model, catalog)
    return _after(store, service, info.id, as_json, "")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
def sessions(as_json: bool) -> int:
    """List saved sessions, newest first."""
    store = open_store()
    rows: list[dict[str, Any]] = [
        {
            "id": s.id,
            "title": s.title,
            "status": s.status,
            "created": s.created,
            "cost_usd": round(s.cost_usd, 6),
        }
        for s in store.list_sessions()
    ]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return EXIT_DONE
    if not rows:
        click.echo("no sessions yet — try: shotcaller run examples/startup-ad.txt --yes")
    for r in rows:
        click.echo(
            f"{r['id']}  {r['created'][:16].replace('T', ' ')}  "
            f"{r['status'].replace('_', ' '):<17} ${r['cost_usd']:>7.2f}  {r['title']}"
        )
    return EXIT_DONE


@cli.command()
@click.argument("session_id")
@click.option("--json", "as_json", is_flag=True)
def show(session_id: str, as_json: bool) -> int:
    """One session's plan, shots, takes, costs, what waits for approval, and its tool calls."""
    store = open_store()
    summary = session_summary(store, store.session(session_id).id)
    if as_json:
        click.echo(summary.model_dump_json(indent=2))
    else:
        _print_summary(summary, takes=True)
        _print_pending(summary.pending)
        click.echo("  (* current take; pick another with: resume ID --shot S --use-take STAGE N)")
    return EXIT_DONE


@cli.command()
@click.argument("session_id")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None)
@click.option(
    "--timeline",
    "timeline_format",
    type=click.Choice(["otio", "fcpxml", "edl"]),
    default=None,
    help="Also write an editor's timeline, with its media, into OUT/<session id>/.",
)
def export(session_id: str, out_dir: str | None, timeline_format: str | None) -> int:
    """Copy the episode, storyboard and provenance.json into OUT/<session id>/ (OUT defaults to
    the current folder), and with --timeline an editor's timeline beside them. A session with no
    episode yet is an error: nothing is written."""
    store = open_store()
    service = ProductionService(store, load_catalog())
    for path in service.export(session_id, Path(out_dir or "."), timeline=timeline_format):
        click.echo(str(path))
    return EXIT_DONE


@cli.command()
@click.argument("session_id")
@click.option("--yes", is_flag=True, help="Delete without asking.")
def delete(session_id: str, yes: bool) -> int:
    """Delete a session: its rows and its folder (takes, episode, provenance). Asks first."""
    store = open_store()
    info = store.session(session_id)
    what = f"session {info.id} ({info.title}, ${info.cost_usd:.2f} spent) and its folder"
    if not yes:
        if not sys.stdin.isatty():
            click.echo(f"would delete {what}; run again with --yes", err=True)
            return EXIT_AWAITING
        if not click.confirm(f"Delete {what}?", default=False):
            return EXIT_AWAITING
    ProductionService(store, load_catalog()).delete_session(info.id, actor="person")
    click.echo(f"deleted {info.id}")
    return EXIT_DONE


@cli.command("import-timeline")
@click.argument("timeline_file", metavar="FILE")
@click.argument("session_id")
def import_timeline(timeline_file: str, session_id: str) -> int:
    """Read an editor's re-ordered or trimmed timeline (.otio, FCP XML, EDL) back into a new plan
    version: shot order and durations. The new version waits for approval."""
    from tools.edit.replan import TimelineError, plan_from_timeline, read_timeline

    store = open_store()
    info = store.session(session_id)
    plan = store.plan(info.id)
    if plan is None:
        fail(f"session {info.id} has no plan")
    try:
        revised = plan_from_timeline(plan, read_timeline(Path(timeline_file), fps=plan.fps))
    except TimelineError as exc:
        fail(str(exc))
    if not revised.note:
        click.echo(f"the timeline matches plan v{plan.version}: nothing to import")
        return EXIT_DONE
    service = ProductionService(store, load_catalog())
    saved = service.revise_plan(info.id, revised, actor="person")
    service.propose_plan(info.id, None, actor="person")
    click.echo(f"plan v{saved.version} ({saved.note})")
    click.echo(f"approve and produce it with: shotcaller resume {info.id} --yes", err=True)
    return EXIT_AWAITING


@cli.command()
@click.argument("path", metavar="FILE")
def verify(path: str) -> int:
    """Read FILE's C2PA manifest chain and say, in words, who made it from what.

    Exit 0 when the manifest validates (intact bytes, good signature, trusted signer), 1 when not.
    """
    from tui.verify import verify_command

    try:
        return verify_command(path)
    except ValueError as exc:
        fail(str(exc))


@cli.command()
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--check",
    is_flag=True,
    help="Ask each provider's free endpoints: key valid, model there, credit left (spends nothing).",
)
def engines(catalog_path: str | None, as_json: bool, check: bool) -> int:
    """The catalog: engines, tools, tiers, prices and whether each can be used here."""
    catalog = load_catalog(catalog_path)
    if check:
        from tools.engines.preflight import preflight

        checks = asyncio.run(preflight(catalog, dict(os.environ)))
        if as_json:
            click.echo(json.dumps([c.__dict__ for c in checks], indent=2))
        else:
            click.echo("\n".join(c.line() for c in checks))
        return EXIT_DONE
    rows: list[dict[str, Any]] = []
    for spec in catalog.engines:
        reason = unavailable_reason(spec, os.environ)
        rows.append(
            {
                "name": spec.name,
                "provider": spec.provider,
                "model": spec.model,
                "tools": list(spec.tools),
                "tiers": list(spec.tiers),
                "strengths": list(spec.strengths),
                "price": spec.price.amounts,
                "price_verified": spec.price.verified,
                "price_source": spec.price.source,
                "price_checked": spec.price.checked,
                "latency_s": spec.latency_s,
                "concurrency": spec.concurrency,
                "quality": spec.quality,
                "available": reason is None,
                "reason": reason or "",
            }
        )
    if as_json:
        click.echo(
            json.dumps(
                {"version": catalog.version, "sha256": catalog.sha256, "engines": rows}, indent=2
            )
        )
        return EXIT_DONE
    click.echo(f"catalog {catalog.version} ({catalog.source})")
    for r in rows:
        mark = "✓" if r["available"] else "·"
        price = ", ".join(f"{k.replace('_', ' ')} ${v:g}" for k, v in r["price"].items())
        price += "" if r["price_verified"] else " (unverified)"
        click.echo(
            f"{mark} {r['name']:<22} {r['provider']:<9} {'/'.join(r['tiers']):<15} "
            f"{','.join(r['tools']):<44} {price}" + (f"  — {r['reason']}" if r["reason"] else "")
        )
    return EXIT_DONE


# ── helpers ────────────────────────────────────────────────────────────────────────────────────


def _check_budget(budget: float | None) -> None:
    if budget is not None and not (math.isfinite(budget) and 0 <= budget <= 100_000):
        fail(f"--budget must be a number of dollars from 0 to 100000, not {budget:g}")


def _fail_turn(conversation: Conversation) -> NoReturn:
    error = conversation.last_error
    assert error is not None
    fail(f"{error.message} ({error.hint})" if error.hint else error.message)


def _approve_all(
    store: SessionStore,
    service: ProductionService,
    session_id: str,
    model: str | None,
    catalog: Catalog,
) -> None:
    """--yes: answer what waits, in turn (a plan, then its production), through the conversation
    when the model's call waits on it (so the model carries on), else through the service."""
    from agent.conversation import open_conversation

    printer = _event_printer()
    for _ in range(MAX_APPROVALS):
        waiting = service.pending(session_id)
        if not waiting:
            return
        try:
            conversation = open_conversation(
                store, session_id=session_id, model=model, catalog=catalog, auto_approve=True,
                service=service,
            )  # fmt: skip
        except ModelConfigError:
            conversation = None
        if conversation is not None and conversation.pending is not None:
            asyncio.run(conversation.decide("approve", on_event=printer))
            if conversation.last_error is not None:
                _fail_turn(conversation)
        else:
            signing_identity(store.home)  # a broken signing certificate is refused before work
            asyncio.run(
                service.approve(waiting[-1].id, by="--yes", on_progress=_progress_printer())
            )


def _after(
    store: SessionStore, service: ProductionService, session_id: str, as_json: bool, reply: str
) -> int:
    """The exit code and output once the command has done what it could: awaiting approval
    (with the estimate), done, or finished with failed shots."""
    summary = session_summary(store, session_id)
    if summary.pending:
        if as_json:
            click.echo(summary.model_dump_json(indent=2))
        else:
            _print_pending(summary.pending)
            click.echo(f"(session {session_id})")
            click.echo(
                f"\nApprove and carry on with: shotcaller resume {session_id} --yes", err=True
            )
        return EXIT_AWAITING
    if summary.plan_version is None:
        fail(f"the model did not propose a plan: {reply.splitlines()[0] if reply else 'no reply'}")
    return _report(summary, as_json)


def _event_printer() -> Callable[[AgentEvent], None]:
    """Production progress on stderr; stdout stays for the result (and --json)."""
    progress = _progress_printer()

    def show(event: AgentEvent) -> None:
        if isinstance(event, ShotProgress):
            progress(event.event)

    return show


def _check_engines(catalog: Catalog, brief: Brief) -> None:
    """Refuse early, with what to set, when no engine here can make a keyframe or a clip."""
    tier = brief.tier
    unavailable = {
        spec.name: reason
        for spec in catalog.engines
        if (reason := unavailable_reason(spec, os.environ)) is not None
    }
    width, height = RESOLUTIONS[brief.aspect_ratio]
    for tool in ("generate_keyframe", "animate"):
        routing = rank_engines(
            catalog,
            tool,
            [],
            tier,
            duration_s=5.0,
            width=width,
            height=height,
            unavailable=unavailable,
        )
        if not routing.ranked:
            keys = sorted({r for r in unavailable.values() if r.endswith("is not set")})
            hint = f" ({'; '.join(keys)})" if keys else ""
            fail(f"no engine can {tool} at {tier} tier here{hint}")


def _progress_printer() -> Callable[[ProgressEvent], None]:
    marks = {"accepted": "✓", "failed": "✗", "needs_attention": "?", "waiting": "…"}

    def show(event: ProgressEvent) -> None:
        if event.status in ("started",):
            return
        mark = marks.get(event.status, "·")
        message = Path(event.message).name if event.status == "accepted" else event.message
        click.echo(f"  {mark} {event.shot_id} {event.stage:<17} {message}", err=True)

    return show


def _print_pending(pending: list[Approval]) -> None:
    for approval in pending:
        what = "Approve the plan?" if approval.kind == "plan" else "Approve this work?"
        click.echo(
            f"{approval.summary}\n{what} (waiting since {approval.created[:16].replace('T', ' ')})"
        )


def _print_takes(shot: Any) -> None:
    """One line per stage: every take, the current one starred, stale ones marked."""
    for tool, history in shot.take_history.items():
        marks = [
            f"{'*' if t.current else ''}t{t.take}{' (stale)' if t.stale else ''} {t.engine}"
            for t in history
        ]
        click.echo(f"      {stage(tool).label:<9} {', '.join(marks)}")


def _report(summary: SessionSummary, as_json: bool) -> int:
    """The end of a production: the summary (or its JSON), where the files are, the exit code."""
    if as_json:
        click.echo(summary.model_dump_json(indent=2))
    else:
        _print_summary(summary)
        click.echo("")
        click.echo(f"episode:    {summary.episode or 'not assembled (see failed shots)'}")
        click.echo(f"storyboard: {summary.storyboard}")
        click.echo(f"provenance: {summary.provenance}")
    return EXIT_DONE if summary.status == "completed" else EXIT_FAILED_SHOTS


def _print_summary(summary: SessionSummary, *, takes: bool = False) -> None:
    click.echo(
        f"{summary.title} — session {summary.session_id} — {summary.status.replace('_', ' ')} — "
        f"${summary.cost_usd:.2f} of ${summary.budget_usd:.2f}"
    )
    for shot in summary.shots:
        engines = ", ".join(
            f"{stage(tool).word}: {take.engine} t{take.take}" for tool, take in shot.takes.items()
        )
        reason = f" — {shot.reason}" if shot.reason else ""
        click.echo(
            f"  {shot.id} {shot.status.replace('_', ' '):<15} {shot.duration_s:>5.2f}s "
            f"{shot.attempts} attempt{'' if shot.attempts == 1 else 's'} ${shot.cost_usd:.2f}  "
            f"{engines}{reason}"
        )
        if takes:
            _print_takes(shot)
    for check in summary.continuity:
        verdict = "ok" if check.passed else "; ".join(check.reasons)
        what = "character" if check.kind == "character" else f"cut ({check.cut})"
        click.echo(f"  {what} {check.shot_a}→{check.shot_b}: {verdict}")
