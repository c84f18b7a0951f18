"""The codebook data: ACLED's 25 sub-event types, their definitions, and the criteria rules cite."""

from __future__ import annotations

import pytest

from frontline.errors import KnowledgeError
from frontline.events import lexicon
from frontline.events.taxonomy import criterion, definitions, taxonomy


def test_every_sub_event_type_has_a_cited_definition() -> None:
    defs = definitions()
    assert set(defs) == set(taxonomy()) and len(defs) == 25
    for d in defs.values():
        assert d.definition and d.criteria
        assert d.source.startswith("ACLED Codebook")


def test_every_trigger_rule_applies_a_criterion_of_the_codebook() -> None:
    for rule in lexicon.trigger_rules():
        assert criterion(rule.basis)
        sub = rule.basis.rpartition("/")[0]
        # a rule applies its own type's criterion, or that of a type it joins
        assert sub == rule.sub_event_type or any(sub in pair for pair in rule.joins)


def test_a_criterion_is_named_with_its_sub_event_type() -> None:
    assert "thrown" in criterion("Grenade/thrown-grenade")
    assert criterion("Remote explosive/landmine/IED/planted-device")
    with pytest.raises(ValueError):
        criterion("Attack/thrown-grenade")


def test_a_rule_without_a_codebook_basis_is_a_knowledge_error(monkeypatch) -> None:
    bad = [{"sub": "Attack", "rank": 1, "patterns": ["x"], "basis": "Attack/no-such-criterion"}]
    monkeypatch.setattr(lexicon, "lexicon_file", lambda name: bad)
    lexicon.trigger_rules.cache_clear()
    try:
        with pytest.raises(KnowledgeError):
            lexicon.trigger_rules()
    finally:
        lexicon.trigger_rules.cache_clear()
