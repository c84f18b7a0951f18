"""The `frontline` command: a thin layer over the library; each command calls one library function."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from frontline import __version__
from frontline.cli_gazetteer import register as register_gazetteer_commands
from frontline.cli_store import RayAddress, Workers, fail
from frontline.cli_store import register as register_store_commands
from frontline.cli_watch import register as register_watch_commands
from frontline.errors import FrontlineError, InputError

app = typer.Typer(
    help="Code conflict news into ACLED-style events with evidence, claims and sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="The actor knowledge base: show, search, validate.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


class OutFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    acled_csv = "acled-csv"
    table = "table"


class DevHalf(StrEnum):
    tune = "tune"
    held = "held"


class InFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--published expects YYYY-MM-DD, got {value!r}") from None


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        typer.echo(f"frontline {__version__}")
        raise typer.Exit()


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Text, HTML or JSONL files; '-' reads standard input.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name for inputs without one.")] = None,
    format: Annotated[
        OutFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutFormat.jsonl,
    input_format: Annotated[InFormat, typer.Option(help="How to read the inputs.")] = InFormat.auto,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    include_background: Annotated[
        bool, typer.Option(help="Also list background (context) events.")
    ] = True,
    workers: Workers = 1,
    ray_address: RayAddress = None,
) -> None:
    """Code articles into events.

    Example: frontline extract examples/articles.jsonl --format table
    """
    from tqdm import tqdm

    from frontline.ingest import read_articles
    from frontline.output.formats import write
    from frontline.scale import code_on_workers

    try:
        articles = list(read_articles(paths, input_format.value, _date(published), source))
        events = []
        show = sys.stderr.isatty() and len(articles) > 1
        coded = code_on_workers(articles, workers, address=ray_address)
        for _, evs in tqdm(coded, total=len(articles), disable=not show, desc="coding"):
            events.extend(e for e in evs if include_background or not e.background)
    except FrontlineError as exc:
        fail(exc)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        write(events, format.value, out)
    finally:
        if output:
            out.close()


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Option(
            help="ACLED export CSV with notes (e.g. ../shared/eval-dev/acled_middle_east_dev.csv)."
        ),
    ],
    articles: Annotated[
        Path | None, typer.Option(help="The notes as articles JSONL (default: beside --gold).")
    ] = None,
    fakes_articles: Annotated[
        Path | None, typer.Option(help="FA-KES articles JSONL, to also score governorates.")
    ] = None,
    fakes_gold: Annotated[Path | None, typer.Option(help="FA-KES annotations JSONL.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N rows.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[
        Path | None, typer.Option(help="Write per-row mismatches (JSONL) here, for developers.")
    ] = None,
    half: Annotated[
        DevHalf | None,
        typer.Option(help="Score only the tuning or the held-out half of each set (QUALITY.md)."),
    ] = None,
    workers: Workers = 1,
    ray_address: RayAddress = None,
) -> None:
    """Score the coder against labelled data and print per-field scores.

    --errors lists misses of the tuning half only: the held-out half is measured, never read.

    Example: frontline evaluate --gold ../shared/eval-dev/acled_middle_east_dev.csv
    """
    from frontline.evaluate import evaluate_acled, evaluate_fakes
    from frontline.scale import coder_on_workers

    try:
        with coder_on_workers(workers, address=ray_address) as coder:
            report = evaluate_acled(
                gold, articles, limit=limit, coder=coder, half=half and half.value
            )
            fakes = None
            if fakes_articles and fakes_gold:
                fakes = evaluate_fakes(
                    fakes_articles, fakes_gold, limit=limit, coder=coder, half=half and half.value
                )
    except FrontlineError as exc:
        fail(exc)
    if as_json:
        payload = {"acled": report.to_dict(), "fakes": fakes.to_dict() if fakes else None}
        typer.echo(json.dumps(payload, indent=2))
    else:
        typer.echo(report.to_text())
        if fakes:
            typer.echo(fakes.to_text())
    if errors:  # the ACLED rows, then the FA-KES articles (marked "dataset": "fakes")
        from frontline.evaluate.report import write_jsonl

        more = fakes.errors() if fakes else ()
        write_jsonl([*report.errors(), *({"dataset": "fakes", **r} for r in more)], errors)


@kb_app.command("show")
def kb_show(
    actor_id: str,
    on: Annotated[
        str | None, typer.Option(help="Date YYYY-MM-DD for the name and the side that day.")
    ] = None,
) -> None:
    """Show an actor: names over time, aliases, lineage, coalitions (and its side on a date)."""
    from frontline.link.actors import default_kb

    kb = default_kb()
    try:
        actor = kb.get(actor_id)
        when = _date(on)
    except (KeyError, FrontlineError) as exc:
        fail(exc)
    typer.echo(
        f"{actor.id}: {kb.name_on(actor.id, when)}  (inter {actor.inter}, {actor.country or '-'})"
    )
    for n in actor.names:
        typer.echo(f"  name  {n.name}  [{n.start or '…'} – {n.end or '…'}]")
    typer.echo(f"  aliases  {', '.join(actor.aliases)}")
    typer.echo(f"  lineage  {' -> '.join(kb.lineage(actor.id))}")
    if actor.member_of:
        typer.echo(
            "  member of  "
            + ", ".join(f"{s.id} [{s.start or '…'} – {s.end or '…'}]" for s in actor.member_of)
        )
    if when is not None:  # who counts as its side in fusion and control on that day
        from frontline.link.actor_sides import side_of

        typer.echo(f"  side on {when}  {', '.join(sorted(side_of(actor.id, when)))}")
    for src in actor.sources:
        typer.echo(f"  source  {src}")


@kb_app.command("search")
def kb_search(query: str, limit: int = 10) -> None:
    """Fuzzy search actors by name or alias."""
    from frontline.link.actors import default_kb

    for actor in default_kb().search(query, limit=limit):
        typer.echo(f"{actor.id}\t{actor.name}\t{actor.country or ''}")


@kb_app.command("validate")
def kb_validate() -> None:
    """Check the knowledge base: clashing aliases, bad dates, dangling ids, missing sources."""
    from frontline.link.actors import default_kb

    problems = default_kb().validate()
    for p in problems:
        typer.echo(p)
    typer.echo(f"{len(problems)} problem(s)")
    raise typer.Exit(1 if problems else 0)


# -- kb: the review loop (propose from articles, add reviewed facts) ---------------------------------
@kb_app.command("propose")
def kb_propose(
    paths: Annotated[list[str], typer.Argument(help="Text, HTML or JSONL files; '-' reads stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
) -> None:
    """List what articles could teach the KB, one JSON record per line, for review: groups it does
    not know (provisional actors, with the sentences naming them and a guessed type) and lineage,
    allegiance and membership statements ("formerly known as", "merged into", "pledged allegiance
    to"), each with its evidence and the KB entry a reviewer would add.

    Example: frontline kb propose ../shared/seeds/002_ee80a3ed63ec8d71.txt
    """
    from frontline.ingest import read_articles
    from frontline.link.actor_review import propose
    from frontline.link.actors import default_kb

    try:
        records = propose(read_articles(paths, "auto", _date(published), None), default_kb())
    except FrontlineError as exc:
        fail(exc)
    for record in records:
        typer.echo(json.dumps(record, ensure_ascii=False, default=str))


@kb_app.command("add")
def kb_add(
    file: Annotated[Path, typer.Option("--file", help="User KB file to append to (YAML).")],
    actor_id: Annotated[str, typer.Option("--id", help="Stable id, e.g. katibat-al-tawhid.")],
    source: Annotated[list[str], typer.Option(help="Where the fact comes from (repeatable).")],
    name: Annotated[str | None, typer.Option(help="ACLED name of a new actor.")] = None,
    inter: Annotated[int | None, typer.Option(help="ACLED inter code 1-8 of a new actor.")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="An alias (repeatable).")] = None,
    kind: Annotated[str, typer.Option(help="rebel, militia, party, ... (new actor).")] = "",
    country: Annotated[str | None, typer.Option(help="ACLED country of a new actor.")] = None,
    start: Annotated[str | None, typer.Option(help="First day of the name, YYYY-MM-DD.")] = None,
    member_of: Annotated[list[str] | None, typer.Option(help="Coalition id (repeatable).")] = None,
) -> None:
    """Append a reviewed actor, or new aliases of a known actor, to a user KB file. The entry is
    checked first: the KB with it must still validate (no clashing alias, known ids, a source).
    Load the file with FRONTLINE_USER_KB=FILE (several files: separated by ':').

    New actor:  frontline kb add --file my_kb.yaml --id katibat-al-tawhid-wal-jihad
                --name "Katibat al Tawhid wal Jihad" --inter 2 --kind rebel --country Syria
                --alias "Katibat al-Tawhid wal-Jihad" --source https://www.longwarjournal.org/...

    New alias:  frontline kb add --file my_kb.yaml --id hts --alias "Tahrir al-Sham"
                --source https://en.wikipedia.org/wiki/Hay%27at_Tahrir_al-Sham
    """
    from frontline.link.actor_review import actor_entry, add_entry, extension_entry
    from frontline.link.actors import default_kb

    try:
        if name is None:
            if actor_id not in default_kb().actors:
                raise InputError(
                    f"{actor_id!r} is not in the KB", hint="pass --name and --inter for a new actor"
                )
            entry = extension_entry(actor_id, alias or [], source)
        else:
            if inter is None:
                raise InputError("a new actor needs --inter", hint="ACLED inter code, 1-8")
            entry = actor_entry(
                actor_id, name, inter, source, kind=kind, country=country, aliases=alias,
                start=start, member_of=member_of,
            )  # fmt: skip
        add_entry(file, entry)
    except FrontlineError as exc:
        fail(exc)
    typer.echo(f"added {actor_id} to {file}; use it with FRONTLINE_USER_KB={file}")


register_gazetteer_commands(app)  # lookup, import-geonames, add, import-csv, validate
register_store_commands(app)  # ingest, events, export, claims, control, event …: cli_store.py
register_watch_commands(app)  # watch: cli_watch.py

# -- web: the REST API and the web app (src/frontline/api) ------------------------------------
from frontline.api.cli import serve_command  # noqa: E402

app.command("serve")(serve_command)

if __name__ == "__main__":  # pragma: no cover
    app()
