"""Reading an ePassport chip end to end: access control, the files, passive authentication.

`read_chip(transport, keys, master_list, now)` is what a counter calls once the MRZ is read:
it runs PACE when EF.CardAccess offers a variant Gapura supports, else (or when PACE fails,
as Doc 9303-11 §4.2 allows) BAC; selects the eMRTD applet; reads EF.COM, DG1, DG2, DG11, DG12
and EF.SOD in chunks (extended length first, short 223-byte reads when the chip refuses
them, READ BINARY B1 past 32 KiB); and checks the data with passive authentication.
`compare_mrz` then tells whether the chip's DG1 says what the printed MRZ says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app.domain.mrz import MrzFormatError, MrzResult, parse_mrz
from app.i18n import QT_TRANSLATE_NOOP
from devices.chip import tlv
from devices.chip.apdu import (
    INS_READ_BINARY,
    INS_READ_BINARY_ODD,
    INS_SELECT,
    SW_END_OF_FILE,
    SW_FILE_NOT_FOUND,
    SW_OK,
    SW_WRONG_LENGTH,
    Command,
)
from devices.chip.bac import MrzKeys, perform_bac
from devices.chip.channel import ChipChannel
from devices.chip.errors import (
    AccessDenied,
    ChipDataError,
    ChipError,
    ChipStatusError,
    FileNotOnChip,
)
from devices.chip.lds import (
    CARD_ACCESS_FID,
    COM,
    DG1,
    DG2,
    DG11,
    DG12,
    EMRTD_APPLET,
    SOD,
    Com,
    DocumentDetails,
    FaceImage,
    LdsFile,
    PersonalDetails,
    parse_com,
    parse_dg1,
    parse_dg2,
    parse_dg11,
    parse_dg12,
)
from devices.chip.pa import MasterList, PaResult, passive_authentication
from devices.chip.pace import PaceUnsupported, choose, parse_card_access, perform_pace

if TYPE_CHECKING:
    from PIL import Image

    from devices.chip.transport import ApduTransport

log = logging.getLogger(__name__)

SHORT_CHUNK = 0xDF  # the most a short READ BINARY returns under secure messaging
EXTENDED_CHUNK = 0x0800  # per extended READ BINARY; chips with smaller buffers refuse (6700)
HEADER_BYTES = 4  # tag, 82, length (2): enough for the header of every LDS file
MAX_OFFSET = 0x7FFF  # READ BINARY B0's offset limit; beyond it READ BINARY B1 (odd INS)

Progress = Callable[[int, int, str], None]


class AccessProtocol(StrEnum):
    BAC = "BAC"
    PACE = "PACE"


@dataclass(frozen=True)
class ChipRead:
    """What the chip holds and whether it is genuine.

    `files` holds every file read, whole, by name ("EF.COM", "DG1", ...); `notes` are English
    remarks for the log (e.g. why PACE was not used).
    """

    access: AccessProtocol
    mrz_lines: tuple[str, ...]
    photo: FaceImage | None
    image: Image.Image | None
    personal: PersonalDetails | None
    document: DocumentDetails | None
    com: Com | None
    pa: PaResult
    files: Mapping[str, bytes]
    notes: tuple[str, ...] = ()

    @property
    def data_groups(self) -> dict[int, bytes]:
        """The data groups read, by number (what passive authentication hashed)."""
        by_name = {f.name: f for f in (DG1, DG2, DG11, DG12)}
        return {by_name[n].number: d for n, d in self.files.items()  # type: ignore[misc]
                if n in by_name}


# -- access control ----------------------------------------------------------------------------


def _select_file(channel: ChipChannel, fid: int, what: str) -> None:
    channel.call(Command(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big")), f"SELECT {what}")


def _select_applet(channel: ChipChannel) -> None:
    channel.call(Command(0x00, INS_SELECT, 0x04, 0x0C, EMRTD_APPLET), "SELECT eMRTD applet")


def _read_card_access(channel: ChipChannel) -> bytes | None:
    """EF.CardAccess, or None when the chip has none (a BAC-only chip)."""
    try:
        _select_file(channel, CARD_ACCESS_FID, "EF.CardAccess")
    except ChipStatusError as exc:
        log.debug("no EF.CardAccess: %s", exc.detail)
        return None
    data = b""
    while True:
        chunk, sw = channel.send(Command(0x00, INS_READ_BINARY, len(data) >> 8, len(data) & 0xFF,
                                         le=SHORT_CHUNK))
        data += chunk
        if sw != SW_OK or len(chunk) < SHORT_CHUNK:
            return data or None


def establish_access(channel: ChipChannel, keys: MrzKeys,
                     notes: list[str] | None = None) -> AccessProtocol:
    """PACE when offered and supported, else BAC; the eMRTD applet selected afterwards.

    Raises:
        AccessDenied: the chip refused the MRZ's keys (by PACE and by BAC).
        ChipError: the chip failed otherwise.
    """
    notes = notes if notes is not None else []
    card_access = _read_card_access(channel)
    if card_access is not None:
        try:
            perform_pace(channel, keys, choose(parse_card_access(card_access)))
            _select_applet(channel)
            return AccessProtocol.PACE
        except (PaceUnsupported, ValueError) as exc:
            notes.append(f"PACE not used: {getattr(exc, 'detail', '') or exc}")
        except ChipError as exc:
            # Doc 9303-11 §4.2: a terminal may fall back to BAC when PACE fails.
            notes.append(f"PACE failed ({type(exc).__name__}: {exc.detail}); trying BAC")
        channel.sm = None
    _select_applet(channel)
    try:
        perform_bac(channel, keys)
    except AccessDenied as exc:
        raise AccessDenied(detail="; ".join([*notes, exc.detail])) from exc
    return AccessProtocol.BAC


# -- files -----------------------------------------------------------------------------------


class FileReader:
    """READ BINARY in chunks, with progress over all files of a read."""

    def __init__(self, channel: ChipChannel, extended_length: bool,
                 progress: Progress | None) -> None:
        self.channel = channel
        self.chunk = EXTENDED_CHUNK if extended_length else SHORT_CHUNK
        self.progress = progress
        self.done = 0
        self.total = 0

    def header(self, file: LdsFile) -> bytes | None:
        """The first bytes of `file` (None when the chip does not have it)."""
        try:
            _select_file(self.channel, file.fid, file.name)
        except FileNotOnChip:
            return None
        head = self._read(0, HEADER_BYTES, file)
        try:
            tag, size, length = tlv.header_size(head)
        except ValueError as exc:
            raise ChipDataError(detail=f"{file.name} header {head.hex()}: {exc}") from exc
        if tag != file.tag:
            raise ChipDataError(detail=f"{file.name} starts with tag {tag:X}, not {file.tag:X}")
        self.total += size + length
        self.done += len(head)
        return head

    def body(self, file: LdsFile, head: bytes) -> bytes:
        """The whole of `file`, of which `head` was read already."""
        _, size, length = tlv.header_size(head)
        total = size + length
        _select_file(self.channel, file.fid, file.name)
        data = bytearray(head[:total])
        while len(data) < total:
            data += self._read(len(data), min(self.chunk, total - len(data)), file)
            if self.progress is not None:
                self.progress(min(self.done + len(data) - len(head), self.total), self.total,
                              file.name)
        self.done += total - len(head)
        return bytes(data)

    def _read(self, offset: int, length: int, file: LdsFile) -> bytes:
        if offset > MAX_OFFSET:
            return self._read_odd(offset, length, file)
        command = Command(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length,
                          extended=length > 256)
        data, sw = self.channel.send(command)
        if sw == SW_WRONG_LENGTH and command.extended:
            log.info("chip refuses extended READ BINARY; reading %d bytes at a time",
                     SHORT_CHUNK)
            self.chunk = SHORT_CHUNK
            return self._read(offset, min(length, SHORT_CHUNK), file)
        if sw not in (SW_OK, SW_END_OF_FILE) or not data:
            if sw == SW_FILE_NOT_FOUND:
                raise FileNotOnChip(sw, f"READ BINARY {file.name}")
            raise ChipStatusError(sw, f"READ BINARY {file.name} at {offset}")
        return data


    def _read_odd(self, offset: int, length: int, file: LdsFile) -> bytes:
        """READ BINARY B1: the offset in DO54, the data back in DO53 (files over 32 KiB)."""
        length = min(length, SHORT_CHUNK if self.chunk == SHORT_CHUNK else self.chunk)
        size = max(2, (offset.bit_length() + 7) // 8)
        le = length + 1 + len(tlv.encode_length(length))
        command = Command(0x00, INS_READ_BINARY_ODD, 0x00, 0x00,
                          tlv.tlv(0x54, offset.to_bytes(size, "big")), le=le, extended=le > 256)
        data, sw = self.channel.send(command)
        if sw == SW_WRONG_LENGTH and command.extended:
            self.chunk = SHORT_CHUNK
            return self._read_odd(offset, SHORT_CHUNK, file)
        if sw not in (SW_OK, SW_END_OF_FILE) or not data:
            raise ChipStatusError(sw, f"READ BINARY B1 {file.name} at {offset}")
        try:
            return tlv.unwrap(data, 0x53)
        except ValueError as exc:
            raise ChipDataError(detail=f"READ BINARY B1 {file.name}: {exc}") from exc


READ_ORDER = (COM, DG1, DG2, DG11, DG12, SOD)


def read_files(channel: ChipChannel, files: tuple[LdsFile, ...] = READ_ORDER, *,
               extended_length: bool = True, progress: Progress | None = None,
               ) -> dict[str, bytes]:
    """The files of `files` the chip has, whole, by name.

    Every file's header is read first, so that `progress(done, total, name)` reports against
    the total bytes of the whole read from the first chunk on.
    """
    reader = FileReader(channel, extended_length, progress)
    heads = {}
    for file in files:
        head = reader.header(file)
        if head is not None:
            heads[file] = head
    if progress is not None:
        progress(reader.done, reader.total, "")
    return {file.name: reader.body(file, head) for file, head in heads.items()}


# -- the whole read ------------------------------------------------------------------------------


def read_chip(transport: ApduTransport, mrz_keys: MrzKeys, master_list: MasterList,
              now: datetime, progress: Progress | None = None, *,
              groups: tuple[LdsFile, ...] = (DG1, DG2, DG11, DG12),
              extended_length: bool = True, decode_photo: bool = True) -> ChipRead:
    """Read the chip on `transport` and check it with passive authentication.

    Args:
        transport: the reader (PC/SC, or a software chip) with the passport on it.
        mrz_keys: the number and dates of the MRZ read from the data page.
        master_list: the trusted CSCA certificates (and CRLs).
        now: when certificates must be valid (aware, UTC): the time of the check.
        progress: called as `progress(done_bytes, total_bytes, file_name)` while reading.
        groups: the data groups to read (DG1 is always read).
        extended_length: try extended-length READ BINARY first.
        decode_photo: decode the face image (Pillow) into `ChipRead.image`.

    Raises:
        AccessDenied: the chip refused the MRZ's keys: the officer rescans the data page.
        ChipError: reading failed (chip moved away, malformed data).
    """
    channel = ChipChannel(transport)
    notes: list[str] = []
    access = establish_access(channel, mrz_keys, notes)
    wanted = (COM, DG1, *[g for g in groups if g is not DG1], SOD)
    files = read_files(channel, wanted, extended_length=extended_length, progress=progress)
    if DG1.name not in files or SOD.name not in files:
        raise ChipDataError(detail=f"chip without DG1 or EF.SOD: has {sorted(files)}")
    by_number = {g.number: files[g.name] for g in (DG1, DG2, DG11, DG12) if g.name in files}
    pa = passive_authentication(files[SOD.name], by_number, master_list, now)
    photo = parse_dg2(files[DG2.name]) if DG2.name in files else None
    return ChipRead(
        access=access,
        mrz_lines=parse_dg1(files[DG1.name]),
        photo=photo,
        image=photo.decode() if photo is not None and decode_photo else None,
        personal=parse_dg11(files[DG11.name]) if DG11.name in files else None,
        document=parse_dg12(files[DG12.name]) if DG12.name in files else None,
        com=parse_com(files[COM.name]) if COM.name in files else None,
        pa=pa,
        files=files,
        notes=tuple(notes),
    )


# -- DG1 against the printed MRZ ---------------------------------------------------------------

FIELD_LABELS: Mapping[str, str] = {
    "document_type": QT_TRANSLATE_NOOP("gapura", "Jenis dokumen"),
    "issuing_state": QT_TRANSLATE_NOOP("gapura", "Negara penerbit"),
    "surname": QT_TRANSLATE_NOOP("gapura", "Nama keluarga"),
    "given_names": QT_TRANSLATE_NOOP("gapura", "Nama depan"),
    "document_number": QT_TRANSLATE_NOOP("gapura", "Nomor paspor"),
    "nationality": QT_TRANSLATE_NOOP("gapura", "Kewarganegaraan"),
    "birth_date": QT_TRANSLATE_NOOP("gapura", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("gapura", "Jenis kelamin"),
    "expiry_date": QT_TRANSLATE_NOOP("gapura", "Tanggal habis berlaku"),
    "optional_data": QT_TRANSLATE_NOOP("gapura", "Data opsional"),
    "optional_data_2": QT_TRANSLATE_NOOP("gapura", "Data opsional (baris 2)"),
}
LINES_LABEL = QT_TRANSLATE_NOOP("gapura", "Karakter MRZ")

MRZ_MISMATCH = QT_TRANSLATE_NOOP(
    "gapura", "Data chip berbeda dengan MRZ yang tercetak ({fields}). Paspor mungkin dipalsukan: "
              "rujuk ke supervisor.")
MRZ_MATCH = QT_TRANSLATE_NOOP("gapura", "Data chip sama dengan MRZ yang tercetak.")


@dataclass(frozen=True)
class FieldMismatch:
    field: str
    printed: str
    chip: str

    @property
    def label(self) -> str:
        """The field's Indonesian name (marked for translation)."""
        return FIELD_LABELS.get(self.field, LINES_LABEL)


@dataclass(frozen=True)
class MrzComparison:
    mismatches: tuple[FieldMismatch, ...]

    @property
    def matches(self) -> bool:
        return not self.mismatches

    @property
    def message(self) -> str:
        """Indonesian summary for the officer (labels untranslated; the UI translates both)."""
        if self.matches:
            return MRZ_MATCH
        return MRZ_MISMATCH.format(fields=", ".join(m.label for m in self.mismatches))


def compare_mrz(chip_lines: tuple[str, ...] | list[str],
                printed: MrzResult | tuple[str, ...] | list[str]) -> MrzComparison:
    """Field by field: does the chip's DG1 say what the printed MRZ says?

    A chip MRZ that does not parse at all differs in every field.
    """
    printed_result = printed if isinstance(printed, MrzResult) else parse_mrz(printed)
    try:
        chip = parse_mrz(chip_lines)
    except MrzFormatError:
        return MrzComparison((FieldMismatch("document_number", printed_result.document_number,
                                            "".join(chip_lines)),))
    mismatches = []
    for name in FIELD_LABELS:
        ours, theirs = getattr(printed_result, name), getattr(chip, name)
        if ours != theirs:
            mismatches.append(FieldMismatch(name, _shown(ours), _shown(theirs)))
    if not mismatches and tuple(chip.lines) != tuple(printed_result.lines):
        # Same fields but different characters (fillers, check digits): still a difference.
        mismatches.append(FieldMismatch("lines", " ".join(printed_result.lines),
                                        " ".join(chip.lines)))
    return MrzComparison(tuple(mismatches))


def _shown(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


__all__ = ["AccessDenied", "AccessProtocol", "ChipRead", "FieldMismatch", "MrzComparison",
           "compare_mrz", "establish_access", "read_chip", "read_files"]
