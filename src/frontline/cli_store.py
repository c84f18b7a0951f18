"""CLI commands of the store: ingest, recode, events, export, claims, control, event edit/merge/
split/delete, evaluate-fusion. Registered on the main app by one line in cli.py."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from frontline.errors import FrontlineError, InputError

DB = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="FRONTLINE_DB",
        help="SQLite file (default frontline.db) or postgresql:// URL.",
    ),
]
# The event filters `events` and `export` share (one help text for both).
DateFrom = Annotated[str | None, typer.Option("--from", help="First date YYYY-MM-DD.")]
DateTo = Annotated[str | None, typer.Option("--to", help="Last date YYYY-MM-DD.")]
ActorQuery = Annotated[
    str | None, typer.Option("--actor", help="Actor name or KB id; includes its lineage.")
]
PlaceQuery = Annotated[str | None, typer.Option("--place", help="Location name or gazetteer id.")]
Admin1Query = Annotated[
    str | None, typer.Option("--admin1", help="Governorate / province (ACLED spelling).")
]
TypeQuery = Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")]
CountryQuery = Annotated[str | None, typer.Option("--country", help="Country name.")]
event_app = typer.Typer(
    help="Correct stored events; every change goes to the audit log.", no_args_is_help=True
)


Progress = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="A progress bar on stderr (default: when it is a terminal).",
    ),
]

# Articles written per transaction (ingest: 128, recode: 100): a crash loses at most one batch's
# work in progress, never a half-written one.
BatchSize = Annotated[
    int | None, typer.Option(min=1, help="Articles per write transaction.", show_default=False)
]

# Scale-out (`extract` and `ingest`): code on Ray workers; the store is still written by this process.
Workers = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        help="Code on N Ray workers, each loading the pipeline once (1: in this process).",
    ),
]
RayAddress = Annotated[
    str | None,
    typer.Option(
        "--ray-address",
        envvar="RAY_ADDRESS",
        help="A running Ray cluster for --workers (default: a local one with N CPUs).",
    ),
]


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    parquet = "parquet"
    jsonl = "jsonl"
    deletions = "deletions"


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def fail(exc: Exception) -> NoReturn:
    """Print the error (and its hint) and exit 2: the CLI's one way to fail."""
    typer.secho(f"error: {exc}", fg="red", err=True)
    raise typer.Exit(2)


def _store(db: str | None):  # noqa: ANN202 - imported lazily to keep `frontline --help` fast
    from frontline.store import Store

    return Store.open(db)


@contextmanager
def _opened(db: str | None) -> Iterator[Any]:
    """The store, open for the block; a FrontlineError (opening or in the block) exits cleanly."""
    try:
        with _store(db) as store:
            yield store
    except FrontlineError as exc:
        fail(exc)


def _filters(  # noqa: ANN202 - EventFilter is imported lazily
    date_from: str | None,
    date_to: str | None,
    actor: str | None,
    place: str | None,
    admin1: str | None,
    event_type: str | None,
    country: str | None,
    *,
    lineage: bool = True,
):
    """The store's filter from the options `events` and `export` share."""
    from frontline.store import EventFilter

    return EventFilter(
        date_from=date_from,
        date_to=date_to,
        actor=actor,
        place=place,
        admin1=admin1,
        event_type=event_type,
        country=country,
        lineage=lineage,
    )


def _table(rows: list[dict[str, Any]]) -> None:
    for e in rows:
        typer.echo(
            f"{e['event_id']}  {e.get('event_date') or '?':10}  {e['sub_event_type'][:34]:34}  "
            f"{(e['actor1'] or '-')[:36]:36}  {e['location'] or '-'} ({e['admin1'] or '-'})  "
            f"fat {e['fatalities']}  src {e['n_sources']}"
            + ("  [party claim only]" if e.get("party_claim_only") else "")
        )


def _stored(report: Any) -> int:
    """Articles an ingest report accounts for."""
    return len(report.added) + len(report.replaced) + len(report.unchanged) + len(report.skipped)


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main `frontline` app."""

    @app.command()
    def ingest(
        paths: Annotated[
            list[str],
            typer.Argument(
                help="Text, HTML, JSONL(.gz) or WARC(.gz) files, or directories of them; "
                "'-' reads standard input."
            ),
        ],
        db: DB = None,
        published: Annotated[
            str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
        ] = None,
        source: Annotated[
            str | None, typer.Option(help="Outlet name for inputs without one.")
        ] = None,
        progress: Progress = None,
        rebuild_all: Annotated[
            bool, typer.Option(help="Re-fuse every stored report, not only the neighbourhood.")
        ] = False,
        workers: Workers = 1,
        ray_address: RayAddress = None,
        relevance_filter: Annotated[
            bool,
            typer.Option(
                "--filter/--no-filter",
                help="Store articles not about conflict, protest or political violence as"
                " skipped (with the reason) instead of coding them.",
            ),
        ] = True,
        batch_size: BatchSize = None,
    ) -> None:
        """Code articles into the store (again: nothing changes; a new text: a new version).
        Only the events near the new reports (same admin1, dates in reach) are re-fused.

        Example: frontline ingest examples/articles.jsonl --db frontline.db
        """
        import datetime as dt

        from frontline.ingest.bulk import BulkInput
        from frontline.ingest.progress import BulkProgress
        from frontline.ingest.relevance import relevance
        from frontline.scale import coder_on_workers

        try:
            when = dt.date.fromisoformat(published) if published else None
        except ValueError:
            fail(InputError(f"--published expects YYYY-MM-DD, got {published!r}"))
        show = sys.stderr.isatty() if progress is None else progress
        with _opened(db) as store, coder_on_workers(workers, address=ray_address) as coder:
            bulk = BulkInput(paths, "auto", when, source)
            bar = BulkProgress(bulk, show)
            try:
                report = store.ingest_stream(
                    bulk,
                    coder=coder,
                    on_batch=lambda r: bar.update(_stored(r)),
                    relevant=relevance if relevance_filter else None,
                    **({"batch_size": batch_size} if batch_size else {}),
                )
                if rebuild_all:  # once at the end, not after each batch
                    report.events = store.rebuild()
            finally:
                bar.close()
        typer.echo(
            f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged"
            + (f", {len(report.skipped)} skipped as off-topic" if report.skipped else "")
            + f"; {report.events} events in the store"
            + (f" ({bar.rate(_stored(report)):.1f} articles/s)" if show else "")
        )

    @app.command()
    def recode(
        article_ids: Annotated[
            list[str] | None, typer.Argument(help="Stored article ids (default: --all).")
        ] = None,
        all_articles: Annotated[
            bool, typer.Option("--all", help="Every article (the default).")
        ] = False,
        db: DB = None,
        progress: Progress = None,
        batch_size: BatchSize = None,
    ) -> None:
        """Re-code stored articles with the current knowledge; analysts' edits are kept. Coding
        holds no lock: a running serve or ingest goes on, batches are written as they are coded.

        Example: frontline recode --all; frontline recode ISR1786 SYR1234 (re-fuses their neighbourhood)
        """
        if all_articles and article_ids:
            fail(InputError("give article ids or --all, not both"))
        with _opened(db) as store:
            report = store.recode(
                article_ids=article_ids or None,
                progress=sys.stderr.isatty() if progress is None else progress,
                **({"write_every": batch_size} if batch_size else {}),
            )
        typer.echo(f"{len(report.recoded)} articles re-coded; {report.events} events in the store")

    @app.command()
    def events(
        db: DB = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        actor: ActorQuery = None,
        lineage: Annotated[
            bool, typer.Option(help="Expand --actor to its predecessors and successors.")
        ] = True,
        place: PlaceQuery = None,
        admin1: Admin1Query = None,
        type: TypeQuery = None,
        country: CountryQuery = None,
        limit: Annotated[int, typer.Option(help="Page size.")] = 100,
        offset: Annotated[int, typer.Option(help="Skip this many events.")] = 0,
        order: Annotated[
            str, typer.Option(help="date_desc, date_asc, fatalities_desc or sources_desc.")
        ] = "date_desc",
        format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
    ) -> None:
        """List stored events, newest first.

        Example: frontline events --actor HTS --from 2024-11-01
        """
        f = _filters(date_from, date_to, actor, place, admin1, type, country, lineage=lineage)
        with _opened(db) as store:
            rows = store.events(f, limit=limit, offset=offset, order=order)
        if format is ListFormat.jsonl:
            for r in rows:
                typer.echo(json.dumps(r, ensure_ascii=False))
        else:
            _table(rows)

    @app.command()
    def export(
        format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
        db: DB = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write here (required for parquet).")
        ] = None,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        actor: ActorQuery = None,
        place: PlaceQuery = None,
        admin1: Admin1Query = None,
        type: TypeQuery = None,
        country: CountryQuery = None,
    ) -> None:
        """Export stored events (the same filters as `events`); `deletions` is ACLED's deletions feed.

        Example: frontline export --format geojson -o events.geojson --admin1 Idleb
        """
        f = _filters(date_from, date_to, actor, place, admin1, type, country)
        if format is ExportFormat.parquet and output is None:
            fail(InputError("parquet is binary", hint="give --output FILE.parquet"))
        with _opened(db) as store:
            data = store.export(format.value, f)
        if output:
            output.write_bytes(data)
        else:
            sys.stdout.write(data.decode("utf-8"))

    @app.command()
    def claims(event_id: str, db: DB = None) -> None:
        """List the claims behind an event: claimant, party or not, stance, figures, sentence."""
        with _opened(db) as store:
            event = store.event(event_id)
        if event["party_claim_only"]:
            typer.echo("note: the only source of this event is a claim by a party to the fighting")
        for c in event["claims"]:
            party = "party" if c["claimant_is_party"] else "not a party"
            figure = f", {c['fatalities']} killed" if c["fatalities"] is not None else ""
            typer.echo(
                f"{c['claimant']} ({party}) {c['stance']}{figure} — {c['article_id']}: {c['sentence'] or ''}"
            )

    @app.command()
    def control(
        db: DB = None,
        at: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD: who held what then.")] = None,
        admin1: Annotated[str | None, typer.Option(help="Only places in this admin1.")] = None,
        place: Annotated[
            str | None, typer.Option(help="Print this place's history instead.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ) -> None:
        """Control of territory: places and controllers on a date, or one place's history.

        Example: frontline control --at 2015-04-30 --admin1 Idleb
        """
        if not (at or place):
            fail(InputError("nothing to show", hint="give --at YYYY-MM-DD or --place NAME"))
        with _opened(db) as store:
            rows = store.place_history(place) if place else store.control_at(at, admin1=admin1)
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if place and rows:
            typer.echo(
                f"{rows[0]['location']} ({rows[0]['admin1']}, {rows[0]['country']}): {len(rows)} change(s)"
            )
        for r in rows:
            if place:
                typer.echo(
                    f"{r['date']} (tp {r['time_precision']})  {r['controller']}  [{r['kind']}]  {r['event_id']}  {'; '.join(r['sources'])}"
                )
            else:
                lineage = " -> ".join(r["lineage"]) or "-"
                typer.echo(
                    f"{r['location']} ({r['admin1']}): {r['controller']} since {r['since'] or '? (known ' + r['known_from'] + ')'}  lineage {lineage}  "
                    f"confidence {r['confidence']}  events {', '.join(r['events'])}  sources {'; '.join(r['sources'])}"
                )

    @app.command("evaluate-fusion")
    def evaluate_fusion(
        paths: Annotated[
            list[Path], typer.Argument(help="Labelled fusion fixtures (JSONL with `gold`).")
        ],
        gold: Annotated[
            Path | None, typer.Option(help="Labels as JSON {article id: {main, background}}.")
        ] = None,
        distinct: Annotated[
            bool, typer.Option(help="Every article is a different event (e.g. ACLED's notes).")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Pairwise precision and recall of fusion on labelled articles.

        Example: frontline evaluate-fusion tests/fuse/fixtures/*.jsonl
        """
        from frontline.fuse.evaluate import evaluate_paths

        try:
            score = evaluate_paths(paths, gold, distinct=distinct)
        except FrontlineError as exc:
            fail(exc)
        typer.echo(json.dumps(score.to_dict(), indent=2) if as_json else score.to_text())

    app.add_typer(event_app, name="event")


Who = Annotated[str, typer.Option(help="Who makes the change (recorded in the audit log).")]
Why = Annotated[str, typer.Option(help="Why (recorded in the audit log).")]


@event_app.command("show")
def event_show(event_id: str, db: DB = None) -> None:
    """Print one event with its sources, claims and edits as JSON."""
    with _opened(db) as store:
        typer.echo(json.dumps(store.event(event_id), ensure_ascii=False, indent=2))


@event_app.command("edit")
def event_edit(
    event_id: str,
    set_: Annotated[
        list[str], typer.Option("--set", help="field=value (JSON values allowed), repeatable.")
    ],
    who: Who,
    why: Why,
    db: DB = None,
) -> None:
    """Change fields of an event. Example: frontline event edit ev-… --set fatalities=3 --who me --why 'MSF figure'"""
    fields: dict[str, Any] = {}
    for item in set_:
        key, sep, value = item.partition("=")
        if not sep:
            fail(InputError(f"--set expects field=value, got {item!r}"))
        try:
            fields[key] = json.loads(value)
        except json.JSONDecodeError:
            fields[key] = value
    with _opened(db) as store:
        after = store.edit_event(event_id, fields, who=who, why=why)
    typer.echo(f"{event_id}: " + ", ".join(f"{k}={after.get(k)!r}" for k in fields))


@event_app.command("merge")
def event_merge(keep_id: str, other_id: str, who: Who, why: Why, db: DB = None) -> None:
    """Fold OTHER_ID into KEEP_ID: they are one event."""
    with _opened(db) as store:
        merged = store.merge_events(keep_id, other_id, who=who, why=why)
    typer.echo(f"{other_id} merged into {keep_id} ({merged.get('n_sources')} sources)")


@event_app.command("split")
def event_split(
    event_id: str,
    report_ids: Annotated[list[str], typer.Argument(help="Report ids to move (see `event show`).")],
    who: Who,
    why: Why,
    db: DB = None,
) -> None:
    """Move some reports of an event to a new event."""
    with _opened(db) as store:
        new = store.split_event(event_id, report_ids, who=who, why=why)
    typer.echo(f"new event {new.get('event_id')}")


@event_app.command("delete")
def event_delete(event_id: str, who: Who, why: Why, db: DB = None) -> None:
    """Withdraw an event (kept in the audit log and the deletions feed)."""
    with _opened(db) as store:
        store.delete_event(event_id, who=who, why=why)
    typer.echo(f"{event_id} deleted")


@event_app.command("log")
def event_log(event_id: Annotated[str | None, typer.Argument()] = None, db: DB = None) -> None:
    """The audit log (of one event, or all)."""
    with _opened(db) as store:
        for row in store.audit_log(event_id):
            typer.echo(
                f"{row['at']}  {row['who']}  {row['action']} {row['event_id']}  — {row['why']}"
            )
