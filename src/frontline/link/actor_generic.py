"""Generic ACLED actors built from templates ("Civilians ({country})", "{name} Tribal Militia ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from frontline.errors import KnowledgeError
from frontline.link.actor_model import Actor, NamePeriod, slug

_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str  # with {country}, {name}, {period} slots
    inter: int
    kind: str = "generic"
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    # When set, "{period}" is filled from the KB's state actor of that branch ("Police Forces").
    state_branch: str | None = None
    slots: tuple[str, ...] = field(default=())
    # The countries ACLED uses the actor in ("Settlers (Israel)"); empty: every country.
    countries: tuple[str, ...] = ()

    @property
    def pattern(self) -> re.Pattern[str]:
        """Regex matching any instance of the template (for recognising ACLED names)."""
        parts = _SLOT.split(self.name)
        regex = "".join(re.escape(p) if i % 2 == 0 else r".+?" for i, p in enumerate(parts))
        return re.compile(rf"^{regex}$")

    def instantiate(self, country: str | None = None, shown: str | None = None,
                    **slots: str) -> Actor:  # fmt: skip
        """The template's actor for `country`; `shown` is the country as the name writes it
        when that differs ("Police Forces of the Philippines")."""
        values = {"country": country or "", **slots}
        missing = [s for s in self.slots if not values.get(s)]
        if missing:
            raise KnowledgeError(
                f"template {self.id!r} needs {missing}", hint=f"slots: {self.slots}"
            )
        name = self.name.format(**{**values, "country": shown or values["country"]})
        key = ":".join(slug(values[s]) for s in self.slots if s != "period")
        return Actor(
            id=f"generic:{self.id}" + (f":{key}" if key else ""),
            names=[NamePeriod(name)],
            aliases=list(self.aliases),
            inter=self.inter,
            country=country,
            kind=self.kind,
            sources=list(self.sources),
            origin="generic",
        )


def template_from_dict(raw: dict[str, Any], where: str) -> Template:
    try:
        name = str(raw["name"])
        return Template(
            id=str(raw["id"]),
            name=name,
            inter=int(raw["inter"]),
            kind=str(raw.get("kind") or "generic"),
            aliases=tuple(raw.get("aliases") or ()),
            sources=tuple(raw.get("sources") or ()),
            state_branch=raw.get("state_branch"),
            slots=tuple(_SLOT.findall(name)),
            countries=tuple(raw.get("countries") or ()),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeError(f"{where}: bad template {raw!r}") from exc
