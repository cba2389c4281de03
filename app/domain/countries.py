"""Three-letter nationality and issuer codes of ICAO Doc 9303 (ISO 3166-1 alpha-3 plus ICAO's own).

A machine-readable zone names the issuing state and the holder's nationality with a code that is
usually the ISO 3166-1 alpha-3 code, but Doc 9303 Part 3 adds codes ISO lacks: `D` for Germany
(written `D<<`), the British nationality categories, the United Nations and other organisations
that issue travel documents, and the codes for stateless persons and refugees.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

import pycountry

CountryKind = Literal["state", "organization", "special"]


@dataclass(frozen=True)
class Country:
    """One code that may stand in the issuer or nationality field of an MRZ.

    `kind` is "state" for a state or territory (every ISO 3166-1 entry, and `D`, `RKS`),
    "organization" for a body that issues travel documents to its officials, and "special"
    for a status rather than a place (British nationality categories, stateless, refugee).
    """

    code: str
    name: str
    kind: CountryKind


# ICAO Doc 9303 Part 3, section 5 (codes for nationality, place of birth and issuing authority),
# beyond ISO 3166-1 alpha-3.
ICAO_EXTRA_CODES: tuple[Country, ...] = (
    Country("D", "Germany", "state"),
    Country("GBD", "British Overseas Territories Citizen", "special"),
    Country("GBN", "British National (Overseas)", "special"),
    Country("GBO", "British Overseas Citizen", "special"),
    Country("GBP", "British Protected Person", "special"),
    Country("GBS", "British Subject", "special"),
    Country("UNO", "United Nations Organization", "organization"),
    Country("UNA", "Specialized agency of the United Nations", "organization"),
    Country("UNK", "Resident of Kosovo (travel document issued by UNMIK)", "special"),
    Country("EUE", "European Union", "organization"),
    Country("XBA", "African Development Bank", "organization"),
    Country("XIM", "African Export-Import Bank", "organization"),
    Country("XCC", "Caribbean Community (CARICOM)", "organization"),
    Country("XCE", "Council of Europe", "organization"),
    Country("XCO", "Common Market for Eastern and Southern Africa (COMESA)", "organization"),
    Country("XEC", "Economic Community of West African States (ECOWAS)", "organization"),
    Country("XPO", "International Criminal Police Organization (INTERPOL)", "organization"),
    Country("XES", "Organisation of Eastern Caribbean States", "organization"),
    Country("XMP", "Parliamentary Assembly of the Mediterranean", "organization"),
    Country("XOM", "Sovereign Military Order of Malta", "organization"),
    Country("XDC", "Southern African Development Community (SADC)", "organization"),
    Country("XXA", "Stateless person", "special"),
    Country("XXB", "Refugee (1951 Convention)", "special"),
    Country("XXC", "Refugee (other than under the 1951 Convention)", "special"),
    Country("XXX", "Person of unspecified nationality", "special"),
    # Not in Doc 9303, but printed in the MRZ of the Republic of Kosovo's own passports.
    Country("RKS", "Kosovo", "state"),
)


@cache
def _by_code() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for entry in pycountry.countries:
        name = getattr(entry, "common_name", None) or entry.name
        table[entry.alpha_3] = Country(entry.alpha_3, name, "state")
    for extra in ICAO_EXTRA_CODES:
        table[extra.code] = extra
    return table


def _normalize(code: str) -> str:
    # An MRZ pads short codes with fillers: Germany is "D<<".
    return code.strip().rstrip("<")


def country(code: str) -> Country | None:
    """The country or body with this MRZ code (fillers allowed: "D<<"), or None if unknown.

    Codes are upper case, as an MRZ prints them; "idn" is not a code.
    """
    return _by_code().get(_normalize(code))


def is_valid_code(code: str) -> bool:
    """Whether `code` may stand in an MRZ's issuer or nationality field."""
    return _normalize(code) in _by_code()


def all_countries() -> tuple[Country, ...]:
    """Every known code, sorted by code."""
    return tuple(sorted(_by_code().values(), key=lambda c: c.code))
