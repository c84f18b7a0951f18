"""Knowledge facts proposed from text, for review: lineage, allegiance, membership.

"Before adopting its current name in 2017, Hayat Tahrir al-Sham was known as Jabhat al-Nusra",
"Islamic State (IS, formerly ISIS)", "X merged into Y", "X pledged allegiance to Y": reporters
state an actor's history in passing. Each statement becomes a `ProposedFact` with its sentence as
evidence and the KB ids of both sides, marked `known` when the KB already holds it; nothing is
written to the KB until a reviewer adds it (`frontline kb add`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from frontline.link.actor_model import slug
from frontline.link.actors import ActorKB

_PARTICLE = r"(?:al|el|ul|wal|wa|ad|ash|as|at|an|ar|bin|ibn|of|the|and|for|li|fi)"
_WORD = r"(?:[A-Z][\w'’]*|[Aa]l-[A-Z][\w'’]*)"
_NAME = rf"{_WORD}(?:(?:[ -]{_PARTICLE})*[ -]{_WORD})*(?:\s\([A-Z][\w-]*\))?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NOUN = r"(?: (?:group|faction|movement|militia|organi[sz]ation))?"
_THE = r"(?:the )?"

# (relation, pattern): `new` and `old` name the two sides; relation reads "new <relation> old".
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("predecessor", re.compile(
        rf"\b(?:[Bb]efore|[Pp]rior to) (?:adopting|taking|assuming) its (?:current |new |present )?"
        rf"name(?: in {_YEAR})?, (?P<new>{_NAME}) (?:was|had been) (?:known|called|named)"
        rf"(?: as)? (?P<old>{_NAME})")),
    ("predecessor", re.compile(
        rf"(?P<new>{_NAME}),? (?:\((?:[A-Z][\w-]*, )?|which was |previously |once )?"
        rf"(?:formerly|previously) (?:known as |called |named )?(?P<old>{_NAME})")),
    ("predecessor", re.compile(
        rf"(?P<new>{_NAME}) (?:was|were|had been) (?:formerly|previously|once|originally) "
        rf"(?:known as|called|named) (?P<old>{_NAME})")),
    ("successor", re.compile(
        rf"(?P<old>{_NAME}) (?:was renamed|renamed itself|rebranded(?: itself)? as|changed its "
        rf"name to|became known as)(?: as)? (?P<new>{_NAME})(?: in {_YEAR})?")),
    ("merged_into", re.compile(
        rf"(?P<old>{_NAME}){_NOUN} (?:merged|was merged|were merged|has merged|dissolved itself) "
        rf"into {_THE}(?P<new>{_NAME})(?: in {_YEAR})?")),
    ("affiliation", re.compile(
        rf"(?P<old>{_NAME}){_NOUN} (?:pledged|swore|has pledged|had pledged|declared) "
        rf"(?:its )?(?:allegiance|loyalty|bay['’]?ah?) to {_THE}(?P<new>{_NAME})(?: in {_YEAR})?")),
    ("member_of", re.compile(
        rf"(?P<old>{_NAME}){_NOUN},? (?:joined|became part of|became a member of) (?:the )?"
        rf"(?P<new>{_NAME})(?: (?:coalition|alliance|operations room))?(?: in {_YEAR})?")),
)  # fmt: skip
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_OPENERS = frozenset({"The", "A", "An", "In", "On", "Before", "After", "Since", "But", "And"})


@dataclass(frozen=True, slots=True)
class Side:
    text: str  # as written
    actor_id: str | None  # KB id, or None: a provisional name
    lineage_id: str | None  # the lineage root in the KB (one id for Nusra, JFS and HTS)


@dataclass(frozen=True, slots=True)
class ProposedFact:
    """`subject` <relation> `object`: e.g. HTS predecessor Jabhat al-Nusra (in 2017)."""

    relation: str  # predecessor | merged_into | affiliation | member_of
    subject: Side
    object: Side
    year: int | None
    evidence: str
    start: int  # offsets of the evidence sentence in the text
    end: int
    known: bool  # the KB already holds this fact

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    def as_yaml_hint(self) -> str:
        """The KB entry a reviewer would add (on the subject's side)."""
        target = self.object.actor_id or f"prov:{slug(self.object.text)}"
        key = {"predecessor": "predecessor", "merged_into": "successor"}.get(self.relation)
        day = "  # the text gives the year only: check the day" if self.year else ""
        if key:
            date = f", date: {self.year}-01-01" if self.year else ""
            return f"{key}: [{{id: {target}{date}}}]{day}"
        start = f", start: {self.year}-01-01" if self.year else ""
        return f"{self.relation}: [{{id: {target}{start}}}]{day}"


def _clean(name: str) -> str:
    words = name.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)


def _side(kb: ActorKB, name: str) -> Side:
    text = _clean(name)
    hits = [m for m in kb.find(text, new_article=False) if m.kind == "kb"]
    aid = hits[0].actor_id if hits else kb.lookup_name(text)
    if aid is not None and aid.startswith("generic:"):
        aid = None
    return Side(text, aid, kb.lineage_root(aid) if aid else None)


def _known(kb: ActorKB, relation: str, subject: Side, obj: Side) -> bool:
    if subject.actor_id is None or obj.actor_id is None:
        return False
    if relation in ("predecessor", "successor", "merged_into"):
        return subject.lineage_id == obj.lineage_id
    actor = kb.get(subject.actor_id)
    spans = actor.affiliation if relation == "affiliation" else actor.member_of
    return any(s.id == obj.actor_id for s in spans)


def propose_facts(text: str, kb: ActorKB) -> list[ProposedFact]:
    """Every lineage, allegiance or membership statement of the text, as facts to review."""
    out: list[ProposedFact] = []
    for sent in _SENTENCE.finditer(text):
        for relation, pattern in _PATTERNS:
            for m in pattern.finditer(sent.group()):
                new, old = _side(kb, m.group("new")), _side(kb, m.group("old"))
                if not new.text or not old.text or new.text == old.text:
                    continue
                if new.actor_id is not None and new.actor_id == old.actor_id:
                    continue  # two names of one KB actor ("IS, formerly ISIS"): nothing to add
                # Facts are stated on the later actor: "new has predecessor old".
                if relation == "successor" or relation == "predecessor":
                    relation_out, subject, obj = "predecessor", new, old
                else:
                    relation_out, subject, obj = relation, old, new
                year = m.groupdict().get("year")
                fact = ProposedFact(
                    relation=relation_out,
                    subject=subject,
                    object=obj,
                    year=int(year) if year else None,
                    evidence=sent.group().strip(),
                    start=sent.start(),
                    end=sent.end(),
                    known=_known(kb, relation_out, subject, obj),
                )
                if all((f.relation, f.subject, f.object) != (fact.relation, subject, obj)
                       for f in out):  # fmt: skip
                    out.append(fact)
    return out
