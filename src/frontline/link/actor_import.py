"""Importers that turn other actor lists into `Actor` records for review and merging.

PETRARCH/Phoenix actor dictionaries look like::

    BASHAR_AL-ASSAD_  [SYRGOV 000717-]   # comment
    +ASSAD_
    +BASHAR_ASSAD_
    [SYRMIL 940101-000716]

A primary phrase (words joined by "_"), "+" synonym lines, and dated CAMEO codes in brackets
(`yymmdd-yymmdd`, open ends allowed, or `>yymmdd` / `<yymmdd` for after / before).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from frontline.errors import InputError
from frontline.link.actor_countries import countries, country_by_iso3
from frontline.link.actor_model import Actor, NamePeriod, Span, slug

_CODE = re.compile(r"\[([A-Z0-9]+)(?:\s+([<>]?\d{6})?(?:-(\d{6})?)?)?\s*\]")
# CAMEO sector (characters 4-6 of a code) -> ACLED inter, where the mapping is unambiguous.
_SECTOR_INTER = {"MIL": 1, "GOV": 1, "COP": 1, "SPY": 1, "REB": 2, "INS": 2, "UAF": 3, "OPP": 3,
                 "CVL": 7, "REF": 7, "MED": 7, "EDU": 7, "LAB": 6}  # fmt: skip
_KIND_INTER = {"state": 1, "rebel": 2, "militia": 3, "political militia": 3, "identity": 4,
               "identity militia": 4, "rioters": 5, "protesters": 6, "civilians": 7, "external": 8}  # fmt: skip


def _yymmdd(text: str) -> dt.date:
    year = int(text[:2])
    return dt.date(2000 + year if year < 50 else 1900 + year, int(text[2:4]), int(text[4:6]))


def _span(match: re.Match[str]) -> Span:
    code, first, last = match.group(1), match.group(2), match.group(3)
    start = end = None
    if first and first.startswith("<"):
        end = _yymmdd(first[1:])
    elif first:
        start = _yymmdd(first.lstrip(">"))
    if last:
        end = _yymmdd(last)
    return Span(code, start, end)


def _phrase(token: str) -> str:
    """'BASHAR_AL-ASSAD_' -> 'Bashar Al-Assad' (dictionaries are upper case)."""
    words = token.strip("_").split("_")
    return " ".join(
        "-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w for w in words
    )


def _petrarch_actor(primary: str, synonyms: list[str], codes: list[Span], source: str) -> Actor:
    country = next((c for c in (country_by_iso3(s.id[:3]) for s in codes) if c), None)
    inter = next((_SECTOR_INTER[s.id[3:6]] for s in codes if s.id[3:6] in _SECTOR_INTER), 0)
    name = _phrase(primary)
    return Actor(
        id=f"petrarch:{slug(name)}",
        names=[NamePeriod(name)],
        aliases=[_phrase(s) for s in synonyms],
        inter=inter,
        country=country,
        kind="imported",
        codes=codes,
        sources=[source],
        origin="import",
    )


def import_petrarch(path: Path) -> list[Actor]:
    """Read a PETRARCH/Phoenix actor dictionary."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such dictionary: {path}")
    actors: list[Actor] = []
    entry: tuple[str, list[str], list[Span]] | None = None
    source = f"PETRARCH dictionary {path.name}"
    for lineno, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        codes = [_span(m) for m in _CODE.finditer(line)]
        head = _CODE.sub("", line).strip()
        if line.startswith("+"):
            if entry is None:
                raise InputError(f"{path.name}:{lineno}: synonym before any actor")
            entry[1].append(head[1:])
            entry[2].extend(codes)
        elif line.startswith("["):
            if entry is None:
                raise InputError(f"{path.name}:{lineno}: code before any actor")
            entry[2].extend(codes)
        else:
            if entry:
                actors.append(_petrarch_actor(*entry, source))
            entry = (head, [], codes)
    if entry:
        actors.append(_petrarch_actor(*entry, source))
    return actors


def _date(text: str, where: str) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{where}: bad date {text!r}", hint="use YYYY-MM-DD") from exc


def import_csv(path: Path) -> list[Actor]:
    """Read a CSV with columns name, aliases ("; "-separated), type (inter code or kind), country,
    start, end."""
    path = Path(path)
    known = countries()
    actors = []
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, row in enumerate(csv.DictReader(handle), 2):
            where = f"{path.name}:{lineno}"
            name = (row.get("name") or "").strip()
            if not name:
                raise InputError(f"{where}: empty name")
            kind = (row.get("type") or "").strip().lower()
            inter = int(kind) if kind.isdigit() else _KIND_INTER.get(kind, 0)
            country = (row.get("country") or "").strip() or None
            if country and country not in known:
                raise InputError(f"{where}: unknown country {country!r}", hint="use ACLED names")
            period = NamePeriod(
                name, _date(row.get("start", ""), where), _date(row.get("end", ""), where)
            )
            aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
            actors.append(
                Actor(
                    id=f"csv:{slug(name)}",
                    names=[period],
                    aliases=aliases,
                    inter=inter,
                    country=country,
                    kind=kind if not kind.isdigit() else "imported",
                    sources=[f"CSV import {path.name}"],
                    origin="import",
                )
            )
    return actors
