"""The review loop of the knowledge base: propose what articles teach, add what a reviewer accepts.

`propose` lists, per article, the groups the KB does not know (provisional actors with the
sentences that name them and a guessed type) and the lineage/allegiance/membership statements
(`actor_facts`). `add_entry` appends one reviewed actor, or new aliases of a known actor, to a user
KB file after checking that the KB with it still validates; the file is loaded through
$FRONTLINE_USER_KB.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from frontline.errors import KnowledgeError
from frontline.link.actor_facts import propose_facts
from frontline.link.actor_model import KINDS, slug
from frontline.link.actors import ActorKB, shipped_paths, user_paths
from frontline.model import Article


def propose(articles: Iterable[Article], kb: ActorKB) -> list[dict[str, Any]]:
    """One record per proposal: {article_id, type: provisional-actor|fact, ...}."""
    out: list[dict[str, Any]] = []
    for article in articles:
        seen: set[str] = set()
        for m in kb.find(article.text):
            if m.kind != "provisional" or m.actor_id in seen:
                continue
            seen.add(m.actor_id)
            actor = kb.get(m.actor_id)
            out.append(
                {
                    "article_id": article.id,
                    "type": "provisional-actor",
                    "id": slug(actor.name),
                    "name": actor.name,
                    "inter": actor.inter,
                    "note": actor.note,
                    "evidence": {"text": m.text, "start": m.start, "end": m.end},
                    "sentences": [x for x in actor.evidence if x in article.text],
                }
            )
        for fact in propose_facts(article.text, kb):
            record = {"article_id": article.id, "type": "fact", **fact.to_record()}
            record["kb_entry"] = fact.as_yaml_hint()
            out.append(record)
    return out


def actor_entry(
    actor_id: str,
    name: str,
    inter: int,
    sources: list[str],
    *,
    kind: str = "",
    country: str | None = None,
    aliases: list[str] | None = None,
    start: str | None = None,
    member_of: list[str] | None = None,
) -> dict[str, Any]:
    """A new actor's YAML mapping, as `kb add` writes it."""
    if kind and kind not in KINDS:
        raise KnowledgeError(f"unknown kind {kind!r}", hint=f"one of: {', '.join(sorted(KINDS))}")
    entry: dict[str, Any] = {"id": actor_id, "names": [{"name": name}]}
    if start:
        entry["names"][0]["start"] = start
    entry |= {"aliases": list(aliases or []), "inter": inter, "country": country, "kind": kind}
    if member_of:
        entry["member_of"] = [{"id": m} for m in member_of]
    entry["sources"] = list(sources)
    return {k: v for k, v in entry.items() if v not in (None, "", [])}


def extension_entry(actor_id: str, aliases: list[str], sources: list[str]) -> dict[str, Any]:
    """New aliases of an actor the KB already has."""
    return {"id": actor_id, "aliases": list(aliases), "sources": list(sources)}


def add_entry(path: Path, entry: dict[str, Any]) -> list[str]:
    """Append `entry` (an actor, or with no `names` an extension) to the user KB file `path`
    (created if missing) if the KB still validates with it; returns the problems that were there
    before and are unrelated to the entry (normally none)."""
    section = "actors" if "names" in entry else "extend"
    if not entry.get("sources"):
        raise KnowledgeError("a reviewed fact needs a source", hint="pass --source URL-or-citation")
    path = Path(path)
    doc = _read(path)
    doc.setdefault(section, []).append(entry)
    trial = path.with_name(f".{path.name}.trial")
    trial.write_text(_dump(doc), "utf-8")
    try:
        others = [p for p in user_paths() if p.resolve() != path.resolve()]
        before = set(ActorKB.load(shipped_paths() + others).validate())
        problems = [p for p in ActorKB.load(shipped_paths() + others + [trial]).validate()]
    finally:
        trial.unlink(missing_ok=True)
    new = [p for p in problems if p not in before]
    if new:
        raise KnowledgeError(
            f"{entry['id']}: the KB would not validate: " + "; ".join(new),
            hint="fix the entry (ids, dates, clashing aliases) and run `frontline kb add` again",
        )
    path.write_text(_dump(doc), "utf-8")
    return sorted(before)


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    doc = yaml.safe_load(path.read_text("utf-8")) or {}
    if not isinstance(doc, dict):
        raise KnowledgeError(f"{path}: not a KB file", hint="a mapping with actors: and extend:")
    return doc


def _dump(doc: dict[str, Any]) -> str:
    head = "# User actor KB, written by `frontline kb add`; load it with FRONTLINE_USER_KB.\n"
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
