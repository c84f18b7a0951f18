"""Drop what is not reporting (comments, credits, bios, appeals...) while keeping true offsets.

The cleaner never rewrites a character: it only chooses which raw characters to keep. The cleaned
text is stitched from raw slices, and the offset map records each slice as a
(clean_start, raw_start, length) run, so `clean[c:c+n] == raw[r:r+n]` holds by construction.
Patterns live in data/lexicons/boilerplate.yaml (one reviewed entry per kind of junk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from frontline.errors import KnowledgeError

KINDS = ("line", "tail", "block", "span", "tail_span", "end_span")
BULLETS = "•·*▪◦‣–—-"
BOILERPLATE_FILE = files("frontline").joinpath("data", "lexicons", "boilerplate.yaml")


@dataclass(frozen=True, slots=True)
class BoilerplatePattern:
    id: str
    kind: str
    regex: re.Pattern[str]
    continues: re.Pattern[str] | None = None
    requires_indent_or_bullet: bool = False

    def matches_line(self, line: str) -> bool:
        """Does a whole raw line (with its indentation) match this line-level pattern?"""
        stripped = line.strip()
        if not stripped or not self.regex.fullmatch(stripped):
            return False
        if self.requires_indent_or_bullet:
            return line[:1].isspace() or stripped[0] in BULLETS
        return True


@cache
def load_patterns() -> tuple[BoilerplatePattern, ...]:
    """Read and compile boilerplate.yaml once; a malformed entry is a KnowledgeError."""
    try:
        entries = yaml.safe_load(BOILERPLATE_FILE.read_text("utf-8"))["patterns"]
    except (yaml.YAMLError, KeyError, TypeError) as exc:
        raise KnowledgeError(
            f"boilerplate.yaml cannot be read: {exc}", hint="it must be YAML with a `patterns` list"
        ) from exc
    out = []
    for entry in entries:
        try:
            if entry["kind"] not in KINDS:
                raise ValueError(f"unknown kind {entry['kind']!r}")
            cont = entry.get("continues")
            out.append(
                BoilerplatePattern(
                    id=entry["id"],
                    kind=entry["kind"],
                    regex=re.compile(entry["pattern"]),
                    continues=re.compile(cont) if cont else None,
                    requires_indent_or_bullet=bool(entry.get("requires_indent_or_bullet")),
                )
            )
        except (KeyError, ValueError, re.error) as exc:
            raise KnowledgeError(
                f"boilerplate.yaml entry {entry.get('id', '?')!r} is malformed: {exc}",
                hint="each entry needs id, kind (one of " + ", ".join(KINDS) + ") and a valid "
                "pattern",
            ) from exc
    return tuple(out)


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, start = [], 0
    for m in re.finditer("\n", raw):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(raw)))
    return spans


def _kept_lines(raw: str, patterns: tuple[BoilerplatePattern, ...]) -> list[tuple[int, int]]:
    """The raw lines that survive line, block and tail patterns (blank lines are dropped too)."""
    by_kind = {k: [p for p in patterns if p.kind == k] for k in KINDS}
    kept: list[tuple[int, int]] = []
    continuation: re.Pattern[str] | None = None
    for start, end in _lines(raw):
        line = raw[start:end]
        if not line.strip():
            continue
        if any(p.matches_line(line) for p in by_kind["tail"]):
            break  # comment sections: nothing after them is reporting
        if continuation is not None:
            if continuation.fullmatch(line.strip()):
                continue
            continuation = None
        if any(p.matches_line(line) for p in by_kind["line"]):
            continue
        block = next((p for p in by_kind["block"] if p.matches_line(line)), None)
        if block is not None:
            continuation = block.continues
            continue
        kept.append((start, end))
    return kept


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace (including \\r, nbsp)."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _minus_spans(
    raw: str, start: int, end: int, spans: list[re.Pattern[str]]
) -> list[tuple[int, int]]:
    """Split one kept line into the pieces left after removing inline junk matches."""
    cuts = sorted(
        (m.start(), m.end())
        for rx in spans
        for m in rx.finditer(raw, start, end)
        if m.end() > m.start()
    )
    pieces, pos = [], start
    for s, e in cuts:
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        pieces.append((pos, end))
    return [(s, e) for s, e in (_trim(raw, s, e) for s, e in pieces) if e > s]


class _Builder:
    """Accumulate raw slices into cleaned text plus merged (clean, raw, length) runs."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.runs: list[list[int]] = []
        self.length = 0

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        last = self.runs[-1] if self.runs else None
        if last and last[1] + last[2] == start and last[0] + last[2] == self.length:
            last[2] += end - start  # contiguous in both texts: extend the run
        else:
            self.runs.append([self.length, start, end - start])
        self.parts.append(self.raw[start:end])
        self.length += end - start

    def text(self) -> str:
        return "".join(self.parts)


def _separator(raw: str, prev_end: int, start: int) -> list[tuple[int, int]]:
    """Raw characters joining two kept pieces, so the offset map stays exact.

    Pieces on one line (an inline credit cut out between them) are joined by one raw whitespace
    character; adjacent lines by their newline; any gap (blank or dropped lines) by two newlines.
    """
    nl_after = raw.find("\n", prev_end, start)
    if nl_after < 0:
        gap = raw[prev_end:start]
        ws = next((i for i, ch in enumerate(gap) if ch.isspace()), None)
        return [] if ws is None else [(prev_end + ws, prev_end + ws + 1)]
    nl_before = raw.rfind("\n", prev_end, start)
    if nl_after == nl_before:
        return [(nl_after, nl_after + 1)]
    return [(nl_after, nl_after + 1), (nl_before, nl_before + 1)]


def clean_text(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Return (clean text, offset map) with boilerplate dropped and blank-line runs normalised."""
    patterns = load_patterns()
    spans = [p.regex for p in patterns if p.kind == "span"]
    tail_spans = [p.regex for p in patterns if p.kind == "tail_span"]
    pieces: list[tuple[int, int]] = []
    for start, end in _kept_lines(raw, patterns):
        pieces.extend(_minus_spans(raw, start, end, spans))
    pieces = _before_tail_spans(raw, pieces, tail_spans)
    pieces = _without_end_spans(raw, pieces, [p.regex for p in patterns if p.kind == "end_span"])

    out = _Builder(raw)
    prev_end: int | None = None
    for start, end in pieces:
        if prev_end is not None:
            for s, e in _separator(raw, prev_end, start):
                out.add(s, e)
        out.add(start, end)
        prev_end = end
    return out.text(), [tuple(run) for run in out.runs]


def _before_tail_spans(
    raw: str, pieces: list[tuple[int, int]], tail_spans: list[re.Pattern[str]]
) -> list[tuple[int, int]]:
    """Cut every piece at the first tail_span match (a page footer in flattened text)."""
    for i, (start, end) in enumerate(pieces):
        hits = [m.start() for rx in tail_spans if (m := rx.search(raw, start, end))]
        if hits:
            cut_start, cut_end = _trim(raw, start, min(hits))
            return pieces[:i] + ([(cut_start, cut_end)] if cut_end > cut_start else [])
    return pieces


def _without_end_spans(
    raw: str, pieces: list[tuple[int, int]], end_spans: list[re.Pattern[str]]
) -> list[tuple[int, int]]:
    """Drop widget labels dangling at the very end of the text (repeat: they can stack)."""
    while pieces:
        start, end = pieces[-1]
        matches = (m for rx in end_spans for m in rx.finditer(raw, start, end))
        hits = [m.start() for m in matches if m.end() == end]
        if not hits:
            break
        cut_start, cut_end = _trim(raw, start, min(hits))
        pieces = pieces[:-1] + ([(cut_start, cut_end)] if cut_end > cut_start else [])
    return pieces
