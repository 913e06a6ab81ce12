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
from sessions.batches import batch_summary
from sessions.c2pa import SigningError, signing_identity
from sessions.local import explain
from sessions.lock import SessionLocked, in_use
from sessions.models import RESOLUTIONS, Approval, Brief, CastKind
from sessions.stages import STAGE_NAMES, STAGES, stage
from sessions.store import SessionNotFound, SessionStore, open_store
from sessions.summary import SessionSummary, session_summary
from sessions.takes import TakeNotFound
from sessions.views import live_status
from tools.catalog import Catalog, CatalogError, load_catalog
from tools.engines.base import missing_key, unavailable_reason
from tools.production.scheduler import ProgressEvent
from tools.routing.rank import rank_engines
from tools.service import ProductionService, ServiceError
from tools.service.answers import SeedPolicy, in_words
from tools.service.cast import check_rename, describe_cast
from tools.service.service import TAKE_VERBS
from tui.views import plural

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
    # A data home that cannot hold sessions (a file, read-only) or an unknown id is one line
    # and exit 2, before any screen opens (inside the app it was a traceback)
    store = open_store()
    try:
        if session_id is not None:
            session_id = store.session(session_id).id
    finally:
        store.close()
    from tui.app import run_app  # Textual loads only when the chat is asked for

    return run_app(session_id=session_id)


@cli.command()
@click.argument("brief_files", metavar="BRIEF_FILE|-|FOLDER...", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Approve the plan and produce without asking.")
@click.option("--tier", type=click.Choice(["draft", "delivery"]), default=None)
@click.option("--budget", type=float, default=None, help="Session budget, USD.")
@click.option("--model", default=None, envvar="SHOTCALLER_MODEL", help="Planner model.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
def run(
    brief_files: tuple[str, ...],
    yes: bool,
    tier: str | None,
    budget: float | None,
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Plan and produce a brief headlessly. Without --yes, prints the plan with what producing
    it would cost, and exits 3 awaiting approval.

    Several brief files (or a folder of them) are a batch: one episode (session) each, produced
    together under one shared --budget and each engine's concurrency; `shotcaller batch ID`
    shows their progress, and each episode resumes on its own."""
    # Everything that can be wrong with the input is checked before the data home is touched.
    _check_budget(budget, new=True)
    paths = _brief_paths(brief_files)
    if len(paths) > 1 or any(Path(f).is_dir() for f in brief_files):
        return _run_batch(paths, yes, tier, budget, model, catalog_path, as_json)
    brief_file = paths[0]
    text = read_brief_text(brief_file, stdin=sys.stdin)
    brief = parse_brief(text, tier=tier, budget_usd=budget)
    from agent.conversation import open_conversation  # pydantic-ai loads only when needed
    from agent.models import select_model

    select_model(model)  # a missing key or unknown model is exit 2 with nothing written
    catalog = load_catalog(catalog_path)
    # without --yes it is a quote: a tier whose keys are missing is priced anyway
    _check_engines(catalog, brief, quote=not yes)

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
        _fail_turn(conversation, store)
    if conversation.session_id is None:
        fail(reply or "the agent did not start a session")
    if yes:
        _approve_all(store, service, conversation.session_id, model, catalog)
    return _after(store, service, conversation.session_id, as_json, reply)


@cli.command()
@click.argument("session_id")
@click.option("--shot", "shot_id", default=None, help="The shot to iterate on, e.g. S03.")
@click.option(
    "--redo", "stage", default=None, help="keyframe | animate (or clip) | inpaint | upscale"
)
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
        if use_take[1] < 1:
            fail(f"takes are numbered from 1 (`show {session_id}` lists them), not {use_take[1]}")
        if prompt is not None:
            fail("--prompt goes with --redo, not --use-take")
    if shot_id is None and stage is not None:
        said = f"--use-take {stage} {use_take[1]}" if use_take is not None else f"--redo {stage}"
        fail(f"{said.split()[0]} needs --shot, the shot to work on: e.g. --shot S03 {said}")
    if shot_id is not None and stage is None:
        fail("--shot goes with --redo or --use-take, e.g. --shot S03 --redo animate")
    if new_seed and keep_seed:
        fail("use either --new-seed or --keep-seed, not both")
    if (new_seed or keep_seed) and (use_take is not None or stage is None):
        fail("--new-seed and --keep-seed go with --redo")
    _check_budget(budget)
    tool = None
    if stage is not None:
        tool = STAGE_NAMES.get(stage.strip().lower())
        if tool is None:
            fail(f"unknown stage {stage!r}: use keyframe, animate (or clip), inpaint or upscale")
    catalog = load_catalog(catalog_path)
    store = open_store()
    service = ProductionService(store, catalog)
    info = store.session(session_id)
    if budget is not None:
        click.echo(service.set_budget(info.id, budget, actor="person"), err=True)
        if tool is None and not yes and in_use(store.session_dir(info.id), info.id):
            # The brake from another shell while a production runs (`resume ID --budget 0`):
            # the lower budget is written and holds from that production's next stage.
            click.echo(
                "another shotcaller is producing this session: the budget holds from its next "
                "stage",
                err=True,
            )
            return 0
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
    if tool is None:
        service.offer_plan(info.id, actor="person")
    if tool is not None and shot_id is not None:
        if use_take is not None:
            asked = service.request_use_take(info.id, shot_id, tool, use_take[1], actor="person")
            if asked.free:  # nothing is remade: nothing to approve
                asyncio.run(service.approve(asked.id, by="person"))
        else:
            policy: SeedPolicy = "new" if new_seed else "keep" if keep_seed else "auto"
            asked = service.request_redo(
                info.id, shot_id, tool, prompt=prompt, seed=policy, actor="person"
            )
        # --yes answers what this command asked for, never another request that was waiting
        # (an earlier redo left for later is the person's to approve, by name or by `resume --yes`).
        if yes and not asked.free:
            signing_identity(store.home)
            asyncio.run(service.approve(asked.id, by="--yes", on_progress=_progress_printer()))
        return _after(store, service, info.id, as_json, "", ran=yes or asked.free)
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
@click.argument("session_id")
@click.argument("words", nargs=-1)
@click.option("--model", default=None, envvar="SHOTCALLER_MODEL", help="Planner model.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the session as JSON, not the reply.")
def say(
    session_id: str,
    words: tuple[str, ...],
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Say something to a session, as typed in the chat: revise the plan ("make shot 2 a
    close-up", "make it vertical", "swap shots 1 and 2"), reject what waits ("no"), ask for a
    redo ("redo shot 3"), switch tier ("use delivery tier"), ask what it cost. Prints the reply;
    exits 3 while something waits for approval (`resume ID --yes` approves it, or say "yes"), and
    2 with the reply as the error when it was not done (no such shot, a tier without keys, words
    it cannot read)."""
    from agent.conversation import open_conversation

    text = " ".join(words).strip()
    if not text:
        fail(f"say what? e.g. shotcaller say {session_id} 'make shot 2 a close-up'")
    catalog = load_catalog(catalog_path)
    store = open_store()
    service = ProductionService(store, catalog)
    info = store.session(session_id)
    # a plan nothing asks for (a killed run) is put before the person first, as the chat does,
    # so "yes" or a revision answers what `show` lists
    service.offer_plan(info.id, actor="person")
    conversation = open_conversation(
        store, session_id=info.id, model=model, catalog=catalog, auto_approve=False,
        service=service,
    )  # fmt: skip
    reply = asyncio.run(conversation.send(text, _event_printer()))
    if conversation.last_error is not None:
        _fail_turn(conversation)
    summary = session_summary(store, info.id)
    if as_json:
        # the reply first, then the session as `show --json` gives it: a script reads both
        shown = json.loads(_priced_now(summary, service).model_dump_json())
        click.echo(json.dumps({"reply": reply, **shown}, indent=2, ensure_ascii=False))
    elif conversation.declined:
        # nothing was done: the reply is the error, and a script sees exit 2, not success
        fail(reply)
    else:
        click.echo(reply)  # it holds the waiting card, if any: `_after` would print it twice
    if conversation.declined:
        return EXIT_BAD_INPUT
    if summary.pending:
        click.echo(f"\nApprove and carry on with: shotcaller resume {info.id} --yes", err=True)
    return _exit_code(summary, talked=True)


@cli.command()
@click.argument("batch_id")
@click.option("--yes", is_flag=True, help="Approve and produce every episode that waits.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True)
def batch(batch_id: str, yes: bool, catalog_path: str | None, as_json: bool) -> int:
    """A batch's episodes (from `run` with several briefs): each one's status, shots and spend
    against the shared budget. With --yes, produce every episode that waits, together."""
    store = open_store()
    found = batch_summary(store, batch_id)
    if found is None:
        fail(f"no batch matches {batch_id!r} (`shotcaller run` with several briefs makes one)")
    if yes:
        service = ProductionService(store, load_catalog(catalog_path))
        signing_identity(store.home)
        _produce_batch(store, service, found.id)
    return _batch_result(store, found.id, as_json)


@cli.command()
@click.argument("session_id")
@click.option(
    "--shot",
    "shot_ids",
    multiple=True,
    help="A shot to race (repeatable); default: every shot with a hard tag.",
)
@click.option(
    "--engines",
    "count",
    type=int,
    default=None,
    help="How many engines (default and cap: the catalog's [race]).",
)
@click.option(
    "--engine",
    "names",
    multiple=True,
    help="Race this engine (repeatable) instead of the likeliest.",
)
@click.option(
    "--stage",
    "stage_word",
    default=None,
    help="keyframe | animate (default: the clip once the shot has a keyframe).",
)
@click.option(
    "--pick",
    "pick",
    default=None,
    metavar="ENGINE",
    help="Pick the winner of the shot's last race.",
)
@click.option("--yes", is_flag=True, help="Approve the race, pick the best score, and commit it.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True)
def race(
    session_id: str,
    shot_ids: tuple[str, ...],
    count: int | None,
    names: tuple[str, ...],
    stage_word: str | None,
    pick: str | None,
    yes: bool,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Fail fast, then commit: make a hard shot's stage small and short on several engines at
    once (the whole race's cost approved and reserved first), show the proxies side by side, and
    commit the delivery generation to the one picked (--yes: the best score)."""
    from tools.service.race import race_lines

    store = open_store()
    service = ProductionService(store, load_catalog(catalog_path))
    info = store.session(session_id)
    raced: list[str] = list(shot_ids)
    if pick is not None:
        if len(shot_ids) != 1:
            fail("--pick goes with one --shot, e.g. --shot S03 --pick kling-2.1-pro")
        _pin, commit = service.pick_race(info.id, shot_ids[0], pick, actor="person")
        if commit is not None and yes:
            asyncio.run(service.approve(commit.id, by="--yes", on_progress=_progress_printer()))
    else:
        approval = service.request_race(
            info.id, list(shot_ids) or None, engines=count, names=list(names) or None,
            stage_word=stage_word, actor="person",
        )  # fmt: skip
        raced = sorted({w.shot_id for w in approval.work})
        if yes:
            signing_identity(store.home)
            outcome = asyncio.run(
                service.approve(approval.id, by="--yes", on_progress=_progress_printer())
            )
            click.echo(outcome.message, err=True)
            for shot in raced:
                race_now = service.races(info.id, shot)[-1]
                if race_now.best is None:
                    click.echo(f"{shot}: no proxy passed the gate; pick one with --pick", err=True)
                    continue
                _pin, commit = service.pick_race(info.id, shot, actor="--yes")
                if commit is not None:
                    asyncio.run(
                        service.approve(commit.id, by="--yes", on_progress=_progress_printer())
                    )
    summary = session_summary(store, info.id)
    shown = [r for r in summary.races if not raced or r.shot_id in raced]
    latest = list({r.shot_id: r for r in shown}.values())
    if as_json:
        click.echo(
            json.dumps(
                {
                    "session_id": info.id,
                    "status": summary.status,
                    "races": [r.model_dump() for r in latest],
                    "pending": [a.model_dump() for a in summary.pending],
                },
                indent=2,
            )
        )
    else:
        for r in latest:
            click.echo(race_lines(r))
        _print_pending(summary.pending)
    if summary.pending:
        click.echo(
            f"\nApprove with: shotcaller race {info.id} ... --yes (or resume {info.id} --yes)",
            err=True,
        )
        return EXIT_AWAITING
    return (
        EXIT_FAILED_SHOTS
        if any(r.best is None and r.status == "done" for r in latest)
        else EXIT_DONE
    )


@cli.command()
@click.option(
    "--since", default=None, help="30d, 12h, 2w, 6m … or a date (YYYY-MM-DD); default: all."
)
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@click.option("--csv", "as_csv", is_flag=True, help="One CSV line per engine × tier × tag.")
@click.option(
    "--chart",
    "chart_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to draw the chart (PNG; default <data home>/reports/audit.png).",
)
def report(since: str | None, as_json: bool, as_csv: bool, chart_path: str | None) -> int:
    """The audit across sessions: per engine × tier × tag the attempts, acceptance and
    regeneration rates, failovers, refusals, mean wait, spend and cost per acceptable
    deliverable; per month; what approvals predicted against what they spent; and a chart."""
    from sessions.report import audit_report
    from tools.service.report import ReportError, render_chart, report_csv, since_from

    if as_json and as_csv:
        fail("use either --json or --csv, not both")
    try:
        start = since_from(since)
    except ReportError as exc:
        fail(str(exc))
    store = open_store()
    audit = audit_report(store, since=start)
    chart = None
    if chart_path is not None or not as_csv:
        where = Path(chart_path) if chart_path else store.home / "reports" / "audit.png"
        try:
            chart = render_chart(audit, where)
        except OSError as exc:
            # "--chart /proc/x.png", a folder that is a file: one line naming the chart's path
            # (not the temp file it was written through), and nothing about resuming
            fail(f"cannot write the chart to {where}: {(exc.strerror or str(exc)).lower()}")
    if as_csv:
        click.echo(report_csv(audit), nl=False)
    elif as_json:
        click.echo(json.dumps({**audit.model_dump(), "chart": str(chart)}, indent=2))
    else:
        _print_report(audit)
        click.echo(f"chart: {chart}")
    return EXIT_DONE


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
    # Columns as wide as their widest entry ("awaiting approval" had filled its 17 and run
    # into the cost), the cost right-aligned with its dollar sign.
    lines = [
        (
            r["id"],
            r["created"][:16].replace("T", " "),
            _status_words(store, r["id"], r["status"]),
            f"${r['cost_usd']:.2f}",
            r["title"],
        )
        for r in rows
    ]
    if lines:
        width = [max(len(line[i]) for line in lines) for i in range(4)]
        for sid, created, status, cost, title in lines:
            click.echo(
                f"{sid:<{width[0]}}  {created:<{width[1]}}  {status:<{width[2]}}  "
                f"{cost:>{width[3]}}  {title}"
            )
    return EXIT_DONE


def _status_words(store: SessionStore, session_id: str, status: str) -> str:
    """A session's status in words (sessions/views.live_status: a quit production is stopped)."""
    now = live_status(store, session_id, status)
    return "stopped mid-production" if now == "stopped" else now.replace("_", " ")


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
        stopped = _status_words(store, summary.session_id, summary.status)
        _print_summary(summary, takes=True, status=stopped)
        if stopped == "stopped mid-production":
            click.echo(f"  (stopped part-way: `shotcaller resume {summary.session_id}` continues)")
        _print_races_and_forecasts(summary)
        _print_pending(summary.pending, _pricing(store))
        if any(shot.takes for shot in summary.shots):  # no takes yet: nothing to pick from
            click.echo(
                "  (* current take; pick another with: resume ID --shot S --use-take STAGE N)"
            )
    return EXIT_DONE


@cli.command("cast")
@click.argument("session_id")
@click.argument("name", required=False)
@click.option("--ref", "refs", multiple=True, metavar="PATH", help="A reference picture (repeat).")
@click.option("--lora", "lora_url", metavar="URL", help="The member's LoRA weights (https).")
@click.option("--lora-scale", type=float, default=None, help="The LoRA's scale, 0 to 4.")
@click.option("--describe", "description", metavar="TEXT", help="The member in a few words.")
@click.option("--kind", type=click.Choice(["character", "product", "brand"]), default=None)
@click.option("--rename", "new_name", metavar="NEW", help="NAME's new name, in every shot.")
@click.option("--json", "as_json", is_flag=True)
def cast_command(
    session_id: str,
    name: str | None,
    refs: tuple[str, ...],
    lora_url: str | None,
    lora_scale: float | None,
    description: str | None,
    kind: CastKind | None,
    new_name: str | None,
    as_json: bool,
) -> int:
    """List a session's cast, or give NAME references, a LoRA or a description (a new plan
    version, as the chat's "Maya is this photo: ./maya.png" makes): each picture is copied into
    the session with its sha256 and the operator who added it. Shots that show NAME go first to
    engines that take its references."""
    store = open_store()
    info = store.session(session_id)
    changes = refs or lora_url is not None or lora_scale is not None or description is not None
    if name is None:
        if changes or kind or new_name is not None:
            fail(f"name the cast member to change: shotcaller cast {info.id} NAME --ref PATH")
        plan = store.plan(info.id)
    else:
        service = ProductionService(store, load_catalog())
        if new_name is not None:
            current = store.plan(info.id)
            if current is None:
                fail(f"session {info.id} has no plan yet")
            renamed = check_rename(current, name, new_name).name  # checked before any write
        plan = service.update_cast_member(
            info.id, name, references=refs, lora_url=lora_url, lora_scale=lora_scale,
            description=description, kind=kind,
        )  # fmt: skip
        if new_name is not None:
            # "his name is Jonah": the other options are given first, under the old name
            plan = service.rename_cast_member(info.id, renamed, new_name)
            name, changes = " ".join(new_name.split()), True
    if plan is None:
        fail(f"session {info.id} has no plan yet")
    members = list(plan.cast)
    if name is not None:
        member = plan.member(name)
        members = [member] if member is not None else members
    if as_json:
        click.echo(json.dumps([m.model_dump(mode="json") for m in members], indent=2))
        return EXIT_DONE
    if not members:
        click.echo(
            f"the plan has no cast yet; add one with: shotcaller cast {info.id} NAME --ref PATH"
        )
    for m in members:
        click.echo(f"{m.name} ({m.kind}) in {', '.join(m.shots) or 'no shot yet'}")
        if m.description:
            click.echo(f"  {m.description}")
        for r in m.references:
            state = "" if r.approved else " (awaiting approval)"
            view = f" {r.view}" if r.view else ""
            click.echo(f"  {r.source}{view}: {r.original or Path(r.path).name} "
                       f"sha256 {r.sha256[:12]}… by {r.added_by or '?'}{state}")  # fmt: skip
        if m.lora:
            click.echo(f"  LoRA ×{m.lora.scale:g}: {m.lora.url}")
    if changes:
        click.echo(f"plan v{plan.version}" + ("" if plan.approved else " (awaiting approval)"))
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
    click.echo(f"Approve and produce it with: shotcaller resume {info.id} --yes", err=True)
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
                "references": spec.references.model_dump(mode="json"),
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
    # Columns as wide as their longest entry: a catalog's own names may be longer than ours.
    name_w = max([22, *(len(r["name"]) for r in rows)])
    for r in rows:
        mark = "✓" if r["available"] else "·"
        price = ", ".join(f"{k.replace('_', ' ')} ${v:g}" for k, v in r["price"].items())
        price += "" if r["price_verified"] else " (unverified)"
        click.echo(
            f"{mark} {r['name']:<{name_w}} {r['provider']:<9} {'/'.join(r['tiers']):<15} "
            f"{','.join(r['tools']):<44} {price}" + (f"  — {r['reason']}" if r["reason"] else "")
        )
        if takes := catalog.engine(r["name"]).references.words():
            click.echo(f"  {'':<{name_w}} {takes}")  # how the cast's references reach it
    return EXIT_DONE


# ── helpers ────────────────────────────────────────────────────────────────────────────────────


def _check_budget(budget: float | None, *, new: bool = False) -> None:
    """A new session needs something to spend (the brief says so too); an existing one may be set
    to $0 to stop spending."""
    if budget is None:
        return
    if new and budget == 0:  # deliberate: $0 freezes a session, so it cannot start one
        fail(
            "a new run needs --budget more than 0; `shotcaller resume ID --budget 0` freezes an "
            "existing session's spending"
        )
    low = "more than 0" if new else "from 0"
    if not (math.isfinite(budget) and (budget > 0 if new else budget >= 0) and budget <= 100_000):
        fail(f"--budget must be a number of dollars {low} to 100000, not {budget:g}")


def _fail_turn(conversation: Conversation, store: SessionStore | None = None) -> NoReturn:
    error = conversation.last_error
    assert error is not None
    line = f"{error.message} ({error.hint})" if error.hint else error.message
    sid = conversation.session_id
    if store is not None and sid and store.plan(sid) is None:
        # The planner failed before any plan (a model server down): the session holds the
        # brief and nothing else, so say which it is and how it goes on (it read as stuck)
        line += f"; the brief is kept in session {sid}: `shotcaller resume {sid}` plans it again"
    fail(line)


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
    told = False
    for _ in range(MAX_APPROVALS):
        waiting = service.pending(session_id)
        if not waiting:
            return
        # Upstream first (a plan, then each shot's keyframe, clip, inpaint, upscale), in the
        # order asked: the newest first made an upscale from the clip a waiting redo was about
        # to replace, so it was stale the moment it was paid for.
        # (only redos and takes brought back are reordered: a production and a recovery after
        # a kill are answered newest first, as ever)
        takes = all(w.verb in TAKE_VERBS for w in waiting)
        ordered = sorted(waiting, key=_upstream_first) if takes else [waiting[-1]]
        if len(ordered) > 1 and not told:
            told = True
            heads = "; ".join(w.summary.splitlines()[0] for w in ordered if w.summary)
            click.echo(f"--yes answers {len(ordered)} waiting requests: {heads}", err=True)
        try:
            conversation = open_conversation(
                store, session_id=session_id, model=model, catalog=catalog, auto_approve=True,
                service=service,
            )  # fmt: skip
        except ModelConfigError:
            conversation = None
        if (
            conversation is not None
            and conversation.pending is not None
            and (not takes or conversation.pending.approval_id in ("", ordered[0].id))
        ):
            asyncio.run(conversation.decide("approve", on_event=printer, by="auto"))
            if conversation.last_error is not None:
                _fail_turn(conversation)
            if conversation.refused is not None:
                # Refused (a plan quoted before its tier's keys were set): approving it again
                # would be refused again. Nothing was spent; the card waits for the keys.
                fail(f"not approved: {conversation.refused}")
        else:
            signing_identity(store.home)  # a broken signing certificate is refused before work
            asyncio.run(service.approve(ordered[0].id, by="--yes", on_progress=_progress_printer()))


def _upstream_first(waiting: Approval) -> tuple[int, int, str]:
    """The order --yes answers waiting requests in: a plan, then stage by stage, then as asked."""
    tool = str(waiting.args.get("tool") or "")
    rank = list(STAGES).index(tool) if tool in STAGES else len(STAGES)
    return (0 if waiting.kind == "plan" else 1, rank, waiting.created)


def _after(
    store: SessionStore,
    service: ProductionService,
    session_id: str,
    as_json: bool,
    reply: str,
    *,
    ran: bool = False,
) -> int:
    """The exit code and output once the command has done what it could: awaiting approval
    (with the estimate), done, or finished with failed shots. `ran`: this command's own work
    was made, so it is shown before whatever else still waits."""
    summary = session_summary(store, session_id)
    if summary.pending:
        if as_json:
            click.echo(_priced_now(summary, service).model_dump_json(indent=2))
        else:
            if ran:
                # "resume … --redo clip --yes" made its take; an older request still waits. Say
                # what was made first, or it looks as if nothing ran (a newcomer read it so).
                _print_summary(summary, takes=True)
                click.echo("\nStill waiting for your approval, from an earlier request:")
            _print_pending(summary.pending, service)
            click.echo(f"(session {session_id})")
            first = "Approve and carry on"
            if any(a.kind == "plan" for a in summary.pending) and service.unmakeable(session_id):
                first = "Once those keys are set, approve and carry on"  # a quote, for now
            click.echo(f"\n{first} with: shotcaller resume {session_id} --yes", err=True)
        return _exit_code(summary)
    if summary.plan_version is None:
        # Nothing was planned: leave nothing behind (exit 2 writes nothing), not an empty session.
        service.delete_session(session_id)
        fail(f"the model did not propose a plan: {reply.splitlines()[0] if reply else 'no reply'}")
    return _report(summary, as_json)


def _event_printer() -> Callable[[AgentEvent], None]:
    """Production progress on stderr; stdout stays for the result (and --json)."""
    progress = _progress_printer()

    def show(event: AgentEvent) -> None:
        if isinstance(event, ShotProgress):
            progress(event.event)

    return show


def _check_engines(catalog: Catalog, brief: Brief, *, quote: bool = False) -> None:
    """Refuse early, with what to set, when no engine here can make a keyframe or a clip.
    `quote`: only a price is asked for, so an engine whose key is missing counts (the quote
    names the key); one retired or without an adapter never does."""
    tier = brief.tier
    unavailable = {
        spec.name: reason
        for spec in catalog.engines
        if (reason := unavailable_reason(spec, os.environ)) is not None
        and not (quote and missing_key(reason) is not None)
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
            keys = sorted({r for r in unavailable.values() if missing_key(r) is not None})
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


def _print_pending(pending: list[Approval], service: ProductionService | None = None) -> None:
    for approval in pending:
        what = "Approve the plan?" if approval.kind == "plan" else "Approve this work?"
        said = approval.summary
        if approval.kind == "plan" and service is not None:
            # priced now, not when it was asked: keys set since (or a budget changed) show here
            now = _plan_card_now(service, approval)
            said = now[0] if now is not None else said
        click.echo(f"{said}\n{what} (waiting since {approval.created[:16].replace('T', ' ')})")


def _priced_now(summary: SessionSummary, service: ProductionService) -> SessionSummary:
    """--json: a waiting plan card as it would be asked now (its text and price; a quote's
    price when only keys are missing), not as it was stored when first asked."""
    pending = []
    for approval in summary.pending:
        now = _plan_card_now(service, approval) if approval.kind == "plan" else None
        if now is not None:
            said, price = now
            approval = approval.model_copy(update={"summary": said, "estimate_usd": price})
        pending.append(approval)
    return summary.model_copy(update={"pending": pending})


def _pricing(store: SessionStore) -> ProductionService | None:
    """A service to price cards with, for `show` (which needs no catalog otherwise): a catalog
    that cannot be read leaves the cards as they were asked."""
    try:
        return ProductionService(store, load_catalog(None))
    except Exception:  # show must show, whatever the catalog says
        return None


def _plan_card_now(service: ProductionService, approval: Approval) -> tuple[str, float] | None:
    """The plan card's text and price as it would be asked now (None: a superseded card)."""
    latest = service.store.latest_plan_version(approval.session_id)
    if str(approval.args.get("version")) != str(latest):
        return None
    return service.plan_card(approval.session_id)


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
    return _exit_code(summary)


def _exit_code(summary: SessionSummary, *, talked: bool = False) -> int:
    """The one rule for every command's exit: 3 while anything waits for approval, 0 once the
    film is made, 1 when shots failed or production stopped short. `talked`: a `say` turn that
    only talked (a plan revised, a question answered, nothing made yet) is done too."""
    if summary.pending:
        return EXIT_AWAITING
    if summary.status == "completed":
        return EXIT_DONE
    if talked and summary.status not in ("partial", "failed"):
        return EXIT_DONE
    return EXIT_FAILED_SHOTS


def _print_summary(summary: SessionSummary, *, takes: bool = False, status: str = "") -> None:
    status = status or summary.status.replace("_", " ")
    click.echo(
        f"{summary.title} — session {summary.session_id} — {status} — "
        f"${summary.cost_usd:.2f} of ${summary.budget_usd:.2f}"
    )
    if summary.style:
        click.echo(f"  look: {summary.style}")
    if summary.cast:
        click.echo(f"  {describe_cast(summary.cast)}")
    for shot in summary.shots:
        engines = ", ".join(
            f"{stage(tool).word}: {take.engine} t{take.take}" for tool, take in shot.takes.items()
        )
        reason = f" — {shot.reason}" if shot.reason else ""
        # (the status as every door says it: "stopped", "to remake", sessions/summary.py)
        click.echo(
            f"  {shot.id} {shot.status.replace('_', ' '):<15} {shot.duration_s:>5.2f}s "
            f"{shot.attempts} attempt{'' if shot.attempts == 1 else 's'} ${shot.cost_usd:.2f}  "
            f"{engines}{reason}"
        )
        # what the shot shows, under its line (the plan's words were only in `--json`)
        said = shot.description if len(shot.description) <= 110 else shot.description[:109] + "…"
        click.echo(f"      {said}")
        if takes:
            _print_takes(shot)
    # each cut and character once, as last checked (a redo checks the same cut again)
    latest = {(c.kind, c.cut, c.shot_a, c.shot_b): c for c in summary.continuity}
    for check in latest.values():
        verdict = "ok" if check.passed else "; ".join(check.reasons)
        what = "character" if check.kind == "character" else f"cut ({check.cut})"
        click.echo(f"  {what} {check.shot_a}→{check.shot_b}: {verdict}")


# ── races, forecasts, the audit and batches ────────────────────────────────────────────────────


def _print_races_and_forecasts(summary: SessionSummary) -> None:
    from tools.service.race import race_lines

    for r in summary.races:
        click.echo(race_lines(r))
    for f in summary.forecasts:
        if f.actual_usd is None:
            continue
        inside = "inside" if f.within_range else "outside"
        click.echo(
            f"  {f.verb} ({f.approval_id}): predicted ${f.expected_usd:.2f} "
            f"(p10–p90 ${f.p10_usd:.2f}–${f.p90_usd:.2f}), spent ${f.actual_usd:.2f} — {inside}"
        )


def _print_report(audit: Any) -> None:
    span = f"since {audit.since[:16].replace('T', ' ')}" if audit.since else "all sessions"
    per = f"${audit.cost_per_acceptable_usd:.3f}" if audit.cost_per_acceptable_usd else "—"
    click.echo(
        f"Audit, {span}: {plural(audit.sessions, 'session')}, "
        f"{plural(audit.attempts, 'engine call')}, "
        f"{audit.accepted} accepted, ${audit.spend_usd:.2f} spent, {per} per acceptable deliverable"
    )
    head = f"  {'engine':<24} {'tier':<8} {'tag':<14} {'calls':>5} {'accept':>6} {'redone':>6} {'f/o':>4} {'ref':>4} {'wait s':>7} {'spend $':>8} {'$/acceptable':>12}"
    for title, rows in (("per engine", audit.engines), ("per engine and tag", audit.rows)):
        click.echo(f"\n{title}\n{head}")
        for r in rows:
            wait = f"{r.mean_wait_s:.1f}" if r.mean_wait_s is not None else "—"
            each = (
                f"{r.cost_per_acceptable_usd:.3f}" if r.cost_per_acceptable_usd is not None else "—"
            )
            click.echo(
                f"  {r.engine:<24} {r.tier:<8} {r.tag:<14} {r.attempts:>5} {r.acceptance_rate:>6.0%} "
                f"{r.regeneration_rate:>6.0%} {r.failovers:>4} {r.refusals:>4} {wait:>7} "
                f"{r.spend_usd:>8.2f} {each:>12}"
            )
    if audit.months:
        click.echo("\nper month")
        for m in audit.months:
            each = (
                f"${m.cost_per_acceptable_usd:.3f}"
                if m.cost_per_acceptable_usd is not None
                else "—"
            )
            click.echo(
                f"  {m.month}  {m.engine:<24} {m.tier:<8} {m.attempts:>5} calls "
                f"{m.acceptance_rate:>5.0%} accepted  ${m.spend_usd:.2f}  {each} each"
            )
    done = [f for f in audit.forecasts if f.actual_usd is not None]
    if done:
        inside = sum(1 for f in done if f.within_range)
        predicted = sum(f.expected_usd for f in done)
        spent = sum(f.actual_usd or 0.0 for f in done)
        click.echo(
            f"\npredicted vs actual: {len(done)} approvals, predicted ${predicted:.2f}, "
            f"spent ${spent:.2f}; {inside} of {len(done)} inside their p10–p90 range"
        )


def _brief_paths(given: tuple[str, ...]) -> list[str]:
    """The brief files named, a folder standing for its .txt and .md files (sorted)."""
    if "-" in given and len(given) > 1:
        fail("a brief on stdin (-) comes alone; name files or a folder for a batch")
    found: list[str] = []
    for name in given:
        path = Path(name)
        if path.is_dir():
            inside = sorted(
                p for p in path.iterdir() if p.suffix in (".txt", ".md") and p.is_file()
            )
            if not inside:
                fail(f"{name} holds no brief files (.txt or .md)")
            found += [str(p) for p in inside]
        else:
            found.append(name)
    return found


def _run_batch(
    paths: list[str],
    yes: bool,
    tier: str | None,
    budget: float | None,
    model: str | None,
    catalog_path: str | None,
    as_json: bool,
) -> int:
    """Several briefs: one session each, planned in turn, produced together under one budget."""
    from agent.conversation import open_conversation
    from agent.models import select_model
    from sessions.batches import add_episode, create_batch

    texts = [read_brief_text(p) for p in paths]  # every brief is checked before anything is written
    briefs = [parse_brief(text, tier=tier, budget_usd=budget) for text in texts]
    select_model(model)
    catalog = load_catalog(catalog_path)
    for brief in briefs:  # without --yes it is a quote, as for one brief
        _check_engines(catalog, brief, quote=not yes)
    shared = catalog.guardrails.budget_usd if budget is None else budget
    store = open_store()
    service = ProductionService(store, catalog)
    found = create_batch(store, f"{len(paths)} briefs", shared)
    for position, (path, text, brief) in enumerate(zip(paths, texts, briefs, strict=True), 1):
        conversation = open_conversation(
            store, model=model, catalog=catalog, tier=brief.tier, budget_usd=shared,
            auto_approve=False, service=service,
        )  # fmt: skip
        reply = asyncio.run(conversation.send(text, _event_printer()))
        if conversation.last_error is not None:
            _fail_turn(conversation)
        if conversation.session_id is None:
            fail(f"{path}: {reply or 'the agent did not start a session'}")
        add_episode(store, found.id, conversation.session_id, position, path)
    if yes:
        signing_identity(store.home)
        _produce_batch(store, service, found.id)
    return _batch_result(store, found.id, as_json, service=service)


def _produce_batch(store: SessionStore, service: ProductionService, batch_id: str) -> None:
    from sessions.batches import batch_summary as progress_of
    from tools.service.batch import produce_batch, waiting_productions

    approvals, refused = waiting_productions(service, batch_id)
    summary = progress_of(store, batch_id)
    assert summary is not None
    names = {
        e.session_id: f"{e.position}/{len(summary.episodes)} {Path(e.brief).stem or e.title}"
        for e in summary.episodes
    }
    if refused and not approvals:  # nothing can go ahead: one line, why (the first is enough)
        fail(next(iter(refused.values())))
    for sid, why in refused.items():
        click.echo(f"[{names.get(sid, sid)}] not approved: {why}", err=True)
    shown = _progress_printer()
    shots = {e.session_id: e.shots for e in summary.episodes}
    clips = dict.fromkeys(shots, 0)

    def progress(session_id: str, event: ProgressEvent) -> None:
        if event.status in ("started",):
            return
        name = names.get(session_id, session_id)
        click.echo(f"[{name}]", err=True, nl=False)
        shown(event)
        if event.status == "accepted" and event.stage == "animate":
            clips[session_id] = clips.get(session_id, 0) + 1
            made = f"{clips[session_id]} of {shots.get(session_id, '?')} clips made"
            click.echo(f"[{name}] {made}", err=True)

    for result in asyncio.run(produce_batch(service, approvals, on_progress=progress)):
        if result.error:
            click.echo(
                f"[{names.get(result.session_id, result.session_id)}] {result.error}", err=True
            )


def _batch_result(
    store: SessionStore, batch_id: str, as_json: bool, *, service: ProductionService | None = None
) -> int:
    from sessions.batches import batch_summary as progress_of

    summary = progress_of(store, batch_id)
    assert summary is not None
    waiting = {
        e.session_id: session_summary(store, e.session_id, calls=False).pending
        for e in summary.episodes
    }
    if as_json:
        click.echo(
            json.dumps(
                {
                    **summary.model_dump(),
                    "pending": {k: [a.model_dump() for a in v] for k, v in waiting.items()},
                },
                indent=2,
            )
        )
    else:
        click.echo(
            f"batch {summary.id}: {len(summary.episodes)} episodes, ${summary.spent_usd:.2f} of "
            f"the shared ${summary.budget_usd:.2f} spent"
        )
        for e in summary.episodes:
            click.echo(
                f"  {e.position}. {e.session_id}  {e.status.replace('_', ' '):<17} "
                f"{e.done}/{e.shots} shots  ${e.cost_usd:.2f}  {e.title}  ({e.brief})"
            )
    if any(waiting.values()):
        first = "Approve"
        if service is not None and not as_json:
            from tools.service.batch import batch_forecast

            for e in summary.episodes:
                _print_pending(waiting[e.session_id], service)
            total = batch_forecast(service, [e.session_id for e in summary.episodes])
            keyed = f", with {in_words(total.keys_to_set)} set" if total.keys_to_set else ""
            click.echo(
                f"The whole batch{keyed}: about ${total.listed_usd:.2f} at list prices; "
                f"{total.words()}."
            )
            if total.keys_to_set:
                first = "Once those keys are set, approve"
        click.echo(
            f"\n{first} and produce them all with: shotcaller batch {summary.id} --yes", err=True
        )
        return EXIT_AWAITING
    finished = all(e.status == "completed" for e in summary.episodes)
    return EXIT_DONE if finished else EXIT_FAILED_SHOTS
