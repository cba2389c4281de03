<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminScreen</name>
    <message>
        <source>&amp;Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;erangkat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Batasi &amp;tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;indakan (awalan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terapkan saring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periksa &amp;rantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rantai utuh: {count} kejadian diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rantai RUSAK pada kejadian no. {seq}. Laporkan ke Admin TIK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ini masuk pertama atau kata sandi Anda baru diatur ulang. Buat kata sandi baru sebelum melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal 8 karakter, berisi huruf dan angka, tidak memuat nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Terjadi kesalahan tak terduga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gapura menemui kesalahan yang tidak terduga. Pekerjaan yang terbuka tetap ada; simpan lalu lanjutkan. Jika terulang, laporkan kode insiden ini ke Admin TIK:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak ada aktivitas. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gapura — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;eluar akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buka {screen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Menu navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tentang Gapura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentang Gapura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gapura {version}
Aplikasi workstation kantor imigrasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna: {name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi: luring (server belum diatur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinkronisasi: belum tersambung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat: memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat: {ready}/{total} siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi telah diganti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordNotice</name>
    <message>
        <source>Kata sandi sekali pakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serahkan kata sandi ini kepada {name}. Kata sandi hanya ditampilkan sekali dan wajib diganti saat masuk pertama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Layar ini belum tersedia pada versi Gapura ini. Fiturnya sedang dikembangkan; tidak ada data yang ditampilkan di sini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perintah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Gapura — Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masuk ke Gapura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor: {office} · Workstation: {workstation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Pengguna baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur &amp;peran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan/Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur &amp;ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pernah dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wajib ganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih pengguna di tabel terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonaktifkan akun {username}? Pengguna itu tidak dapat masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktifkan kembali akun {username}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {username}? Kata sandi lama tidak berlaku lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gapura</name>
    <message>
        <source>Kata sandi minimal {length} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi harus berisi huruf dan angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas Konter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas Loket Izin Tinggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas Paspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas Inteldakim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala Seksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kepala Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petugas Pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin TIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berkas konfigurasi tidak valid: {where}, kunci &apos;{key}&apos;: {why}. Perbaiki berkas itu lalu jalankan Gapura lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder {home} bukan ruang kerja demo Gapura. Data demo tidak ditulis ke sana; pilih folder lain lewat GAPURA_HOME atau kosongkan folder itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terjadi kesalahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gapura sudah berjalan untuk data ini. Gunakan jendela yang sudah terbuka, atau tutup aplikasi itu terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan tindakan ini ({permission}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun {username} dinonaktifkan. Hubungi Admin TIK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akun {username} dikunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul {until}, atau minta Admin TIK mengatur ulang kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peran tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu peran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna harus 3-64 karakter: huruf kecil, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, diawali huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kantor {office} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pengguna {who} tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {path} tidak dapat dibaca. Hubungi Admin TIK; cadangan ada di {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis data {path} dibuat oleh versi Gapura yang lebih baru (skema {revision}). Pasang versi Gapura terbaru; data tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembaca paspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat tidak merespons. Cabut lalu pasang kembali kabelnya, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembaca paspor tidak merespons. Letakkan halaman data paspor pada kaca pembaca lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamera tidak merespons. Tutup aplikasi lain yang memakai kamera, lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai sidik jari tidak merespons. Pastikan layanan pemindai berjalan, lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak merespons. Pastikan printer menyala dan tidak sedang error (kertas macet, kertas habis), lalu cetak ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai barcode tidak merespons. Cabut lalu pasang kembali kabel USB-nya, lalu pindai ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perangkat tidak terhubung. Periksa kabelnya lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pembaca paspor tidak terhubung. Periksa kabel USB lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kamera tidak terhubung. Periksa kabel USB kamera lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai sidik jari tidak terhubung. Periksa kabel USB pemindai lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer tidak terhubung. Periksa kabel dan pastikan printer menyala, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pemindai barcode tidak terhubung. Periksa kabel USB lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hasil perangkat kurang baik. Ulangi pengambilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ paspor tidak terbaca dengan benar. Bersihkan kaca pembaca, letakkan halaman data paspor rata, lalu pindai ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foto wajah kurang baik ({reasons}). Perbaiki pencahayaan, minta pemohon diam menghadap kamera, lalu ambil ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kualitas sidik jari terlalu rendah: {fingers} (nilai {quality}, minimal {minimum}). Bersihkan jari dan kaca pemindai, lalu ulangi perekaman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode tidak terbaca. Ratakan kertasnya, arahkan pemindai tegak lurus ke kode, lalu pindai ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ibu jari kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telunjuk kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jari tengah kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jari manis kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kelingking kanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ibu jari kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telunjuk kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jari tengah kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jari manis kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kelingking kiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ terbaca dan semua digit pemeriksanya cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ terbaca tetapi digit pemeriksanya tidak cocok. Bersihkan kaca pembaca lalu uji lagi dengan paspor yang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siap digunakan (simulator).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Tidak berhasil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Konfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
