"""The API under load on loopback: a store of N synthetic events, 50 concurrent clients.

The store: the Middle East dev notes (../shared) are coded once into a seed store; their events are
then copied N/len times, each copy shifted in time (weeks) and place (a few km), with new ids, into
the store under test (SQLite by default, or a postgresql:// URL). `frontline serve` runs in its
own process; the clients (asyncio + httpx, one process) repeat a mix of `GET /api/events` with
filters and `GET /api/control?at=` for a fixed time. Printed: requests, errors, req/s and
p50/p95/p99 latency per kind of request.

Example:
    .venv/bin/python bench/api_load.py                       # 1,000,000 events in SQLite
    .venv/bin/python bench/api_load.py --db postgresql://postgres@127.0.0.1:5432/load
    .venv/bin/python bench/api_load.py --events 100000 --seconds 10 --json
    .venv/bin/python bench/api_load.py --baseline            # the harness and HTTP stack alone
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
NOTES = SHARED / "eval-dev" / "acled_middle_east_dev_articles.jsonl"

# Each kind of request draws its parameters, so clients ask for many different pages and filters
# (counts and the control timeline are cached per generation of the events; the pages are not).
ADMIN1 = ["Idleb", "Aleppo", "Marib", "Taizz", "Baghdad", "Beirut", "Hakkari", "Al Hudaydah"]
TYPES = [
    "Air/drone strike",
    "Armed clash",
    "Battles",
    "Protests",
    "Shelling/artillery/missile attack",
]
COUNTRIES = ["Syria", "Yemen", "Iraq", "Lebanon", "Turkey"]
ACTORS = ["hts", "Houthis", "PKK", "Military Forces of Turkey", "ISIS"]
PLACES = ["Aleppo", "Marib", "Sanaa", "Beirut", "Idlib", "Taizz"]
QUERIES: dict[str, Callable[[random.Random], str]] = {
    "events (newest)": lambda r: f"/api/events?limit=50&offset={50 * r.randrange(20)}",
    "events date range": lambda r: (
        "/api/events?date_from={0}-{1:02d}-01&date_to={0}-{1:02d}-28&limit=50".format(
            r.randrange(2020, 2030), r.randrange(1, 13)
        )
    ),
    "events admin1": lambda r: (
        f"/api/events?admin1={r.choice(ADMIN1)}&limit=50&offset={50 * r.randrange(5)}"
    ),
    "events type+country": lambda r: (
        f"/api/events?event_type={r.choice(TYPES)}&country={r.choice(COUNTRIES)}&limit=50"
    ),
    "events actor": lambda r: f"/api/events?actor={r.choice(ACTORS)}&limit=50",
    "events place": lambda r: f"/api/events?place={r.choice(PLACES)}&limit=50",
    "control at": lambda r: (
        f"/api/control?at={r.randrange(2020, 2030)}-{r.randrange(1, 13):02d}-01"
    ),
    "control at admin1": lambda r: (
        f"/api/control?at={r.randrange(2020, 2030)}-06-01&admin1={r.choice(ADMIN1)}"
    ),
}
# --baseline: a request that reads no store, so the rate the clients, uvicorn and FastAPI reach on
# their own on this machine (the ceiling of any endpoint above).
BASELINE: dict[str, Callable[[random.Random], str]] = {"config (no store)": lambda r: "/api/config"}


def seed_events(seed_db: Path, notes: int) -> tuple[list[dict], list[dict]]:
    """The event and event_actors rows of the coded dev notes (coded once, kept in seed_db)."""
    import sqlalchemy as sa

    from frontline.ingest import read_articles
    from frontline.store import Store
    from frontline.store.schema import event_actors, events

    if not seed_db.exists():
        lines = NOTES.read_text("utf-8").splitlines()[:notes]
        part = seed_db.with_suffix(".jsonl")
        part.write_text("\n".join(lines) + "\n", "utf-8")
        with Store.open(str(seed_db)) as store:
            store.ingest_stream(read_articles([str(part)]))
        part.unlink()
    engine = sa.create_engine(f"sqlite:///{seed_db}")
    with engine.connect() as conn:
        ev = [dict(r._mapping) for r in conn.execute(sa.select(events))]
        ac = [dict(r._mapping) for r in conn.execute(sa.select(event_actors))]
    engine.dispose()
    return ev, ac


def _shift(row: dict, copy: int, rng: random.Random) -> dict:
    out = dict(row)
    out["event_id"] = f"syn{copy}-{row['event_id']}"  # the notes are of 2020: copies run to 2030
    if row["event_date"]:
        day = dt.date.fromisoformat(row["event_date"]) + dt.timedelta(weeks=copy % 520)
        out["event_date"] = day.isoformat()
    if row["latitude"] is not None:
        out["latitude"] = row["latitude"] + rng.uniform(-0.03, 0.03)
        out["longitude"] = row["longitude"] + rng.uniform(-0.03, 0.03)
    record = dict(row["record"])
    record.update(
        event_id=out["event_id"],
        event_date=out["event_date"],
        latitude=out["latitude"],
        longitude=out["longitude"],
    )
    out["record"] = record
    return out


def build(db: str, n: int, seed_db: Path, notes: int) -> None:
    """Fill `db` with n synthetic events (skipped when it already holds them)."""
    import sqlalchemy as sa

    from frontline.store import Store
    from frontline.store.schema import event_actors, events

    with Store.open(db) as store:
        engine = store.engine
        with engine.connect() as conn:
            have = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        if have >= n:
            print(f"store: {have:,} events already in {db}", file=sys.stderr)
            return
        base, actors = seed_events(seed_db, notes)
        by_event: dict[str, list[dict]] = {}
        for a in actors:
            by_event.setdefault(a["event_id"], []).append(a)
        rng = random.Random(7)
        started, made, copy = time.perf_counter(), 0, 0
        while made < n:
            rows = [_shift(r, copy, rng) for r in base[: n - made]]
            acts = [
                {**{k: v for k, v in a.items() if k != "pk"}, "event_id": r["event_id"]}
                for r, orig in zip(rows, base, strict=False)
                for a in by_event.get(orig["event_id"], [])
            ]
            with engine.begin() as conn:
                conn.execute(events.insert(), rows)
                conn.execute(event_actors.insert(), acts)
            made += len(rows)
            copy += 1
            if copy % 20 == 0:
                print(f"  {made:,} events ({made / (time.perf_counter() - started):,.0f}/s)",
                      file=sys.stderr)  # fmt: skip
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.execute(sa.text("ANALYZE"))
        print(f"store: {made:,} events in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _client(
    http: Any, queries: dict, until: float, rng: random.Random, out: dict[str, list]
) -> None:
    names = list(queries)
    while time.perf_counter() < until:
        name = rng.choice(names)
        t = time.perf_counter()
        try:
            r = await http.get(queries[name](rng))
            error = None if r.status_code == 200 else f"HTTP {r.status_code}: {r.text[:120]}"
        except Exception as exc:  # a refused or reset connection is an error like a 5xx
            error = type(exc).__name__
        out[name].append((time.perf_counter() - t, error is None))
        if error:
            print(f"error: {name}: {error}", file=sys.stderr)


async def hammer(base: str, clients: int, seconds: float, queries: dict) -> dict[str, list]:
    import httpx

    out: dict[str, list] = {name: [] for name in queries}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        warm = random.Random(0)  # first use opens the store, loads the KB and reads the timeline
        for make in queries.values():
            await http.get(make(warm))
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *(_client(http, queries, until, random.Random(i), out) for i in range(clients))
        )
    return out


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="/tmp/frontline-load.db")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--notes", type=int, default=2000, help="dev notes coded for the seed store")
    ap.add_argument("--seed-db", type=Path, default=Path("/tmp/frontline-load-seed.db"))
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--baseline", action="store_true", help="GET /api/config only (no store read)")
    args = ap.parse_args()

    build(args.db, args.events, args.seed_db, args.notes)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "frontline.cli", "serve", "--db", args.db, "--port", str(port)],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        import httpx

        for _ in range(600):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/config", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        base, queries = f"http://127.0.0.1:{port}", BASELINE if args.baseline else QUERIES
        out = asyncio.run(hammer(base, args.clients, args.seconds, queries))
    finally:
        server.terminate()
        server.wait()

    rows = []
    for name, samples in out.items():
        times = [t * 1000 for t, _ in samples]
        if not times:
            continue
        rows.append(
            {
                "request": name,
                "n": len(samples),
                "errors": sum(not ok for _, ok in samples),
                "p50_ms": round(_pct(times, 50), 1),
                "p95_ms": round(_pct(times, 95), 1),
                "p99_ms": round(_pct(times, 99), 1),
            }
        )
    every = [t * 1000 for s in out.values() for t, _ in s]
    total = {
        "request": "all",
        "n": len(every),
        "errors": sum(r["errors"] for r in rows),
        "p50_ms": round(_pct(every, 50), 1),
        "p95_ms": round(_pct(every, 95), 1),
        "p99_ms": round(_pct(every, 99), 1),
        "req_per_s": round(len(every) / args.seconds, 1),
    }
    if args.json:
        print(json.dumps({"db": args.db.split("@")[-1], "events": args.events,
                          "clients": args.clients, "rows": [*rows, total]}, indent=1))  # fmt: skip
        return
    print(f"{args.events:,} events, {args.clients} clients, {args.seconds:.0f} s, "
          f"{total['req_per_s']} req/s")  # fmt: skip
    print(f"{'request':24} {'n':>6} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for r in [*rows, total]:
        print(f"{r['request']:24} {r['n']:>6} {r['errors']:>6} {r['p50_ms']:>8} "
              f"{r['p95_ms']:>8} {r['p99_ms']:>8}")  # fmt: skip


if __name__ == "__main__":
    main()
