"""`frontline gazetteer add | import-csv | validate` from the command line."""

from typer.testing import CliRunner

from frontline.cli import app

runner = CliRunner()


def _add(path, *extra):
    return runner.invoke(
        app,
        ["gazetteer", "add", "--file", str(path), "--name", "Testabaya", "--country", "Lebanon",
         "--admin1", "Bekaa", "--lat", "33.81", "--lon", "35.86", "--source", "https://example.org",
         *extra],
    )  # fmt: skip


def test_cli_gazetteer_add_writes_a_checked_place_and_refuses_a_second_with_its_id(tmp_path):
    path = tmp_path / "places.yaml"
    ok = _add(path, "--alias", "Tistabaya")
    assert ok.exit_code == 0, ok.output
    assert "FRONTLINE_USER_PLACES=" in ok.output and "Tistabaya" in path.read_text()
    again = _add(path)
    assert again.exit_code == 2 and "id used twice" in again.output


def test_cli_gazetteer_add_refuses_an_admin1_not_spelled_as_acled(tmp_path):
    result = _add(tmp_path / "p.yaml", "--admin1", "Beqaa Governorate")
    assert result.exit_code == 2 and "not an admin1 of Lebanon" in result.output
    assert not (tmp_path / "p.yaml").exists()


def test_cli_gazetteer_add_warns_of_coordinates_far_from_the_country(tmp_path):
    path = tmp_path / "places.yaml"
    result = runner.invoke(
        app,
        ["gazetteer", "add", "--file", str(path), "--name", "Swapped", "--country", "Lebanon",
         "--lat", "35.86", "--lon", "33.81", "--source", "s"],
    )  # fmt: skip
    assert result.exit_code == 0 and "warning:" in result.output


def test_cli_gazetteer_import_csv_writes_all_or_nothing(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("name,lat,lon,country,admin1\nTestabaya,33.81,35.86,Lebanon,Bekaa\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,lat,lon,country,admin1\nJdita,33.82,35.83,Lebanon,Bekka\n")
    path = tmp_path / "places.yaml"
    ok = runner.invoke(app, ["gazetteer", "import-csv", str(good), "--file", str(path),
                             "--source", "https://example.org/list"])  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "added 1 places" in ok.output
    before = path.read_text()
    refused = runner.invoke(app, ["gazetteer", "import-csv", str(bad), "--file", str(path),
                                  "--source", "s"])  # fmt: skip
    assert refused.exit_code == 1 and "not an admin1 of Lebanon" in refused.output
    assert path.read_text() == before


def test_cli_gazetteer_validate_passes_the_packaged_features_and_fails_a_bad_file(tmp_path):
    assert runner.invoke(app, ["gazetteer", "validate"]).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  name: X\n  feature: village\n  country: Lebanon\n  lat: 95\n"
                   "  lon: 35\n  source: s\n")  # fmt: skip
    result = runner.invoke(app, ["gazetteer", "validate", str(bad)])
    assert result.exit_code == 1 and "bad coordinates" in result.output


def test_cli_gazetteer_import_wof_converts_tables_into_the_cache(tmp_path, monkeypatch):
    from pathlib import Path

    from frontline.link.gazetteer import full_fingerprint
    from frontline.link.geo_wof import imported_paths

    monkeypatch.setenv("FRONTLINE_CACHE_DIR", str(tmp_path))
    before = full_fingerprint(tmp_path)
    fixture = Path(__file__).parent / "link" / "fixtures" / "wof"
    result = runner.invoke(app, ["gazetteer", "import-wof", str(fixture)])
    assert result.exit_code == 0, result.output
    assert "villages: 4" in result.output
    assert [p.name for p in imported_paths(tmp_path)] == ["wof_sy.tsv.gz"]
    assert full_fingerprint(tmp_path) != before  # the next load rebuilds the index with them
    bad = runner.invoke(app, ["gazetteer", "import-wof", str(tmp_path / "nothing")])
    assert bad.exit_code != 0
