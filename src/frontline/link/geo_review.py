"""Reviewed places a user adds to the gazetteer: the villages, sites and fronts it does not know.

The embedded gazetteer (GeoNames cities500 and the reviewed features) misses most villages; an
analyst who locates one adds it once, with a source, to a user places file (the schema of
data/places/features.yaml), loaded through $FRONTLINE_USER_PLACES. `check_places` validates a
list of entries; `add_place` appends one after checking it; `places_from_csv` reads a CSV of many
(for instance a humanitarian settlement list) into entries.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from frontline.errors import InputError, KnowledgeError

USER_PLACES_ENV = "FRONTLINE_USER_PLACES"  # extra places files (os.pathsep-separated)
REQUIRED = ("id", "name", "feature", "country", "lat", "lon", "source")
CSV_COLUMNS = ("name", "lat", "lon", "country")  # required; aliases, admin1, ... are optional
CHECK_KM = 75.0  # a place farther than this from every known town of its country is suspect


def user_places_paths() -> list[Path]:
    value = os.environ.get(USER_PLACES_ENV, "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def read_places_file(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text("utf-8")) or []
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        raise KnowledgeError(
            f"{path}: not a places file", hint="a YAML list of places, as `gazetteer add` writes"
        )
    return data


def place_entry(
    name: str,
    country: str,
    lat: float,
    lon: float,
    sources: list[str],
    *,
    place_id: str | None = None,
    aliases: list[str] | None = None,
    feature: str = "populated place",
    admin1: str | None = None,
    admin2: str | None = None,
    geo_precision: int = 1,
) -> dict[str, Any]:
    """A place's YAML mapping, as `gazetteer add` writes it."""
    entry: dict[str, Any] = {
        "id": place_id or f"user:{_slug(country)}:{_slug(name)}",
        "name": name,
        "aliases": list(aliases or []),
        "feature": feature,
        "country": country,
        "admin1": admin1,
        "admin2": admin2,
        "lat": lat,
        "lon": lon,
        "geo_precision": geo_precision,
        "source": "; ".join(sources),
    }
    return {k: v for k, v in entry.items() if v not in (None, "", [])}


def check_places(
    entries: Iterable[dict[str, Any]], admin1_by_country: dict[str, set[str]]
) -> list[str]:
    """Problems of a list of place entries: missing fields, coordinates out of range, unknown
    country or admin1 (ACLED spelling), duplicate ids. Empty: the list is sound."""
    problems: list[str] = []
    seen: set[str] = set()
    for item in entries:
        pid = str(item.get("id", "?"))
        missing = [k for k in REQUIRED if item.get(k) in (None, "")]
        if missing:
            problems.append(f"{pid}: lacks {', '.join(missing)}")
            continue
        if pid in seen:
            problems.append(f"{pid}: id used twice")
        seen.add(pid)
        lat, lon = _number(item["lat"]), _number(item["lon"])
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.append(f"{pid}: bad coordinates {item['lat']!r}, {item['lon']!r}")
        country = item["country"]
        if country not in admin1_by_country:
            problems.append(f"{pid}: unknown country {country!r} (use ACLED's country name)")
        elif item.get("admin1") and item["admin1"] not in (
            admin1_by_country[country] or {item["admin1"]}
        ):
            known = ", ".join(sorted(admin1_by_country[country]))
            problems.append(f"{pid}: {item['admin1']!r} is not an admin1 of {country} ({known})")
        if not isinstance(item.get("aliases", []), list):
            problems.append(f"{pid}: aliases must be a list")
    return problems


def nearest_town_warning(
    entry: dict[str, Any], towns: Iterable[tuple[str, float, float]]
) -> str | None:
    """A warning when no known town of the entry's country lies within CHECK_KM: swapped or
    mistyped coordinates, or the wrong country. `towns`: (country, lat, lon) of known towns."""
    lat, lon = float(entry["lat"]), float(entry["lon"])
    best = min(
        (_km(lat, lon, t_lat, t_lon) for c, t_lat, t_lon in towns if c == entry["country"]),
        default=None,
    )
    if best is None or best <= CHECK_KM:
        return None
    return (
        f"{entry['id']}: no known town of {entry['country']} within {CHECK_KM:g} km "
        f"(nearest {best:.0f} km): check the coordinates (lat, lon order) and the country"
    )


def add_place(path: Path, entry: dict[str, Any], admin1_by_country: dict[str, set[str]]) -> None:
    """Append one checked entry to a user places file (created if missing). The whole file must
    still validate with it: a clashing id or a bad field is refused and nothing is written."""
    entries = read_places_file(path)
    problems = check_places([*entries, entry], admin1_by_country)
    if problems:
        raise KnowledgeError(
            "; ".join(problems), hint="fix the entry and run `frontline gazetteer add` again"
        )
    write_places_file(path, [*entries, entry])


def write_places_file(path: Path, entries: list[dict[str, Any]]) -> None:
    head = (
        "# User places, written by `frontline gazetteer`; load with FRONTLINE_USER_PLACES.\n"
        "# Schema of frontline/data/places/features.yaml: every place has a source.\n"
    )
    body = yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=100)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(head + body, "utf-8")
    tmp.replace(path)  # never a half-written file


def places_from_csv(path: Path, default_source: str | None = None) -> list[dict[str, Any]]:
    """Entries from a CSV with columns name, lat, lon, country and optionally aliases ('|'-joined),
    admin1, admin2, feature, id, source (each row, or `default_source` for all)."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(
                f"{path}: missing columns {missing}",
                hint="columns: name, lat, lon, country [, aliases, admin1, admin2, feature, id, source]",
            )
        out = []
        for i, row in enumerate(reader, start=2):
            lat, lon = _number(row["lat"]), _number(row["lon"])
            if lat is None or lon is None:
                raise InputError(f"{path}: row {i}: bad coordinates {row['lat']!r}, {row['lon']!r}")
            source = (row.get("source") or "").strip() or default_source
            if not source:
                raise InputError(f"{path}: row {i} has no source", hint="add --source for all rows")
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            out.append(
                place_entry(
                    row["name"].strip(),
                    row["country"].strip(),
                    lat,
                    lon,
                    [source],
                    place_id=(row.get("id") or "").strip() or None,
                    aliases=aliases,
                    feature=(row.get("feature") or "").strip() or "populated place",
                    admin1=(row.get("admin1") or "").strip() or None,
                    admin2=(row.get("admin2") or "").strip() or None,
                )  # fmt: skip
            )
    return out


def _number(value: Any) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from frontline.link.gazetteer import distance_km

    return distance_km(lat1, lon1, lat2, lon2)
