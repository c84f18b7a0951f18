"""Casualty figures in English news and ACLED notes: who was killed, wounded, captured, how many.

Rules, not a parser: a casualty verb (lexicon in data/lexicons/figures.yaml) takes its victims from
the noun phrase after it ("killed 15 IS militants") or, for participles, before it ("two policemen
were wounded"); nouns of loss ("3 PKK fatalities", "the death toll rose to 12", "incurring
fatalities"), explicit zeros ("No fatalities were reported") and ACLED's own note conventions
("Unclear fatalities coded as 10", "20 fatalities split up between 3 events") are read separately.
`nlp.fatalities.fatalities_from` turns the figures of one report into ACLED's death count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontline.nlp.figure_rules import Kind, Rules, Scope, rules
from frontline.nlp.numbers import parse_count


@dataclass(slots=True)
class Figure:
    start: int
    end: int
    text: str
    count: int | None  # None: reported but not counted ("many regime soldiers")
    kind: Kind
    approximate: bool = False
    subject: str = ""
    subject_start: int = -1
    subject_end: int = -1
    note: str = ""  # the ACLED note convention this figure comes from, if any
    split: bool = False  # note said the total is split between `parts` events
    parts: int = 1
    days: int = 1  # "spread across three locations in two days": `parts` counts both
    total: int | None = None  # a note's figure before splitting
    lower_bound: bool = False
    scope: Scope = "event"
    sentence: int = 0  # index of the sentence, for fatalities_from


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|U\.S|Mr|Mrs|Dr|St|No|Gen|Col|Lt|Sgt|Maj|Capt|Brig|Rep|Sen)$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: a full stop before a capital or digit, or a line break."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group()[0] == "." and _ABBREVIATION.search(text, max(0, m.start() - 4), m.start()):
            continue  # "U.S. forces", "Gen. Smith"
        if m.start() > start:
            spans.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _kind_of(kinds: set[str]) -> Kind:
    if "killed" in kinds and "wounded" in kinds:
        return "casualties"  # dead-and-wounded is not a death count
    for kind in ("killed", "wounded", "captured", "missing"):
        if kind in kinds:
            return kind  # type: ignore[return-value]
    return "casualties"


@dataclass(slots=True)
class _NP:
    start: int  # offsets in the sentence
    end: int
    count: int | None
    approximate: bool = False
    lower_bound: bool = False
    total: bool = False


def _read_np(r: Rules, s: str, pos: int, limit: int) -> _NP | None:
    """A victim noun phrase starting at `pos` (count, quantifier, determiner or pronoun)."""
    m = r.np_start.match(s, pos, limit)
    if not m:
        return None
    body_end = m.end()
    head = r.np_body.match(s, body_end, limit)  # up to and including the last victim noun
    if m["pro"]:
        return _NP(pos, m.end(), r.pronouns[m["pro"].lower()])
    first = r.np_head.match(s, body_end, limit)  # the head noun decides singular or plural
    noun = first["noun"].lower() if first else ""
    if head:
        body_end = head.end()
    if m["num"]:
        count = parse_count(m["num"])
        if count is None or (head and r.count_in.search(s, m.end(), head.start("noun"))):
            return None  # "7 July 2016 Video More than 33 people": the inner number counts
        if not head:
            tail = r.bare_tail.match(s, body_end, limit)
            if not tail or (1900 <= count.value <= 2100 and not tail.group().strip()):
                return None
            body_end = tail.end() if tail.group().strip() else body_end
        return _NP(pos, body_end, count.value, count.approximate, count.lower_bound, bool(m["tot"]))
    if m["unc"]:
        bare = m["unc"].lower() == "those"
        return _NP(pos, body_end, None) if head or bare else None
    if m["det"]:  # "a child", "the driver"; "another" may stand alone; "the 5" is a count
        det = m["det"].lower()
        if r.np_start.match(s, r.skip_space(s, m.end()), limit) and re.match(
            r"\s+\d", s[m.end() :]
        ):
            return None
        if not head:
            if det in ("another", "one"):
                return _NP(pos, body_end, 1)
            return _NP(pos, body_end, r.pronouns[det]) if det in r.pronouns else None
        return _NP(pos, body_end, 1 if noun in r.singular else None)
    return None


def _objects(r: Rules, s: str, pos: int) -> list[_NP]:
    """Victims after an active verb: "killing a woman and her son"."""
    found: list[_NP] = []
    limit = r.clause_end(s, pos)
    np = _read_np(r, s, r.skip_space(s, pos), limit)
    while np:
        found.append(np)
        m = r.conjunct.match(s, np.end, limit)
        np = _read_np(r, s, m.end(), limit) if m else None
    return found


def _subjects(r: Rules, s: str, verb_start: int) -> list[_NP]:
    """Victims before a participle: "seven rebels and many regime soldiers were killed"."""
    span_start, span_end = r.subject_span(s, verb_start)
    if span_start >= span_end:
        return []
    starts: list[_NP] = []
    parens = [(a.start(), a.end()) for a in re.finditer(r"\([^()]*\)", s[:span_end])]
    for m in r.word_start.finditer(s, span_start, span_end):
        if any(a < m.start() < b for a, b in parens):
            continue  # "3 TMF fighters (including the director ...)"
        if starts and m.start() < starts[-1].end:
            continue  # inside the previous phrase ("between 43 and 52 persons")
        np = _read_np(r, s, m.start(), span_end)
        if np:
            starts.append(np)
    if not starts:
        return []
    # the nearest phrase is the subject; earlier ones join it only through "and" or commas,
    # and a phrase of "others" stands alone ("1 officer and 3 civilians dead and 9 others")
    chain = [starts[-1]]
    if not re.search(r"\bothers?\b", s[chain[0].start : span_end], re.I):
        for prev in reversed(starts[:-1]):
            gap = s[prev.end : chain[0].start]
            if not r.separator.fullmatch(gap):
                break
            chain.insert(0, prev)
    earlier = [x for x in starts if x.end <= chain[0].start]
    if earlier and r.complement.fullmatch(s[earlier[-1].end : chain[0].start]):
        chain = [earlier[-1]]  # "a member of the National Defense Forces": keep the head
    return chain


def _make(r: Rules, s: str, off: int, idx: int, kind: Kind, np: _NP, a: int, b: int) -> Figure:
    scope: Scope = "total" if np.total else r.scope_before(s, np.start)
    return Figure(
        start=off + min(a, np.start),
        end=off + max(b, np.end),
        text=s[min(a, np.start) : max(b, np.end)],
        count=np.count,
        kind=kind,
        approximate=np.approximate,
        subject=s[np.start : np.end],
        subject_start=off + np.start,
        subject_end=off + np.end,
        lower_bound=np.lower_bound,
        scope=scope,
        sentence=idx,
    )


def _verb_segments(r: Rules, s: str) -> list[tuple[int, int, list[str]]]:
    """Verb groups ("killed or captured"), split where a participle meets a gerund: in "leaving
    him killed and injuring his family" the two verbs have different victims."""
    segments: list[tuple[int, int, list[str]]] = []
    for m in r.verb_group.finditer(s):
        parts = list(r.verb_form.finditer(s, m.start(), m.end()))
        seg = [parts[0]]
        for part in parts[1:] + [None]:
            if part is None or part.group().split()[0].lower().endswith("ing") != seg[
                -1
            ].group().split()[0].lower().endswith("ing"):
                forms = [re.sub(r"\s+", " ", x.group().lower()) for x in seg]
                segments.append((seg[0].start(), seg[-1].end(), forms))
                seg = [part] if part else []
            else:
                seg.append(part)
    return segments


def _verb_figures(r: Rules, s: str, off: int, idx: int) -> list[Figure]:
    out: list[Figure] = []
    for start, end, forms in _verb_segments(r, s):
        if r.attempted(s, start) or r.nonviolent_after(s, end):
            continue
        kind = _kind_of({r.kinds[f] for f in forms})
        last = forms[-1]
        nps: list[_NP] = []
        nominal = r.nominal_of.match(s, end)
        if nominal and last in r.nominal:
            nps = _objects(r, s, nominal.end())
        elif last not in r.intransitive and not r.passive_aux(s, start):
            nps = _objects(r, s, end)
        if not nps and r.is_participle(last):
            nps = _subjects(r, s, start)
        for np in nps:
            out.append(_make(r, s, off, idx, kind, np, start, end))
    return out


def _noun_figures(r: Rules, s: str, off: int, idx: int) -> list[Figure]:
    out: list[Figure] = []
    for m in r.counted_nouns(s):  # "3 PKK fatalities", "5 injuries"
        count = parse_count(m["num"])
        if count is None or r.attempted(s, m.start()):
            continue
        kind = _kind_of({r.noun_kinds[m["noun"].lower()], r.noun_kinds[(m["noun2"] or "").lower()]})
        np = _NP(m.start(), m.end(), count.value, count.approximate, count.lower_bound)
        out.append(_make(r, s, off, idx, kind, np, m.start(), m.end()))
    for m in r.loss.finditer(s):  # "incurring fatalities among Houthi forces"
        count = parse_count(m["q"]) if m["q"] else None
        kind = _kind_of({r.noun_kinds[m["noun"].lower()], r.noun_kinds[(m["noun2"] or "").lower()]})
        a, b = (m.start("subj"), m.end("subj")) if m["subj"] else (m.start("noun"), m.end("noun"))
        np = _NP(a, b, count.value if count else None, bool(count and count.approximate))
        fig = _make(r, s, off, idx, kind, np, m.start(), m.end())
        out.append(fig)
    for m in r.toll.finditer(s) if "toll" in s else ():  # "the death toll rose to 12"
        count = parse_count(m["num"])
        if count:
            np = _NP(m.start("num"), m.end("num"), count.value, count.approximate, True, True)
            kind: Kind = "casualties" if m["cas"] else "killed"
            out.append(_make(r, s, off, idx, kind, np, m.start(), m.end()))
    bodies = ("s body", "’s body", "s corpse", "’s corpse", "s remains", "’s remains")
    for m in r.possessive_body.finditer(s) if any(b in s for b in bodies) else ():
        # "an old man's body was found"
        np = _NP(m.start(), m.end("noun"), 1)
        out.append(_make(r, s, off, idx, "killed", np, m.start(), m.end()))
    return out


def _zero_and_note_figures(r: Rules, s: str, off: int, idx: int) -> list[Figure]:
    out: list[Figure] = []
    for m in r.zero.finditer(s):  # "No fatalities nor injuries reported"
        for group in ("n1", "n2"):
            if m[group]:
                kind = r.zero_kinds[m[group].lower()]
                np = _NP(m.start(group), m.end(group), 0)
                out.append(_make(r, s, off, idx, kind, np, m.start(), m.end()))  # type: ignore[arg-type]
    for m in r.nobody.finditer(s):  # "no one was killed"
        kind = _kind_of({r.kinds[re.sub(r"\s+", " ", m["verb"].lower())]})
        out.append(_make(r, s, off, idx, kind, _NP(m.start(), m.end(), 0), m.start(), m.end()))
    for m in r.note.finditer(s) if "atalit" in s else ():
        if not m["n"] and not m["parts"]:
            continue  # a bare "fatalities" is not a note convention
        total = parse_count(m["n"] or m["n2"] or "")
        parts = parse_count(m["parts"]).value if m["parts"] else 1  # type: ignore[union-attr]
        days = parse_count(m["days"]).value if m["days"] else 1  # type: ignore[union-attr]
        parts *= max(days, 1)
        parts = max(parts, 1)
        value = total.value if total else None
        count = value // parts if value is not None else None
        fig = Figure(
            start=off + m.start(),
            end=off + m.end(),
            text=m.group(),
            count=count,
            kind="killed",
            note=m.group(),
            split=parts > 1,
            parts=parts,
            days=max(days, 1),
            total=value,
            sentence=idx,
        )
        out.append(fig)
    return out


def find_figures(text: str) -> list[Figure]:
    """Every casualty statement in `text`, in reading order."""
    r = rules()
    figures: list[Figure] = []
    for idx, (a, b) in enumerate(sentence_spans(text)):
        s = text[a:b]
        claimed = _zero_and_note_figures(r, s, a, idx)
        taken = [(f.start, f.end) for f in claimed]
        alternative = r.alternative.search(s) is not None
        for fig in _verb_figures(r, s, a, idx) + _noun_figures(r, s, a, idx):
            if any(x < fig.end and fig.start < y for x, y in taken):
                continue
            if any(f.subject_start == fig.subject_start and f.kind == fig.kind for f in claimed):
                continue
            if alternative and fig.scope == "event":
                fig.scope = "alternative"
            claimed.append(fig)
        figures.extend(sorted(claimed, key=lambda f: f.start))
    return figures
