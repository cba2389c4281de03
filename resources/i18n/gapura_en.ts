<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AdminScreen</name>
    <message>
        <source>&amp;Pengguna</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Log audit</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>P&amp;erangkat</source>
        <translation>&amp;Devices</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Batasi ta&amp;nggal</source>
        <translation>&amp;Limit dates</translation>
    </message>
    <message>
        <source>Peng&amp;guna</source>
        <translation>U&amp;ser</translation>
    </message>
    <message>
        <source>T&amp;indakan (awalan)</source>
        <translation>A&amp;ction (prefix)</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Terapkan saring</source>
        <translation>A&amp;pply filter</translation>
    </message>
    <message>
        <source>Periksa &amp;rantai</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Rantai utuh: {count} kejadian diperiksa.</source>
        <translation>Chain intact: {count} events checked.</translation>
    </message>
    <message>
        <source>Rantai RUSAK pada kejadian no. {seq}. Laporkan ke Admin TIK.</source>
        <translation>Chain BROKEN at event no. {seq}. Report this to the IT admin.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Ini masuk pertama atau kata sandi Anda baru diatur ulang. Buat kata sandi baru sebelum melanjutkan.</source>
        <translation>This is your first sign-in or your password has just been reset. Create a new password before you continue.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;lama</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Minimal {length} karakter, berisi huruf dan angka, tidak memuat nama pengguna.</source>
        <translation>At least {length} characters, with letters and digits, not containing the username.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition do not match.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Uji perangkat</source>
        <translation>&amp;Test device</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Tidak terhubung</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Gangguan</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Pilih perangkat di tabel terlebih dahulu.</source>
        <translation>Select a device in the table first.</translation>
    </message>
    <message>
        <source>Menguji…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Berhasil: {summary}</source>
        <translation>Passed: {summary}</translation>
    </message>
    <message>
        <source>Gagal: {summary}</source>
        <translation>Failed: {summary}</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Terjadi kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Gapura menemui kesalahan yang tidak terduga. Pekerjaan yang terbuka tetap ada; simpan lalu lanjutkan. Jika terulang, laporkan kode insiden ini ke Admin TIK:</source>
        <translation>Gapura ran into an unexpected error. Your open work is still there; save it, then carry on. If this happens again, report this incident code to the IT admin:</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak ada aktivitas. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>The screen was locked because of inactivity. Enter the password of {name} to continue.</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gapura — {office}</source>
        <translation>Gapura — {office}</translation>
    </message>
    <message>
        <source>&amp;Sesi</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>K&amp;eluar akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Buka {screen}</source>
        <translation>Open {screen}</translation>
    </message>
    <message>
        <source>&amp;Menu navigasi</source>
        <translation>&amp;Navigation menu</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tentang Gapura</source>
        <translation>&amp;About Gapura</translation>
    </message>
    <message>
        <source>Tentang Gapura</source>
        <translation>About Gapura</translation>
    </message>
    <message>
        <source>Gapura {version}
Aplikasi workstation kantor imigrasi.</source>
        <translation>Gapura {version}
Immigration office workstation application.</translation>
    </message>
    <message>
        <source>Pengguna: {name} ({roles})</source>
        <translation>User: {name} ({roles})</translation>
    </message>
    <message>
        <source>Kantor: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <source>Workstation: {id}</source>
        <translation>Workstation: {id}</translation>
    </message>
    <message>
        <source>Sinkronisasi: luring (server belum diatur)</source>
        <translation>Sync: offline (no server configured)</translation>
    </message>
    <message>
        <source>Sinkronisasi: belum tersambung</source>
        <translation>Sync: not connected yet</translation>
    </message>
    <message>
        <source>Perangkat: memeriksa…</source>
        <translation>Devices: checking…</translation>
    </message>
    <message>
        <source>Perangkat: {ready}/{total} siap</source>
        <translation>Devices: {ready}/{total} ready</translation>
    </message>
    <message>
        <source>Kata sandi telah diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>PasswordNotice</name>
    <message>
        <source>Kata sandi sekali pakai</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Serahkan kata sandi ini kepada {name}. Kata sandi hanya ditampilkan sekali dan wajib diganti saat masuk pertama.</source>
        <translation>Hand this password to {name}. It is shown only once and must be changed at the first sign-in.</translation>
    </message>
    <message>
        <source>&amp;Sudah dicatat</source>
        <translation>&amp;Noted</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Layar ini belum tersedia pada versi Gapura ini. Fiturnya sedang dikembangkan; tidak ada data yang ditampilkan di sini.</source>
        <translation>This screen is not available yet in this version of Gapura. The feature is under development; no data is shown here.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Gapura — Masuk</source>
        <translation>Gapura — Sign in</translation>
    </message>
    <message>
        <source>Masuk ke Gapura</source>
        <translation>Sign in to Gapura</translation>
    </message>
    <message>
        <source>Kantor: {office} · Workstation: {workstation}</source>
        <translation>Office: {office} · Workstation: {workstation}</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Belum ada akun di workstation ini. Admin TIK membuat akun pertama dengan perintah: gapura user add NAMA --name &quot;Nama Lengkap&quot; --role admin</source>
        <translation>There is no account on this workstation yet. The IT admin creates the first one with the command: gapura user add NAME --name &quot;Full Name&quot; --role admin</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Peran {username}</source>
        <translation>Roles of {username}</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>NI&amp;P</source>
        <translation>NI&amp;P</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Atur pe&amp;ran…</source>
        <translation>Set &amp;roles…</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan/Aktifkan</source>
        <translation>Disable/&amp;Enable</translation>
    </message>
    <message>
        <source>Atur &amp;ulang kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Wajib ganti kata sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pilih pengguna di tabel terlebih dahulu.</source>
        <translation>Select a user in the table first.</translation>
    </message>
    <message>
        <source>Nonaktifkan akun {username}? Pengguna itu tidak dapat masuk lagi.</source>
        <translation>Disable the account {username}? That user will no longer be able to sign in.</translation>
    </message>
    <message>
        <source>Aktifkan kembali akun {username}?</source>
        <translation>Re-enable the account {username}?</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {username}? Kata sandi lama tidak berlaku lagi.</source>
        <translation>Reset the password of {username}? The old password will stop working.</translation>
    </message>
</context>
<context>
    <name>gapura</name>
    <message>
        <source>Kata sandi minimal {length} karakter.</source>
        <translation>The password must be at least {length} characters long.</translation>
    </message>
    <message>
        <source>Kata sandi harus berisi huruf dan angka.</source>
        <translation>The password must contain both letters and digits.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <source>Petugas Konter</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Petugas Loket Izin Tinggal</source>
        <translation>Stay-permit officer</translation>
    </message>
    <message>
        <source>Petugas Paspor</source>
        <translation>Passport officer</translation>
    </message>
    <message>
        <source>Operator Cetak</source>
        <translation>Print operator</translation>
    </message>
    <message>
        <source>Petugas Inteldakim</source>
        <translation>Intelligence and enforcement officer</translation>
    </message>
    <message>
        <source>Kepala Seksi</source>
        <translation>Section head</translation>
    </message>
    <message>
        <source>Kepala Kantor</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Petugas Pengaduan</source>
        <translation>Complaints officer</translation>
    </message>
    <message>
        <source>Admin TIK</source>
        <translation>IT admin</translation>
    </message>
    <message>
        <source>Akun Anda belum memiliki peran. Minta Admin TIK memberikan peran, lalu masuk kembali.</source>
        <translation>Your account has no role yet. Ask the IT admin to assign you a role, then sign in again.</translation>
    </message>
    <message>
        <source>Berkas konfigurasi tidak valid: {where}, kunci &apos;{key}&apos;: {why}. Perbaiki berkas itu lalu jalankan Gapura lagi.</source>
        <translation>Invalid configuration file: {where}, key &apos;{key}&apos;: {why}. Fix that file, then start Gapura again.</translation>
    </message>
    <message>
        <source>Folder {home} bukan ruang kerja demo Gapura. Data demo tidak ditulis ke sana; pilih folder lain lewat GAPURA_HOME atau kosongkan folder itu.</source>
        <translation>The folder {home} is not a Gapura demo workspace. No demo data was written there; choose another folder with GAPURA_HOME or empty that folder.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <source>Gapura sudah berjalan untuk data ini. Gunakan jendela yang sudah terbuka, atau tutup aplikasi itu terlebih dahulu.</source>
        <translation>Gapura is already running for this data. Use the window that is already open, or close that instance first.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan tindakan ini ({permission}). Minta Admin TIK menambahkan peran yang sesuai bila tugas Anda memerlukannya.</source>
        <translation>You are not authorised to do this ({permission}). Ask the IT admin to add the matching role if your duties require it.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Sisa percobaan: {remaining}.</source>
        <translation>Wrong username or password. Attempts left: {remaining}.</translation>
    </message>
    <message>
        <source>Akun {username} dinonaktifkan. Hubungi Admin TIK.</source>
        <translation>The account {username} is disabled. Contact the IT admin.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Akun {username} dikunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul {until}, atau minta Admin TIK mengatur ulang kata sandi.</source>
        <translation>The account {username} is locked after too many failed attempts. Try again after {until}, or ask the IT admin to reset the password.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal. Pilih dari daftar peran: {roles}.</source>
        <translation>Unknown role. Choose from the roles: {roles}.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu peran.</source>
        <translation>Select at least one role.</translation>
    </message>
    <message>
        <source>Nama pengguna harus 3-64 karakter: huruf kecil, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, diawali huruf.</source>
        <translation>The username must be 3-64 characters: lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation>The username {username} is already taken.</translation>
    </message>
    <message>
        <source>Kantor {office} tidak dikenal. Periksa kode kantor di konfigurasi (office.code).</source>
        <translation>Unknown office {office}. Check the office code in the configuration (office.code).</translation>
    </message>
    <message>
        <source>Pengguna {who} tidak ditemukan. Periksa ejaan nama pengguna (daftar: gapura user list).</source>
        <translation>User {who} not found. Check the spelling of the username (list: gapura user list).</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun sendiri.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Penyimpanan workstation penuh; perubahan tidak disimpan dan tidak ada data yang hilang. Kosongkan ruang disk atau hubungi Admin TIK, lalu ulangi.</source>
        <translation>The workstation&apos;s storage is full; the change was not saved and no data was lost. Free disk space or call the IT admin, then try again.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai proses lain; perubahan tidak disimpan. Tunggu sebentar lalu ulangi.</source>
        <translation>The database is in use by another process; the change was not saved. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Basis data hanya dapat dibaca; perubahan tidak disimpan. Hubungi Admin TIK untuk memeriksa izin berkas.</source>
        <translation>The database is read-only; the change was not saved. Ask the IT admin to check the file permissions.</translation>
    </message>
    <message>
        <source>Basis data menolak perubahan; tidak ada yang disimpan. Ulangi, dan hubungi Admin TIK bila terulang.</source>
        <translation>The database refused the change; nothing was saved. Try again, and call the IT admin if it happens again.</translation>
    </message>
    <message>
        <source>Basis data {path} tidak dapat dibaca. Hubungi Admin TIK; cadangan ada di {backups}.</source>
        <translation>The database {path} cannot be read. Contact the IT admin; backups are in {backups}.</translation>
    </message>
    <message>
        <source>Basis data {path} dibuat oleh versi Gapura yang lebih baru (skema {revision}). Pasang versi Gapura terbaru; data tidak diubah.</source>
        <translation>The database {path} was created by a newer version of Gapura (schema {revision}). Install the latest version of Gapura; the data has not been changed.</translation>
    </message>
    <message>
        <source>Pembaca paspor</source>
        <translation>Passport reader</translation>
    </message>
    <message>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Pemindai sidik jari</source>
        <translation>Fingerprint scanner</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Pemindai barcode</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>Perangkat tidak merespons. Cabut lalu pasang kembali kabelnya, lalu coba lagi.</source>
        <translation>The device is not responding. Unplug its cable and plug it back in, then try again.</translation>
    </message>
    <message>
        <source>Pembaca paspor tidak merespons. Letakkan halaman data paspor pada kaca pembaca lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation>The passport reader is not responding. Place the passport data page on the reader glass, then try again; if it still fails, unplug its USB cable and plug it back in.</translation>
    </message>
    <message>
        <source>Kamera tidak merespons. Tutup aplikasi lain yang memakai kamera, lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation>The camera is not responding. Close any other application that is using the camera, then try again; if it still fails, unplug its USB cable and plug it back in.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari tidak merespons. Pastikan layanan pemindai berjalan, lalu coba lagi; bila tetap gagal, cabut dan pasang kembali kabel USB-nya.</source>
        <translation>The fingerprint scanner is not responding. Make sure the scanner service is running, then try again; if it still fails, unplug its USB cable and plug it back in.</translation>
    </message>
    <message>
        <source>Printer tidak merespons. Pastikan printer menyala dan tidak sedang error (kertas macet, kertas habis), lalu cetak ulang.</source>
        <translation>The printer is not responding. Make sure the printer is switched on and shows no error (paper jam, out of paper), then print again.</translation>
    </message>
    <message>
        <source>Pemindai barcode tidak merespons. Cabut lalu pasang kembali kabel USB-nya, lalu pindai ulang.</source>
        <translation>The barcode scanner is not responding. Unplug its USB cable and plug it back in, then scan again.</translation>
    </message>
    <message>
        <source>Perangkat tidak terhubung. Periksa kabelnya lalu coba lagi.</source>
        <translation>The device is not connected. Check its cable, then try again.</translation>
    </message>
    <message>
        <source>Pembaca paspor tidak terhubung. Periksa kabel USB lalu coba lagi.</source>
        <translation>The passport reader is not connected. Check the USB cable, then try again.</translation>
    </message>
    <message>
        <source>Kamera tidak terhubung. Periksa kabel USB kamera lalu coba lagi.</source>
        <translation>The camera is not connected. Check the camera&apos;s USB cable, then try again.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari tidak terhubung. Periksa kabel USB pemindai lalu coba lagi.</source>
        <translation>The fingerprint scanner is not connected. Check the scanner&apos;s USB cable, then try again.</translation>
    </message>
    <message>
        <source>Printer tidak terhubung. Periksa kabel dan pastikan printer menyala, lalu coba lagi.</source>
        <translation>The printer is not connected. Check the cable and make sure the printer is switched on, then try again.</translation>
    </message>
    <message>
        <source>Pemindai barcode tidak terhubung. Periksa kabel USB lalu coba lagi.</source>
        <translation>The barcode scanner is not connected. Check the USB cable, then try again.</translation>
    </message>
    <message>
        <source>Hasil perangkat kurang baik. Ulangi pengambilan.</source>
        <translation>The device&apos;s capture is not good enough. Capture again.</translation>
    </message>
    <message>
        <source>MRZ paspor tidak terbaca dengan benar. Bersihkan kaca pembaca, letakkan halaman data paspor rata, lalu pindai ulang.</source>
        <translation>The passport MRZ was not read correctly. Clean the reader glass, lay the passport data page flat, then scan again.</translation>
    </message>
    <message>
        <source>Foto wajah kurang baik ({reasons}). Perbaiki pencahayaan, minta pemohon diam menghadap kamera, lalu ambil ulang.</source>
        <translation>The face photo is not good enough ({reasons}). Improve the lighting, ask the applicant to keep still facing the camera, then take the photo again.</translation>
    </message>
    <message>
        <source>Kualitas sidik jari terlalu rendah: {fingers} (nilai {quality}, minimal {minimum}). Bersihkan jari dan kaca pemindai, lalu ulangi perekaman.</source>
        <translation>Fingerprint quality too low: {fingers} (score {quality}, minimum {minimum}). Clean the fingers and the scanner glass, then record them again.</translation>
    </message>
    <message>
        <source>Barcode tidak terbaca. Ratakan kertasnya, arahkan pemindai tegak lurus ke kode, lalu pindai ulang.</source>
        <translation>The barcode could not be read. Flatten the paper, point the scanner straight at the code, then scan again.</translation>
    </message>
    <message>
        <source>ibu jari kanan</source>
        <translation>right thumb</translation>
    </message>
    <message>
        <source>telunjuk kanan</source>
        <translation>right index finger</translation>
    </message>
    <message>
        <source>jari tengah kanan</source>
        <translation>right middle finger</translation>
    </message>
    <message>
        <source>jari manis kanan</source>
        <translation>right ring finger</translation>
    </message>
    <message>
        <source>kelingking kanan</source>
        <translation>right little finger</translation>
    </message>
    <message>
        <source>ibu jari kiri</source>
        <translation>left thumb</translation>
    </message>
    <message>
        <source>telunjuk kiri</source>
        <translation>left index finger</translation>
    </message>
    <message>
        <source>jari tengah kiri</source>
        <translation>left middle finger</translation>
    </message>
    <message>
        <source>jari manis kiri</source>
        <translation>left ring finger</translation>
    </message>
    <message>
        <source>kelingking kiri</source>
        <translation>left little finger</translation>
    </message>
    <message>
        <source>MRZ terbaca dan semua digit pemeriksanya cocok.</source>
        <translation>MRZ read and all its check digits match.</translation>
    </message>
    <message>
        <source>MRZ terbaca tetapi digit pemeriksanya tidak cocok. Bersihkan kaca pembaca lalu uji lagi dengan paspor yang lain.</source>
        <translation>MRZ read, but its check digits do not match. Clean the reader glass, then test again with a different passport.</translation>
    </message>
    <message>
        <source>Siap digunakan (simulator).</source>
        <translation>Ready to use (simulator).</translation>
    </message>
    <message>
        <source>Pemindai barcode berfungsi: kode {symbology} terbaca.</source>
        <translation>Barcode scanner works: {symbology} code read.</translation>
    </message>
    <message>
        <source>terlalu gelap</source>
        <translation>too dark</translation>
    </message>
    <message>
        <source>terlalu terang</source>
        <translation>too bright</translation>
    </message>
    <message>
        <source>buram</source>
        <translation>blurry</translation>
    </message>
    <message>
        <source>Kamera berfungsi: foto cukup terang dan tajam.</source>
        <translation>Camera works: the photo is bright and sharp enough.</translation>
    </message>
    <message>
        <source>Foto uji kurang baik ({reasons}). Periksa lampu dan fokus kamera, lalu uji lagi.</source>
        <translation>The test photo is not good enough ({reasons}). Check the lighting and the camera focus, then test again.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari berfungsi: kualitas telunjuk kanan {quality}.</source>
        <translation>Fingerprint scanner works: right index finger quality {quality}.</translation>
    </message>
    <message>
        <source>Siap digunakan (simulator), tetapi toner hampir habis sehingga hasil cetak bisa pudar. Siapkan toner pengganti.</source>
        <translation>Ready to use (simulator), but the toner is almost empty, so prints may come out faint. Have a replacement toner ready.</translation>
    </message>
    <message>
        <source>Halaman uji terkirim ke printer.</source>
        <translation>Test page sent to the printer.</translation>
    </message>
    <message>
        <source>Driver perangkat &apos;{driver}&apos; untuk &apos;{kind}&apos; tidak dikenal. Perbaiki konfigurasi lalu jalankan Gapura lagi.</source>
        <translation>Unknown device driver &apos;{driver}&apos; for &apos;{kind}&apos;. Fix the configuration, then start Gapura again.</translation>
    </message>
    <message>
        <source>Jenis perangkat &apos;{kind}&apos; tidak dikenal. Pilih perangkat dari daftar di layar Admin.</source>
        <translation>Unknown device kind &apos;{kind}&apos;. Choose a device from the list on the Admin screen.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Tidak berhasil</source>
        <translation>Unsuccessful</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Pemeriksaan</source>
        <translation>Border check</translation>
    </message>
    <message>
        <source>Izin Tinggal</source>
        <translation>Stay permits</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation>Passports</translation>
    </message>
    <message>
        <source>Detensi</source>
        <translation>Detention</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Antrian Cetak</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
</TS>
