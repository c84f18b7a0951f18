"""The review loop: propose from articles, add reviewed entries to a user KB file."""

import pytest
import yaml

from frontline.errors import KnowledgeError
from frontline.link.actor_review import actor_entry, add_entry, extension_entry, propose
from frontline.link.actors import ActorKB, default_kb, shipped_paths
from frontline.model import Article

TEXT = (
    "Fighters of the Uzbek group Katibat Suyuf al Haqq attacked army posts near Jisr al-Shughur. "
    "Before adopting its current name in 2017, Hayat Tahrir al-Sham was known as Jabhat al-Nusra."
)


def test_review_propose_lists_provisional_actors_and_facts():
    records = propose([Article(id="a1", text=TEXT)], default_kb())
    kinds = [(r["type"], r.get("name") or r["relation"]) for r in records]
    assert kinds == [("provisional-actor", "Katibat Suyuf al Haqq"), ("fact", "predecessor")]
    actor = records[0]
    assert actor["inter"] == 2 and actor["evidence"]["start"] == TEXT.index("Katibat")
    assert actor["sentences"] == [TEXT.split(". ")[0] + "."]
    assert records[1]["known"] and records[1]["kb_entry"].startswith("predecessor: [{id: jabhat")


def test_review_add_actor_then_alias_and_load_them(tmp_path):
    path = tmp_path / "user.yaml"
    entry = actor_entry(
        "katibat-suyuf-al-haqq", "Katibat Suyuf al Haqq", 2, ["https://example.org/report"],
        kind="rebel", country="Syria", aliases=["Katibat Suyuf"], member_of=["jaysh-al-fatah"],
    )  # fmt: skip
    add_entry(path, entry)
    add_entry(path, extension_entry("hts", ["Tahrir al-Sham Committee of Idlib"], ["a source"]))
    doc = yaml.safe_load(path.read_text())
    assert [a["id"] for a in doc["actors"]] == ["katibat-suyuf-al-haqq"]
    assert doc["extend"][0]["id"] == "hts"
    kb = ActorKB.load(shipped_paths() + [path])
    assert kb.validate() == []
    assert [m.actor_id for m in kb.find("Katibat Suyuf fighters")] == ["katibat-suyuf-al-haqq"]
    assert [m.actor_id for m in kb.find("the Tahrir al-Sham Committee of Idlib")] == ["hts"]
    assert "jaysh-al-fatah" in kb.coalitions_of("katibat-suyuf-al-haqq")


def test_review_add_refuses_what_would_break_the_kb(tmp_path):
    path = tmp_path / "user.yaml"
    with pytest.raises(KnowledgeError, match="claimed by"):
        add_entry(path, extension_entry("hts", ["Nusra Front"], ["a source"]))
    with pytest.raises(KnowledgeError, match="source"):
        add_entry(path, actor_entry("x-group", "X Group", 2, []))
    with pytest.raises(KnowledgeError, match="unknown actor"):
        add_entry(path, actor_entry("x-group", "X Group", 2, ["s"], member_of=["no-such-id"]))
    with pytest.raises(KnowledgeError, match="kind"):
        actor_entry("x-group", "X Group", 2, ["s"], kind="gang")
    assert not path.exists()
