"""Shared test settings: where ../shared is, and skipping what needs it when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.exists():
        return
    skip = pytest.mark.skip(reason="../shared (seeds, eval-dev) is not beside the repository")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)
