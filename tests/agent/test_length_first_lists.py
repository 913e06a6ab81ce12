"""A shot list that says each shot's length before its picture ("1) 5s – drone shot …"), as set
AF's tree surgeon wrote it: the first "5s" had been the whole film's length, the lines after it
one shot beginning "4s -", and the last two lines lost. Briefs written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.agent.conftest import planned_by_the_cli
from tests.agent.planning import plan

GARDEN = (
    "Video for our website, widescreen\n"
    "1) 5s – drone shot over the walled garden\n"
    "2) 3s – Amira pruning the roses\n"
    "3) 4s – continues from 2, the cut stems dropping into her basket\n"
    '4) 4s – the gate at dusk, our logo and "Open Sundays"'
)


@pytest.mark.parametrize("label", ["1)", "1.", "-", "•"])
def test_each_line_keeps_its_length_and_its_picture(label: str) -> None:
    brief = "\n".join(
        [
            "Clip for the farm shop",
            f"{label} 4s - hens scratching in the yard",
            f"{label.replace('1', '2')} 3 sec: eggs in a straw nest",
            f"{label.replace('1', '3')} 5 seconds – a boiled egg cracked open on toast",
        ]
    )
    p = plan(brief)
    assert [s.duration_s for s in p.shots] == [4, 3, 5], [s.description for s in p.shots]
    assert [s.description.split()[0] for s in p.shots] == ["Hens", "Eggs", "A"]
    assert p.total_duration_s == 12


def test_continues_from_a_shot_number_chains_it_and_is_not_said_in_the_shot() -> None:
    p = plan(GARDEN)
    assert len(p.shots) == 4 and p.total_duration_s == 16
    stems = p.shots[2]
    assert stems.chain_from == p.shots[1].id, stems
    assert "continues" not in stems.description.lower(), stems.description


def test_the_cli_reads_the_lengths(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = planned_by_the_cli(GARDEN, tmp_path, capsys)
    assert [s["duration_s"] for s in summary["shots"]] == [5, 3, 4, 4]
