"""A tier's price before its keys are bought: work no engine here can make only for want of keys
is priced as if they were set (`Estimate.if_keyed`), naming the keys that price needs — and is
never a way to spend (the estimate still says the work is impossible here)."""

from __future__ import annotations

from sessions.models import Shot, ShotPlan, WorkItem
from tools.catalog import load_catalog
from tools.engines.base import unavailable_reason
from tools.service.estimate import estimate_work


def plan() -> ShotPlan:
    shots = [
        Shot(id=f"S0{n}", description=d, duration_s=5, framing="wide", camera="static", seed=n)
        for n, d in ((1, "A harbour at dawn"), (2, "A deckhand hauls crates of ice"))
    ]
    return ShotPlan(title="Harbour", aspect_ratio="16:9", shots=shots)


def work() -> list[WorkItem]:
    return [
        WorkItem(shot_id=s, tool=t, why="missing")  # type: ignore[arg-type]
        for s in ("S01", "S02")
        for t in ("generate_keyframe", "animate")
    ]


def test_delivery_without_keys_is_impossible_here_and_priced_as_if_keyed() -> None:
    catalog = load_catalog(None)
    quote = estimate_work(catalog, plan(), work(), "delivery", {})
    assert len(quote.impossible) == 4 and quote.usd == 0  # nothing can be made (or spent) here
    keyed = quote.if_keyed
    assert keyed is not None and not keyed.impossible
    assert keyed.usd > 0 and keyed.worst_usd >= keyed.usd
    assert {i.tool for i in keyed.items} == {"generate_keyframe", "animate"}
    # the keys named are exactly those of the engines the price was made on
    needed = {
        str(unavailable_reason(catalog.engine(i.engine), {})).removesuffix(" is not set")
        for i in keyed.items
    }
    assert keyed.keys_to_set == sorted(needed)
    assert set(keyed.keys_to_set) <= set(quote.keys_to_set)
    # a retired engine is never quoted: only a missing key is assumed away
    assert not any(catalog.engine(i.engine).retired for i in keyed.items)


def test_work_that_can_be_made_here_has_no_keyed_quote() -> None:
    quote = estimate_work(load_catalog(None), plan(), work(), "draft", {})
    assert not quote.impossible and quote.if_keyed is None


def test_a_reason_says_which_key_it_waits_for() -> None:
    """One reading of "… is not set" for the estimate and the CLI (three copies before)."""
    from tools.engines.base import key_availability, missing_key

    assert missing_key(key_availability("FAL_KEY", {}) or "") == "FAL_KEY"
    assert missing_key("uploads for luma: FAL_KEY is not set") == "FAL_KEY"
    assert missing_key("retired: replaced by gen-4.5") is None
    assert missing_key("no adapter installed for provider 'acme'") is None
