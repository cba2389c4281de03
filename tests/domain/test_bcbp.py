"""IATA BCBP boarding passes: parsing, flight dates and the name check against the passport."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.bcbp import (
    BoardingPassError,
    Leg,
    flight_code,
    flight_date,
    leg_from,
    name_matches_passport,
    parse_boarding_pass,
)

# IATA Resolution 792, Attachment B, example 1 (mandatory items only, security data left off).
SINGLE_LEG = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"
SECURITY = ("^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41"
            "W2QA4DVN5J8K4F0L0GE")
# Example 2: two legs, unique and repeated conditional items, airline data, security data.
TWO_LEGS = ("M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 14D>6181WW6225BAC 00141234"
            "560032A0141234567890 1AC AC 1234567890123    20KYLX58ZDEF456 FRAGVALH 3664 227C012C"
            "0002 12E2A0140987654321 1AC AC 1234567890123    2PCNWQ" + SECURITY)
# A version 2 pass: its repeated items stop before fast track, and airline data follows.
VERSION_2 = ("M1TEST/HIDDEN         E8OQ6FU FRARLGLH 4010 012C004D0001 35C>2180WW6012BLH         "
             "     2922023642241060 LH                        *30600000K09         ")
# The pass the barcode simulator reads: GA 821 Singapore - Jakarta.
GARUDA = "M1ERIKSSON/ANNA MARIA EABC123 SINCGKGA 0821 330Y012A0025 100"


def _pass_for(name_field: str) -> str:
    assert len(name_field) <= 20
    return f"M1{name_field:<20}EABC123 CGKSINGA 0881 330Y012A0025 100"


# --- parsing ----------------------------------------------------------------------------------

def test_single_leg_mandatory_items_are_read():
    bp = parse_boarding_pass(SINGLE_LEG)
    assert (bp.surname, bp.given_names, bp.title) == ("DESMARAIS", "LUC", None)
    assert bp.electronic_ticket
    assert not bp.name_truncated
    assert bp.legs == (Leg(pnr="ABC123", origin="YUL", destination="FRA", carrier="AC",
                           flight_number="834", flight_date_julian=326, compartment="J",
                           seat="001A", sequence="0025", status="1"),)
    assert bp.version is None and bp.security_data is None


def test_security_section_is_kept():
    bp = parse_boarding_pass(SINGLE_LEG + SECURITY)
    assert bp.security_data_type == "1"
    assert bp.security_data is not None and len(bp.security_data) == 0x64


def test_two_legs_with_conditional_items():
    bp = parse_boarding_pass(TWO_LEGS)
    assert bp.version == 6
    assert (bp.passenger_description, bp.check_in_source, bp.issuance_source) == ("1", "W", "W")
    assert (bp.issue_date, bp.document_type, bp.issuer) == ("6225", "B", "AC")
    assert bp.baggage_tags == ("0014123456003",)
    first, second = bp.legs
    assert [flight_code(leg) for leg in bp.legs] == ["AC 834", "LH 3664"]
    assert (first.origin, first.destination, second.origin, second.destination) == (
        "YUL", "FRA", "FRA", "GVA")
    assert (first.airline_numeric_code, first.document_serial_number) == ("014", "1234567890")
    assert (first.selectee, first.international_document_verification) == (None, "1")
    assert (first.marketing_carrier, first.frequent_flyer_airline) == ("AC", "AC")
    assert first.frequent_flyer_number == "1234567890123"
    assert (first.free_baggage_allowance, first.fast_track) == ("20K", "Y")
    assert first.airline_private_data == "LX58Z"
    assert (second.document_serial_number, second.free_baggage_allowance) == ("0987654321", "2PC")
    assert (second.fast_track, second.airline_private_data) == ("N", "WQ")
    assert bp.security_data_type == "1"


def test_older_version_items_stop_where_their_declared_length_ends():
    bp = parse_boarding_pass(VERSION_2)
    leg = bp.legs[0]
    assert bp.version == 2
    assert (leg.airline_numeric_code, leg.document_serial_number) == ("220", "2364224106")
    assert leg.fast_track is None
    assert leg.airline_private_data == "*30600000K09         "


def test_unknown_newer_items_are_skipped_by_their_declared_length():
    # Leg 1's repeated items declared 0x2C long: the 42 known characters and 2 unknown ones.
    newer = TWO_LEGS.replace("14D>", "14F>", 1).replace(
        "2A0141234567890 1AC AC 1234567890123    20KY",
        "2C0141234567890 1AC AC 1234567890123    20KYZZ", 1)
    bp = parse_boarding_pass(newer)
    assert bp.legs[0].fast_track == "Y"
    assert bp.legs[0].airline_private_data == "LX58Z"
    assert bp.legs[1].document_serial_number == "0987654321"


def test_scanner_enter_key_and_aim_prefix_are_ignored():
    bp = parse_boarding_pass("]L2" + GARUDA + "\r\n")
    assert flight_code(bp.legs[0]) == "GA 821"


def test_trailing_spaces_dropped_by_the_scanner_are_restored():
    bp = parse_boarding_pass(VERSION_2.rstrip())
    assert bp.legs[0].airline_private_data == "*30600000K09         "


def test_flight_number_suffix_is_kept():
    bp = parse_boarding_pass(GARUDA.replace("GA 0821 ", "GA 0821A"))
    assert flight_code(bp.legs[0]) == "GA 821A"


def test_title_is_split_from_the_given_names():
    bp = parse_boarding_pass(_pass_for("WIDODO/JOKO MR"))
    assert (bp.surname, bp.given_names, bp.title) == ("WIDODO", "JOKO", "MR")


def test_a_name_filling_twenty_characters_is_marked_truncated():
    bp = parse_boarding_pass(_pass_for("SUKARNOPUTRI/MEGAWAT"))
    assert bp.name_truncated
    assert bp.given_names == "MEGAWAT"


def test_leg_from_finds_the_leg_leaving_this_checkpoint():
    bp = parse_boarding_pass(TWO_LEGS)
    assert leg_from(bp, "fra") == bp.legs[1]
    assert leg_from(bp, "CGK") is None


@pytest.mark.parametrize("text", [
    "",
    "\r\n",
    SINGLE_LEG[:40],  # scan cut short
    "S" + SINGLE_LEG[1:],  # not format M
    "M0" + SINGLE_LEG[2:],  # no legs
    "M2" + SINGLE_LEG[2:],  # promises a second leg that is not there
    SINGLE_LEG.replace("YULFRA", "YU1FRA"),  # airport is not letters
    SINGLE_LEG.replace("0834 ", "08X4 "),  # flight number
    SINGLE_LEG.replace("326J", "400J"),  # no day 400
    SINGLE_LEG.replace("326J", "32AJ"),
    SINGLE_LEG[:-2] + "ZZ",  # variable size is not hex
    SINGLE_LEG + "GARBAGE",  # data after the last leg that is not security data
    "M1                    EABC123 YULFRAAC 0834 326J001A0025 100",  # no name
    "https://example.org/checkin?pnr=ABC123",
])
def test_malformed_scans_ask_to_rescan_or_type_the_flight(text):
    with pytest.raises(BoardingPassError) as caught:
        parse_boarding_pass(text)
    assert "Pindai ulang" in caught.value.user_message
    assert "kode penerbangan" in caught.value.user_message
    assert caught.value.detail.startswith("BCBP:")


def test_declared_conditional_size_longer_than_the_leg_is_an_error():
    with pytest.raises(BoardingPassError, match="unique conditional"):
        parse_boarding_pass(TWO_LEGS.replace("14D>618", "14D>6FF", 1))


# --- flight dates -----------------------------------------------------------------------------

def _leg_on(julian: int) -> Leg:
    return Leg("ABC123", "CGK", "SIN", "GA", "881", julian, "Y", "12A", "25", "1")


@pytest.mark.parametrize(("julian", "today", "expected"), [
    (330, date(2026, 11, 26), date(2026, 11, 26)),  # today
    (331, date(2026, 11, 26), date(2026, 11, 27)),  # tomorrow's flight
    (365, date(2026, 1, 2), date(2025, 12, 31)),  # last year's pass shown in January
    (2, date(2026, 12, 30), date(2027, 1, 2)),  # next year's flight checked in in December
    (366, date(2025, 1, 1), date(2024, 12, 31)),  # day 366 only in a leap year
    (366, date(2028, 12, 29), date(2028, 12, 31)),
    (60, date(2024, 2, 28), date(2024, 2, 29)),  # day 60 of a leap year is 29 February
    (60, date(2026, 2, 28), date(2026, 3, 1)),
])
def test_flight_date_is_the_day_of_year_nearest_today(julian, today, expected):
    assert flight_date(_leg_on(julian), today) == expected


def test_flight_date_of_the_specimen_pass():
    bp = parse_boarding_pass(GARUDA)
    assert flight_date(bp.legs[0], date(2026, 11, 25)) == date(2026, 11, 26)


# --- name against passport --------------------------------------------------------------------

@pytest.mark.parametrize(("name_field", "surname", "given_names"), [
    ("ERIKSSON/ANNA MARIA", "ERIKSSON", "ANNA MARIA"),
    ("ERIKSSON/ANNA MARIA", "Eriksson", "Anna-Maria"),  # case and hyphen
    ("ERIKSSON/ANNAMARIA", "ERIKSSON", "ANNA MARIA"),  # spaces dropped
    ("ERIKSSON/ANNA MS", "ERIKSSON", "ANNA MARIA"),  # middle name dropped, title
    ("ERIKSSON/ANNAMS", "ERIKSSON", "ANNA MARIA"),  # title glued on
    ("DESMARAIS/LUC MR", "DESMARAIS", "LUC"),
    ("DESMARAIS/LUC DR", "DESMARAIS", "LUC"),
    ("DESMARAIS/LUC MSTR", "DESMARAIS", "LUC"),
    ("MULLER/JURGEN MR", "MÜLLER", "JÜRGEN"),  # accents from a chip or a typed name
    ("ONEIL/SEAN MR", "O'NEIL", "SEAN"),  # apostrophe
    ("VANDERBERG/JAN", "VAN DER BERG", "JAN"),
    ("SUKARNOPUTRI/MEGAWAT", "SUKARNOPUTRI", "MEGAWATI"),  # truncated given name
    ("SUKARNOPUTRI/DIAH PE", "SUKARNOPUTRI", "DIAH PERMATA MEGAWATI"),
    ("SIMANJUNTAK/ROSANA M", "SIMANJUNTAK", "ROSANA"),  # "MRS" cut at 20 characters
    ("WOLFESCHLEGELSTEINHA", "WOLFESCHLEGELSTEINHAUSEN", "HUBERT"),  # surname cut, no given
    ("SUKARNO/SUKARNO MR", "SUKARNO", ""),  # single name repeated
    ("SUKARNO/FNU", "", "SUKARNO"),  # single name, first name unknown
    ("SUKARNO/MR", "SUKARNO", ""),
    ("JOKOWIDODO/MR", "WIDODO", "JOKO"),  # whole name in the surname
])
def test_same_person_is_accepted(name_field, surname, given_names):
    bp = parse_boarding_pass(_pass_for(name_field))
    result = name_matches_passport(bp, surname, given_names)
    assert result.ok, result.reason
    assert result.reason == ""


def test_swapped_names_are_accepted_with_a_note():
    bp = parse_boarding_pass(_pass_for("JOKO/WIDODO MR"))
    result = name_matches_passport(bp, "WIDODO", "JOKO")
    assert result.ok
    assert "tertukar" in result.reason


@pytest.mark.parametrize(("name_field", "surname", "given_names", "reason"), [
    ("ERIKSSON/ANNA MARIA", "ERIKSSON", "BRITT", "Nama depan"),
    ("ERIKSSON/ANNA", "ERIKSEN", "ANNA", "Nama keluarga"),
    ("DESMARAIS/LUC", "TANAKA", "HIROSHI", "sama sekali"),
    ("ERIKSSON/AN", "ERIKSSON", "ANNA", "Nama depan"),  # not truncated: "AN" is not "ANNA"
    ("SUKARNO/SUKARNO MR", "SUKARNO", "PUTRI", "Nama depan"),
    ("WOLFESCHLEG/HUBERT", "WOLFESCHLEGELSTEINHAUSEN", "HUBERT", "Nama keluarga"),
    ("ERIKSSON/MARIA ANNA", "ERIKSSON", "ANNA MARIA", "Nama depan"),  # names out of order
])
def test_another_persons_boarding_pass_is_flagged(name_field, surname, given_names, reason):
    bp = parse_boarding_pass(_pass_for(name_field))
    result = name_matches_passport(bp, surname, given_names)
    assert not result.ok
    assert reason in result.reason
    assert "boarding pass" in result.reason
