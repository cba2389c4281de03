"""`gapura holiday list|add|remove` as a real process."""

from __future__ import annotations

from tests.cli.test_cli import gapura


def test_holidays_are_seeded_then_added_listed_and_removed(tmp_path):
    seeded = gapura(tmp_path, "holiday", "list")
    assert seeded.returncode == 0, seeded.stderr
    assert "\tnasional\tHari Kemerdekaan Republik Indonesia" in seeded.stdout

    added = gapura(tmp_path, "holiday", "add", "2031-03-24", "Cuti Bersama Idul Fitri",
                   "--cuti-bersama")
    assert added.returncode == 0, added.stderr
    assert "holiday 2031-03-24 (cuti_bersama): Cuti Bersama Idul Fitri" in added.stdout
    assert gapura(tmp_path, "holiday", "add", "2031-03-25", "Libur").returncode == 0
    assert gapura(tmp_path, "holiday", "list", "--year", "2031").stdout.splitlines() == [
        "2031-03-24\tcuti_bersama\tCuti Bersama Idul Fitri", "2031-03-25\tnasional\tLibur"]

    removed = gapura(tmp_path, "holiday", "remove", "2031-03-25")
    assert removed.returncode == 0, removed.stderr
    assert "holiday 2031-03-25 (Libur) removed" in removed.stdout
    again = gapura(tmp_path, "holiday", "remove", "2031-03-25")
    assert again.returncode == 1
    assert "Tidak ada hari libur pada 2031-03-25" in again.stderr


def test_a_malformed_date_or_an_empty_name_is_refused(tmp_path):
    assert gapura(tmp_path, "holiday", "add", "25-12-2031", "Natal").returncode == 2
    empty = gapura(tmp_path, "holiday", "add", "2031-12-25", " ")
    assert empty.returncode == 1
    assert "Nama hari libur wajib diisi" in empty.stderr
