"""The forms set AM found the planner could not read, each in a brief of our own: a chat export
where two people agree the shots, rough lengths as ranges, a checklist whose ticked items are
the shots, a run sheet whose starred lines are, a listing pasted around its one line of shots,
brand rules under their heading, a notes column in a Markdown table, "just the best N" of a
numbered list, a voice memo's false starts, and an age in brackets after a name."""

from __future__ import annotations

from tests.agent.planning import cast, lengths, plan, said


def test_a_chat_export_agreeing_the_shots() -> None:
    p = plan(
        "[03/05/2026, 10:01] Priya: for the bakery reel:\n"
        "[03/05/2026, 10:01] Priya: 1. dough being slapped on the bench, flour flying\n"
        "[03/05/2026, 10:02] Priya: 2. a kid pressing her nose to the window\n"
        "[03/05/2026, 10:02] Priya: 3. loaves coming out of the oven\n"
        "[03/05/2026, 10:03] Priya: 30 secs?\n"
        "[03/05/2026, 10:05] Tom: can we not do the kid, no permission\n"
        "[03/05/2026, 10:06] Tom: and make it 15, it's for stories\n"
        "[03/05/2026, 10:07] Tom: oh and add one of the baker dusting the loaves with flour\n"
        "[03/05/2026, 10:07] Priya: yes! put it after the dough one\n"
        "[03/05/2026, 10:08] Tom: agreed then, sending it over\n"
    )
    assert sum(lengths(p)) == 15
    assert not any("kid" in s or "agreed" in s.lower() for s in said(p))
    assert [s.split()[0].lower() for s in said(p)] == ["dough", "the", "loaves"]


def test_rough_lengths_as_ranges_are_their_middles() -> None:
    p = plan(
        "lengths are rough:\n- the kettle boiling (3-4s)\n- tea poured into a mug (2-3s)\n"
        "- Gran (80s, pink cardigan) taking the first sip (4-5s)\n"
    )
    assert lengths(p) == [3.5, 2.5, 4.5]
    assert not any("(" in s.split()[-1] for s in said(p))


def test_only_the_ticked_items_of_a_checklist_are_shots() -> None:
    p = plan(
        "Ticked items are the shots we agreed; unticked ones are out. 20 seconds.\n"
        "Checklist - Shots\n[x] The ferry leaving the harbour\n[ ] Gulls over the stern\n"
        "[x] The captain at the wheel\n[x] The island coming into view\n"
        "Checklist - Admin\n[x] Book the drone pilot\n[ ] Music licence\n"
    )
    assert len(p.shots) == 3
    words = " ".join(said(p)).lower()
    assert "gulls" not in words and "drone pilot" not in words and "licence" not in words


def test_the_starred_lines_of_a_run_sheet_are_the_shots() -> None:
    p = plan(
        "Our run sheet, I've starred the bits to film. 30 seconds.\n\n"
        "7:00pm   Doors open\n7:30pm * The band's first song, the crowd jumping\n"
        "8:15pm   Raffle\n9:00pm * The cake cut by the oldest member\n"
        "10:30pm * Fireworks over the clubhouse\n"
    )
    assert len(p.shots) == 3
    assert not any(s.lower().startswith(("pm", "doors", "raffle")) for s in said(p))


def test_a_listing_around_its_line_of_shots() -> None:
    p = plan(
        "From our listing - the shots we want are on the VIDEO: line. 30 seconds, landscape.\n\n"
        "FOR SALE - 'Kestrel' narrowboat, 57ft, £68,000\n"
        "Saloon: 4.2m with a multifuel stove.\nGalley: 2.1m, oven and fridge.\n\n"
        "VIDEO: the boat moored at dawn / the stove lit / the view from the tiller / "
        'end on "Kestrel - for sale"\n'
    )
    assert len(p.shots) == 4
    assert not any("4.2m" in s or "£" in s or "FOR SALE" in s for s in said(p))


def test_brand_rules_under_their_heading_are_no_shots() -> None:
    p = plan(
        "Recap film, 20 seconds, 16:9.\n"
        "Content:\n- Staff planting trees in the park\n- A child watering a sapling\n"
        '- End frame: "Thank you, volunteers"\n\n'
        "Brand guidelines (please follow):\n- Typeface: Gotham for headings\n"
        "- Logo: clear space of 1x the height of the 'H'; never on a busy background\n"
    )
    assert len(p.shots) == 3
    assert not any("Gotham" in s or "clear space" in s for s in said(p))


def test_a_markdown_tables_notes_column() -> None:
    p = plan(
        "| # | Shot | Secs | Notes |\n|---|---|---|---|\n"
        "| 1 | The kiln door opening, heat shimmering | 4 | HERO SHOT |\n"
        "| 2 | Hands lifting out a glazed bowl | 3 | parent OK'd |\n"
        "| 3 | The bowl on the shelf, window light | 3 | |\n"
    )
    assert lengths(p) == [4, 3, 3]
    assert not any("HERO" in s or "OK'd" in s for s in said(p))


def test_just_the_best_few_of_a_numbered_list_keep_the_one_asked_for() -> None:
    p = plan(
        "Loads of ideas:\n1. The lifeboat launching down the slipway\n2. The crew pulling on"
        " their kit\n3. Spray over the bow\n4. The coxswain at the wheel\n5. A rescue at dusk"
        "\n6. The crew back at the station with tea\n\nJust the best 3 please - but number 6 "
        "has to be in. 15 seconds."
    )
    assert len(p.shots) == 3
    assert "tea" in said(p)[-1] and not any("has to be in" in s for s in said(p))


def test_a_voice_memos_false_starts() -> None:
    p = plan(
        "So, um, fifteen seconds. First the allotment gate. Then me digging - no, hang on, "
        "before that, me unlocking the shed. Then my mate Dave - no, not Dave, he's away, "
        "it'll be Jim - Jim pushing the barrow."
    )
    words = " ".join(said(p))
    assert "unlocking the shed" in words and "Jim pushing the barrow" in words
    assert "Dave" not in words and "hang on" not in words


def test_an_age_in_brackets_after_a_name_is_no_length() -> None:
    p = plan("A 12 second clip. Chef Rosa (60s, white apron) tasting the sauce. Rosa smiling.")
    assert sum(lengths(p)) == 12 and "Rosa" in cast(p)
