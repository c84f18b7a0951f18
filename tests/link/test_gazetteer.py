"""The index cache and the GeoNames dump import (against a local HTTP server)."""

import http.server
import io
import threading
import zipfile
from functools import partial

import pytest

from frontline.link import geo_build
from frontline.link.gazetteer import GazIndex, cache_path, import_geonames, load_index
from frontline.link.geo_import import read_dump_rows
from frontline.link.translit import name_key

# GeoNames dump rows (19 columns); the village has no population, as most do.
ROWS = [
    ["9000001", "Al Ghānī", "Al Ghani", "Al Ghani,Ghani,الغاني", "35.7001", "36.0502", "P", "PPL",
     "SY", "", "02", "", "", "", "0", "", "300", "Asia/Damascus", "2020-01-01"],
    ["9000002", "Kansafrah", "Kansafrah", "Kansafra,Kinsafra", "35.6461", "36.5186", "P", "PPL",
     "SY", "", "12", "8537261", "", "", "0", "", "700", "Asia/Damascus", "2020-01-01"],
    ["9000003", "Jabal Test", "Jabal Test", "", "35.1", "36.1", "T", "MT",
     "SY", "", "12", "", "", "", "0", "", "900", "Asia/Damascus", "2020-01-01"],
]  # fmt: skip


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def dump_server(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("SY.txt", "\n".join("\t".join(r) for r in ROWS) + "\n")
    (served / "SY.zip").write_bytes(buf.getvalue())
    handler = partial(_QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_gazetteer_import_geonames_downloads_and_merges(dump_server, tmp_path):
    counts = import_geonames(["sy"], base_url=dump_server, dest=tmp_path)
    assert counts == {"SY": 3}
    dump = tmp_path / "geonames" / "SY.txt"
    assert len(list(read_dump_rows(dump))) == 3
    idx = GazIndex(fingerprint="test")
    geo_build._add_dumps(idx, tmp_path / "geonames")
    (ghani,) = idx.rows(name_key("Al Ghani"))
    assert (idx.names[ghani], idx.admin1[ghani], idx.pop[ghani]) == ("Al Ghani", "SY.02", 0)
    (kansafra,) = idx.rows(name_key("Kansafra"))
    assert idx.admin2[kansafra] == "Ariha"  # GeoNames admin2 code mapped to ACLED's spelling
    (mountain,) = idx.rows(name_key("Jabal Test"))
    assert idx.kind[mountain] == "terrain:MT"


def test_gazetteer_import_geonames_rejects_bad_codes(tmp_path):
    from frontline.errors import InputError

    with pytest.raises(InputError):
        import_geonames(["Syria"], base_url="http://127.0.0.1:9/", dest=tmp_path)


def test_gazetteer_index_is_cached_on_disk():
    # load time is measured in bench/load.py, not asserted here
    load_index()  # builds once if the cache is cold
    path = cache_path()
    assert path.exists() and path.stat().st_size > 1_000_000
    idx = load_index()
    assert len(idx.ids) > 200_000
    assert idx.fingerprint == path.stem
