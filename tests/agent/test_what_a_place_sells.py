"""What a place sells, and a change that is no product drop: "Make a 15s clip of our tea room: …"
cast coffee as the product, and "…, and drop the tea hut bit" read "drop" as a product drop, so
the dropped tea hut's tea became the product. Found walking the app; briefs written for this
test."""

from __future__ import annotations

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from sessions.models import ShotPlan


def plan(text: str) -> ShotPlan:
    return plan_from_brief(parse_brief(text))


def test_a_tea_room_sells_tea() -> None:
    p = plan("Make a 15s clip of our tea room: a teapot pouring, scones on a plate, the garden")
    assert [(c.name, c.kind) for c in p.cast] == [("tea", "product")]


def test_a_coffee_shop_still_sells_coffee() -> None:
    p = plan("A 15s promo for our coffee shop: beans roasting, a latte poured, the queue at 8am")
    assert [c.name for c in p.cast if c.kind == "product"] == ["coffee"]


def test_dropping_a_bit_is_no_product_drop() -> None:
    p = plan("20 seconds: the tea hut, the bees, the pond, and drop the tea hut bit")
    assert not p.cast, p.cast
    assert not any("product" in s.tags for s in p.shots)


def test_a_sneaker_drop_is_still_an_ad() -> None:
    p = plan("10 second teaser for our sneaker drop: the box opening, the shoe turning on a plinth")
    assert any(c.kind == "product" for c in p.cast), p.cast
