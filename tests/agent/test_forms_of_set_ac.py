"""What held-out set AC (everyday briefs) found, each with briefs written for this test: the
video asked for in a question is no shot, a change of mind about the frame said as "scrap that",
pictures typed between spaced slashes, and a take carried on "again"."""

from __future__ import annotations

from tests.agent.planning import plan


def test_the_clip_a_question_asks_for_is_the_video_not_a_shot() -> None:
    p = plan(
        "Could you make us a claymation style clip for our toy shop, Tin Drum? 12 seconds. "
        "A wind-up robot waddling across a shelf, a teddy tumbling off a stool."
    )
    said = [s.description for s in p.shots]
    assert len(said) == 2 and said[0].startswith("A wind-up robot"), said
    assert not any("Tin Drum" in s or "clip" in s for s in said), said
    assert "claymation" in p.style and all("stylized" in s.tags for s in p.shots)


def test_a_clip_of_something_asked_for_is_that_something() -> None:
    p = plan("Could you make a clip of a heron landing on a jetty? 8 seconds.")
    assert p.shots[0].description.startswith("A heron landing"), p.shots[0].description


def test_scrap_that_changes_the_frame() -> None:
    p = plan(
        "a 15s promo. landscape for youtube... actually scrap that, make it vertical instead. "
        "a climber topping out on a boulder at sunset."
    )
    assert p.aspect_ratio == "9:16"


def test_an_estate_agents_slashes_stay_as_written() -> None:
    p = plan("10 seconds. The front of the house at dusk, 3 bed / 2 bath / garden on a card.")
    assert len(p.shots) == 1, [s.description for s in p.shots]


def test_a_take_carried_on_again_keeps_its_picture_and_chains() -> None:
    p = plan(
        "Shot 1: A brush pulling a curve on the window glass.\n"
        "Shot 2: Same shot continuing - she lays gold leaf over the curve.\n"
        "Shot 3: Same shot continuing again - she burnishes it and the letter flashes."
    )
    last = p.shots[-1]
    assert len(p.shots) == 3 and last.description.startswith("She burnishes"), last
    assert last.chain_from == p.shots[1].id


def test_a_drop_said_after_a_comma_drops_the_shot() -> None:
    """Set AD's allotment: "actually make it 20 seconds, …, and drop the tea hut bit" planned
    the drop as a shot and kept the tea hut."""
    p = plan(
        "maybe 30 seconds? the harbour wall at dawn, then a fisherman mending nets, and the "
        "fish market with everyone shouting. actually make it 15 seconds, and drop the fish "
        "market bit. oh and landscape not portrait."
    )
    said = " | ".join(s.description for s in p.shots)
    assert "market" not in said and "Drop" not in said and "portrait" not in said, said
    assert p.total_duration_s == 15 and p.aspect_ratio == "16:9"


def test_the_frame_said_in_german_is_no_shot() -> None:
    p = plan("Ein Video von 10 Sekunden. Ein Bäcker formt Brezeln. Querformat, bitte.")
    assert not any("Querformat" in s.description for s in p.shots)


def test_what_a_formal_letter_thinks_the_film_might_show_are_its_shots() -> None:
    """Set AC's tenants' email: "We thought it might show <pictures>" was read as the writer's
    talk, and the card asked for last ("could it please say …") as a line someone says."""
    p = plan(
        "Dear Sir or Madam,\n\nWe would like a short film, roughly 20 seconds. We thought it "
        "might show the village hall from across the green, then volunteers stacking chairs, "
        'and the choir rehearsing. At the end, could it please say "Open Evening - Friday 7pm".'
        "\n\nYours faithfully,\nMargaret Bell"
    )
    said = [s.description for s in p.shots]
    assert len(said) == 4 and said[0].startswith("The village hall"), said
    assert said[-1] == 'A card reading "Open Evening - Friday 7pm"', said
    assert "typography" in p.shots[-1].tags and "dialogue" not in p.shots[-1].tags


def test_what_a_polite_email_imagines_are_its_shots_and_its_look() -> None:
    """Set AD's ceramicist: "I imagine my hands centring…" was dropped as talk, leaving her
    signature as the shots; "warm, earthy tones" kept only "warm"."""
    p = plan(
        "Dear team,\n\nI am a glassblower and would love a short film for my website, around 15 "
        "seconds. I imagine the furnace door opening, my hands turning a glowing gather on the "
        "pipe, and a finished vase cooling on a shelf. I'd prefer earthy tones.\n\n"
        "Kind regards,\nRuth Amsel\nAmsel Glass"
    )
    said = [s.description for s in p.shots]
    assert len(said) == 3 and said[0].startswith("The furnace door"), said
    assert not any("Amsel" in s for s in said), said
    assert "earthy" in p.style


def test_a_look_said_in_the_line_about_the_film_is_the_style() -> None:
    p = plan(
        "We'd love a 20 sec film that looks like an old newsreel. A baker sliding loaves into "
        "the oven. A queue outside the shop."
    )
    assert "newsreel" in p.style
