"""Claims: who says an event happened, whether they are a party to the fight, and what figures they give.

ACLED treats a belligerent's unverifiable figure with care; frontline keeps it as a claim with its
sentence so that the analyst sees "HTS claimed" beside "SOHR reported".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontline.events.lexicon import cues
from frontline.model import ARMED_INTERS, ActorMention, Claim, Evidence

_ACCORDING = re.compile(
    r"\b(?:according to|citing|as reported by|cited by)\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)"
    r"(?=[,.;]|\s+(?:on|in|which|who|that|and|said)\b|$)",
    re.I,
)


def _speaker(verb: Token) -> Token | None:
    """Who says it: the active subject, or the agent of a passive ("was reported by SANA"). The
    subject of a passive is what is said ("9 fighters were reported killed"), not a speaker."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    # only a finite passive has a speaker: "a blast claimed by IS" claims the deed, not a toll
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def _claimant_text(verb: Token) -> Span | None:
    subj = _speaker(verb)
    if subj is None:
        return None
    toks = [
        t for t in subj.subtree if t.dep_ not in ("punct", "relcl", "acl", "appos") or t is subj
    ]
    if not toks:
        return None
    doc = subj.doc
    start, end = min(t.i for t in toks), max(t.i for t in toks) + 1
    # Drop a relative or appositive tail ("SOHR, a UK-based monitor, ...")
    for t in subj.children:
        if t.dep_ in ("relcl", "appos", "acl") and t.i > subj.i:
            end = min(end, min(x.i for x in t.subtree))
    span = doc[start:end]
    return span if span.text.strip(" ,") else None


def _is_claimant(subj: Span, actors: list[ActorMention]) -> bool:
    """A speaker: an actor, a named entity, or a noun the cue lists know (not 'videos', 'it')."""
    if subj.root.pos_ == "PRON":
        return False
    if any(a.start >= subj.start_char and a.end <= subj.end_char for a in actors):
        return True
    if any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for t in subj):
        return True
    c = cues()
    return bool(c.party.search(subj.text) or c.non_party.search(subj.text))


def is_party(claimant: str, actor_ids: set[str], claimant_actor: ActorMention | None) -> bool:
    c = cues()
    if claimant_actor is not None and claimant_actor.kind == "kb":
        return claimant_actor.inter in ARMED_INTERS or claimant_actor.actor_id in actor_ids
    if c.non_party.search(claimant):
        return False
    return bool(c.party.search(claimant))


def find_claims(
    sent: Span, actors: list[ActorMention], figures: list, trigger_start: int
) -> list[Claim]:
    """Attributions in one sentence: 'X said/claimed/denied ...' and 'according to X'."""
    c = cues()
    out: list[Claim] = []
    deaths = [
        f.count for f in figures if getattr(f, "kind", "") == "killed" and f.count is not None
    ]
    stated = max(deaths) if deaths else None
    ev = Evidence(sent.text, sent.start_char, sent.end_char)
    for tok in sent:
        stance = c.claim_verbs.get(tok.lemma_.lower())
        if stance is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _claimant_text(tok)
        if subj is None or not _is_claimant(subj, actors):
            continue
        out.append(
            _claim(
                subj.text, subj.start_char, subj.end_char, tok.lemma_, stance, actors, stated, ev
            )
        )
    for m in _ACCORDING.finditer(sent.text):
        s = sent.start_char + m.start(1)
        out.append(
            _claim(
                m.group(1), s, s + len(m.group(1)), "according to", "reported", actors, stated, ev
            )
        )
    return out


def _claim(
    text: str,
    start: int,
    end: int,
    verb: str,
    stance: str,
    actors: list[ActorMention],
    stated: int | None,
    ev: Evidence,
) -> Claim:
    claimant_actor = next((a for a in actors if a.start >= start and a.end <= end), None)
    party = is_party(text, set(), claimant_actor)
    if stance == "reported" and party and verb not in ("confirm",):
        stance = "claimed"
    name = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,.;:"), flags=re.I)
    return Claim(name, party, verb, stance, stated, ev)  # type: ignore[arg-type]
