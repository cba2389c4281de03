"""Screening travellers against the cekal and Interpol lists: fuzzy names, dates, evidence."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.screening import (
    PARTICLES,
    ScreeningIndex,
    ScreeningSettings,
    Traveller,
    WatchEntry,
    WatchList,
)

TODAY = date(2026, 6, 1)
THRESHOLD = ScreeningSettings().alert_threshold


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_GIVEN = _words("AGUS BUDI BAMBANG EKO DWI WAHYU RAHMAT HENDRA ANDI DEDI RUDI HERU YUDI ARIF RIZKY "
                "FAJAR DIMAS BAYU SITI DEWI AYU PUTRI INDAH RINA LINA JOHN PETER DAVID ANNA MARIA "
                "AHMAD HASAN UMAR")
_FAMILY = _words("SANTOSO WIBOWO NASUTION SIREGAR LUBIS HARAHAP SIMANJUNTAK TAMBUNAN PURBA "
                 "GINTING SMITH JONES BROWN TAN LIM WONG KURNIAWAN HIDAYAT GUNAWAN SETIAWAN")


def _background(count: int = 2000) -> list[WatchEntry]:
    """Other listed people, born in the 1950s, so that name parts have realistic weights
    (MUHAMMAD is common, a family name less so)."""
    rng = random.Random(20260601)
    entries = []
    for number in range(count):
        names = [rng.choice(_GIVEN)]
        if rng.random() < 0.3:
            names.append(rng.choice(_GIVEN))
        names.append(rng.choice(_FAMILY))
        if rng.random() < 0.2:
            names.insert(0, "MUHAMMAD")
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(3650))
        entries.append(WatchEntry(id=f"bg-{number}", list_name="pencegahan",
                                  full_name=" ".join(names), birth_date=born.isoformat(),
                                  nationality="IDN"))
    return entries


BACKGROUND = _background()


def _entry(entry_id: str, full_name: str, birth_date: str = "1975-06-15", **fields) -> WatchEntry:
    fields.setdefault("list_name", "pencegahan")
    fields.setdefault("nationality", "IDN")
    return WatchEntry(id=entry_id, full_name=full_name, birth_date=birth_date, **fields)


def _index(*entries: WatchEntry) -> ScreeningIndex:
    return ScreeningIndex.build([*BACKGROUND, *entries])


def _traveller(name: str, born: date | None = date(1975, 6, 15), nationality: str = "IDN",
               **fields) -> Traveller:
    fields.setdefault("name_truncated", False)
    return Traveller(full_name=name, birth_date=born, nationality=nationality, **fields)


def _hit(index: ScreeningIndex, traveller: Traveller, entry_id: str):
    """The hit on `entry_id`, however weak (None when it is not among the answers)."""
    hits = index.screen(traveller, TODAY, limit=5, min_score=0)
    return next((h for h in hits if h.entry_id == entry_id), None)


@pytest.fixture(scope="module")
def shared() -> ScreeningIndex:
    """One index for the property tests (they add and remove their own entry)."""
    return ScreeningIndex.build(BACKGROUND)


def test_an_exact_document_number_scores_100_whatever_the_name():
    index = _index(_entry("doc", "SITI AMINAH BINTI IBRAHIM", document_numbers=("B 1234567",)))
    hits = index.screen(Traveller(full_name="TOTALLY OTHER", document_number="b-1234567"), TODAY)
    assert [(h.entry_id, h.score, h.alert) for h in hits] == [("doc", 100, True)]
    assert hits[0].reason == "nomor dokumen sama"


@pytest.mark.parametrize("written", ["MOHAMMED", "MOHAMAD", "MUHAMMED", "MOHD"])
def test_transliterations_of_muhammad_hit_as_another_spelling(written):
    index = _index(_entry("ali", "MUHAMMAD ALI RAHMATULLAH"))
    hit = _hit(index, _traveller(f"{written} ALI RAHMATULLAH"), "ali")
    assert hit is not None and hit.alert
    assert f"ejaan lain: {written} = MUHAMMAD" in hit.reason


@pytest.mark.parametrize(("listed", "written"), [("SOEHARTO", "SUHARTO"), ("DJOKO", "JOKO"),
                                                 ("TJAHJO", "CAHYO")])
def test_the_old_indonesian_spelling_matches_the_new_one(listed, written):
    index = _index(_entry("old", f"{listed} PRAWIRANEGARA"))
    hit = _hit(index, _traveller(f"{written} PRAWIRANEGARA"), "old")
    assert hit is not None and hit.alert and hit.score >= 95
    assert f"ejaan lain: {written} = {listed}" in hit.reason


def test_names_in_another_order_match_fully():
    index = _index(_entry("order", "HENDRA SUTRISNO WIRAWAN"))
    hit = _hit(index, _traveller("WIRAWAN HENDRA SUTRISNO"), "order")
    assert hit is not None and hit.alert and hit.score == 100
    assert "kemiripan nama 100%" in hit.reason and "urutan nama berbeda" in hit.reason


def test_a_missing_middle_name_still_alerts_and_is_named():
    index = _index(_entry("middle", "AHMAD RIZALUDDIN FAUZIANSYAH"))
    hit = _hit(index, _traveller("AHMAD FAUZIANSYAH"), "middle")
    assert hit is not None and hit.alert
    assert "nama dalam daftar tidak ada pada pelintas: RIZALUDDIN" in hit.reason


@pytest.mark.parametrize("written", ["NURHALIZA ZAINUDDIN", "NURHALIZA BT ZAINUDDIN",
                                     "NURHALIZA BTE ZAINUDDIN"])
def test_bin_and_binti_may_be_dropped_or_abbreviated(written):
    index = _index(_entry("binti", "NURHALIZA BINTI ZAINUDDIN", nationality="MYS"))
    hit = _hit(index, _traveller(written, nationality="MYS"), "binti")
    assert hit is not None and hit.score == 100
    assert hit.reason.startswith("nama sama")


@pytest.mark.parametrize("written", ["MÜLLER", "MUELLER", "MULLER"])
def test_diacritics_match_with_or_without_their_icao_form(written):
    index = _index(_entry("umlaut", "JÜRGEN MÜLLER", nationality="DEU"))
    hit = _hit(index, _traveller(f"JURGEN {written}", nationality="DEU"), "umlaut")
    assert hit is not None and hit.alert and hit.score == 100


def test_a_last_name_cut_by_the_mrz_matches_as_a_prefix():
    index = _index(_entry("cut", "MUHAMMAD ZAKARIA BIN ABDUL KARIMUDDIN", nationality="MYS"))
    traveller = Traveller(surname="MUHAMMAD ZAKARIA BIN ABDUL KAR", birth_date=date(1975, 6, 15),
                          nationality="MYS", name_truncated=True)
    hit = _hit(index, traveller, "cut")
    assert hit is not None and hit.alert
    assert "nama terpotong di MRZ: KAR = KARIMUDDIN" in hit.reason


def test_a_cut_name_is_not_read_as_a_prefix_when_the_mrz_field_is_not_full():
    index = _index(_entry("cut", "MUHAMMAD ZAKARIA BIN ABDUL KARIMUDDIN", nationality="MYS"))
    traveller = Traveller(surname="MUHAMMAD ZAKARIA BIN ABDUL KAR", birth_date=date(1975, 6, 15),
                          nationality="MYS", name_truncated=False)
    hit = _hit(index, traveller, "cut")
    assert hit is None or "terpotong" not in hit.reason


def test_an_expired_entry_never_hits():
    index = _index(_entry("old", "BAMBANG SUSILO PRAWIRANEGARA", document_numbers=("A7654321",),
                          valid_until=TODAY - timedelta(days=1)))
    traveller = _traveller("BAMBANG SUSILO PRAWIRANEGARA", document_number="A7654321")
    assert _hit(index, traveller, "old") is None


def test_an_entry_valid_until_today_still_hits():
    index = _index(_entry("today", "BAMBANG SUSILO PRAWIRANEGARA", valid_until=TODAY))
    hit = _hit(index, _traveller("BAMBANG SUSILO PRAWIRANEGARA"), "today")
    assert hit is not None and hit.alert


def test_an_entry_not_yet_valid_never_hits():
    index = _index(_entry("later", "BAMBANG SUSILO PRAWIRANEGARA", document_numbers=("A7654321",),
                          valid_from=TODAY + timedelta(days=1)))
    traveller = _traveller("BAMBANG SUSILO PRAWIRANEGARA", document_number="A7654321")
    assert _hit(index, traveller, "later") is None


def test_an_entry_with_the_birth_year_only_hits_on_that_year():
    index = _index(_entry("year", "SUGENG RAHARDJO PRAWIRODIHARDJO", birth_date="1975"))
    hit = _hit(index, _traveller("SUGENG RAHARDJO PRAWIRODIHARDJO", born=date(1975, 11, 2)),
               "year")
    assert hit is not None and hit.alert
    assert "tahun lahir sama (daftar hanya memuat tahun 1975)" in hit.reason


def test_another_birth_year_keeps_a_common_name_below_the_alert_threshold():
    index = _index(_entry("common", "MUHAMMAD BUDI SANTOSO", birth_date="1975-06-15"))
    same = _hit(index, _traveller("MUHAMMAD BUDI SANTOSO"), "common")
    other = _hit(index, _traveller("MUHAMMAD BUDI SANTOSO", born=date(1982, 3, 9)), "common")
    assert same is not None and same.alert
    assert other is not None and not other.alert and other.score < THRESHOLD
    assert other.score < same.score - 30
    assert "tanggal lahir berbeda (pelintas 1982-03-09, daftar 1975-06-15)" in other.reason


def test_a_common_first_name_alone_does_not_alert():
    index = _index(_entry("ali", "MUHAMMAD ALI", birth_date="1975-06-15"))
    for born in (date(1975, 6, 15), date(1980, 1, 1)):
        hits = index.screen(_traveller("MUHAMMAD IQBAL", born=born), TODAY)
        assert not any(h.alert for h in hits)
        assert "ali" not in {h.entry_id for h in hits}  # not even shown
    assert _hit(index, _traveller("MUHAMMAD ALI"), "ali").alert


def test_a_common_name_without_a_listed_birth_date_does_not_alert_on_the_name_alone():
    index = _index(_entry("nodate", "MUHAMMAD BUDI SANTOSO", birth_date=""))
    hit = _hit(index, _traveller("MUHAMMAD BUDI SANTOSO"), "nodate")
    assert hit is not None and not hit.alert
    assert "nama umum dalam daftar dan data lain tidak cukup membedakan" in hit.reason
    assert "tanggal lahir pelintas tidak diketahui" not in hit.reason


def test_a_rare_name_without_a_listed_birth_date_still_alerts():
    index = _index(_entry("rare", "KRISTOFORUS WANGSADIREDJA NAPITUPULU", birth_date=""))
    hit = _hit(index, _traveller("KRISTOFORUS WANGSADIREDJA NAPITUPULU"), "rare")
    assert hit is not None and hit.alert


@pytest.mark.parametrize(("listed", "written"), [("OTONG", "OTNG"), ("SUHADI", "USHADI"),
                                                 ("KRISTOFORUS", "KRISTAFORUS")])
def test_a_slip_of_the_pen_in_a_name_still_alerts_with_the_same_birth_date(listed, written):
    index = _index(_entry("slip", listed))  # one name only: found by the slip alone
    hit = _hit(index, _traveller(written), "slip")
    assert hit is not None and hit.alert
    assert f"ejaan mirip: {written} = {listed}" in hit.reason


def test_a_name_written_together_with_its_article_matches():
    index = _index(_entry("article", "JANA HANAN AL-KINDI", nationality="ARE"))
    hit = _hit(index, _traveller("JANA HANAN ALKINDI", nationality="ARE"), "article")
    assert hit is not None and hit.alert and hit.score == 100
    assert "ALKINDI = KINDI" in hit.reason


def test_an_entry_added_after_the_build_is_screened():
    index = _index()
    traveller = _traveller("KRISTOFORUS WANGSADIREDJA")  # names the built index never saw
    assert _hit(index, traveller, "new") is None
    index.add(_entry("new", "KRISTOFORUS WANGSADIREDJA"))
    hit = _hit(index, traveller, "new")
    assert hit is not None and hit.alert
    assert len(index) == len(BACKGROUND) + 1


def test_a_removed_entry_is_no_longer_screened():
    index = _index(_entry("gone", "KRISTOFORUS WANGSADIREDJA"))
    traveller = _traveller("KRISTOFORUS WANGSADIREDJA")
    assert _hit(index, traveller, "gone") is not None
    assert index.remove("gone") is True
    assert _hit(index, traveller, "gone") is None
    assert index.remove("gone") is False
    assert len(index) == len(BACKGROUND)


def test_adding_an_entry_with_the_same_id_replaces_it():
    index = _index(_entry("same-id", "KRISTOFORUS WANGSADIREDJA"))
    index.add(_entry("same-id", "YOHANES BOSCO SIMATUPANG"))
    assert len(index) == len(BACKGROUND) + 1
    assert _hit(index, _traveller("KRISTOFORUS WANGSADIREDJA"), "same-id") is None
    hit = _hit(index, _traveller("YOHANES BOSCO SIMATUPANG"), "same-id")
    assert hit is not None and hit.full_name == "YOHANES BOSCO SIMATUPANG"


def test_hits_come_best_first_and_no_more_than_asked():
    index = _index(_entry("a", "HENDRA WIJAYA KUSUMA"), _entry("b", "HENDRA WIJAYA"),
                   _entry("c", "HENDRA KUSUMA"), _entry("d", "HENDRA WIJAYA KUSUMA",
                                                       birth_date="1990-01-01"))
    traveller = _traveller("HENDRA WIJAYA KUSUMA")
    hits = index.screen(traveller, TODAY, limit=2, min_score=0)
    assert len(hits) == 2 and hits[0].entry_id == "a"
    everything = index.screen(traveller, TODAY, limit=10, min_score=0)
    scores = [h.score for h in everything]
    assert len(everything) > 2 and scores == sorted(scores, reverse=True)


def test_the_lists_filter_leaves_out_the_other_lists():
    index = _index(_entry("cekal", "KRISTOFORUS WANGSADIREDJA", list_name="pencegahan"),
                   _entry("notice", "KRISTOFORUS WANGSADIREDJA", list_name="interpol"))
    traveller = _traveller("KRISTOFORUS WANGSADIREDJA")
    assert {h.entry_id for h in index.screen(traveller, TODAY)} == {"cekal", "notice"}
    only = index.screen(traveller, TODAY, lists=[WatchList.INTERPOL])
    assert [(h.entry_id, h.list_name) for h in only] == [("notice", "interpol")]


def test_reasons_are_readable_indonesian():
    index = _index(_entry("why", "SOEHARTO DJOKO WIDODO", birth_date="1961-07-08"))
    hit = _hit(index, _traveller("WIDODO SUHARTO JOKO", born=date(1961, 7, 8)), "why")
    assert hit is not None and hit.reasons
    for reason in hit.reasons:
        assert reason.text and "{" not in reason.text
    assert hit.reason == ("kemiripan nama 100%; ejaan lain: SUHARTO = SOEHARTO, JOKO = DJOKO; "
                          "urutan nama berbeda; tanggal lahir sama; kewarganegaraan sama")


_names = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPRSTUWYZ", min_size=3, max_size=10)
                  .filter(lambda t: t not in PARTICLES), min_size=1, max_size=4, unique=True)
_births = st.dates(min_value=date(1965, 1, 1), max_value=date(2005, 12, 31))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=_names, born=_births)
def test_an_entrys_own_name_and_birth_date_always_find_it_first_with_an_alert(shared, names,
                                                                             born):
    entry = _entry("self", " ".join(names), birth_date=born.isoformat())
    shared.add(entry)
    try:
        hits = shared.screen(_traveller(entry.full_name, born=born), TODAY)
    finally:
        shared.remove("self")
    assert hits and hits[0].entry_id == "self" and hits[0].alert


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=_names, born=_births, order=st.randoms(use_true_random=False))
def test_the_order_of_the_names_never_changes_the_score(shared, names, born, order):
    entry = _entry("order", " ".join(names), birth_date=born.isoformat())
    shuffled = list(names)
    order.shuffle(shuffled)
    shared.add(entry)
    try:
        straight = _hit(shared, _traveller(entry.full_name, born=born), "order")
        swapped = _hit(shared, _traveller(" ".join(shuffled), born=born), "order")
    finally:
        shared.remove("order")
    assert straight is not None and swapped is not None
    assert swapped.score == straight.score


def test_a_higher_alert_threshold_in_the_settings_is_respected():
    strict = replace(ScreeningSettings(), alert_threshold=101)
    index = ScreeningIndex.build([*BACKGROUND, _entry("x", "KRISTOFORUS WANGSADIREDJA")], strict)
    hit = _hit(index, _traveller("KRISTOFORUS WANGSADIREDJA"), "x")
    assert hit is not None and hit.score == 100 and not hit.alert
