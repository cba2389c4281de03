"""`gapura watchlist import|status` and `gapura screen --json` as a script would use them."""

from __future__ import annotations

import json

from tests.cli.test_cli import gapura
from tests.services.test_screening import GOOD, HEADER


def test_import_then_screen_prints_hits_best_first_as_json(tmp_path):
    csv_file = tmp_path / "daftar.csv"
    csv_file.write_text(GOOD, encoding="utf-8")
    imported = gapura(tmp_path, "watchlist", "import", str(csv_file))
    assert imported.returncode == 0 and "imported 3 entries" in imported.stdout

    result = gapura(tmp_path, "screen", "--name", "MOHAMAD AL RASHID", "--birth-date",
                    "1975-02-01", "--nationality", "SAU", "--json")
    assert result.returncode == 0
    hits = json.loads(result.stdout)["hits"]
    assert hits[0]["list"] == "penangkalan" and hits[0]["reference"] == "KEP-TNG-009/2025"
    assert 0 <= hits[0]["score"] <= 100 and hits[0]["reason"]
    assert set(hits[0]) >= {"list", "reference", "full_name", "score", "reason"}

    status = gapura(tmp_path, "watchlist", "status")
    assert "pencegahan   1" in status.stdout


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(tmp_path):
    csv_file = tmp_path / "rusak.csv"
    csv_file.write_text(HEADER + "pencegahan,A B,1971-07-17,IDN,,R,\nfoo,C D,1970,IDN,,R,\n",
                        encoding="utf-8")
    result = gapura(tmp_path, "watchlist", "import", str(csv_file))
    assert result.returncode == 1 and "baris 3" in result.stderr
    screen = gapura(tmp_path, "screen", "--name", "A B", "--json")
    assert json.loads(screen.stdout) == {"hits": []}
