"""Is an article about armed conflict, protest or political violence at all? Cheap: regular
expressions over its opening, before spaCy ever sees it (data/lexicons/relevance.yaml).

    verdict = relevance(article)
    verdict.relevant, verdict.score, verdict.reason   # "score 1 < 4: sport -6 (league, ...)"

Irrelevant articles are not dropped: the store keeps them as skipped, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from frontline.errors import KnowledgeError
from frontline.events.lexicon import compile_patterns, lexicon_file
from frontline.model import Article

LEXICON = "relevance.yaml"


@dataclass(frozen=True, slots=True)
class TermGroup:
    id: str
    weight: int
    cap: int
    pattern: re.Pattern[str]

    def score(self, text: str) -> tuple[int, list[str]]:
        """(capped weight of the distinct terms found, those terms)."""
        terms = sorted({m.group(0).lower() for m in self.pattern.finditer(text)})
        raw = self.weight * len(terms)
        return (max(raw, self.cap) if self.weight < 0 else min(raw, self.cap)), terms


@dataclass(frozen=True, slots=True)
class RelevanceLexicon:
    threshold: int
    window: int
    groups: tuple[TermGroup, ...]


@dataclass(frozen=True, slots=True)
class Verdict:
    relevant: bool
    score: int
    reason: str  # the groups that decided, with their terms


@cache
def load_lexicon() -> RelevanceLexicon:
    """relevance.yaml, compiled once; a malformed file is a KnowledgeError."""
    data = lexicon_file(LEXICON)
    try:
        groups = tuple(
            TermGroup(
                id=g["id"],
                weight=int(g["weight"]),
                cap=int(g.get("cap", g["weight"] * 99)),
                pattern=compile_patterns(g["patterns"], f"{LEXICON} {g['id']}"),
            )
            for g in data["groups"]
        )
        missing = [g["id"] for g in data["groups"] if not g.get("source")]
        if missing:
            raise KnowledgeError(f"{LEXICON}: groups without a source: {', '.join(missing)}")
        return RelevanceLexicon(int(data["threshold"]), int(data["window"]), groups)
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError(
            f"{LEXICON} is malformed: {exc}",
            hint="it needs threshold, window and groups of id, weight, source and patterns",
        ) from exc


def relevance(article: Article, lexicon: RelevanceLexicon | None = None) -> Verdict:
    """Score the title and the opening of the text; relevant when the score reaches the threshold."""
    lexicon = lexicon or load_lexicon()
    text = "\n".join(filter(None, [article.title, article.text[: lexicon.window]]))
    score, parts = 0, []
    for group in lexicon.groups:
        points, terms = group.score(text)
        if terms:
            score += points
            shown = ", ".join(terms[:4]) + (", ..." if len(terms) > 4 else "")
            parts.append(f"{group.id} {points:+d} ({shown})")
    relevant = score >= lexicon.threshold
    sign = ">=" if relevant else "<"
    found = "; ".join(parts) if parts else "no conflict, protest or other domain terms"
    return Verdict(relevant, score, f"score {score} {sign} {lexicon.threshold}: {found}")
