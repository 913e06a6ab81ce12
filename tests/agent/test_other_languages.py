"""Briefs in languages the offline planner has no picture vocabulary for (Danish, Croatian,
Polish, Indonesian): it still reads their length, leaves their words as written, and takes a
listed shot list as the shots. Briefs written for this test (set T found the failures)."""

from __future__ import annotations

import pytest

from agent.brief import parse_brief
from agent.briefing.text import normalise
from agent.planner import plan_from_brief


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            "Vi vil gerne have en film til butikken. Den skal vare 24 sekunder. Bageren tager brødet ud af ovnen.",
            24,
        ),
        ("Vi vill ha en film på 15 sekunder. Baristan häller kaffe i en kopp.", 15),
        ("Trebamo video za Instagram, oko 20 sekundi. Pčele lete iznad polja lavande.", 20),
        ("Potrzebujemy filmu, 45 sekund. Babcia lepi pierogi.", 45),
        ("Kami mau video untuk Instagram, kira-kira 30 detik. Ibu Sri melukis malam di kain.", 30),
        # Languages the offline planner reads only the length of (it says so in its note)
        ("Volem un vídeo per a les xarxes, uns 30 segons. La plaça plena de gent.", 30),
        ("Vrem un clip de 20 de secunde pentru Facebook. Bunica pictează ouă.", 20),
        ("Tarvitsisimme 45 sekunnin videon nettisivuille. Poro vetää rekeä.", 45),
        ("Ons wil 'n advertensie van 30 sekondes hê. Die padstal langs die pad.", 30),
        ("Egy 25 másodperces videót szeretnénk. A pék kenyeret süt.", 25),
        ("Instagram için 15 saniyelik bir video istiyoruz. Fırıncı ekmek pişiriyor.", 15),
    ],
)
def test_the_length_is_read_in_more_languages(text: str, seconds: float) -> None:
    assert parse_brief(text).duration_s == seconds


def test_their_units_are_no_lengths_in_english() -> None:
    # Units added for other languages never read an English brief's "50p" or "12mp" as time
    text = "A 10 second clip: a 50p coin spins on a 12mp phone screen, two plans on the desk."
    assert parse_brief(text).duration_s == 10


def test_english_chat_shorthand_leaves_other_languages_alone() -> None:
    """ "u" is Croatian "in" and "er" Danish "is": read as "you" and a filler, they were
    rewritten ("you slamnatom šeširu", "Vi Bageriet")."""
    assert "u slamnatom šeširu" in normalise("Baka Ankica reže lavandu srpom, u slamnatom šeširu.")
    assert "Vi er Bageriet" in normalise("Vi er Bageriet Kornblomst i Aarhus, og vi vil gerne.")
    assert "can you make" in normalise("hey can u make a vid of my dog")  # English still is


def test_a_listed_shot_list_is_the_shots_of_a_brief_in_another_language() -> None:
    """The greeting, the intro, the note on music and the signature around the list are no
    shots; an abbreviation ("Kl. 4") does not end the item; the card at the end stays."""
    brief = (
        "Pozdrav! Mi smo obiteljsko imanje na Hvaru. Trebamo kratki video, oko 20 sekundi.\n"
        "Kadrovi:\n"
        "1. Kl. 4 ujutro: polja lavande na terasama iznad mora.\n"
        "2. Baka reže lavandu srpom, u slamnatom šeširu.\n"
        "3. Para izlazi iz starog bakrenog kotla.\n"
        "4. Na kraju natpis: „Lavanda - od 1968.“\n"
        "Glazba neka bude lagana, ali to ćemo dodati sami.\n"
        "Hvala, Marija"
    )
    plan = plan_from_brief(parse_brief(brief))
    said = [s.description for s in plan.shots]
    assert len(said) == 4, said
    assert said[0].startswith("Kl. 4 ujutro") and "u slamnatom" in said[1], said
    assert "typography" in plan.shots[-1].tags
    assert sum(s.duration_s for s in plan.shots) == 20
    # (Croatian: neither English nor a language whose words it knows, and the note says so)
    assert "a language the offline planner does not read" in plan.note


def test_a_greeting_in_another_language_is_no_shot() -> None:
    plan = plan_from_brief(
        parse_brief("Halo kak! A 10 second reel. Hot wax drawn onto cotton. Cloth drying.")
    )
    assert not any("Halo" in s.description for s in plan.shots)


@pytest.mark.parametrize(
    "text",
    [
        # Finnish: no word of it is English, and none of the known languages' small words
        "Hei! Tarvitsemme 20 sekunnin videon leipomostamme. Ensin uuni aamulla, sitten "
        "leipuri leikkaa taikinaa, lopuksi tuoreet leivät hyllyllä ja logo. Kiitos paljon, "
        "terveisin Maija ja koko leipomon väki",
        # Romanian: a few small words shared with Dutch ("de", "in") are not Dutch
        "Bună ziua! Vrem un clip de 20 de secunde pentru brutăria noastră din Iași: cuptorul "
        "dimineața, brutarul care frământă aluatul, pâinea caldă pe raft și logo-ul la final. "
        "Mulțumim frumos, cu drag, Ana de la brutărie",
    ],
)
def test_a_language_it_does_not_read_is_named_as_such(text: str) -> None:
    plan = plan_from_brief(parse_brief(text))
    assert "a language the offline planner does not read" in plan.note, plan.note
    assert "reads as Dutch" not in plan.note and plan.shots
