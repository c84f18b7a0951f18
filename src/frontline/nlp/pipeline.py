"""Loading the spaCy pipeline named by the settings (any installed package or pipeline folder)."""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontline.config import Settings
from frontline.errors import ModelError

# The coder reads sentences, dependencies, lemmas and entities; nothing else is needed.
KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")


@Language.component("frontline_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and list items carry no full stop, and a
    parser left alone joins them to the next paragraph."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or doc[token.i - 1].text.endswith("\n"):
            token.is_sent_start = True
    return doc


@cache
def load_nlp(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; `FRONTLINE_SPACY_MODEL` chooses the default."""
    name = name or Settings.from_env().spacy_model
    try:
        if Path(name).exists():
            nlp = spacy.load(name)
        else:
            try:
                nlp = spacy.load(name)
            except OSError:
                # Some PyPI-packaged pipelines load only through their own module.
                nlp = importlib.import_module(name).load()
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: {exc}",
            hint="install it (make install) or set FRONTLINE_SPACY_MODEL to an installed pipeline "
            "package or a pipeline folder",
        ) from exc
    disable = [p for p in nlp.pipe_names if p not in KEEP]
    for pipe in disable:
        nlp.disable_pipe(pipe)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("frontline_line_breaks", before=before) if before else nlp.add_pipe(
        "frontline_line_breaks", first=True
    )
    return nlp
