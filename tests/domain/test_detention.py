"""Detention rules: the room a detainee belongs in and a refused placement, days in detention,
the review and legal-limit alerts, cash totals and the differences of a return."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain import detention as rules
from app.domain.detention import AlertKind, CashLine, Limits, RoomCategory

TODAY = date(2026, 11, 25)
LIMITS = Limits(review_days=30, review_warning_days=5, max_days=3650, max_warning_days=90)


def test_the_room_category_by_age_sex_and_family():
    assert rules.category_for("M", date(1990, 1, 1), TODAY) is RoomCategory.MEN
    assert rules.category_for("F", date(1990, 1, 1), TODAY) is RoomCategory.WOMEN
    # 18 tomorrow: still a minor today (UU 35/2014)
    assert rules.category_for("F", date(2008, 11, 26), TODAY) is RoomCategory.MINORS
    assert rules.category_for("F", date(2008, 11, 25), TODAY) is RoomCategory.WOMEN
    assert rules.category_for("M", date(2015, 1, 1), TODAY,
                              with_family=True) is RoomCategory.FAMILY


def test_a_placement_in_a_room_of_another_category_or_full_is_refused():
    wrong = rules.placement_problem("Ruang B1", "wanita", 4, 0, "pria")
    assert wrong is not None and wrong.rule == "wrong_category"
    assert wrong.text() == ("Ruang Ruang B1 untuk deteni perempuan dewasa; deteni ini termasuk "
                            "laki-laki dewasa. Pilih ruang kategori laki-laki dewasa.")
    full = rules.placement_problem("Ruang A1", "pria", 2, 2, "pria")
    assert full is not None and full.rule == "room_full" and "(2 dari kapasitas 2)" in full.text()
    assert rules.placement_problem("Ruang A1", "pria", 2, 1, "pria") is None


def test_days_in_detention_count_the_first_day():
    assert rules.days_in_detention(TODAY, TODAY) == 1
    assert rules.days_in_detention(TODAY - timedelta(days=29), TODAY) == 30
    assert rules.days_in_detention(TODAY + timedelta(days=1), TODAY) == 0


def test_alerts_for_a_review_and_the_legal_limit():
    since = TODAY - timedelta(days=10)
    assert rules.alerts(since, None, TODAY, LIMITS) == []
    [due] = rules.alerts(TODAY - timedelta(days=26), None, TODAY, LIMITS)
    assert (due.kind, due.days_left, due.due) == (AlertKind.REVIEW_DUE, 4, TODAY + timedelta(4))
    [late] = rules.alerts(TODAY - timedelta(days=40), None, TODAY, LIMITS)
    assert (late.kind, late.days_left) == (AlertKind.REVIEW_OVERDUE, -10)
    assert rules.alerts(TODAY - timedelta(days=40), TODAY - timedelta(days=3), TODAY,
                        LIMITS) == []  # reviewed three days ago
    start = TODAY - timedelta(days=3650 - 90)  # the last day allowed is 89 days away
    kinds = [a.kind for a in rules.alerts(start, TODAY, TODAY, LIMITS)]
    assert kinds == [AlertKind.LIMIT_NEAR]
    [passed] = rules.alerts(TODAY - timedelta(days=3650), TODAY, TODAY, LIMITS)
    assert (passed.kind, passed.days_left) == (AlertKind.LIMIT_REACHED, -1)
    assert passed.text() == "Batas waktu detensi terlampaui sejak 24-11-2026"


def test_cash_totals_and_unexplained_return_differences():
    taken = [CashLine("USD", 100, 3), CashLine("IDR", 50_000, 4), CashLine("USD", 20, 2)]
    assert rules.cash_totals(taken) == {"USD": 340, "IDR": 200_000}
    returned = [CashLine("USD", 100, 2), CashLine("IDR", 50_000, 4), CashLine("USD", 20, 2)]
    [usd] = rules.cash_differences(taken, returned, {})
    assert (usd.what, usd.taken, usd.returned, usd.explained) == ("USD", 340, 240, False)
    assert rules.unexplained(rules.cash_differences(taken, returned, {"USD": "tiket"})) == []
    items = rules.item_differences([("Kaos", 3, 2, ""), ("Jam", 1, 1, "")])
    assert [(d.what, d.taken, d.returned) for d in rules.unexplained(items)] == [("Kaos", 3, 2)]


@given(st.lists(st.tuples(st.sampled_from(["IDR", "USD", "SGD"]),
                          st.integers(1, 100_000), st.integers(1, 500)), max_size=12))
def test_returning_every_note_leaves_no_difference(lines):
    cash = [CashLine(*line) for line in lines]
    assert rules.cash_differences(cash, list(reversed(cash)), {}) == []
    assert sum(rules.cash_totals(cash).values()) == sum(c.amount for c in cash)
