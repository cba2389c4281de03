"""Texts of the notifications sent to applicants, in Indonesian, with `{field}` placeholders.

The applicant gets Indonesian whatever the interface language, so the texts are not translated;
their titles (shown to officers) are. Every text names the office (`{office}`, filled by the
service from the configuration unless given). One text serves WhatsApp and SMS alike.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from app.errors import NotFoundError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

MAX_LENGTH = 1000  # characters of a rendered text (WhatsApp allows more; SMS splits it)

_FOOTER = " Pesan ini dikirim otomatis oleh {office}; mohon tidak membalas pesan ini."


@dataclass(frozen=True)
class MessageTemplate:
    code: str
    title: str  # for officers, translatable
    text: str

    @property
    def fields(self) -> tuple[str, ...]:
        """The placeholders of the text, in order of first use."""
        names = [name for _, name, _, _ in string.Formatter().parse(self.text) if name]
        return tuple(dict.fromkeys(names))


TEMPLATES: Mapping[str, MessageTemplate] = {t.code: t for t in (
    MessageTemplate(
        "passport_ready", QT_TRANSLATE_NOOP("gapura", "Paspor siap diambil"),
        "Yth. {name}, paspor Anda untuk permohonan nomor {number} sudah selesai dan siap "
        "diambil di {place} pada {hours}. Bawa tanda terima permohonan dan bukti pembayaran; "
        "pengambilan oleh orang lain wajib dengan surat kuasa." + _FOOTER),
    MessageTemplate(
        "permit_ready", QT_TRANSLATE_NOOP("gapura", "Izin tinggal selesai"),
        "Yth. {name}, permohonan izin tinggal Anda nomor {number} telah selesai diproses. "
        "Dokumen izin tinggal dapat diambil di {place} pada {hours} dengan membawa paspor asli "
        "dan tanda terima permohonan." + _FOOTER),
    MessageTemplate(
        "application_received", QT_TRANSLATE_NOOP("gapura", "Permohonan diterima"),
        "Yth. {name}, permohonan Anda telah diterima di {office} pada {date} dengan nomor "
        "{number}. Simpan nomor ini untuk menanyakan status permohonan Anda." + _FOOTER),
    MessageTemplate(
        "application_returned", QT_TRANSLATE_NOOP("gapura", "Permohonan perlu perbaikan"),
        "Yth. {name}, permohonan Anda nomor {number} perlu perbaikan dokumen: {reason}. "
        "Silakan lengkapi dan serahkan kembali ke {office} paling lambat {deadline}; "
        "bila tidak, permohonan dapat ditolak." + _FOOTER),
)}


def template(code: str) -> MessageTemplate:
    try:
        return TEMPLATES[code]
    except KeyError as exc:
        raise NotFoundError(QT_TRANSLATE_NOOP("gapura", "Templat pesan {code} tidak dikenal."),
                            detail=f"unknown message template {code!r}", code=code) from exc


def render(code: str, fields: Mapping[str, object]) -> str:
    """The text of template `code` with `fields` filled in (extra fields are ignored).

    Raises:
        NotFoundError: no such template.
        ValidationError: a field is missing or empty, or the text is too long.
    """
    chosen = template(code)
    values = {name: " ".join(str(fields.get(name, "")).split()) for name in chosen.fields}
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Isian {field} wajib diisi untuk pesan \"{template}\"."),
            detail=f"template {code} misses {missing}", field=", ".join(missing),
            template=chosen.title)
    text = chosen.text.format(**values)
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("gapura", "Pesan terlalu panjang ({length} karakter, paling banyak "
                                        "{maximum}). Persingkat isiannya."),
            detail=f"rendered {code} is {len(text)} chars", length=len(text),
            maximum=MAX_LENGTH)
    return text
