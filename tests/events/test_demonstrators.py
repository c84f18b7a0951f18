"""Generic demonstrators are named for their own nationality, said of them before the protest."""

from __future__ import annotations

import pytest

from frontline.model import Event

pytestmark = pytest.mark.model


def main(text: str) -> Event:
    from frontline import code_article

    return next(e for e in code_article(text, published="2020-05-04") if not e.background)


def test_refugees_protesting_abroad_are_protesters_of_their_own_country() -> None:
    text = "On 4 May 2020, Syrian refugees demonstrated in Tripoli, Lebanon, against evictions."
    assert main(text).actor1 == "Protesters (Syria)"


def test_a_plural_demonym_names_the_demonstrators() -> None:
    text = "On 4 May 2020, Palestinians in the Ain al-Hilweh camp near Sidon protested against aid cuts."
    assert main(text).actor1 == "Protesters (Palestine)"


def test_without_a_nationality_the_protesters_are_of_the_place() -> None:
    text = "On 4 May 2020, residents protested in Tripoli, Lebanon, against power cuts."
    assert main(text).actor1 == "Protesters (Lebanon)"


def test_a_nationality_after_the_trigger_is_the_grievance_not_the_demonstrators() -> None:
    text = "On 4 May 2020, residents protested in Tripoli, Lebanon, against the arrest of Syrian refugees."
    assert main(text).actor1 == "Protesters (Lebanon)"
