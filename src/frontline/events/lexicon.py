"""The trigger lexicon and the cue lexicon, loaded from reviewed data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import yaml

from frontline.errors import KnowledgeError
from frontline.events.taxonomy import criterion, taxonomy


def lexicon_file(name: str) -> Any:
    """A reviewed lexicon file of data/lexicons, parsed."""
    return yaml.safe_load(files("frontline").joinpath("data", "lexicons", name).read_text("utf-8"))


def compile_patterns(patterns: list[str], where: str) -> re.Pattern[str]:
    """One case-insensitive alternation of a lexicon's patterns; a bad one names `where`."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as exc:
        raise KnowledgeError(f"bad pattern in {where}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class TriggerRule:
    sub_event_type: str
    rank: int
    pattern: re.Pattern[str]
    context: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    continues: bool = False  # after another event's sentence: that event's outcome, not a new event
    joins: tuple[tuple[str, str], ...] = ()  # (continued event's type, the type it becomes)
    dominates: frozenset[str] = frozenset()  # types whose hits this rule's hit drops from a clause
    # (continued event's type, the type it becomes), without limiting which events it continues
    escalates: tuple[tuple[str, str], ...] = ()
    basis: str = ""  # the codebook criterion it applies, "<sub-event type>/<id>" (definitions.yaml)

    def continues_frame(self, sub_event_type: str) -> bool:
        """Whether a sentence led by this rule continues an event of this type."""
        if not self.continues:
            return False
        if not self.joins:
            return True
        return sub_event_type == self.sub_event_type or any(
            sub_event_type in pair for pair in self.joins
        )

    def joined_type(self, sub_event_type: str) -> str:
        return dict(self.escalates + self.joins).get(sub_event_type, sub_event_type)


@dataclass(frozen=True, slots=True)
class TriggerHit:
    rule: TriggerRule
    start: int  # offsets relative to the text that was searched
    end: int

    @property
    def sub_event_type(self) -> str:
        return self.rule.sub_event_type


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    rules = []
    for i, entry in enumerate(lexicon_file("triggers.yaml")):
        where = f"triggers.yaml entry {i} ({entry.get('sub')})"
        rules.append(
            TriggerRule(
                sub_event_type=entry["sub"],
                rank=int(entry["rank"]),
                pattern=compile_patterns(entry["patterns"], where),
                context=compile_patterns([entry["context"]], where)
                if entry.get("context")
                else None,
                unless=compile_patterns([entry["unless"]], where) if entry.get("unless") else None,
                continues=bool(entry.get("continues", False)),
                joins=tuple((entry.get("joins") or {}).items()),
                dominates=frozenset(entry.get("dominates") or ()),
                escalates=tuple((entry.get("escalates") or {}).items()),
                basis=entry.get("basis", ""),
            )
        )
    for rule in rules:
        _check_types(rule)
    return tuple(sorted(rules, key=lambda r: -r.rank))


def _check_types(rule: TriggerRule) -> None:
    """Every type a rule names is one of ACLED's sub-event types (a typo would silently never match),
    and every rule applies a criterion of the codebook's definitions."""
    try:
        criterion(rule.basis)
    except ValueError:
        raise KnowledgeError(
            f"triggers.yaml ({rule.sub_event_type}) has no codebook basis {rule.basis!r}",
            hint="name a criterion of data/codebook/definitions.yaml as `<sub-event type>/<id>`",
        ) from None
    pairs = rule.joins + rule.escalates
    named = {rule.sub_event_type, *rule.dominates, *(t for pair in pairs for t in pair)}
    unknown = sorted(named - set(taxonomy()))
    if unknown:
        raise KnowledgeError(
            f"triggers.yaml ({rule.sub_event_type}) names unknown sub-event types {unknown}",
            hint="use the names in data/codebook/taxonomy.yaml",
        )


def find_triggers(sentence: str, window: str | None = None) -> list[TriggerHit]:
    """Every rule that fires in `sentence` (a clause), best first, without the hits a fired rule
    dominates; a rule's `context` is looked for in `window` (the wider text), its `unless` in the
    clause."""
    window = sentence if window is None else window
    hits = [
        TriggerHit(rule, start, end)
        for rule, start, end in _pattern_hits(sentence)
        if not rule.context or rule.context.search(window)
    ]
    dominated = frozenset().union(*(h.rule.dominates for h in hits))
    return [h for h in hits if h.sub_event_type not in dominated]


@lru_cache(maxsize=4096)
def _pattern_hits(sentence: str) -> tuple[tuple[TriggerRule, int, int], ...]:
    """The rules whose pattern matches the clause and whose `unless` does not. Cached: the frame
    finder asks again for a clause with each window it is read in (a third of the asks)."""
    out = []
    for rule in trigger_rules():
        m = rule.pattern.search(sentence)
        if m and not (rule.unless and rule.unless.search(sentence)):
            out.append((rule, m.start(), m.end()))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Cues:
    hypothetical_heads: frozenset[str]
    modals: frozenset[str]
    hypothetical: re.Pattern[str]
    background: re.Pattern[str]
    restatement: re.Pattern[str]
    unlisted_place_before: re.Pattern[str]
    claim_verbs: dict[str, str]  # lemma -> stance
    according_to: re.Pattern[str]
    non_party: re.Pattern[str]
    party: re.Pattern[str]
    context_mentions: re.Pattern[str]
    negated: re.Pattern[str]
    protest_grievances: tuple[re.Pattern[str], ...]
    impact_place_before: re.Pattern[str]
    impact_more_before: re.Pattern[str]
    impact_sentence: re.Pattern[str]
    border_pair: re.Pattern[str]
    sequence_marker: re.Pattern[str]
    coded_place_before: re.Pattern[str]
    route_start_before: re.Pattern[str]


@cache
def cues() -> Cues:
    raw = lexicon_file("cues.yaml")
    verbs = {lemma: stance for stance, ls in raw["claim_verbs"].items() for lemma in ls}
    return Cues(
        hypothetical_heads=frozenset(raw["hypothetical_heads"]),
        modals=frozenset(raw["modals"]),
        hypothetical=compile_patterns(
            raw["hypothetical_patterns"], "cues.yaml hypothetical_patterns"
        ),
        background=compile_patterns(raw["background_patterns"], "cues.yaml background_patterns"),
        restatement=compile_patterns(raw["restatement_patterns"], "cues.yaml restatement_patterns"),
        unlisted_place_before=compile_patterns(
            [raw["unlisted_place_before"]], "cues.yaml unlisted_place_before"
        ),
        claim_verbs=verbs,
        according_to=compile_patterns([raw["according_to"]], "cues.yaml according_to"),
        non_party=re.compile(raw["non_party_claimants"], re.I),
        party=re.compile(raw["party_claimants"], re.I),
        context_mentions=compile_patterns(raw["context_mentions"], "cues.yaml context_mentions"),
        negated=compile_patterns(raw["negated"], "cues.yaml negated"),
        protest_grievances=tuple(
            compile_patterns([p], "cues.yaml protest_grievances") for p in raw["protest_grievances"]
        ),
        impact_place_before=compile_patterns(
            [raw["impact_place_before"]], "cues.yaml impact_place_before"
        ),
        impact_more_before=compile_patterns(
            [raw["impact_more_before"]], "cues.yaml impact_more_before"
        ),
        impact_sentence=compile_patterns([raw["impact_sentence"]], "cues.yaml impact_sentence"),
        border_pair=compile_patterns([raw["border_pair"]], "cues.yaml border_pair"),
        sequence_marker=compile_patterns([raw["sequence_marker"]], "cues.yaml sequence_marker"),
        coded_place_before=compile_patterns(
            [raw["coded_place_before"]], "cues.yaml coded_place_before"
        ),
        route_start_before=compile_patterns(
            [raw["route_start_before"]], "cues.yaml route_start_before"
        ),
    )


@cache
def place_list_words() -> dict[str, Any]:
    """The words of listed places (data/lexicons/place_lists.yaml): item nouns, separators..."""
    return lexicon_file("place_lists.yaml")


def _blank(text: str, pattern: re.Pattern[str], stop: re.Pattern[str] | None = None) -> str:
    """Replace every match (its first group, if it has one) with spaces: offsets stay true.
    `stop`: the blank ends where this matches inside the span ("a cleric arrested for remarks
    against scholars | protested in Gujrat": the protest itself is no grievance)."""

    def blank(m: re.Match[str]) -> str:
        if m.re.groups and m.group(1) is not None:
            a, b = m.span(1)[0] - m.start(), m.span(1)[1] - m.start()
        else:
            a, b = 0, len(m.group())
        if stop is not None and (inner := stop.search(m.group(), a, b)):
            b = inner.start()
        return m.group()[:a] + " " * (b - a) + m.group()[b:]

    return pattern.sub(blank, text)


# a protest told as the clause's verb ends a grievance that ran into it
_PROTEST_VERB = re.compile(r"\b(?:protested|demonstrated|rallied|marched|staged a|held a)\b", re.I)


@cache
def _protest_rule() -> re.Pattern[str]:
    """Any of the rules that report a peaceful protest ("protested", "blocked the streets")."""
    rules = [r.pattern.pattern for r in trigger_rules() if r.sub_event_type == "Peaceful protest"]
    return re.compile("|".join(f"(?:{p})" for p in rules))


def mask_negated(clause: str) -> str:
    """The clause with what did not happen blanked: "No arrests or clashes were reported"."""
    return _blank(clause, cues().negated)


def mask_context(clause: str) -> str:
    """The clause with the mentions of other events blanked: settings and a protest's grievance
    (and what did not happen)."""
    c = cues()
    masked = _blank(mask_negated(clause), c.context_mentions)
    if _protest_rule().search(masked):
        for pattern in c.protest_grievances:
            masked = _blank(masked, pattern, stop=_PROTEST_VERB)
    return masked
