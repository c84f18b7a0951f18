"""Place linking: look names up in the embedded gazetteer and find place mentions in text.

    gaz = default_gazetteer()
    gaz.lookup("Jisr al-Shughur", country="Syria")[0].admin1   # 'Idleb'
    gaz.find("Shelling hit Kansafra (Ariha, Idleb).")         # PlaceMentions with offsets

Candidates are ranked by general evidence only: exact key over consonant skeleton, the text's
country focus, admin units named next to the name, cue words, feature kind and population.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

from frontline.link.gazetteer import GazIndex, distance_km, load_index, positional_aliases
from frontline.link.translit import is_arabic, name_key, skeleton_key, strip_article
from frontline.model import PlaceMention

TOWN_LIKE = frozenset({"populated place", "neighbourhood", "refugee camp", "district"})
WORLD_CITY = 1_000_000  # a place abroad that news names without its country is this big
ACTOR_ABROAD_TOWN = 15_000  # a town abroad a text placed only by forces' nationality may name
SAME_PLACE_KM = 2.0  # records of one name this close are one place recorded twice
SMALL_TOWN = 20_000  # population under which an alternate-name match counts less
VILLAGE_NEAR_KM = 25.0  # a village this close to another place of the text is in its area
VILLAGE_PENALTY = 0.05  # below a cities500 town of the same name and evidence
VILLAGE_MIN = 0.5  # a village on weaker evidence is no place


@dataclass(slots=True)
class Place:
    """One gazetteer entry, with ACLED spellings for its country and admin units."""

    place_id: str
    name: str
    country: str
    iso2: str
    iso: int | None
    admin1: str
    admin2: str
    latitude: float
    longitude: float
    feature: str
    geo_precision: int
    population: int


@dataclass(slots=True, frozen=True)
class CountryInfo:
    name: str  # ACLED spelling
    iso: int
    iso2: str
    iso3: str


@dataclass(slots=True)
class Context:
    """What the surrounding text says about a name (see geo_find)."""

    focus: frozenset[str] = frozenset()  # ISO2 of countries the text is about
    focus_main: str = ""  # the one it names most, when one leads
    admin1_near: frozenset[str] = frozenset()  # admin1 codes named right next to the name
    admin1_text: frozenset[str] = frozenset()  # admin1 codes of other places in the text
    cue: str = ""  # "admin" (X province) | "town" (the city of X) | ""
    # every country the text may be about: focus, and the countries of single-reading names
    # ('Turkish jets struck Manbij': Syria too); a loose match outside them is no place
    about: frozenset[str] = frozenset()
    # (lat, lon) of the other places the text names confidently (a village must lie near them,
    # in an admin unit the text names, or be the only place of its name)
    points: tuple[tuple[float, float], ...] = ()
    admin1_named: frozenset[str] = frozenset()  # admin1 codes the text names, by towns too
    # the focus comes only from forces' nationalities ("Ukrainian drones"): who acted, maybe
    # not where, so a town abroad named by its own name may be the place (Belgorod)
    focus_by_actors: bool = False


def own_name(idx: GazIndex, row: int, key: str) -> bool:
    """The row's own name (not an alternate name) has the key, or its English positional form
    ("Western Ghariyeh" is Ghariyah al Gharbiyah's own name, translated)."""
    own = name_key(idx.names[row])
    return strip_article(own) == strip_article(key) or key in positional_aliases(own)


def _abroad(row: int, idx: GazIndex, ctx: Context) -> bool:
    """Outside every country the text is about, by its country words (and outlet) and by the
    admin units of the places it names ('Jarablus in the countryside of Aleppo' is in Syria)."""
    if idx.cc[row] in ctx.focus | ctx.about or idx.admin1[row] in ctx.admin1_near:
        return False
    return all(code.split(".")[0] != idx.cc[row] for code in ctx.admin1_text)


class Gazetteer:
    """Read-only access to the cached index."""

    def __init__(self, index: GazIndex) -> None:
        self.index = index
        self._capitals = {
            idx_row
            for c in index.countries.values()
            for idx_row in index.rows(name_key(c.capital))
            if c.capital
            and index.cc[idx_row] == c.iso2
            and index.kind[idx_row] == "populated place"
        }

    def country_row(self, iso2: str) -> int | None:
        """The index row of a country (coordinates and admin units of its capital)."""
        c = self.index.countries.get(iso2)
        if c is None:
            return None
        rows = self.index.rows(name_key(c.name))
        return next((r for r in rows if self.index.kind[r] == "country" and self.index.cc[r] == iso2),
                    None)  # fmt: skip

    @classmethod
    def load(cls, cache_dir: Path | None = None, *, rebuild: bool = False) -> Gazetteer:
        return cls(load_index(cache_dir, rebuild=rebuild))

    # -- entries ---------------------------------------------------------------------------------
    def place(self, row: int) -> Place:
        idx = self.index
        country = idx.countries.get(idx.cc[row])
        return Place(
            place_id=idx.ids[row], name=idx.names[row],
            country=country.name if country else idx.cc[row], iso2=idx.cc[row],
            iso=country.iso_numeric if country else None, admin1=idx.admin1_name(row),
            admin2=idx.admin2[row], latitude=idx.lat[row], longitude=idx.lon[row],
            feature=idx.kind[row], geo_precision=idx.precision[row], population=idx.pop[row],
        )  # fmt: skip

    def mention(self, row: int, text: str, start: int, end: int, score: float,
                precision: int | None = None) -> PlaceMention:  # fmt: skip
        p = self.place(row)
        return PlaceMention(
            start=start, end=end, text=text, place_id=p.place_id, name=p.name, country=p.country,
            iso=p.iso, admin1=p.admin1 or None, admin2=p.admin2 or None, admin3=None,
            latitude=p.latitude, longitude=p.longitude, feature=p.feature,
            geo_precision=precision or p.geo_precision, score=round(score, 3),
        )  # fmt: skip

    # -- look-ups --------------------------------------------------------------------------------
    def country(self, name_or_code: str) -> CountryInfo | None:
        """ACLED country from a name, alias, demonym, ISO2/ISO3 code or ISO numeric code."""
        countries = self.index.countries
        value = name_or_code.strip()
        iso2 = None
        if value.isdigit():
            iso2 = next((c.iso2 for c in countries.values() if c.iso_numeric == int(value)), None)
        elif len(value) == 2 and value.isupper():
            iso2 = value if value in countries else None
        elif len(value) == 3 and value.isupper():
            iso2 = next((c.iso2 for c in countries.values() if c.iso3 == value), None)
        if iso2 is None:
            iso2 = self.index.country_keys.get(name_key(value))
        c = countries.get(iso2) if iso2 else None
        return CountryInfo(c.name, c.iso_numeric, c.iso2, c.iso3) if c else None

    def admin1_codes(self, name: str, iso2: str | None = None) -> set[str]:
        """GeoNames admin1 codes of admin1 units called `name` (any spelling)."""
        idx = self.index
        key = name_key(name)
        return {
            idx.admin1[r]
            for k in {key, strip_article(key)}
            for r in idx.rows(k)
            if idx.kind[r] == "admin1" and (iso2 is None or idx.cc[r] == iso2)
        }

    def admin1_by_name(self, country: str | None, name: str) -> PlaceMention | None:
        """A governorate/province as a place (geo_precision 3, at its capital)."""
        info = self.country(country) if country else None
        codes = self.admin1_codes(name, info.iso2 if info else None)
        rows = [self.index.admin1_rows[c] for c in sorted(codes) if c in self.index.admin1_rows]
        if not rows:
            return None
        return self.mention(rows[0], name, 0, len(name), 1.0, precision=3)

    def lookup(self, name: str, country: str | None = None,
               admin1: str | None = None) -> list[PlaceMention]:  # fmt: skip
        """Ranked candidates for a place name; exact keys first, then the consonant skeleton."""
        ranked = self.lookup_rows(name, country, admin1)
        return [self.mention(row, name, 0, len(name), score) for score, row in ranked]

    def lookup_rows(self, name: str, country: str | None = None,
                    admin1: str | None = None) -> list[tuple[float, int]]:  # fmt: skip
        """(score, index row) candidates, best first."""
        info = self.country(country) if country else None
        focus = frozenset({info.iso2}) if info else frozenset()
        near = frozenset(self.admin1_codes(admin1, info.iso2 if info else None)) if admin1 else \
            frozenset()  # fmt: skip
        # a village named without a country is looked up in the countries the villages cover
        ctx = Context(focus=focus, admin1_near=near, about=focus or frozenset(self.index.core))
        scored = self.rank(name_key(name), ctx)
        if not scored or scored[0][0] < 0.5:
            scored += self.rank(skeleton_key(name), ctx, skeleton=True)
        if info:
            scored = [s for s in scored if self.index.cc[s[1]] == info.iso2]
        if near:
            scored = [s for s in scored if self.index.admin1[s[1]] in near] or scored
        best: dict[int, float] = {}
        for score, row in scored:
            best[row] = max(score, best.get(row, 0.0))
        return sorted(((sc, row) for row, sc in best.items()), key=lambda s: (-s[0], s[1]))

    # -- ranking ---------------------------------------------------------------------------------
    def rank(self, key: str, ctx: Context, *, skeleton: bool = False) -> list[tuple[float, int]]:
        idx = self.index
        rows = set(idx.rows(key, skeleton=skeleton))
        if not skeleton:
            rows |= set(idx.rows("al " + key)) if not key.startswith("al ") else set()
        scored = []
        for r in rows:
            raw = self.evidence(r, key, ctx, skeleton)
            top = 1.0 - VILLAGE_PENALTY if idx.village[r] else 1.0
            # rounded: summed weights differ in the last bit (0.9500000000000001 is not above 0.95)
            scored.append((round(min(top, raw), 6), raw, r))
        # equal scores at the top of the scale: the stronger evidence first (a village's own
        # name over a town's alternate name; a city over its namesake village)
        scored.sort(key=lambda x: (x[0], x[1], -idx.village[x[2]], x[2]), reverse=True)
        return [(sc, r) for sc, _, r in scored]

    def score(self, row: int, key: str, ctx: Context, skeleton: bool = False) -> float:
        """General evidence that `row` is the place a name means; 0..1."""
        top = 1.0 - VILLAGE_PENALTY if self.index.village[row] else 1.0
        return min(top, self.evidence(row, key, ctx, skeleton))

    def evidence(self, row: int, key: str, ctx: Context, skeleton: bool = False) -> float:
        """`score` before it is capped at 1 (ranks candidates that both reach the cap)."""
        idx = self.index
        kind, cc, pop = idx.kind[row], idx.cc[row], idx.pop[row]
        core = cc in idx.core
        s = 0.45 + min(0.15, math.log10(pop + 1) / 40)
        main = not skeleton and own_name(idx, row, key)
        if main:
            s += 0.1
        s += {"populated place": 0.05, "admin1": 0.0, "admin2": -0.05, "country": -0.2}.get(
            kind, 0.1 if idx.ids[row].startswith("fl:") else -0.1
        )
        # an alternate name ('Molotov' for Perm, 'Seray' for Eminonu) is weaker evidence than a
        # place's own name, a village's more so; abroad it is almost always a word or a homonym
        alias = not main and kind not in ("country", "admin1")
        if alias and kind == "populated place":
            s -= 0.2 if pop < SMALL_TOWN else 0.1
        if ctx.focus:
            # a demonym may name an actor from elsewhere: regional places are only mildly penalised
            # "Donetsk oblast": a unit named by its own name and unit word, not a loose match
            named_unit = kind == "admin1" and ctx.cue == "admin" and main
            city = ctx.focus_by_actors and not skeleton and pop >= ACTOR_ABROAD_TOWN
            if cc in ctx.focus:
                s += 0.1 if ctx.focus_main and cc != ctx.focus_main else 0.2
            else:
                s += -0.05 if core or named_unit or city else -0.25
            small = pop < WORLD_CITY and row not in self._capitals
            if cc not in ctx.focus and not core and (small or alias) and not (named_unit or city):
                return 0.0  # a place abroad, not a world city or capital: noise
            loose = skeleton or (alias and kind == "populated place" and not (city and not core))
            if loose and _abroad(row, idx, ctx):
                return 0.0  # a loose match abroad ('Bisri' for Basra): better no place at all
        elif core:
            s += 0.05
        else:
            s -= 0.25  # no country named: conflict news from the covered region comes first
            # only a world city or a capital abroad is named without its country (not Durres),
            # and a province called one ("Guerrero state", "the Mogilev region")
            named_unit = kind == "admin1" and ctx.cue == "admin"
            if alias or (pop < WORLD_CITY and row not in self._capitals and not named_unit):
                return 0.0
        if idx.admin1[row] in ctx.admin1_near:
            s += 0.3
        elif idx.admin1[row] in ctx.admin1_text:
            s += 0.1
        if ctx.cue == "admin":
            s += {"admin1": 0.35, "admin2": 0.2}.get(kind, -0.1)
        elif ctx.cue == "town":  # "the town of X", "X neighbourhood", "X camp"
            s += 0.15 if kind in TOWN_LIKE else -0.3
        if kind == "admin2" and ctx.cue != "admin":
            s -= 0.15  # a district named without 'district' is most often its seat town
        if skeleton:
            if idx.village[row]:
                return 0.0  # villages only by their exact name
            s -= 0.2
        if idx.village[row]:
            support = self._village_support(row, key, ctx, alias and not is_arabic(key))
            if support is None:
                return 0.0  # a village the text gives no reason for: no place
            # below a town of the same evidence even at the top of the scale
            capped = min(1.0, s + support) - VILLAGE_PENALTY
            return s + support - VILLAGE_PENALTY if capped >= VILLAGE_MIN else 0.0
        return max(0.0, s)

    def _village_support(self, row: int, key: str, ctx: Context, alias: bool) -> float | None:
        """Why a village (matched by its exact key) may be the place: the text names its admin1
        (beside the name, or elsewhere), it lies near another place of the text (a small bonus:
        it picks the homonym), or it is the only place of that name in a country the text is
        about and the text names no other admin1 there. None: no reason, or the name is a unit's:
        "Haydan district", "Nihm (Nihm, Sanaa)" are the district ACLED codes at its seat."""
        idx = self.index
        admin1, cc = idx.admin1[row], idx.cc[row]
        rows = self.rank_rows(key)
        if ctx.cue == "admin" or any(
            idx.kind[r] in ("admin1", "admin2") and idx.admin1[r] == admin1 for r in rows
        ):
            return None
        lat, lon = idx.lat[row], idx.lon[row]
        if any(distance_km(lat, lon, a, b) <= VILLAGE_NEAR_KM for a, b in ctx.points):
            return 0.05
        if admin1 in ctx.admin1_near:
            return 0.0
        if alias:  # an alternate spelling ('Sarin' of Sirrin) needs its admin1 beside it
            return None
        if admin1 in ctx.admin1_named:
            return 0.0
        named = ctx.admin1_near | ctx.admin1_named
        if cc not in ctx.focus | ctx.about or any(c[:2] == cc for c in named):
            return None
        same = [r for r in rows if idx.cc[r] == cc]  # a district of that name too: not unique
        # ... unless the others only bear it as an alternate name (Naamet el Faouqa, 'Naameh')
        own = [r for r in same if own_name(idx, r, key)]
        # two records of one place (Furn el Chebbak, Furn Ech Chebbak half a km apart) are one
        one = all(distance_km(lat, lon, idx.lat[r], idx.lon[r]) <= SAME_PLACE_KM for r in same)
        return 0.0 if same == [row] or own == [row] or one else None

    def rank_rows(self, key: str) -> set[int]:
        rows = set(self.index.rows(key))
        if not key.startswith("al "):
            rows |= set(self.index.rows("al " + key))
        return rows

    def is_capital(self, row: int) -> bool:
        return row in self._capitals

    def find(self, text: str, country_hint: str | None = None,
             home: str | None = None) -> list[PlaceMention]:  # fmt: skip
        """Place mentions in `text` with offsets, ACLED admin names, coordinates and a score;
        `home` is the home country of the outlet that published it (weaker than the text)."""
        from frontline.link.geo_find import find_places

        return find_places(self, text, country_hint, home)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer for the configured cache dir, loaded once per process."""
    return Gazetteer.load()
