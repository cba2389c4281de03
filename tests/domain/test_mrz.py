"""ICAO 9303 machine-readable zones: specimens, check digits, dates, names, OCR, properties."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.mrz import (
    JSON_KEYS,
    MrzFormat,
    MrzFormatError,
    MrzResult,
    check_digit,
    parse_mrz,
    unusable_json_dict,
)
from devices.document_reader import SPECIMENS, SimulatedDocumentReader

TODAY = date(2026, 11, 25)
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERS = ALPHABET[10:]


def _value(char: str) -> int:
    return 0 if char == "<" else ALPHABET.index(char)


def _digit(field: str) -> str:
    """ICAO 9303 check digit, written here independently of the code under test."""
    return str(sum(_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def _pad(text: str, length: int) -> str:
    assert len(text) <= length, (text, length)
    return text + "<" * (length - len(text))


def _replace(line: str, at: int, text: str) -> str:
    return line[:at] + text + line[at + len(text):]


def parse(*lines: str) -> MrzResult:
    return parse_mrz(lines, today=TODAY)


ERIKSSON_TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
ERIKSSON_TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<",
                "7408122F1204159UTO<<<<<<<<<<<6",
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
ERIKSSON_TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                "D231458907UTO7408122F1204159<<<<<<<6")
ERIKSSON_MRV_A = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                  "L8988901C4XXX4009078F96121096ZE184226B<<<<<<")
ERIKSSON_MRV_B = ("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
                  "L8988901C4XXX4009078F9612109<<<<<<<<")
# Doc 9303 Part 5: a TD1 whose document number has 12 characters.
STEVENSON_TD1 = ("I<UTOD23145890<7349<<<<<<<<<<<",
                 "3407127M9507122UTO<<<<<<<<<<<2",
                 "STEVENSON<<PETER<JOHN<<<<<<<<<")


# --- specimens ----------------------------------------------------------------------------

def test_td3_specimen_eriksson_gives_the_documented_json():
    assert parse(*ERIKSSON_TD3).to_json_dict() == {
        "format": "TD3", "document_type": "P", "issuing_state": "UTO", "surname": "ERIKSSON",
        "given_names": "ANNA MARIA", "document_number": "L898902C3", "nationality": "UTO",
        "birth_date": "1974-08-12", "sex": "F", "expiry_date": "2012-04-15",
        "optional_data": "ZE184226B", "valid": True, "errors": []}


def test_json_keys_come_in_the_documented_order():
    assert list(parse(*ERIKSSON_TD3).to_json_dict()) == list(JSON_KEYS) == [
        "format", "document_type", "issuing_state", "surname", "given_names", "document_number",
        "nationality", "birth_date", "sex", "expiry_date", "optional_data", "valid", "errors"]


def test_td1_specimen_identity_card():
    result = parse(*ERIKSSON_TD1)
    assert result.valid, result.errors
    assert (result.format, result.document_type, result.issuing_state) == (
        MrzFormat.TD1, "I", "UTO")
    assert (result.surname, result.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.document_number == "D23145890"
    assert (result.birth_date, result.sex, result.expiry_date) == (
        date(1974, 8, 12), "F", date(2012, 4, 15))
    assert (result.optional_data, result.optional_data_2) == ("", "")


def test_td1_long_document_number_continues_in_optional_data():
    result = parse(*STEVENSON_TD1)
    assert result.valid, result.errors
    assert result.document_number == "D23145890734"
    assert result.optional_data == ""
    assert (result.birth_date, result.sex, result.expiry_date) == (
        date(1934, 7, 12), "M", date(1995, 7, 12))


def test_td1_long_document_number_followed_by_optional_data():
    line1 = "I<UTOD23145890<7349<ABC123<<<<"
    line2 = "3407127M9507122UTO<<<<<<<<<<<"
    line2 += _digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    result = parse(line1, line2, STEVENSON_TD1[2])
    assert result.valid, result.errors
    assert (result.document_number, result.optional_data) == ("D23145890734", "ABC123")


def test_td1_long_document_number_with_wrong_check_digit_names_the_number():
    line1 = _replace(STEVENSON_TD1[0], 18, "8")
    fields = [e.field for e in parse(line1, *STEVENSON_TD1[1:]).errors]
    assert fields == ["document_number", "composite"]


def test_td1_filler_check_digit_without_continuation_is_an_error():
    line1 = _replace(ERIKSSON_TD1[0], 14, "<")
    errors = parse(line1, *ERIKSSON_TD1[1:]).errors
    assert errors[0].field == "document_number"
    assert errors[0].text == (
        "Digit pemeriksa nomor dokumen tidak cocok: tertulis <, seharusnya 7.")


def test_td1_both_optional_data_fields_are_kept():
    line1 = _replace(ERIKSSON_TD1[0], 15, "AB<12")
    line2 = _replace(ERIKSSON_TD1[1], 18, "XY9")
    line2 = line2[:29] + _digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    result = parse(line1, line2, ERIKSSON_TD1[2])
    assert result.valid, result.errors
    assert (result.optional_data, result.optional_data_2) == ("AB<12", "XY9")
    assert result.to_json_dict()["optional_data"] == "AB<12 XY9"


def test_td2_specimen():
    result = parse(*ERIKSSON_TD2)
    assert result.valid, result.errors
    assert result.format is MrzFormat.TD2
    assert (result.document_number, result.surname, result.given_names) == (
        "D23145890", "ERIKSSON", "ANNA MARIA")
    assert (result.birth_date, result.expiry_date) == (date(1974, 8, 12), date(2012, 4, 15))


def test_td2_long_document_number_continues_in_optional_data():
    number = "D2314589073"
    line2 = "D23145890<UTO7408122F1204159" + _pad("73" + _digit(number) + "<AB", 7)
    line2 += _digit(line2[0:10] + line2[13:20] + line2[21:35])
    result = parse(ERIKSSON_TD2[0], line2)
    assert result.valid, result.errors
    assert (result.document_number, result.optional_data) == ("D2314589073", "AB")


def test_mrv_a_specimen_has_no_composite():
    result = parse(*ERIKSSON_MRV_A)
    assert result.valid, result.errors
    assert (result.format, result.document_type) == (MrzFormat.MRV_A, "V")
    assert (result.document_number, result.nationality) == ("L8988901C", "XXX")
    assert (result.birth_date, result.expiry_date) == (date(1940, 9, 7), date(1996, 12, 10))
    assert result.optional_data == "6ZE184226B"


def test_mrv_b_specimen():
    result = parse(*ERIKSSON_MRV_B)
    assert result.valid, result.errors
    assert result.format is MrzFormat.MRV_B
    assert (result.surname, result.document_number, result.sex) == ("ERIKSSON", "L8988901C", "F")


def test_visa_optional_data_has_no_check_digit():
    line2 = _replace(ERIKSSON_MRV_A[1], 28, "ANYTHING12345678")
    assert parse(ERIKSSON_MRV_A[0], line2).valid


def test_specimen_state_utopia_is_valid_but_flagged_as_specimen():
    assert parse(*ERIKSSON_TD3).specimen
    assert not parse(*_td3(nationality="IDN", issuer="IDN")).specimen


def test_expired_document_is_still_a_valid_mrz():
    result = parse(*ERIKSSON_TD3)
    assert result.expiry_date < TODAY and result.valid


def test_every_reader_simulator_specimen_parses_valid():
    reader = SimulatedDocumentReader()
    for _ in SPECIMENS:
        result = parse_mrz(reader.read().lines, today=TODAY)
        assert result.valid, result.errors


def test_result_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse(*ERIKSSON_TD3).surname = "X"  # type: ignore[misc]


# --- check digits ---------------------------------------------------------------------------

def test_check_digit_of_known_fields():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("<<<<<<<<<<<<<<") == "0"
    assert check_digit("D23145890734") == "9"


@pytest.mark.parametrize("field", ["l898902c3", "L898 902", "ÄBC", "L-1"])
def test_check_digit_refuses_non_mrz_characters(field):
    with pytest.raises(ValueError):
        check_digit(field)


def _td3(**fields: str) -> tuple[str, str]:
    spec = {"issuer": "UTO", "name": "ERIKSSON<<ANNA<MARIA", "number": "L898902C3",
            "nationality": "UTO", "birth": "740812", "sex": "F", "expiry": "120415",
            "optional": "ZE184226B"} | fields
    number, optional = _pad(spec["number"], 9), _pad(spec["optional"], 14)
    line2 = (number + _digit(number) + _pad(spec["nationality"], 3) + spec["birth"]
             + _digit(spec["birth"]) + spec["sex"] + spec["expiry"] + _digit(spec["expiry"])
             + optional + _digit(optional))
    line2 += _digit(line2[0:10] + line2[13:20] + line2[21:43])
    return "P<" + _pad(spec["issuer"], 3) + _pad(spec["name"], 39), line2


FIELD_CHECK_DIGITS = [
    # format's lines, line index, position of the check digit, field it checks
    (ERIKSSON_TD3, 1, 9, "document_number"),
    (ERIKSSON_TD3, 1, 19, "birth_date"),
    (ERIKSSON_TD3, 1, 27, "expiry_date"),
    (ERIKSSON_TD3, 1, 42, "optional_data"),
    (ERIKSSON_TD3, 1, 43, "composite"),
    (ERIKSSON_TD1, 0, 14, "document_number"),
    (ERIKSSON_TD1, 1, 6, "birth_date"),
    (ERIKSSON_TD1, 1, 14, "expiry_date"),
    (ERIKSSON_TD1, 1, 29, "composite"),
    (ERIKSSON_TD2, 1, 9, "document_number"),
    (ERIKSSON_TD2, 1, 19, "birth_date"),
    (ERIKSSON_TD2, 1, 27, "expiry_date"),
    (ERIKSSON_TD2, 1, 35, "composite"),
    (ERIKSSON_MRV_A, 1, 9, "document_number"),
    (ERIKSSON_MRV_A, 1, 19, "birth_date"),
    (ERIKSSON_MRV_A, 1, 27, "expiry_date"),
    (ERIKSSON_MRV_B, 1, 9, "document_number"),
    (ERIKSSON_MRV_B, 1, 19, "birth_date"),
    (ERIKSSON_MRV_B, 1, 27, "expiry_date"),
]


@pytest.mark.parametrize(("lines", "line", "at", "field"), FIELD_CHECK_DIGITS)
def test_every_wrong_check_digit_names_its_field(lines, line, at, field):
    changed = list(lines)
    wrong = str((int(lines[line][at]) + 1) % 10)
    changed[line] = _replace(lines[line], at, wrong)
    errors = parse(*changed).errors
    assert errors[0].field == field
    assert errors[0].params == (("found", wrong), ("expected", lines[line][at]))
    # The composite digit covers the field's check digit too, except in visas.
    assert [e.field for e in errors[1:]] in ([], ["composite"])


def test_composite_alone_fails_when_only_it_is_wrong():
    line2 = _replace(ERIKSSON_TD3[1], 43, "3")
    result = parse(ERIKSSON_TD3[0], line2)
    assert [e.field for e in result.errors] == ["composite"]
    assert result.errors[0].text.startswith(
        "Digit pemeriksa gabungan MRZ tidak cocok: tertulis 3, seharusnya 0.")


def test_unused_personal_number_may_have_a_filler_check_digit():
    line1, line2 = _td3(optional="")
    filler = line2[:42] + "<" + _digit(line2[0:10] + line2[13:20] + line2[21:42] + "<")
    assert parse(line1, line2).valid
    assert parse(line1, filler).valid


def test_filler_check_digit_over_a_personal_number_is_an_error():
    line1, line2 = _td3(optional="12345")
    line2 = line2[:42] + "<" + _digit(line2[0:10] + line2[13:20] + line2[21:42] + "<")
    assert [e.field for e in parse(line1, line2).errors] == ["optional_data"]


# --- OCR confusions -------------------------------------------------------------------------

def test_ocr_letter_in_birth_date_is_suggested_but_not_fixed():
    line2 = _replace(ERIKSSON_TD3[1], 13, "74O812")
    result = parse(ERIKSSON_TD3[0], line2)
    assert result.birth_date is None
    issue = result.errors[0]
    assert (issue.field, issue.suggestion) == ("birth_date", "740812")
    assert "740812" in issue.text and "74O812" in issue.text
    assert [e.field for e in result.errors] == ["birth_date", "composite"]


@pytest.mark.parametrize(("misread", "meant"), [("I", "1"), ("S", "5"), ("B", "8")])
def test_ocr_letters_in_expiry_date_are_suggested(misread, meant):
    expiry = "151118"
    read = expiry.replace(meant, misread)
    line1, line2 = _td3(expiry=expiry)
    result = parse(line1, _replace(line2, 21, read))
    issue = next(e for e in result.errors if e.field == "expiry_date")
    assert issue.suggestion == expiry
    assert result.expiry_date is None


def test_ocr_letter_as_check_digit_is_suggested():
    line1, line2 = _td3(birth="850102")
    assert line2[19] == "0"
    result = parse(line1, _replace(line2, 19, "O"))
    issue = result.errors[0]
    assert (issue.field, issue.suggestion) == ("birth_date", "0")
    assert result.birth_date == date(1985, 1, 2)  # the date itself was read fine


def test_ocr_swap_in_document_number_is_suggested_not_fixed():
    line2 = _replace(ERIKSSON_TD3[1], 1, "B")  # L898902C3 read as LB98902C3
    result = parse(ERIKSSON_TD3[0], line2)
    assert result.document_number == "LB98902C3"
    assert result.errors[0].field == "document_number"
    assert result.errors[0].suggestion == "L898902C3"
    assert "L898902C3" in result.errors[0].text


def test_reader_simulator_poor_read_gets_the_number_suggested():
    read = SimulatedDocumentReader("poor").read()
    result = parse_mrz(read.lines, today=TODAY)
    assert not result.valid
    assert result.errors[0].suggestion == "L898902C3"


def test_digit_in_name_is_an_error_with_a_suggestion():
    line1 = _replace(ERIKSSON_TD3[0], 5, "ER1KSSON")
    issue = parse(line1, ERIKSSON_TD3[1]).errors[0]
    assert (issue.field, issue.suggestion) == ("surname", "ERIKSSON")


def test_digit_in_country_code_is_an_error_with_a_suggestion():
    result = parse(*_td3(nationality="1DN"))
    issue = result.errors[0]
    assert (issue.field, issue.suggestion, result.nationality) == ("nationality", "IDN", "1DN")


# --- tolerant input -------------------------------------------------------------------------

def test_lower_case_and_surrounding_whitespace_are_tolerated():
    text = "\n  " + ERIKSSON_TD3[0].lower() + "  \r\n\n\t" + ERIKSSON_TD3[1].lower() + " \n"
    result = parse_mrz(text, today=TODAY)
    assert result.valid
    assert result == parse(*ERIKSSON_TD3)
    assert result.lines == ERIKSSON_TD3


def test_zone_read_as_one_unbroken_line_is_split():
    assert parse("".join(ERIKSSON_TD1)) == parse(*ERIKSSON_TD1)
    assert parse("".join(ERIKSSON_TD2)).format is MrzFormat.TD2


@pytest.mark.parametrize(("lines", "expected"), [
    ((), "MRZ kosong"),
    ((ERIKSSON_TD3[0],), "terbaca 1 baris"),
    (ERIKSSON_TD3 + ERIKSSON_TD3, "terbaca 4 baris"),
    ((ERIKSSON_TD3[0], ERIKSSON_TD3[1][:40]), "(44, 40 karakter)"),
    ((ERIKSSON_TD3[0][:30], ERIKSSON_TD1[1]), "(30, 30 karakter)"),
    ((ERIKSSON_TD3[0], "L898902C36UTO 7408122F1204159ZE184226B<<<<10"),
     "karakter ' ' di posisi 14"),
    ((ERIKSSON_TD3[0], "L898902C36UTO7408122F1204159ZE184226B«<<<<10"), "posisi 38"),
    ((ERIKSSON_TD3[0], "L898902C36UTO7408122F1204159ZE184226B-<<<<10"), "karakter '-'"),
])
def test_unusable_input_raises_with_advice(lines, expected):
    with pytest.raises(MrzFormatError) as err:
        parse_mrz(lines, today=TODAY)
    assert expected in err.value.user_message
    assert "Pindai" in err.value.user_message and "ketik MRZ" in err.value.user_message


def test_unusable_input_json_keeps_the_shape():
    with pytest.raises(MrzFormatError) as err:
        parse_mrz(["P<UTO"], today=TODAY)
    shown = unusable_json_dict(err.value)
    assert list(shown) == list(JSON_KEYS)
    assert shown["valid"] is False and shown["format"] is None
    assert shown["errors"] == [{"field": "mrz", "message": err.value.user_message}]


# --- codes, sex, document type, names -------------------------------------------------------

@pytest.mark.parametrize("code", ["D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK",
                                  "XOM", "XXA", "XXB", "XXC", "XXX", "EUE", "IDN"])
def test_special_country_codes_are_accepted(code):
    result = parse(*_td3(issuer=code, nationality=code))
    assert result.valid, result.errors
    assert (result.issuing_state, result.nationality) == (code, code)


def test_germany_is_written_d_with_fillers():
    line1, line2 = _td3(issuer="D", nationality="D")
    assert line1.startswith("P<D<<") and line2[10:13] == "D<<"


@pytest.mark.parametrize("code", ["ZZZ", "XYZ", "DE", "<<<"])
def test_unknown_country_code_is_an_error_on_that_field(code):
    result = parse(*_td3(issuer=code))
    assert [e.field for e in result.errors] == ["issuing_state"]
    assert result.errors[0].text == (
        f"Kode negara penerbit {_pad(code, 3)} tidak dikenal dalam ICAO 9303.")
    result = parse(*_td3(nationality=code))
    assert [e.field for e in result.errors] == ["nationality"]


@pytest.mark.parametrize(("char", "sex"), [("M", "M"), ("F", "F"), ("X", "X"), ("<", None)])
def test_sex_values(char, sex):
    result = parse(*_td3(sex=char))
    assert result.valid and result.sex == sex
    assert result.to_json_dict()["sex"] == sex


def test_other_sex_character_is_an_error():
    result = parse(*_td3(sex="Q"))
    assert [e.field for e in result.errors] == ["sex"] and result.sex is None


@pytest.mark.parametrize(("lines", "at", "doc_type", "valid"), [
    (ERIKSSON_TD3, 0, "PD", True),
    (ERIKSSON_TD3, 0, "X<", False),
    (ERIKSSON_TD1, 0, "ID", True),
    (ERIKSSON_TD1, 0, "AC", True),
    (ERIKSSON_TD1, 0, "V<", False),
    (ERIKSSON_TD1, 0, "I1", False),
    (ERIKSSON_TD2, 0, "C<", True),
])
def test_document_type(lines, at, doc_type, valid):
    changed = list(lines)
    changed[at] = _replace(lines[at], 0, doc_type)
    result = parse(*changed)
    assert result.valid is valid
    assert result.document_type == doc_type.rstrip("<")
    if not valid:
        assert [e.field for e in result.errors] == ["document_type"]


def test_names_with_fillers_become_single_spaces():
    result = parse(*_td3(name="VAN<DER<BERG<<JAN<<PIETER"))
    assert (result.surname, result.given_names) == ("VAN DER BERG", "JAN PIETER")
    assert not result.name_truncated


def test_single_name_is_the_primary_identifier():
    result = parse(*_td3(name="SULASTRI"))
    assert (result.surname, result.given_names) == ("SULASTRI", "")


def test_name_filling_the_zone_may_be_truncated():
    name = "MUHAMMAD<FAIZAL<BIN<ISMAIL<<ABDULLAH<AB"
    assert len(name) == 39
    result = parse(*_td3(name=name))
    assert result.valid and result.name_truncated
    assert (result.surname, result.given_names) == ("MUHAMMAD FAIZAL BIN ISMAIL", "ABDULLAH AB")


def test_empty_primary_identifier_is_an_error():
    result = parse(*_td3(name="<<ANNA"))
    assert [e.field for e in result.errors] == ["surname"]


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("yymmdd", "born"), [
    ("740812", date(1974, 8, 12)),
    ("000101", date(2000, 1, 1)),
    ("261125", date(2026, 11, 25)),  # born today
    ("261126", date(1926, 11, 26)),  # tomorrow would be the future: a century earlier
    ("261231", date(1926, 12, 31)),
    ("991231", date(1999, 12, 31)),
])
def test_birth_date_is_never_in_the_future(yymmdd, born):
    assert parse(*_td3(birth=yymmdd)).birth_date == born


@pytest.mark.parametrize(("yymmdd", "expires"), [
    ("120415", date(2012, 4, 15)),
    ("350101", date(2035, 1, 1)),
    ("761231", date(2076, 12, 31)),
    ("770101", date(1977, 1, 1)),
    ("991231", date(1999, 12, 31)),
])
def test_expiry_date_is_within_fifty_years_of_today(yymmdd, expires):
    assert parse(*_td3(expiry=yymmdd)).expiry_date == expires


def test_dates_resolve_against_the_given_today():
    lines = _td3(birth="300101")
    assert parse_mrz(lines, today=date(2031, 1, 1)).birth_date == date(2030, 1, 1)
    assert parse_mrz(lines, today=date(2029, 12, 31)).birth_date == date(1930, 1, 1)


@pytest.mark.parametrize("birth", ["74<<<<", "7408<<", "<<<<<<"])
def test_unknown_parts_of_birth_date_give_null_without_error(birth):
    result = parse(*_td3(birth=birth))
    assert result.valid, result.errors
    assert result.birth_date is None and result.to_json_dict()["birth_date"] is None


@pytest.mark.parametrize(("birth", "message"), [
    ("741332", "Tanggal lahir 741332 (YYMMDD) tidak ada di kalender."),
    ("750229", "Tanggal lahir 750229 (YYMMDD) tidak ada di kalender."),
    ("74<812", "Tanggal lahir harus enam angka YYMMDD, terbaca 74<812."),
    ("74X812", "Tanggal lahir harus enam angka YYMMDD, terbaca 74X812."),
])
def test_impossible_birth_date_is_an_error(birth, message):
    result = parse(*_td3(birth=birth))
    assert [e.field for e in result.errors] == ["birth_date"]
    assert result.errors[0].text == message and result.errors[0].suggestion is None
    assert result.birth_date is None


# --- properties -----------------------------------------------------------------------------

CODES = ("IDN", "MYS", "AUS", "NLD", "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA",
         "UNK", "XOM", "XXA", "XXB", "XXC", "XXX", "EUE", "UTO")
ALNUM = st.text(ALPHABET, min_size=1, max_size=9)
# Values of optional data: no leading or trailing filler (those are padding), inner ones kept.
OPTIONAL = st.lists(st.text(ALPHABET, min_size=1, max_size=4), max_size=3).map("<".join)
NAME_WORDS = st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=1, max_size=3)


@dataclass(frozen=True)
class Document:
    """Field values as a document holds them, before they are written into an MRZ."""

    fmt: MrzFormat
    document_type: str
    issuer: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth: date
    sex: str
    expiry: date
    optional: str
    optional_2: str
    filler_check: bool  # TD3 with no personal number: '<' as its check digit


NAME_LENGTH = {MrzFormat.TD1: 30, MrzFormat.TD2: 31, MrzFormat.TD3: 39, MrzFormat.MRV_A: 39,
               MrzFormat.MRV_B: 31}
OPTIONAL_LENGTH = {MrzFormat.TD1: 15, MrzFormat.TD2: 7, MrzFormat.TD3: 14, MrzFormat.MRV_A: 16,
                   MrzFormat.MRV_B: 8}


def _name_zone(doc: Document) -> str:
    zone = doc.surname.replace(" ", "<")
    if doc.given_names:
        zone += "<<" + doc.given_names.replace(" ", "<")
    return zone


def _yymmdd(day: date) -> str:
    return day.strftime("%y%m%d")


@st.composite
def documents(draw: st.DrawFn) -> Document:
    fmt = draw(st.sampled_from(list(MrzFormat)))
    first = {MrzFormat.TD3: "P", MrzFormat.MRV_A: "V", MrzFormat.MRV_B: "V"}.get(fmt) or draw(
        st.sampled_from("IAC"))
    second = draw(st.sampled_from("<" + LETTERS))
    surname = " ".join(draw(NAME_WORDS))
    given_names = " ".join(draw(NAME_WORDS | st.just([])))
    doc = Document(fmt, (first + second).rstrip("<"), draw(st.sampled_from(CODES)), surname,
                   given_names, "", draw(st.sampled_from(CODES)),
                   draw(st.dates(TODAY.replace(year=TODAY.year - 99, month=1, day=1), TODAY)),
                   draw(st.sampled_from("MFX<")),
                   draw(st.dates(date(TODAY.year - 49, 1, 1), date(TODAY.year + 50, 12, 31))),
                   "", "", draw(st.booleans()))
    # TD1 and TD2 may hold a document number longer than 9 characters.
    long_ok = fmt in (MrzFormat.TD1, MrzFormat.TD2)
    if long_ok and draw(st.booleans()):
        extra = draw(st.text(ALPHABET, min_size=1, max_size=OPTIONAL_LENGTH[fmt] - 2))
        number = draw(st.text(ALPHABET, min_size=9, max_size=9)) + extra
        room = OPTIONAL_LENGTH[fmt] - len(extra) - 2
    else:
        number = draw(ALNUM)
        room = OPTIONAL_LENGTH[fmt]
    optional = draw(OPTIONAL)[:room].rstrip("<")
    optional_2 = draw(OPTIONAL)[:11].rstrip("<") if fmt is MrzFormat.TD1 else ""
    if len(_name_zone(doc)) > NAME_LENGTH[fmt]:
        doc = dataclasses.replace(doc, given_names="", surname=surname[:NAME_LENGTH[fmt]].strip())
    return dataclasses.replace(doc, number=number, optional=optional, optional_2=optional_2)


def build(doc: Document) -> tuple[str, ...]:
    """The MRZ lines of `doc`, check digits computed by the test's own `_digit`."""
    fmt = doc.fmt
    head = _pad(doc.document_type, 2) + _pad(doc.issuer, 3)
    name = _pad(_name_zone(doc), NAME_LENGTH[fmt])
    birth, expiry = _yymmdd(doc.birth), _yymmdd(doc.expiry)
    if len(doc.number) > 9:
        number = doc.number[:9] + "<"
        optional = doc.number[9:] + _digit(doc.number) + "<" + doc.optional
    else:
        number = _pad(doc.number, 9) + _digit(_pad(doc.number, 9))
        optional = doc.optional
    optional = _pad(optional, OPTIONAL_LENGTH[fmt])
    dates = birth + _digit(birth) + doc.sex + expiry + _digit(expiry)
    if fmt is MrzFormat.TD1:
        line1 = head + number + optional
        line2 = dates + _pad(doc.nationality, 3) + _pad(doc.optional_2, 11)
        line2 += _digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return line1, line2, name
    line2 = number + _pad(doc.nationality, 3) + dates + optional
    if fmt is MrzFormat.TD3:
        line2 += "<" if doc.filler_check and not doc.optional else _digit(optional)
        line2 += _digit(line2[0:10] + line2[13:20] + line2[21:43])
    elif fmt is MrzFormat.TD2:
        line2 += _digit(line2[0:10] + line2[13:20] + line2[21:35])
    return head + name, line2


@settings(max_examples=200, deadline=None)
@given(documents())
def test_every_valid_mrz_parses_back_to_its_fields(doc):
    lines = build(doc)
    result = parse_mrz(lines, today=TODAY)
    assert result.errors == ()
    assert result.format is doc.fmt
    assert (result.document_type, result.issuing_state, result.nationality) == (
        doc.document_type, doc.issuer, doc.nationality)
    assert (result.surname, result.given_names) == (doc.surname, doc.given_names)
    assert result.document_number == doc.number
    assert (result.birth_date, result.expiry_date) == (doc.birth, doc.expiry)
    assert result.sex == (None if doc.sex == "<" else doc.sex)
    assert (result.optional_data, result.optional_data_2) == (doc.optional, doc.optional_2)


def _checked_positions(fmt: MrzFormat) -> dict[tuple[int, int], set[str]]:
    """(line, position) of every character a check digit covers, and the fields that may be
    blamed when it changes (besides the composite)."""
    def span(line: int, start: int, end: int, *fields: str) -> dict:
        return {(line, at): set(fields) for at in range(start, end)}

    if fmt is MrzFormat.TD1:
        return (span(0, 5, 15, "document_number")
                | span(0, 15, 30, "optional_data", "document_number")
                | span(1, 0, 7, "birth_date") | span(1, 8, 15, "expiry_date")
                | span(1, 18, 29, "optional_data") | span(1, 29, 30))
    positions = (span(1, 0, 10, "document_number") | span(1, 13, 20, "birth_date")
                 | span(1, 21, 28, "expiry_date"))
    if fmt is MrzFormat.TD3:
        positions |= span(1, 28, 43, "optional_data") | span(1, 43, 44)
    elif fmt is MrzFormat.TD2:
        positions |= span(1, 28, 35, "optional_data", "document_number") | span(1, 35, 36)
    return positions


@settings(max_examples=200, deadline=None)
@given(documents(), st.data())
def test_any_single_changed_character_in_a_checked_field_is_caught(doc, data):
    """Doc 9303's 7-3-1 check digit catches a substitution unless the two characters' values
    differ by a multiple of 10 (0/A/K/U, 1/B/L/V, ...): weights coprime to 10 cannot see those,
    by design of the standard. Every other substitution must be caught."""
    lines = list(build(doc))
    positions = _checked_positions(doc.fmt)
    line, at = data.draw(st.sampled_from(sorted(positions)))
    old = lines[line][at]
    new = data.draw(st.sampled_from(
        [c for c in ALPHABET + "<" if (_value(c) - _value(old)) % 10 != 0]))
    lines[line] = _replace(lines[line], at, new)
    result = parse_mrz(lines, today=TODAY)
    assert not result.valid
    blamed = {issue.field for issue in result.errors}
    assert blamed & (positions[(line, at)] | {"composite"}), result.errors


@settings(max_examples=50, deadline=None)
@given(documents())
def test_check_digit_agrees_with_an_independent_implementation(doc):
    for line in build(doc):
        for start in range(0, len(line), 7):
            field = line[start:start + 11]
            assert check_digit(field) == _digit(field)


def test_birth_dates_over_a_century_resolve_into_the_past():
    day = TODAY
    for _ in range(0, 36500, 97):
        result = parse(*_td3(birth=_yymmdd(day)))
        assert result.birth_date == day
        day -= timedelta(days=97)
