"""What a place sells, and a change that is no product drop: "Make a 15s clip of our tea room: …"
cast coffee as the product, and "…, and drop the tea hut bit" read "drop" as a product drop, so
the dropped tea hut's tea became the product. Found walking the app; briefs written for this
test."""

from __future__ import annotations

from tests.agent.planning import plan


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


def test_a_butcher_sells_the_meat_shown() -> None:
    p = plan(
        "Family butchers since 1972, we want a 20 second clip: bacon sizzling in a pan, "
        "the counter at opening time, pork chops wrapped in paper."
    )
    tagged = [s.description for s in p.shots if "product" in s.tags]
    assert any("bacon" in d.lower() for d in tagged) and any("chops" in d for d in tagged), tagged


def test_a_chip_shop_sells_its_chips() -> None:
    p = plan(
        "Video for our chippy's window screen, 12 seconds: chips shaken in the basket, "
        "the queue on a Friday night"
    )
    assert "product" in p.shots[0].tags
    assert not any(c.name == "screen" for c in p.cast), p.cast


def test_a_maker_who_says_what_she_is_sells_what_she_makes() -> None:
    p = plan(
        "Hello! I'm a potter in the Peak District and would love a 20 second film: my hands "
        "throwing a jug, a shelf of finished vases drying, the kiln door opening."
    )
    tagged = [s.description for s in p.shots if "product" in s.tags]
    assert any("vases" in d for d in tagged), tagged


def test_a_look_beside_a_line_about_the_film_is_kept() -> None:
    p = plan(
        "Family bakers since 1931 - we'd love a 20 sec film that looks like an old home movie, "
        "black and white, grainy. A loaf coming out of the oven. Flour on the counter."
    )
    assert "black and white" in p.style, p.style
