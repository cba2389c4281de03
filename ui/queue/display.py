"""The waiting-room display: the numbers being called and their desk, in large type.

A window of its own for the screen in the waiting room (F11 or double-click: full screen, Esc
leaves it). It reads the board in the background on a timer, so a call made at any desk of the
office shows within one tick; the desk that calls also asks it to read at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.errors import GapuraError
from app.services.queue import Board
from ui.i18n import error_text
from ui.ops import run_in_background
from ui.widgets.shortcuts import add_shortcut

REFRESH_MS = 3_000
EARLIER_ROWS = 5


def _label(name: str, points_factor: float, bold: bool = False) -> QLabel:
    """A label in `points_factor` times the system font size (it follows the system's)."""
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * points_factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class WaitingRoomDisplay(QWidget):
    def __init__(self, read: Callable[[], Board], parent: QWidget | None = None, *,
                 interval_ms: int = REFRESH_MS) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("waitingRoomDisplay")
        self.setWindowTitle(self.tr("Layar ruang tunggu"))
        self._read = read
        self._reading = False
        self.setStyleSheet("QWidget#waitingRoomDisplay { background: #0d2b45; } "
                           "QLabel { color: white; }")

        self.heading = _label("heading", 2.0)
        self.heading.setText(self.tr("Nomor antrian dipanggil"))
        self.number = _label("number", 9.0, bold=True)
        self.number.setStyleSheet("color: #ffd54f;")
        self.desk = _label("desk", 4.0, bold=True)
        self.earlier = QGridLayout()
        self.earlier_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(EARLIER_ROWS):
            pair = (_label(f"earlierNumber{row}", 2.5), _label(f"earlierDesk{row}", 2.5))
            self.earlier.addWidget(pair[0], row, 0)
            self.earlier.addWidget(pair[1], row, 1)
            self.earlier_rows.append(pair)
        self.waiting = _label("waiting", 2.0)
        self.problem = _label("problem", 1.2)
        self.problem.setStyleSheet("color: #ff8a80;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.number, 3)
        layout.addWidget(self.desk, 1)
        layout.addLayout(self.earlier, 2)
        layout.addWidget(self.waiting)
        layout.addWidget(self.problem)
        self.show_board(Board([]))

        add_shortcut(self, "F11", self.toggle_full_screen, name="fullScreen")
        add_shortcut(self, "Esc", self.leave_full_screen, name="leaveFullScreen")
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the board in the background (one read at a time)."""
        if self._reading:
            return
        self._reading = True
        run_in_background(self, self._read, self._read_done, self._read_failed)

    def _read_done(self, board: Board) -> None:
        self._reading = False
        self.problem.clear()
        self.show_board(board)

    def _read_failed(self, error: GapuraError) -> None:
        # The display keeps showing the last calls; the problem is said small underneath.
        self._reading = False
        self.problem.setText(error_text(error))

    def show_board(self, board: Board) -> None:
        latest = board.called[0] if board.called else None
        self.number.setText(latest.number if latest else "—")
        self.desk.setText(self.tr("ke {desk}").format(desk=latest.desk) if latest else "")
        for index, (number, desk) in enumerate(self.earlier_rows):
            call = board.called[index + 1] if index + 1 < len(board.called) else None
            number.setText(call.number if call else "")
            desk.setText(call.desk if call else "")
        self.waiting.setText(self.tr("Menunggu: prioritas {priority} · umum {general}").format(
            priority=board.waiting_priority, general=board.waiting_general))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.toggle_full_screen()
        event.accept()
