"""`gapura mrz` run as a real process: JSON on stdout, exit 0 valid, 1 invalid, 2 unusable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.domain.mrz import check_digit

KEYS = ["format", "document_type", "issuing_state", "surname", "given_names", "document_number",
        "nationality", "birth_date", "sex", "expiry_date", "optional_data", "valid", "errors"]
ERIKSSON = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def gapura_mrz(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GAPURA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app.cli", "mrz", *args], env=env, text=True,
                          capture_output=True, timeout=120, input=stdin)


def test_valid_mrz_from_arguments_prints_the_documented_json_and_exits_0(tmp_path):
    result = gapura_mrz(tmp_path, *ERIKSSON)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    printed = json.loads(result.stdout)
    assert list(printed) == KEYS
    assert printed == {
        "format": "TD3", "document_type": "P", "issuing_state": "UTO", "surname": "ERIKSSON",
        "given_names": "ANNA MARIA", "document_number": "L898902C3", "nationality": "UTO",
        "birth_date": "1974-08-12", "sex": "F", "expiry_date": "2012-04-15",
        "optional_data": "ZE184226B", "valid": True, "errors": []}
    assert result.stdout.startswith('{"format": "TD3", "document_type": "P", ')


def test_lines_on_stdin_with_blank_lines_and_lower_case(tmp_path):
    stdin = "\n  " + ERIKSSON[0].lower() + "\n\n" + ERIKSSON[1] + "  \n\n"
    result = gapura_mrz(tmp_path, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["surname"] == "ERIKSSON"


def test_invalid_mrz_exits_1_with_errors_naming_fields(tmp_path):
    line2 = "L898902C36UTO74O8122F1204159ZE184226B<<<<<10"
    result = gapura_mrz(tmp_path, ERIKSSON[0], line2, "--today", "2026-11-25")
    assert result.returncode == 1
    printed = json.loads(result.stdout)
    assert list(printed) == KEYS
    assert printed["valid"] is False and printed["birth_date"] is None
    assert [list(error) for error in printed["errors"]] == [["field", "message"]] * 2
    assert [error["field"] for error in printed["errors"]] == ["birth_date", "composite"]
    assert "740812" in printed["errors"][0]["message"]


def test_unusable_input_exits_2_with_json_and_a_message(tmp_path):
    result = gapura_mrz(tmp_path, "P<UTOERIKSSON", "L898902C3")
    assert result.returncode == 2
    printed = json.loads(result.stdout)
    assert list(printed) == KEYS
    assert printed["valid"] is False and printed["format"] is None
    assert printed["errors"][0]["field"] == "mrz"
    assert "Pindai ulang" in printed["errors"][0]["message"]
    assert result.stderr.startswith("gapura: Panjang baris MRZ")


def test_today_option_resolves_two_digit_years(tmp_path):
    line2 = "L898902C36UTO300101" + check_digit("300101") + "F1204159ZE184226B<<<<<1"
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    for today, born in (("2031-01-01", "2030-01-01"), ("2029-12-31", "1930-01-01")):
        result = gapura_mrz(tmp_path, ERIKSSON[0], line2, "--today", today)
        assert result.returncode == 0, result.stdout
        assert json.loads(result.stdout)["birth_date"] == born
