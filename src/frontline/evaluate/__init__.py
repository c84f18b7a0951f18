"""Measure the coder against labelled data: ACLED's coding of its notes, and FA-KES articles.

>>> from frontline.evaluate import evaluate_acled
>>> report = evaluate_acled(Path("../shared/eval-dev/acled_middle_east_dev.csv"), limit=50)
>>> print(report.to_text())
"""

from __future__ import annotations

from frontline.evaluate.acled import AcledReport, evaluate_acled
from frontline.evaluate.fakes import FakesReport, evaluate_fakes
from frontline.evaluate.runner import Coder, per_article

__all__ = ["AcledReport", "Coder", "FakesReport", "evaluate_acled", "evaluate_fakes", "per_article"]
