"""ACLED's taxonomy and code arithmetic (inter and interaction codes), loaded from the codebook data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

TERRITORIAL = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Non-violent transfer of territory",
        "Headquarters or base established",
    }
)


@dataclass(frozen=True, slots=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str


@cache
def taxonomy() -> dict[str, SubEventType]:
    """sub_event_type name -> its event type and disorder type."""
    raw = yaml.safe_load(files("frontline.data.codebook").joinpath("taxonomy.yaml").read_text())
    out: dict[str, SubEventType] = {}
    for disorder, event_types in raw.items():
        for event_type, subs in event_types.items():
            for sub in subs:
                out[sub] = SubEventType(sub, event_type, disorder)
    return out


@dataclass(frozen=True, slots=True)
class Definition:
    """ACLED's definition of a sub-event type and the criteria the coder's rules apply."""

    name: str
    definition: str
    source: str
    criteria: dict[str, str]


@cache
def definitions() -> dict[str, Definition]:
    """sub_event_type name -> its codebook definition (data/codebook/definitions.yaml)."""
    raw = yaml.safe_load(files("frontline.data.codebook").joinpath("definitions.yaml").read_text())
    out = {
        name: Definition(name, d["definition"], d["source"], dict(d["criteria"]))
        for name, d in raw.items()
    }
    if set(out) != set(taxonomy()):
        raise ValueError(f"definitions.yaml does not define exactly ACLED's sub-event types: {out}")
    return out


def criterion(basis: str) -> str:
    """The text of a rule's basis, "<sub-event type>/<criterion id>"; ValueError if not defined."""
    sub, _, key = basis.rpartition("/")
    text = definitions().get(sub, Definition(sub, "", "", {})).criteria.get(key)
    if text is None:
        raise ValueError(f"no codebook criterion {basis!r}")
    return text


def classify(sub_event_type: str) -> SubEventType:
    try:
        return taxonomy()[sub_event_type]
    except KeyError:
        raise ValueError(f"not an ACLED sub-event type: {sub_event_type!r}") from None


def same_event_type(a: str, b: str) -> bool:
    """Two sub-event types of one event type ("Armed clash" and "Government regains territory")."""
    return classify(a).event_type == classify(b).event_type


def disorder_of(sub_event_type: str) -> str:
    # Mob violence is political violence; the other riots and all protests are demonstrations.
    if sub_event_type == "Mob violence":
        return "Political violence"
    return classify(sub_event_type).disorder_type


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, smaller first; one-sided events get N0."""
    if not inter1 and not inter2:
        return 0
    if not inter2 or not inter1:
        return (inter1 or inter2) * 10
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi
