"""The audit on a screen (ctrl+p → Audit): what an acceptable deliverable cost per engine, tier
and tag across every session, per month, predicted against spent — and the chart beside it.

The same figures as `shotcaller report` (sessions.report.audit_report); the chart is drawn by
tools.service.report.render_chart into the data home, and shown as a picture where the terminal
can draw one (its path otherwise)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from sessions.report import AuditReport, audit_report
from sessions.store import SessionStore
from tools.service.report import render_chart
from tui.settings import ChatSettings
from tui.widgets.picture import Picture


class AuditScreen(Screen[None]):
    BINDINGS = [Binding("escape,q", "close", "Back")]
    DEFAULT_CSS = """
    AuditScreen #audit-body { padding: 0 1; }
    AuditScreen .heading { text-style: bold; margin: 1 0 0 0; color: $accent; }
    AuditScreen DataTable { height: auto; max-height: 14; }
    """

    def __init__(self, store: SessionStore, settings: ChatSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.report: AuditReport = audit_report(store)
        self.chart = render_chart(self.report, store.home / "reports" / "audit.png")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="audit-body"):
            yield Static(self._headline(), id="audit-headline", markup=False)
            yield Static("Per engine", classes="heading")
            yield DataTable(id="audit-engines", zebra_stripes=True)
            yield Static("Per month", classes="heading")
            yield DataTable(id="audit-months", zebra_stripes=True)
            yield Static("Chart", classes="heading")
            yield Picture(
                self.chart,
                mode=self.settings.pictures,
                words="[chart] what an acceptable deliverable cost, per engine and tier; spend per month",
                caption=str(self.chart),
            )
        yield Footer()

    def on_mount(self) -> None:
        self.title, self.sub_title = "shotcaller", "audit"
        engines = self.query_one("#audit-engines", DataTable)
        engines.add_columns(
            "engine", "tier", "calls", "accepted", "redone", "failovers", "refusals",
            "wait s", "spend", "$ / acceptable",
        )  # fmt: skip
        for r in self.report.engines:
            engines.add_row(
                r.engine,
                r.tier,
                str(r.attempts),
                f"{r.acceptance_rate:.0%}",
                f"{r.regeneration_rate:.0%}",
                str(r.failovers),
                str(r.refusals),
                f"{r.mean_wait_s:.1f}" if r.mean_wait_s is not None else "—",
                f"${r.spend_usd:.2f}",
                _usd(r.cost_per_acceptable_usd),
            )
        months = self.query_one("#audit-months", DataTable)
        months.add_columns(
            "month", "engine", "tier", "calls", "accepted", "spend", "$ / acceptable"
        )
        for m in self.report.months:
            months.add_row(
                m.month,
                m.engine,
                m.tier,
                str(m.attempts),
                f"{m.acceptance_rate:.0%}",
                f"${m.spend_usd:.2f}",
                _usd(m.cost_per_acceptable_usd),
            )

    def _headline(self) -> str:
        r = self.report
        if not r.attempts:
            return "Nothing produced yet: the audit fills in as sessions call engines."
        done = [f for f in r.forecasts if f.actual_usd is not None]
        predicted = sum(f.expected_usd for f in done)
        spent = sum(f.actual_usd or 0.0 for f in done)
        against = f" Approvals predicted ${predicted:.2f} and spent ${spent:.2f}." if done else ""
        return (
            f"{r.sessions} sessions, {r.attempts} engine calls, {r.accepted} accepted, "
            f"${r.spend_usd:.2f} spent, {_usd(r.cost_per_acceptable_usd)} per acceptable "
            f"deliverable.{against}\nChart: {self.chart}  (shotcaller report --csv for a sheet)"
        )

    def action_close(self) -> None:
        self.dismiss(None)


def _usd(value: float | None) -> str:
    return f"${value:.3f}" if value is not None else "—"
