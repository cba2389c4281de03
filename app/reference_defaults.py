"""Default reference data: values the law or the office sets, with their legal basis.

Shipped as data, written into the store at start-up when missing, editable by an admin and later
distributed by the server. Values marked `confirm` are placeholders an admin must check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReferenceDefault:
    key: str
    value: str
    unit: str
    legal_basis: str
    effective_from: date
    confirm: bool = False
    note: str = ""


# How official numbers read unless an office sets `numbering.pattern` (or a per-document
# `numbering.pattern.<template>`): fields prefix, office, year, month, seq.
DEFAULT_NUMBER_PATTERN = "{prefix}/{office}/{year}/{seq:06d}"
NUMBER_PATTERN_KEY = "numbering.pattern"
# `office_hours.monday` … `office_hours.sunday`: "08:00-16:00", or CLOSED.
OFFICE_HOURS_KEY = "office_hours"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CLOSED = "tutup"

DEFAULTS: tuple[ReferenceDefault, ...] = (
    ReferenceDefault("numbering.pattern", DEFAULT_NUMBER_PATTERN, "pattern",
                     "Tata naskah dinas kantor; contoh W{kanwil}.IMI.{kanim}: sesuaikan",
                     date(2024, 1, 1), confirm=True,
                     note="fields: prefix, office, year, month, seq; per document type "
                          "numbering.pattern.<template>"),
    ReferenceDefault("overstay.daily_charge", "300000", "rupiah",
                     "PP 45/2016 tentang PNBP (tarif sebelum Mei 2019)", date(2016, 1, 1)),
    ReferenceDefault("overstay.daily_charge", "1000000", "rupiah",
                     "PP 28/2019 tentang Jenis dan Tarif PNBP Kemenkumham", date(2019, 5, 1)),
    ReferenceDefault("overstay.deportation_threshold_days", "60", "days",
                     "UU 6/2011 pasal 78 ayat (3)", date(2011, 5, 5),
                     note="more than 60 days: deportation and penangkalan instead of "
                          "pay-and-go (docs/decisions/0005-overstay-boundary.md)"),
    ReferenceDefault("entry.min_passport_validity_months", "6", "months",
                     "Permenkumham 44/2015 (pemeriksaan masuk); konfirmasi", date(2015, 1, 1),
                     confirm=True),
    ReferenceDefault("itk.visa_exemption_days", "30", "days",
                     "Permenkumham 22/2023 (bebas visa kunjungan)", date(2023, 1, 1),
                     confirm=True,
                     note="stay allowed when no permit is recorded: arrival day + this - 1"),
    ReferenceDefault("watchlist.max_age_hours", "24", "hours",
                     "Kebijakan kantor: umur daftar cekal lokal sebelum peringatan",
                     date(2024, 1, 1)),
    ReferenceDefault("carrier.charge", "50000000", "rupiah",
                     "PP 28/2019 tentang PNBP Kemenkumham (Rp50.000.000 per alat angkut); "
                     "konfirmasi", date(2019, 5, 1), confirm=True,
                     note="biaya beban on a carrier's responsible party, UU 6/2011 pasal 19 "
                          "(SOP A9); PP 45/2016 already set the same amount"),
    ReferenceDefault("billing.valid_days", "7", "days",
                     "SIMPONI: masa berlaku kode billing; konfirmasi", date(2024, 1, 1),
                     confirm=True),
    # Office hours drive the SLA of steps timed in minutes, hours and working days
    # (app.domain.sla). The SOP seeds name none; these are the usual Kemenkumham hours.
    *(ReferenceDefault(f"{OFFICE_HOURS_KEY}.{day}", hours, "office_hours",
                       "Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah "
                       "dan Pegawai ASN (37,5 jam seminggu); jam layanan kantor: konfirmasi",
                       date(2024, 1, 1), confirm=True,
                       note="HH:MM-HH:MM in the office's time zone, or 'tutup' (closed)")
      for day, hours in zip(WEEKDAYS, ("08:00-16:00",) * 4 + ("08:00-16:30", CLOSED, CLOSED),
                            strict=True)),
)
