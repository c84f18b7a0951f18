"""Throughput of frontline against bare spaCy on the FA-KES dev texts, in one run.

Measures, each on its own: loading the spaCy pipeline, the actor KB and the gazetteer (first call
in this process), then (a) `nlp.pipe` over the texts and (b) `frontline.pipeline.code_articles`
over the same texts, each warmed up once and timed `--repeat` times (median reported).

Example:
    .venv/bin/python bench/throughput.py --repeat 3
    .venv/bin/python bench/throughput.py --limit 50 --json
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a source tree without installing

from frontline.evaluate.report import table  # noqa: E402
from frontline.evaluate.runner import read_articles_jsonl, run_coder  # noqa: E402
from frontline.model import Article  # noqa: E402
from frontline.scale import peak_rss_mb  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval-dev" / "fakes_dev_articles.jsonl"
WARMUP_ARTICLES = 16  # enough to trigger lazy initialisation without a full extra pass


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def load_spacy() -> Any:
    """The pipeline frontline itself loads, falling back to the configured package."""
    try:
        from frontline.nlp.pipeline import load_nlp
    except ImportError:
        import spacy

        from frontline.config import Settings

        name = Settings.from_env().spacy_model
        try:
            return spacy.load(name)
        except OSError:
            return importlib.import_module(name).load()
    return load_nlp()


def optional_loader(module: str, name: str) -> Callable[[], Any] | None:
    """A function importing `module` and calling `name()`; None if it does not exist yet.

    The import happens inside the returned call so the timing includes module-level loading.
    """
    spec = importlib.util.find_spec(module) if _parent_exists(module) else None
    if spec is None:
        return None

    def load() -> Any:
        return getattr(importlib.import_module(module), name)()

    return load


def _parent_exists(module: str) -> bool:
    parent = module.rpartition(".")[0]
    return not parent or importlib.util.find_spec(parent) is not None


def measure_loads() -> dict[str, dict[str, float] | None]:
    loaders: dict[str, Callable[[], Any] | None] = {
        "spacy pipeline": load_spacy,
        "actor KB": optional_loader("frontline.link.actors", "default_kb"),
        "gazetteer": optional_loader("frontline.link.places", "default_gazetteer"),
    }
    loads: dict[str, dict[str, float] | None] = {}
    for label, loader in loaders.items():
        if loader is None:
            loads[label] = None
            continue
        seconds, _ = timed(loader)
        loads[label] = {"seconds": seconds, "peak_rss_mb": peak_rss_mb()}
    return loads


def run_repeated(work: Callable[[list[Article]], None], articles: list[Article], repeat: int):
    """Warm up on a few articles, then time `repeat` full passes; returns the pass times."""
    work(articles[:WARMUP_ARTICLES])
    return [timed(lambda: work(articles))[0] for _ in range(repeat)]


def rates(times: list[float], n_articles: int, n_words: int) -> dict[str, Any]:
    median = statistics.median(times)
    return {
        "median_s": median,
        "runs_s": times,
        "articles_per_s": n_articles / median,
        "words_per_s": n_words / median,
        "peak_rss_mb": peak_rss_mb(),
    }


def bench(path: Path, repeat: int, limit: int | None, n_process: int) -> dict[str, Any]:
    articles = read_articles_jsonl(path, limit)
    n_words = sum(len(a.text.split()) for a in articles)
    result: dict[str, Any] = {
        "articles": len(articles),
        "words": n_words,
        "repeat": repeat,
        "n_process": n_process,
        "loads": measure_loads(),
    }
    nlp = load_spacy()  # cached by load_nlp: no second load
    result["spacy_model"] = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
    result["spacy_pipes"] = list(nlp.pipe_names)

    def bare(batch: list[Article]) -> None:
        for _ in nlp.pipe((a.text for a in batch), n_process=n_process):
            pass

    result["spacy"] = rates(run_repeated(bare, articles, repeat), len(articles), n_words)

    try:
        from frontline.pipeline import code_articles
    except ImportError as exc:  # the coder is still being written: report (a) alone
        result["frontline"] = None
        result["frontline_unavailable"] = str(exc)
        return result

    crashes: dict[str, str] = {}

    def full(batch: list[Article]) -> None:
        # run_coder resumes after an article the coder crashes on, so a bug does not void the run
        coder = partial(code_articles, n_process=n_process)
        crashes.update(run_coder(coder, batch).crashes)

    result["frontline"] = rates(run_repeated(full, articles, repeat), len(articles), n_words)
    result["ratio"] = result["frontline"]["median_s"] / result["spacy"]["median_s"]
    result["crashed_articles"] = sorted(crashes)
    return result


def render(result: dict[str, Any]) -> str:
    lines = [
        f"{result['articles']} articles, {result['words']} words; median of {result['repeat']} "
        f"runs; n_process={result['n_process']}; {result['spacy_model']} "
        f"[{', '.join(result['spacy_pipes'])}]",
        "",
    ]
    stages = [("(a) spaCy nlp.pipe", result["spacy"]), ("(b) frontline", result["frontline"])]
    rows = [
        [label, *_stage_cells(values)] if values else [label, "n/a", "-", "-", "-"]
        for label, values in stages
    ]
    lines.append(table(["stage", "median s", "articles/s", "words/s", "peak RSS MB"], rows))
    if "ratio" in result:
        lines.append(f"\n(b)/(a) time ratio: {result['ratio']:.2f}x")
    if result.get("crashed_articles"):
        lines.append(f"(b) crashed on {len(result['crashed_articles'])} articles (timed anyway)")
    if "frontline_unavailable" in result:
        lines.append(f"\n(b) not measured: {result['frontline_unavailable']}")
    load_rows = [
        [label, f"{v['seconds']:.2f}", f"{v['peak_rss_mb']:.0f}"] if v else [label, "n/a", "-"]
        for label, v in result["loads"].items()
    ]
    lines += ["", table(["load (first call)", "seconds", "peak RSS MB"], load_rows)]
    return "\n".join(lines)


def _stage_cells(values: dict[str, Any]) -> Iterable[str]:
    return (
        f"{values['median_s']:.2f}",
        f"{values['articles_per_s']:.1f}",
        f"{values['words_per_s']:.0f}",
        f"{values['peak_rss_mb']:.0f}",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="JSONL articles")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per stage (median)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--n-process", type=int, default=1, help="spaCy processes for both stages")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if not args.articles.is_file():
        parser.error(f"no such file: {args.articles}")
    result = bench(args.articles, max(1, args.repeat), args.limit, args.n_process)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
