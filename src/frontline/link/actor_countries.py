"""Country table for actors: ACLED country names, ISO codes and demonyms (data/actors/countries.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from frontline.errors import KnowledgeError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # ACLED spelling
    iso: int  # ISO 3166-1 numeric, as in ACLED exports
    iso3: str
    demonyms: tuple[str, ...]


@cache
def countries() -> dict[str, Country]:
    """ACLED country name -> Country."""
    text = (DATA_DIR / "countries.yaml").read_text("utf-8")
    out: dict[str, Country] = {}
    for row in yaml.load(text, Loader=yaml.CSafeLoader) or []:
        try:
            country = Country(row["name"], int(row["iso"]), row["iso3"], tuple(row["demonyms"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeError(f"countries.yaml: bad row {row!r}") from exc
        out[country.name] = country
    return out


@cache
def _demonym_table() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for country in countries().values():
        for form in country.demonyms:
            # All-capital forms ("US", "UAE") only match as written.
            (exact if form.isupper() or "." in form else folded)[
                form if form.isupper() or "." in form else form.lower()
            ] = country.name
    return exact, folded


def country_of_demonym(word: str) -> str | None:
    """'Syrian' -> 'Syria', 'US' -> 'United States', 'us' -> None."""
    exact, folded = _demonym_table()
    word = word.strip()
    return exact.get(word) or folded.get(word.lower())


def country_by_iso3(code: str) -> str | None:
    for country in countries().values():
        if country.iso3 == code.upper():
            return country.name
    return None
