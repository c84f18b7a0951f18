"""Plain-text tables and JSONL writing for evaluation reports (no terminal needed)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from frontline.evaluate.metrics import NONE_LABEL

_NUMBER = re.compile(r"-?\d+(\.\d+)?%?")


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """An aligned table: numeric columns (numbers, percentages, "-") right-aligned."""
    body = [[str(c) for c in row] for row in rows]
    cells = [[str(c) for c in headers], *body]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [bool(body) and all(_numeric(row[i]) for row in body) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        padded = [
            cell.rjust(w) if right else cell.ljust(w)
            for cell, w, right in zip(row, widths, numeric, strict=True)
        ]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in body)])


def _numeric(cell: str) -> bool:
    return cell in ("-", ".", "n/a") or _NUMBER.fullmatch(cell) is not None


def confusion_matrix_text(table_counts: Counter[tuple[str, str]], width: int = 8) -> str:
    """Gold labels as rows, predicted labels as columns (headers cut to `width` characters)."""
    gold_labels = sorted({g for g, _ in table_counts})
    pred_labels = sorted({p for _, p in table_counts if p != NONE_LABEL})
    if any(p == NONE_LABEL for _, p in table_counts):
        pred_labels.append(NONE_LABEL)
    headers = ["gold \\ predicted", *(label[:width] for label in pred_labels)]
    rows = [[g, *(table_counts.get((g, p), 0) or "." for p in pred_labels)] for g in gold_labels]
    return table(headers, rows)


def confusion_to_dict(table_counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """{gold: {predicted: count}} for JSON output."""
    nested: dict[str, dict[str, int]] = {}
    for (g, p), count in sorted(table_counts.items()):
        nested.setdefault(g, {})[p] = count
    return nested


def write_jsonl(records: Iterable[dict], path: Path) -> int:
    """Write records one per line; returns how many were written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count
