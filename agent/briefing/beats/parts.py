"""What splitting a brief hands back: its beats, one per thing to see in story order, and
the `Split` that holds them with the meta text, the loglines, the atmosphere and the recurring
subjects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.briefing.beats.loglines import Logline

# --- beats ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Beat:
    text: str  # the shot's description, as written (connectors and meta asides removed)
    setting: str = ""  # "interior kitchen dusk", from a slugline
    seconds: float | None = None  # a length the brief gives this beat ("Shot 2 (4s): …")
    item: bool = False  # a list item: one shot, never merged away
    end: bool = False  # "end on …", "Final shot: …"
    continuing: bool = False  # "then, continuing, she …": the action carries over the cut
    jump: bool = False  # "cut to", "later", a flashback: never chained
    label: str = ""  # "title card", "interview", "close-up" (kept in the text too)
    single: bool = False  # one continuous move ("slow pan across…"): never cut into angles
    asides: tuple[str, ...] = ()  # meta fragments written with the beat: "macro", "8 seconds"


@dataclass
class Split:
    meta: list[str] = field(default_factory=list)
    beats: list[Beat] = field(default_factory=list)
    loglines: list[Logline] = field(default_factory=list)
    atmosphere: list[str] = field(default_factory=list)  # "Rain." "Night." on their own
    subjects: list[str] = field(default_factory=list)  # "Two friends on a road trip, 25 sec: …"
    foreign: bool = False  # not English: its grammar is not read, a comma list is pictures
