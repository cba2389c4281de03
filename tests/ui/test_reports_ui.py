"""The Laporan screen driven by a section head over the records of tests.report_support: the
table shows the seeded numbers, the chart carries them as series, the period picker moves the
window, and both exports write a file that reads back."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from app.auth.permissions import Role
from tests.counter_support import pdf_text
from tests.report_support import DAY, seed
from tests.ui.modal import answer_modal
from ui import ops
from ui.reports.screen import ReportsScreen
from ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _wait_ops(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


@pytest.fixture
def head(services, make_actor):
    seed(services)
    return make_actor(Role.SECTION_HEAD, username="kasi1", nip="197502141998031002")


@pytest.fixture
def screen(qtbot, services, head) -> ReportsScreen:
    widget = ReportsScreen(services, head)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None)
    _wait_ops(qtbot)
    return widget


def _rows(screen: ReportsScreen) -> dict[str, list[str]]:
    """The table as {first cell: the other cells}."""
    table = screen.table
    return {table.item(r, 0).text(): [table.item(r, c).text()
                                      for c in range(1, table.columnCount())]
            for r in range(table.rowCount())}


def _open(qtbot, screen: ReportsScreen, key: str) -> None:
    """Walk the section list with the arrow keys to section `key`."""
    screen.sections.setFocus()
    keys = [screen.sections.item(i).data(Qt.ItemDataRole.UserRole).key
            for i in range(screen.sections.count())]
    step = Qt.Key.Key_Down if keys.index(key) > screen.sections.currentRow() else Qt.Key.Key_Up
    while screen.current_section().key != key:
        qtbot.keyClick(screen.sections, step)
    qtbot.waitUntil(lambda: screen.report is not None and screen.report.key == key)
    _wait_ops(qtbot)


def _bar_sets(screen: ReportsScreen) -> dict[str, list[float]]:
    [series] = screen.chart_view.chart().series()
    return {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}


def _save_as(path):
    def fill(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()
    return fill


def test_opens_on_today_with_crossings_per_hour_in_table_and_chart(screen):
    assert screen.period.currentText() == "Hari ini"
    assert screen.chosen_period() == (DAY, DAY)
    assert screen.title.text() == "Perlintasan per Jam"
    rows = _rows(screen)
    assert rows["00.00"] == ["1", "0", "1"]  # 24-11 17.00 UTC is the 25th at the office
    assert rows["08.00"] == ["2", "1", "3"]
    assert rows["Jumlah"] == ["3", "3", "6"]
    [series] = screen.chart_view.chart().series()
    assert isinstance(series, QBarSeries) and not isinstance(series, QStackedBarSeries)
    bars = _bar_sets(screen)
    assert list(bars) == ["Kedatangan (masuk)", "Keberangkatan (keluar)"]
    assert (bars["Kedatangan (masuk)"][8], bars["Keberangkatan (keluar)"][8]) == (2, 1)
    assert len(bars["Kedatangan (masuk)"]) == 24  # the sum line is not charted


def test_lanes_show_as_stacked_bars_beside_their_numbers(qtbot, screen):
    _open(qtbot, screen, "crossings_lane")
    rows = _rows(screen)
    assert rows["Reguler"] == ["1", "1", "1", "1", "4"]
    assert rows["Prioritas"] == ["2", "0", "0", "0", "2"]
    assert rows["Jumlah"] == ["3", "3", "1", "1", "8"]
    [series] = screen.chart_view.chart().series()
    assert isinstance(series, QStackedBarSeries)
    assert _bar_sets(screen)["Masuk"] == [1, 2, 0, 0]


def test_overstay_money_is_shown_in_rupiah_for_chosen_dates(qtbot, screen):
    _open(qtbot, screen, "overstay")
    assert _rows(screen) == {"25-11-2026": ["2", "5", "Rp5.000.000", "Rp3.000.000",
                                            "Rp2.000.000"],
                             "Jumlah": ["2", "5", "Rp5.000.000", "Rp3.000.000", "Rp2.000.000"]}
    screen.period.setCurrentIndex(screen.period.findData("custom"))
    assert screen.start.isEnabled() and screen.end.isEnabled()
    screen.start.setDate(QDate(2026, 11, 24))
    qtbot.waitUntil(lambda: screen.report.since.day == 24)
    _wait_ops(qtbot)
    assert _rows(screen)["24-11-2026"] == ["1", "4", "Rp4.000.000", "Rp4.000.000", "Rp0"]
    assert _bar_sets(screen)["Ditagihkan"] == [4_000_000, 5_000_000]


def test_this_week_runs_from_monday_and_the_days_are_a_line(qtbot, screen):
    _open(qtbot, screen, "crossings_daily")
    screen.period.setCurrentIndex(screen.period.findData("week"))
    qtbot.waitUntil(lambda: screen.report.since != DAY)
    _wait_ops(qtbot)
    assert screen.report.since == DAY.replace(day=23)  # Monday 23 November 2026
    assert list(_rows(screen))[:3] == ["23-11-2026", "24-11-2026", "25-11-2026"]
    lines = screen.chart_view.chart().series()
    assert [type(s) for s in lines] == [QLineSeries, QLineSeries]
    arrivals = lines[0]
    assert arrivals.name() == "Kedatangan (masuk)"
    assert [arrivals.at(i).y() for i in range(arrivals.count())] == [0, 1, 3]
    screen.period.setCurrentIndex(screen.period.findData("month"))
    qtbot.waitUntil(lambda: screen.report.since == DAY.replace(day=1))


def test_export_writes_a_csv_and_a_pdf_that_read_back(qtbot, screen, services, tmp_path):
    _open(qtbot, screen, "refusals_hits")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.sections.setFocus()
    target = tmp_path / "laporan.csv"
    answer_modal(_save_as(target))
    qtbot.keyClick(screen.sections, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "diekspor" in screen.message.text())
    lines = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")),
                            delimiter=";"))
    assert lines[0] == ["Laporan Rujukan, Penolakan dan HIT"]
    assert ["HIT cekal", "2", "1", "0", "1", "0", "0"] in lines
    pdf = tmp_path / "laporan.pdf"
    screen.all_sections.setChecked(True)
    screen.activateWindow()  # back from the save dialog
    qtbot.waitUntil(screen.isActiveWindow)
    answer_modal(_save_as(pdf))
    qtbot.keyClick(screen.sections, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "disimpan" in screen.message.text(), timeout=20_000)
    text = pdf_text(pdf.read_bytes())
    assert "LAPORAN KEGIATAN KANTOR" in text
    assert "HIT cekal 2 1 0 1 0 0" in text and "9. Kepatuhan SLA per Langkah SOP" in text
    number = screen.message.text().split()[1]
    assert number in text


def test_the_heads_open_laporan_from_the_navigation(qtbot, services, head):
    window = MainWindow(services, head)
    qtbot.addWidget(window)
    window.show()
    assert "reports" in window.screen_names()
    opened = window.open_screen("reports")
    assert isinstance(opened, ReportsScreen)
    qtbot.waitUntil(lambda: opened.report is not None)
    _wait_ops(qtbot)
