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
    # Stay permits (issue 8; app.domain.permits, docs/decisions/0016-stay-permit-rules.md).
    # PNBP fees by the keys `permits.fee_key` returns.
    *(ReferenceDefault(f"fee.itk.{days}", amount, "rupiah",
                       "PP 45/2024 tentang Jenis dan Tarif PNBP Kemenkumham (ITK menurut lama "
                       "izin tinggal; laman tarif imigrasi.go.id)", date(2024, 12, 17),
                       note="visa on arrival extension is charged the 30-day rate")
      for days, amount in zip((7, 14, 30, 60, 90, 180),
                              ("250000", "350000", "500000", "1000000", "1500000", "2000000"),
                              strict=True)),
    *(ReferenceDefault(f"fee.itas.{length}", amount, "rupiah",
                       "PP 28/2019 tentang PNBP Kemenkumham (tarif ITAS menurut kanim); "
                       "konfirmasi terhadap PP 45/2024", date(2019, 5, 1), confirm=True,
                       note="6m: up to 183 days, 1y: up to 366 days, 2y: longer")
      for length, amount in (("6m", "1000000"), ("1y", "1500000"), ("2y", "2000000"))),
    ReferenceDefault("fee.itap.5y", "4000000", "rupiah",
                     "PP 45/2024 tentang PNBP Kemenkumham (ITAP 5 tahun); konfirmasi",
                     date(2024, 12, 17), confirm=True,
                     note="placeholder: the ITAP fee is not in the reference notes; also used "
                          "for ITAP extension and ITAP for ABG children until confirmed"),
    ReferenceDefault("fee.skim", "1000000", "rupiah",
                     "PP 45/2024 tentang PNBP Kemenkumham (Surat Keterangan Keimigrasian); "
                     "konfirmasi", date(2024, 12, 17), confirm=True,
                     note="placeholder: the SKIM fee is not in the reference notes"),
    # Passports (issue 9): PP 45/2024, in force 17 December 2024 (REFERENCE.md "Charges").
    *(ReferenceDefault(f"fee.paspor.{kind}", amount, "rupiah",
                       "PP 45/2024 tentang Jenis dan Tarif PNBP Kemenkumham", date(2024, 12, 17))
      for kind, amount in (("biasa_5", "350000"), ("biasa_10", "650000"),
                           ("elektronik_5", "650000"), ("elektronik_10", "950000"),
                           ("percepatan", "1000000"))),
    ReferenceDefault("paspor.billing_valid_days", "30", "days",
                     "Kebijakan layanan paspor: billing yang tidak dibayar kedaluwarsa beserta "
                     "permohonannya; konfirmasi", date(2024, 1, 1), confirm=True),
    ReferenceDefault("paspor.compensation_working_days", "2", "days",
                     "SOP Kompensasi Antar Paspor (Kanim Soekarno-Hatta): alokasi lewat dari 2 "
                     "hari kerja setelah pembayaran", date(2024, 1, 1),
                     note="seed 004; outage and field-check days on the case do not count"),
    # Detention (issue 10): UU 6/2011 pasal 83-85 (REFERENCE.md "Enforcement").
    ReferenceDefault("detensi.max_days", "3650", "days",
                     "UU 6/2011 pasal 85 ayat (2): pendetensian paling lama 10 tahun bila "
                     "deportasi tidak dapat dilaksanakan", date(2011, 5, 5),
                     note="counted from the day of detention (day 1)"),
    ReferenceDefault("detensi.max_warning_days", "90", "days",
                     "Kebijakan kantor: peringatan sebelum batas waktu pendetensian; "
                     "konfirmasi", date(2024, 1, 1), confirm=True,
                     note="policy placeholder"),
    ReferenceDefault("detensi.review_days", "30", "days",
                     "Kebijakan kantor: peninjauan berkala setiap deteni (UU 6/2011 pasal 83-85 "
                     "tidak menetapkan selang); konfirmasi", date(2024, 1, 1), confirm=True,
                     note="policy placeholder: days between reviews, from the detention"),
    ReferenceDefault("detensi.review_warning_days", "5", "days",
                     "Kebijakan kantor: peringatan sebelum peninjauan jatuh tempo; konfirmasi",
                     date(2024, 1, 1), confirm=True, note="policy placeholder"),
    ReferenceDefault("detensi.ban_years", "10", "years",
                     "UU 6/2011 pasal 102 sebagaimana diubah UU 63/2024: penangkalan paling "
                     "lama 10 tahun, dapat diperpanjang; konfirmasi", date(2024, 1, 1),
                     confirm=True,
                     note="the period of a penangkalan proposed after a deportation; the "
                          "amendment's date of effect to confirm"),
    ReferenceDefault("permit.passport_margin_months", "6", "months",
                     "Permenkumham 22/2023 (masa berlaku paspor pemohon izin tinggal); "
                     "konfirmasi", date(2023, 1, 1), confirm=True,
                     note="the passport must stay valid this many calendar months beyond the "
                          "last day of the permit granted; 0 lets a permit run to the "
                          "passport's expiry"),
    ReferenceDefault("permit.itap_after_itas_years", "3", "years",
                     "UU 6/2011 pasal 54 ayat (1); Permenkumham 22/2023 (ITAP setelah 3 tahun "
                     "berturut-turut memegang ITAS)", date(2011, 5, 5),
                     note="whole years on ITAS before alih status to ITAP"),
    ReferenceDefault("permit.itap_after_marriage_years", "2", "years",
                     "UU 6/2011 pasal 54 ayat (1) huruf c (perkawinan sah dengan WNI paling "
                     "singkat 2 tahun)", date(2011, 5, 5),
                     note="whole years of marriage to a WNI before ITAP"),
)
