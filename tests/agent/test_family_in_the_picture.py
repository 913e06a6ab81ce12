"""Family a person names as theirs, and a cut said after a comma: "my nan icing a cake, cut to
the bit where she laughs, then the candles" left the nan out of the cast (where "my mum" was in
it), planned "The bit where she laughs" as a shot's words, and the rule that reads "…, drop the
tea hut bit" as a change could have read "cut to the bit" as one. Briefs written for this test."""

from __future__ import annotations

import pytest

from tests.agent.planning import plan


@pytest.mark.parametrize("kin", ["nan", "gran", "wife", "aunt", "girlfriend"])
def test_my_family_member_is_in_the_cast(kin: str) -> None:
    p = plan(f"12 seconds: my {kin} icing a cake, then she blows out the candles")
    assert [c.name for c in p.cast] == [f"the {kin}"]
    assert all("character" in s.tags for s in p.shots)


def test_cut_to_the_bit_where_is_a_cut_and_its_moment_the_picture() -> None:
    p = plan(
        "A 15 second clip: my nan icing a cake, cut to the bit where she laughs, then the candles"
    )
    said = [s.description for s in p.shots]
    assert len(said) == 3 and said[1] == "She laughs", said


def test_a_drop_after_a_comma_still_drops() -> None:
    p = plan("20 seconds: the tea hut, the bees, the pond, and drop the tea hut bit")
    said = " | ".join(s.description for s in p.shots)
    assert "tea hut" not in said and len(p.shots) == 2, said


def test_the_nephew_who_made_the_voiceover_is_no_picture() -> None:
    p = plan(
        "30 seconds for our garden centre. My nephew has already recorded the voiceover. "
        "Roses in the rain, a robin on a spade, the tills at opening time."
    )
    said = " | ".join(s.description for s in p.shots)
    assert "nephew" not in said.lower() and len(p.shots) >= 3, said
