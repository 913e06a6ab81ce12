"""The `shotcaller` command line.

A person's mistake (a bad brief, a missing file, an unknown session, a malformed catalog) becomes one
line on stderr and exit code 2 — never a traceback, and nothing half-written in the data home.
Exit codes: 0 done · 1 finished with failed shots · 2 bad input or configuration · 3 awaiting approval.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
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
from sessions.models import RESOLUTIONS, STAGE_WORDS, TAKE_LABELS, Brief, ShotPlan, ToolName
from sessions.store import SessionNotFound, SessionStore, open_store
from sessions.summary import session_summary
from sessions.takes import TakeNotFound
from tools.catalog import Catalog, CatalogError, load_catalog
from tools.engines.base import unavailable_reason
from tools.production.episode import EpisodeResult, open_production, produce_episode, redo_episode
from tools.production.scheduler import ProgressEvent
from tools.routing.rank import rank_engines

if TYPE_CHECKING:
    from agent.conversation import Conversation

EXIT_DONE, EXIT_FAILED_SHOTS, EXIT_BAD_INPUT, EXIT_AWAITING = 0, 1, 2, 3
PRODUCE_NOW = "Yes: produce the approved plan now."


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
@click.option("--budget", type=click.FloatRange(min=0), default=None, help="Session budget, USD.")
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
    """Plan and produce a brief headlessly. Without --yes, prints the plan and exits 3."""
    # Everything that can be wrong with the input is checked before the data home is touched.
    text = read_brief_text(brief_file, stdin=sys.stdin)
    brief = parse_brief(text, tier=tier, budget_usd=budget)
    from agent.conversation import open_conversation  # pydantic-ai loads only when needed
    from agent.models import select_model

    select_model(model)  # a missing key or unknown model is exit 2 with nothing written
    catalog = load_catalog(catalog_path)
    _check_engines(catalog, brief)

    store = open_store()
    conversation = open_conversation(
        store,
        model=model,
        catalog=catalog,
        tier=brief.tier,
        budget_usd=budget,
        auto_approve=yes,
    )
    reply = asyncio.run(conversation.send(text, _event_printer()))
    if yes:
        reply = _nudge_production(store, conversation, reply)
    return _after_turn(store, conversation, reply, as_json)


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
    yes: bool,
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Continue an interrupted production, redo one shot's stage, or pick an earlier take."""
    if stage is not None and use_take is not None:
        fail("use either --redo STAGE or --use-take STAGE N, not both")
    if use_take is not None:
        stage = use_take[0]
        if prompt is not None:
            fail("--prompt goes with --redo, not --use-take")
    if (shot_id is None) != (stage is None):
        fail("--shot goes with --redo or --use-take, e.g. --shot S03 --redo animate")
    tool = None
    if stage is not None:
        tool = STAGE_WORDS.get(stage.lower())
        if tool is None:
            fail(f"unknown stage {stage!r}: use keyframe, animate, inpaint or upscale")
    from agent.conversation import open_conversation

    catalog = load_catalog(catalog_path)
    store = open_store()
    info = store.session(session_id)
    plan = store.plan(info.id)
    if plan is None and tool is None:
        # The run stopped (a crash, a kill) before a plan was saved: plan the brief again.
        conversation = open_conversation(
            store, session_id=info.id, model=model, catalog=catalog, auto_approve=yes
        )
        reply = asyncio.run(conversation.send(info.brief, _event_printer()))
        return _after_turn(store, conversation, reply, as_json)
    if plan is None:
        fail(f"session {info.id} has no plan")
    if shot_id is not None and shot_id not in {s.id for s in plan.shots}:
        fail(
            f"session {info.id} has no shot {shot_id} (shots: {plan.shots[0].id}…{plan.shots[-1].id})"
        )
    if tool is None:
        # The conversation left waiting for an approval: --yes gives it and the agent carries on.
        conversation = open_conversation(
            store, session_id=info.id, model=model, catalog=catalog, auto_approve=yes
        )
        if conversation.pending is not None:
            if not yes:
                return _after_turn(store, conversation, conversation.pending.summary, as_json)
            reply = asyncio.run(conversation.decide("approve", on_event=_event_printer()))
            return _after_turn(store, conversation, reply, as_json)
    if not plan.approved:
        if not yes:
            _print_plan(store, info.id, plan, as_json)
            return EXIT_AWAITING
        store.approve_plan(info.id)
    if tool is not None and shot_id is not None:
        take = use_take[1] if use_take else None
        return _produce(store, info.id, catalog, as_json, redo=(shot_id, tool, prompt, take))
    return _produce(store, info.id, catalog, as_json)


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
            f"{r['id']}  {r['created'][:16].replace('T', ' ')}  {r['status']:<17} "
            f"${r['cost_usd']:>7.2f}  {r['title']}"
        )
    return EXIT_DONE


@cli.command()
@click.argument("session_id")
@click.option("--json", "as_json", is_flag=True)
def show(session_id: str, as_json: bool) -> int:
    """One session's plan, shots, takes and costs."""
    store = open_store()
    summary = session_summary(store, store.session(session_id).id)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        _print_summary(summary, takes=True)
        click.echo("  (* current take; pick another with: resume ID --shot S --use-take STAGE N)")
    return EXIT_DONE


@cli.command()
@click.argument("session_id")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None)
def export(session_id: str, out_dir: str | None) -> int:
    """Copy the episode, storyboard and provenance.json to a folder (default: the current one)."""
    from sessions.provenance import write_provenance

    store = open_store()
    info = store.session(session_id)
    target = Path(out_dir or ".")
    target.mkdir(parents=True, exist_ok=True)
    write_provenance(store, info.id)
    folder = store.session_dir(info.id)
    for name in ("episode.mp4", "storyboard.png", "provenance.json"):
        source = folder / name
        if source.exists():
            shutil.copy2(source, target / name)
            click.echo(str(target / name))
        else:
            click.echo(f"{name}: not made yet", err=True)
    return EXIT_DONE


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
def engines(catalog_path: str | None, as_json: bool) -> int:
    """The catalog: engines, tools, tiers, prices and whether each can be used here."""
    catalog = load_catalog(catalog_path)
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
                "price": spec.price.model_dump(exclude_none=True),
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
        click.echo(
            f"{mark} {r['name']:<22} {r['provider']:<9} {'/'.join(r['tiers']):<15} "
            f"{','.join(r['tools']):<44} {price}" + (f"  — {r['reason']}" if r["reason"] else "")
        )
    return EXIT_DONE


# ── helpers ────────────────────────────────────────────────────────────────────────────────────


def _after_turn(store: SessionStore, conversation: Conversation, reply: str, as_json: bool) -> int:
    """The exit code and output once the agent has stopped: awaiting approval, done, or failed."""
    if conversation.last_error is not None:
        error = conversation.last_error
        fail(f"{error.message} ({error.hint})" if error.hint else error.message)
    session_id = conversation.session_id
    if session_id is None:
        fail(reply or "the agent did not start a session")
    plan = store.plan(session_id)
    if conversation.pending is not None:
        if conversation.pending.kind == "plan" and plan is not None:
            _print_plan(store, session_id, plan, as_json)
        elif as_json:
            summary = session_summary(store, session_id)
            summary["status"] = "awaiting_approval"
            click.echo(json.dumps(summary, indent=2))
        else:
            click.echo(conversation.pending.summary)
        if not as_json:
            click.echo(
                f"\nApprove and carry on with: shotcaller resume {session_id} --yes", err=True
            )
        return EXIT_AWAITING
    if plan is None:
        fail(f"the model did not propose a plan: {reply.splitlines()[0] if reply else 'no reply'}")
    return _report(session_summary(store, session_id), as_json)


def _nudge_production(store: SessionStore, conversation: Conversation, reply: str) -> str:
    """With --yes the person wants the episode: an LLM that stopped after the plan's approval to
    ask "shall I produce?" gets the answer once."""
    session_id = conversation.session_id
    plan = store.plan(session_id) if session_id else None
    if conversation.last_error or conversation.pending or plan is None or not plan.approved:
        return reply
    if session_id is None or store.session(session_id).status not in ("planning",):
        return reply
    return asyncio.run(conversation.send(PRODUCE_NOW, _event_printer()))


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


def _produce(
    store: SessionStore,
    session_id: str,
    catalog: Catalog,
    as_json: bool,
    redo: tuple[str, ToolName, str | None, int | None] | None = None,
) -> int:
    signing_identity(store.home)  # a broken signing certificate is refused before any work
    production = open_production(store, session_id, catalog, on_event=_progress_printer())

    async def go() -> EpisodeResult:
        if redo is None:
            return await produce_episode(production)
        shot_id, tool, prompt, take = redo
        return await redo_episode(production, shot_id, tool, prompt=prompt, use_take=take)

    asyncio.run(go())
    return _report(session_summary(store, session_id), as_json)


def _progress_printer() -> Callable[[ProgressEvent], None]:
    marks = {"accepted": "✓", "failed": "✗", "needs_attention": "?", "waiting": "…"}

    def show(event: ProgressEvent) -> None:
        if event.status in ("started",):
            return
        mark = marks.get(event.status, "·")
        message = Path(event.message).name if event.status == "accepted" else event.message
        click.echo(f"  {mark} {event.shot_id} {event.stage:<17} {message}", err=True)

    return show


def _print_plan(store: SessionStore, session_id: str, plan: ShotPlan, as_json: bool) -> None:
    if as_json:
        summary = session_summary(store, session_id)
        summary["status"] = "awaiting_approval"
        summary["plan"] = plan.model_dump()
        click.echo(json.dumps(summary, indent=2))
        return
    from agent.plan_tools import plan_table

    click.echo(f"{plan_table(plan)}\n(session {session_id})")


def _print_takes(shot: dict[str, Any]) -> None:
    """One line per stage: every take, the current one starred, stale ones marked."""
    for tool, history in shot.get("take_history", {}).items():
        marks = [
            f"{'*' if t['current'] else ''}t{t['take']}{' (stale)' if t['stale'] else ''}"
            f" {t['engine']}"
            for t in history
        ]
        click.echo(f"      {TAKE_LABELS.get(tool, tool):<9} {', '.join(marks)}")


def _report(summary: dict[str, Any], as_json: bool) -> int:
    """The end of a production: the summary (or its JSON), where the files are, the exit code."""
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        _print_summary(summary)
        click.echo("")
        click.echo(f"episode:    {summary['episode'] or 'not assembled (see failed shots)'}")
        click.echo(f"storyboard: {summary['storyboard']}")
        click.echo(f"provenance: {summary['provenance']}")
    return EXIT_DONE if summary["status"] == "completed" else EXIT_FAILED_SHOTS


def _print_summary(summary: dict[str, Any], *, takes: bool = False) -> None:
    click.echo(
        f"{summary['title']} — session {summary['session_id']} — {summary['status']} — "
        f"${summary['cost_usd']:.2f} of ${summary['budget_usd']:.2f}"
    )
    for shot in summary["shots"]:
        engines = ", ".join(
            f"{tool.replace('generate_', '')}: {take['engine']} t{take['take']}"
            for tool, take in shot["takes"].items()
        )
        reason = f" — {shot['reason']}" if shot["reason"] else ""
        click.echo(
            f"  {shot['id']} {shot['status']:<15} {shot['duration_s']:>5.2f}s "
            f"{shot['attempts']} attempt(s) ${shot['cost_usd']:.2f}  {engines}{reason}"
        )
        if takes:
            _print_takes(shot)
    for check in summary["continuity"]:
        verdict = "ok" if check["passed"] else "; ".join(check["reasons"])
        what = "character" if check["kind"] == "character" else f"cut ({check['cut']})"
        click.echo(f"  {what} {check['shot_a']}→{check['shot_b']}: {verdict}")
