"""`gapura reference list|set` as a real process."""

from __future__ import annotations

from tests.cli.test_cli import gapura


def test_reference_set_then_list_and_a_bad_pattern_refused(tmp_path):
    listed = gapura(tmp_path, "reference", "list")
    assert listed.returncode == 0
    assert "numbering.pattern\t2024-01-01\t{prefix}/{office}/{year}/{seq:06d}" in listed.stdout
    assert "(confirm)" in listed.stdout

    done = gapura(tmp_path, "reference", "set", "numbering.pattern",
                  "W30.IMI.1-{prefix}.{seq:04d}/{year}", "--from", "2026-12-01",
                  "--basis", "Tata naskah dinas kantor")
    assert done.returncode == 0, done.stderr
    assert "numbering.pattern = W30.IMI.1-{prefix}.{seq:04d}/{year} from 2026-12-01" \
        in done.stdout
    assert "2026-12-01\tW30.IMI.1-{prefix}.{seq:04d}/{year} pattern\tTata naskah dinas kantor" \
        in gapura(tmp_path, "reference", "list").stdout

    refused = gapura(tmp_path, "reference", "set", "numbering.pattern", "{prefix}/{year}",
                     "--basis", "x")
    assert refused.returncode == 1
    assert "harus memuat {seq}" in refused.stderr
