"""Laporan: the section and office heads' reports and dashboards (issue 11 point 5).

A period (today, this week, this month, or any dates), the list of report sections
(app.services.reports), and the chosen section as a chart with its numbers beside it; both
exports write a file: the PDF is also a numbered document in the print queue and the document
register. Every read runs off the GUI thread; a result that arrives after the officer moved on
to another section or period is dropped.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.auth.permissions import Actor
from app.errors import GapuraError
from app.files import save_file
from app.services import Services
from app.services.documents import DocumentInfo
from app.services.reports import (
    CellKind,
    ChartKind,
    SectionInfo,
    SectionReport,
    format_cell,
)
from ui.i18n import core_text, error_text
from ui.ops import run_in_background
from ui.widgets.messages import StatusLine
from ui.widgets.shortcuts import action_button
from ui.widgets.table import RecordTable

TODAY, WEEK, MONTH, CUSTOM = "today", "week", "month", "custom"


class ReportsScreen(QWidget):
    """Signals:
        shown: a section's report is on screen (a `SectionReport`).
    """

    shown = Signal(object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.report: SectionReport | None = None
        self._wanted: tuple[str, date, date] | None = None

        self.period = QComboBox()
        self.period.setObjectName("period")
        for key, text in ((TODAY, self.tr("Hari ini")), (WEEK, self.tr("Minggu ini")),
                          (MONTH, self.tr("Bulan ini")), (CUSTOM, self.tr("Tanggal lain"))):
            self.period.addItem(text, key)
        self.start = QDateEdit()
        self.start.setObjectName("from")
        self.end = QDateEdit()
        self.end.setObjectName("to")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._dates_changed)
        self.all_sections = QCheckBox(self.tr("Ekspor semua &bagian"))
        self.all_sections.setObjectName("allSections")

        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        for section in services.reports.sections(actor):
            item = QListWidgetItem(core_text(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.sections.addItem(item)
        self.sections.currentRowChanged.connect(lambda _row: self.load())

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("sectionNote")
        self.note.setWordWrap(True)
        self.chart_view = QChartView()
        self.chart_view.setObjectName("chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(320)
        self.table = RecordTable([])
        self.table.setObjectName("numbers")
        self.message = StatusLine()

        top = QHBoxLayout()
        period_label = QLabel(self.tr("&Periode"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("dari")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("sampai")))
        top.addWidget(self.end)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, keys, slot in (
                ("refresh", self.tr("&Muat ulang (F5)"), "F5", self.load),
                ("pdf", self.tr("Ekspor P&DF… (Ctrl+P)"), "Ctrl+P", self.export_pdf),
                ("csv", self.tr("Ekspor &CSV… (Ctrl+E)"), "Ctrl+E", self.export_csv)):
            self.buttons[name] = action_button(self, name, text, slot, keys)
            top.addWidget(self.buttons[name])
        top.addWidget(self.all_sections)
        top.addStretch(1)

        numbers = QSplitter()
        numbers.addWidget(self.chart_view)
        numbers.addWidget(self.table)
        numbers.setStretchFactor(0, 3)
        numbers.setStretchFactor(1, 2)
        numbers.setSizes([600, 400])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(numbers, 1)
        right_layout.addWidget(self.note)
        body = QSplitter()
        body.addWidget(self.sections)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.message)

        self.period.currentIndexChanged.connect(self._period_chosen)
        self._period_chosen()
        if self.sections.count():
            self.sections.setCurrentRow(0)

    # -- period ----------------------------------------------------------------------------

    def today(self) -> date:
        context = self._services.context
        return context.clock().astimezone(context.config.timezone).date()

    def chosen_period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    @Slot()
    def _period_chosen(self) -> None:
        kind = self.period.currentData()
        custom = kind == CUSTOM
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        if custom:
            return
        today = self.today()
        first = {TODAY: today, WEEK: today - timedelta(days=today.weekday()),
                 MONTH: today.replace(day=1)}[kind]
        for edit, day in ((self.start, first), (self.end, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.load()

    @Slot()
    def _dates_changed(self) -> None:
        if self.period.currentData() == CUSTOM:
            self.load()

    def set_period(self, since: date, until: date) -> None:
        """Any dates: the custom period (what the officer does with the date fields)."""
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
        for edit, day in ((self.start, since), (self.end, until)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.load()

    # -- one section -----------------------------------------------------------------------

    def current_section(self) -> SectionInfo | None:
        item = self.sections.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot()
    def load(self) -> None:
        section = self.current_section()
        if section is None:
            return
        since, until = self.chosen_period()
        wanted = (section.key, since, until)
        self._wanted = wanted
        self.message.say(self.tr("Memuat {title}…").format(title=core_text(section.title)))

        def done(report: SectionReport) -> None:
            if self._wanted == wanted:  # not another section or period by now
                self._show(report)

        def failed(error: GapuraError) -> None:
            if self._wanted == wanted:
                self.message.say(error_text(error), error=True)

        run_in_background(self, lambda: self._services.reports.section(
            self._actor, section.key, since, until), done, failed)

    def _show(self, report: SectionReport) -> None:
        self.report = report
        self.title.setText(core_text(report.title))
        self.note.setText(core_text(report.table.note) if report.table.note else "")
        self._fill_table(report)
        self._fill_chart(report)
        self.message.say("")
        self.shown.emit(report)

    def _fill_table(self, report: SectionReport) -> None:
        columns = report.table.columns
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([core_text(c.title) for c in columns])
        rows = [(n, [_cell(c.kind, v) for c, v in zip(columns, row, strict=True)])
                for n, row in enumerate(report.table.rows)]
        if report.table.totals is not None:
            rows.append(("totals", [_cell(c.kind, v) for c, v in
                                    zip(columns, report.table.totals, strict=True)]))
        self.table.fill(rows)
        for row in range(self.table.rowCount()):
            for column, spec in enumerate(columns):
                item = self.table.item(row, column)
                if spec.kind is not CellKind.TEXT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if report.table.totals is not None and row == self.table.rowCount() - 1:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)

    def _fill_chart(self, report: SectionReport) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        spec, table = report.chart, report.table
        if spec is None or not table.rows:
            chart.setTitle(self.tr("Tidak ada grafik untuk bagian ini.") if spec is None
                           else self.tr("Tidak ada data pada periode ini."))
            self.chart_view.setChart(chart)
            return
        categories = [str(row[0]) for row in table.rows]
        values = {i: [float(row[i] or 0) for row in table.rows] for i in spec.series}
        series: list[QAbstractSeries] = []
        if spec.kind is ChartKind.LINE:
            for index, points in values.items():
                line = QLineSeries()
                line.setName(core_text(table.columns[index].title))
                for x, y in enumerate(points):
                    line.append(x, y)
                series.append(line)
        else:
            bars = QStackedBarSeries() if spec.kind is ChartKind.STACKED else QBarSeries()
            for index, points in values.items():
                bar_set = QBarSet(core_text(table.columns[index].title))
                bar_set.append(points)
                bars.append(bar_set)
            series.append(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_x.setLabelsAngle(-60 if len(categories) > 8 else 0)
        top = max((sum(values[i][n] for i in values) if spec.kind is ChartKind.STACKED
                   else max(values[i][n] for i in values)) for n in range(len(categories)))
        axis_y = QValueAxis()
        axis_y.setRange(0, max(top, 1))
        axis_y.applyNiceNumbers()  # round ticks a little above the highest bar
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for item in series:
            chart.addSeries(item)
            item.attachAxis(axis_x)
            item.attachAxis(axis_y)
        self.chart_view.setChart(chart)

    # -- exports ---------------------------------------------------------------------------

    def _export_keys(self) -> list[str] | None:
        if self.all_sections.isChecked():
            return None
        section = self.current_section()
        return [section.key] if section is not None else []

    @Slot()
    def export_pdf(self) -> None:
        keys = self._export_keys()
        if keys == []:
            return
        since, until = self.chosen_period()
        path = self._ask_path(self._suggested(keys, since, until, "pdf"), self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.message.say(self.tr("Menyusun laporan…"))

        def issue_and_save() -> DocumentInfo:
            document = self._services.reports.issue_pdf(self._actor, keys, since, until)
            save_file(Path(path), document.pdf)
            return document

        run_in_background(self, issue_and_save, lambda document: self.message.say(self.tr(
            "Laporan {number} disimpan ke {path} dan masuk antrian cetak.").format(
            number=document.number, path=path)), self._failed)

    @Slot()
    def export_csv(self) -> None:
        keys = self._export_keys()
        if keys == []:
            return
        since, until = self.chosen_period()
        path = self._ask_path(self._suggested(keys, since, until, "csv"), self.tr("CSV (*.csv)"))
        if not path:
            return

        def write() -> None:
            text = self._services.reports.export_csv(self._actor, keys, since, until)
            save_file(Path(path), text.encode("utf-8"))

        run_in_background(self, write, lambda _none: self.message.say(
            self.tr("Laporan diekspor ke {path}.").format(path=path)), self._failed)

    def _failed(self, error: GapuraError) -> None:
        self.message.say(error_text(error), error=True)

    @staticmethod
    def _suggested(keys: list[str] | None, since: date, until: date, suffix: str) -> str:
        name = keys[0] if keys and len(keys) == 1 else "kantor"
        return f"laporan-{name}-{since:%Y%m%d}-{until:%Y%m%d}.{suffix}"

    def _ask_path(self, suggested: str, name_filter: str) -> str:
        dialog = QFileDialog(self, self.tr("Simpan sebagai"), str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(name_filter)
        dialog.selectFile(suggested)
        return dialog.selectedFiles()[0] if dialog.exec() else ""


def _cell(kind: CellKind, value: object) -> str:
    """A cell as shown; the core's marked texts (`Jumlah`) are translated."""
    text = format_cell(kind, value)  # type: ignore[arg-type]
    return core_text(text) if kind is CellKind.TEXT and isinstance(value, str) else text

