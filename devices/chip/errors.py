"""What goes wrong reading a passport chip, told to the officer in Indonesian."""

from __future__ import annotations

from app.errors import DeviceError
from app.i18n import QT_TRANSLATE_NOOP


class ChipError(DeviceError):
    """Reading the chip failed; the officer can retry or continue without the chip."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Chip paspor tidak dapat dibaca. Letakkan paspor kembali pada pembaca, "
                  "jangan digeser selama pembacaan, lalu coba lagi.")


class AccessDenied(ChipError):
    """The chip refused the keys derived from the MRZ (BAC or PACE failed): a misread MRZ."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Chip paspor menolak kunci dari MRZ. Pindai ulang halaman data paspor; bila "
                  "tetap ditolak, periksa nomor paspor, tanggal lahir dan tanggal habis berlaku "
                  "pada MRZ dengan halaman data.")


class SecureMessagingError(ChipError):
    """A response failed its MAC or was not protected: the link was disturbed or tampered with."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Komunikasi aman dengan chip paspor terputus atau jawabannya tidak sah. "
                  "Angkat paspor dari pembaca, letakkan kembali, lalu baca ulang chip.")


class ChipStatusError(ChipError):
    """The chip answered a command with an error status word."""

    def __init__(self, sw: int, command: str, message: str | None = None) -> None:
        self.sw = sw
        super().__init__(message, f"{command} answered SW {sw:04X}")


class FileNotOnChip(ChipStatusError):
    """The file (data group) is not on this chip (SW 6A82)."""


class ChipDataError(ChipError):
    """A file read from the chip does not have the structure ICAO 9303 gives it."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Data pada chip paspor tidak sesuai standar ICAO dan tidak dapat dibaca. "
                  "Periksa paspor secara manual dan catat kejadian ini.")


class ReaderUnavailable(ChipError):
    """No PC/SC support (pyscard missing), no reader, or no card on it."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Pembaca chip paspor tidak tersedia. Pastikan pembaca kartu terhubung dan "
                  "layanan PC/SC berjalan, lalu coba lagi.")


PYSCARD_MISSING = QT_TRANSLATE_NOOP(
    "gapura", "Dukungan pembaca chip (pustaka pyscard) belum terpasang di komputer ini. "
              "Hubungi Admin TIK untuk memasangnya; sementara itu periksa paspor tanpa chip.")
NO_CARD = QT_TRANSLATE_NOOP(
    "gapura", "Tidak ada paspor pada pembaca chip. Letakkan halaman data paspor pada pembaca, "
              "lalu coba lagi.")


class MasterListError(ChipError):
    """A CSCA certificate, CRL or master list file cannot be used."""

    default_message = QT_TRANSLATE_NOOP(
        "gapura", "Daftar sertifikat CSCA (master list) tidak dapat dibaca: {file}. Minta Admin "
                  "TIK memperbarui data referensi; sampai itu keaslian chip tidak dapat "
                  "diperiksa.")
