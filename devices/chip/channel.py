"""A connection to the chip: plain APDUs before access control, secure messaging after it."""

from __future__ import annotations

import logging

from devices.chip.apdu import SW_FILE_NOT_FOUND, SW_OK, Command, split_response
from devices.chip.errors import ChipStatusError, FileNotOnChip
from devices.chip.sm import SecureMessaging
from devices.chip.transport import ApduTransport

log = logging.getLogger(__name__)


class ChipChannel:
    """Sends commands to the chip, protected once `sm` is set."""

    def __init__(self, transport: ApduTransport) -> None:
        self.transport = transport
        self.sm: SecureMessaging | None = None

    def send(self, command: Command) -> tuple[bytes, int]:
        """(data, SW) of `command`; secure messaging wraps it when a session is up."""
        if self.sm is None:
            return split_response(self.transport.transmit(command.encode()))
        return self.sm.unwrap(self.transport.transmit(self.sm.wrap(command)))

    def call(self, command: Command, what: str) -> bytes:
        """The data of `command`, which must answer 9000.

        Raises:
            FileNotOnChip: SW 6A82.
            ChipStatusError: any other status word.
        """
        data, sw = self.send(command)
        if sw == SW_OK:
            return data
        if sw == SW_FILE_NOT_FOUND:
            raise FileNotOnChip(sw, what)
        raise ChipStatusError(sw, what)
