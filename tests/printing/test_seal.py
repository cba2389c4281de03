"""The seal format: Base45 (RFC 9285), compact enough for a label printer, papers issued with
the older JSON seal still read, and damaged seals refused rather than misread."""

from __future__ import annotations

import base64
import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from printing import samples
from printing.qr import qr_matrix
from printing.seal import (
    OfficeKey,
    SealStatus,
    base45_decode,
    base45_encode,
    check_seal,
    looks_like_seal,
    make_seal,
    read_seal,
)
from tests.printing.conftest import qr_codes

KEY = OfficeKey.generate("SOETTA")
KEYS = {KEY.key_id: KEY.public_bytes()}
HOLDER = "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman"


def _seal(**changes) -> str:
    values = {"template": "stp", "number": "W30.IMI.1-GR.01.01-0042/2026", "holder": HOLDER,
              "issued_on": date(2026, 11, 25), "data": {"holder_name": HOLDER}, **changes}
    return make_seal(KEY, **values)


@pytest.mark.parametrize(("raw", "text"), [
    (b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"), (b"", ""),
])
def test_base45_matches_rfc_9285(raw, text):
    assert base45_encode(raw) == text
    assert base45_decode(text) == raw


@given(st.binary(max_size=300))
def test_base45_round_trips_any_bytes(raw):
    assert base45_decode(base45_encode(raw)) == raw


@pytest.mark.parametrize("text", ["GGW", "a", "ZZZ", "A"])
def test_base45_refuses_what_it_cannot_be(text):
    with pytest.raises(ValueError):
        base45_decode(text)


def test_a_seal_carries_its_facts_and_verifies():
    seal = _seal()
    assert seal.startswith("GPR2:") and looks_like_seal(seal)
    facts = check_seal(seal, KEYS).facts
    assert check_seal(seal, KEYS).status is SealStatus.VALID
    assert (facts.template, facts.number, facts.holder, facts.issued_on) == (
        "stp", "W30.IMI.1-GR.01.01-0042/2026", HOLDER, "2026-11-25")
    assert len(facts.data_sha256) == 32


def test_a_seal_uses_only_the_qr_alphanumeric_set_and_stays_small():
    seal = _seal()
    assert set(seal) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    # A long holder's STP fits a version 10 code (57 modules); the old JSON seal needed 73.
    assert len(qr_matrix(seal)) <= 57


def test_any_changed_character_fails_or_is_not_a_seal():
    seal = _seal()
    for at in range(len("GPR2:"), len(seal), 7):
        other = "0" if seal[at] != "0" else "1"
        changed = seal[:at] + other + seal[at + 1:]
        assert check_seal(changed, KEYS).status is not SealStatus.VALID


def test_a_holder_longer_than_a_seal_keeps_is_cut_at_a_character():
    facts, _, _ = read_seal(_seal(holder="Ö" * 200))
    assert facts.holder == "Ö" * 127  # 254 bytes of UTF-8, never half a character


def test_a_paper_sealed_before_gpr2_still_verifies():
    payload = json.dumps({"k": KEY.key_id, "t": "stamp", "n": "CAP/SOETTA/2026/000001",
                          "h": "X7K2J9QL4", "d": "2026-11-25", "s": "0" * 32},
                         separators=(",", ":")).encode()

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    legacy = f"GPR1.{b64(payload)}.{b64(KEY.sign(payload))}"
    assert looks_like_seal(legacy)
    result = check_seal(legacy, KEYS)
    assert result.status is SealStatus.VALID and result.facts.holder == "X7K2J9QL4"


@pytest.mark.parametrize("text", ["", "GPR2:", "GPR2:abc", "GPR1.x.y", "paper.pdf"])
def test_what_is_not_a_seal_is_unknown(text):
    assert check_seal(text, KEYS).status is SealStatus.UNKNOWN


def test_a_sealed_stamp_reads_from_a_203_dpi_label_printer(render, tmp_path):
    document = render("stamp", key=KEY, verify_url=None)
    assert qr_codes(document.pdf, tmp_path, dpi=203, printer=True) == [document.seal]
    assert read_seal(document.seal)[0].holder == samples.sample_data("stamp")["document_number"]
