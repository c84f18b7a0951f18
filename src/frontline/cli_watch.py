"""`frontline watch FEEDS.txt`: follow RSS/Atom feeds into the store (frontline.feeds.watch)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontline.cli_store import DB, RayAddress, Workers, fail
from frontline.errors import FrontlineError


def register(app: typer.Typer) -> None:
    @app.command()
    def watch(
        feed_list: Annotated[Path, typer.Argument(help="Feed URLs, one a line ('#' comments).")],
        db: DB = None,
        every: Annotated[str, typer.Option(help="Time between rounds: 15m, 30s, 1h.")] = "15m",
        once: Annotated[
            bool, typer.Option("--once", help="One round, then exit (for cron).")
        ] = False,
        timeout: Annotated[
            float, typer.Option(help="Seconds per request before giving up.")
        ] = 20.0,
        max_mb: Annotated[float, typer.Option(help="Largest page or feed read, in MB.")] = 5.0,
        per_host: Annotated[
            float, typer.Option(help="Seconds between two requests to the same host.")
        ] = 1.0,
        relevance_filter: Annotated[
            bool,
            typer.Option("--filter/--no-filter", help="Keep off-topic articles as skipped."),
        ] = True,
        workers: Workers = 1,
        ray_address: RayAddress = None,
    ) -> None:
        """Poll feeds, fetch each new article once (conditional GET, robots.txt, a per-host pace),
        and ingest it. Safe to kill and restart: nothing is lost or stored twice.

        Example: frontline watch feeds.txt --db frontline.db --every 15m
        """
        from frontline.feeds.fetch import FetchPolicy
        from frontline.feeds.watch import Watcher, parse_every, read_feed_list
        from frontline.scale import coder_on_workers
        from frontline.store import Store

        try:
            urls = read_feed_list(feed_list)
            period = parse_every(every)
            policy = FetchPolicy(timeout, int(max_mb * 1024 * 1024), per_host)
            with (
                Store.open(db) as store,
                coder_on_workers(workers, address=ray_address) as coder,
                Watcher(
                    store,
                    urls,
                    coder=coder,
                    policy=policy,
                    relevance_filter=relevance_filter,
                    echo=typer.echo,
                ) as watcher,  # fmt: skip
            ):
                if once:
                    watcher.round()
                else:
                    watcher.run(period)
        except FrontlineError as exc:
            fail(exc)
        except KeyboardInterrupt:
            typer.echo("stopped")
