"""Fetch GeoNames country dumps (CC.zip) so the gazetteer also knows villages below cities500.

The dump format (https://download.geonames.org/export/dump/readme.txt): one feature a line, 19
tab-separated columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature
class, feature code, country code, cc2, admin1..admin4 codes, population, elevation, dem, timezone,
modification date. Imported dumps live in <cache_dir>/geonames/CC.txt and are merged when the index
is next built (the cache key includes them).
"""

from __future__ import annotations

import io
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

from frontline.config import Settings
from frontline.errors import InputError

GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump/"
DUMP_COLUMNS = 19


def read_dump_rows(path: Path) -> Iterator[list[str]]:
    """The well-formed rows of a GeoNames dump file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == DUMP_COLUMNS and fields[0].isdigit():
                yield fields


def import_geonames(
    country_codes: list[str],
    base_url: str = GEONAMES_DUMP_URL,
    dest: Path | None = None,
    *,
    timeout: float = 60.0,
) -> dict[str, int]:
    """Download CC.zip for each country into dest/geonames; return features per country.

    The next `Gazetteer.load()` rebuilds its index with these features merged in.
    """
    folder = (dest or Settings.from_env().cache_dir) / "geonames"
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for cc in country_codes:
        cc = cc.upper()
        if len(cc) != 2 or not cc.isalpha():
            raise InputError(f"not a two-letter country code: {cc!r}", hint="e.g. SY YE LB")
        url = f"{base_url.rstrip('/')}/{cc}.zip"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 (http/https)
                payload = resp.read()
        except (urllib.error.URLError, OSError) as exc:
            raise InputError(f"could not fetch GeoNames dump {url}: {exc}") from exc
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            member = f"{cc}.txt"
            if member not in zf.namelist():
                raise InputError(f"{url} holds no {member}", hint="is it a GeoNames country dump?")
            target = folder / member
            tmp = target.with_suffix(".part")
            tmp.write_bytes(zf.read(member))
            tmp.replace(target)
        counts[cc] = sum(1 for _ in read_dump_rows(target))
    return counts
