"""The casualty lexicon (data/lexicons/figures.yaml) compiled into regular expressions, once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from frontline.nlp.numbers import alternation, count_pattern, figures_lexicon

Kind = Literal["killed", "wounded", "casualties", "captured", "missing"]
# event: the report's own figure; subgroup: "including 3 children"; total: "a total of", "death
# toll"; alternative: another account of the same deaths; background: a past death protested.
Scope = Literal["event", "subgroup", "total", "alternative", "background"]


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


def _plural_demonyms() -> set[str]:
    """'syrians', 'iraqis': the demonyms of the country table that are another one's plural."""
    path = resources.files("frontline") / "data" / "actors" / "countries.yaml"
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    forms = {str(d).lower() for row in rows for d in row.get("demonyms") or []}
    return {d for d in forms if d.endswith("s") and d[:-1] in forms}


class Rules:
    """The lexicon compiled into regular expressions, once."""

    def __init__(self, lex: dict[str, Any]) -> None:
        f = lex["figures"]
        count = count_pattern()
        irregular = {k.lower(): v.lower() for k, v in f["irregular_plurals"].items()}
        words = [str(w).lower() for w in f["victims"]]
        self.singular = {w for w in words if w not in irregular.values()} - {"others", "people"}
        victims = set().union(*(_plurals(w, irregular) for w in words))
        groups = {str(w).lower() for w in f["group_nouns"]}
        victims |= groups | _plural_demonyms()
        # 'a Taliban commander', 'a Baloch man': a group noun of one form may head a singular
        self.singular |= {w for w in groups if not w.endswith("s")}
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
        self._protest_background = re.compile(
            rf"\b(?:{alternation(f['protest_background_cues'])})[^,;.]{{0,45}}$", re.I
        )
        self._protest = re.compile(rf"\b(?:{alternation(f['protest_words'])})", re.I)
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
        if self._protest_background.search(before) and self._protest.search(s):
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
