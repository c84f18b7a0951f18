"""Country table for actors: ACLED country names, ISO codes and demonyms (data/actors/countries.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from frontline.errors import KnowledgeError
from frontline.link import geo_data

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # ACLED spelling
    iso: int  # ISO 3166-1 numeric, as in ACLED exports
    iso3: str
    demonyms: tuple[str, ...]
    state_period: str = ""  # "2019-": the regime period in ACLED's state actor names, when known
    state_name: str = ""  # the country as those names write it ("the Philippines")


@cache
def countries() -> dict[str, Country]:
    """ACLED country name -> Country."""
    text = (DATA_DIR / "countries.yaml").read_text("utf-8")
    out: dict[str, Country] = {}
    for row in yaml.load(text, Loader=yaml.CSafeLoader) or []:
        try:
            period = row.get("state_period")
            country = Country(
                row["name"], int(row["iso"]), row["iso3"], tuple(row["demonyms"]),
                state_period=f"{int(period)}-" if period else "",
                state_name=str(row.get("state_name") or ""),
            )  # fmt: skip
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


@cache
def _outlet_table() -> dict[str, str]:
    """Outlet name or alias (case-folded) -> country (data/actors/outlets.yaml)."""
    text = (DATA_DIR / "outlets.yaml").read_text("utf-8")
    table: dict[str, str] = {}
    for row in yaml.load(text, Loader=yaml.CSafeLoader) or []:
        try:
            name, country, aliases = row["name"], row["country"], row.get("aliases") or []
            if not row.get("source") or country not in countries():
                raise ValueError("needs a source and an ACLED country name")
        except (KeyError, TypeError, ValueError) as exc:
            raise KnowledgeError(f"outlets.yaml: bad row {row!r}: {exc}") from exc
        for form in (name, *aliases):
            table[form.casefold()] = country
    return table


def country_of_outlets(source: str | None) -> str | None:
    """The home country of the outlets in an article's source ("El Nashra; An-Nahar" ->
    'Lebanon'); None when no listed outlet is named or the named ones disagree."""
    table = _outlet_table()
    found = {table[part.strip().casefold()] for part in re.split(r"[;,]", source or "") if part.strip()
             if part.strip().casefold() in table}  # fmt: skip
    return found.pop() if len(found) == 1 else None


@cache
def _country_terms() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)"), country)
        for country, terms in geo_data.read_country_terms().items()
    )


def countries_of_terms(text: str) -> list[str]:
    """Countries named by a word only they use ("Barangay" -> Philippines), once per word."""
    return [country for pattern, country in _country_terms() for _ in pattern.finditer(text)]
