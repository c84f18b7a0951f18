import datetime as dt

import pytest

from frontline.errors import InputError
from frontline.evaluate.runner import main_event, per_article, read_articles_jsonl, run_coder
from frontline.model import Article, Event


def test_runner_main_event_skips_background():
    events = [Event("a", event_type="Battles", background=True), Event("a", event_type="Protests")]
    assert main_event(events).event_type == "Protests"
    assert main_event([Event("a", background=True)]) is None
    assert main_event([]) is None


def test_runner_run_coder_maps_events_by_article_id():
    articles = [Article("x", "text x"), Article("y", "text y")]
    coder = per_article(lambda a: [Event(a.id, notes=a.text)])
    coded = run_coder(coder, articles)
    assert coded.events["y"][0].notes == "text y"
    assert coded.crashes == {}


def test_runner_read_articles_jsonl_parses_dates_and_limit(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"id": "1", "text": "a", "published": "2020-05-09", "source": "S"}\n\n'
        '{"id": "2", "text": "b"}\n'
    )
    articles = read_articles_jsonl(path)
    assert articles[0].published == dt.date(2020, 5, 9) and articles[0].source == "S"
    assert articles[1].published is None
    assert [a.id for a in read_articles_jsonl(path, limit=1)] == ["1"]


def test_runner_read_articles_jsonl_reports_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1"}\n')
    with pytest.raises(InputError, match=":1:"):
        read_articles_jsonl(path)
    path.write_text("not json\n")
    with pytest.raises(InputError, match="not JSON"):
        read_articles_jsonl(path)
    with pytest.raises(InputError, match="no such file"):
        read_articles_jsonl(tmp_path / "missing.jsonl")


def _crashing_coder(bad: str):
    def code(article: Article) -> list[Event]:
        if article.id == bad:
            raise ValueError("boom")
        return [Event(article.id)]

    return per_article(code)


def test_runner_run_coder_records_a_crash_and_resumes():
    articles = [Article(i, "t") for i in ("a", "b", "c")]
    coded = run_coder(_crashing_coder("b"), articles)
    assert set(coded.events) == {"a", "c"}
    assert coded.crashes == {"b": "ValueError: boom"}


def test_runner_run_coder_strict_reraises():
    with pytest.raises(ValueError):
        run_coder(_crashing_coder("a"), [Article("a", "t")], strict=True)
