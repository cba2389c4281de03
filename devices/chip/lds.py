"""The logical data structure (Doc 9303-10): files, their tags, and parsing the data groups.

DG1 gives the MRZ lines, DG2 the face image (JPEG or JPEG 2000 inside an ISO/IEC 19794-5
record), DG11 and DG12 the additional personal and document details. Pillow, which decodes
the face, is imported only when an image is decoded.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from devices.chip import tlv
from devices.chip.errors import ChipDataError

if TYPE_CHECKING:
    from PIL import Image

EMRTD_APPLET = bytes.fromhex("A0000002471001")


@dataclass(frozen=True)
class LdsFile:
    name: str
    fid: int
    tag: int
    number: int | None = None  # the data group number, None for EF.COM / EF.SOD


COM = LdsFile("EF.COM", 0x011E, 0x60)
SOD = LdsFile("EF.SOD", 0x011D, 0x77)
CARD_ACCESS_FID = 0x011C
DG1 = LdsFile("DG1", 0x0101, 0x61, 1)
DG2 = LdsFile("DG2", 0x0102, 0x75, 2)
DG11 = LdsFile("DG11", 0x010B, 0x6B, 11)
DG12 = LdsFile("DG12", 0x010C, 0x6C, 12)
FILES_BY_TAG = {f.tag: f for f in (COM, SOD, DG1, DG2, DG11, DG12)}


def _content(data: bytes, file: LdsFile) -> bytes:
    try:
        return tlv.unwrap(data, file.tag)
    except ValueError as exc:
        raise ChipDataError(detail=f"{file.name}: {exc}") from exc


def _objects(data: bytes, file: LdsFile) -> dict[int, bytes]:
    try:
        return tlv.parse(_content(data, file))
    except ValueError as exc:
        raise ChipDataError(detail=f"{file.name}: {exc}") from exc


# -- EF.COM ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Com:
    lds_version: str
    unicode_version: str
    tags: tuple[int, ...]

    @property
    def files(self) -> tuple[LdsFile, ...]:
        """The data groups the chip lists that Gapura reads."""
        return tuple(FILES_BY_TAG[t] for t in self.tags if t in FILES_BY_TAG)


def parse_com(data: bytes) -> Com:
    objects = _objects(data, COM)
    return Com(objects.get(0x5F01, b"").decode("ascii", "replace"),
               objects.get(0x5F36, b"").decode("ascii", "replace"),
               tuple(objects.get(0x5C, b"")))


# -- DG1 ------------------------------------------------------------------------------------

_LINE_LENGTHS = {90: 30, 88: 44, 72: 36}  # TD1, TD3 / MRV-A, TD2 / MRV-B


def parse_dg1(data: bytes) -> tuple[str, ...]:
    """The MRZ lines held in DG1."""
    objects = _objects(data, DG1)
    if 0x5F1F not in objects:
        raise ChipDataError(detail="DG1 without MRZ data object 5F1F")
    mrz = objects[0x5F1F].decode("ascii", "replace")
    width = _LINE_LENGTHS.get(len(mrz))
    if width is None:
        raise ChipDataError(detail=f"DG1 MRZ of {len(mrz)} characters")
    return tuple(mrz[i:i + width] for i in range(0, len(mrz), width))


# -- DG2 ------------------------------------------------------------------------------------


class ImageFormat(StrEnum):
    JPEG = "image/jpeg"
    JPEG2000 = "image/jp2"


@dataclass(frozen=True)
class FaceImage:
    """The face image as stored in DG2, with the size its record gives."""

    data: bytes
    format: ImageFormat
    width: int
    height: int

    def decode(self) -> Image.Image:
        """The image as RGB (Pillow).

        Raises:
            ChipDataError: Pillow cannot decode it.
        """
        return decode_image(self.data)


def decode_image(data: bytes) -> Image.Image:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ChipDataError(detail=f"face image not decodable: {exc}") from exc


_FACE_HEADER = 14  # "FAC\0", version, record length (4), number of images (2)
_FACIAL_INFO = 20
_IMAGE_INFO = 12


def parse_face_record(record: bytes) -> FaceImage:
    """The first image of an ISO/IEC 19794-5 facial record."""
    if record[:4] != b"FAC\x00" or len(record) < _FACE_HEADER + _FACIAL_INFO + _IMAGE_INFO:
        raise ChipDataError(detail="DG2 biometric data is not an ISO 19794-5 face record")
    at = _FACE_HEADER
    block = int.from_bytes(record[at:at + 4], "big")
    points = int.from_bytes(record[at + 4:at + 6], "big")
    info = at + _FACIAL_INFO + 8 * points
    image_type = record[info + 1]
    width = int.from_bytes(record[info + 2:info + 4], "big")
    height = int.from_bytes(record[info + 4:info + 6], "big")
    start = info + _IMAGE_INFO
    end = at + block
    if end > len(record) or start >= end:
        raise ChipDataError(detail=f"DG2 face block of {block} bytes overruns the record")
    kind = {0: ImageFormat.JPEG, 1: ImageFormat.JPEG2000}.get(image_type)
    if kind is None:
        raise ChipDataError(detail=f"DG2 image data type {image_type} unknown")
    return FaceImage(record[start:end], kind, width, height)


def parse_dg2(data: bytes) -> FaceImage:
    """The first face image in DG2."""
    group = _objects(data, DG2).get(0x7F61)
    if group is None:
        raise ChipDataError(detail="DG2 without biometric information group 7F61")
    try:
        template = tlv.parse(group).get(0x7F60)
        record = None
        if template is not None:
            objects = tlv.parse(template)
            record = objects.get(0x5F2E) or objects.get(0x7F2E)
    except ValueError as exc:
        raise ChipDataError(detail=f"DG2: {exc}") from exc
    if record is None:
        raise ChipDataError(detail="DG2 without biometric data block 5F2E/7F2E")
    return parse_face_record(record)


# -- DG11 and DG12 --------------------------------------------------------------------------


def _text(value: bytes | None) -> str:
    """A DG11/DG12 text with `<` separators shown as ", " (place of birth, address)."""
    if not value:
        return ""
    text = value.decode("utf-8", "replace").strip()
    return ", ".join(part.strip() for part in text.split("<") if part.strip())


def _date(value: bytes | None) -> date | None:
    """A YYYYMMDD date (None when absent or partly unknown)."""
    if not value:
        return None
    text = value.decode("ascii", "replace")
    if len(text) == 4 and text.isdigit():  # a binary-coded (BCD) YYYYMMDD, as some issue it
        text = value.hex()
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _name(value: bytes | None) -> tuple[str, str]:
    """(surname, given names) of an MRZ-style name (`SURNAME<<GIVEN<NAMES`)."""
    if not value:
        return "", ""
    text = value.decode("utf-8", "replace")
    surname, _, given = text.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


@dataclass(frozen=True)
class PersonalDetails:
    """DG11: the holder's additional details (any field may be empty)."""

    surname: str = ""
    given_names: str = ""
    other_names: tuple[str, ...] = ()
    personal_number: str = ""
    birth_date: date | None = None
    place_of_birth: str = ""
    address: str = ""
    telephone: str = ""
    profession: str = ""
    title: str = ""
    personal_summary: str = ""
    custody_information: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.surname) if part)


def parse_dg11(data: bytes) -> PersonalDetails:
    objects = _objects(data, DG11)
    surname, given = _name(objects.get(0x5F0E))
    others: list[str] = []
    if 0xA0 in objects:
        try:
            others = [" ".join(_name(v)).strip() for t, v in tlv.iterate(objects[0xA0])
                      if t == 0x5F0F]
        except ValueError as exc:
            raise ChipDataError(detail=f"DG11 other names: {exc}") from exc
    return PersonalDetails(
        surname=surname, given_names=given, other_names=tuple(others),
        personal_number=_text(objects.get(0x5F10)), birth_date=_date(objects.get(0x5F2B)),
        place_of_birth=_text(objects.get(0x5F11)), address=_text(objects.get(0x5F42)),
        telephone=_text(objects.get(0x5F12)), profession=_text(objects.get(0x5F13)),
        title=_text(objects.get(0x5F14)), personal_summary=_text(objects.get(0x5F15)),
        custody_information=_text(objects.get(0x5F18)))


@dataclass(frozen=True)
class DocumentDetails:
    """DG12: the document's additional details."""

    issuing_authority: str = ""
    date_of_issue: date | None = None
    endorsements: str = ""
    tax_exit_requirements: str = ""
    personalization_time: str = ""
    personalization_device: str = ""
    other_persons: tuple[str, ...] = field(default_factory=tuple)


def parse_dg12(data: bytes) -> DocumentDetails:
    objects = _objects(data, DG12)
    others: list[str] = []
    if 0xA0 in objects:
        try:
            others = [" ".join(_name(v)).strip() for t, v in tlv.iterate(objects[0xA0])
                      if t == 0x5F1A]
        except ValueError as exc:
            raise ChipDataError(detail=f"DG12 other persons: {exc}") from exc
    return DocumentDetails(
        issuing_authority=_text(objects.get(0x5F19)), date_of_issue=_date(objects.get(0x5F26)),
        endorsements=_text(objects.get(0x5F1B)),
        tax_exit_requirements=_text(objects.get(0x5F1C)),
        personalization_time=objects.get(0x5F55, b"").decode("ascii", "replace"),
        personalization_device=_text(objects.get(0x5F56)), other_persons=tuple(others))
