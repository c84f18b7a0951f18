"""CLI commands of the gazetteer: lookup, import-geonames, and the user places an analyst reviews
(add, import-csv, validate). Registered on the main app by one line in cli.py."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontline.cli_store import fail
from frontline.errors import FrontlineError

gaz_app = typer.Typer(
    help="The gazetteer: look up places, import GeoNames dumps, add reviewed places.",
    no_args_is_help=True,
)
PlacesFile = Annotated[
    Path, typer.Option("--file", help="User places file to write (YAML); load it with "
                       "FRONTLINE_USER_PLACES=FILE (several: separated by ':').")
]  # fmt: skip


def register(app: typer.Typer) -> None:
    app.add_typer(gaz_app, name="gazetteer")


@gaz_app.command("lookup")
def gaz_lookup(name: str, country: str | None = None) -> None:
    """Ranked gazetteer candidates for a place name."""
    from frontline.link.places import default_gazetteer

    for p in default_gazetteer().lookup(name, country=country)[:10]:
        typer.echo(
            f"{p.place_id}\t{p.name}\t{p.admin1}\t{p.country}\t{p.latitude},{p.longitude}\t{p.score:.2f}"
        )


@gaz_app.command("import-geonames")
def gaz_import(
    countries: Annotated[list[str], typer.Argument(help="ISO 3166 alpha-2 codes, e.g. SY IQ.")],
    base_url: Annotated[
        str | None, typer.Option(help="GeoNames dump server (default: GeoNames).")
    ] = None,
) -> None:
    """Download GeoNames country dumps and merge every feature (villages included) into the gazetteer.

    Example: frontline gazetteer import-geonames SY
    """
    from frontline.link.gazetteer import import_geonames

    try:
        counts = import_geonames(countries, base_url=base_url)
    except (FrontlineError, OSError) as exc:
        fail(exc)
    for cc, n in counts.items():
        typer.echo(f"{cc}: {n} features")


@gaz_app.command("import-wof")
def gaz_import_wof(
    tables: Annotated[
        list[Path],
        typer.Argument(help="Who's On First locality tables (wof_CC_localities.tsv) or folders."),
    ],
) -> None:
    """Convert Who's On First locality tables into gazetteer villages (merged by GeoNames id at
    the next load). Syria, Lebanon, Iraq and Yemen are packaged already.

    Example: frontline gazetteer import-wof ../shared/reference/gazetteer/wof_jo_localities.tsv
    """
    from frontline.config import Settings
    from frontline.link.geo_wof import import_wof

    try:
        stats = import_wof(tables, Settings.from_env().cache_dir)
    except (FrontlineError, OSError) as exc:
        fail(exc)
    for name, count in sorted(stats.items()):
        typer.echo(f"{name}: {count}")


@gaz_app.command("add")
def gaz_add(
    file: PlacesFile,
    name: Annotated[str, typer.Option(help="The place's name, as `location` will show it.")],
    country: Annotated[str, typer.Option(help="ACLED country name, e.g. Lebanon.")],
    lat: Annotated[float, typer.Option(help="Latitude (WGS84, decimal degrees).")],
    lon: Annotated[float, typer.Option(help="Longitude (WGS84, decimal degrees).")],
    source: Annotated[
        list[str], typer.Option(help="Where the coordinates come from (repeatable).")
    ],
    alias: Annotated[list[str] | None, typer.Option(help="Another spelling (repeatable).")] = None,
    admin1: Annotated[str | None, typer.Option(help="Admin1 in ACLED spelling.")] = None,
    admin2: Annotated[str | None, typer.Option(help="Admin2 in ACLED spelling.")] = None,
    feature: Annotated[str, typer.Option(help="populated place, airbase, crossing, ...")] = (
        "populated place"
    ),
    place_id: Annotated[
        str | None, typer.Option("--id", help="Stable id (default: from the name).")
    ] = None,
) -> None:
    """Append a reviewed place the gazetteer does not know (a village, a site, a front) to a user
    places file. It is checked first (country and admin1 in ACLED spelling, coordinates, a unique
    id, a source); a place far from every known town of its country gets a warning.

    Example: frontline gazetteer add --file places.yaml --name Taalabaya --country Lebanon
             --admin1 Bekaa --lat 33.81 --lon 35.87 --alias "Taalabaya" --source https://...
    """
    from frontline.link import geo_review
    from frontline.link.geo_data import admin1_by_country

    entry = geo_review.place_entry(
        name, country, lat, lon, source, place_id=place_id, aliases=alias, feature=feature,
        admin1=admin1, admin2=admin2,
    )  # fmt: skip
    try:
        geo_review.add_place(file, entry, admin1_by_country())
    except (FrontlineError, OSError) as exc:
        fail(exc)
    _warn_far([entry])
    typer.echo(f"added {entry['id']} to {file}; use it with FRONTLINE_USER_PLACES={file}")


@gaz_app.command("import-csv")
def gaz_import_csv(
    csv_file: Annotated[
        Path,
        typer.Argument(
            help="CSV: name, lat, lon, country [, aliases, admin1, admin2, feature, id, source]."
        ),
    ],  # fmt: skip
    file: PlacesFile,
    source: Annotated[str | None, typer.Option(help="Source for rows without one.")] = None,
) -> None:
    """Add every place of a CSV (e.g. a settlement list) to a user places file, after checking
    them all: one bad row and nothing is written."""
    from frontline.link import geo_review
    from frontline.link.geo_data import admin1_by_country

    try:
        new = geo_review.places_from_csv(csv_file, source)
        entries = geo_review.read_places_file(file) + new
        problems = geo_review.check_places(entries, admin1_by_country())
        if problems:
            for p in problems:
                typer.echo(p, err=True)
            typer.secho(f"error: {len(problems)} problems; nothing written", fg="red", err=True)
            raise typer.Exit(1)
        geo_review.write_places_file(file, entries)
    except (FrontlineError, OSError) as exc:
        fail(exc)
    _warn_far(new)
    typer.echo(f"added {len(new)} places to {file}; use it with FRONTLINE_USER_PLACES={file}")


@gaz_app.command("validate")
def gaz_validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Places files (default: the packaged features and $FRONTLINE_USER_PLACES)."
        ),
    ] = None,  # fmt: skip
) -> None:
    """Check places files: fields, coordinates, ACLED country and admin1 spellings, unique ids."""
    from frontline.link import geo_review
    from frontline.link.geo_data import PLACES_DIR, admin1_by_country

    paths = files or [PLACES_DIR / "features.yaml", *geo_review.user_places_paths()]
    admin1 = admin1_by_country()
    bad = 0
    try:
        for path in paths:
            problems = geo_review.check_places(geo_review.read_places_file(path), admin1)
            for p in problems:
                typer.echo(f"{path}: {p}")
            bad += len(problems)
    except (FrontlineError, OSError) as exc:
        fail(exc)
    if bad:
        raise typer.Exit(1)
    typer.echo(f"ok: {len(paths)} file(s)")


def _warn_far(entries: list[dict]) -> None:
    """Warn of places far from every known town of their country (swapped lat/lon, wrong country)."""
    from frontline.link import geo_review
    from frontline.link.gazetteer import load_index

    idx = load_index()
    names = {c.iso2: c.name for c in idx.countries.values()}
    towns = [
        (names.get(idx.cc[r], ""), idx.lat[r], idx.lon[r])
        for r, kind in enumerate(idx.kind)
        if kind == "populated place"
    ]
    for entry in entries:
        warning = geo_review.nearest_town_warning(entry, towns)
        if warning:
            typer.secho(f"warning: {warning}", fg="yellow", err=True)
