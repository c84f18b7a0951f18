"""Lineage, allegiance and membership statements proposed as facts for review."""

import json

import pytest

from frontline.link.actor_facts import propose_facts
from frontline.link.actors import default_kb
from tests.conftest import SHARED


@pytest.fixture(scope="module")
def kb():
    return default_kb()


def _facts(kb, text):
    return [(f.relation, f.subject.text, f.object.text, f.year) for f in propose_facts(text, kb)]


def test_facts_before_adopting_its_current_name(kb):
    text = "Before adopting its current name in 2017, Hayat Tahrir al-Sham was known as Jabhat al-Nusra."
    (fact,) = propose_facts(text, kb)
    assert (fact.relation, fact.subject.actor_id, fact.object.actor_id, fact.year) == (
        "predecessor", "hts", "jabhat-al-nusra", 2017,
    )  # fmt: skip
    assert fact.known and fact.subject.lineage_id == fact.object.lineage_id
    assert fact.evidence == text and (fact.start, fact.end) == (0, len(text))


def test_facts_formerly_merged_pledged(kb):
    text = (
        "Liwa Suyuf al Haqq, formerly known as Katibat al Haqq, fought in Hama. "
        "Jaysh al-Ahrar merged into Hayat Tahrir al-Sham in 2017. "
        "The Jund al-Aqsa group pledged allegiance to the Islamic State."
    )
    assert _facts(kb, text) == [
        ("predecessor", "Liwa Suyuf al Haqq", "Katibat al Haqq", None),
        ("merged_into", "Jaysh al-Ahrar", "Hayat Tahrir al-Sham", 2017),
        ("affiliation", "Jund al-Aqsa", "Islamic State", None),
    ]
    unknown = propose_facts(text, kb)[0]
    assert not unknown.known and unknown.subject.actor_id is None
    assert unknown.as_yaml_hint() == "predecessor: [{id: prov:katibat-al-haqq}]"


def test_facts_two_names_of_one_actor_add_nothing(kb):
    assert propose_facts("Islamic State (IS, formerly ISIS) claimed the attack.", kb) == []


@pytest.mark.shared
def test_facts_seed_002_hts_and_nusra_are_one_lineage(kb):
    seeds = SHARED / "seeds" / "articles.jsonl"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not here")
    rec = next(json.loads(x) for x in seeds.read_text().splitlines() if x.startswith('{"id": "002'))
    facts = [f for f in propose_facts(rec["text"], kb) if f.relation == "predecessor"]
    hts = next(f for f in facts if f.subject.actor_id == "hts")
    assert hts.object.actor_id == "jabhat-al-nusra" and hts.year == 2017
    assert hts.subject.lineage_id == hts.object.lineage_id == kb.lineage_root("jabhat-al-nusra")
