"""Each template renders realistic data into a PDF whose text holds its key fields."""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import UTC, datetime

import pytest
from PIL import Image
from reportlab.lib.units import mm

from printing import registry, samples
from printing.qr import qr_payload
from tests.printing.conftest import page_texts, qr_codes, reader, text_of

OFFICE_LETTERS = ("stp", "laporan_kejadian", "nota_dinas", "refusal_report", "bast", "billing_slip",
                  "bap", "ba_pendapat", "surat_keputusan", "rekap_overstay",
                  # Detention and deportation.
                  "ba_pendetensian", "ba_penggeledahan", "ba_pengeluaran", "sp_pendetensian",
                  "sp_pengeluaran", "sp_pengawalan", "surat_pengawasan_keberangkatan",
                  "tanda_terima_deteni", "sk_deportasi", "sk_pemindahan", "register_deportasi",
                  # Registers.
                  "register_dokumen", "register_paspor",
                  # Receipts.
                  "tanda_terima_permohonan", "tanda_terima_pembayaran",
                  "tanda_terima_kompensasi",
                  # Stay permits.
                  "skim",
                  # Complaints and Lada Tunggu reports.
                  "surat_perintah_tugas", "laporan_kegiatan", "surat_jawaban_pengaduan",
                  "register_pengaduan")

KEY_FIELDS = {
    "stamp": ["DIREKTORAT JENDERAL IMIGRASI", "TPI BANDARA SOEKARNO-HATTA", "MASUK",
              "25 November 2026", "SH0412", "T3-045", "GA881", "X7K2J9QL4"],
    "stp": ["SURAT TANDA PENERIMAAN",
            "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdurrahman",
            "Yogyakarta, 29 Februari 1984", "E1234567", "4 Maret 2034",
            "Komisi Pemberantasan Korupsi", "Keputusan Pimpinan KPK Nomor 1021/01-23/11/2026",
            "18 Mei 2027", "SQ957", "Singapura", "Rabu, 25 November 2026", "10.00 WIB",
            "Tangerang, 25 November 2026", "Dewi Lestari Pangaribuan",
            "NIP. 19880517 201012 2 003", "RT 005/RW 011"],
    "laporan_kejadian": ["LAPORAN KEJADIAN", "Kepala Bidang Tempat Pemeriksaan Imigrasi",
                         "Rabu, 25 November 2026", "09.35 WIB", "Hit daftar pencegahan",
                         "KRONOLOGI KEJADIAN", "Menahan paspor Nomor E1234567",
                         "Tangkapan layar hasil pemeriksaan BCM", "Roni Yudianto",
                         "NIP. 19770626 201012 1 001"],
    "nota_dinas": ["NOTA DINAS", "Kepala Bidang Tempat Pemeriksaan Imigrasi",
                   "Kepala Seksi Pemeriksaan II", "Segera", "2 (dua) berkas",
                   "Laporan penanganan subjek pencegahan", "25 November 2026",
                   "Bambang Sutrisno Hadiwijaya", "NIP. 19750214 199803 1 002",
                   "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0041/2026"],
    "refusal_report": ["PEMBERITAHUAN PENOLAKAN MASUK", "Emirates", "EK356",
                        "Jean-Baptiste Olamide Ngozi-Eze", "19FR42817", "14 Juli 1991",
                        "Rabu, 25 November 2026 pukul 07.40 WIB",
                        "Masa berlaku paspor kurang dari 6 (enam) bulan",
                        "EK357 tanggal 25 November 2026", "penerbangan pertama yang tersedia",
                        "ruang detensi imigrasi", "tanggung jawab penanggung jawab alat angkut",
                        "Farid Al-Mansouri", "NIP. 19880517 201012 2 003"],
    "bast": ["BERITA ACARA SERAH TERIMA",
             "tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam",
             "(25 November 2026)", "13.15 WIB", "PIHAK PERTAMA", "PIHAK KEDUA",
             "AKBP Hendra Wijayakusuma", "NRP. 78050123", "Divisi Hubungan Internasional Polri",
             "Viktor Aleksandrovich Petrenko-Smirnov", "FA0935521",
             "Telepon genggam merek Samsung", "2 unit", "Red Notice Nomor A-2291/6-2025",
             "Rahmat Hidayatullah", "NIP. 19880517 201012 2 003"],
    "billing_slip": ["SLIP TAGIHAN BIAYA BEBAN", "Overstay", "Margaret Anne O'Sullivan-Whitfield",
                "PA8812345", "13 November 2026", "12 hari", "Rp1.000.000", "Rp12.000.000",
                "Dua belas juta rupiah", "82026 11250 04217",
                "Rabu, 25 November 2026 pukul 23.59 WIB", "Sri Wahyuningsih"],
    "bap": ["BERITA ACARA PEMERIKSAAN",
            "tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam",
            "(25 November 2026)", "08.30 WIB", "Ruang Supervisor Terminal 3", "PEMERIKSA",
            "YANG DIPERIKSA", "Farid Al-Mansouri", "Dubai, 12 Maret 1983",
            "Persatuan Emirat Arab", "Duty Station Manager Emirates, Bandara Soekarno-Hatta",
            "Jl. Jend. Sudirman Kav. 52-53", "KITAS Nomor 2C21JE0045-AW",
            "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0051/2026", "Pertanyaan", "Jawaban",
            "Apakah Saudara dalam keadaan sehat jasmani dan rohani",
            "penerbangan EK357 hari ini", "dibacakan kembali", "menyetujui, dan membenarkan",
            "Yang diperiksa,", "Pemeriksa,", "Dewi Lestari Pangaribuan",
            "NIP. 19880517 201012 2 003"],
    "ba_pendapat": ["BERITA ACARA PENDAPAT", "09.30 WIB", "kami yang bertanda tangan",
                    "1. Nama", "Bambang Sutrisno Hadiwijaya", "19750214 199803 1 002",
                    "Kepala Seksi Pemeriksaan", "2. Nama", "Dewi Lestari Pangaribuan",
                    "Laporan Kejadian Nomor W30.IMI.1-GR.01.01-0051/2026 tanggal 25 November "
                    "2026", "Berita Acara Pemeriksaan Nomor W30.IMI.1-GR.01.01-0052/2026",
                    "Pengenaan biaya beban terhadap penanggung jawab alat angkut Emirates",
                    "I. FAKTA-FAKTA", "berlaku sampai dengan tanggal 10 Januari 2027",
                    "II. DASAR HUKUM", "Peraturan Pemerintah Nomor 28 Tahun 2019",
                    "III. ANALISIS YURIDIS", "IV. KESIMPULAN DAN PENDAPAT", "V. SARAN",
                    "patut dikenakan biaya beban", "atas kekuatan sumpah jabatan",
                    "Yang memberikan pendapat", "NIP. 19880517 201012 2 003"],
    "surat_keputusan": ["KONSEP",
                        "KEPUTUSAN KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA",
                        f"NOMOR {samples.SAMPLE_NUMBER}", "TENTANG",
                        "PENGENAAN BIAYA BEBAN TERHADAP PENANGGUNG JAWAB ALAT ANGKUT",
                        "Menimbang", "a. bahwa pada tanggal 25 November 2026", "c. bahwa",
                        "Mengingat", "1. Undang-Undang Nomor 6 Tahun 2011", "MEMUTUSKAN:",
                        "Menetapkan", "KESATU", "Emirates", "Jean-Baptiste Olamide Ngozi-Eze "
                        "(Prancis, paspor Nomor 19FR42817)", "penerbangan EK356",
                        "Farid Al-Mansouri, Duty Station Manager", "Rp50.000.000",
                        "Lima puluh juta rupiah", "KEDUA", "82026 11250 04388",
                        "Rabu, 2 Desember 2026 pukul 23.59 WIB", "KETIGA",
                        "kesempatan pertama", "KEEMPAT",
                        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                        "Ditetapkan di Tangerang", "pada tanggal 25 November 2026",
                        "Roni Yudianto", "NIP. 19770626 199703 1 001",
                        "Salinan Keputusan ini disampaikan kepada Yth.",
                        "Station Manager Emirates Bandara Soekarno-Hatta"],
    "rekap_overstay": ["REKAPITULASI BIAYA BEBAN OVERSTAY",
                       "Laporan Kegiatan di Tempat Pemeriksaan Imigrasi",
                       "TPI Bandara Internasional Soekarno-Hatta", "Rabu, 25 November 2026",
                       "Pukul (WIB)", "07.20", "Margaret Anne O'Sullivan-Whitfield",
                       "Australia (AUS)", "PA8812345", "Rp1.000.000", "Rp12.000.000",
                       "82026 11250 04217", "0A1B2C3D4E5F6G7H", "Lunas",
                       "Olusegun Adebayo Okonkwo-Williams", "Rp27.000.000", "Belum dibayar",
                       "Jumlah", "57", "Rp57.000.000", "6 orang", "57 hari",
                       "Rp30.000.000 (5 orang)", "Rp27.000.000 (1 orang)",
                       "lima puluh tujuh juta rupiah", "tiga puluh juta rupiah",
                       "Tangerang, 25 November 2026", "Yang membuat,", "Petugas Tata Usaha",
                       "Sri Wahyuningsih", "NIP. 19920315 201902 2 001", "Mengetahui,",
                       "Kepala Seksi Pemeriksaan II", "NIP. 19750214 199803 1 002"],
    # --- detention and deportation (SOP Inteldakim C.2-4) ------------------------------------
    "ba_pendetensian": ["BERITA ACARA PENDETENSIAN",
                        "Pada hari ini Minggu tanggal dua puluh dua bulan November tahun dua "
                        "ribu dua puluh enam (22 November 2026), pukul 14.45 WIB",
                        "bertempat di Ruang Detensi Imigrasi Kantor Imigrasi Kelas I Khusus TPI "
                        "Soekarno-Hatta, kami yang bertanda tangan di bawah ini:",
                        "1. Nama", "Muhammad Rizky Fadhilah Nasution", "19920721 201503 1 003",
                        "Penata Muda Tk. I (III/b)", "2. Nama", "Yohanes Bastian Manurung",
                        "Surat Perintah Pendetensian Nomor W30.IMI.1-GR.04.02-0118/2026 tanggal "
                        "22 November 2026", "Oluwaseun Chukwuemeka Adeyemi-Okafor",
                        "Lagos, 2 Mei 1988", "Nigeria", "A11223344", "RT 004/RW 002",
                        "Pasal 83 ayat (1) huruf a Undang-Undang Nomor 6 Tahun 2011",
                        "tanpa memiliki Izin Tinggal yang sah",
                        "97 (sembilan puluh tujuh) hari",
                        "Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta "
                        "Nomor W30.IMI.1-GR.04.01-0117/2026 tanggal 22 November 2026",
                        "Nota Dinas Kepala Seksi Penindakan Keimigrasian",
                        "Blok B kamar 3", "Surat Keterangan Sehat", "Deteni,", "Petugas,",
                        "NIP. 19881103 201012 1 001"],
    "ba_penggeledahan": ["BERITA ACARA PENGGELEDAHAN", "13.45 WIB",
                         "ruang penggeledahan Ruang Detensi Imigrasi",
                         "penggeledahan terhadap badan, pakaian, dan barang bawaan calon Deteni",
                         "Surat Perintah Pendetensian Nomor W30.IMI.1-GR.04.02-0118/2026",
                         "Oluwaseun Chukwuemeka Adeyemi-Okafor", "Barang yang ditemukan",
                         "Paspor Nigeria Nomor A11223344", "1 buku", "Dititipkan kepada petugas",
                         "Dibawa deteni ke ruang detensi", "Hasil penggeledahan",
                         "Tidak ditemukan narkotika", "dicatat dalam Tanda Terima Keperluan "
                         "Deteni", "Yang digeledah,", "Yang menggeledah,", "Saksi-saksi:",
                         "Chinedu Emmanuel Okonkwo", "NIP/NRP. 19850312 200912 1 002"],
    "ba_pengeluaran": ["BERITA ACARA PENGELUARAN DETENI", "Kamis tanggal dua puluh enam",
                       "13.00 WIB", "Ni Luh Putu Ayu Maharani Dewi",
                       "Surat Perintah Pengeluaran Deteni Nomor W30.IMI.1-GR.04.02-0133/2026 "
                       "tanggal 25 November 2026", "Ditempatkan sejak", "22 November 2026",
                       "dalam rangka pelaksanaan Pendeportasian berdasarkan Keputusan Kepala "
                       "Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Nomor "
                       "W30.IMI.1-GR.04.01-0131/2026 tanggal 24 November 2026",
                       "dengan tujuan Tempat Pemeriksaan Imigrasi Bandar Udara Internasional "
                       "Soekarno-Hatta", "Barang milik Deteni yang dikembalikan",
                       "bercap deportasi", "Baik, segel utuh", "menerima kembali seluruh barang",
                       "NIP. 19950914 201801 2 001"],
    "sp_pendetensian": ["SURAT PERINTAH PENDETENSIAN", "Dasar",
                        "1. Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;",
                        "4. Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta "
                        "Nomor W30.IMI.1-GR.04.01-0117/2026", "MEMERINTAHKAN:", "Kepada",
                        "Nama/NIP", "Andreas Hutapea Simanjuntak", "NIP. 19850312 200912 1 002",
                        "Penata Tk. I (III/d)", "Kepala Seksi Penindakan Keimigrasian", "Untuk",
                        "1. Melaksanakan pendetensian terhadap Orang Asing tersebut di bawah ini "
                        "dan menempatkannya di Ruang Detensi Imigrasi Kantor Imigrasi Kelas I "
                        "Khusus TPI Soekarno-Hatta;", "Membuat Berita Acara Pendetensian",
                        "Identitas Orang Asing (Deteni):", "Oluwaseun Chukwuemeka Adeyemi-Okafor",
                        "Surat Perintah ini berlaku sejak tanggal 22 November 2026 sampai dengan "
                        "selesainya pelaksanaan tugas.", "Dikeluarkan di Tangerang",
                        "pada tanggal 22 November 2026",
                        "KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,",
                        "Roni Yudianto", "NIP. 19770626 199703 1 001", "Tembusan:"],
    "sp_pengeluaran": ["SURAT PERINTAH PENGELUARAN DETENI", "MEMERINTAHKAN:",
                       "W30.IMI.1-GR.04.01-0131/2026", "Ni Luh Putu Ayu Maharani Dewi",
                       "1. Mengeluarkan Deteni tersebut di bawah ini dari Ruang Detensi "
                       "Imigrasi", "3. Membuat Berita Acara Pengeluaran Deteni;",
                       "berlaku sejak tanggal 25 November 2026 sampai dengan tanggal 26 November "
                       "2026.", "pada tanggal 25 November 2026"],
    "sp_pengawalan": ["SURAT PERINTAH PENGAWALAN DETENI", "MEMERINTAHKAN:",
                      "5. Surat Perintah Pengeluaran Deteni Nomor W30.IMI.1-GR.04.02-0133/2026",
                      "3. Ni Luh Putu Ayu Maharani Dewi",
                      "diberangkatkan dengan Emirates EK357 pada hari Kamis, 26 November 2026 "
                      "pukul 17.40 WIB", "masuk ke pesawat sampai dengan pesawat lepas landas",
                      "sampai dengan tanggal 26 November 2026"],
    "surat_pengawasan_keberangkatan": [
        "Tangerang, 25 November 2026", f"Nomor : {samples.SAMPLE_NUMBER}", "Sifat : Segera",
        "Lampiran : 3 (tiga) berkas", "Permohonan bantuan pengawasan keberangkatan Deteni yang "
        "dideportasi a.n. Oluwaseun Chukwuemeka Adeyemi-Okafor",
        "Yth. Kepala Bidang Tempat Pemeriksaan Imigrasi",
        "Tempat Pemeriksaan Imigrasi Bandar Udara Internasional Soekarno-Hatta", "di tempat",
        "Keputusan Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Nomor "
        "W30.IMI.1-GR.04.01-0131/2026 tanggal 24 November 2026", "1. Identitas Deteni",
        "A11223344", "2. Rencana keberangkatan", "Emirates", "EK357",
        "Kamis, 26 November 2026 pukul 17.40 WIB", "Jakarta (CGK) - Dubai (DXB) - Lagos (LOS)",
        "Lagos, Nigeria", "176-2417733590", "3. Petugas pengawal",
        "Surat Perintah Pengawalan Deteni Nomor W30.IMI.1-GR.04.02-0134/2026 tanggal 25 "
        "November 2026", "Andreas Hutapea Simanjuntak", "NIP. 19950914 201801 2 001",
        "masuk ke alat angkut dan alat angkut berangkat",
        "KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,", "Roni Yudianto",
        "Lampiran:", "Salinan tiket Emirates EK357/EK783", "Tembusan:"],
    "tanda_terima_deteni": ["TANDA TERIMA KEPERLUAN DETENI", "dan Barang Titipan Milik Deteni",
                            "14.20 WIB", "Oluwaseun Chukwuemeka Adeyemi-Okafor",
                            "A. Keperluan Deteni yang diserahkan kepada dan diterima oleh "
                            "Deteni", "Kasur busa", "2 stel", "B. Barang berharga",
                            "RDI-SH/0457", "C. Uang milik Deteni", "Rp100.000", "Rp700.000",
                            "USD 100", "NGN 15.000", "Jumlah IDR : Rp850.000",
                            "Jumlah USD : USD 260", "Jumlah NGN : NGN 15.000",
                            "amplop tersegel Nomor segel RDI-SH/0458", "Deteni,", "Petugas,",
                            "Petugas Ruang Detensi Imigrasi", "Ni Luh Putu Ayu Maharani Dewi",
                            "NIP. 19950914 201801 2 001"],
    "sk_deportasi": ["KONSEP", "KEPUTUSAN KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI "
                     "SOEKARNO-HATTA", f"NOMOR {samples.SAMPLE_NUMBER}", "TENTANG",
                     "TINDAKAN ADMINISTRATIF KEIMIGRASIAN BERUPA PENDEPORTASIAN", "Menimbang",
                     "a. bahwa Oluwaseun Chukwuemeka Adeyemi-Okafor", "Mengingat",
                     "MEMUTUSKAN:", "Menetapkan", "KESATU : Mengenakan Tindakan Administratif "
                     "Keimigrasian berupa Pendeportasian terhadap Orang Asing karena berada di "
                     "Wilayah Indonesia", "Tempat, tanggal lahir : Lagos, 2 Mei 1988",
                     "Nomor paspor : A11223344", "KEDUA : Pendeportasian sebagaimana dimaksud "
                     "dalam Diktum KESATU dilaksanakan melalui Tempat Pemeriksaan Imigrasi "
                     "Bandar Udara Internasional Soekarno-Hatta dengan tujuan Lagos, Nigeria "
                     "paling lambat tanggal 8 Desember 2026",
                     "biaya ditanggung oleh Orang Asing yang bersangkutan dengan bantuan "
                     "Kedutaan Besar Republik Federal Nigeria",
                     "Sambil menunggu pelaksanaan Pendeportasian, Orang Asing tersebut "
                     "ditempatkan di Ruang Detensi Imigrasi",
                     "KETIGA : Mengusulkan kepada Direktur Jenderal Imigrasi",
                     "dimasukkan dalam daftar Penangkalan selama 6 (enam) bulan.",
                     "KEEMPAT : Paspor Orang Asing", "KELIMA : Keputusan ini mulai berlaku "
                     "pada tanggal ditetapkan.", "Ditetapkan di Tangerang",
                     "pada tanggal 24 November 2026", "Roni Yudianto",
                     "NIP. 19770626 199703 1 001",
                     "Kedutaan Besar Republik Federal Nigeria di Jakarta"],
    "register_deportasi": ["REGISTER DEPORTASI", "Pendeportasian Deteni pada Ruang Detensi "
                           "Imigrasi", "Kamis, 26 November 2026", "Pukul (WIB)", "08.55",
                           "Zhang Weilong", "Yekaterina Vladimirovna Sokolova-Belyaeva",
                           "Nigeria (NGA)", "A11223344", "W30.IMI.1-GR.04.01-0131/2026",
                           "Overstay lebih dari 60 hari", "EK357 Lagos, Nigeria",
                           "Dijadwalkan Usul penangkalan", "Ditunda", "Ringkasan",
                           "4 orang 2 orang 1 orang 1 orang 3 orang", "Menyetujui,",
                           "Kepala Seksi Penindakan Keimigrasian", "Yang membuat,",
                           "Tangerang, 25 November 2026", "Yohanes Bastian Manurung",
                           "NIP. 19881103 201012 1 001"],
    # --- registers of the print station and the passport section -----------------------------
    "register_dokumen": ["REGISTER DOKUMEN TERCETAK", "Hari, tanggal : Rabu, 25 November 2026",
                         "Pukul (WIB)", "07.20", "W30.IMI.1-GR.01.01-0040/2026",
                         "Surat Tanda Penerimaan", "Cap Tanda Masuk/Keluar", "X7K2J9QL4",
                         "Margaret Anne O'Sullivan-Whitfield", "Dibatalkan: Salah jumlah hari",
                         "4 dokumen", "4 kali", "1 kali", "1 dokumen", "Mengetahui,",
                         "Kepala Subbagian Tata Usaha", "Operator Cetak",
                         "Agustinus Hendrawan Purba", "NIP. 19900314 201503 1 002"],
    "register_paspor": ["REGISTER PENERBITAN PASPOR", "Rabu, 25 November 2026", "08.15",
                        "2026112501812", "Muhammad Rizky Fadhilah Nasution",
                        "Paspor biasa elektronik 10 tahun", "Penggantian hilang", "E2417734",
                        "24 November 2036", "Rp1.950.000", "Percepatan", "Belum diambil",
                        "Jumlah Rp4.900.000", "Jumlah paspor 4 buku", "Sudah diserahkan 3 buku",
                        "Empat juta sembilan ratus ribu rupiah", "Petugas Paspor",
                        "Kepala Seksi Lalu Lintas Keimigrasian"],
    # --- receipts of the permit and passport counters ----------------------------------------
    "tanda_terima_permohonan": ["TANDA TERIMA PERMOHONAN", "Lembar untuk pemohon",
                                "Lembar arsip kantor", "Rabu, 25 November 2026 pukul 09.20 WIB",
                                "Jenis layanan : Perpanjangan Izin Tinggal Terbatas (ITAS)",
                                "ITAS-SOETTA-2026-004127",
                                "Alejandro Fernández de Córdoba y Montenegro-Villanueva",
                                "Spanyol", "PAF482913", "+62 812-8765-4321", "RT 005/RW 011",
                                "PT Angkasa Teknik Dirgantara Nusantara",
                                "Paspor kebangsaan Spanyol Nomor PAF482913", "Asli", "Fotokopi",
                                "Perkiraan selesai : 2 Desember 2026",
                                "Tanda terima permohonan ini dan tanda bukti pembayaran",
                                "WhatsApp Gateway", "bukan tanda bukti pembayaran", "Pemohon,",
                                "Petugas penerima,", "Petugas Loket Pelayanan",
                                "Tangerang, 25 November 2026", "Agustina Rahmawati Lubis",
                                "NIP. 19940817 201901 2 003"],
    "tanda_terima_pembayaran": ["TANDA BUKTI PEMBAYARAN", "Penerimaan Negara Bukan Pajak",
                                "Bernadetta Maria Goretti Sekar Ayuningtyas Wibisono",
                                "PSP-SOETTA-2026-018907", "Paspor biasa baru", "1 buku",
                                "Rp950.000", "Jumlah total Rp950.000",
                                "Sembilan ratus lima puluh ribu rupiah", "82026 11250 19073",
                                "B7E40C2F19A3D865", "Bank Rakyat Indonesia (BRI), aplikasi BRImo",
                                "Rabu, 25 November 2026 pukul 09.35 WIB",
                                "Simpan tanda bukti pembayaran ini sebagai syarat pengambilan "
                                "dokumen keimigrasian.", "Tangerang, 25 November 2026",
                                "Bendahara Penerimaan", "Fransiska Romana Dwi Hastuti",
                                "NIP. 19870924 201101 2 002"],
    "tanda_terima_kompensasi": ["TANDA TERIMA PEMBERIAN KOMPENSASI ANTAR PASPOR",
                                "Rabu, 25 November 2026 pukul 14.30 WIB",
                                "Yohana Theresia Magdalena Hutabarat-Simanjuntak",
                                "PSP-SOETTA-2026-018455", "E2416981",
                                "Tanggal pembayaran : 18 November 2026",
                                "20 November 2026 (2 hari kerja setelah pembayaran)",
                                "Paspor dialokasikan : 24 November 2026", "RT 003/RW 008",
                                "Hubungan dengan pemohon : Pemohon sendiri",
                                "Kompensasi Standar Pelayanan Kantor Imigrasi Kelas I Khusus TPI "
                                "Soekarno-Hatta", "lewat dari 2 (dua) hari kerja",
                                "Yang menerima,", "Petugas pengantar,",
                                "Petugas Seksi Dokumen Perjalanan", "Rahmat Hidayatullah",
                                "NIP. 19900101 201503 1 004"],
    # --- stay permits (SOP izin tinggal, SKIM) -------------------------------------------------
    "stiker_izin_tinggal": ["REPUBLIK INDONESIA", "DIREKTORAT JENDERAL IMIGRASI",
                            "KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA",
                            "IZIN TINGGAL TERBATAS", "PERPANJANGAN KE-1", "INDEKS E31A",
                            "Nomor register : 2C21JE0873-AW",
                            "Nama : Margaret Anne O'Sullivan-Whitfield",
                            "Tanggal lahir : 14 Maret 1979", "Jenis kelamin : Perempuan",
                            "Kewarganegaraan : Australia", "Nomor paspor : PA8812345",
                            "Berlaku sejak : 23 November 2026",
                            "Berlaku s.d. : 22 November 2027",
                            "Penyatuan keluarga (istri Warga Negara Indonesia)",
                            "Penjamin : Bagus Adi Prasetyo Wibisono (suami, WNI)",
                            "RT 003/RW 005", "Tangerang, 25 November 2026",
                            "KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,",
                            "Roni Yudianto", "NIP. 19770626 199703 1 001"],
    "kartu_izin_tinggal": ["REPUBLIK INDONESIA", "KARTU IZIN TINGGAL TERBATAS",
                           "LIMITED STAY PERMIT", "INDEKS E31A",
                           "Nama : Margaret Anne O'Sullivan-Whitfield",
                           "Kewarganegaraan : Australia", "Tanggal lahir : 14 Maret 1979",
                           "Jenis kelamin : Perempuan", "Nomor paspor : PA8812345",
                           "Nomor izin tinggal : 2C21JE0873-AW",
                           "Berlaku s.d. : 22 November 2027", "RT 003/RW 005",
                           "Penjamin / Sponsor Bagus Adi Prasetyo Wibisono (suami, WNI)",
                           "Kegiatan / Activity Penyatuan keluarga (istri Warga Negara "
                           "Indonesia)", "Kantor penerbit / Issuing office Kantor Imigrasi "
                           "Kelas I Khusus TPI Soekarno-Hatta",
                           "Tanggal terbit / Date of issue 25 November 2026",
                           "Kartu ini milik Pemerintah Republik Indonesia. Bila menemukan kartu "
                           "ini harap dikembalikan ke Kantor Imigrasi terdekat."],
    "skim": ["SURAT KETERANGAN KEIMIGRASIAN", f"Nomor: {samples.SAMPLE_NUMBER}",
             "Yang bertanda tangan di bawah ini, Kepala Kantor Imigrasi Kelas I Khusus TPI "
             "Soekarno-Hatta, dengan ini menerangkan bahwa:",
             "Nama : Wilhelmina Johanna van den Berg-Hoogendijk",
             "Rotterdam, 30 September 1981", "Kewarganegaraan : Belanda", "NXR4K71P2",
             "Paspor berlaku s.d. : 3 Mei 2031", "RT 006/RW 009",
             "adalah Orang Asing pemegang Izin Tinggal Tetap Nomor 2D11JE0412-AW yang berlaku "
             "sampai dengan tanggal 13 Maret 2029",
             "1. Izin Tinggal Terbatas 2C21JE1187-AW 14 Maret 2016 13 Maret 2017",
             "5. Izin Tinggal Tetap 2D11JE0412-AW 14 Maret 2024 13 Maret 2029",
             "telah bertempat tinggal di Indonesia secara berturut-turut sejak tanggal 14 Maret "
             "2016 sampai dengan tanggal Surat Keterangan ini, atau selama 10 (sepuluh) tahun.",
             "untuk keperluan persyaratan permohonan pewarganegaraan Republik Indonesia dan "
             "berlaku sampai dengan tanggal 25 Februari 2027.", "Tangerang, 25 November 2026",
             "KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,", "Roni Yudianto",
             "NIP. 19770626 199703 1 001", "Tembusan:",
             "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Banten"],
    "surat_perintah_tugas": ["SURAT PERINTAH", f"Nomor: {samples.SAMPLE_NUMBER}", "Dasar",
                             "MEMERINTAHKAN:", "Kepada", "Rahmat Hidayatullah",
                             "NIP. 19900101 201503 1 004", "Penata Muda (III/a)",
                             "Melakukan pemeriksaan lapangan", "TEST/LADA-TUNGGU/2026/00003",
                             "Jl. Raya Serpong Km 7", "sampai dengan tanggal 30 November 2026",
                             "KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA,",
                             "Roni Yudianto", "Tembusan:"],
    "laporan_kegiatan": ["LAPORAN KEGIATAN", "Kepala Seksi Intelijen dan Penindakan",
                         "W30.IMI.1-GR.01.01-0062/2026 tanggal 28 November 2026",
                         "Minggu, 29 November 2026", "09.00 WIB", "HASIL PEMERIKSAAN",
                         "Izin Tinggal Kunjungan", "KESIMPULAN", "SARAN",
                         "Meminta keterangan mandor proyek", "Pelapor,",
                         "NIP. 19900101 201503 1 004"],
    "surat_jawaban_pengaduan": ["Tangerang, 25 November 2026", "Yth. Budi Santoso",
                                "Jl. Melati No. 5", "Aplikasi LAPOR! tanggal 23 November 2026",
                                "TEST/PENGADUAN/2026/00007", "loket tambahan dibuka",
                                "Hasil tindak lanjut: Pembinaan (coaching dan mentoring)",
                                "Hormat kami,", "Roni Yudianto",
                                "Paraf Kepala Seksi Teknologi Informasi dan Komunikasi "
                                "Keimigrasian: Bambang Sutrisno Hadiwijaya", "Tembusan:"],
    "sk_pemindahan": ["KONSEP", "TENTANG", "PEMINDAHAN DETENI DARI RUANG DETENSI IMIGRASI KE "
                      "RUMAH DETENSI IMIGRASI", "KESATU : Memindahkan Orang Asing yang "
                      "ditempatkan di Ruang Detensi Imigrasi Kantor Imigrasi Kelas I Khusus TPI "
                      "Soekarno-Hatta karena pendeportasiannya belum dapat dilaksanakan",
                      "Nomor paspor : A11223344", "KEDUA : Pemindahan sebagaimana dimaksud "
                      "dalam Diktum KESATU dilaksanakan ke Rumah Detensi Imigrasi Jakarta paling "
                      "lambat tanggal 1 Desember 2026", "KETIGA : Keputusan ini mulai berlaku",
                      "Roni Yudianto", "Kepala Rumah Detensi Imigrasi Jakarta"],
    "register_pengaduan": ["REGISTER PENGADUAN MASYARAKAT",
                           "1 November 2026 s.d. 30 November 2026", "Budi Santoso", "Anonim",
                           "Lada Tunggu", "Terlambat: 1 tahap", "Menurut saluran",
                           "Kepatuhan waktu baku per tahap", "100%",
                           "Saluran LAPOR! dan WhatsApp", "Sri Wahyuningsih", "Mengetahui,",
                           "Bambang Sutrisno Hadiwijaya"],
    "rencana_kegiatan": ["RENCANA KEGIATAN PENYELIDIKAN KEIMIGRASIAN", "Sifat : Rahasia",
                         "Laporan masyarakat Nomor TEST/C5/2026/00004", "I. SASARAN",
                         "tukang las", "II. TUJUAN", "III. CARA BERTINDAK",
                         "Pengamatan tertutup", "IV. PETUGAS PELAKSANA", "Rahmat Hidayatullah",
                         "26 November 2026 s.d. 28 November 2026", "VI. ANGGARAN",
                         "DIPA Kantor Imigrasi", "Kendaraan operasional", "Penyusun,",
                         "NIP. 19750214 199803 1 002"],
    "laporan_informasi": ["LAPORAN INFORMASI", "Keberadaan orang asing bekerja",
                          "W30.IMI.1-GR.01.01-0070/2026 tanggal 26 November 2026",
                          "Mandor proyek (informan terbuka)", "27 November 2026",
                          "ISI INFORMASI", "visa kunjungan",
                          "B2 — sumber: biasanya dapat dipercaya; informasi: kemungkinan besar "
                          "benar", "V. SARAN", "Pelapor,", "NIP. 19900101 201503 1 004"],
}


@pytest.mark.parametrize("code", sorted(KEY_FIELDS))
def test_template_renders_its_key_fields(render, code):
    document = render(code)
    text = text_of(document)
    missing = [field for field in KEY_FIELDS[code] if field not in text]
    assert missing == []
    assert samples.SAMPLE_NUMBER in text
    assert document.code == code
    assert document.title == registry.get_template(code).title
    assert document.number == samples.SAMPLE_NUMBER
    assert document.sha256 == hashlib.sha256(document.pdf).hexdigest()
    assert document.page_count == len(reader(document).pages)


@pytest.mark.parametrize("code", OFFICE_LETTERS)
def test_letters_carry_the_office_letterhead(render, office, code):
    first_page = page_texts(render(code))[0]
    for line in (office.ministry, office.directorate_general, office.regional_office,
                 office.name):
        assert line.upper() in first_page
    assert office.address in first_page
    assert office.phone in first_page
    assert office.email in first_page


def test_stp_is_one_pdf_with_a_copy_for_the_owner_and_one_for_the_agency(render):
    document = render("stp")
    owner, agency = page_texts(document)
    assert document.page_count == 2
    assert "Lembar untuk pemilik" in owner and "Lembar untuk instansi peminta" not in owner
    assert "Lembar untuk instansi peminta" in agency and "Lembar untuk pemilik" not in agency
    for page in (owner, agency):
        assert "E1234567" in page and samples.SAMPLE_NUMBER in page


def test_stp_copies_stay_one_page_each_with_the_longest_data(render):
    document = render("stp", {"reason": "Alasan penahanan yang panjang sekali. " * 15,
                              "other_items": ["Boarding pass dan dokumen pendukung lain"] * 6,
                              "holder_name": "Nama Sangat Panjang " * 5})
    assert document.page_count == 2


def test_fonts_are_embedded_in_every_document(render):
    for code in KEY_FIELDS:
        for page in reader(render(code)).pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts, code
            for font in fonts.values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, (code, font["/BaseFont"])
                assert "DejaVuSans" in font["/BaseFont"]


@pytest.mark.parametrize(("code", "size_mm"), [
    ("laporan_kejadian", (215, 330)),
    ("nota_dinas", (215, 330)),
    ("bast", (215, 330)),
    ("bap", (215, 330)),
    ("ba_pendapat", (215, 330)),
    ("surat_keputusan", (215, 330)),
    ("rekap_overstay", (297, 210)),
    ("ba_pendetensian", (215, 330)),
    ("ba_penggeledahan", (215, 330)),
    ("ba_pengeluaran", (215, 330)),
    ("sp_pendetensian", (215, 330)),
    ("sp_pengeluaran", (215, 330)),
    ("sp_pengawalan", (215, 330)),
    ("surat_pengawasan_keberangkatan", (215, 330)),
    ("sk_deportasi", (215, 330)),
    ("sk_pemindahan", (215, 330)),
    ("tanda_terima_deteni", (210, 297)),
    ("register_deportasi", (297, 210)),
    ("register_dokumen", (297, 210)),
    ("register_paspor", (297, 210)),
    ("tanda_terima_permohonan", (210, 297)),
    ("tanda_terima_pembayaran", (210, 297)),
    ("tanda_terima_kompensasi", (210, 297)),
    ("stp", (210, 297)),
    ("stamp", (80, 50)),
    ("stiker_izin_tinggal", (120, 80)),
    ("kartu_izin_tinggal", (85.6, 53.98)),
    ("skim", (215, 330)),
])
def test_page_size(render, code, size_mm):
    for page in reader(render(code)).pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(size_mm[0] * mm, abs=0.01)
        assert float(box.height) == pytest.approx(size_mm[1] * mm, abs=0.01)


def test_f4_is_215_by_330_mm_in_points(render):
    box = reader(render("laporan_kejadian")).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == (609.45, 935.43)


def test_times_follow_the_office_zone(render, office):
    bali = office.__class__(**{**office.__dict__, "timezone": "Asia/Makassar"})
    text = text_of(render("stp", office=bali))
    assert "pukul 11.00 WITA" in text


def test_same_input_gives_the_same_bytes_and_a_new_number_a_new_hash(render):
    first, again = render("stp"), render("stp")
    other = render("stp", number="W30.IMI.1-GR.01.01-0043/2026")
    assert first.sha256 == again.sha256
    assert other.sha256 != first.sha256


def test_text_with_markup_characters_prints_as_written(render):
    text = text_of(render("billing_slip", {"payer_name": "O'Brien & <Sons> Pty"}))
    assert "O'Brien & <Sons> Pty" in text


def test_a_letter_renders_for_an_office_with_only_a_name(render, bare_office):
    document = render("laporan_kejadian", office=bare_office)
    assert bare_office.name.upper() in page_texts(document)[0]
    assert "25 November 2026" in text_of(document)


def test_long_letters_flow_over_pages_with_the_number_on_each(render):
    body = "\n\n".join(["Paragraf isi nota dinas yang panjang untuk mengisi halaman. " * 8] * 14)
    pages = page_texts(render("nota_dinas", {"body": body}))
    assert len(pages) >= 2
    assert all(samples.SAMPLE_NUMBER in page for page in pages)
    assert "Halaman 2" in pages[1]


def test_exit_stamp(render):
    # 17.30 UTC on 31 December is already New Year's Day at the checkpoint (WIB).
    text = text_of(render("stamp", {"direction": "KELUAR", "flight": None, "stamp_number": None,
                                    "stamped_at": datetime(2026, 12, 31, 17, 30, tzinfo=UTC)}))
    assert "KELUAR" in text and "1 Januari 2027" in text
    assert "Penerbangan" not in text and "Cap:" not in text


def test_the_logo_is_printed_when_given(render):
    image = io.BytesIO()
    Image.new("RGB", (64, 64), (0, 70, 140)).save(image, format="PNG")
    document = render("nota_dinas", logo=image.getvalue())
    resources = reader(document).pages[0]["/Resources"]
    assert any(x.get_object()["/Subtype"] == "/Image"
               for x in resources["/XObject"].values())


def test_qr_payload_is_the_number_and_the_verify_url():
    assert qr_payload("A/1") == "A/1"
    assert qr_payload("A/1", "https://x.example/v/1") == "A/1\nhttps://x.example/v/1"


@pytest.mark.parametrize(("code", "page"), [("laporan_kejadian", 1), ("stamp", 1),
                                            ("stiker_izin_tinggal", 1),
                                            # The card carries its QR code on the back.
                                            ("kartu_izin_tinggal", 2)])
def test_the_printed_qr_code_reads_back_as_its_payload(render, tmp_path, code, page):
    assert qr_codes(render(code).pdf, tmp_path, page) == [
        qr_payload(samples.SAMPLE_NUMBER, samples.VERIFY_URL)]


def test_the_pdf_text_is_also_readable_with_pdftotext(render):
    document = render("stp")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=document.pdf,
                          capture_output=True, check=True).stdout.decode()
    assert "SURAT TANDA PENERIMAAN" in text and "Lembar untuk pemilik" in text


def test_pdf_metadata_names_the_document_office_and_issue_time(render, office):
    metadata = reader(render("stp")).metadata
    assert metadata.title == f"Surat Tanda Penerimaan {samples.SAMPLE_NUMBER}"
    assert metadata.author == office.name
    assert metadata["/CreationDate"] == "D:20261125030000+00'00'"


def test_bap_with_an_interpreter_names_the_language_and_has_the_interpreter_sign(render):
    text = text_of(render("bap", {"interpreter_name": "Ahmad Fauzi Al-Hasan",
                                  "interpreter_language": "Arab"}))
    assert "bantuan juru bahasa Ahmad Fauzi Al-Hasan dalam bahasa Arab" in text
    assert "Juru bahasa," in text
    assert "juru bahasa" not in text_of(render("bap"))


def test_ba_pendapat_by_one_official_speaks_as_saya(render):
    text = text_of(render("ba_pendapat", {"members": []}))
    assert "bertempat di Ruang Kepala Seksi Pemeriksaan, Terminal 3 Bandara Soekarno-Hatta, saya:" \
        in text
    assert "1. Nama" not in text and "Dewi Lestari Pangaribuan" not in text


def test_ba_pendapat_signed_by_four_officials(render):
    members = [{"name": f"Pejabat {n}", "nip": f"19800101200501100{n}", "position": "Kasubsi"}
               for n in range(1, 4)]
    text = text_of(render("ba_pendapat", {"members": members}))
    assert "4. Nama" in text
    assert all(f"Pejabat {n}" in text for n in range(1, 4))


def test_surat_keputusan_prints_another_position_as_given_and_its_own_date(render):
    text = text_of(render("surat_keputusan", {
        "head_position": "Plh. Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta",
        "set_on": "2026-11-26", "place": "Tangerang", "decisions": [],
        "considerations": ["bahwa perlu menetapkan keputusan;"], "billing_code": None}))
    assert "PLH. KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA," in text
    assert "pada tanggal 26 November 2026" in text
    # A single consideration carries no letter; without extra dictums KETIGA takes effect.
    assert "Menimbang : bahwa perlu menetapkan keputusan;" in text
    assert "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan." in text
    assert "KEEMPAT" not in text
    assert "kode billing SIMPONI yang diterbitkan oleh Kantor Imigrasi" in text


def test_rekap_computes_the_totals_when_not_given(render):
    text = text_of(render("rekap_overstay", {"total_count": None, "total_days": None,
                                             "total_billed": None, "total_paid": None}))
    assert "Rp57.000.000" in text and "Rp30.000.000 (5 orang)" in text


def test_rekap_of_a_day_without_overstay_says_nihil(render):
    text = text_of(render("rekap_overstay", {"entries": [], "total_count": 0, "total_days": 0,
                                             "total_billed": 0, "total_paid": 0,
                                             "approver_name": None, "approver_nip": None}))
    assert "(nihil)" in text and "0 orang" in text and "Mengetahui" not in text


def test_rekap_row_from_another_day_shows_its_date(render):
    entries = samples.sample_data("rekap_overstay")["entries"]
    # 16.50 UTC on 24 November is 23.50 WIB that day.
    entries[0]["billed_at"] = datetime(2026, 11, 24, 16, 50, tzinfo=UTC)
    text = text_of(render("rekap_overstay", {"entries": entries}))
    assert "23.50 (24/11)" in text


def test_a_long_rekap_flows_over_pages_repeating_its_header(render):
    entries = samples.sample_data("rekap_overstay")["entries"] * 10
    document = render("rekap_overstay", {"entries": entries, "total_count": None,
                                         "total_days": None, "total_billed": None,
                                         "total_paid": None})
    pages = page_texts(document)
    assert len(pages) >= 3
    assert all("Kode billing / NTPN" in page for page in pages[:2])
    assert "Rp570.000.000" in text_of(document)


# --- detention and deportation ---------------------------------------------------------------

def test_the_three_orders_share_one_layout_with_their_own_title_and_default_tasks(render):
    texts = {code: text_of(render(code, {"tasks": []}))
             for code in ("sp_pendetensian", "sp_pengeluaran", "sp_pengawalan")}
    assert "SURAT PERINTAH PENDETENSIAN" in texts["sp_pendetensian"]
    assert "Membuat Berita Acara Pendetensian dan Tanda Terima Keperluan Deteni;" \
        in texts["sp_pendetensian"]
    assert "Membuat Berita Acara Pengeluaran Deteni;" in texts["sp_pengeluaran"]
    assert "1. Melakukan pengawalan terhadap Deteni tersebut di bawah ini dari Ruang Detensi " \
           "Imigrasi Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta sampai dengan Tempat " \
           "Pemeriksaan Imigrasi keberangkatan" in texts["sp_pengawalan"]
    for text in texts.values():
        assert "MEMERINTAHKAN:" in text and "Dikeluarkan di Tangerang" in text
    # The caller's tasks replace the defaults, as given (braces included).
    text = text_of(render("sp_pendetensian", {"tasks": ["Tugas khusus {room} saja."]}))
    assert "Untuk : Tugas khusus {room} saja." in text
    assert "Membuat Berita Acara Pendetensian" not in text


def test_an_order_without_dates_runs_from_its_issue_day_until_the_task_is_done(render):
    text = text_of(render("sp_pengeluaran", {"valid_until": None}))
    assert "berlaku sejak tanggal 25 November 2026 sampai dengan selesainya pelaksanaan " \
           "tugas." in text


def test_a_head_of_office_stand_in_signs_under_their_own_position(render):
    text = text_of(render("sp_pendetensian", {
        "head_position": "Plh. Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta"}))
    assert "PLH. KEPALA KANTOR IMIGRASI KELAS I KHUSUS TPI SOEKARNO-HATTA," in text


def test_sk_deportasi_without_a_ban_or_detention_numbers_its_dictums_on(render):
    text = text_of(render("sk_deportasi", {"propose_ban": False, "ban_period": None,
                                           "in_detention": False, "decisions": [],
                                           "draft": False}))
    assert "Penangkalan selama" not in text and "Sambil menunggu" not in text
    assert "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan." in text
    assert "KEEMPAT" not in text and "KONSEP" not in text


def test_sk_deportasi_ban_without_a_period_leaves_it_to_the_director_general(render):
    text = text_of(render("sk_deportasi", {"ban_period": None}))
    assert "dimasukkan dalam daftar Penangkalan. " in text


def test_a_detainee_without_a_travel_document(render):
    text = text_of(render("ba_pendetensian", {"detainee_passport_number": None,
                                              "ground": "tanpa_dokumen_perjalanan"}))
    assert "Nomor paspor : Tidak ada" in text
    assert "Pasal 83 ayat (1) huruf b" in text


def test_ba_pendetensian_by_one_officer_speaks_as_saya(render):
    officers = samples.sample_data("ba_pendetensian")["officers"][:1]
    text = text_of(render("ba_pendetensian", {"officers": officers}))
    assert "saya yang bertanda tangan di bawah ini: Nama" in text and "1. Nama" not in text


def test_a_search_that_finds_nothing(render):
    text = text_of(render("ba_penggeledahan", {"items": []}))
    assert "tidak ditemukan barang apa pun" in text
    assert "Tanda Terima Keperluan Deteni" not in text


def test_a_released_detainee_with_nothing_kept(render):
    text = text_of(render("ba_pengeluaran", {"reason": "pembebasan", "destination": None,
                                             "belongings": []}))
    assert "dalam rangka pembebasan Deteni dari pendetensian berdasarkan Keputusan" in text
    assert "Tidak terdapat barang milik Deteni yang dititipkan" in text


def test_a_transferred_detainee_is_handed_over_with_the_belongings_to_the_rudenim(render):
    receiver = {"name": "Stefanus Lumban Gaol", "nip": "198704152008011002", "rank": None,
                "position": "Petugas Registrasi Rudenim Jakarta"}
    text = text_of(render("ba_pengeluaran", {
        "reason": "pemindahan", "destination": "Rumah Detensi Imigrasi Jakarta",
        "receivers": [receiver]}))
    assert "dalam rangka pemindahan Deteni ke Rumah Detensi Imigrasi" in text
    assert "Deteni beserta barang miliknya diserahkan kepada petugas Rumah Detensi Imigrasi " \
           "Jakarta" in text
    assert "Barang milik Deteni yang diserahkan bersama Deteni" in text
    assert "Petugas penerima menyatakan telah menerima Deteni" in text
    assert "menerima kembali" not in text
    assert "Yang menerima," in text and "Yang menyerahkan," in text
    assert text.count("Stefanus Lumban Gaol") == 2  # named as receiver, and signs


def test_the_receipt_computes_cash_totals_per_currency(render):
    cash = [{"currency": "USD", "denomination": 50, "count": 3},
            {"currency": "IDR", "denomination": 2_000, "count": 4},
            {"currency": "USD", "denomination": 1, "count": 7}]
    text = text_of(render("tanda_terima_deteni", {"cash": cash, "cash_totals": []}))
    assert "Jumlah USD : USD 157" in text and "Jumlah IDR : Rp8.000" in text


def test_a_receipt_for_supplies_only(render):
    text = text_of(render("tanda_terima_deteni", {"valuables": [], "cash": [],
                                                  "cash_totals": [], "cash_seal_number": None}))
    assert "A. Keperluan Deteni" in text
    assert "B. Barang berharga" not in text and "Uang milik" not in text
    assert "Barang dan uang titipan" not in text


def test_register_deportasi_of_a_day_without_deportations_says_nihil(render):
    text = text_of(render("register_deportasi", {
        "entries": [], "total_count": 0, "total_carried_out": 0, "total_ban_proposals": 0,
        "approver_name": None, "approver_nip": None}))
    assert "(nihil)" in text and "0 orang" in text and "Menyetujui" not in text


def test_register_deportasi_shows_the_date_of_a_departure_on_another_day(render):
    entries = samples.sample_data("register_deportasi")["entries"]
    # 17.30 UTC on 26 November is 00.30 WIB on the 27th.
    entries[3]["departure_at"] = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)
    assert "00.30 (27/11)" in text_of(render("register_deportasi", {"entries": entries}))


# --- receipts of the permit and passport counters ------------------------------------------------

def test_application_receipt_is_one_pdf_with_a_copy_for_the_applicant_and_one_for_the_office(
        render):
    document = render("tanda_terima_permohonan")
    applicant, office = page_texts(document)
    assert document.page_count == 2
    assert "Lembar untuk pemohon" in applicant and "Lembar arsip kantor" not in applicant
    assert "Lembar arsip kantor" in office and "Lembar untuk pemohon" not in office
    for page in (applicant, office):
        assert "ITAS-SOETTA-2026-004127" in page and samples.SAMPLE_NUMBER in page


def test_application_receipt_copies_stay_one_page_each_with_the_longest_data(render):
    documents = [{"name": "Dokumen persyaratan dengan nama yang panjang sekali " * 2,
                  "form": "Fotokopi", "count": 99}] * 15
    document = render("tanda_terima_permohonan", {
        "applicant_name": "Nama Pemohon Yang Sangat Panjang " * 3,
        "applicant_address": "Jl. Kaliurang Km 7,5 Gg. Melati No. 12 RT 005/RW 011 " * 4,
        "sponsor": "PT Penjamin Dengan Nama Yang Panjang " * 5, "documents": documents,
        "pickup_requirements": "Tanda terima, tanda bukti bayar, dan surat kuasa. " * 6,
        "tracking_note": "Pantau melalui WhatsApp Gateway dengan nomor permohonan. " * 5})
    assert document.page_count == 2


def test_application_receipt_without_the_optional_fields(render):
    text = text_of(render("tanda_terima_permohonan", {
        "applicant_address": None, "sponsor": None, "expected_on": None,
        "pickup_requirements": None, "tracking_note": None}))
    assert "Penjamin" not in text and "Perkiraan selesai" not in text
    assert "Pemantauan permohonan" not in text
    assert "Dibawa saat pengambilan : Tanda terima permohonan ini dan tanda bukti pembayaran" \
        in text


def test_compensation_receipt_delivered_to_a_relative(render):
    text = text_of(render("tanda_terima_kompensasi", {
        "recipient_name": "Martha Br. Simanjuntak", "recipient_relation": "Ibu kandung pemohon"}))
    assert "Diterima oleh : Martha Br. Simanjuntak" in text
    assert "Ibu kandung pemohon" in text and "Pemohon sendiri" not in text


# --- stay permits (SOP izin tinggal, SKIM) -----------------------------------------------------

def _images(page) -> list:
    """The image XObjects drawn on a PDF page."""
    objects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in objects.values()
            if x.get_object()["/Subtype"] == "/Image"]


def test_the_card_has_a_front_and_a_back_carrying_its_number(render):
    document = render("kartu_izin_tinggal")
    front, back = page_texts(document)
    assert document.page_count == 2
    assert "Margaret Anne O'Sullivan-Whitfield" in front and "Kartu ini milik" not in front
    assert "Kartu ini milik Pemerintah Republik Indonesia" in back
    assert "Margaret" not in back
    for page in (front, back):
        assert f"No. kartu {samples.SAMPLE_NUMBER}" in page


def test_the_card_embeds_the_photo_when_given_and_a_foto_box_when_not(render):
    document = render("kartu_izin_tinggal")
    front = reader(document).pages[0]
    assert len(_images(front)) == 1
    assert "FOTO" not in page_texts(document)[0]
    jpeg = io.BytesIO()
    Image.new("RGB", (120, 150), (200, 40, 40)).save(jpeg, format="JPEG")
    front = reader(render("kartu_izin_tinggal", {"photo": jpeg.getvalue()})).pages[0]
    (image,) = _images(front)
    assert "/DCTDecode" in image["/Filter"]  # the JPEG is embedded as it is
    document = render("kartu_izin_tinggal", {"photo": None})
    assert _images(reader(document).pages[0]) == []
    assert "FOTO" in page_texts(document)[0]


def test_the_itap_card_is_titled_as_such(render):
    text = text_of(render("kartu_izin_tinggal", {"permit_kind": "ITAP", "sponsor": None}))
    assert "KARTU IZIN TINGGAL TETAP" in text and "PERMANENT STAY PERMIT" in text
    assert "TERBATAS" not in text and "Penjamin" not in text


def test_a_granted_sticker_without_sponsor_or_address(render):
    text = text_of(render("stiker_izin_tinggal", {
        "permit_kind": "ITK", "activity": "Pemberian", "extension_count": None,
        "permit_index": "C1", "sponsor": None, "address": None,
        "signer_position": "Kepala Seksi Izin Tinggal Keimigrasian"}))
    assert "IZIN TINGGAL KUNJUNGAN" in text and "PEMBERIAN" in text and "INDEKS C1" in text
    assert "Penjamin" not in text and "Alamat" not in text and "PERPANJANGAN" not in text
    assert "KEPALA SEKSI IZIN TINGGAL KEIMIGRASIAN," in text


def test_permit_papers_fit_the_longest_data_on_their_pages(render):
    name = "Maximiliana Alexandra Christophine Freiin von Hohenzollern-Sigmaringen Whitfield"
    address = ("Apartemen Taman Anggrek Residences Tower B Lantai 27 Unit 2708, Jl. Letjen S. "
               "Parman Kav. 21 RT 012/RW 001, Kel. Tanjung Duren Selatan, Jakarta Barat")
    long = {"holder_name": name, "address": address, "sponsor": "PT Nusantara Jaya " * 5,
            "purpose": ("Bekerja sebagai tenaga ahli konsultan teknik sipil " * 2)[:100]}
    for code, pages in (("stiker_izin_tinggal", 1), ("kartu_izin_tinggal", 2)):
        document = render(code, long)
        assert document.page_count == pages
        assert name in text_of(document)


def test_skim_counts_full_years_of_residence_up_to_the_issue_day(render):
    # Issued on 25 November 2026: a day short of five years since 26 November 2021.
    text = text_of(render("skim", {"resident_since": "2021-11-26",
                                   "certificate_valid_until": None, "copy_to": []}))
    assert "sejak tanggal 26 November 2021" in text and "selama 4 (empat) tahun." in text
    assert "untuk keperluan persyaratan permohonan pewarganegaraan Republik Indonesia." in text
    assert "Tembusan" not in text
