"""Claims: who says it, and whether a party's figure stays a claim (whole pipeline, own texts)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def main(text: str):
    from frontline import code_article

    return next(e for e in code_article(text, published="2020-05-04") if not e.background)


def test_a_passive_report_has_no_speaker_and_its_toll_counts() -> None:
    event = main(
        "On 4 May 2020, coalition air raids were reported on Abs district, killing four citizens."
    )
    assert event.fatalities == 4
    assert not any(c.claimant_is_party for c in event.claims)


def test_the_agent_of_a_passive_report_is_its_speaker() -> None:
    event = main("On 4 May 2020, clashes in Marib were reported by the monitoring group.")
    assert any("monitoring group" in c.claimant and not c.claimant_is_party for c in event.claims)


def test_a_belligerents_own_figure_stays_a_claim() -> None:
    event = main("On 4 May 2020, the Houthis said they killed 30 soldiers in clashes in Marib.")
    assert any(c.claimant_is_party and c.fatalities == 30 for c in event.claims)
    assert event.fatalities == 0


def test_a_deed_claimed_by_a_group_keeps_the_independent_toll() -> None:
    event = main(
        "On 4 May 2020, a massive bomb blast claimed by the Islamic State killed at least 44 "
        "people in Qamishli."
    )
    assert event.fatalities == 44
