"""Casualty figures in English news and ACLED notes: who was killed, wounded, captured, how many.

Rules, not a parser: a casualty verb (lexicon in data/lexicons/figures.yaml) takes its victims from
the noun phrase after it ("killed 15 IS militants") or, for participles, before it ("two policemen
were wounded"); nouns of loss ("3 PKK fatalities", "the death toll rose to 12", "incurring
fatalities"), explicit zeros ("No fatalities were reported") and ACLED's own note conventions
("Unclear fatalities coded as 10", "20 fatalities split up between 3 events") are read separately.
`fatalities_from` turns the figures of one report into ACLED's conservative death count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from frontline.nlp.numbers import alternation, count_pattern, figures_lexicon, parse_count

Kind = Literal["killed", "wounded", "casualties", "captured", "missing"]
# event: the report's own figure; subgroup: "including 3 children"; total: "a total of", "death
# toll"; alternative: another account of the same deaths; background: a past death protested.
Scope = Literal["event", "subgroup", "total", "alternative", "background"]


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


_AUX = {
    "was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "got", "get",
    "reportedly", "reported", "allegedly", "also", "later", "found", "all", "both", "either",
    "then", "apparently", "subsequently", "initially", "eventually", "said", "to", "believed",
    "feared", "confirmed", "thought",
}  # fmt: skip
_STOP = {
    "which", "that", "who", "whom", "whose", "when", "while", "after", "before", "where", "as",
    "because", "since", "if", "leaving", "left", "leave", "leaves", "among", "including", "whereas",
    "but", "said", "says", "whilst", "until",
}  # fmt: skip


def _plurals(word: str, irregular: dict[str, str]) -> set[str]:
    if word in irregular:
        return {word, irregular[word], word + "s"}
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word, word[:-1] + "ies"}
    return {word, word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")}


class Rules:
    """The lexicon compiled into regular expressions, once."""

    def __init__(self, lex: dict[str, Any]) -> None:
        f = lex["figures"]
        count = count_pattern()
        irregular = {k.lower(): v.lower() for k, v in f["irregular_plurals"].items()}
        words = [str(w).lower() for w in f["victims"]]
        self.singular = {w for w in words if w not in irregular.values()} - {"others", "people"}
        victims = set().union(*(_plurals(w, irregular) for w in words))
        self.kinds: dict[str, str] = {}
        for kind in ("killed", "wounded", "captured", "missing"):
            self.kinds.update({w.lower(): kind for w in f[kind]})
        self.nominal = {k.lower(): v for k, v in f["nominal"].items()}
        forms = {**self.nominal, **self.kinds}
        self.kinds.update(self.nominal)
        self.intransitive = {w.lower() for w in f["intransitive"]}
        self.pronouns = {k.lower(): v for k, v in f["pronouns"].items()}
        self.noun_kinds: dict[str, str] = {"": ""}
        for key, kind in (
            ("death_nouns", "killed"),
            ("injury_nouns", "wounded"),
            ("casualty_nouns", "casualties"),
            ("prisoner_nouns", "captured"),
        ):
            self.noun_kinds.update({w.lower(): kind for w in f[key]})  # fmt: skip
        self.single_forms = {w for w in self.kinds if " " not in w}
        form = rf"(?:{alternation(forms)})"
        sep = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or)\s+)"
        self.verb_form = re.compile(form, re.I)
        self.verb_group = re.compile(rf"\b{form}(?:{sep}{form})*\b", re.I)
        victim = rf"(?:{alternation(victims)})"
        skip = r"(?!(?-i:and|or|but|who|which|that|was|were|is|are|had|has|have|by|after|when|"
        skip += r"while|during|as|leaving|left|in|on|at|near)\b)(?![\w-]+ing\b)[\w'’./-]+"
        self.np_body = re.compile(rf"(?:\s+{skip}){{0,5}}\s+(?P<noun>{victim})\b", re.I)
        self.count_in = re.compile(count, re.I)
        self.np_head = re.compile(rf"(?:\s+{skip}){{0,5}}?\s+(?P<noun>{victim})\b", re.I)
        dets = alternation(f["singular_determiners"])
        self.np_start = re.compile(
            rf"(?P<tot>(?:a\s+)?total\s+(?:of\s+)?)?(?:(?P<num>{count})|"
            rf"(?P<unc>{alternation(f['uncounted'])})\b|(?P<det>{dets})\b|"
            rf"(?P<pro>{alternation(self.pronouns)})\b)",
            re.I,
        )
        self.bare_tail = re.compile(
            r"(?:\s+of\s+(?:them|those|whom|us))?(?=\s*$|\s*[,.;:)]|\s+(?:and|or|in|on|at|by|with|"
            r"during|near|while|after|as|when|including|from|inside|outside|others?|more)\b)",
            re.I,
        )
        self.word_start = re.compile(r"(?<![\w'’-])\w")
        self.conjunct = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+", re.I)
        self.separator = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)\s*", re.I)
        self.complement = re.compile(r"\s+(?:of|from)\s+", re.I)
        self.nominal_of = re.compile(r"\s+of\s+", re.I)
        self.token = re.compile(r"\(|\)|[,;:]|[^\s,;:()]+")
        self._aux_before = re.compile(
            r"\b(?:was|were|is|are|been|be|being|got|get)\s+(?:(?:reportedly|allegedly|also|later|"
            r"all|both|found|reported|apparently|subsequently|initially|then)\s+)*$"
        )  # case-sensitive: "IS" is the Islamic State, not a verb
        self._attempt = re.compile(
            rf"\b(?:{alternation(f['attempt_cues'])})\s+(?:[\w-]+\s+)?$", re.I
        )
        self._nonviolent = re.compile(rf"\b(?:{alternation(f['nonviolent_causes'])})", re.I)
        self._background = re.compile(
            rf"\b(?:{alternation(f['background_cues'])})[^,;.]{{0,45}}$", re.I
        )
        self._subgroup = re.compile(rf"\b(?:{alternation(f['subgroup_cues'])})\s*,?\s*$", re.I)
        self.alternative = re.compile(rf"\b(?:{alternation(f['alternative_cues'])})\b", re.I)
        nouns = {**{k: v for k, v in self.noun_kinds.items() if k}}
        noun = rf"(?:{alternation(nouns)})"
        mod = r"(?:(?![\w-]*(?:ed|ing)\b|(?:and|or|but|were|was|of|with|in|on|at|from|for|to|during|after|over)\b)[\w'’-]+\s+)"
        self._noun = re.compile(rf"\b{noun}\b", re.I)
        self.counted_noun = re.compile(
            rf"(?P<num>{count})\s+{mod}{{0,3}}?(?P<noun>{noun})\b"
            rf"(?:\s+(?:and|or|nor)\s+(?P<noun2>{noun})\b)?",
            re.I,
        )
        loss = r"fatalities|fatalites|deaths|casualties|injuries"
        self.loss = re.compile(
            rf"\b(?:{alternation(f['loss_triggers'])})\s+(?:(?P<q>[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+)??"
            rf"(?P<noun>{loss})(?:\s+(?:and|or|nor)\s+(?P<noun2>{loss}))?"
            r"(?:\s+(?:among|for|to|within)\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?"
            r"(?P<subj>[^,.;()]{1,60}?)(?=\s*[,.;(]|\s*$|\s+(?:and|while|as|after|before|during|"
            r"forcing|damaging|destroying|in|on)\b))?",
            re.I,
        )
        self.toll = re.compile(
            rf"\b(?:(?P<cas>casualty)|death)\s+toll\b[^.;:]{{0,40}}?(?P<num>{count})", re.I
        )
        singular = alternation(self.singular)
        self.possessive_body = re.compile(
            rf"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{singular})['’]s\s+"
            r"(?:dead\s+)?(?:body|corpse|remains)\b",
            re.I,
        )
        zn = r"fatalities|fatality|fatalites|deaths|death|casualties|casualty|injuries|injury"
        zn += r"|injured|wounded|dead|damages|damage|victims"
        self.zero_kinds = {w: self.noun_kinds.get(w, "killed") or "killed" for w in zn.split("|")}
        self.zero_kinds.update({"injured": "wounded", "wounded": "wounded"})
        self.zero = re.compile(
            r"\b(?:no|neither|nor|without|zero)\s+(?:reports?\s+(?:of|on)\s+|reported\s+|known\s+|"
            rf"human\s+)?(?P<n1>{zn})\b(?:\s+(?:nor|or|and)\s+(?:reported\s+)?(?P<n2>{zn})\b)?",
            re.I,
        )
        self.nobody = re.compile(
            r"\b(?:no\s+one|no-one|nobody|none)\s+(?:(?:was|were|had|has|been|is|reportedly)\s+)*"
            rf"(?P<verb>{form})\b",
            re.I,
        )
        n = lex["notes"]
        qual = r"(?:(?:unclear|unknown|unidentified|total|reported|dozens\s+of|number\s+of|an?)\s+)"
        split = (
            rf"\s*,?\s*(?:and\s+)?(?:{alternation(n['split_verbs'])})\s+(?P<parts>{count})\s+"
            rf"(?:{alternation(n['split_units'])})\b(?:\s+(?:in|over|across)\s+(?P<days>{count})"
            r"\s+days)?"
        )
        self.note = re.compile(
            rf"\b(?:{qual}{{0,3}}fatalit\w*(?:\s+and\s+injuries)?\s+(?:were\s+)?"
            rf"(?:{alternation(n['coded_verbs'])})\s+(?P<n>\d+)(?:\s*\([^)]*\))?"
            r"|(?P<n2>\d+)\s+fatalit\w*|fatalit\w*)"
            rf"(?:{split})?",
            re.I,
        )

    def counted_nouns(self, s: str) -> list[re.Match[str]]:
        """`counted_noun` matches, searched only just before each noun of loss (fast)."""
        found = []
        for noun in self._noun.finditer(s):
            for m in self.counted_noun.finditer(s, max(0, noun.start() - 60), noun.end() + 30):
                if m.start("noun") == noun.start() and (not found or m.start() >= found[-1].end()):
                    found.append(m)
        return found

    def skip_space(self, s: str, pos: int) -> int:
        """Past spaces and quotes: killing and injuring "dozens" of fighters."""
        while pos < len(s) and s[pos] in " \t\"\u201c\u201d'\u2018\u2019":
            pos += 1
        return pos

    def clause_end(self, s: str, pos: int) -> int:
        m = re.compile(r"[;:]").search(s, pos)
        return m.start() if m else len(s)

    def passive_aux(self, s: str, pos: int) -> bool:
        return self._aux_before.search(s, max(0, pos - 60), pos) is not None

    def attempted(self, s: str, pos: int) -> bool:
        return self._attempt.search(s[max(0, pos - 40) : pos]) is not None

    def nonviolent_after(self, s: str, pos: int) -> bool:
        return self._nonviolent.search(s, pos, pos + 50) is not None

    def is_participle(self, form: str) -> bool:
        return form in self.intransitive or form.endswith(("ed", "dead", "to death", "hurt"))

    def scope_before(self, s: str, pos: int) -> Scope:
        before = s[:pos]
        if self._background.search(before):
            return "background"
        if self._subgroup.search(before):
            return "subgroup"
        return "event"

    def subject_span(self, s: str, verb_start: int) -> tuple[int, int]:
        """The stretch before a participle that may hold its subject, after auxiliaries."""
        toks = list(self.token.finditer(s, 0, verb_start))
        i, run = len(toks) - 1, []
        while i >= 0 and len(run) < 6:
            w = toks[i].group()  # auxiliaries are lower case: "IS" is the Islamic State
            if w in _AUX or w in ("and", "or") or (w.endswith("ed") and w not in self.kinds):
                run.append(w)
                i -= 1
            else:
                break
        while run and (run[-1] in ("and", "or") or run[-1] not in _AUX):
            run.pop()
            i += 1
        end, j, depth, n = i, i, 0, 0
        while j >= 0 and n < 16:
            w = toks[j].group().lower()
            if w == ")":
                depth += 1
            elif w == "(":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (w in ",;:" or w in _STOP or w in self.single_forms):
                break
            j, n = j - 1, n + 1
        if end < 0 or j + 1 > end:
            return 0, 0
        return toks[j + 1].start(), toks[end].end()


@cache
def rules() -> Rules:
    return Rules(figures_lexicon())


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


def split_counts(total: int, parts: int) -> list[int]:
    """ACLED's split of `total` deaths between `parts` events: 20 over 3 -> [7, 7, 6]."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


_UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|reached|jumped)\b", re.I)


def _deaths(figures: list[Figure]) -> int | None:
    killed = [
        f for f in figures if f.kind == "killed" and f.scope not in ("background", "subgroup")
    ]
    counted = [f for f in killed if f.count]
    if not counted:
        return None if any(f.count is None for f in killed) else 0
    total: int | None = None
    for idx in sorted({f.sentence for f in counted}):
        group = [f for f in counted if f.sentence == idx]
        tolls = [f.count for f in group if f.scope == "total" and f.count]
        amount = min(tolls) if tolls else sum(f.count for f in group if f.count)
        if total is None:  # the lead statement
            total = amount
        elif group[0].scope == "alternative":
            total = min(total, amount)
        elif tolls and any(_UPDATE.search(f.text) for f in group):
            total = max(total, amount)  # "the death toll rose to 12"
    return total


def fatalities_from(figures: list[Figure]) -> int | None:
    """ACLED's death count for one report, or None when deaths are reported but not counted.

    - An ACLED note convention ("coded as 10", "split between 3 events") wins: its count (after the
      split, floor(total/parts); see `split_counts` for ACLED's exact shares); several notes: the
      smallest. A split note without a number splits the deaths counted in the text.
    - Otherwise deaths only (wounded and casualties are not fatalities). The lead statement (first
      sentence with counted deaths) gives the figure: its stated total ("a total of", "death toll")
      or else the sum over its victim groups. Later sentences only lower it when they are an
      alternative account ("other sources report", "confirmed", "claimed") or raise it when a toll
      is updated ("the death toll rose to 12"); other later figures are restatements or background
      (news often recalls a war's overall toll), so they are not added.
    - Figures in a background clause (a past death protested) and subgroups are ignored.
    - Returns 0 when no death is reported (explicit zeros, wounded-only, nothing), None when deaths
      are reported without any count ("incurring fatalities") so the coder can apply ACLED's
      default (10 in a significant attack, 3 in a limited one).
    """
    notes = [f for f in figures if f.note]
    if notes:
        counted = [f.count for f in notes if f.count is not None]
        if counted:
            return min(counted)
        reported = _deaths([f for f in figures if not f.note])
        return reported // notes[0].parts if reported is not None else None
    return _deaths(figures)
