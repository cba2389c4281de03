"""The chip's DG1 against the MRZ printed on the data page."""

from __future__ import annotations

from devices.chip.reader import compare_mrz, read_chip
from devices.chip.testchip import SPECIMEN_MRZ, SoftwareChip, Variant, build_passport
from tests.chip.conftest import NOW


def test_the_genuine_chip_says_what_the_page_says(passport, pki):
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    comparison = compare_mrz(read.mrz_lines, SPECIMEN_MRZ)
    assert comparison.matches
    assert comparison.message == "Data chip sama dengan MRZ yang tercetak."


def test_a_forged_name_on_the_chip_is_named_field_by_field(pki):
    passport = build_passport(variant=Variant.ALTERED_DG1)
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    comparison = compare_mrz(read.mrz_lines, SPECIMEN_MRZ)
    assert not comparison.matches
    assert [m.field for m in comparison.mismatches] == ["surname", "given_names"]
    assert comparison.mismatches[0].printed == "ERIKSSON"
    assert comparison.mismatches[0].chip == "FORGED"
    assert "Nama keluarga, Nama depan" in comparison.message


def test_a_different_number_and_expiry_are_both_reported():
    printed = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
               "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    chip = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "X123456780UTO7408122F3004150ZE184226B<<<<<18")
    fields = [m.field for m in compare_mrz(chip, printed).mismatches]
    assert "document_number" in fields and "expiry_date" in fields
    assert "birth_date" not in fields and "surname" not in fields
