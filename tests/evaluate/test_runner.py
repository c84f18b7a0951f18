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
    events = run_coder(coder, articles)
    assert events["y"][0].notes == "text y"


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
