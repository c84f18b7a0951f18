"""`frontline kb propose` and `frontline kb add` from the command line."""

import json

from typer.testing import CliRunner

from frontline.cli import app

runner = CliRunner()


def test_cli_kb_propose_prints_json_records(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The Uzbek group Imam Qasim Jamaat fought in Idlib, jihadists said.")
    result = runner.invoke(app, ["kb", "propose", str(article)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records[0]["type"] == "provisional-actor" and records[0]["name"] == "Imam Qasim Jamaat"


def test_cli_kb_add_appends_and_refuses_clashes(tmp_path):
    path = tmp_path / "kb.yaml"
    ok = runner.invoke(
        app,
        ["kb", "add", "--file", str(path), "--id", "imam-qasim-jamaat", "--name",
         "Imam Qasim Jamaat", "--inter", "2", "--kind", "rebel", "--country", "Syria",
         "--source", "https://example.org"],
    )  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "imam-qasim-jamaat" in path.read_text()
    clash = runner.invoke(
        app, ["kb", "add", "--file", str(path), "--id", "hts", "--alias", "JaN", "--source", "s"]
    )
    assert clash.exit_code == 2
    missing = runner.invoke(
        app, ["kb", "add", "--file", str(path), "--id", "nope", "--source", "s"]
    )
    assert missing.exit_code == 2


def test_cli_kb_add_is_documented():
    result = runner.invoke(app, ["kb", "add", "--help"])
    assert "FRONTLINE_USER_KB" in result.output and "--alias" in result.output


def test_cli_kb_show_gives_the_side_on_a_date():
    partners = runner.invoke(app, ["kb", "show", "ahrar-al-sham", "--on", "2015-04-25"])
    assert partners.exit_code == 0
    assert "side on 2015-04-25  ahrar-al-sham, battle-of-victory, jaysh-al-fatah" in partners.output
    alone = runner.invoke(app, ["kb", "show", "ahrar-al-sham", "--on", "2017-07-20"])
    assert "side on 2017-07-20  ahrar-al-sham\n" in alone.output
    assert "side on" not in runner.invoke(app, ["kb", "show", "ahrar-al-sham"]).output
