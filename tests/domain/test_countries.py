"""ICAO 9303 country codes: ISO alpha-3 plus ICAO's own."""

from __future__ import annotations

import pycountry
import pytest

from app.domain.countries import ICAO_EXTRA_CODES, Country, all_countries, country, is_valid_code

ICAO_EXTRAS = ("D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XOM", "XXA", "XXB",
               "XXC", "XXX", "EUE", "RKS", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO",
               "XES", "XMP", "XDC")


def test_every_iso_alpha3_code_is_a_state():
    for entry in pycountry.countries:
        found = country(entry.alpha_3)
        assert found is not None, entry.alpha_3
        assert found.kind == "state"


@pytest.mark.parametrize("code", ICAO_EXTRAS)
def test_icao_code_missing_from_iso_is_known(code):
    assert is_valid_code(code)
    assert country(code).code == code


def test_d_is_germany_with_or_without_mrz_fillers():
    assert country("D") == Country("D", "Germany", "state")
    assert country("D<<") == country("D")
    assert country("DEU").name == "Germany"


def test_common_names_are_preferred_over_formal_iso_names():
    assert country("IDN").name == "Indonesia"
    assert country("KOR").name == "South Korea"


def test_organizations_and_statuses_are_told_apart_from_states():
    assert country("UNO").kind == "organization"
    assert country("EUE").kind == "organization"
    assert country("XXA").kind == "special"
    assert country("GBN").kind == "special"
    assert country("RKS").kind == "state"


@pytest.mark.parametrize("code", ["ZZZ", "XXY", "", "<<<", "idn", "DE", "INDO"])
def test_unknown_code_is_invalid(code):
    assert not is_valid_code(code)
    assert country(code) is None


def test_all_countries_is_sorted_and_holds_iso_and_icao_codes_once():
    codes = [c.code for c in all_countries()]
    assert codes == sorted(set(codes))
    assert len(codes) == len(pycountry.countries) + len(ICAO_EXTRA_CODES)
    assert {"DEU", "D", "IDN", "XXX"} <= set(codes)
