"""Stay-permit rules (issue 8): the catalog as data, every refusal naming its rule, fee keys."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.permits import (
    PERMITS_DIR,
    Catalog,
    CatalogError,
    CurrentPermit,
    Limits,
    PermitKind,
    add_months,
    assess,
    fee_key,
    fee_keys,
    fee_on_rejection,
    load_catalog,
)
from app.reference_defaults import DEFAULTS

CATALOG = load_catalog()
LIMITS = Limits(passport_margin_months=6, itap_after_itas_years=3, itap_after_marriage_years=2)
TODAY = date(2026, 3, 10)
PASSPORT = date(2036, 1, 1)  # far beyond any grant


def _permit(kind: PermitKind, index: str, *, until: date = TODAY + timedelta(days=20),
            extensions: int = 0, total_days: int | None = None) -> CurrentPermit:
    first = CATALOG.index(index).first_days
    return CurrentPermit(kind, index, until - timedelta(days=first - 1), until, extensions,
                         first if total_days is None else total_days)


def _assess(type_code: str, **kwargs):
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("passport_expiry", PASSPORT)
    kwargs.setdefault("limits", LIMITS)
    return assess(CATALOG.type(type_code), CATALOG, **kwargs)


def _rules(assessment) -> list[str]:
    return [r.rule for r in assessment.refusals]


def _only(assessment, rule: str):
    assert _rules(assessment) == [rule]
    return assessment.refusals[0]


# --- The shipped catalog ----------------------------------------------------------------------

def test_shipped_catalog_has_the_eight_application_types_on_sops_b2_to_b9():
    assert {t.code: t.sop for t in CATALOG.types.values()} == {
        "ITK_EXTENSION": "B2", "ITAS_EXTENSION": "B3", "ITAP_EXTENSION": "B4",
        "ITAS_FROM_ITK": "B5", "ITAS_FROM_VITAS": "B6", "ITAP_FROM_ITAS": "B7",
        "ITAP_ABG": "B8", "SKIM": "B9"}
    assert all(t.requirements and t.legal_basis for t in CATALOG.types.values())
    assert CATALOG.type("ITAS_FROM_VITAS").holds == ()
    assert set(CATALOG.type("SKIM").holds) == {PermitKind.ITAS, PermitKind.ITAP}


def test_shipped_catalog_has_the_reference_indexes():
    assert {"B1", "C1", "VE", "E23", "E28A", "E31A", "E33G", "ITAP"} <= set(CATALOG.indexes)
    c1 = CATALOG.index("C1")
    assert (c1.kind, c1.first_days, c1.extension_days, c1.max_total_days) == (
        PermitKind.ITK, 60, 60, 180)
    assert CATALOG.index("VE").extension_days == 0
    assert CATALOG.index("ITAP").max_extensions is None
    assert all(i.legal_basis for i in CATALOG.indexes.values())


def test_types_sops_exist_in_the_sop_definitions():
    from app.domain.sop import load_all, resolve

    definitions = load_all()
    for app_type in CATALOG.types.values():
        assert resolve(definitions, app_type.sop).code == app_type.sop


def test_unknown_index_or_type_raises_key_error():
    with pytest.raises(KeyError):
        CATALOG.index("Z9")
    with pytest.raises(KeyError):
        CATALOG.type("VISA")


# --- Malformed catalog files ------------------------------------------------------------------

def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    for path in PERMITS_DIR.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    target = tmp_path / name
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    ("index_codes.toml", 'code = "C1"\nkind = "ITK"', 'code = "C1"\nkind = "VISA"',
     "index_codes.toml: entry 'C1': unknown permit kind 'VISA'"),
    ("index_codes.toml", 'alih_status_to = ["ITAS"]', 'alih_status_to = ["KITAS"]',
     "index_codes.toml: entry 'C1': alih_status_to names unknown permit kind 'KITAS'"),
    ("index_codes.toml", 'code = "C2"', 'code = "C1"',
     "index_codes.toml: entry 'C1': duplicate code"),
    ("index_codes.toml", "first_days = 60\nextension_days = 60",
     "first_days = 60\nextension_days = -60",
     "index_codes.toml: entry 'C1': extension_days must be a whole number of 0 or more"),
    ("application_types.toml", 'sop = "B3"', 'sop = "B10"',
     "application_types.toml: entry 'ITAS_EXTENSION': sop 'B10' is not one of"),
    ("application_types.toml", 'code = "ITAS_EXTENSION"', 'code = "ITK_EXTENSION"',
     "application_types.toml: entry 'ITK_EXTENSION': duplicate code"),
    ("application_types.toml", 'holds = ["ITAS"]', 'holds = ["KITAS"]',
     "application_types.toml: entry 'ITAS_EXTENSION': holds names unknown permit kind"),
])
def test_malformed_catalog_error_names_file_and_entry(tmp_path, name, old, new, expected):
    directory = _broken(tmp_path, name, old, new)
    with pytest.raises(CatalogError) as caught:
        load_catalog(directory)
    assert str(caught.value).startswith(expected)
    assert caught.value.path.name == name


def test_unreadable_catalog_file_is_named(tmp_path):
    directory = _broken(tmp_path, "index_codes.toml", '[[index]]\ncode = "B1"',
                        '[[index\ncode = "B1"')
    with pytest.raises(CatalogError, match=r"^index_codes\.toml: cannot be read"):
        load_catalog(directory)


# --- Each application type on a good case -----------------------------------------------------

def test_itk_extension_starts_the_day_after_the_permit_ends():
    current = _permit(PermitKind.ITK, "C1")
    result = _assess("ITK_EXTENSION", current=current)
    assert result.ok
    assert result.granted_from == current.valid_until + timedelta(days=1)
    assert result.granted_until == current.valid_until + timedelta(days=60)
    assert (result.days, result.index_code) == (60, "C1")


def test_itk_extension_for_fewer_days_than_the_index_allows():
    current = _permit(PermitKind.ITK, "C1")
    result = _assess("ITK_EXTENSION", current=current, requested_days=30)
    assert result.ok
    assert result.days == 30
    assert result.granted_until == current.valid_until + timedelta(days=30)


def test_voa_is_extended_once_by_thirty_days():
    current = _permit(PermitKind.ITK, "B1")
    assert _assess("ITK_EXTENSION", current=current).days == 30
    again = _permit(PermitKind.ITK, "B1", extensions=1, total_days=60)
    assert "permit.extension.max_count" in _rules(_assess("ITK_EXTENSION", current=again))


def test_itas_extension():
    result = _assess("ITAS_EXTENSION", current=_permit(PermitKind.ITAS, "E31A", extensions=3,
                                                       total_days=4 * 365))
    assert result.ok
    assert (result.days, result.index_code) == (365, "E31A")


def test_itap_extension_is_five_years_without_a_limit():
    current = _permit(PermitKind.ITAP, "ITAP", extensions=9, total_days=10 * 1825)
    result = _assess("ITAP_EXTENSION", current=current)
    assert result.ok
    assert result.days == 1825
    assert result.granted_from == current.valid_until + timedelta(days=1)


def test_itas_from_itk_by_alih_status_starts_today():
    result = _assess("ITAS_FROM_ITK", current=_permit(PermitKind.ITK, "C1"),
                     requested_index="E31A")
    assert result.ok
    assert (result.granted_from, result.granted_until) == (TODAY, TODAY + timedelta(days=364))
    assert result.index_code == "E31A"


def test_itas_from_vitas_needs_no_current_permit():
    result = _assess("ITAS_FROM_VITAS", requested_index="E28A")
    assert result.ok
    assert (result.granted_from, result.days, result.index_code) == (TODAY, 730, "E28A")


def test_itap_from_itas_after_three_years_on_itas():
    result = _assess("ITAP_FROM_ITAS", current=_permit(PermitKind.ITAS, "E23"), itas_years=3)
    assert result.ok
    assert (result.granted_from, result.days, result.index_code) == (TODAY, 1825, "ITAP")


def test_itap_from_itas_after_two_years_married_to_a_wni():
    result = _assess("ITAP_FROM_ITAS", current=_permit(PermitKind.ITAS, "E31A"),
                     itas_years=2, married_to_wni_years=2)
    assert result.ok


def test_itap_for_an_abg_child():
    result = _assess("ITAP_ABG", child_abg=True, requested_index="ITAP")
    assert result.ok
    assert (result.granted_from, result.days) == (TODAY, 1825)


def test_skim_for_an_itap_or_itas_holder_has_no_period():
    for kind, index in ((PermitKind.ITAP, "ITAP"), (PermitKind.ITAS, "E31A")):
        result = _assess("SKIM", current=_permit(kind, index))
        assert result.ok
        assert (result.granted_from, result.granted_until, result.days) == (TODAY, None, 0)


# --- Each refusal rule ------------------------------------------------------------------------

def test_holds_refuses_an_applicant_without_the_needed_permit():
    refusal = _only(_assess("ITAS_EXTENSION", current=_permit(PermitKind.ITK, "C1")),
                    "permit.holds")
    assert "hanya untuk pemegang Izin Tinggal Terbatas (ITAS)" in refusal.text()
    assert "pemohon memegang Izin Tinggal Kunjungan (ITK)" in refusal.text()
    refusal = _only(_assess("SKIM"), "permit.holds")
    assert "tidak ada izin tinggal" in refusal.text()


def test_an_expired_permit_is_refused_and_left_to_overstay():
    current = _permit(PermitKind.ITK, "C1", until=TODAY - timedelta(days=1))
    refusal = _only(_assess("ITK_EXTENSION", current=current), "permit.expired")
    assert refusal.fields["valid_until"] == TODAY - timedelta(days=1)
    assert "sebelum izin tinggal berakhir" in refusal.text()
    assert "overstay" in refusal.text()


def test_the_last_valid_day_is_not_expired():
    assert _assess("ITK_EXTENSION", current=_permit(PermitKind.ITK, "C1", until=TODAY)).ok


def test_visa_exemption_is_not_extendable():
    refusal = _only(_assess("ITK_EXTENSION", current=_permit(PermitKind.ITK, "VE")),
                    "permit.extension.not_extendable")
    assert "indeks VE tidak dapat diperpanjang" in refusal.text()
    assert "Permenkumham 22/2023" in refusal.text()


def test_itk_from_c1_stops_at_180_days():
    # 60 days first grant, then 60 + 60: the third extension is refused.
    for extensions in (0, 1):
        current = _permit(PermitKind.ITK, "C1", extensions=extensions,
                          total_days=60 + 60 * extensions)
        assert _assess("ITK_EXTENSION", current=current).ok
    current = _permit(PermitKind.ITK, "C1", extensions=2, total_days=180)
    result = _assess("ITK_EXTENSION", current=current)
    assert _rules(result) == ["permit.extension.max_count", "permit.extension.max_total"]
    count, total = result.refusals
    assert "sudah diperpanjang 2 kali; paling banyak 2 kali" in count.text()
    assert "menjadi 240 hari, melebihi batas 180 hari" in total.text()


def test_max_total_alone_refuses_an_extension_past_the_cap():
    current = _permit(PermitKind.ITK, "C1", extensions=1, total_days=150)
    refusal = _only(_assess("ITK_EXTENSION", current=current), "permit.extension.max_total")
    assert refusal.fields["new_total"] == 210
    assert _assess("ITK_EXTENSION", current=current, requested_days=30).ok


def test_requested_days_beyond_the_extension_are_refused():
    refusal = _only(_assess("ITK_EXTENSION", current=_permit(PermitKind.ITK, "C1"),
                            requested_days=61), "permit.requested_days")
    assert "harus 1 sampai 60 hari" in refusal.text()
    assert _rules(_assess("ITK_EXTENSION", current=_permit(PermitKind.ITK, "C1"),
                          requested_days=0)) == ["permit.requested_days"]


def test_alih_status_refused_for_an_index_that_cannot_change():
    refusal = _only(_assess("ITAS_FROM_ITK", current=_permit(PermitKind.ITK, "VE"),
                            requested_index="E31A"), "permit.alih_status")
    assert "indeks VE tidak dapat dialihstatuskan menjadi Izin Tinggal Terbatas (ITAS)" \
        in refusal.text()


def test_itap_eligibility_refused_below_both_waiting_times():
    refusal = _only(_assess("ITAP_FROM_ITAS", current=_permit(PermitKind.ITAS, "E31A"),
                            itas_years=2.5, married_to_wni_years=1.5), "permit.itap.eligibility")
    assert "ITAS paling singkat 3 tahun" in refusal.text()
    assert "perkawinan sah dengan WNI paling singkat 2 tahun" in refusal.text()
    assert "pemohon: ITAS 2,5 tahun, perkawinan 1,5 tahun" in refusal.text()


def test_itap_eligibility_follows_the_limits_from_reference_data():
    stricter = Limits(passport_margin_months=6, itap_after_itas_years=5,
                      itap_after_marriage_years=2)
    result = _assess("ITAP_FROM_ITAS", current=_permit(PermitKind.ITAS, "E23"), itas_years=4,
                     limits=stricter)
    assert _rules(result) == ["permit.itap.eligibility"]


def test_abg_itap_refused_for_a_child_without_limited_dual_citizenship():
    refusal = _only(_assess("ITAP_ABG", requested_index="ITAP"), "permit.abg")
    assert "anak berkewarganegaraan ganda terbatas (ABG)" in refusal.text()


def test_requested_index_of_the_wrong_kind_is_refused():
    refusal = _only(_assess("ITAS_FROM_VITAS", requested_index="C1"), "permit.index")
    assert "Indeks C1 tidak dikenal atau bukan indeks Izin Tinggal Terbatas (ITAS)" \
        in refusal.text()
    assert _rules(_assess("ITAS_FROM_VITAS")) == ["permit.index"]  # several ITAS indexes


def test_passport_must_outlast_the_grant_by_the_margin():
    current = _permit(PermitKind.ITK, "C1")
    granted_until = current.valid_until + timedelta(days=60)
    needed = add_months(granted_until, 6)
    assert _assess("ITK_EXTENSION", current=current, passport_expiry=needed).ok
    refusal = _only(_assess("ITK_EXTENSION", current=current,
                            passport_expiry=needed - timedelta(days=1)),
                    "permit.passport.validity")
    assert refusal.fields["required_until"] == needed
    assert refusal.fields["granted_until"] == granted_until
    assert f"Paspor berlaku sampai {needed - timedelta(days=1)}" in refusal.text()
    assert f"paling sedikit sampai {needed} (6 bulan" in refusal.text()


def test_skim_needs_a_passport_valid_today():
    current = _permit(PermitKind.ITAP, "ITAP")
    assert _assess("SKIM", current=current, passport_expiry=TODAY).ok
    assert _rules(_assess("SKIM", current=current, passport_expiry=TODAY - timedelta(days=1))) \
        == ["permit.passport.validity"]


def test_all_refusals_are_collected():
    current = _permit(PermitKind.ITAS, "E33G", until=TODAY - timedelta(days=3))
    result = _assess("ITAP_FROM_ITAS", current=current, passport_expiry=TODAY)
    assert _rules(result) == ["permit.expired", "permit.alih_status", "permit.itap.eligibility",
                              "permit.passport.validity"]
    assert not result.ok


def test_add_months_clamps_to_the_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 2) == date(2027, 1, 15)


def test_catalog_given_in_code_is_used(tmp_path):
    # The rules read the catalog they are given, not the shipped one.
    directory = _broken(tmp_path, "index_codes.toml", "max_extensions = 2\nmax_total_days = 180",
                        "max_extensions = 3\nmax_total_days = 240")
    catalog: Catalog = load_catalog(directory)
    current = CurrentPermit(PermitKind.ITK, "C1", TODAY, TODAY + timedelta(days=10), 2, 180)
    result = assess(catalog.type("ITK_EXTENSION"), catalog, today=TODAY,
                    passport_expiry=PASSPORT, limits=LIMITS, current=current)
    assert result.ok


# --- Fees -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("days", "key"), [
    (1, "fee.itk.7"), (7, "fee.itk.7"), (8, "fee.itk.14"), (30, "fee.itk.30"),
    (31, "fee.itk.60"), (60, "fee.itk.60"), (90, "fee.itk.90"), (91, "fee.itk.180"),
    (180, "fee.itk.180")])
def test_itk_fee_is_the_smallest_band_covering_the_days(days, key):
    assert fee_key(CATALOG.type("ITK_EXTENSION"), days) == key


@pytest.mark.parametrize(("days", "key"), [
    (90, "fee.itas.6m"), (183, "fee.itas.6m"), (184, "fee.itas.1y"), (366, "fee.itas.1y"),
    (367, "fee.itas.2y"), (730, "fee.itas.2y")])
def test_itas_fee_by_length(days, key):
    for code in ("ITAS_EXTENSION", "ITAS_FROM_ITK", "ITAS_FROM_VITAS"):
        assert fee_key(CATALOG.type(code), days) == key


def test_itap_and_skim_fees_are_flat():
    for code in ("ITAP_EXTENSION", "ITAP_FROM_ITAS", "ITAP_ABG"):
        assert fee_key(CATALOG.type(code), 1825) == "fee.itap.5y"
    assert fee_key(CATALOG.type("SKIM"), 0) == "fee.skim"


def test_itk_fee_has_no_band_beyond_180_days():
    with pytest.raises(ValueError, match="181"):
        fee_key(CATALOG.type("ITK_EXTENSION"), 181)
    with pytest.raises(ValueError):
        fee_key(CATALOG.type("ITAS_EXTENSION"), 0)


def test_every_fee_key_has_a_reference_default_in_rupiah():
    defaults = {d.key: d for d in DEFAULTS}
    for key in fee_keys():
        assert defaults[key].unit == "rupiah"
        assert defaults[key].value.isdigit() and defaults[key].legal_basis
    assert defaults["fee.itk.60"].value == "1000000"
    assert defaults["fee.itap.5y"].confirm and defaults["fee.skim"].confirm


def test_every_fee_key_fee_key_returns_is_listed():
    returned = {fee_key(t, days) for t in CATALOG.types.values()
                for days in range(1, 181 if t.result == "ITK" else 800)}
    assert returned == set(fee_keys())


def test_limits_have_reference_defaults():
    defaults = {d.key: d for d in DEFAULTS}
    assert defaults["permit.passport_margin_months"].unit == "months"
    assert defaults["permit.passport_margin_months"].confirm
    assert defaults["permit.itap_after_itas_years"].value == "3"
    assert defaults["permit.itap_after_marriage_years"].value == "2"


def test_paid_fee_is_kept_when_an_application_is_refused():
    rule, text = fee_on_rejection(paid=True)
    assert rule == "permit.fee.rejected"
    assert "tidak dikembalikan" in text
    assert "PP 45/2024" in text


def test_nothing_is_charged_when_refused_before_payment():
    rule, text = fee_on_rejection(paid=False)
    assert rule == "permit.fee.rejected"
    assert "tidak ada PNBP yang ditagih" in text
