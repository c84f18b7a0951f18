"""frontline: code conflict news into an ACLED-style record with evidence.

>>> import frontline
>>> events = frontline.code_article(text, published="2015-03-28", source="VICE News")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("frontline")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from frontline.model import Event

__all__ = ["__version__", "code_article"]


def code_article(text: str, **kwargs: Any) -> list[Event]:
    """Code one article's text into events; see `frontline.pipeline.code_article`."""
    from frontline.pipeline import code_article as _code

    return _code(text, **kwargs)
