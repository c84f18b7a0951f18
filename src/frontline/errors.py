"""Errors frontline raises on purpose. Each carries a code and says what to do."""


class FrontlineError(Exception):
    """Base class: the CLI turns these into a clean message and a non-zero exit."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        base = f"[{self.code}] {self.args[0]}"
        return f"{base}\n  hint: {self.hint}" if self.hint else base


class InputError(FrontlineError):
    """An article, file or option that cannot be read as given."""

    code = "E100"


class KnowledgeError(FrontlineError):
    """A knowledge file (actor KB, gazetteer, lexicon) is malformed."""

    code = "E200"


class ModelError(FrontlineError):
    """The configured spaCy pipeline cannot be loaded."""

    code = "E300"


class StoreError(FrontlineError):
    """The event store cannot be opened, or a stored record cannot be found or changed."""

    code = "E400"


class CodingError(FrontlineError):
    """The coder raised on an article (the others are coded; this one is named with its error)."""

    code = "E500"


class ScaleError(FrontlineError):
    """The Ray cluster for `--workers` cannot be started or reached."""

    code = "E600"
