"""The rules of complaints and Lada Tunggu reports: routing to an SOP, weekends and holidays,
duplicate scoring, time per step and the evaluation summary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain import complaints as rules
from app.domain.sla import TimeStandard, WorkCalendar, due, due_on_duty
from app.domain.sop import load_all

JAKARTA = ZoneInfo("Asia/Jakarta")
CHRISTMAS = date(2026, 12, 25)  # a Friday
CALENDAR = WorkCalendar(JAKARTA, frozenset({CHRISTMAS}))


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=JAKARTA)


def test_a_foreigner_reported_on_a_closed_day_goes_to_lada_tunggu_else_to_c5():
    assert rules.sop_for("laporan_orang_asing", True) == "LADA-TUNGGU"
    assert rules.sop_for("laporan_orang_asing", False) == "C5"
    assert rules.sop_for("pengaduan_layanan", True) == "PENGADUAN"
    assert rules.sop_for("keluhan", False) == "D4"
    with pytest.raises(ValueError):
        rules.sop_for("gosip", False)
    every = load_all()
    assert all(code in every for code in rules.SOP_CODES)


def test_lada_tunggu_days_are_weekends_and_holidays_in_office_time():
    assert rules.is_lada_tunggu(_at(date(2026, 11, 28), 10), CALENDAR)  # Saturday
    assert rules.is_lada_tunggu(_at(CHRISTMAS, 10), CALENDAR)  # a Friday holiday
    assert not rules.is_lada_tunggu(_at(date(2026, 11, 27), 10), CALENDAR)  # Friday
    # Friday 23.30 UTC is already Saturday 06.30 in Jakarta.
    assert rules.is_lada_tunggu(datetime(2026, 11, 27, 23, 30, tzinfo=UTC), CALENDAR)


def test_the_duty_clock_counts_minutes_on_a_saturday_the_office_clock_does_not():
    saturday = _at(date(2026, 11, 28), 10)
    hour = TimeStandard.parse("60 menit")
    assert due_on_duty(saturday, hour, CALENDAR) == saturday + timedelta(hours=1)
    assert due(saturday, hour, CALENDAR) == _at(date(2026, 11, 30), 9)  # Monday 09.00
    day = TimeStandard.parse("1 hari")
    assert due_on_duty(saturday, day, CALENDAR) == due(saturday, day, CALENDAR)
    assert load_all()["LADA-TUNGGU"].clock == "duty" and load_all()["D4"].clock == "office"


def test_the_same_foreigner_at_the_same_place_is_a_likely_duplicate():
    first = rules.ReportText("0812-3456-7890", "Tiga pekerja asing",
                             "Jl. Raya Serpong Km 7, Pakualam",
                             "Orang asing bekerja sebagai tukang las di ruko")
    again = rules.ReportText("+62 811 1111 111", "pekerja asing",
                             "Jalan Raya Serpong km 7 Pakualam", "Ada tukang las asing di ruko")
    other = rules.ReportText("0813-2222-3333", "Petugas loket 3", "Kantor Imigrasi",
                             "Petugas tidak ramah")
    same_phone = rules.ReportText("+6281234567890", "", "", "Pertanyaan lain")
    [hit] = rules.possible_duplicates(again, [("a", first), ("b", other)])
    assert hit.key == "a" and {"subjek yang sama", "lokasi yang sama"} <= set(hit.reasons)
    assert rules.possible_duplicates(other, [("a", first)]) == []
    score, reasons = rules.duplicate_score(same_phone, first)
    assert reasons == ("pelapor yang sama",) and score < rules.DUPLICATE_THRESHOLD


def test_time_per_step_ends_at_the_approval_of_an_approving_step():
    start = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    events = [
        rules.StepEvent(start, "terima_laporan", "opened", start, None),
        rules.StepEvent(start + timedelta(minutes=4), "terima_laporan", "done", start,
                        start + timedelta(minutes=10)),
        rules.StepEvent(start + timedelta(minutes=70), "teruskan_pejabat", "done",
                        start + timedelta(minutes=4), start + timedelta(minutes=64)),
        rules.StepEvent(start + timedelta(minutes=80), "teruskan_kakanim", "done",
                        start + timedelta(minutes=70), start + timedelta(minutes=130)),
        rules.StepEvent(start + timedelta(minutes=150), "teruskan_kakanim", "approved",
                        start + timedelta(minutes=70), start + timedelta(minutes=130)),
    ]
    times = rules.step_times(events, frozenset({"teruskan_kakanim"}))
    assert [(t.step_id, t.minutes, t.late) for t in times] == [
        ("terima_laporan", 4, False), ("teruskan_pejabat", 66, True),
        ("teruskan_kakanim", 80, True)]
    evaluation = rules.evaluate(
        [{"key": "x", "sop_code": "LADA-TUNGGU", "status": "Dalam proses",
          "channel": "WhatsApp", "kind": "laporan", "lada_tunggu": True, "anonymous": True},
         {"key": "y", "sop_code": "D4", "status": "Selesai", "channel": "WhatsApp",
          "kind": "keluhan", "lada_tunggu": False, "anonymous": False}],
        {"x": times})
    assert (evaluation.total, evaluation.lada_tunggu, evaluation.anonymous,
            evaluation.late_steps) == (2, 1, 1, 2)
    assert evaluation.by_channel == {"WhatsApp": 2}
    first = evaluation.steps[0]
    assert (first.step_id, first.finished, first.late, first.on_time_percent) == (
        "terima_laporan", 1, 0, 100.0)


def test_a_definition_names_a_known_clock(tmp_path):
    from app.domain.sop import SopError, load_sop

    text = ('code = "X"\ntitle = "x"\nsource = "x"\nclock = "{clock}"\n'
            '[[steps]]\nid = "a"\ntitle = "a"\nrole = "customer_service"\ntime = "10 menit"\n')
    path = tmp_path / "x.toml"
    path.write_text(text.format(clock="duty"), encoding="utf-8")
    assert load_sop(path).clock == "duty"
    path.write_text(text.format(clock="sometimes"), encoding="utf-8")
    with pytest.raises(SopError, match="clock 'sometimes'"):
        load_sop(path)
