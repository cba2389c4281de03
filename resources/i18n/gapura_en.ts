<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ActionForms</name>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{number}: langkah “{step}”.</source>
        <translation>{number}: step “{step}”.</translation>
    </message>
    <message>
        <source>Langkah ini dilakukan oleh {party}; Anda mencatat bahwa langkah itu sudah terjadi.</source>
        <translation>This step is done by {party}; you record that it has taken place.</translation>
    </message>
    <message>
        <source>Selesaikan langkah</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <source>&amp;Selesaikan</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>{number} selesai ({outcome}).</source>
        <translation>{number} closed ({outcome}).</translation>
    </message>
    <message>
        <source>{number} menunggu {approval}.</source>
        <translation>{number} waits for {approval}.</translation>
    </message>
    <message>
        <source>{number}: “{done}” selesai; berikutnya “{step}”.</source>
        <translation>{number}: “{done}” done; next “{step}”.</translation>
    </message>
</context>
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
    <message>
        <source>Data &amp;referensi</source>
        <translation>&amp;Reference data</translation>
    </message>
    <message>
        <source>Sertifikat &amp;Chip</source>
        <translation>&amp;Chip certificates</translation>
    </message>
    <message>
        <source>Penyiapan &amp;workstation…</source>
        <translation>&amp;Workstation setup…</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Disiapkan oleh</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>&amp;Setujui (Ctrl+Enter)</source>
        <translation>&amp;Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Tolak… (Ctrl+T)</source>
        <translation>&amp;Reject… (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan… (Ctrl+K)</source>
        <translation>Re&amp;turn… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tunjuk &amp;pejabat…</source>
        <translation>Name a &amp;deputy…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Dokumen yang akan ditandatangani</source>
        <translation>Documents to be signed</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{n} perkara dipilih.</source>
        <translation>{n} cases selected.</translation>
    </message>
    <message>
        <source>Pilih perkara untuk melihat ringkasannya.</source>
        <translation>Select a case to see its summary.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {title}&lt;br&gt;SOP {sop}, langkah “{step}”: {approval}&lt;br&gt;Subjek: {subjects}&lt;br&gt;Dibuka {opened} oleh {opened_by}; disiapkan oleh {prepared_by}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {title}&lt;br&gt;SOP {sop}, step “{step}”: {approval}&lt;br&gt;Subjects: {subjects}&lt;br&gt;Opened {opened} by {opened_by}; prepared by {prepared_by}</translation>
    </message>
    <message>
        <source>Langkah “{step}” meminta keputusan; setujui perkara pada langkah yang sama bersama-sama.</source>
        <translation>The step “{step}” asks for a decision; approve together only cases at that same step.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Setujui perkara</source>
        <translation>Approve cases</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Setujui {n} perkara: {numbers}. Masukkan kata sandi Anda sekali lagi.</source>
        <translation>Approve {n} cases: {numbers}. Enter your password once more.</translation>
    </message>
    <message>
        <source>{n} perkara disetujui.</source>
        <translation>{n} cases approved.</translation>
    </message>
    <message>
        <source>Catatan perbaikan</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Kembalikan untuk perbaikan</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Tolak perkara</source>
        <translation>Reject case</translation>
    </message>
    <message>
        <source>&amp;Kembalikan</source>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>{number} dikembalikan untuk perbaikan.</source>
        <translation>{number} returned for correction.</translation>
    </message>
    <message>
        <source>{number} ditolak.</source>
        <translation>{number} rejected.</translation>
    </message>
    <message>
        <source>Tunjuk pejabat</source>
        <translation>Name a deputy</translation>
    </message>
    <message>
        <source>Nama pengguna pejabat</source>
        <translation>Deputy&apos;s username</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai tanggal</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>&amp;Tunjuk</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Pejabat yang ditunjuk memberi persetujuan atas nama Anda pada tanggal itu; riwayat perkara mencatat atas nama siapa.</source>
        <translation>The deputy approves on your behalf on those dates; the case history records on whose behalf.</translation>
    </message>
    <message>
        <source>{user} ditunjuk untuk {role} s.d. {end}.</source>
        <translation>{user} named for {role} until {end}.</translation>
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
    <name>BlanksPanel</name>
    <message>
        <source>tersedia</source>
        <translation>available</translation>
    </message>
    <message>
        <source>teralokasi</source>
        <translation>allocated</translation>
    </message>
    <message>
        <source>rusak</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>sudah menjadi paspor</source>
        <translation>issued as a passport</translation>
    </message>
    <message>
        <source>Persediaan</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Teralokasi</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>&amp;Terima blangko… (Ctrl+R)</source>
        <translation>&amp;Receive blanks… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Register &amp;harian…</source>
        <translation>&amp;Daily register…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Cari blangko</source>
        <translation>Find a blank</translation>
    </message>
    <message>
        <source>Nomor seri, misalnya A1234567, lalu Enter</source>
        <translation>Serial, e.g. A1234567, then Enter</translation>
    </message>
    <message>
        <source>&amp;Nomor seri</source>
        <translation>&amp;Serial</translation>
    </message>
    <message>
        <source>&amp;Cari (Enter)</source>
        <translation>&amp;Find (Enter)</translation>
    </message>
    <message>
        <source>Belum ada blangko dicari.</source>
        <translation>No blank looked up yet.</translation>
    </message>
    <message>
        <source>Catat &amp;produksi…</source>
        <translation>Record &amp;production…</translation>
    </message>
    <message>
        <source>Blangko &amp;rusak…</source>
        <translation>&amp;Damaged blank…</translation>
    </message>
    <message>
        <source>Stok menipis (kurang dari {n} tersedia): {kinds}. Ajukan permintaan blangko.</source>
        <translation>Low stock (fewer than {n} available): {kinds}. Request more blanks.</translation>
    </message>
    <message>
        <source>Terima blangko paspor</source>
        <translation>Receive passport blanks</translation>
    </message>
    <message>
        <source>Jenis blangko</source>
        <translation>Blank kind</translation>
    </message>
    <message>
        <source>Nomor seri awal</source>
        <translation>First serial</translation>
    </message>
    <message>
        <source>Nomor seri akhir</source>
        <translation>Last serial</translation>
    </message>
    <message>
        <source>Nomor surat pengantar</source>
        <translation>Delivery note number</translation>
    </message>
    <message>
        <source>Diserahkan oleh</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>&amp;Terima</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <source>Berita Acara Serah Terima diterbitkan ke antrian cetak.</source>
        <translation>The handover record goes to the print queue.</translation>
    </message>
    <message>
        <source>{count} blangko {first} s.d. {last} diterima; {number} masuk antrian cetak.</source>
        <translation>{count} blanks {first} to {last} received; {number} is in the print queue.</translation>
    </message>
    <message>
        <source>Register penerbitan paspor harian</source>
        <translation>Daily register of passports issued</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>{number} masuk antrian cetak.</source>
        <translation>{number} is in the print queue.</translation>
    </message>
    <message>
        <source>sudah</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>{serial} — {kind}: {status}</source>
        <translation>{serial} — {kind}: {status}</translation>
    </message>
    <message>
        <source>Permohonan: {application}</source>
        <translation>Application: {application}</translation>
    </message>
    <message>
        <source>Dicetak: {printed} · Lulus QC: {qc} · Dilaminasi: {laminated}</source>
        <translation>Printed: {printed} · QC passed: {qc} · Laminated: {laminated}</translation>
    </message>
    <message>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Kerusakan: {reason}</source>
        <translation>Damage: {reason}</translation>
    </message>
    <message>
        <source>Nomor paspor: {number}</source>
        <translation>Passport number: {number}</translation>
    </message>
    <message>
        <source>Catat produksi {serial}</source>
        <translation>Record the production of {serial}</translation>
    </message>
    <message>
        <source>Sudah dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Lulus uji kualitas</source>
        <translation>Quality check passed</translation>
    </message>
    <message>
        <source>Sudah dilaminasi</source>
        <translation>Laminated</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Produksi blangko {serial} dicatat.</source>
        <translation>Production of blank {serial} recorded.</translation>
    </message>
    <message>
        <source>Blangko {serial} rusak</source>
        <translation>Blank {serial} damaged</translation>
    </message>
    <message>
        <source>Uraian kerusakan</source>
        <translation>Description of the damage</translation>
    </message>
    <message>
        <source>Nama saksi</source>
        <translation>Witness&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Catat rusak</source>
        <translation>&amp;Record as damaged</translation>
    </message>
    <message>
        <source>Berita Acara Kerusakan diterbitkan ke antrian cetak; blangko ini tidak dapat dipakai lagi.</source>
        <translation>The damage record goes to the print queue; this blank cannot be used again.</translation>
    </message>
    <message>
        <source>Blangko {serial} dicatat rusak; {number} masuk antrian cetak.</source>
        <translation>Blank {serial} recorded as damaged; {number} is in the print queue.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Menunggu gambar kamera...</source>
        <translation>Waiting for the camera image...</translation>
    </message>
    <message>
        <source>Foto memenuhi syarat. Minta pemohon tetap diam.</source>
        <translation>The photo meets the requirements. Ask the applicant to keep still.</translation>
    </message>
</context>
<context>
    <name>CarrierChargesPanel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Penerbangan</source>
        <translation>Flight</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Maskapai</source>
        <translation>Airline</translation>
    </message>
    <message>
        <source>Penumpang</source>
        <translation>Passenger</translation>
    </message>
    <message>
        <source>Biaya beban</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SK</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>Kode billing</source>
        <translation>Billing code</translation>
    </message>
    <message>
        <source>&amp;Periksa perwakilan maskapai (BAP)</source>
        <translation>&amp;Examine the carrier&apos;s representative (BAP)</translation>
    </message>
    <message>
        <source>Catat SK &amp;ditandatangani</source>
        <translation>Record the &amp;signed decree</translation>
    </message>
    <message>
        <source>Catat pem&amp;bayaran</source>
        <translation>Record pa&amp;yment</translation>
    </message>
    <message>
        <source>Penolakan masuk hari ini tanpa biaya beban</source>
        <translation>Today&apos;s refusals of entry without a charge</translation>
    </message>
    <message>
        <source>Biaya beban dalam proses</source>
        <translation>Charges in progress</translation>
    </message>
    <message>
        <source>menunggu SK</source>
        <translation>awaiting decree</translation>
    </message>
    <message>
        <source>menunggu pembayaran</source>
        <translation>awaiting payment</translation>
    </message>
    <message>
        <source>Maskapai / alat angkut</source>
        <translation>Airline / carrier</translation>
    </message>
    <message>
        <source>Penanggung jawab alat angkut</source>
        <translation>Carrier&apos;s responsible party</translation>
    </message>
    <message>
        <source>Alamat penanggung jawab</source>
        <translation>Address of the responsible party</translation>
    </message>
    <message>
        <source>Nama perwakilan yang diperiksa</source>
        <translation>Name of the representative examined</translation>
    </message>
    <message>
        <source>Jabatan perwakilan</source>
        <translation>Representative&apos;s position</translation>
    </message>
    <message>
        <source>Nomor paspor/identitas perwakilan</source>
        <translation>Representative&apos;s passport/ID number</translation>
    </message>
    <message>
        <source>Kewarganegaraan perwakilan</source>
        <translation>Representative&apos;s nationality</translation>
    </message>
    <message>
        <source>Tempat lahir perwakilan</source>
        <translation>Representative&apos;s place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir perwakilan</source>
        <translation>Representative&apos;s date of birth</translation>
    </message>
    <message>
        <source>Alamat perwakilan</source>
        <translation>Representative&apos;s address</translation>
    </message>
    <message>
        <source>Pertanyaan {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Jawaban {n}</source>
        <translation>Answer {n}</translation>
    </message>
    <message>
        <source>Biaya beban alat angkut: pemeriksaan</source>
        <translation>Carrier charge: examination</translation>
    </message>
    <message>
        <source>&amp;Buat berkas</source>
        <translation>&amp;Create the file</translation>
    </message>
    <message>
        <source>LK, BAP, Berita Acara Pendapat dan konsep SK dicetak; serahkan konsep SK kepada Kepala Kantor untuk ditandatangani.</source>
        <translation>Incident Report, BAP, Opinion Record and draft decree printed; hand the draft decree to the Head of Office for signature.</translation>
    </message>
    <message>
        <source>SK Kepala Kantor ditandatangani</source>
        <translation>Head of Office&apos;s decree signed</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>&amp;Simpan dan cetak billing</source>
        <translation>&amp;Save and print the bill</translation>
    </message>
    <message>
        <source>SK dicatat; billing dicetak untuk penanggung jawab alat angkut.</source>
        <translation>Decree recorded; bill printed for the carrier&apos;s responsible party.</translation>
    </message>
    <message>
        <source>Bukti pembayaran biaya beban</source>
        <translation>Proof of payment of the charge</translation>
    </message>
    <message>
        <source>Nomor bukti bayar (NTPN)</source>
        <translation>Payment proof number (NTPN)</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pembayaran biaya beban dicatat.</source>
        <translation>Payment of the charge recorded.</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{user} a.n. {head}</source>
        <translation>{user} for {head}</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Menunggu Kanwil/Ditjen</source>
        <translation>Waiting for Kanwil/Ditjen</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Penjamin</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Deteni</source>
        <translation>Detainee</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Nomor perkara, nama atau nomor paspor</source>
        <translation>Case number, name or passport number</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibuka dari</source>
        <translation>Opened from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>SOP / Judul</source>
        <translation>SOP / Title</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Peran / Petugas</source>
        <translation>Role / Officer</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Pilih perkara untuk melihat rinciannya.</source>
        <translation>Select a case to see its details.</translation>
    </message>
    <message>
        <source>Perkara &amp;baru… (Ctrl+N)</source>
        <translation>&amp;New case… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Selesaikan langkah (Ctrl+Enter)</source>
        <translation>&amp;Complete step (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ca&amp;tatan… (Ctrl+M)</source>
        <translation>No&amp;te… (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Lampirkan berkas… (Ctrl+Shift+L)</source>
        <translation>&amp;Attach file… (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>T&amp;ugaskan… (Ctrl+Shift+U)</source>
        <translation>Assi&amp;gn… (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Bata&amp;lkan perkara…</source>
        <translation>Cance&amp;l case…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Berkas perkara</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>{n} perkara ditemukan. Terlambat di kantor ini: {late}.</source>
        <translation>{n} cases found. Late in this office: {late}.</translation>
    </message>
    <message>
        <source>{status} ({outcome})</source>
        <translation>{status} ({outcome})</translation>
    </message>
    <message>
        <source>{status} — Terlambat</source>
        <translation>{status} — Late</translation>
    </message>
    <message>
        <source>Subjek: {subjects}</source>
        <translation>Subjects: {subjects}</translation>
    </message>
    <message>
        <source>Dibuka {opened} oleh {user}</source>
        <translation>Opened {opened} by {user}</translation>
    </message>
    <message>
        <source>Langkah sekarang: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>Current step: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dikerjakan oleh: {who}</source>
        <translation>Done by: {who}</translation>
    </message>
    <message>
        <source>Langkah pihak luar: {party} — dicatat oleh petugas perkara mana pun</source>
        <translation>Step of an outside party: {party} — recorded by any case officer</translation>
    </message>
    <message>
        <source>Ditugaskan kepada: {user}</source>
        <translation>Assigned to: {user}</translation>
    </message>
    <message>
        <source>Dokumen yang dihasilkan: {documents}</source>
        <translation>Documents produced: {documents}</translation>
    </message>
    <message>
        <source>{time} (standar bawaan; SOP tidak menyebut waktu)</source>
        <translation>{time} (default standard; the SOP names no time)</translation>
    </message>
    <message>
        <source>Standar waktu: {time}; batas waktu: {due}</source>
        <translation>Time standard: {time}; due: {due}</translation>
    </message>
    <message>
        <source>Keputusan: {question} ({answers})</source>
        <translation>Decision: {question} ({answers})</translation>
    </message>
    <message>
        <source>Perlu persetujuan: {approval}</source>
        <translation>Needs approval: {approval}</translation>
    </message>
    <message>
        <source>Menunggu keputusan {party} melalui server pusat; perkara berlanjut sendiri setelah sinkronisasi membawa keputusannya.</source>
        <translation>Waiting for the decision of {party} through the central server; the case moves on by itself once sync brings the decision.</translation>
    </message>
    <message>
        <source>{party}: {step} — menunggu keputusan</source>
        <translation>{party}: {step} — waiting for a decision</translation>
    </message>
    <message>
        <source>{party}: {step} — diputus{answer} oleh {who}, surat {reference}</source>
        <translation>{party}: {step} — decided{answer} by {who}, letter {reference}</translation>
    </message>
    <message>
        <source>Perkara baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Subjek sebagai</source>
        <translation>Subject as</translation>
    </message>
    <message>
        <source>Nama subjek</source>
        <translation>Subject&apos;s name</translation>
    </message>
    <message>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Kewarganegaraan (kode 3 huruf)</source>
        <translation>Nationality (3-letter code)</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nomor WhatsApp/ponsel (untuk pemberitahuan)</source>
        <translation>WhatsApp/mobile number (for notifications)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Buka perkara</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Perkara {number} dibuka pada langkah “{step}”.</source>
        <translation>Case {number} opened at the step “{step}”.</translation>
    </message>
    <message>
        <source>Catatan perkara</source>
        <translation>Case note</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Catatan disimpan pada {number}.</source>
        <translation>Note saved on {number}.</translation>
    </message>
    <message>
        <source>{name} dilampirkan pada {number} (SHA-256 {digest}).</source>
        <translation>{name} attached to {number} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Tugaskan perkara</source>
        <translation>Assign case</translation>
    </message>
    <message>
        <source>Nama pengguna petugas</source>
        <translation>Officer&apos;s username</translation>
    </message>
    <message>
        <source>&amp;Tugaskan</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>{number} ditugaskan kepada {user}.</source>
        <translation>{number} assigned to {user}.</translation>
    </message>
    <message>
        <source>Batalkan perkara</source>
        <translation>Cancel case</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>&amp;Batalkan perkara</source>
        <translation>&amp;Cancel case</translation>
    </message>
    <message>
        <source>{number}: perkara dihentikan dan tidak dapat dilanjutkan; riwayatnya tetap tersimpan.</source>
        <translation>{number}: the case is stopped and cannot go on; its history is kept.</translation>
    </message>
    <message>
        <source>{number} dibatalkan.</source>
        <translation>{number} cancelled.</translation>
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
    <name>ChipPanel</name>
    <message>
        <source>Chip paspor</source>
        <translation>Passport chip</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>MRZ tercetak</source>
        <translation>Printed MRZ</translation>
    </message>
    <message>
        <source>Chip (DG1)</source>
        <translation>Chip (DG1)</translation>
    </message>
    <message>
        <source>Foto chip (DG2)</source>
        <translation>Chip photo (DG2)</translation>
    </message>
    <message>
        <source>Foto kamera</source>
        <translation>Camera photo</translation>
    </message>
    <message>
        <source>Membaca chip… {name}</source>
        <translation>Reading chip… {name}</translation>
    </message>
    <message>
        <source>Membaca chip…</source>
        <translation>Reading chip…</translation>
    </message>
    <message>
        <source>Chip: tidak terbaca. {problem}</source>
        <translation>Chip: not readable. {problem}</translation>
    </message>
    <message>
        <source>Chip: terbaca tetapi TIDAK ASLI ({access}); gagal: {checks}</source>
        <translation>Chip: read but NOT GENUINE ({access}); failed: {checks}</translation>
    </message>
    <message>
        <source>Chip: terbaca dan asli ({access})</source>
        <translation>Chip: read and genuine ({access})</translation>
    </message>
    <message>
        <source>Data chip BERBEDA dengan MRZ tercetak: {fields}</source>
        <translation>Chip data DIFFERS from the printed MRZ: {fields}</translation>
    </message>
    <message>
        <source>tanda tangan SOD</source>
        <translation>SOD signature</translation>
    </message>
    <message>
        <source>sertifikat CSCA</source>
        <translation>CSCA certificate</translation>
    </message>
    <message>
        <source>masa berlaku sertifikat</source>
        <translation>certificate validity</translation>
    </message>
    <message>
        <source>pencabutan sertifikat</source>
        <translation>certificate revocation</translation>
    </message>
    <message>
        <source>keutuhan {group}</source>
        <translation>{group} integrity</translation>
    </message>
</context>
<context>
    <name>ChipTrustPanel</name>
    <message>
        <source>&amp;Impor CSCA / CRL… (Ctrl+I)</source>
        <translation>&amp;Import CSCA / CRL… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Pembaruan berikutnya</source>
        <translation>Next update</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Sertifikat CSCA tepercaya</source>
        <translation>Trusted CSCA certificates</translation>
    </message>
    <message>
        <source>CRL (daftar sertifikat yang dicabut) per CSCA</source>
        <translation>CRLs (certificate revocation lists) per CSCA</translation>
    </message>
    <message>
        <source>{date} (kedaluwarsa)</source>
        <translation>{date} (expired)</translation>
    </message>
    <message>
        <source>{n} CRL sudah lewat masa berlakunya: status pencabutan chip dari penerbitnya tidak diperiksa. Impor CRL terbaru dari negara penerbit.</source>
        <translation>{n} CRL(s) are past their validity: the revocation status of chips from their issuers is not checked. Import the latest CRL from the issuing country.</translation>
    </message>
    <message>
        <source>Impor CSCA / CRL</source>
        <translation>Import CSCA / CRL</translation>
    </message>
    <message>
        <source>Master list, sertifikat CSCA, CRL (*.ml *.der *.cer *.crt *.pem *.crl);;Semua berkas (*)</source>
        <translation>Master list, CSCA certificate, CRL (*.ml *.der *.cer *.crt *.pem *.crl);;All files (*)</translation>
    </message>
    <message>
        <source>Mengimpor {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>{n} sertifikat CSCA diimpor dari {file} ({added} baru).</source>
        <translation>{n} CSCA certificate(s) imported from {file} ({added} new).</translation>
    </message>
    <message>
        <source>{n} CRL diimpor dari {file} ({added} baru).</source>
        <translation>{n} CRL(s) imported from {file} ({added} new).</translation>
    </message>
    <message>
        <source>{n} CRL lebih lama dari CRL penerbitnya yang sudah ada, tidak dipakai.</source>
        <translation>{n} CRL(s) older than the issuer&apos;s CRL already held, not used.</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>&amp;Penerimaan</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Daftar</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>P&amp;iket</source>
        <translation>D&amp;uty roster</translation>
    </message>
    <message>
        <source>Nomor tiket LAPOR!/SIPENSIKIM, nomor surat</source>
        <translation>LAPOR!/SIPENSIKIM ticket number, letter number</translation>
    </message>
    <message>
        <source>Pelapor tidak bersedia menyebutkan nama (&amp;anonim)</source>
        <translation>Reporter does not wish to be named (&amp;anonymous)</translation>
    </message>
    <message>
        <source>Tidak ada lampiran.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>&amp;Lampirkan berkas…</source>
        <translation>A&amp;ttach file…</translation>
    </message>
    <message>
        <source>Jenis laporan</source>
        <translation>Report type</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nomor rujukan saluran</source>
        <translation>Channel reference number</translation>
    </message>
    <message>
        <source>Nama pelapor</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <source>Telepon/WhatsApp pelapor</source>
        <translation>Reporter&apos;s phone/WhatsApp</translation>
    </message>
    <message>
        <source>Email pelapor</source>
        <translation>Reporter&apos;s email</translation>
    </message>
    <message>
        <source>Alamat pelapor</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Nama orang asing/layanan/petugas</source>
        <translation>Name of the foreigner/service/officer</translation>
    </message>
    <message>
        <source>Kewarganegaraan (orang asing)</source>
        <translation>Nationality (foreigner)</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Uraian laporan *</source>
        <translation>Report description *</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Laporan &amp;baru</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <source>&amp;Catat laporan (Ctrl+Enter)</source>
        <translation>&amp;Record report (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cari nomor, pelapor, subjek, lokasi</source>
        <translation>Search number, reporter, subject, location</translation>
    </message>
    <message>
        <source>Hanya yang &amp;berjalan</source>
        <translation>Only o&amp;ngoing</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pilih laporan untuk melihat rinciannya.</source>
        <translation>Select a report to see its details.</translation>
    </message>
    <message>
        <source>Laporan &amp;Kejadian…</source>
        <translation>Laporan &amp;Kejadian (incident report)…</translation>
    </message>
    <message>
        <source>Surat &amp;Perintah…</source>
        <translation>Surat &amp;Perintah (order)…</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan &amp;lapangan…</source>
        <translation>&amp;Field inspection result…</translation>
    </message>
    <message>
        <source>Laporan Ke&amp;giatan…</source>
        <translation>Laporan Ke&amp;giatan (activity report)…</translation>
    </message>
    <message>
        <source>&amp;Tindak lanjut…</source>
        <translation>F&amp;ollow-up…</translation>
    </message>
    <message>
        <source>BAP &amp;orang asing…</source>
        <translation>&amp;Foreigner&apos;s BAP…</translation>
    </message>
    <message>
        <source>Re&amp;ncana kegiatan…</source>
        <translation>Activity pla&amp;n…</translation>
    </message>
    <message>
        <source>Laporan kegiatan pen&amp;yelidikan…</source>
        <translation>Inquir&amp;y activity report…</translation>
    </message>
    <message>
        <source>Laporan in&amp;formasi…</source>
        <translation>In&amp;formation report…</translation>
    </message>
    <message>
        <source>P&amp;enelaahan…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <source>&amp;BAP seksi terkait…</source>
        <translation>&amp;BAP of the related section…</translation>
    </message>
    <message>
        <source>&amp;Hasil tindak lanjut…</source>
        <translation>Follow-up re&amp;sult…</translation>
    </message>
    <message>
        <source>&amp;Jawaban…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Surat ja&amp;waban…</source>
        <translation>Ans&amp;wer letter…</translation>
    </message>
    <message>
        <source>Jawaban &amp;tersampaikan…</source>
        <translation>Answer &amp;delivered…</translation>
    </message>
    <message>
        <source>D&amp;uplikat dari…</source>
        <translation>D&amp;uplicate of…</translation>
    </message>
    <message>
        <source>Selesaikan lang&amp;kah… (Ctrl+Enter)</source>
        <translation>Complete the s&amp;tep… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Catatan evaluasi ketua tim</source>
        <translation>Team leader&apos;s evaluation notes</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>C&amp;etak register (Ctrl+P)</source>
        <translation>&amp;Print register (Ctrl+P)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tahap terlambat</source>
        <translation>Late stages</translation>
    </message>
    <message>
        <source>Nama pengguna petugas</source>
        <translation>Officer&apos;s username</translation>
    </message>
    <message>
        <source>Tambah &amp;piket</source>
        <translation>&amp;Add duty</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Lampirkan berkas</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mungkin laporan yang sama dengan yang masih berjalan:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Possibly the same as a report still in progress:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mencatat laporan…</source>
        <translation>Recording the report…</translation>
    </message>
    <message>
        <source>Laporan {number} dicatat (Lada Tunggu); berikutnya: {step}.</source>
        <translation>Report {number} recorded (Lada Tunggu); next: {step}.</translation>
    </message>
    <message>
        <source>Laporan {number} dicatat; berikutnya: {step}.</source>
        <translation>Report {number} recorded; next: {step}.</translation>
    </message>
    <message>
        <source>{n} laporan, {late} terlambat.</source>
        <translation>{n} reports, {late} late.</translation>
    </message>
    <message>
        <source>Selesai ({outcome})</source>
        <translation>Closed ({outcome})</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Saluran: {channel}; pelapor: {reporter} {phone}</source>
        <translation>Channel: {channel}; reporter: {reporter} {phone}</translation>
    </message>
    <message>
        <source>Tentang: {kind} {name}; lokasi: {location}</source>
        <translation>Concerning: {kind} {name}; location: {location}</translation>
    </message>
    <message>
        <source>Lada Tunggu (diterima pada hari libur)</source>
        <translation>Lada Tunggu (received on a holiday)</translation>
    </message>
    <message>
        <source>Langkah sekarang: &lt;b&gt;{step}&lt;/b&gt; ({who}{assignee})</source>
        <translation>Current step: &lt;b&gt;{step}&lt;/b&gt; ({who}{assignee})</translation>
    </message>
    <message>
        <source>Mungkin sama dengan {number}</source>
        <translation>Possibly the same as {number}</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan: {text}</source>
        <translation>Inspection result: {text}</translation>
    </message>
    <message>
        <source>Tindak lanjut: {text}</source>
        <translation>Follow-up: {text}</translation>
    </message>
    <message>
        <source>Hasil: {text}</source>
        <translation>Result: {text}</translation>
    </message>
    <message>
        <source>Jawaban ({step}): {text}</source>
        <translation>Answer ({step}): {text}</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Laporan Kejadian</source>
        <translation>Laporan Kejadian (incident report)</translation>
    </message>
    <message>
        <source>Kronologi</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Tindakan (satu per baris)</source>
        <translation>Actions (one per line)</translation>
    </message>
    <message>
        <source>Laporan Kejadian {number} diterbitkan.</source>
        <translation>Laporan Kejadian {number} issued.</translation>
    </message>
    <message>
        <source>Konsep Surat Perintah</source>
        <translation>Draft Surat Perintah (order)</translation>
    </message>
    <message>
        <source>Petugas (nama pengguna, dipisah koma)</source>
        <translation>Officers (usernames, comma-separated)</translation>
    </message>
    <message>
        <source>Konsep Surat Perintah {number} diterbitkan untuk ditandatangani Kepala Kantor.</source>
        <translation>Draft Surat Perintah {number} issued for the head of office&apos;s signature.</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan lapangan</source>
        <translation>Field inspection result</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan</source>
        <translation>Inspection result</translation>
    </message>
    <message>
        <source>Ditemukan pelanggaran/dugaan tindak pidana</source>
        <translation>Violation/suspected crime found</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan {number} dicatat.</source>
        <translation>Inspection result {number} recorded.</translation>
    </message>
    <message>
        <source>Laporan Kegiatan</source>
        <translation>Laporan Kegiatan (activity report)</translation>
    </message>
    <message>
        <source>Kesimpulan</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Saran</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Laporan Kegiatan {number} diterbitkan.</source>
        <translation>Laporan Kegiatan {number} issued.</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tindak lanjut {number} dicatat.</source>
        <translation>Follow-up {number} recorded.</translation>
    </message>
    <message>
        <source>BAP orang asing</source>
        <translation>Foreigner&apos;s examination record (BAP)</translation>
    </message>
    <message>
        <source>Nama orang asing</source>
        <translation>Foreigner&apos;s name</translation>
    </message>
    <message>
        <source>Kewarganegaraan</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Alamat di Indonesia</source>
        <translation>Address in Indonesia</translation>
    </message>
    <message>
        <source>Dokumen identitas</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>BAP orang asing {number} diterbitkan.</source>
        <translation>Foreigner&apos;s BAP {number} issued.</translation>
    </message>
    <message>
        <source>Rencana Kegiatan Penyelidikan Keimigrasian</source>
        <translation>Immigration inquiry activity plan</translation>
    </message>
    <message>
        <source>Sasaran (kosong: dari laporan)</source>
        <translation>Target (empty: from the report)</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Cara bertindak</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Petugas Inteldakim (nama pengguna, dipisah koma)</source>
        <translation>Inteldakim officers (user names, comma separated)</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Sarana (satu per baris)</source>
        <translation>Equipment (one per line)</translation>
    </message>
    <message>
        <source>Rencana Kegiatan {number} diterbitkan; selesaikan langkah agar Kepala Kantor menerbitkan Surat Perintah.</source>
        <translation>Activity plan {number} issued; complete the step so that the head of office issues the Surat Perintah.</translation>
    </message>
    <message>
        <source>Laporan Kegiatan Penyelidikan</source>
        <translation>Inquiry activity report</translation>
    </message>
    <message>
        <source>Hasil penyelidikan</source>
        <translation>Findings of the inquiry</translation>
    </message>
    <message>
        <source>Laporan Kegiatan Penyelidikan {number} diterbitkan.</source>
        <translation>Inquiry activity report {number} issued.</translation>
    </message>
    <message>
        <source>Laporan Informasi</source>
        <translation>Information report</translation>
    </message>
    <message>
        <source>Sumber informasi</source>
        <translation>Source of the information</translation>
    </message>
    <message>
        <source>Tanggal diperoleh</source>
        <translation>Date obtained</translation>
    </message>
    <message>
        <source>Tempat diperoleh</source>
        <translation>Place obtained</translation>
    </message>
    <message>
        <source>Isi informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Penilaian sumber</source>
        <translation>Source reliability</translation>
    </message>
    <message>
        <source>Penilaian informasi</source>
        <translation>Information credibility</translation>
    </message>
    <message>
        <source>Analisis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Laporan Informasi {number} diterbitkan.</source>
        <translation>Information report {number} issued.</translation>
    </message>
    <message>
        <source>Penelaahan pengaduan</source>
        <translation>Complaint review</translation>
    </message>
    <message>
        <source>Pengaduan benar</source>
        <translation>Complaint substantiated</translation>
    </message>
    <message>
        <source>Seksi terkait</source>
        <translation>Related section</translation>
    </message>
    <message>
        <source>Hasil penelaahan</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>Penelaahan {number} dicatat.</source>
        <translation>Review {number} recorded.</translation>
    </message>
    <message>
        <source>BAP seksi terkait</source>
        <translation>BAP of the related section</translation>
    </message>
    <message>
        <source>Nama yang diperiksa</source>
        <translation>Name of the person examined</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>NIP/nomor identitas</source>
        <translation>NIP/ID number</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>BAP {number} diterbitkan.</source>
        <translation>BAP {number} issued.</translation>
    </message>
    <message>
        <source>Hasil tindak lanjut</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hasil tindak lanjut {number} dicatat.</source>
        <translation>Follow-up result {number} recorded.</translation>
    </message>
    <message>
        <source>Masyarakat puas dan menerima jawaban</source>
        <translation>The complainant is satisfied and accepts the answer</translation>
    </message>
    <message>
        <source>Jawaban {number} dicatat.</source>
        <translation>Answer {number} recorded.</translation>
    </message>
    <message>
        <source>Surat jawaban pengaduan</source>
        <translation>Complaint answer letter</translation>
    </message>
    <message>
        <source>Isi jawaban</source>
        <translation>Answer text</translation>
    </message>
    <message>
        <source>Surat jawaban {number} diterbitkan.</source>
        <translation>Answer letter {number} issued.</translation>
    </message>
    <message>
        <source>Jawaban tersampaikan</source>
        <translation>Answer delivered</translation>
    </message>
    <message>
        <source>Disampaikan melalui</source>
        <translation>Delivered via</translation>
    </message>
    <message>
        <source>Nomor surat laporan ke Kanwil</source>
        <translation>Number of the report letter to Kanwil</translation>
    </message>
    <message>
        <source>Penyampaian jawaban {number} dicatat.</source>
        <translation>Answer delivery {number} recorded.</translation>
    </message>
    <message>
        <source>Tidak ada laporan lain yang masih berjalan.</source>
        <translation>No other report is in progress.</translation>
    </message>
    <message>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Laporan asal</source>
        <translation>Original report</translation>
    </message>
    <message>
        <source>{number} ditutup sebagai duplikat.</source>
        <translation>{number} closed as a duplicate.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Selesaikan langkah</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <source>&amp;Selesaikan</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>{number} selesai.</source>
        <translation>{number} completed.</translation>
    </message>
    <message>
        <source>{number} menunggu persetujuan.</source>
        <translation>{number} awaits approval.</translation>
    </message>
    <message>
        <source>{number}: berikutnya “{step}”.</source>
        <translation>{number}: next “{step}”.</translation>
    </message>
    <message>
        <source>{total} laporan ({lada} Lada Tunggu, {anonymous} anonim); {late} tahap melewati waktu baku.</source>
        <translation>{total} reports ({lada} Lada Tunggu, {anonymous} anonymous); {late} stages past the standard time.</translation>
    </message>
    <message>
        <source>Menerbitkan register…</source>
        <translation>Issuing the register…</translation>
    </message>
    <message>
        <source>Register {number} diterbitkan dan masuk antrian cetak.</source>
        <translation>Register {number} issued and sent to the print queue.</translation>
    </message>
    <message>
        <source>Piket {user} dicatat.</source>
        <translation>Duty for {user} recorded.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>&amp;Kedatangan</source>
        <translation>&amp;Arrival</translation>
    </message>
    <message>
        <source>Kebe&amp;rangkatan</source>
        <translation>&amp;Departure</translation>
    </message>
    <message>
        <source>Reguler</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Prioritas / disabilitas</source>
        <translation>Priority / disability</translation>
    </message>
    <message>
        <source>PMI</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>VIP / tamu negara</source>
        <translation>VIP / state guest</translation>
    </message>
    <message>
        <source>&amp;Jalur</source>
        <translation>&amp;Lane</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pindai paspor (F2) atau ketik MRZ baris demi baris</source>
        <translation>Scan the passport (F2) or type the MRZ line by line</translation>
    </message>
    <message>
        <source>&amp;MRZ</source>
        <translation>&amp;MRZ</translation>
    </message>
    <message>
        <source>Pindai barcode boarding pass</source>
        <translation>Scan the boarding pass barcode</translation>
    </message>
    <message>
        <source>&amp;Boarding pass</source>
        <translation>&amp;Boarding pass</translation>
    </message>
    <message>
        <source>mis. GA 881</source>
        <translation>e.g. GA 881</translation>
    </message>
    <message>
        <source>Kode &amp;penerbangan</source>
        <translation>&amp;Flight code</translation>
    </message>
    <message>
        <source>Data PMI</source>
        <translation>PMI (Indonesian migrant worker) details</translation>
    </message>
    <message>
        <source>Jalur prioritas</source>
        <translation>Priority lane</translation>
    </message>
    <message>
        <source>Pejabat / tamu negara</source>
        <translation>Official / state guest</translation>
    </message>
    <message>
        <source>Nomor ID PMI / e-PMI</source>
        <translation>PMI / e-PMI ID number</translation>
    </message>
    <message>
        <source>Perusahaan penempatan (P3MI)</source>
        <translation>Placement agency (P3MI)</translation>
    </message>
    <message>
        <source>Negara tujuan / asal</source>
        <translation>Destination / origin country</translation>
    </message>
    <message>
        <source>Pemberi kerja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Alasan (disabilitas, lansia, ibu hamil, anak)</source>
        <translation>Reason (disability, elderly, pregnant, child)</translation>
    </message>
    <message>
        <source>Nomor surat pemberitahuan protokol</source>
        <translation>Protocol notice number</translation>
    </message>
    <message>
        <source>Delegasi / instansi</source>
        <translation>Delegation / agency</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan</source>
        <translation>Check result</translation>
    </message>
    <message>
        <source>Baca paspor (F2)</source>
        <translation>Read passport (F2)</translation>
    </message>
    <message>
        <source>Isi manual (Ctrl+M)</source>
        <translation>Enter manually (Ctrl+M)</translation>
    </message>
    <message>
        <source>Foto wajah (F5)</source>
        <translation>Face photo (F5)</translation>
    </message>
    <message>
        <source>Sidik jari (F6)</source>
        <translation>Fingerprints (F6)</translation>
    </message>
    <message>
        <source>Izinkan + cap (F9)</source>
        <translation>Allow + stamp (F9)</translation>
    </message>
    <message>
        <source>Rujuk supervisor (F10)</source>
        <translation>Refer to supervisor (F10)</translation>
    </message>
    <message>
        <source>Cetak ulang cap (F8)</source>
        <translation>Reprint stamp (F8)</translation>
    </message>
    <message>
        <source>Penumpang berikut (F12)</source>
        <translation>Next passenger (F12)</translation>
    </message>
    <message>
        <source>Penumpang hari ini: {count}</source>
        <translation>Passengers today: {count}</translation>
    </message>
    <message>
        <source>Membaca paspor…</source>
        <translation>Reading passport…</translation>
    </message>
    <message>
        <source>Pindai paspor dulu (F2), atau ketik MRZ.</source>
        <translation>Scan the passport first (F2), or type the MRZ.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>BOLEH {action}</source>
        <translation>{action} ALLOWED</translation>
    </message>
    <message>
        <source>MASUK</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>BERANGKAT</source>
        <translation>DEPARTURE</translation>
    </message>
    <message>
        <source>RUJUK KE SUPERVISOR</source>
        <translation>REFER TO SUPERVISOR</translation>
    </message>
    <message>
        <source>Mengambil foto wajah…</source>
        <translation>Taking face photo…</translation>
    </message>
    <message>
        <source>Foto kurang baik: {reasons}. Ulangi (F5).</source>
        <translation>Photo not good enough: {reasons}. Retake it (F5).</translation>
    </message>
    <message>
        <source>Foto wajah tersimpan.</source>
        <translation>Face photo saved.</translation>
    </message>
    <message>
        <source>Letakkan kedua jari telunjuk pada pemindai…</source>
        <translation>Place both index fingers on the scanner…</translation>
    </message>
    <message>
        <source>Sidik jari tersimpan.</source>
        <translation>Fingerprints saved.</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>kualitas {q}</source>
        <translation>quality {q}</translation>
    </message>
    <message>
        <source>Foto: {face} · Sidik jari: {fingers}</source>
        <translation>Photo: {face} · Fingerprints: {fingers}</translation>
    </message>
    <message>
        <source>Tercatat; cap {number} dicetak.</source>
        <translation>Recorded; stamp {number} printed.</translation>
    </message>
    <message>
        <source>Tercatat, tetapi cap {number} gagal dicetak: {error} Tekan F8 untuk mencetaknya lagi.</source>
        <translation>Recorded, but stamp {number} failed to print: {error} Press F8 to print it again.</translation>
    </message>
    <message>
        <source>Cetak ulang cap</source>
        <translation>Reprint stamp</translation>
    </message>
    <message>
        <source>Alasan cetak ulang cap {number}:</source>
        <translation>Reason for reprinting stamp {number}:</translation>
    </message>
    <message>
        <source>Salinan ke-{n} cap dicetak.</source>
        <translation>Copy {n} of the stamp printed.</translation>
    </message>
    <message>
        <source>Penumpang dirujuk ke supervisor.</source>
        <translation>Passenger referred to the supervisor.</translation>
    </message>
</context>
<context>
    <name>DetentionScreen</name>
    <message>
        <source>Diusulkan (menunggu TAK)</source>
        <translation>Proposed (awaiting TAK)</translation>
    </message>
    <message>
        <source>Didetensi</source>
        <translation>Detained</translation>
    </message>
    <message>
        <source>Dikeluarkan untuk dideportasi</source>
        <translation>Released for deportation</translation>
    </message>
    <message>
        <source>Dikeluarkan</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation>Deported</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tanpa izin tinggal yang sah</source>
        <translation>No valid stay permit</translation>
    </message>
    <message>
        <source>Tanpa dokumen perjalanan yang sah</source>
        <translation>No valid travel document</translation>
    </message>
    <message>
        <source>Izin tinggal dibatalkan (TAK)</source>
        <translation>Stay permit revoked (TAK)</translation>
    </message>
    <message>
        <source>Menunggu deportasi</source>
        <translation>Awaiting deportation</translation>
    </message>
    <message>
        <source>Ditolak masuk, menunggu keberangkatan</source>
        <translation>Refused entry, awaiting departure</translation>
    </message>
    <message>
        <source>Deportasi</source>
        <translation>Deportation</translation>
    </message>
    <message>
        <source>Pemindahan ke Rudenim</source>
        <translation>Transfer to Rudenim</translation>
    </message>
    <message>
        <source>Pembebasan</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Kesehatan</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Insiden</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Penerimaan</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>Nota Dinas usulan TAK</source>
        <translation>Nota Dinas (memo) proposing TAK</translation>
    </message>
    <message>
        <source>Surat Titipan Deteni</source>
        <translation>Surat Titipan Deteni (detainee custody letter)</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Didetensi bersama keluarga</source>
        <translation>Detained with family</translation>
    </message>
    <message>
        <source>Dasar rujukan</source>
        <translation>Referral basis</translation>
    </message>
    <message>
        <source>Nomor surat *</source>
        <translation>Letter number *</translation>
    </message>
    <message>
        <source>Unit pengirim *</source>
        <translation>Referring unit *</translation>
    </message>
    <message>
        <source>MRZ paspor (pindai atau ketik)</source>
        <translation>Passport MRZ (scan or type)</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kewarganegaraan (kode 3 huruf) *</source>
        <translation>Nationality (3-letter code) *</translation>
    </message>
    <message>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Alamat di Indonesia</source>
        <translation>Address in Indonesia</translation>
    </message>
    <message>
        <source>Alasan pendetensian (Pasal 83)</source>
        <translation>Grounds for detention (Article 83)</translation>
    </message>
    <message>
        <source>Uraian pelanggaran *</source>
        <translation>Description of the violation *</translation>
    </message>
    <message>
        <source>Isi dari &amp;MRZ</source>
        <translation>Fill from &amp;MRZ</translation>
    </message>
    <message>
        <source>Rujukan &amp;baru</source>
        <translation>&amp;New referral</translation>
    </message>
    <message>
        <source>&amp;Terima rujukan (Ctrl+Enter)</source>
        <translation>&amp;Accept referral (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Dalam detensi</source>
        <translation>In detention</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Cetak register &amp;harian</source>
        <translation>Print &amp;daily register</translation>
    </message>
    <message>
        <source>Cetak register &amp;deportasi hari ini</source>
        <translation>Print today&apos;s de&amp;portation register</translation>
    </message>
    <message>
        <source>Muat &amp;ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Warga negara</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Pilih deteni untuk melihat rinciannya.</source>
        <translation>Select a detainee to see the details.</translation>
    </message>
    <message>
        <source>SP &amp;&amp; BA &amp;pendetensian…</source>
        <translation>&amp;Detention SP &amp;&amp; BA…</translation>
    </message>
    <message>
        <source>Penggele&amp;dahan &amp;&amp; barang…</source>
        <translation>&amp;Search &amp;&amp; belongings…</translation>
    </message>
    <message>
        <source>Keterangan dok&amp;ter…</source>
        <translation>&amp;Doctor&apos;s note…</translation>
    </message>
    <message>
        <source>Keperluan deteni…</source>
        <translation>Detainee supplies…</translation>
    </message>
    <message>
        <source>Foto &amp;&amp; sidik &amp;jari</source>
        <translation>Photo &amp;&amp; &amp;fingerprints</translation>
    </message>
    <message>
        <source>Tempatkan/pindah &amp;ruang…</source>
        <translation>Assign/move &amp;room…</translation>
    </message>
    <message>
        <source>Catat kunjungan/&amp;insiden…</source>
        <translation>Log visit/&amp;incident…</translation>
    </message>
    <message>
        <source>Tin&amp;jauan…</source>
        <translation>Re&amp;view…</translation>
    </message>
    <message>
        <source>Foto &amp;barang terpilih</source>
        <translation>Photograph selected &amp;item</translation>
    </message>
    <message>
        <source>Serahkan barang titipan…</source>
        <translation>Hand over stored items…</translation>
    </message>
    <message>
        <source>Usul &amp;pengeluaran…</source>
        <translation>Propose re&amp;lease…</translation>
    </message>
    <message>
        <source>SP pengeluaran…</source>
        <translation>Release SP…</translation>
    </message>
    <message>
        <source>Pengeluaran &amp;&amp; pengem&amp;balian barang…</source>
        <translation>Release &amp;&amp; re&amp;turn of items…</translation>
    </message>
    <message>
        <source>Dokumentasi &amp;foto</source>
        <translation>&amp;Photo documentation</translation>
    </message>
    <message>
        <source>Rencana deporta&amp;si…</source>
        <translation>Deportation p&amp;lan…</translation>
    </message>
    <message>
        <source>Cap deportasi paspor</source>
        <translation>Deportation stamp in passport</translation>
    </message>
    <message>
        <source>Masuk alat angkut</source>
        <translation>Boarded the carrier</translation>
    </message>
    <message>
        <source>Laporan ke Kanwil</source>
        <translation>Report to Kanwil</translation>
    </message>
    <message>
        <source>Selesaikan lang&amp;kah… (Ctrl+Enter)</source>
        <translation>Complete the s&amp;tep… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Segel/keadaan</source>
        <translation>Seal/condition</translation>
    </message>
    <message>
        <source>Barang dan uang titipan</source>
        <translation>Stored items and money</translation>
    </message>
    <message>
        <source>Riwayat perkara</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Identitas diisi dari MRZ; periksa sebelum menerima.</source>
        <translation>Identity filled from the MRZ; check it before accepting.</translation>
    </message>
    <message>
        <source>Menerima rujukan…</source>
        <translation>Accepting the referral…</translation>
    </message>
    <message>
        <source>Rujukan {number} diterima: {name}, menunggu keputusan TAK Kepala Kantor.</source>
        <translation>Referral {number} accepted: {name}, awaiting the head of office&apos;s TAK decision.</translation>
    </message>
    <message>
        <source>{n} deteni; {alerts} dengan peringatan.</source>
        <translation>{n} detainees; {alerts} with alerts.</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Berharga</source>
        <translation>Valuable</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Supplies</translation>
    </message>
    <message>
        <source>Dititipkan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Dikembalikan ({n})</source>
        <translation>Returned ({n})</translation>
    </message>
    <message>
        <source>Uang</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alasan: {ground}</source>
        <translation>Grounds: {ground}</translation>
    </message>
    <message>
        <source>Didetensi sejak {day}: hari ke-{days}; ruang {room}</source>
        <translation>Detained since {day}: day {days}; room {room}</translation>
    </message>
    <message>
        <source>Perkara {number}, langkah sekarang: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>Case {number}, current step: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Perkara {number}: {status} {outcome}</source>
        <translation>Case {number}: {status} {outcome}</translation>
    </message>
    <message>
        <source>Masuk daftar penangkalan.</source>
        <translation>Added to the entry-ban list.</translation>
    </message>
    <message>
        <source>Surat Perintah dan Berita Acara Pendetensian</source>
        <translation>Detention order and record (Surat Perintah dan Berita Acara Pendetensian)</translation>
    </message>
    <message>
        <source>Nomor Keputusan TAK</source>
        <translation>TAK decision number</translation>
    </message>
    <message>
        <source>Tanggal keputusan</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>SP dan BA Pendetensian {name} diterbitkan.</source>
        <translation>Detention SP and BA for {name} issued.</translation>
    </message>
    <message>
        <source>Penggeledahan dan barang bawaan</source>
        <translation>Search and belongings</translation>
    </message>
    <message>
        <source>Barang, satu per baris: uraian; jumlah; satuan; nomor segel; dibawa</source>
        <translation>Items, one per line: description; quantity; unit; seal number; kept by detainee</translation>
    </message>
    <message>
        <source>Uang, satu per baris (misalnya USD 100 x 3)</source>
        <translation>Money, one per line (e.g. USD 100 x 3)</translation>
    </message>
    <message>
        <source>Nomor segel amplop uang</source>
        <translation>Money envelope seal number</translation>
    </message>
    <message>
        <source>Hasil penggeledahan</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Saksi (pisahkan dengan koma)</source>
        <translation>Witnesses (separate with commas)</translation>
    </message>
    <message>
        <source>&amp;Simpan dan terbitkan BA</source>
        <translation>&amp;Save and issue the BA</translation>
    </message>
    <message>
        <source>Penggeledahan {name} dicatat; Berita Acara Penggeledahan diterbitkan.</source>
        <translation>Search of {name} recorded; search record (Berita Acara Penggeledahan) issued.</translation>
    </message>
    <message>
        <source>Pemeriksaan kesehatan</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Nama dokter</source>
        <translation>Doctor&apos;s name</translation>
    </message>
    <message>
        <source>Keterangan dokter</source>
        <translation>Doctor&apos;s note</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Keterangan kesehatan {name} dicatat.</source>
        <translation>Health note for {name} recorded.</translation>
    </message>
    <message>
        <source>Keperluan deteni</source>
        <translation>Detainee supplies</translation>
    </message>
    <message>
        <source>Keperluan, satu per baris: uraian; jumlah; satuan</source>
        <translation>Supplies, one per line: description; quantity; unit</translation>
    </message>
    <message>
        <source>&amp;Serahkan dan cetak tanda terima</source>
        <translation>&amp;Hand over and print receipt</translation>
    </message>
    <message>
        <source>Tanda Terima Keperluan Deteni {name} diterbitkan; tanda tangani bersama deteni.</source>
        <translation>Detainee supplies receipt for {name} issued; sign it together with the detainee.</translation>
    </message>
    <message>
        <source>Mengambil foto dan sidik jari…</source>
        <translation>Taking photo and fingerprints…</translation>
    </message>
    <message>
        <source>Foto dan sidik jari {name} diambil.</source>
        <translation>Photo and fingerprints of {name} taken.</translation>
    </message>
    <message>
        <source>Tempatkan atau pindahkan ruang</source>
        <translation>Assign or move room</translation>
    </message>
    <message>
        <source>Alasan pemindahan (wajib bila pindah)</source>
        <translation>Reason for the move (required when moving)</translation>
    </message>
    <message>
        <source>&amp;Tempatkan</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>{name} ditempatkan di {room}.</source>
        <translation>{name} assigned to {room}.</translation>
    </message>
    <message>
        <source>Catat di register</source>
        <translation>Record in the register</translation>
    </message>
    <message>
        <source>&amp;Catat</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Dicatat pada register {name}.</source>
        <translation>Recorded in the register of {name}.</translation>
    </message>
    <message>
        <source>Peninjauan detensi</source>
        <translation>Detention review</translation>
    </message>
    <message>
        <source>Hasil peninjauan</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>Peninjauan {name} dicatat.</source>
        <translation>Review of {name} recorded.</translation>
    </message>
    <message>
        <source>Memotret barang…</source>
        <translation>Photographing the item…</translation>
    </message>
    <message>
        <source>Foto barang “{item}” disimpan.</source>
        <translation>Photo of the item “{item}” saved.</translation>
    </message>
    <message>
        <source>Serahkan barang titipan</source>
        <translation>Hand over stored items</translation>
    </message>
    <message>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Keterangan (alasan, identitas penerima)</source>
        <translation>Notes (reason, recipient&apos;s identity)</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Barang diserahkan dan dicatat.</source>
        <translation>Items handed over and recorded.</translation>
    </message>
    <message>
        <source>Usul pengeluaran deteni</source>
        <translation>Propose detainee release</translation>
    </message>
    <message>
        <source>Tujuan (TPI keberangkatan atau Rudenim)</source>
        <translation>Destination (departure TPI or Rudenim)</translation>
    </message>
    <message>
        <source>Alasan pemindahan (wajib bila pindah ke Rudenim)</source>
        <translation>Reason for the transfer (required for a transfer to a Rudenim)</translation>
    </message>
    <message>
        <source>&amp;Ajukan</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Usul pengeluaran {name} diajukan kepada Kepala Kantor.</source>
        <translation>Release proposal for {name} submitted to the head of office.</translation>
    </message>
    <message>
        <source>Surat Perintah Pengeluaran Deteni</source>
        <translation>Detainee release order (Surat Perintah Pengeluaran Deteni)</translation>
    </message>
    <message>
        <source>Nomor keputusan Kepala Kantor</source>
        <translation>Head of office&apos;s decision number</translation>
    </message>
    <message>
        <source>SP Pengeluaran {name} diterbitkan.</source>
        <translation>Release SP for {name} issued.</translation>
    </message>
    <message>
        <source>{seq}. {what}: jumlah kembali</source>
        <translation>{seq}. {what}: quantity returned</translation>
    </message>
    <message>
        <source>{seq}. keterangan bila berbeda</source>
        <translation>{seq}. note if different</translation>
    </message>
    <message>
        <source>Uang {currency} {denomination}: lembar kembali</source>
        <translation>Money {currency} {denomination}: notes returned</translation>
    </message>
    <message>
        <source>Keterangan bila uang {currency} berbeda</source>
        <translation>Note if the {currency} money differs</translation>
    </message>
    <message>
        <source>Petugas Rudenim penerima</source>
        <translation>Receiving Rudenim officer</translation>
    </message>
    <message>
        <source>NIP petugas penerima</source>
        <translation>Receiving officer&apos;s NIP</translation>
    </message>
    <message>
        <source>Jabatan petugas penerima</source>
        <translation>Receiving officer&apos;s position</translation>
    </message>
    <message>
        <source>Petugas Rumah Detensi Imigrasi</source>
        <translation>Immigration Detention Centre officer</translation>
    </message>
    <message>
        <source>Pengeluaran dan pengembalian barang</source>
        <translation>Release and return of items</translation>
    </message>
    <message>
        <source>&amp;Keluarkan dan terbitkan BA</source>
        <translation>&amp;Release and issue the BA</translation>
    </message>
    <message>
        <source>{name} dikeluarkan; Berita Acara Pengeluaran diterbitkan.</source>
        <translation>{name} released; release record (Berita Acara Pengeluaran) issued.</translation>
    </message>
    <message>
        <source>Foto pengeluaran {name} disimpan.</source>
        <translation>Release photo of {name} saved.</translation>
    </message>
    <message>
        <source>Rencana deportasi</source>
        <translation>Deportation plan</translation>
    </message>
    <message>
        <source>Petugas pengawal (nama pengguna, pisahkan koma)</source>
        <translation>Escort officers (user names, separated by commas)</translation>
    </message>
    <message>
        <source>Maskapai</source>
        <translation>Airline</translation>
    </message>
    <message>
        <source>Nomor penerbangan</source>
        <translation>Flight number</translation>
    </message>
    <message>
        <source>Tanggal berangkat</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <source>Jam berangkat (JJ:MM)</source>
        <translation>Departure time (HH:MM)</translation>
    </message>
    <message>
        <source>TPI keberangkatan</source>
        <translation>Departure TPI</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Usulkan penangkalan</source>
        <translation>Propose an entry ban</translation>
    </message>
    <message>
        <source>&amp;Terbitkan SP Pengawalan</source>
        <translation>&amp;Issue escort SP</translation>
    </message>
    <message>
        <source>SP Pengawalan dan Surat Pengawasan Keberangkatan {name} diterbitkan.</source>
        <translation>Escort SP and departure supervision letter for {name} issued.</translation>
    </message>
    <message>
        <source>Paspor {name} dicap deportasi dan dicatat di Register Deportasi.</source>
        <translation>Passport of {name} stamped for deportation and recorded in the Deportation Register.</translation>
    </message>
    <message>
        <source>{name} telah masuk alat angkut: dideportasi.</source>
        <translation>{name} has boarded the carrier: deported.</translation>
    </message>
    <message>
        <source>Laporan pendeportasian {name} kepada Kanwil diterbitkan.</source>
        <translation>Deportation report on {name} to Kanwil issued.</translation>
    </message>
    <message>
        <source>Register Harian Deteni diterbitkan ke antrian cetak.</source>
        <translation>Daily Detainee Register sent to the print queue.</translation>
    </message>
    <message>
        <source>Register Deportasi {day} diterbitkan ke antrian cetak.</source>
        <translation>Deportation Register for {day} sent to the print queue.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Printer dan perangkat</source>
        <translation>Printers and devices</translation>
    </message>
    <message>
        <source>Driver tiap perangkat; &quot;simulator&quot; untuk pelatihan tanpa perangkat. Uji tiap perangkat nanti di Admin → Perangkat.</source>
        <translation>The driver for each device; &quot;simulator&quot; for training without devices. Test each device later in Admin → Devices.</translation>
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
        <source>Kesalahan terakhir</source>
        <translation>Last error</translation>
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
        <source>Pengaturan perangkat</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Printer per jenis dokumen</source>
        <translation>Printer per document type</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Simpan &amp;printer</source>
        <translation>Save &amp;printers</translation>
    </message>
    <message>
        <source>Printer label (cap)</source>
        <translation>Label printer (stamps)</translation>
    </message>
    <message>
        <source>Kosongkan untuk mencetak di printer workstation. Nama printer mengikuti daftar printer sistem (CUPS).</source>
        <translation>Leave empty to print on the workstation printer. Printer names follow the system printer list (CUPS).</translation>
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
        <source>{time}: {message}</source>
        <translation>{time}: {message}</translation>
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
    <message>
        <source>Pengaturan perangkat tersimpan. Driver, port dan alamat yang diubah berlaku setelah Gapura dijalankan ulang.</source>
        <translation>Device settings saved. Changed drivers, ports and addresses take effect after Gapura is restarted.</translation>
    </message>
    <message>
        <source>printer {document}</source>
        <translation>printer for {document}</translation>
    </message>
    <message>
        <source>Pilihan printer tersimpan dan berlaku untuk cetakan berikutnya.</source>
        <translation>Printer choice saved; it applies to the next print jobs.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>tidak diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Wajib diisi: {fields}</source>
        <translation>Required: {fields}</translation>
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
    <name>IntakeForm</name>
    <message>
        <source>&amp;Jenis permohonan</source>
        <translation>Application &amp;type</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Kewarganegaraan (kode 3 huruf)</source>
        <translation>Nationality (3-letter code)</translation>
    </message>
    <message>
        <source>Nomor &amp;paspor</source>
        <translation>&amp;Passport number</translation>
    </message>
    <message>
        <source>Paspor berlaku sampai</source>
        <translation>Passport valid until</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nomor WhatsApp/ponsel</source>
        <translation>WhatsApp/mobile number</translation>
    </message>
    <message>
        <source>Alamat di Indonesia</source>
        <translation>Address in Indonesia</translation>
    </message>
    <message>
        <source>Izin tinggal yang dipegang sekarang</source>
        <translation>Stay permit held now</translation>
    </message>
    <message>
        <source>Nomor izin tinggal</source>
        <translation>Stay permit number</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit kind</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Berlaku dari</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sudah diperpanjang (kali)</source>
        <translation>Extended so far (times)</translation>
    </message>
    <message>
        <source>Jumlah hari sudah diberikan</source>
        <translation>Days granted so far</translation>
    </message>
    <message>
        <source>Yang dimohon</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>kosong = sesuai izin sekarang</source>
        <translation>empty = as the current permit</translation>
    </message>
    <message>
        <source>sesuai indeks</source>
        <translation>as the index gives</translation>
    </message>
    <message>
        <source>Anak berkewarganegaraan ganda terbatas (ABG)</source>
        <translation>Child with limited dual citizenship (ABG)</translation>
    </message>
    <message>
        <source>Indeks yang dimohon</source>
        <translation>Index requested</translation>
    </message>
    <message>
        <source>Lama (hari)</source>
        <translation>Length (days)</translation>
    </message>
    <message>
        <source>Lama memegang ITAS (tahun)</source>
        <translation>Years on an ITAS</translation>
    </message>
    <message>
        <source>Lama perkawinan dengan WNI (tahun)</source>
        <translation>Years married to an Indonesian citizen</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Penjamin</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Perorangan</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Badan usaha</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>NIK / nomor paspor / NIB</source>
        <translation>NIK / passport number / NIB</translation>
    </message>
    <message>
        <source>Jenis penjamin</source>
        <translation>Sponsor kind</translation>
    </message>
    <message>
        <source>Nama penjamin</source>
        <translation>Sponsor&apos;s name</translation>
    </message>
    <message>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Alamat penjamin</source>
        <translation>Sponsor&apos;s address</translation>
    </message>
    <message>
        <source>Telepon penjamin</source>
        <translation>Sponsor&apos;s phone</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Selamat datang di Gapura</source>
        <translation>Welcome to Gapura</translation>
    </message>
    <message>
        <source>Workstation ini belum disiapkan. Jawab beberapa pertanyaan; semuanya dapat diubah lagi dari menu Admin.</source>
        <translation>This workstation is not set up yet. Answer a few questions; everything can be changed later from the Admin menu.</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Bahasa tampilan:</source>
        <translation>Display &amp;language:</translation>
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
        <source>&amp;Pekerjaan saya…</source>
        <translation>My &amp;work…</translation>
    </message>
    <message>
        <source>Sin&amp;kronisasi</source>
        <translation>Syn&amp;c</translation>
    </message>
    <message>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>S&amp;tatus sinkronisasi…</source>
        <translation>Sync s&amp;tatus…</translation>
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
        <source>Sinkronisasi: tidak berjalan</source>
        <translation>Sync: not running</translation>
    </message>
    <message>
        <source>Perangkat: memeriksa…</source>
        <translation>Devices: checking…</translation>
    </message>
    <message>
        <source>Daftar cekal: belum pernah diperbarui</source>
        <translation>Watch lists: never updated</translation>
    </message>
    <message>
        <source>Daftar cekal: {hours} jam lalu</source>
        <translation>Watch lists: {hours} hours ago</translation>
    </message>
    <message>
        <source>Daftar cekal: {days} hari lalu</source>
        <translation>Watch lists: {days} days ago</translation>
    </message>
    <message>
        <source>⚠ {status}</source>
        <translation>⚠ {status}</translation>
    </message>
    <message>
        <source>{total} entri (pencegahan {pencegahan}, penangkalan {penangkalan}, Interpol {interpol}). Batas umur: {limit} jam.</source>
        <translation>{total} entries (departure bans {pencegahan}, entry bans {penangkalan}, Interpol {interpol}). Age limit: {limit} hours.</translation>
    </message>
    <message>
        <source>Daftar sudah melewati batas umur: perbarui daftar (impor atau sinkronisasi) sebelum melanjutkan pemeriksaan.</source>
        <translation>The lists are older than the limit: update them (import or sync) before continuing the checks.</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Workstation ini bekerja luring: alamat server pusat belum diatur. Data tetap tersimpan di sini; minta Admin TIK mengatur server.url.</source>
        <translation>This workstation works offline: the central server&apos;s address is not set. Data stays stored here; ask the IT admin to set server.url.</translation>
    </message>
    <message>
        <source>Sinkronisasi dimulai…</source>
        <translation>Sync started…</translation>
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
    <name>ManualMrzDialog</name>
    <message>
        <source>Isi data paspor secara manual</source>
        <translation>Enter passport data manually</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tidak ditentukan</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Nama &amp;keluarga</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <source>Nama &amp;depan</source>
        <translation>&amp;Given names</translation>
    </message>
    <message>
        <source>&amp;Nomor paspor</source>
        <translation>Passport &amp;number</translation>
    </message>
    <message>
        <source>&amp;Kewarganegaraan (kode 3 huruf)</source>
        <translation>Na&amp;tionality (3-letter code)</translation>
    </message>
    <message>
        <source>Negara &amp;penerbit (kosong = sama)</source>
        <translation>&amp;Issuing state (blank = same)</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Tanggal &amp;lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Berlaku &amp;sampai</source>
        <translation>&amp;Expiry date</translation>
    </message>
    <message>
        <source>&amp;Gunakan</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Nama keluarga wajib diisi.</source>
        <translation>The surname is required.</translation>
    </message>
    <message>
        <source>Nomor paspor wajib diisi.</source>
        <translation>The passport number is required.</translation>
    </message>
    <message>
        <source>Kode negara tidak dikenal; gunakan kode ICAO 3 huruf (mis. IDN, AUS, D).</source>
        <translation>Unknown country code; use the 3-letter ICAO code (e.g. IDN, AUS, D).</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kantor Imigrasi tempat workstation ini dipakai.</source>
        <translation>The immigration office where this workstation is used.</translation>
    </message>
    <message>
        <source>&amp;Kode kantor:</source>
        <translation>Office &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
</context>
<context>
    <name>PassportsScreen</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditahan: identitas ganda</source>
        <translation>Held: duplicate identity</translation>
    </message>
    <message>
        <source>Billing terbit</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Blangko dialokasikan</source>
        <translation>Blank allocated</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Terbit, siap diserahkan</source>
        <translation>Issued, ready for handover</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>&amp;Penerimaan</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Penggantian habis berlaku</source>
        <translation>Replacement (expired)</translation>
    </message>
    <message>
        <source>Penggantian hilang</source>
        <translation>Replacement (lost)</translation>
    </message>
    <message>
        <source>Penggantian rusak</source>
        <translation>Replacement (damaged)</translation>
    </message>
    <message>
        <source>Elektronik 5 tahun</source>
        <translation>Electronic, 5 years</translation>
    </message>
    <message>
        <source>Elektronik 10 tahun</source>
        <translation>Electronic, 10 years</translation>
    </message>
    <message>
        <source>Non-elektronik 5 tahun</source>
        <translation>Non-electronic, 5 years</translation>
    </message>
    <message>
        <source>Non-elektronik 10 tahun</source>
        <translation>Non-electronic, 10 years</translation>
    </message>
    <message>
        <source>Reguler</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Percepatan</source>
        <translation>Express</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nomor dan tanggal surat keterangan hilang</source>
        <translation>Number and date of the loss report</translation>
    </message>
    <message>
        <source>Alasan permohonan</source>
        <translation>Reason for applying</translation>
    </message>
    <message>
        <source>Jenis paspor</source>
        <translation>Passport type</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <source>Tempat lahir *</source>
        <translation>Place of birth *</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Nomor paspor lama</source>
        <translation>Old passport number</translation>
    </message>
    <message>
        <source>Surat keterangan hilang (Kepolisian)</source>
        <translation>Loss report (police)</translation>
    </message>
    <message>
        <source>Nomor antrian</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Berkas asli diperiksa *</source>
        <translation>Original documents checked *</translation>
    </message>
    <message>
        <source>Permohonan &amp;baru</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>&amp;Terima permohonan (Ctrl+Enter)</source>
        <translation>&amp;Receive application (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pilih permohonan untuk melihat rinciannya.</source>
        <translation>Select an application to see its details.</translation>
    </message>
    <message>
        <source>&amp;Wawancara…</source>
        <translation>&amp;Interview…</translation>
    </message>
    <message>
        <source>Ambil &amp;biometrik</source>
        <translation>Take &amp;biometrics</translation>
    </message>
    <message>
        <source>Terbitkan bi&amp;lling</source>
        <translation>Issue the bi&amp;lling</translation>
    </message>
    <message>
        <source>Catat pe&amp;mbayaran…</source>
        <translation>Record pa&amp;yment…</translation>
    </message>
    <message>
        <source>&amp;Alokasi blangko</source>
        <translation>&amp;Allocate a blank</translation>
    </message>
    <message>
        <source>Terb&amp;itkan paspor</source>
        <translation>I&amp;ssue the passport</translation>
    </message>
    <message>
        <source>Se&amp;rahkan…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Selesaikan lang&amp;kah… (Ctrl+Enter)</source>
        <translation>Complete the s&amp;tep… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Periksa identitas &amp;ganda…</source>
        <translation>Check the &amp;duplicate identity…</translation>
    </message>
    <message>
        <source>BA&amp;P pemohon…</source>
        <translation>Applicant&apos;s BA&amp;P…</translation>
    </message>
    <message>
        <source>BAP&amp;EN…</source>
        <translation>BAP&amp;EN…</translation>
    </message>
    <message>
        <source>Riwayat perkara</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Menerima permohonan…</source>
        <translation>Receiving the application…</translation>
    </message>
    <message>
        <source>Permohonan {number} diterima dan ditahan: kemungkinan identitas ganda, menunggu Kepala Seksi.</source>
        <translation>Application {number} received and held: a possible duplicate identity, waiting for the section head.</translation>
    </message>
    <message>
        <source>Permohonan {number} diterima.</source>
        <translation>Application {number} received.</translation>
    </message>
    <message>
        <source>{n} permohonan.</source>
        <translation>{n} applications.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Paspor {kind}, layanan {service}, alasan {reason}</source>
        <translation>Passport {kind}, service {service}, reason {reason}</translation>
    </message>
    <message>
        <source>Paspor lama: {number}</source>
        <translation>Old passport: {number}</translation>
    </message>
    <message>
        <source>surat keterangan hilang {report}</source>
        <translation>loss report {report}</translation>
    </message>
    <message>
        <source>Paspor terdahulu: {passports}</source>
        <translation>Earlier passports: {passports}</translation>
    </message>
    <message>
        <source>Tanda terima {number}; berkas: {papers}</source>
        <translation>Receipt {number}; documents: {papers}</translation>
    </message>
    <message>
        <source>BAP: {bap}; BAPEN: {bapen}</source>
        <translation>BAP: {bap}; BAPEN: {bapen}</translation>
    </message>
    <message>
        <source>Langkah sekarang: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>Current step: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Perkara: {status} {outcome}</source>
        <translation>Case: {status} {outcome}</translation>
    </message>
    <message>
        <source>HIT cekal pada pemohon.</source>
        <translation>Watch-list HIT on the applicant.</translation>
    </message>
    <message>
        <source>Kemungkinan identitas ganda: {name}, NIK {nik}, paspor {passport} ({similarity})</source>
        <translation>Possible duplicate identity: {name}, NIK {nik}, passport {passport} ({similarity})</translation>
    </message>
    <message>
        <source>Billing {code}: {fee}, berlaku s.d. {expires}; {paid}</source>
        <translation>Billing {code}: {fee}, valid until {expires}; {paid}</translation>
    </message>
    <message>
        <source>sudah dibayar</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>belum dibayar</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Blangko: &lt;b&gt;{serial}&lt;/b&gt;</source>
        <translation>Blank: &lt;b&gt;{serial}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kompensasi: alokasi {days} hari kerja setelah bayar; paspor diantar ke alamat pemohon atas biaya kantor.</source>
        <translation>Compensation: allocated {days} working days after payment; the passport is delivered to the applicant&apos;s address at the office&apos;s cost.</translation>
    </message>
    <message>
        <source>Nomor paspor: &lt;b&gt;{number}&lt;/b&gt;</source>
        <translation>Passport number: &lt;b&gt;{number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Diserahkan kepada {name} ({mode})</source>
        <translation>Handed over to {name} ({mode})</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Wawancara</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Catatan wawancara</source>
        <translation>Interview notes</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Wawancara {number} dicatat: {decision}.</source>
        <translation>Interview of {number} recorded: {decision}.</translation>
    </message>
    <message>
        <source>Mengambil foto dan sidik jari…</source>
        <translation>Taking the photo and fingerprints…</translation>
    </message>
    <message>
        <source>Biometrik {number} diambil: foto dan sidik jari.</source>
        <translation>Biometrics of {number} taken: photo and fingerprints.</translation>
    </message>
    <message>
        <source>Billing {code} terbit: {fee}.</source>
        <translation>Billing {code} issued: {fee}.</translation>
    </message>
    <message>
        <source>Pembayaran paspor</source>
        <translation>Passport payment</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Jam bayar (JJ:MM)</source>
        <translation>Time paid (HH:MM)</translation>
    </message>
    <message>
        <source>Bukti bayar (NTPN)</source>
        <translation>Proof of payment (NTPN)</translation>
    </message>
    <message>
        <source>&amp;Catat pembayaran</source>
        <translation>&amp;Record payment</translation>
    </message>
    <message>
        <source>{number}: billing {code}, {fee}.</source>
        <translation>{number}: billing {code}, {fee}.</translation>
    </message>
    <message>
        <source>Pembayaran {number} dicatat.</source>
        <translation>Payment of {number} recorded.</translation>
    </message>
    <message>
        <source>Mencari blangko berikutnya…</source>
        <translation>Looking up the next blank…</translation>
    </message>
    <message>
        <source>Stok blangko {label} habis. Catat penerimaan blangko baru, lalu ulangi.</source>
        <translation>The stock of {label} blanks is used up. Record the receipt of new blanks, then try again.</translation>
    </message>
    <message>
        <source>Alokasi blangko paspor</source>
        <translation>Allocate passport blank</translation>
    </message>
    <message>
        <source>Nomor seri blangko (pindai)</source>
        <translation>Blank serial number (scan)</translation>
    </message>
    <message>
        <source>&amp;Alokasikan</source>
        <translation>&amp;Allocate</translation>
    </message>
    <message>
        <source>{number}: {name}. Ambil blangko {label} dari persediaan dan pindai nomor serinya. Menurut urutan, blangko berikutnya {serial} (tersedia {available}).</source>
        <translation>{number}: {name}. Take a {label} blank from the stock and scan its serial number. In order, the next blank is {serial} ({available} available).</translation>
    </message>
    <message>
        <source>Blangko {serial} dialokasikan.</source>
        <translation>Blank {serial} allocated.</translation>
    </message>
    <message>
        <source>Kompensasi: paspor diantar ke alamat pemohon.</source>
        <translation>Compensation: the passport is delivered to the applicant&apos;s address.</translation>
    </message>
    <message>
        <source>Paspor {number} terbit.</source>
        <translation>Passport {number} issued.</translation>
    </message>
    <message>
        <source>Kapan, di mana dan bagaimana paspor Saudara hilang/rusak?</source>
        <translation>When, where and how was your passport lost/damaged?</translation>
    </message>
    <message>
        <source>Apakah Saudara sudah melapor kepada Kepolisian?</source>
        <translation>Have you reported it to the police?</translation>
    </message>
    <message>
        <source>Apakah paspor tersebut pernah dipindahtangankan atau disalahgunakan?</source>
        <translation>Has the passport ever been passed to someone else or misused?</translation>
    </message>
    <message>
        <source>Pekerjaan pemohon</source>
        <translation>Applicant&apos;s occupation</translation>
    </message>
    <message>
        <source>Pertanyaan {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Jawaban {n}</source>
        <translation>Answer {n}</translation>
    </message>
    <message>
        <source>Berita Acara Pemeriksaan</source>
        <translation>Berita Acara Pemeriksaan (examination record)</translation>
    </message>
    <message>
        <source>&amp;Buat BAP</source>
        <translation>&amp;Create BAP</translation>
    </message>
    <message>
        <source>BAP {bap} dibuat untuk {number}.</source>
        <translation>BAP {bap} created for {number}.</translation>
    </message>
    <message>
        <source>Berita Acara Pendapat</source>
        <translation>Berita Acara Pendapat (opinion record)</translation>
    </message>
    <message>
        <source>Pendapat</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Fakta-fakta (satu per baris)</source>
        <translation>Facts (one per line)</translation>
    </message>
    <message>
        <source>Analisis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Saran</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>&amp;Buat BAPEN</source>
        <translation>&amp;Create BAPEN</translation>
    </message>
    <message>
        <source>{number}: {name}, BAP {bap}</source>
        <translation>{number}: {name}, BAP {bap}</translation>
    </message>
    <message>
        <source>BAPEN {bapen} dibuat untuk {number}.</source>
        <translation>BAPEN {bapen} created for {number}.</translation>
    </message>
    <message>
        <source>Langsung di loket</source>
        <translation>In person at the counter</translation>
    </message>
    <message>
        <source>PT Pos</source>
        <translation>PT Pos</translation>
    </message>
    <message>
        <source>Drive-thru</source>
        <translation>Drive-thru</translation>
    </message>
    <message>
        <source>Jam kerja</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <source>Petang</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Serahkan paspor</source>
        <translation>Hand over the passport</translation>
    </message>
    <message>
        <source>Cara penyerahan</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Identitas penerima sudah diperiksa</source>
        <translation>Recipient&apos;s identity checked</translation>
    </message>
    <message>
        <source>Kode QR tanda terima (pindai; wajib di drive-thru)</source>
        <translation>Receipt QR code (scan; required at the drive-thru)</translation>
    </message>
    <message>
        <source>Nomor resi PT Pos</source>
        <translation>PT Pos tracking number</translation>
    </message>
    <message>
        <source>Biaya antar (Rp)</source>
        <translation>Delivery fee (Rp)</translation>
    </message>
    <message>
        <source>Waktu pengambilan</source>
        <translation>Pickup time</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Paspor {number} diserahkan kepada {name}.</source>
        <translation>Passport {number} handed over to {name}.</translation>
    </message>
    <message>
        <source>Orang lain (permohonan berlanjut)</source>
        <translation>Another person (the application goes on)</translation>
    </message>
    <message>
        <source>Orang yang sama (permohonan dibatalkan)</source>
        <translation>The same person (the application is cancelled)</translation>
    </message>
    <message>
        <source>Periksa identitas ganda</source>
        <translation>Check the duplicate identity</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Identitas {number} diperiksa: {state}.</source>
        <translation>Identity of {number} checked: {state}.</translation>
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
    <name>PermitsScreen</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Cekal</source>
        <translation>Watch-list hit</translation>
    </message>
    <message>
        <source>Terbit, siap diambil</source>
        <translation>Issued, ready for pickup</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>&amp;Penerimaan</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;Baca paspor (F2)</source>
        <translation>&amp;Read passport (F2)</translation>
    </message>
    <message>
        <source>&amp;Ketik data paspor…</source>
        <translation>&amp;Type passport data…</translation>
    </message>
    <message>
        <source>&amp;Riwayat pemohon</source>
        <translation>Applicant&apos;s &amp;history</translation>
    </message>
    <message>
        <source>Permohonan &amp;baru</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>Isi formulir; aturan diperiksa sambil Anda mengetik.</source>
        <translation>Fill in the form; the rules are checked as you type.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nomor / waktu</source>
        <translation>Number / time</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan aturan</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <source>Riwayat pemohon: izin tinggal, perlintasan, perkara</source>
        <translation>Applicant&apos;s history: stay permits, crossings, cases</translation>
    </message>
    <message>
        <source>Periksa &amp;aturan</source>
        <translation>Check the &amp;rules</translation>
    </message>
    <message>
        <source>&amp;Terima permohonan (Ctrl+Enter)</source>
        <translation>&amp;Receive application (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Nomor permohonan, nama atau nomor paspor</source>
        <translation>Application number, name or passport number</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Cari (F5)</source>
        <translation>&amp;Search (F5)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Pilih permohonan untuk melihat rinciannya.</source>
        <translation>Select an application to see its details.</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Cetak &amp;tanda terima</source>
        <translation>Print the &amp;receipt</translation>
    </message>
    <message>
        <source>Periksa &amp;penjamin…</source>
        <translation>Check the &amp;sponsor…</translation>
    </message>
    <message>
        <source>Catat pe&amp;mbayaran…</source>
        <translation>Record pa&amp;yment…</translation>
    </message>
    <message>
        <source>Ambil &amp;biometrik</source>
        <translation>Take &amp;biometrics</translation>
    </message>
    <message>
        <source>Terb&amp;itkan (register + cetak)</source>
        <translation>&amp;Issue (register + print)</translation>
    </message>
    <message>
        <source>Se&amp;rahkan…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>Ar&amp;sip…</source>
        <translation>Ar&amp;chive…</translation>
    </message>
    <message>
        <source>Selesaikan &amp;langkah… (Ctrl+Enter)</source>
        <translation>Complete the &amp;step… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Riwayat perkara</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>Daftar persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Dokumen terbit</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>Membaca paspor…</source>
        <translation>Reading the passport…</translation>
    </message>
    <message>
        <source>Paspor terbaca dengan {count} masalah MRZ; periksa datanya dengan paspor.</source>
        <translation>Passport read with {count} MRZ problems; check the data against the passport.</translation>
    </message>
    <message>
        <source>Paspor {number} terbaca.</source>
        <translation>Passport {number} read.</translation>
    </message>
    <message>
        <source>Isi nomor paspor dan kewarganegaraan dahulu.</source>
        <translation>Fill in the passport number and nationality first.</translation>
    </message>
    <message>
        <source>Izin tinggal {kind} {index}</source>
        <translation>Stay permit {kind} {index}</translation>
    </message>
    <message>
        <source>{start} s.d. {end}; penjamin {sponsor}</source>
        <translation>{start} to {end}; sponsor {sponsor}</translation>
    </message>
    <message>
        <source>Perlintasan</source>
        <translation>Crossing</translation>
    </message>
    <message>
        <source>Perkara</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Memenuhi aturan.</source>
        <translation>Meets the rules.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;Memenuhi aturan&lt;/span&gt;: indeks {index}, {start} s.d. {end} ({days} hari).</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;Meets the rules&lt;/span&gt;: index {index}, {start} to {end} ({days} days).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Ditolak aturan&lt;/span&gt;:</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Refused by the rules&lt;/span&gt;:</translation>
    </message>
    <message>
        <source>Menerima permohonan…</source>
        <translation>Receiving the application…</translation>
    </message>
    <message>
        <source>Permohonan tidak dapat diterima: {reasons}</source>
        <translation>The application cannot be received: {reasons}</translation>
    </message>
    <message>
        <source>Permohonan {number} diterima; tanda terima dicetak.</source>
        <translation>Application {number} received; receipt printed.</translation>
    </message>
    <message>
        <source>{n} permohonan; terlambat: {late}.</source>
        <translation>{n} applications; late: {late}.</translation>
    </message>
    <message>
        <source>{state}, menunggu persetujuan</source>
        <translation>{state}, waiting for approval</translation>
    </message>
    <message>
        <source>{state}, menunggu Kanwil/Ditjen</source>
        <translation>{state}, waiting for Kanwil/Ditjen</translation>
    </message>
    <message>
        <source>{state} — Terlambat</source>
        <translation>{state} — Late</translation>
    </message>
    <message>
        <source>Tanda terima permohonan</source>
        <translation>Application receipt</translation>
    </message>
    <message>
        <source>SKIM</source>
        <translation>SKIM</translation>
    </message>
    <message>
        <source>Stiker izin tinggal</source>
        <translation>Stay permit sticker</translation>
    </message>
    <message>
        <source>Kartu izin tinggal</source>
        <translation>Stay permit card</translation>
    </message>
    <message>
        <source>Surat penolakan</source>
        <translation>Refusal letter</translation>
    </message>
    <message>
        <source>Pemohon: {name} ({nationality}, paspor {passport})</source>
        <translation>Applicant: {name} ({nationality}, passport {passport})</translation>
    </message>
    <message>
        <source>Langkah sekarang: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>Current step: &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Perlu tercatat: {facts}</source>
        <translation>Needs recorded: {facts}</translation>
    </message>
    <message>
        <source>Belum tercatat: {facts}</source>
        <translation>Not recorded yet: {facts}</translation>
    </message>
    <message>
        <source>Keputusan: {question} ({answers})</source>
        <translation>Decision: {question} ({answers})</translation>
    </message>
    <message>
        <source>Perlu persetujuan: {approval}</source>
        <translation>Needs approval: {approval}</translation>
    </message>
    <message>
        <source>Batas waktu: {due} ({left})</source>
        <translation>Due: {due} ({left})</translation>
    </message>
    <message>
        <source>Diberikan: indeks {index}, {start} s.d. {end}</source>
        <translation>Granted: index {index}, {start} to {end}</translation>
    </message>
    <message>
        <source>PNBP {fee}: {paid}</source>
        <translation>PNBP {fee}: {paid}</translation>
    </message>
    <message>
        <source>sudah dibayar</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>belum dibayar</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>belum diteliti</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>sah</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>tidak sah</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>Penjamin: {name} ({checked})</source>
        <translation>Sponsor: {name} ({checked})</translation>
    </message>
    <message>
        <source>HIT cekal pada pemohon atau penjamin: ikuti jalur cekal.</source>
        <translation>Watch-list HIT on the applicant or the sponsor: follow the cekal path.</translation>
    </message>
    <message>
        <source>Nomor register: &lt;b&gt;{number}&lt;/b&gt;</source>
        <translation>Register number: &lt;b&gt;{number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>wajib</source>
        <translation>required</translation>
    </message>
    <message>
        <source>bila ada</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>terpindai</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>Pindai…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <source>Persyaratan {title} dicatat {state}.</source>
        <translation>Requirement {title} recorded as {state}.</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>present</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>{name} dipindai untuk {title}.</source>
        <translation>{name} scanned for {title}.</translation>
    </message>
    <message>
        <source>Tanda terima {number} dicetak.</source>
        <translation>Receipt {number} printed.</translation>
    </message>
    <message>
        <source>Sah</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tidak sah</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>Penelitian penjamin</source>
        <translation>Sponsor check</translation>
    </message>
    <message>
        <source>Penjamin</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Catatan (wajib bila tidak sah)</source>
        <translation>Note (required when not valid)</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Penjamin {name} dicatat {state}.</source>
        <translation>Sponsor {name} recorded as {state}.</translation>
    </message>
    <message>
        <source>Pembayaran PNBP</source>
        <translation>PNBP payment</translation>
    </message>
    <message>
        <source>Kode billing (15 angka)</source>
        <translation>Billing code (15 digits)</translation>
    </message>
    <message>
        <source>Jumlah dibayar (Rp)</source>
        <translation>Amount paid (Rp)</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>Jam bayar (JJ:MM)</source>
        <translation>Time paid (HH:MM)</translation>
    </message>
    <message>
        <source>Bukti bayar (NTPN)</source>
        <translation>Proof of payment (NTPN)</translation>
    </message>
    <message>
        <source>&amp;Catat pembayaran</source>
        <translation>&amp;Record payment</translation>
    </message>
    <message>
        <source>{number}: tarif PNBP {fee}.</source>
        <translation>{number}: PNBP fee {fee}.</translation>
    </message>
    <message>
        <source>Pembayaran {number} dicatat.</source>
        <translation>Payment of {number} recorded.</translation>
    </message>
    <message>
        <source>Mengambil foto dan sidik jari…</source>
        <translation>Taking the photo and fingerprints…</translation>
    </message>
    <message>
        <source>Biometrik {number} diambil: foto dan sidik jari.</source>
        <translation>Biometrics of {number} taken: photo and fingerprints.</translation>
    </message>
    <message>
        <source>Nomor register {register}; dokim masuk antrian cetak.</source>
        <translation>Register number {register}; the documents are in the print queue.</translation>
    </message>
    <message>
        <source>Serahkan dokumen keimigrasian</source>
        <translation>Hand over the immigration documents</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Identitas penerima sudah diperiksa</source>
        <translation>Recipient&apos;s identity checked</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>{number} diserahkan kepada {name}.</source>
        <translation>{number} handed over to {name}.</translation>
    </message>
    <message>
        <source>Arsip {name} disimpan pada {number}.</source>
        <translation>Archive {name} stored on {number}.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <source>menunggu</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>dicetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>QC</source>
        <translation>QC</translation>
    </message>
    <message>
        <source>Diminta oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Printer workstation</source>
        <translation>Workstation printer</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Cetak (Ctrl+P)</source>
        <translation>&amp;Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak &amp;ulang…</source>
        <translation>Rep&amp;rint…</translation>
    </message>
    <message>
        <source>QC &amp;baik</source>
        <translation>QC &amp;good</translation>
    </message>
    <message>
        <source>QC &amp;gagal…</source>
        <translation>QC &amp;failed…</translation>
    </message>
    <message>
        <source>&amp;Batalkan dokumen…</source>
        <translation>&amp;Void document…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>Re&amp;load (F5)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Antrian cetak</source>
        <translation>Print queue</translation>
    </message>
    <message>
        <source>Blangko paspor</source>
        <translation>Passport blanks</translation>
    </message>
    <message>
        <source>ke-{n}</source>
        <translation>copy {n}</translation>
    </message>
    <message>
        <source>asli</source>
        <translation>original</translation>
    </message>
    <message>
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <source>Mencetak {number}…</source>
        <translation>Printing {number}…</translation>
    </message>
    <message>
        <source>{number} terkirim ke {destination}.</source>
        <translation>{number} sent to {destination}.</translation>
    </message>
    <message>
        <source>Alasan cetak ulang {number}:</source>
        <translation>Reason for reprinting {number}:</translation>
    </message>
    <message>
        <source>Salinan ke-{n} masuk antrian; pilih lalu cetak.</source>
        <translation>Copy {n} is queued; select it, then print.</translation>
    </message>
    <message>
        <source>Apa yang salah pada hasil cetak?</source>
        <translation>What is wrong with the print?</translation>
    </message>
    <message>
        <source>Hasil QC dicatat.</source>
        <translation>QC result recorded.</translation>
    </message>
    <message>
        <source>Alasan pembatalan {number} (tidak dapat diurungkan):</source>
        <translation>Reason for voiding {number} (cannot be undone):</translation>
    </message>
    <message>
        <source>{number} dibatalkan.</source>
        <translation>{number} voided.</translation>
    </message>
    <message>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Lansia (60 tahun ke atas)</source>
        <translation>Elderly (60 and over)</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>Anak balita</source>
        <translation>Child under five</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Dipanggil</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Dilayani</source>
        <translation>Being served</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Tidak ada (hanya pemohon prioritas)</source>
        <translation>None (priority applicants only)</translation>
    </message>
    <message>
        <source>Penggantian paspor hilang</source>
        <translation>Replacement of a lost passport</translation>
    </message>
    <message>
        <source>Penggantian paspor rusak</source>
        <translation>Replacement of a damaged passport</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Layar ruang &amp;tunggu (Ctrl+D)</source>
        <translation>&amp;Waiting-room display (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Booking / alasan</source>
        <translation>Booking / reason</translation>
    </message>
    <message>
        <source>Diambil</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Kode booking M-Paspor, lalu Enter</source>
        <translation>M-Paspor booking code, then Enter</translation>
    </message>
    <message>
        <source>Kode booking</source>
        <translation>Booking code</translation>
    </message>
    <message>
        <source>&amp;Daftarkan (Enter)</source>
        <translation>&amp;Register (Enter)</translation>
    </message>
    <message>
        <source>Tanpa &amp;booking… (Ctrl+W)</source>
        <translation>Without a &amp;booking… (Ctrl+W)</translation>
    </message>
    <message>
        <source>Muat daftar booking… (Ctrl+O)</source>
        <translation>Load the booking list… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Loket layanan</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>Loket 1</source>
        <translation>Desk 1</translation>
    </message>
    <message>
        <source>Belum ada nomor dipanggil.</source>
        <translation>No number called yet.</translation>
    </message>
    <message>
        <source>&amp;Panggil berikutnya (F9)</source>
        <translation>Call &amp;next (F9)</translation>
    </message>
    <message>
        <source>Panggil &amp;ulang (F10)</source>
        <translation>Call &amp;again (F10)</translation>
    </message>
    <message>
        <source>Mulai &amp;layani</source>
        <translation>Start &amp;serving</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Tidak &amp;hadir</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>tanpa booking</source>
        <translation>without booking</translation>
    </message>
    <message>
        <source>Menunggu: prioritas {p}, umum {g}</source>
        <translation>Waiting: priority {p}, general {g}</translation>
    </message>
    <message>
        <source>{desk}: {number} ({status})</source>
        <translation>{desk}: {number} ({status})</translation>
    </message>
    <message>
        <source>Nomor antrian {number} untuk {name} (booking {code}).</source>
        <translation>Queue number {number} for {name} (booking {code}).</translation>
    </message>
    <message>
        <source>Pemohon tanpa booking</source>
        <translation>Applicant without a booking</translation>
    </message>
    <message>
        <source>Nama sesuai KTP</source>
        <translation>Name as on the KTP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alasan tanpa booking</source>
        <translation>Reason for no booking</translation>
    </message>
    <message>
        <source>Beri nomor</source>
        <translation>Give a number</translation>
    </message>
    <message>
        <source>Tanpa booking online hanya pemohon prioritas (disabilitas, lansia, ibu hamil, balita) dan penggantian paspor hilang atau rusak.</source>
        <translation>Without an online booking only priority applicants (disability, elderly, pregnant, under five) and replacements of lost or damaged passports.</translation>
    </message>
    <message>
        <source>Nomor antrian {number} untuk {name}.</source>
        <translation>Queue number {number} for {name}.</translation>
    </message>
    <message>
        <source>Muat daftar booking M-Paspor</source>
        <translation>Load the M-Paspor booking list</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv);;Semua berkas (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>{n} booking dimuat.</source>
        <translation>{n} bookings loaded.</translation>
    </message>
    <message>
        <source>Memanggil {number} ({name}) ke {desk}.</source>
        <translation>Calling {number} ({name}) to {desk}.</translation>
    </message>
    <message>
        <source>Memanggil ulang {number} ke {desk}.</source>
        <translation>Calling {number} to {desk} again.</translation>
    </message>
    <message>
        <source>{number} dilayani di {desk}.</source>
        <translation>{number} served at {desk}.</translation>
    </message>
    <message>
        <source>{number} selesai dilayani.</source>
        <translation>{number} done.</translation>
    </message>
    <message>
        <source>{number} dicatat tidak hadir.</source>
        <translation>{number} recorded absent.</translation>
    </message>
    <message>
        <source>Belum ada nomor dipanggil ke {desk}; tekan F9.</source>
        <translation>No number called to {desk} yet; press F9.</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Rujuk ke supervisor</source>
        <translation>Refer to supervisor</translation>
    </message>
    <message>
        <source>HIT cekal (pencegahan/penangkalan)</source>
        <translation>Travel ban HIT (departure/entry ban)</translation>
    </message>
    <message>
        <source>HIT Interpol</source>
        <translation>Interpol HIT</translation>
    </message>
    <message>
        <source>Chip paspor tidak asli / berbeda dengan MRZ</source>
        <translation>Passport chip not genuine / differs from the MRZ</translation>
    </message>
    <message>
        <source>Dokumen perjalanan / izin tinggal tidak sah</source>
        <translation>Invalid travel document / stay permit</translation>
    </message>
    <message>
        <source>Overstay (bayar biaya beban)</source>
        <translation>Overstay (pay the overstay charge)</translation>
    </message>
    <message>
        <source>Overstay lebih dari batas</source>
        <translation>Overstay beyond the limit</translation>
    </message>
    <message>
        <source>Boarding pass tidak sesuai</source>
        <translation>Boarding pass does not match</translation>
    </message>
    <message>
        <source>Dicurigai / perlu pendalaman</source>
        <translation>Suspicious / needs further questioning</translation>
    </message>
    <message>
        <source>Tanggung jawab alat angkut</source>
        <translation>Carrier liability</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Catatan</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Rujuk</source>
        <translation>Re&amp;fer</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>&amp;Ubah nilai… (Ctrl+E)</source>
        <translation>&amp;Change value… (Ctrl+E)</translation>
    </message>
    <message>
        <source>perlu konfirmasi</source>
        <translation>needs confirmation</translation>
    </message>
    <message>
        <source>Pilih nilai di tabel terlebih dahulu.</source>
        <translation>Select a value in the table first.</translation>
    </message>
    <message>
        <source>Ubah {key}</source>
        <translation>Change {key}</translation>
    </message>
    <message>
        <source>Dasar hukum / keputusan</source>
        <translation>Legal basis / decision</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Satuan: {unit}. Nilai berlaku mulai tanggal yang dipilih; tanggal sebelumnya tetap memakai nilai lama.</source>
        <translation>Unit: {unit}. The value applies from the chosen day; earlier days keep the old value.</translation>
    </message>
    <message>
        <source>{key} = {value} berlaku sejak {day}.</source>
        <translation>{key} = {value} in force from {day}.</translation>
    </message>
</context>
<context>
    <name>RegisterExportPanel</name>
    <message>
        <source>Terbitkan register (PDF)</source>
        <translation>Issue register (PDF)</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Menyusun register…</source>
        <translation>Compiling the register…</translation>
    </message>
    <message>
        <source>Register {number} diterbitkan dan masuk antrian cetak.</source>
        <translation>Register {number} issued and placed in the print queue.</translation>
    </message>
    <message>
        <source>{rows} baris diekspor ke {path}.</source>
        <translation>{rows} rows exported to {path}.</translation>
    </message>
    <message>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Minggu ini</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tanggal lain</source>
        <translation>Other dates</translation>
    </message>
    <message>
        <source>Ekspor semua &amp;bagian</source>
        <translation>Export all &amp;sections</translation>
    </message>
    <message>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Ekspor P&amp;DF… (Ctrl+P)</source>
        <translation>Export P&amp;DF… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV… (Ctrl+E)</source>
        <translation>Export &amp;CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Memuat {title}…</source>
        <translation>Loading {title}…</translation>
    </message>
    <message>
        <source>Tidak ada grafik untuk bagian ini.</source>
        <translation>No chart for this section.</translation>
    </message>
    <message>
        <source>Tidak ada data pada periode ini.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Compiling the report…</translation>
    </message>
    <message>
        <source>Laporan {number} disimpan ke {path} dan masuk antrian cetak.</source>
        <translation>Report {number} saved to {path} and sent to the print queue.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Laporan diekspor ke {path}.</source>
        <translation>Report exported to {path}.</translation>
    </message>
    <message>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Workstation dan server pusat</source>
        <translation>Workstation and central server</translation>
    </message>
    <message>
        <source>Kode pendaftaran sekali pakai diberikan admin server pusat (`gapura server enrol-code`). Kosongkan URL server untuk bekerja tanpa server.</source>
        <translation>The one-time enrolment code is given by the central server admin (`gapura server enrol-code`). Leave the server URL empty to work without a server.</translation>
    </message>
    <message>
        <source>Nama &amp;workstation:</source>
        <translation>&amp;Workstation name:</translation>
    </message>
    <message>
        <source>&amp;URL server pusat:</source>
        <translation>Central server &amp;URL:</translation>
    </message>
    <message>
        <source>Kode &amp;pendaftaran:</source>
        <translation>&amp;Enrolment code:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Penyiapan workstation Gapura</source>
        <translation>Gapura workstation setup</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Mendaftarkan workstation ke server pusat…</source>
        <translation>Enrolling the workstation with the central server…</translation>
    </message>
    <message>
        <source>Menyimpan konfigurasi…</source>
        <translation>Saving the configuration…</translation>
    </message>
    <message>
        <source>Tersimpan. Mulai ulang Gapura agar pengaturan baru berlaku.</source>
        <translation>Saved. Restart Gapura for the new settings to take effect.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Simpan dan daftarkan</source>
        <translation>Save and enrol</translation>
    </message>
    <message>
        <source>Server pusat: {url}; workstation didaftarkan dengan kode.</source>
        <translation>Central server: {url}; the workstation is enrolled with the code.</translation>
    </message>
    <message>
        <source>Tanpa server pusat (offline).</source>
        <translation>No central server (offline).</translation>
    </message>
    <message>
        <source>Kantor {code} – {name}, {zone}. Workstation {ws}.</source>
        <translation>Office {code} – {name}, {zone}. Workstation {ws}.</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>HIT cekal</source>
        <translation>Travel ban HIT</translation>
    </message>
    <message>
        <source>HIT Interpol</source>
        <translation>Interpol HIT</translation>
    </message>
    <message>
        <source>Chip paspor</source>
        <translation>Passport chip</translation>
    </message>
    <message>
        <source>Dokumen / izin tinggal</source>
        <translation>Document / stay permit</translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <source>Overstay melebihi batas</source>
        <translation>Overstay beyond limit</translation>
    </message>
    <message>
        <source>Boarding pass</source>
        <translation>Boarding pass</translation>
    </message>
    <message>
        <source>Pendalaman</source>
        <translation>Further questioning</translation>
    </message>
    <message>
        <source>Alat angkut</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Dirujuk oleh</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan wawancara / bukti (Ctrl+Enter simpan)</source>
        <translation>Interview notes / evidence (Ctrl+Enter to save)</translation>
    </message>
    <message>
        <source>&amp;Ambil</source>
        <translation>&amp;Take</translation>
    </message>
    <message>
        <source>Simpan &amp;catatan</source>
        <translation>Save &amp;note</translation>
    </message>
    <message>
        <source>&amp;Izinkan melintas</source>
        <translation>&amp;Allow crossing</translation>
    </message>
    <message>
        <source>&amp;Tunda keberangkatan + STP</source>
        <translation>&amp;Delay departure + STP</translation>
    </message>
    <message>
        <source>T&amp;olak masuk</source>
        <translation>&amp;Refuse entry</translation>
    </message>
    <message>
        <source>Serahkan ke &amp;Polri (Interpol)</source>
        <translation>Hand over to &amp;Police (Interpol)</translation>
    </message>
    <message>
        <source>Buat &amp;billing overstay</source>
        <translation>Create overstay &amp;bill</translation>
    </message>
    <message>
        <source>Catat &amp;pembayaran</source>
        <translation>Record pa&amp;yment</translation>
    </message>
    <message>
        <source>Serahkan ke I&amp;nteldakim</source>
        <translation>Hand over to &amp;Inteldakim</translation>
    </message>
    <message>
        <source>Cetak r&amp;ekap overstay hari ini</source>
        <translation>Print today&apos;s overstay r&amp;ecap</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Rujukan</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <source>Biaya beban &amp;alat angkut</source>
        <translation>&amp;Carrier charges</translation>
    </message>
    <message>
        <source>Datang</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Berangkat</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Dokumen tersimpan tetapi gagal dicetak: {error}</source>
        <translation>Document saved but could not be printed: {error}</translation>
    </message>
    <message>
        <source>Rekap overstay {day} dicetak ({number}).</source>
        <translation>Overstay recap {day} printed ({number}).</translation>
    </message>
    <message>
        <source>Rujukan diambil.</source>
        <translation>Referral taken.</translation>
    </message>
    <message>
        <source>Catatan disimpan.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Izinkan melintas</source>
        <translation>Allow crossing</translation>
    </message>
    <message>
        <source>Dasar keputusan</source>
        <translation>Grounds for the decision</translation>
    </message>
    <message>
        <source>&amp;Izinkan</source>
        <translation>&amp;Allow</translation>
    </message>
    <message>
        <source>Penumpang diizinkan; cap dicetak.</source>
        <translation>Passenger allowed; stamp printed.</translation>
    </message>
    <message>
        <source>Penundaan keberangkatan</source>
        <translation>Departure delay</translation>
    </message>
    <message>
        <source>Instansi peminta pencegahan</source>
        <translation>Agency requesting the departure ban</translation>
    </message>
    <message>
        <source>Nomor surat pencegahan</source>
        <translation>Departure ban letter number</translation>
    </message>
    <message>
        <source>Alasan penundaan</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Tahan paspor (STP 2 lembar)</source>
        <translation>Hold passport (STP passport receipt, 2 copies)</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tujuan keberangkatan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Tunda keberangkatan</source>
        <translation>&amp;Delay departure</translation>
    </message>
    <message>
        <source>Keberangkatan ditunda; STP, LK dan Nota Dinas dicetak.</source>
        <translation>Departure delayed; STP, Incident Report and Internal Memo printed.</translation>
    </message>
    <message>
        <source>Penolakan masuk</source>
        <translation>Entry refusal</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Maskapai</source>
        <translation>Airline</translation>
    </message>
    <message>
        <source>Bandara keberangkatan</source>
        <translation>Airport of departure</translation>
    </message>
    <message>
        <source>Penerbangan pemulangan</source>
        <translation>Return flight</translation>
    </message>
    <message>
        <source>Ditempatkan di ruang detensi</source>
        <translation>Placed in the detention room</translation>
    </message>
    <message>
        <source>Perwakilan maskapai</source>
        <translation>Airline representative</translation>
    </message>
    <message>
        <source>Penolakan masuk dicatat; laporan untuk maskapai dicetak.</source>
        <translation>Entry refusal recorded; report for the airline printed.</translation>
    </message>
    <message>
        <source>Serah terima ke Polri</source>
        <translation>Handover to the police (Polri)</translation>
    </message>
    <message>
        <source>Nama penerima</source>
        <translation>Recipient&apos;s name</translation>
    </message>
    <message>
        <source>NRP penerima</source>
        <translation>Recipient&apos;s NRP (police ID number)</translation>
    </message>
    <message>
        <source>Jabatan penerima</source>
        <translation>Recipient&apos;s position</translation>
    </message>
    <message>
        <source>Instansi penerima</source>
        <translation>Recipient&apos;s agency</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Serah terima dicatat; BAST dicetak.</source>
        <translation>Handover recorded; Handover Record (BAST) printed.</translation>
    </message>
    <message>
        <source>Billing dibuat dan dicetak; arahkan pembayaran ke bank.</source>
        <translation>Bill created and printed; direct the passenger to pay at the bank.</translation>
    </message>
    <message>
        <source>Bukti pembayaran</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <source>Nomor bukti bayar (NTPN)</source>
        <translation>Payment receipt number (NTPN)</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pembayaran dicatat; penumpang dapat diizinkan berangkat.</source>
        <translation>Payment recorded; the passenger may now be allowed to depart.</translation>
    </message>
    <message>
        <source>Serahkan ke Inteldakim</source>
        <translation>Hand over to Inteldakim (intelligence and enforcement)</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Diserahkan ke Inteldakim; Nota Dinas dicetak.</source>
        <translation>Handed over to Inteldakim; Internal Memo printed.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sinkronisasi: luring (server belum diatur)</source>
        <translation>Sync: offline (no server set)</translation>
    </message>
    <message>
        <source>Sinkronisasi: sedang berjalan…</source>
        <translation>Sync: in progress…</translation>
    </message>
    <message>
        <source>⚠ Sinkronisasi gagal, dicoba lagi dalam {seconds} dtk</source>
        <translation>⚠ Sync failed, retrying in {seconds} s</translation>
    </message>
    <message>
        <source>Sinkronisasi: belum tersambung</source>
        <translation>Sync: not connected yet</translation>
    </message>
    <message>
        <source>Sinkronisasi: berhasil {time}</source>
        <translation>Sync: succeeded {time}</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <source>Status sinkronisasi</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Server pusat</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Rekaman menunggu dikirim</source>
        <translation>Records waiting to be sent</translation>
    </message>
    <message>
        <source>Kiriman terakhir berhasil</source>
        <translation>Last successful push</translation>
    </message>
    <message>
        <source>Pembaruan terakhir dari server</source>
        <translation>Last update from the server</translation>
    </message>
    <message>
        <source>Konflik belum ditinjau</source>
        <translation>Conflicts not yet reviewed</translation>
    </message>
    <message>
        <source>Kesalahan terakhir</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Sinkronkan &amp;sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Versi server</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Terdeteksi</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Versi lokal yang kalah</source>
        <translation>Local version that lost</translation>
    </message>
    <message>
        <source>Tandai sudah &amp;ditinjau…</source>
        <translation>Mark as &amp;reviewed…</translation>
    </message>
    <message>
        <source>(belum diatur)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Tinjau konflik</source>
        <translation>Review conflict</translation>
    </message>
    <message>
        <source>Apa yang dilakukan atas versi lokal yang kalah? (mis. dimasukkan ulang, tidak perlu)</source>
        <translation>What was done about the local version that lost? (e.g. entered again, not needed)</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
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
    <name>WaitingRoomDisplay</name>
    <message>
        <source>Layar ruang tunggu</source>
        <translation>Waiting-room display</translation>
    </message>
    <message>
        <source>Nomor antrian dipanggil</source>
        <translation>Queue number called</translation>
    </message>
    <message>
        <source>ke {desk}</source>
        <translation>to {desk}</translation>
    </message>
    <message>
        <source>Menunggu: prioritas {priority} · umum {general}</source>
        <translation>Waiting: priority {priority} · general {general}</translation>
    </message>
</context>
<context>
    <name>WorkBadge</name>
    <message>
        <source>Daftar pekerjaan Anda (Ctrl+Shift+W)</source>
        <translation>Your work list (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Pekerjaan: {total}</source>
        <translation>Work: {total}</translation>
    </message>
    <message>
        <source> • {new} baru</source>
        <translation> • {new} new</translation>
    </message>
    <message>
        <source> • {late} terlambat</source>
        <translation> • {late} late</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Pekerjaan saya</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Perkara</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Mengapa</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Sisa waktu</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Tidak ada pekerjaan yang menunggu Anda.</source>
        <translation>No work is waiting for you.</translation>
    </message>
    <message>
        <source>{n} perkara menunggu Anda.</source>
        <translation>{n} cases are waiting for you.</translation>
    </message>
</context>
<context>
    <name>case_views</name>
    <message>
        <source>paraf</source>
        <translation>initial (paraf)</translation>
    </message>
    <message>
        <source>pengesahan</source>
        <translation>endorsement (pengesahan)</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>decision (keputusan)</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Kanwil Kemenkumham</source>
        <translation>Regional office (Kanwil)</translation>
    </message>
    <message>
        <source>Ditjen Imigrasi</source>
        <translation>Directorate General of Immigration</translation>
    </message>
    <message>
        <source>Instansi terkait</source>
        <translation>Agency concerned</translation>
    </message>
    <message>
        <source>Penegak hukum</source>
        <translation>Law enforcement</translation>
    </message>
    <message>
        <source>Penanggung jawab alat angkut</source>
        <translation>Carrier&apos;s responsible party</translation>
    </message>
    <message>
        <source>Pihak ketiga</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>Dokter</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>dibuka</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>langkah selesai</source>
        <translation>step done</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>catatan</source>
        <translation>note</translation>
    </message>
    <message>
        <source>berkas dilampirkan</source>
        <translation>file attached</translation>
    </message>
    <message>
        <source>ditugaskan</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>diputus Kanwil/Ditjen</source>
        <translation>decided by Kanwil/Ditjen</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>pemohon diberi tahu</source>
        <translation>applicant notified</translation>
    </message>
    <message>
        <source>{d} hari {h} jam</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} jam {m} menit</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} menit</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>terlambat {span}</source>
        <translation>{span} late</translation>
    </message>
    <message>
        <source>sisa {span}</source>
        <translation>{span} left</translation>
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
        <source>Chip paspor simulasi</source>
        <translation>Simulated passport chip</translation>
    </message>
    <message>
        <source>Port serial pembaca paspor belum diatur. Admin TIK: isi port-nya di Admin → Perangkat (misalnya /dev/ttyUSB0 atau COM3).</source>
        <translation>The passport reader&apos;s serial port is not set. IT admin: enter the port in Admin → Devices (e.g. /dev/ttyUSB0 or COM3).</translation>
    </message>
    <message>
        <source>Port serial</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>Kecepatan (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <source>Format data (bit, paritas, stop)</source>
        <translation>Data format (bits, parity, stop)</translation>
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
        <source>wajah tidak terdeteksi</source>
        <translation>no face detected</translation>
    </message>
    <message>
        <source>lebih dari satu wajah</source>
        <translation>more than one face</translation>
    </message>
    <message>
        <source>wajah terlalu kecil, pemohon terlalu jauh</source>
        <translation>face too small, applicant too far away</translation>
    </message>
    <message>
        <source>wajah terlalu besar, pemohon terlalu dekat</source>
        <translation>face too large, applicant too close</translation>
    </message>
    <message>
        <source>wajah tidak di tengah</source>
        <translation>face not centred</translation>
    </message>
    <message>
        <source>kepala miring</source>
        <translation>head tilted</translation>
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
        <source>cahaya pada wajah tidak merata</source>
        <translation>uneven lighting on the face</translation>
    </message>
    <message>
        <source>buram</source>
        <translation>blurry</translation>
    </message>
    <message>
        <source>latar belakang tidak polos</source>
        <translation>background not plain</translation>
    </message>
    <message>
        <source>Data pendeteksi wajah tidak ditemukan atau rusak, sehingga foto tidak dapat diperiksa. Pasang ulang Gapura, lalu coba lagi.</source>
        <translation>The face detector&apos;s data is missing or damaged, so the photo cannot be checked. Reinstall Gapura, then try again.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari berfungsi: kualitas telunjuk kanan {quality}.</source>
        <translation>Fingerprint scanner works: right index finger quality {quality}.</translation>
    </message>
    <message>
        <source>Siap digunakan.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Layanan cetak sistem (CUPS) tidak terpasang di komputer ini. Pilih printer workstation atau simpan sebagai PDF.</source>
        <translation>The system print service (CUPS) is not installed on this computer. Choose the workstation printer or save as PDF.</translation>
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
        <source>Printer sistem (CUPS)</source>
        <translation>System printer (CUPS)</translation>
    </message>
    <message>
        <source>Printer yang dipilih tidak ada di daftar printer sistem. Periksa kabel dan daya printer, atau pilih printer lain di Admin → Perangkat.</source>
        <translation>The selected printer is not in the system printer list. Check the printer&apos;s cable and power, or choose another printer in Admin → Devices.</translation>
    </message>
    <message>
        <source>Printer dinonaktifkan oleh sistem (biasanya setelah kertas macet atau kabel lepas). Perbaiki printernya lalu aktifkan lagi di pengaturan printer sistem.</source>
        <translation>The printer was disabled by the system (usually after a paper jam or a loose cable). Fix the printer, then enable it again in the system printer settings.</translation>
    </message>
    <message>
        <source>Printer {printer} tidak ditemukan atau tidak menerima pekerjaan cetak. Periksa kabel dan daya printer, lalu cetak lagi dari antrian.</source>
        <translation>Printer {printer} was not found or does not accept print jobs. Check the printer&apos;s cable and power, then print again from the queue.</translation>
    </message>
    <message>
        <source>Printer {printer} menolak pekerjaan cetak: {reason}. Periksa printer lalu cetak lagi dari antrian.</source>
        <translation>Printer {printer} refused the print job: {reason}. Check the printer, then print again from the queue.</translation>
    </message>
    <message>
        <source>Driver perangkat &apos;{driver}&apos; untuk &apos;{kind}&apos; tidak dikenal. Perbaiki konfigurasi lalu jalankan Gapura lagi.</source>
        <translation>Unknown device driver &apos;{driver}&apos; for &apos;{kind}&apos;. Fix the configuration, then start Gapura again.</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Perilaku simulator</source>
        <translation>Simulator behaviour</translation>
    </message>
    <message>
        <source>Printer label (cap)</source>
        <translation>Label printer (stamps)</translation>
    </message>
    <message>
        <source>Isian {field} tidak valid: {why}. Perbaiki isiannya lalu simpan lagi.</source>
        <translation>The field {field} is not valid: {why}. Correct it and save again.</translation>
    </message>
    <message>
        <source>Jenis perangkat &apos;{kind}&apos; tidak dikenal. Pilih perangkat dari daftar di layar Admin.</source>
        <translation>Unknown device kind &apos;{kind}&apos;. Choose a device from the list on the Admin screen.</translation>
    </message>
    <message>
        <source>Boarding pass tidak dapat dibaca. Pindai ulang boarding pass, atau ketik kode penerbangan (misalnya GA 881) secara manual.</source>
        <translation>The boarding pass could not be read. Scan the boarding pass again, or type the flight code (for example GA 881) by hand.</translation>
    </message>
    <message>
        <source>Nama keluarga di boarding pass berbeda dengan nama keluarga di paspor</source>
        <translation>The surname on the boarding pass differs from the surname in the passport</translation>
    </message>
    <message>
        <source>Nama depan di boarding pass berbeda dengan nama depan di paspor</source>
        <translation>The given names on the boarding pass differ from the given names in the passport</translation>
    </message>
    <message>
        <source>Nama di boarding pass sama sekali berbeda dengan nama di paspor</source>
        <translation>The name on the boarding pass is completely different from the name in the passport</translation>
    </message>
    <message>
        <source>Nama keluarga dan nama depan di boarding pass tertukar urutannya</source>
        <translation>The surname and given names on the boarding pass are in swapped order</translation>
    </message>
    <message>
        <source>kedatangan</source>
        <translation>arrival</translation>
    </message>
    <message>
        <source>keberangkatan</source>
        <translation>departure</translation>
    </message>
    <message>
        <source>pencegahan</source>
        <translation>departure ban</translation>
    </message>
    <message>
        <source>penangkalan</source>
        <translation>entry ban</translation>
    </message>
    <message>
        <source>Data MRZ tidak sah: {problems}. Pindai ulang; bila tetap tidak sah, periksa keaslian dokumen.</source>
        <translation>Invalid MRZ data: {problems}. Scan again; if it is still invalid, check that the document is genuine.</translation>
    </message>
    <message>
        <source>Paspor habis berlaku sejak {expiry}; WNI tetap diizinkan masuk, sarankan penggantian paspor.</source>
        <translation>The passport expired on {expiry}; Indonesian citizens are still admitted, so advise a passport renewal.</translation>
    </message>
    <message>
        <source>Dokumen perjalanan habis berlaku sejak {expiry}.</source>
        <translation>The travel document expired on {expiry}.</translation>
    </message>
    <message>
        <source>Masa berlaku paspor kurang dari {months} bulan (habis {expiry}); WNA tidak memenuhi syarat masuk.</source>
        <translation>The passport is valid for less than {months} months (expires {expiry}); the foreign national does not meet the entry requirements.</translation>
    </message>
    <message>
        <source>Tidak ada izin tinggal tercatat; periksa visa atau bebas visa kunjungan.</source>
        <translation>No stay permit on record; check the visa or the visit visa exemption.</translation>
    </message>
    <message>
        <source>Izin tinggal {type} {number} telah dicabut.</source>
        <translation>Stay permit {type} {number} has been revoked.</translation>
    </message>
    <message>
        <source>Izin tinggal {type} {number} habis berlaku pada {until}.</source>
        <translation>Stay permit {type} {number} expired on {until}.</translation>
    </message>
    <message>
        <source>Izin tinggal {type} {number} berakhir pada {until}.</source>
        <translation>Stay permit {type} {number} ended on {until}.</translation>
    </message>
    <message>
        <source>Izin tinggal {type} {number} berlaku sampai {until}.</source>
        <translation>Stay permit {type} {number} is valid until {until}.</translation>
    </message>
    <message>
        <source>Tidak ada catatan kedatangan untuk dokumen ini; tanyakan cara masuk ke Indonesia.</source>
        <translation>No arrival record for this document; ask how the traveller entered Indonesia.</translation>
    </message>
    <message>
        <source>Perlintasan terakhir juga {direction} ({when}, {office}); periksa catatan perlintasan.</source>
        <translation>The last crossing was also {direction} ({when}, {office}); check the crossing records.</translation>
    </message>
    <message>
        <source>HIT Interpol: {name} ({reference}), skor {score}: {reason}. Arahkan ke supervisor.</source>
        <translation>Interpol HIT: {name} ({reference}), score {score}: {reason}. Send the passenger to the supervisor.</translation>
    </message>
    <message>
        <source>HIT {list}: {name} ({reference}), skor {score}: {reason}.</source>
        <translation>Watch-list HIT ({list}): {name} ({reference}), score {score}: {reason}.</translation>
    </message>
    <message>
        <source>Overstay {days} hari: tidak dapat diselesaikan di konter; serahkan ke Inteldakim.</source>
        <translation>Overstay of {days} days: cannot be settled at the counter; hand over to Inteldakim.</translation>
    </message>
    <message>
        <source>Overstay {days} hari: biaya beban {charge} harus dibayar sebelum keberangkatan.</source>
        <translation>Overstay of {days} days: an overstay charge of {charge} must be paid before departure.</translation>
    </message>
    <message>
        <source>Chip tidak terbaca: {problem} Bila tetap gagal, periksa fisik paspor secara manual.</source>
        <translation>Chip not readable: {problem} If it still fails, inspect the physical passport manually.</translation>
    </message>
    <message>
        <source>Chip gagal pemeriksaan keaslian: {reasons}</source>
        <translation>Chip failed the authenticity check: {reasons}</translation>
    </message>
    <message>
        <source>Chip: terbaca dan asli ({access}); data chip sama dengan MRZ yang tercetak.</source>
        <translation>Chip: read and genuine ({access}); chip data matches the printed MRZ.</translation>
    </message>
    <message>
        <source>Boarding pass tidak sesuai paspor: {problem}. Minta boarding pass milik penumpang ini.</source>
        <translation>The boarding pass does not match the passport: {problem}. Ask for this passenger&apos;s own boarding pass.</translation>
    </message>
    <message>
        <source>Digit pemeriksa nomor dokumen tidak cocok: tertulis {found}, seharusnya {expected}.</source>
        <translation>Document number check digit does not match: it reads {found}, it should be {expected}.</translation>
    </message>
    <message>
        <source>Digit pemeriksa tanggal lahir tidak cocok: tertulis {found}, seharusnya {expected}.</source>
        <translation>Date of birth check digit does not match: it reads {found}, it should be {expected}.</translation>
    </message>
    <message>
        <source>Digit pemeriksa tanggal habis berlaku tidak cocok: tertulis {found}, seharusnya {expected}.</source>
        <translation>Expiry date check digit does not match: it reads {found}, it should be {expected}.</translation>
    </message>
    <message>
        <source>Digit pemeriksa data opsional (nomor pribadi) tidak cocok: tertulis {found}, seharusnya {expected}.</source>
        <translation>Optional data (personal number) check digit does not match: it reads {found}, it should be {expected}.</translation>
    </message>
    <message>
        <source>Digit pemeriksa gabungan MRZ tidak cocok: tertulis {found}, seharusnya {expected}. Salah satu bagian MRZ salah terbaca.</source>
        <translation>Composite MRZ check digit does not match: it reads {found}, it should be {expected}. One part of the MRZ was misread.</translation>
    </message>
    <message>
        <source>Tanggal lahir harus enam angka YYMMDD, terbaca {found}.</source>
        <translation>The date of birth must be six digits YYMMDD; read {found}.</translation>
    </message>
    <message>
        <source>Tanggal habis berlaku harus enam angka YYMMDD, terbaca {found}.</source>
        <translation>The expiry date must be six digits YYMMDD; read {found}.</translation>
    </message>
    <message>
        <source>Tanggal lahir {found} (YYMMDD) tidak ada di kalender.</source>
        <translation>The date of birth {found} (YYMMDD) is not a valid calendar date.</translation>
    </message>
    <message>
        <source>Tanggal habis berlaku {found} (YYMMDD) tidak ada di kalender.</source>
        <translation>The expiry date {found} (YYMMDD) is not a valid calendar date.</translation>
    </message>
    <message>
        <source>Kode negara penerbit {code} tidak dikenal dalam ICAO 9303.</source>
        <translation>Issuing state code {code} is not known in ICAO 9303.</translation>
    </message>
    <message>
        <source>Kode kewarganegaraan {code} tidak dikenal dalam ICAO 9303.</source>
        <translation>Nationality code {code} is not known in ICAO 9303.</translation>
    </message>
    <message>
        <source>Nama utama (nama keluarga) memuat karakter selain huruf: {found}.</source>
        <translation>The primary identifier (surname) contains characters other than letters: {found}.</translation>
    </message>
    <message>
        <source>Nama kedua (nama depan) memuat karakter selain huruf: {found}.</source>
        <translation>The secondary identifier (given names) contains characters other than letters: {found}.</translation>
    </message>
    <message>
        <source>Nama utama pemegang dokumen kosong di MRZ.</source>
        <translation>The holder&apos;s primary identifier (surname) is empty in the MRZ.</translation>
    </message>
    <message>
        <source>Nomor dokumen kosong di MRZ.</source>
        <translation>The document number is empty in the MRZ.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus M, F, X atau &lt; (tidak disebut), terbaca {found}.</source>
        <translation>Sex must be M, F, X or &lt; (not stated); read {found}.</translation>
    </message>
    <message>
        <source>Jenis dokumen {found} tidak sah untuk format {format}: paspor diawali P, kartu identitas dan dokumen perjalanan resmi diawali I, A atau C, visa diawali V.</source>
        <translation>Document type {found} is not valid for format {format}: passports start with P, identity cards and official travel documents with I, A or C, visas with V.</translation>
    </message>
    <message>
        <source>Kemungkinan salah baca OCR, bacaan yang disarankan: {suggestion}. Cocokkan dengan halaman identitas dokumen; MRZ tidak diubah otomatis.</source>
        <translation>Possible OCR misread; suggested reading: {suggestion}. Compare it with the document&apos;s data page; the MRZ is not changed automatically.</translation>
    </message>
    <message>
        <source>MRZ tidak dapat dibaca. Pindai ulang dokumen, atau ketik MRZ-nya.</source>
        <translation>The MRZ could not be read. Scan the document again, or type its MRZ.</translation>
    </message>
    <message>
        <source>MRZ kosong. Pindai dokumen, atau ketik MRZ-nya baris demi baris.</source>
        <translation>The MRZ is empty. Scan the document, or type its MRZ line by line.</translation>
    </message>
    <message>
        <source>MRZ harus 2 atau 3 baris, terbaca {count} baris. Pindai ulang dokumen, atau ketik MRZ-nya baris demi baris.</source>
        <translation>The MRZ must have 2 or 3 lines; {count} lines were read. Scan the document again, or type its MRZ line by line.</translation>
    </message>
    <message>
        <source>Panjang baris MRZ ({lengths} karakter) tidak cocok dengan format mana pun: kartu TD1 3 baris x 30, TD2 dan visa MRV-B 2 baris x 36, paspor TD3 dan visa MRV-A 2 baris x 44. Pindai ulang dokumen, atau ketik MRZ-nya lengkap dengan semua tanda &lt;.</source>
        <translation>The MRZ line length ({lengths} characters) matches no format: TD1 cards 3 lines x 30, TD2 and MRV-B visas 2 lines x 36, TD3 passports and MRV-A visas 2 lines x 44. Scan the document again, or type the complete MRZ with every &lt; sign.</translation>
    </message>
    <message>
        <source>Baris {line} MRZ memuat karakter {char} di posisi {position}, padahal MRZ hanya berisi huruf A-Z, angka 0-9 dan tanda &lt;. Pindai ulang dokumen, atau ketik MRZ-nya tanpa spasi.</source>
        <translation>MRZ line {line} contains the character {char} at position {position}, but an MRZ holds only the letters A-Z, the digits 0-9 and the &lt; sign. Scan the document again, or type its MRZ without spaces.</translation>
    </message>
    <message>
        <source>Pencegahan</source>
        <translation>Departure ban</translation>
    </message>
    <message>
        <source>Penangkalan</source>
        <translation>Entry ban</translation>
    </message>
    <message>
        <source>Interpol</source>
        <translation>Interpol</translation>
    </message>
    <message>
        <source>Tahan</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Laporkan ke supervisor</source>
        <translation>Report to supervisor</translation>
    </message>
    <message>
        <source>nomor dokumen sama</source>
        <translation>same document number</translation>
    </message>
    <message>
        <source>nama sama</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>kemiripan nama {percent}%</source>
        <translation>name similarity {percent}%</translation>
    </message>
    <message>
        <source>ejaan lain: {pairs}</source>
        <translation>alternative spelling: {pairs}</translation>
    </message>
    <message>
        <source>ejaan mirip: {pairs}</source>
        <translation>similar spelling: {pairs}</translation>
    </message>
    <message>
        <source>nama terpotong di MRZ: {pairs}</source>
        <translation>name truncated in the MRZ: {pairs}</translation>
    </message>
    <message>
        <source>nama digabung atau dipisah: {pairs}</source>
        <translation>names joined or split: {pairs}</translation>
    </message>
    <message>
        <source>urutan nama berbeda</source>
        <translation>different name order</translation>
    </message>
    <message>
        <source>nama dalam daftar tidak ada pada pelintas: {names}</source>
        <translation>listed names missing from the traveller: {names}</translation>
    </message>
    <message>
        <source>nama dalam daftar tidak ada pada pelintas (MRZ terpotong): {names}</source>
        <translation>listed names missing from the traveller (MRZ truncated): {names}</translation>
    </message>
    <message>
        <source>nama pelintas tidak ada dalam daftar: {names}</source>
        <translation>traveller&apos;s names not on the list: {names}</translation>
    </message>
    <message>
        <source>tanggal lahir sama</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <source>tahun lahir sama (daftar hanya memuat tahun {year})</source>
        <translation>same year of birth (the list gives only the year {year})</translation>
    </message>
    <message>
        <source>tanggal lahir sama bila hari dan bulan tertukar ({listed})</source>
        <translation>same date of birth if day and month are swapped ({listed})</translation>
    </message>
    <message>
        <source>tanggal lahir berbeda (pelintas {traveller}, daftar {listed})</source>
        <translation>different date of birth (traveller {traveller}, list {listed})</translation>
    </message>
    <message>
        <source>tanggal lahir pelintas tidak diketahui (daftar {listed})</source>
        <translation>traveller&apos;s date of birth unknown (list {listed})</translation>
    </message>
    <message>
        <source>kewarganegaraan sama</source>
        <translation>same nationality</translation>
    </message>
    <message>
        <source>kewarganegaraan berbeda (pelintas {traveller}, daftar {listed}); mungkin berkewarganegaraan ganda</source>
        <translation>different nationality (traveller {traveller}, list {listed}); possibly a dual national</translation>
    </message>
    <message>
        <source>nama umum dalam daftar dan data lain tidak cukup membedakan (skor -{points})</source>
        <translation>the listed name is common and the other data are not distinctive enough (score -{points})</translation>
    </message>
    <message>
        <source>Penumpang ini harus dirujuk ke supervisor: {why}</source>
        <translation>This passenger must be referred to the supervisor: {why}</translation>
    </message>
    <message>
        <source>Tulis alasan rujukan untuk supervisor.</source>
        <translation>Write the reason for the referral for the supervisor.</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan sudah terlalu lama. Pindai ulang dokumen penumpang.</source>
        <translation>The check result is too old. Scan the passenger&apos;s document again.</translation>
    </message>
    <message>
        <source>Pola nomor dokumen &apos;{pattern}&apos; ({key}) tidak sah: {problem}. Minta Admin TIK memperbaikinya; kolom yang ada: prefix, office, year, month, seq.</source>
        <translation>The document number pattern &apos;{pattern}&apos; ({key}) is invalid: {problem}. Ask the IT admin to correct it; the fields are: prefix, office, year, month, seq.</translation>
    </message>
    <message>
        <source>Dokumen {id} tidak ditemukan.</source>
        <translation>Document {id} not found.</translation>
    </message>
    <message>
        <source>Dokumen ini sudah dicetak. Untuk salinan, pakai cetak ulang dengan alasan.</source>
        <translation>This document has been printed. For a copy, use reprint with a reason.</translation>
    </message>
    <message>
        <source>Dokumen {number} sudah dibatalkan ({reason}) dan tidak dapat dicetak.</source>
        <translation>Document {number} was voided ({reason}) and cannot be printed.</translation>
    </message>
    <message>
        <source>Blok nomor dokumen workstation ini ({first}-{last}) untuk {kind} tahun {year} sudah habis. Blok baru datang dari server pusat pada sinkronisasi berikutnya; bila kantor tidak tersambung ke server, minta Admin TIK memberi blok nomor baru (numbering.first dan numbering.last).</source>
        <translation>This workstation&apos;s block of document numbers ({first}-{last}) for {kind} in {year} is used up. A new block comes from the central server at the next sync; if the office is not connected to the server, ask the IT admin for a new block (numbering.first and numbering.last).</translation>
    </message>
    <message>
        <source>Pekerjaan cetak ini sudah selesai. Untuk salinan, pakai cetak ulang dengan alasan.</source>
        <translation>This print job is done. For a copy, use reprint with a reason.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat disimpan: {reason}. Pilih folder lain.</source>
        <translation>The file cannot be saved: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <source>Tulis alasan cetak ulang.</source>
        <translation>Write the reason for the reprint.</translation>
    </message>
    <message>
        <source>Tulis apa yang salah pada hasil cetak.</source>
        <translation>Write what is wrong with the print.</translation>
    </message>
    <message>
        <source>Hanya hasil cetak yang sudah dicetak yang dapat diperiksa.</source>
        <translation>Only a job that has been printed can be checked.</translation>
    </message>
    <message>
        <source>Tulis alasan pembatalan.</source>
        <translation>Write the reason for voiding.</translation>
    </message>
    <message>
        <source>Dokumen sudah dibatalkan.</source>
        <translation>The document has already been voided.</translation>
    </message>
    <message>
        <source>Dokumen {number} sudah disahkan atau dibatalkan.</source>
        <translation>Document {number} has already been endorsed or voided.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak tidak ditemukan.</source>
        <translation>Print job not found.</translation>
    </message>
    <message>
        <source>Data referensi &apos;{key}&apos; belum diisi untuk tanggal {day}. Minta Admin TIK melengkapinya.</source>
        <translation>Reference data &apos;{key}&apos; has not been entered for {day}. Ask the IT admin to complete it.</translation>
    </message>
    <message>
        <source>Tuliskan dasar hukum atau dasar keputusan untuk &apos;{key}&apos;.</source>
        <translation>Write the legal basis or decision for &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Data referensi &apos;{key}&apos; tidak dikenal.</source>
        <translation>Unknown reference data &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Nilai &apos;{key}&apos; harus bilangan bulat tanpa titik atau Rp, misalnya 1000000.</source>
        <translation>The value of &apos;{key}&apos; must be a whole number without dots or Rp, e.g. 1000000.</translation>
    </message>
    <message>
        <source>Pola nomor &apos;{key}&apos; harus memuat {fields}, agar tidak ada dua dokumen bernomor sama.</source>
        <translation>The number pattern &apos;{key}&apos; must contain {fields}, so that no two documents share a number.</translation>
    </message>
    <message>
        <source>Jam kerja &apos;{key}&apos; harus ditulis JJ:MM-JJ:MM, misalnya 08:00-16:00, atau &apos;tutup&apos;.</source>
        <translation>Office hours &apos;{key}&apos; must be written HH:MM-HH:MM, e.g. 08:00-16:00, or &apos;tutup&apos; (closed).</translation>
    </message>
    <message>
        <source>Berkas daftar {source} tidak diimpor karena ada {count} baris salah ({shown}{more}). Perbaiki berkasnya lalu impor ulang; tidak ada data yang berubah.</source>
        <translation>The list file {source} was not imported because {count} lines are wrong ({shown}{more}). Fix the file, then import it again; no data has changed.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Isian &apos;{field}&apos; wajib diisi.</source>
        <translation>The field &apos;{field}&apos; is required.</translation>
    </message>
    <message>
        <source>Penundaan keberangkatan hanya untuk penumpang yang berangkat.</source>
        <translation>A departure delay applies only to departing passengers.</translation>
    </message>
    <message>
        <source>Penolakan masuk hanya untuk WNA yang datang.</source>
        <translation>An entry refusal applies only to arriving foreign nationals.</translation>
    </message>
    <message>
        <source>Overstay ini tidak dapat dibayar di TPI (melebihi batas hari); serahkan ke Inteldakim.</source>
        <translation>This overstay cannot be paid at the immigration checkpoint (it exceeds the day limit); hand over to Inteldakim.</translation>
    </message>
    <message>
        <source>Billing sudah dibuat.</source>
        <translation>The bill has already been created.</translation>
    </message>
    <message>
        <source>Buat billing terlebih dahulu.</source>
        <translation>Create the bill first.</translation>
    </message>
    <message>
        <source>Rujukan tidak ditemukan.</source>
        <translation>Referral not found.</translation>
    </message>
    <message>
        <source>Biaya beban alat angkut hanya untuk penumpang yang sudah ditolak masuk.</source>
        <translation>A carrier charge is only for a passenger already refused entry.</translation>
    </message>
    <message>
        <source>Biaya beban untuk penolakan ini sudah dibuat.</source>
        <translation>The charge for this refusal has already been made.</translation>
    </message>
    <message>
        <source>Biaya beban tidak ditemukan.</source>
        <translation>Charge not found.</translation>
    </message>
    <message>
        <source>Langkah ini tidak dapat dilakukan: status biaya beban saat ini {status}.</source>
        <translation>This step cannot be done: the charge&apos;s current status is {status}.</translation>
    </message>
    <message>
        <source>Surat Keputusan memerlukan Kepala Kantor: belum ada akun Kepala Kantor dengan NIP di kantor ini. Minta Admin TIK membuatnya.</source>
        <translation>The decree needs the Head of Office: this office has no Head of Office account with a NIP yet. Ask the IT admin to create it.</translation>
    </message>
    <message>
        <source>Rujukan ini sudah diselesaikan ({resolution}).</source>
        <translation>This referral has already been resolved ({resolution}).</translation>
    </message>
    <message>
        <source>Dokumen resmi memerlukan NIP penanda tangan, tetapi akun {user} belum memiliki NIP. Minta Admin TIK mengisi NIP Anda, lalu ulangi.</source>
        <translation>Official documents need the signatory&apos;s NIP, but the account {user} has no NIP yet. Ask the IT admin to enter your NIP, then try again.</translation>
    </message>
    <message>
        <source>Biaya beban overstay belum dibayar; catat bukti pembayaran sebelum mengizinkan keberangkatan.</source>
        <translation>The overstay charge has not been paid; record the proof of payment before allowing departure.</translation>
    </message>
    <message>
        <source>Jenis dokumen &quot;{code}&quot; tidak dikenal. Periksa daftar templat dokumen.</source>
        <translation>Unknown document type &quot;{code}&quot;. Check the list of document templates.</translation>
    </message>
    <message>
        <source>Zona waktu kantor &quot;{timezone}&quot; tidak dikenal. Minta Admin TIK memperbaiki data kantor.</source>
        <translation>Unknown office time zone &quot;{timezone}&quot;. Ask the IT admin to correct the office data.</translation>
    </message>
    <message>
        <source>Logo kop surat tidak dapat dibaca sebagai gambar. Minta Admin TIK menggantinya.</source>
        <translation>The letterhead logo cannot be read as an image. Ask the IT admin to replace it.</translation>
    </message>
    <message>
        <source>Data {document} belum lengkap: {label} ({field}) wajib diisi.</source>
        <translation>The {document} data is incomplete: {label} ({field}) is required.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus berupa {expected}.</source>
        <translation>{label} ({field}) on {document} must be {expected}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus menyertakan zona waktu.</source>
        <translation>{label} ({field}) on {document} must include a time zone.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus ditulis dalam satu baris.</source>
        <translation>{label} ({field}) on {document} must be written on a single line.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} terlalu panjang: {length} karakter, paling banyak {max_length}.</source>
        <translation>{label} ({field}) on {document} is too long: {length} characters, at most {max_length}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus salah satu dari: {choices}.</source>
        <translation>{label} ({field}) on {document} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} tidak sesuai format: {hint}.</source>
        <translation>{label} ({field}) on {document} does not match the format: {hint}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} paling sedikit {minimum}.</source>
        <translation>{label} ({field}) on {document} must be at least {minimum}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} paling banyak {maximum}.</source>
        <translation>{label} ({field}) on {document} must be at most {maximum}.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} paling banyak {max_items} isian.</source>
        <translation>{label} ({field}) on {document} may have at most {max_items} entries.</translation>
    </message>
    <message>
        <source>Kolom {field} tidak dikenal untuk {document}. Periksa nama kolomnya.</source>
        <translation>Unknown field {field} for {document}. Check the field name.</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>bilangan bulat</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>ya atau tidak</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>tanggal (TTTT-BB-HH)</source>
        <translation>a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>tanggal dan waktu</source>
        <translation>a date and time</translation>
    </message>
    <message>
        <source>daftar teks</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>daftar baris</source>
        <translation>a list of rows</translation>
    </message>
    <message>
        <source>gambar PNG atau JPEG</source>
        <translation>a PNG or JPEG image</translation>
    </message>
    <message>
        <source>Berita acara serah terima harus memuat orang atau barang yang diserahkan: isi {label} ({field}) atau identitas orang yang diserahkan.</source>
        <translation>A Handover Record must name the persons or items handed over: fill in {label} ({field}) or the identity of the person handed over.</translation>
    </message>
    <message>
        <source>{label} pada {document} wajib diisi, atau sebutkan dokumen lain yang dipelajari (misalnya surat keterangan hilang dari Kepolisian).</source>
        <translation>{label} in {document} is required, or name another document examined (e.g. a police loss report).</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus sama dengan jumlah hari dikali tarif per hari ({expected}).</source>
        <translation>{label} ({field}) on {document} must equal the number of days times the daily rate ({expected}).</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} tidak sama dengan hasil penjumlahan daftar ({expected}).</source>
        <translation>{label} ({field}) on {document} does not equal the sum of the list ({expected}).</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} hanya diisi untuk tagihan yang sudah dibayar.</source>
        <translation>{label} ({field}) on {document} is filled in only for a bill that has been paid.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} tidak boleh sebelum tanggal {start}.</source>
        <translation>{label} ({field}) on {document} must not be before {start}.</translation>
    </message>
    <message>
        <source>Register Dokumen Tercetak</source>
        <translation>Register of documents printed</translation>
    </message>
    <message>
        <source>Register Penerbitan Paspor</source>
        <translation>Register of passports issued</translation>
    </message>
    <message>
        <source>Rekapitulasi Biaya Beban Overstay</source>
        <translation>Overstay charges recap</translation>
    </message>
    <message>
        <source>Register &quot;{code}&quot; tidak dikenal.</source>
        <translation>Unknown register &quot;{code}&quot;.</translation>
    </message>
    <message>
        <source>Tanggal akhir ({end}) sebelum tanggal awal ({start}). Perbaiki periodenya.</source>
        <translation>The last day ({end}) is before the first day ({start}). Correct the period.</translation>
    </message>
    <message>
        <source>Periode register paling lama {days} hari. Bagi menjadi beberapa periode.</source>
        <translation>A register covers at most {days} days. Split it into several periods.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} tidak boleh sebelum tanggal {start} pada baris sebelumnya: urutkan daftar menurut tanggal.</source>
        <translation>{label} ({field}) on {document} must not be before {start} in the row above: sort the list by date.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus sesudah batas waktu alokasi tanggal {deadline}: paspor yang dialokasikan paling lambat 2 (dua) hari kerja setelah pembayaran tidak mendapat kompensasi antar paspor.</source>
        <translation>{label} ({field}) on {document} must be after the allocation deadline of {deadline}: a passport allocated within 2 (two) working days of payment gets no home-delivery compensation.</translation>
    </message>
    <message>
        <source>Alamat server pusat belum diatur (server.url). Minta Admin TIK mengisinya di berkas konfigurasi.</source>
        <translation>The central server&apos;s address is not set (server.url). Ask the IT admin to fill it in the configuration file.</translation>
    </message>
    <message>
        <source>Workstation ini belum terdaftar di server pusat. Minta kode pendaftaran kepada admin server, lalu jalankan `gapura sync enrol KODE`.</source>
        <translation>This workstation is not enrolled with the central server. Ask the server admin for an enrolment code, then run `gapura sync enrol CODE`.</translation>
    </message>
    <message>
        <source>Server pusat tidak dapat dihubungi ({url}). Data tetap tersimpan di workstation ini; kirim lagi saat jaringan pulih.</source>
        <translation>The central server cannot be reached ({url}). The data stays on this workstation; send it again when the network is back.</translation>
    </message>
    <message>
        <source>Server pusat sedang bermasalah (kode {status}). Data tetap tersimpan di workstation ini dan akan dikirim lagi nanti.</source>
        <translation>The central server has a problem (code {status}). The data stays on this workstation and will be sent again later.</translation>
    </message>
    <message>
        <source>Server pusat menolak kredensial workstation ini. Daftarkan ulang workstation dengan kode baru dari admin server.</source>
        <translation>The central server refused this workstation&apos;s credential. Enrol the workstation again with a new code from the server admin.</translation>
    </message>
    <message>
        <source>Server pusat menolak permintaan: {message}</source>
        <translation>The central server refused the request: {message}</translation>
    </message>
    <message>
        <source>Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru kepada admin server.</source>
        <translation>The enrolment code is unknown, already used or expired. Ask the server admin for a new code.</translation>
    </message>
    <message>
        <source>Workstation ini sudah terdaftar di kantor lain. Hubungi admin server.</source>
        <translation>This workstation is already enrolled in another office. Contact the server admin.</translation>
    </message>
    <message>
        <source>Sebagian nomor rekaman sudah dipakai kantor lain; kiriman ditolak seluruhnya. Hubungi admin server.</source>
        <translation>Some record numbers are already used by another office; the whole batch was refused. Contact the server admin.</translation>
    </message>
    <message>
        <source>Server pusat menolak sebagian data kiriman sebagai tidak sah; kiriman ditolak seluruhnya dan tetap tersimpan di sini. Perbarui aplikasi workstation atau hubungi Admin TIK.</source>
        <translation>The central server refused part of the batch as invalid; the whole batch was refused and stays stored here. Update the workstation application or contact the IT admin.</translation>
    </message>
    <message>
        <source>Berkas sertifikat CA server ({path}) tidak ditemukan. Periksa pengaturan server.ca_file.</source>
        <translation>The server&apos;s CA certificate file ({path}) was not found. Check the server.ca_file setting.</translation>
    </message>
    <message>
        <source>Server pusat menolak permintaan (kode {status}). Hubungi Admin TIK.</source>
        <translation>The central server refused the request (code {status}). Contact the IT admin.</translation>
    </message>
    <message>
        <source>Server pusat demo tidak dapat dijalankan ({reason}). Demo tetap bisa dipakai luring; lihat log {log}.</source>
        <translation>The demo central server could not be started ({reason}). The demo can still be used offline; see the log {log}.</translation>
    </message>
    <message>
        <source>Rahasia &quot;{name}&quot; tidak dapat dibuka di komputer ini (berkasnya berasal dari komputer lain, rusak, atau identitas komputer berubah). Untuk kredensial sinkronisasi: daftarkan ulang workstation dengan kode baru dari admin server.</source>
        <translation>The secret &quot;{name}&quot; cannot be opened on this computer (its file comes from another computer, is damaged, or the computer&apos;s identity changed). For the sync credential: enrol the workstation again with a new code from the server admin.</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal karena kesalahan tak terduga; rinciannya ada di log. Data tetap tersimpan di workstation ini.</source>
        <translation>Sync failed because of an unexpected error; the details are in the log. Data stays stored on this workstation.</translation>
    </message>
    <message>
        <source>Data dari server pusat tidak dapat diterapkan; pengambilan berhenti pada posisi {cursor} dan akan diulang dari sana. Hubungi Admin TIK bila terulang.</source>
        <translation>Data from the central server could not be applied; fetching stopped at position {cursor} and will resume from there. Contact the IT admin if it happens again.</translation>
    </message>
    <message>
        <source>Tulis apa yang dilakukan atas konflik ini.</source>
        <translation>Write what was done about this conflict.</translation>
    </message>
    <message>
        <source>Konflik tidak ditemukan.</source>
        <translation>Conflict not found.</translation>
    </message>
    <message>
        <source>Konflik ini sudah ditinjau oleh {user}.</source>
        <translation>This conflict was already reviewed by {user}.</translation>
    </message>
    <message>
        <source>data permohonan</source>
        <translation>the application data</translation>
    </message>
    <message>
        <source>tanda terima permohonan</source>
        <translation>the application receipt</translation>
    </message>
    <message>
        <source>kelengkapan persyaratan</source>
        <translation>the complete requirements</translation>
    </message>
    <message>
        <source>pemeriksaan daftar cekal</source>
        <translation>the watch-list check</translation>
    </message>
    <message>
        <source>penelitian penjamin</source>
        <translation>the sponsor check</translation>
    </message>
    <message>
        <source>pembayaran</source>
        <translation>the payment</translation>
    </message>
    <message>
        <source>foto dan sidik jari</source>
        <translation>the photo and fingerprints</translation>
    </message>
    <message>
        <source>nomor register</source>
        <translation>the register number</translation>
    </message>
    <message>
        <source>cetak dokumen keimigrasian</source>
        <translation>the printed immigration document</translation>
    </message>
    <message>
        <source>penyerahan kepada pemohon</source>
        <translation>the handover to the applicant</translation>
    </message>
    <message>
        <source>pemindaian arsip</source>
        <translation>the scanned archive</translation>
    </message>
    <message>
        <source>hasil wawancara</source>
        <translation>the interview&apos;s result</translation>
    </message>
    <message>
        <source>alokasi blangko paspor</source>
        <translation>the passport blank&apos;s allocation</translation>
    </message>
    <message>
        <source>Isian {field} wajib diisi.</source>
        <translation>The field {field} is required.</translation>
    </message>
    <message>
        <source>Berita Acara Pemeriksaan (BAP)</source>
        <translation>Berita Acara Pemeriksaan (BAP, examination record)</translation>
    </message>
    <message>
        <source>Berita Acara Pendapat (BAPEN)</source>
        <translation>Berita Acara Pendapat (BAPEN, opinion record)</translation>
    </message>
    <message>
        <source>Surat Perintah dan Berita Acara Pendetensian</source>
        <translation>Detention order and record (Surat Perintah dan Berita Acara Pendetensian)</translation>
    </message>
    <message>
        <source>Berita Acara Penggeledahan dan daftar barang</source>
        <translation>Search record (Berita Acara Penggeledahan) and list of items</translation>
    </message>
    <message>
        <source>surat keterangan dokter</source>
        <translation>doctor&apos;s note</translation>
    </message>
    <message>
        <source>Tanda Terima Keperluan Deteni</source>
        <translation>Detainee supplies receipt (Tanda Terima Keperluan Deteni)</translation>
    </message>
    <message>
        <source>penempatan di ruang detensi</source>
        <translation>placement in a detention room</translation>
    </message>
    <message>
        <source>Surat Perintah Pengeluaran Deteni</source>
        <translation>Detainee release order (Surat Perintah Pengeluaran Deteni)</translation>
    </message>
    <message>
        <source>Berita Acara Pengeluaran dan pengembalian barang</source>
        <translation>Release record (Berita Acara Pengeluaran) and return of items</translation>
    </message>
    <message>
        <source>dokumentasi foto pengeluaran</source>
        <translation>release photo documentation</translation>
    </message>
    <message>
        <source>Surat Perintah Pengawalan dan Surat Pengawasan Keberangkatan</source>
        <translation>Escort order (Surat Perintah Pengawalan) and departure supervision letter (Surat Pengawasan Keberangkatan)</translation>
    </message>
    <message>
        <source>cap deportasi pada paspor dan Register Deportasi</source>
        <translation>deportation stamp in the passport and the Deportation Register</translation>
    </message>
    <message>
        <source>deteni masuk alat angkut</source>
        <translation>detainee boards the carrier</translation>
    </message>
    <message>
        <source>laporan pelaksanaan pendeportasian</source>
        <translation>report on the deportation carried out</translation>
    </message>
    <message>
        <source>Laporan Kejadian</source>
        <translation>Laporan Kejadian (incident report)</translation>
    </message>
    <message>
        <source>konsep Surat Perintah</source>
        <translation>the draft Surat Perintah (order)</translation>
    </message>
    <message>
        <source>hasil pemeriksaan lapangan</source>
        <translation>the field inspection result</translation>
    </message>
    <message>
        <source>Laporan Kegiatan langkah ini</source>
        <translation>the Laporan Kegiatan (activity report) for this step</translation>
    </message>
    <message>
        <source>keputusan tindak lanjut (dengan BAP-nya bila tindak lanjutnya pemeriksaan)</source>
        <translation>the follow-up decision (with its BAP when the follow-up is an examination)</translation>
    </message>
    <message>
        <source>hasil penelaahan pengaduan</source>
        <translation>the complaint review result</translation>
    </message>
    <message>
        <source>hasil tindak lanjut pengaduan</source>
        <translation>the complaint follow-up result</translation>
    </message>
    <message>
        <source>surat jawaban pengaduan</source>
        <translation>the complaint answer letter</translation>
    </message>
    <message>
        <source>jawaban pada langkah ini</source>
        <translation>the answer for this step</translation>
    </message>
    <message>
        <source>penyampaian jawaban kepada pelapor</source>
        <translation>delivery of the answer to the reporter</translation>
    </message>
    <message>
        <source>Rencana Kegiatan Penyelidikan Keimigrasian</source>
        <translation>Immigration inquiry activity plan</translation>
    </message>
    <message>
        <source>SOP {code} tidak dikenal.</source>
        <translation>SOP {code} is unknown.</translation>
    </message>
    <message>
        <source>Perkara {number} tidak sedang pada langkah ini; langkahnya sekarang: {step}.</source>
        <translation>Case {number} is not at this step; its current step is: {step}.</translation>
    </message>
    <message>
        <source>Berkas {name} kosong.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <source>Berkas {name} lebih dari 20 MB; pindai ulang dengan resolusi lebih rendah.</source>
        <translation>The file {name} is larger than 20 MB; scan it again at a lower resolution.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Perkara {number} sudah selesai atau dibatalkan.</source>
        <translation>Case {number} is already closed or cancelled.</translation>
    </message>
    <message>
        <source>Perkara hanya dapat dibatalkan oleh petugas yang membukanya atau Kepala Seksi/Kepala Kantor.</source>
        <translation>A case can be cancelled only by the officer who opened it or a section head or head of office.</translation>
    </message>
    <message>
        <source>Hanya pemegang peran {role} yang dapat menunjuk pejabat untuk peran itu.</source>
        <translation>Only a holder of the role {role} can name a deputy for it.</translation>
    </message>
    <message>
        <source>Tanggal akhir sebelum tanggal awal.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Pilih pejabat lain; Anda tidak dapat menunjuk diri sendiri.</source>
        <translation>Choose another official; you cannot name yourself.</translation>
    </message>
    <message>
        <source>Pejabat {username} tidak ditemukan di kantor ini atau bukan Kepala Seksi/Kepala Kantor.</source>
        <translation>Official {username} is not found in this office or is not a section head or head of office.</translation>
    </message>
    <message>
        <source>Penunjukan pejabat tidak ditemukan, atau bukan penunjukan dari Anda.</source>
        <translation>The delegation was not found, or it is not one you gave.</translation>
    </message>
    <message>
        <source>Pilih jawaban untuk “{question}”: {answers}.</source>
        <translation>Choose an answer to “{question}”: {answers}.</translation>
    </message>
    <message>
        <source>Langkah “{step}” belum dapat diselesaikan: belum tercatat {missing}.</source>
        <translation>The step “{step}” cannot be completed yet: not recorded yet: {missing}.</translation>
    </message>
    <message>
        <source>Untuk “{question}” jawaban yang sesuai dengan data perkara {number} adalah “{answer}”.</source>
        <translation>For “{question}” the answer that fits the data of case {number} is “{answer}”.</translation>
    </message>
    <message>
        <source>Langkah “{step}” dikerjakan oleh peran {role}; Anda tidak memegang peran itu.</source>
        <translation>The step “{step}” is done by the role {role}; you do not hold that role.</translation>
    </message>
    <message>
        <source>Persetujuan langkah ini diberikan oleh peran {role}.</source>
        <translation>This step is approved by the role {role}.</translation>
    </message>
    <message>
        <source>Anda menyiapkan langkah ini pada perkara {number}; persetujuannya harus diberikan pejabat lain (prinsip empat mata).</source>
        <translation>You prepared this step of case {number}; another official must approve it (four-eyes principle).</translation>
    </message>
    <message>
        <source>Perkara tidak ditemukan.</source>
        <translation>Case not found.</translation>
    </message>
    <message>
        <source>Perkara {number} berstatus {status}; tindakan ini tidak dapat dilakukan.</source>
        <translation>Case {number} has the status {status}; this action cannot be done.</translation>
    </message>
    <message>
        <source>Nama hari libur wajib diisi.</source>
        <translation>The holiday&apos;s name is required.</translation>
    </message>
    <message>
        <source>Jenis hari libur &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown holiday kind &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Tidak ada hari libur pada {day}.</source>
        <translation>There is no holiday on {day}.</translation>
    </message>
    <message>
        <source>Gateway pesan tidak menerima pesan.</source>
        <translation>The messaging gateway did not accept the message.</translation>
    </message>
    <message>
        <source>Gateway pesan tidak dapat dihubungi ({where}). Pesan tetap dalam antrean dan akan dikirim lagi.</source>
        <translation>The messaging gateway cannot be reached ({where}). The message stays queued and will be sent again.</translation>
    </message>
    <message>
        <source>Gateway pesan sedang bermasalah (kode {status}). Pesan tetap dalam antrean dan akan dikirim lagi.</source>
        <translation>The messaging gateway has a problem (code {status}). The message stays queued and will be sent again.</translation>
    </message>
    <message>
        <source>Gateway pesan menolak pesan ke {to} (kode {status}): {reason}. Periksa nomor tujuan; pesan ini tidak akan dikirim lagi otomatis.</source>
        <translation>The messaging gateway refused the message to {to} (code {status}): {reason}. Check the number; this message will not be sent again automatically.</translation>
    </message>
    <message>
        <source>Gateway pesan belum diatur lengkap ({what}). Minta Admin TIK mengisinya; pesan tetap dalam antrean.</source>
        <translation>The messaging gateway is not fully set up ({what}). Ask the IT admin to complete it; the message stays queued.</translation>
    </message>
    <message>
        <source>Nomor telepon &quot;{number}&quot; tidak valid. Tulis nomor seluler Indonesia (08xx, 628xx atau +628xx) atau nomor luar negeri dengan kode negara (+kode negara, mis. +61...).</source>
        <translation>The phone number &quot;{number}&quot; is not valid. Write an Indonesian mobile number (08xx, 628xx or +628xx) or a foreign number with its country code (+country code, e.g. +61...).</translation>
    </message>
    <message>
        <source>Paspor siap diambil</source>
        <translation>Passport ready for collection</translation>
    </message>
    <message>
        <source>Izin tinggal selesai</source>
        <translation>Stay permit ready</translation>
    </message>
    <message>
        <source>Permohonan diterima</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Permohonan perlu perbaikan</source>
        <translation>Application needs correction</translation>
    </message>
    <message>
        <source>Templat pesan {code} tidak dikenal.</source>
        <translation>Unknown message template {code}.</translation>
    </message>
    <message>
        <source>Isian {field} wajib diisi untuk pesan &quot;{template}&quot;.</source>
        <translation>The field {field} is required for the message &quot;{template}&quot;.</translation>
    </message>
    <message>
        <source>Pesan terlalu panjang ({length} karakter, paling banyak {maximum}). Persingkat isiannya.</source>
        <translation>The message is too long ({length} characters, at most {maximum}). Shorten its fields.</translation>
    </message>
    <message>
        <source>Saluran pesan {channel} tidak dikenal (whatsapp atau sms).</source>
        <translation>Unknown message channel {channel} (whatsapp or sms).</translation>
    </message>
    <message>
        <source>Status pesan {status} tidak dikenal.</source>
        <translation>Unknown message status {status}.</translation>
    </message>
    <message>
        <source>Pesan tidak ditemukan.</source>
        <translation>Message not found.</translation>
    </message>
    <message>
        <source>Hanya pesan yang gagal yang dapat dikirim ulang (status pesan ini: {status}).</source>
        <translation>Only a failed message can be sent again (this message&apos;s status: {status}).</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca.</source>
        <translation>The file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Izin Tinggal Kunjungan (ITK)</source>
        <translation>Visit stay permit (ITK)</translation>
    </message>
    <message>
        <source>Izin Tinggal Terbatas (ITAS)</source>
        <translation>Limited stay permit (ITAS)</translation>
    </message>
    <message>
        <source>Izin Tinggal Tetap (ITAP)</source>
        <translation>Permanent stay permit (ITAP)</translation>
    </message>
    <message>
        <source>Permohonan {application} hanya untuk pemegang {needed}; pemohon memegang {held} ({legal_basis}).</source>
        <translation>An application for {application} is only for holders of {needed}; the applicant holds {held} ({legal_basis}).</translation>
    </message>
    <message>
        <source>Izin tinggal {index} berakhir {valid_until}: permohonan diajukan sebelum izin tinggal berakhir. Pemohon yang melampaui izin tinggal ditangani sesuai ketentuan overstay (UU 6/2011 pasal 78).</source>
        <translation>The stay permit {index} ended on {valid_until}: an application is made before the permit ends. An applicant who overstayed is handled under the overstay rules (UU 6/2011 art. 78).</translation>
    </message>
    <message>
        <source>Indeks {index} tidak dikenal atau bukan indeks {needed}.</source>
        <translation>Index {index} is unknown or not an index of {needed}.</translation>
    </message>
    <message>
        <source>Izin tinggal indeks {index} tidak dapat diperpanjang ({legal_basis}).</source>
        <translation>A stay permit of index {index} cannot be extended ({legal_basis}).</translation>
    </message>
    <message>
        <source>Izin tinggal indeks {index} sudah diperpanjang {extensions} kali; paling banyak {max_extensions} kali ({legal_basis}).</source>
        <translation>The stay permit of index {index} was already extended {extensions} times; at most {max_extensions} times ({legal_basis}).</translation>
    </message>
    <message>
        <source>Izin tinggal indeks {index} sudah diberikan {total_days} hari; dengan {days} hari lagi menjadi {new_total} hari, melebihi batas {max_total_days} hari ({legal_basis}).</source>
        <translation>The stay permit of index {index} has been granted {total_days} days; {days} more days make {new_total} days, beyond the limit of {max_total_days} days ({legal_basis}).</translation>
    </message>
    <message>
        <source>Lama izin tinggal yang dimohon {requested_days} hari; untuk indeks {index} harus 1 sampai {max_days} hari ({legal_basis}).</source>
        <translation>The stay requested is {requested_days} days; for index {index} it must be 1 to {max_days} days ({legal_basis}).</translation>
    </message>
    <message>
        <source>Izin tinggal indeks {index} tidak dapat dialihstatuskan menjadi {target} ({legal_basis}).</source>
        <translation>A stay permit of index {index} cannot change status to {target} ({legal_basis}).</translation>
    </message>
    <message>
        <source>ITAP dari alih status ITAS memerlukan ITAS paling singkat {itas_needed} tahun berturut-turut atau perkawinan sah dengan WNI paling singkat {marriage_needed} tahun; pemohon: ITAS {itas_years} tahun, perkawinan {married_years} tahun (UU 6/2011 pasal 54).</source>
        <translation>An ITAP by change of status from an ITAS needs an ITAS for at least {itas_needed} years in a row or a lawful marriage to an Indonesian citizen of at least {marriage_needed} years; the applicant: ITAS {itas_years} years, marriage {married_years} years (UU 6/2011 art. 54).</translation>
    </message>
    <message>
        <source>ITAP ini hanya untuk anak berkewarganegaraan ganda terbatas (ABG); pemohon tidak tercatat sebagai ABG (UU 12/2006 pasal 6; UU 6/2011 pasal 54).</source>
        <translation>This ITAP is only for a child with limited dual citizenship (ABG); the applicant is not recorded as ABG (UU 12/2006 art. 6; UU 6/2011 art. 54).</translation>
    </message>
    <message>
        <source>Paspor berlaku sampai {passport_expiry}; harus masih berlaku paling sedikit sampai {required_until} ({margin_months} bulan setelah izin tinggal berakhir {granted_until}) (Permenkumham 22/2023).</source>
        <translation>The passport is valid until {passport_expiry}; it must be valid at least until {required_until} ({margin_months} months after the stay permit ends on {granted_until}) (Permenkumham 22/2023).</translation>
    </message>
    <message>
        <source>tidak ada izin tinggal</source>
        <translation>no stay permit</translation>
    </message>
    <message>
        <source>PNBP yang sudah dibayar tidak dikembalikan bila permohonan ditolak: tarif dibayar untuk layanan pemeriksaan permohonan, bukan untuk hasilnya (PP 45/2024; asas UU 9/2018 tentang PNBP, konfirmasi).</source>
        <translation>A PNBP fee already paid is not refunded when the application is refused: it pays for examining the application, not for its outcome (PP 45/2024; UU 9/2018 on PNBP, to confirm).</translation>
    </message>
    <message>
        <source>Permohonan ditolak sebelum pembayaran: tidak ada PNBP yang ditagih; kode billing yang sudah terbit dibiarkan kedaluwarsa.</source>
        <translation>Application refused before payment: no PNBP is charged; a billing code already issued is left to expire.</translation>
    </message>
    <message>
        <source>Permohonan tidak dapat diterima: {reasons}</source>
        <translation>The application cannot be received: {reasons}</translation>
    </message>
    <message>
        <source>Jenis permohonan {code} tidak dikenal.</source>
        <translation>Unknown application type {code}.</translation>
    </message>
    <message>
        <source>Jenis izin tinggal {kind} tidak dikenal.</source>
        <translation>Unknown stay permit kind {kind}.</translation>
    </message>
    <message>
        <source>Persyaratan {id} tidak ada pada permohonan ini.</source>
        <translation>The requirement {id} is not on this application.</translation>
    </message>
    <message>
        <source>Permohonan ini tidak memiliki penjamin.</source>
        <translation>This application has no sponsor.</translation>
    </message>
    <message>
        <source>Kode billing {code} tidak sah: 15 angka.</source>
        <translation>The billing code {code} is not valid: 15 digits.</translation>
    </message>
    <message>
        <source>Waktu pembayaran tidak boleh di masa depan.</source>
        <translation>The payment time cannot be in the future.</translation>
    </message>
    <message>
        <source>Jumlah dibayar Rp{amount} tidak sama dengan tarif PNBP Rp{fee} ({key}).</source>
        <translation>The amount paid, Rp{amount}, is not the PNBP fee of Rp{fee} ({key}).</translation>
    </message>
    <message>
        <source>Foto ditolak: {reasons}. Ulangi pengambilan foto.</source>
        <translation>Photo refused: {reasons}. Take the photo again.</translation>
    </message>
    <message>
        <source>Permohonan {number} sudah memiliki nomor register {register}.</source>
        <translation>Application {number} already has the register number {register}.</translation>
    </message>
    <message>
        <source>Kartu izin tinggal memerlukan foto pemohon; ambil biometrik dahulu.</source>
        <translation>The stay permit card needs the applicant&apos;s photo; take the biometrics first.</translation>
    </message>
    <message>
        <source>Periksa identitas penerima (paspor, atau surat kuasa dan identitas kuasa) sebelum menyerahkan.</source>
        <translation>Check the recipient&apos;s identity (passport, or a power of attorney and the attorney&apos;s identity) before handing over.</translation>
    </message>
    <message>
        <source>Dokumen permohonan {number} belum diterbitkan.</source>
        <translation>The documents of application {number} have not been issued yet.</translation>
    </message>
    <message>
        <source>Tanggal lahir {day} belum terjadi.</source>
        <translation>The date of birth {day} has not happened yet.</translation>
    </message>
    <message>
        <source>Berkas persyaratan belum lengkap: {missing}. Periksa aslinya lalu centang di formulir.</source>
        <translation>Required documents incomplete: {missing}. Check the originals, then tick them in the form.</translation>
    </message>
    <message>
        <source>Permohonan ini tidak menunggu pemeriksaan identitas ganda.</source>
        <translation>This application is not waiting for a duplicate-identity check.</translation>
    </message>
    <message>
        <source>BAP pemohon belum dibuat.</source>
        <translation>The applicant&apos;s BAP has not been created yet.</translation>
    </message>
    <message>
        <source>Permohonan ditahan: identitas ganda harus diperiksa Kepala Seksi lebih dahulu.</source>
        <translation>The application is held: the section head must check the duplicate identity first.</translation>
    </message>
    <message>
        <source>Billing permohonan ini sudah diterbitkan atau permohonan tidak berjalan ({state}).</source>
        <translation>This application&apos;s billing was already issued or the application is not running ({state}).</translation>
    </message>
    <message>
        <source>Penggantian paspor hilang/rusak menunggu BAP, BAPEN dan keputusan Kepala Kantor; billing diterbitkan sesudahnya.</source>
        <translation>Replacing a lost/damaged passport awaits the BAP, BAPEN and the head of office&apos;s decision; the billing is issued afterwards.</translation>
    </message>
    <message>
        <source>Permohonan ini tidak menunggu pembayaran ({state}).</source>
        <translation>This application is not waiting for payment ({state}).</translation>
    </message>
    <message>
        <source>Waktu bayar harus sebelum billing kedaluwarsa ({expires}) dan tidak di masa depan.</source>
        <translation>The payment time must be before the billing expires ({expires}) and not in the future.</translation>
    </message>
    <message>
        <source>Blangko hanya dialokasikan untuk permohonan yang sudah dibayar ({state}).</source>
        <translation>A blank is allocated only to a paid application ({state}).</translation>
    </message>
    <message>
        <source>Paspor memerlukan foto dan sidik jari pemohon; ambil biometrik dahulu.</source>
        <translation>A passport needs the applicant&apos;s photo and fingerprints; take the biometrics first.</translation>
    </message>
    <message>
        <source>Periksa identitas penerima (KTP, atau surat kuasa dan identitas kuasa) sebelum menyerahkan.</source>
        <translation>Check the recipient&apos;s identity (KTP, or a power of attorney and the attorney&apos;s identity) before handing over.</translation>
    </message>
    <message>
        <source>Paspor ini dialokasikan lewat dari batas waktu: diantar ke alamat pemohon atas biaya kantor (kompensasi antar paspor).</source>
        <translation>This passport was allocated after the deadline: it is delivered to the applicant&apos;s address at the office&apos;s cost (home-delivery compensation).</translation>
    </message>
    <message>
        <source>Kode yang dipindai bukan tanda terima permohonan ini. Minta pemohon menunjukkan tanda terima permohonan {number} lalu pindai ulang.</source>
        <translation>The scanned code is not this application&apos;s receipt. Ask the applicant to show the receipt for application {number}, then scan again.</translation>
    </message>
    <message>
        <source>Permohonan berstatus {state}; tindakan ini tidak dapat dilakukan.</source>
        <translation>The application is {state}; this action cannot be done.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <source>Belum ada bukti pembayaran PNBP untuk permohonan {number}; catat pembayaran (kode billing dan NTPN) dahulu.</source>
        <translation>There is no proof of PNBP payment for application {number}; record the payment (billing code and NTPN) first.</translation>
    </message>
    <message>
        <source>Belum ada akun Kepala Kantor dengan NIP di kantor ini; minta Admin TIK membuatnya sebelum mencetak dokim.</source>
        <translation>There is no head-of-office account with a NIP in this office; ask the IT admin to create one before printing immigration documents.</translation>
    </message>
    <message>
        <source>Permohonan tidak memenuhi persyaratan.</source>
        <translation>The application does not meet the requirements.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} tidak boleh &quot;ya&quot; untuk dokumen yang tidak ada: hanya dokumen yang diterima yang dapat dipindai.</source>
        <translation>{label} ({field}) on {document} cannot be &quot;yes&quot; for a document that is missing: only a document received can be scanned.</translation>
    </message>
    <message>
        <source>Data {document} belum lengkap: {label} ({field}) wajib diisi bila pemohon tidak dapat mengajukan permohonan kembali dan tidak ada petunjuk lain, karena surat penolakan harus menyebutkan apa yang harus dilakukan pemohon.</source>
        <translation>The data of {document} is incomplete: {label} ({field}) is required when the applicant cannot apply again and there is no other instruction, because a refusal letter must say what the applicant has to do.</translation>
    </message>
    <message>
        <source>Jumlah dibayar {amount} bukan angka Rupiah.</source>
        <translation>The amount paid {amount} is not a Rupiah number.</translation>
    </message>
    <message>
        <source>Jam bayar {time} tidak sah; tulis JJ:MM.</source>
        <translation>The payment time {time} is not valid; write HH:MM.</translation>
    </message>
    <message>
        <source>KTP elektronik</source>
        <translation>Electronic ID card (KTP)</translation>
    </message>
    <message>
        <source>Kartu Keluarga</source>
        <translation>Family card (Kartu Keluarga)</translation>
    </message>
    <message>
        <source>Akta kelahiran/akta perkawinan/ijazah/surat baptis</source>
        <translation>Birth certificate/marriage certificate/diploma/baptism certificate</translation>
    </message>
    <message>
        <source>Paspor lama</source>
        <translation>Old passport</translation>
    </message>
    <message>
        <source>Surat keterangan hilang dari Kepolisian</source>
        <translation>Police report of the loss</translation>
    </message>
    <message>
        <source>Paspor yang rusak</source>
        <translation>The damaged passport</translation>
    </message>
    <message>
        <source>NIK {nik} harus 16 angka.</source>
        <translation>The NIK {nik} must be 16 digits.</translation>
    </message>
    <message>
        <source>NIK {nik}: kode wilayah {region} tidak sah.</source>
        <translation>NIK {nik}: the region code {region} is not valid.</translation>
    </message>
    <message>
        <source>NIK {nik} memuat tanggal lahir {encoded}, bukan {birth_date} seperti pada dokumen.</source>
        <translation>The NIK {nik} holds the birth date {encoded}, not {birth_date} as on the document.</translation>
    </message>
    <message>
        <source>NIK {nik} adalah NIK perempuan (tanggal lahir ditambah 40), tetapi pemohon tercatat laki-laki.</source>
        <translation>The NIK {nik} is a woman&apos;s NIK (birth day plus 40), but the applicant is recorded as male.</translation>
    </message>
    <message>
        <source>NIK {nik} adalah NIK laki-laki, tetapi pemohon tercatat perempuan (tanggal lahir perempuan ditambah 40).</source>
        <translation>The NIK {nik} is a man&apos;s NIK, but the applicant is recorded as female (a woman&apos;s birth day is plus 40).</translation>
    </message>
    <message>
        <source>NIK {nik}: nomor urut 0000 tidak sah.</source>
        <translation>NIK {nik}: the sequence number 0000 is not valid.</translation>
    </message>
    <message>
        <source>Jenis blangko &quot;{kind}&quot; tidak dikenal; yang ada: {known}.</source>
        <translation>Unknown blank kind &quot;{kind}&quot;; known: {known}.</translation>
    </message>
    <message>
        <source>Nomor seri blangko &quot;{serial}&quot; tidak sah: satu huruf besar dan 7 angka, misalnya A1234567.</source>
        <translation>The blank serial &quot;{serial}&quot; is not valid: one capital letter and 7 digits, e.g. A1234567.</translation>
    </message>
    <message>
        <source>Nomor seri awal {first} dan akhir {last} harus berawalan huruf yang sama; catat setiap awalan sebagai penerimaan sendiri.</source>
        <translation>The first serial {first} and the last {last} must start with the same letter; record each prefix as its own receipt.</translation>
    </message>
    <message>
        <source>Nomor seri akhir {last} lebih kecil dari nomor seri awal {first}.</source>
        <translation>The last serial {last} is lower than the first serial {first}.</translation>
    </message>
    <message>
        <source>Satu penerimaan paling banyak {max} blangko; bagi rentang {first} s.d. {last}.</source>
        <translation>One receipt holds at most {max} blanks; split the range {first} to {last}.</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Blangko nomor seri {serial} tidak ada dalam persediaan kantor ini.</source>
        <translation>The blank with serial {serial} is not in this office&apos;s stock.</translation>
    </message>
    <message>
        <source>Blangko {serial} berstatus {status}, sehingga tidak dapat {doing}.</source>
        <translation>The blank {serial} is {status}, so it cannot be {doing}.</translation>
    </message>
    <message>
        <source>Permohonan {application} sudah mendapat blangko {serial} jenis lain ({held}).</source>
        <translation>Application {application} already holds the blank {serial} of another kind ({held}).</translation>
    </message>
    <message>
        <source>Stok blangko {label} habis. Catat penerimaan blangko baru, lalu ulangi.</source>
        <translation>The stock of {label} blanks is empty. Record a new receipt of blanks, then try again.</translation>
    </message>
    <message>
        <source>Permohonan {application} sudah mendapat blangko {held}; blangko {serial} tidak dialokasikan. Kembalikan blangko {serial} ke persediaan.</source>
        <translation>Application {application} already has blank {held}; blank {serial} was not allocated. Return blank {serial} to the stock.</translation>
    </message>
    <message>
        <source>Blangko {serial} tidak dikenal dalam persediaan kantor ini. Periksa nomor seri pada buku paspor; bila batch-nya baru diterima di meja lain, sinkronkan dahulu lalu ulangi.</source>
        <translation>Blank {serial} is not known in this office&apos;s stock. Check the serial number on the passport booklet; if its batch was just received at another desk, synchronise first and try again.</translation>
    </message>
    <message>
        <source>Blangko {serial} sudah dialokasikan untuk permohonan {application}. Ambil blangko lain dari persediaan.</source>
        <translation>Blank {serial} is already allocated to application {application}. Take another blank from the stock.</translation>
    </message>
    <message>
        <source>Blangko {serial} tercatat rusak ({reason}). Ambil blangko lain dari persediaan.</source>
        <translation>Blank {serial} is recorded as damaged ({reason}). Take another blank from the stock.</translation>
    </message>
    <message>
        <source>Blangko {serial} sudah diterbitkan sebagai paspor {passport}. Ambil blangko lain dari persediaan.</source>
        <translation>Blank {serial} was already issued as passport {passport}. Take another blank from the stock.</translation>
    </message>
    <message>
        <source>Blangko {serial} adalah {its}, sedangkan permohonan ini memerlukan {needed}. Ambil blangko {needed} dari persediaan.</source>
        <translation>Blank {serial} is a {its} blank, but this application needs {needed}. Take a {needed} blank from the stock.</translation>
    </message>
    <message>
        <source>Nomor seri {low} s.d. {high} sudah diterima sebelumnya (penerimaan {first} s.d. {last}, surat pengantar {note}). Periksa kembali surat pengantar dan nomor seri.</source>
        <translation>Serials {low} to {high} were received before (receipt {first} to {last}, delivery note {note}). Check the delivery note and the serials again.</translation>
    </message>
    <message>
        <source>Blangko {serial} belum dicetak; uji kualitas dan laminasi dicatat setelah pencetakan.</source>
        <translation>The blank {serial} is not printed yet; quality check and lamination are recorded after printing.</translation>
    </message>
    <message>
        <source>Nomor paspor &quot;{number}&quot; tidak sah: 5 sampai 20 huruf besar atau angka.</source>
        <translation>The passport number &quot;{number}&quot; is not valid: 5 to 20 capital letters or digits.</translation>
    </message>
    <message>
        <source>Blangko {serial} belum selesai diproduksi: pencetakan, laminasi, dan uji kualitas harus lulus lebih dahulu.</source>
        <translation>The blank {serial} is not finished: printing, lamination and the quality check must pass first.</translation>
    </message>
    <message>
        <source>Nomor paspor {number} sudah dipakai blangko {serial}.</source>
        <translation>The passport number {number} is already used by the blank {serial}.</translation>
    </message>
    <message>
        <source>NIK {nik} tidak sah: NIK terdiri dari 16 angka.</source>
        <translation>The NIK {nik} is not valid: a NIK has 16 digits.</translation>
    </message>
    <message>
        <source>Kategori pemohon {category} tidak dikenal.</source>
        <translation>Unknown applicant category {category}.</translation>
    </message>
    <message>
        <source>Layanan {service} tidak dikenal.</source>
        <translation>Unknown service {service}.</translation>
    </message>
    <message>
        <source>Kode booking {code} sudah dimuat.</source>
        <translation>The booking code {code} is already loaded.</translation>
    </message>
    <message>
        <source>Daftar booking tidak dimuat ({count} baris salah): {rows}. Perbaiki berkasnya lalu muat ulang.</source>
        <translation>The booking list was not loaded ({count} bad rows): {rows}. Correct the file and load it again.</translation>
    </message>
    <message>
        <source>Kode booking {code} sudah dimuat dengan data lain (tanggal {date}, NIK {nik}).</source>
        <translation>The booking code {code} is already loaded with other data (date {date}, NIK {nik}).</translation>
    </message>
    <message>
        <source>Kode booking {code} tidak ditemukan untuk kantor ini. Periksa kodenya atau muat daftar booking hari ini.</source>
        <translation>The booking code {code} is not found for this office. Check the code or load today&apos;s booking list.</translation>
    </message>
    <message>
        <source>Kode booking {code} untuk tanggal {date}, bukan hari ini. Pemohon datang pada tanggal bookingnya atau membuat booking baru.</source>
        <translation>The booking code {code} is for {date}, not today. The applicant comes on the booked date or makes a new booking.</translation>
    </message>
    <message>
        <source>Kode booking {code} sudah dipakai pukul {time} (nomor antrian {number}).</source>
        <translation>The booking code {code} was already used at {time} (queue number {number}).</translation>
    </message>
    <message>
        <source>NIK pada KTP ({nik}) tidak sama dengan NIK booking {code}.</source>
        <translation>The NIK on the KTP ({nik}) is not the NIK of booking {code}.</translation>
    </message>
    <message>
        <source>Alasan datang tanpa booking {reason} tidak dikenal.</source>
        <translation>Unknown reason for coming without a booking: {reason}.</translation>
    </message>
    <message>
        <source>Pemohon umum tanpa booking online tidak dapat dilayani ({name}): minta pemohon membuat booking di M-Paspor. Tanpa booking hanya pemohon prioritas (disabilitas, lansia, ibu hamil, balita) dan penggantian paspor hilang atau rusak.</source>
        <translation>A general applicant without an online booking cannot be served ({name}): ask the applicant to book in M-Paspor. Without a booking only priority applicants (disability, elderly, pregnant, under five) and replacements of lost or damaged passports.</translation>
    </message>
    <message>
        <source>{desk} masih menangani nomor {number}: selesaikan atau tandai tidak hadir dulu.</source>
        <translation>{desk} is still handling number {number}: finish it or mark it absent first.</translation>
    </message>
    <message>
        <source>Tidak ada antrian yang menunggu.</source>
        <translation>Nobody is waiting in the queue.</translation>
    </message>
    <message>
        <source>Nomor antrian {number} tidak sedang dipanggil atau dilayani hari ini. Periksa nomornya, atau panggil dahulu di layar Antrian.</source>
        <translation>Queue number {number} is not being called or served today. Check the number, or call it first in the Queue screen.</translation>
    </message>
    <message>
        <source>Nomor antrian {number} terdaftar atas NIK lain ({nik}). Periksa KTP pemohon.</source>
        <translation>Queue number {number} is registered to another NIK ({nik}). Check the applicant&apos;s KTP.</translation>
    </message>
    <message>
        <source>Nomor antrian tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>Nomor {number} berstatus {status}; tindakan ini tidak dapat dilakukan.</source>
        <translation>Number {number} is {status}; this action cannot be done.</translation>
    </message>
    <message>
        <source>Nomor seri awal {first} dan akhir {last} harus berawalan huruf yang sama.</source>
        <translation>The first serial {first} and the last {last} must start with the same letter.</translation>
    </message>
    <message>
        <source>Jumlah {quantity} tidak sama dengan banyaknya nomor seri {first} s.d. {last} ({count}).</source>
        <translation>The quantity {quantity} is not the number of serials {first} to {last} ({count}).</translation>
    </message>
    <message>
        <source>laki-laki dewasa</source>
        <translation>adult male</translation>
    </message>
    <message>
        <source>perempuan dewasa</source>
        <translation>adult female</translation>
    </message>
    <message>
        <source>keluarga</source>
        <translation>family</translation>
    </message>
    <message>
        <source>anak</source>
        <translation>child</translation>
    </message>
    <message>
        <source>Ruang {room} untuk deteni {room_category}; deteni ini termasuk {category}. Pilih ruang kategori {category}.</source>
        <translation>Room {room} is for {room_category} detainees; this detainee is {category}. Choose a {category} room.</translation>
    </message>
    <message>
        <source>Ruang {room} sudah penuh ({occupants} dari kapasitas {capacity}). Pilih ruang lain.</source>
        <translation>Room {room} is full ({occupants} of {capacity}). Choose another room.</translation>
    </message>
    <message>
        <source>Peninjauan jatuh tempo {day} ({days} hari lagi)</source>
        <translation>Review due {day} (in {days} days)</translation>
    </message>
    <message>
        <source>Peninjauan terlambat sejak {day}</source>
        <translation>Review overdue since {day}</translation>
    </message>
    <message>
        <source>Batas waktu detensi {day} ({days} hari lagi)</source>
        <translation>Detention time limit {day} (in {days} days)</translation>
    </message>
    <message>
        <source>Batas waktu detensi terlampaui sejak {day}</source>
        <translation>Detention time limit exceeded since {day}</translation>
    </message>
    <message>
        <source>Isian {key} tidak valid: {why}.</source>
        <translation>The setting {key} is not valid: {why}.</translation>
    </message>
    <message>
        <source>Isi kode pendaftaran dari admin server pusat, atau kosongkan URL server untuk bekerja tanpa server.</source>
        <translation>Enter the enrolment code from the central server admin, or leave the server URL empty to work without a server.</translation>
    </message>
    <message>
        <source>Isi nama petugas Rudenim penerima dan NIP-nya (18 angka).</source>
        <translation>Enter the receiving Rudenim officer&apos;s name and NIP (18 digits).</translation>
    </message>
    <message>
        <source>Kapasitas ruang minimal 1 orang.</source>
        <translation>Room capacity must be at least 1 person.</translation>
    </message>
    <message>
        <source>Ruang {code} sudah ada.</source>
        <translation>Room {code} already exists.</translation>
    </message>
    <message>
        <source>Kewarganegaraan {code} bukan kode negara asing (ICAO 3 huruf, misalnya MYS).</source>
        <translation>Nationality {code} is not a foreign country code (ICAO 3 letters, e.g. MYS).</translation>
    </message>
    <message>
        <source>Baris uang {currency} {denomination} × {count} tidak sah: mata uang 3 huruf, pecahan dan jumlah lembar lebih dari 0.</source>
        <translation>Money line {currency} {denomination} × {count} is not valid: currency must be 3 letters, denomination and number of notes more than 0.</translation>
    </message>
    <message>
        <source>Penggeledahan deteni ini sudah dicatat; barang tidak dapat dihapus atau dicatat ulang.</source>
        <translation>This detainee&apos;s search is already recorded; items cannot be deleted or recorded again.</translation>
    </message>
    <message>
        <source>Jumlah barang “{item}” harus 1 sampai 9999.</source>
        <translation>The quantity of “{item}” must be 1 to 9999.</translation>
    </message>
    <message>
        <source>Deteni belum didetensi atau sudah dikeluarkan; tidak dapat ditempatkan.</source>
        <translation>The detainee is not yet detained or already released; cannot be assigned a room.</translation>
    </message>
    <message>
        <source>Ruang tidak ditemukan.</source>
        <translation>Room not found.</translation>
    </message>
    <message>
        <source>Deteni sudah berada di ruang {room}.</source>
        <translation>The detainee is already in room {room}.</translation>
    </message>
    <message>
        <source>Dokumen belum diterbitkan.</source>
        <translation>The document has not been issued yet.</translation>
    </message>
    <message>
        <source>Pengeluaran deteni ini sudah diproses atau deteni belum didetensi.</source>
        <translation>This detainee&apos;s release is already processed, or the detainee is not yet detained.</translation>
    </message>
    <message>
        <source>Deportasi memerlukan nomor paspor atau SPLP deteni; lengkapi identitas lebih dahulu.</source>
        <translation>Deportation needs the detainee&apos;s passport or SPLP number; complete the identity first.</translation>
    </message>
    <message>
        <source>Pemindahan ke Rudenim memerlukan nama dan NIP petugas Rudenim yang menerima deteni; pengeluaran lain tidak memerlukannya.</source>
        <translation>A transfer to a Rudenim needs the name and NIP of the Rudenim officer who receives the detainee; other releases do not.</translation>
    </message>
    <message>
        <source>Berita Acara Pengeluaran deteni ini sudah dibuat; barang sudah dikembalikan.</source>
        <translation>This detainee&apos;s release record (Berita Acara Pengeluaran) is already made; the items are already returned.</translation>
    </message>
    <message>
        <source>Jumlah yang dikembalikan tidak boleh kurang dari 0 atau lebih dari yang dititipkan: {lines}.</source>
        <translation>The quantity returned cannot be less than 0 or more than was stored: {lines}.</translation>
    </message>
    <message>
        <source>Barang yang dikembalikan berbeda dengan daftar penerimaan dan belum dijelaskan: {lines}. Isi keterangan perbedaannya.</source>
        <translation>Returned items differ from the intake list and are not explained: {lines}. Enter a note on the difference.</translation>
    </message>
    <message>
        <source>Barang tidak ditemukan.</source>
        <translation>Item not found.</translation>
    </message>
    <message>
        <source>Barang “{item}” sudah dikembalikan atau diserahkan.</source>
        <translation>The item “{item}” is already returned or handed over.</translation>
    </message>
    <message>
        <source>Pendeportasian memerlukan pengeluaran deteni untuk dideportasi yang sudah selesai.</source>
        <translation>Deportation needs a completed release of the detainee for deportation.</translation>
    </message>
    <message>
        <source>Tindakan ini dilakukan pada langkah “{step}”; perkara belum atau tidak lagi pada langkah itu.</source>
        <translation>This action is done at the step “{step}”; the case is not yet, or no longer, at that step.</translation>
    </message>
    <message>
        <source>Deteni tidak ditemukan.</source>
        <translation>Detainee not found.</translation>
    </message>
    <message>
        <source>Petugas pengawal {user} tidak dikenal atau belum memiliki NIP.</source>
        <translation>Escort officer {user} is unknown or has no NIP yet.</translation>
    </message>
    <message>
        <source>Belum ada akun Kepala Kantor dengan NIP di kantor ini; minta Admin TIK membuatnya sebelum menerbitkan surat perintah.</source>
        <translation>There is no head-of-office account with a NIP in this office; ask the IT admin to create one before issuing orders.</translation>
    </message>
    <message>
        <source>Baris barang {line}: jumlah “{value}” bukan angka. Tulis: uraian; jumlah; satuan; nomor segel.</source>
        <translation>Item line {line}: quantity “{value}” is not a number. Write: description; quantity; unit; seal number.</translation>
    </message>
    <message>
        <source>Baris uang {line} tidak terbaca: “{text}”. Tulis mata uang, pecahan dan jumlah lembar, misalnya USD 100 x 3.</source>
        <translation>Money line {line} cannot be read: “{text}”. Write currency, denomination and number of notes, e.g. USD 100 x 3.</translation>
    </message>
    <message>
        <source>Cadangan {backup} rusak atau bukan basis data Gapura; basis data tidak diubah. Pilih cadangan lain atau hubungi Admin TIK.</source>
        <translation>Backup {backup} is damaged or not a Gapura database; the database was not changed. Choose another backup or contact the IT admin.</translation>
    </message>
    <message>
        <source>Cadangan {backup} tidak ditemukan; basis data tidak diubah. Lihat daftar cadangan dengan `gapura db backups`.</source>
        <translation>Backup {backup} not found; the database was not changed. See the list of backups with `gapura db backups`.</translation>
    </message>
    <message>
        <source>Pembuatan basis data baru gagal; berkas yang gagal disimpan di {aside}. Jalankan Gapura lagi; bila terulang, hubungi Admin TIK.</source>
        <translation>Creating a new database failed; the failed file is kept in {aside}. Start Gapura again; if it happens again, contact the IT admin.</translation>
    </message>
    <message>
        <source>Pembaruan basis data ke versi ini gagal, dan basis data sudah dikembalikan dari cadangan {backup}: tidak ada data yang hilang. Pasang kembali versi Gapura sebelumnya dan hubungi Admin TIK.</source>
        <translation>Updating the database to this version failed, and the database was restored from backup {backup}: no data was lost. Reinstall the previous Gapura version and contact the IT admin.</translation>
    </message>
    <message>
        <source>Belum ada cadangan dari sebelum pembaruan di {folder}; basis data tidak diubah.</source>
        <translation>There is no pre-update backup in {folder} yet; the database was not changed.</translation>
    </message>
    <message>
        <source>Kamera siap digunakan.</source>
        <translation>The camera is ready.</translation>
    </message>
    <message>
        <source>Kamera berfungsi: foto memenuhi syarat (wajah, cahaya, ketajaman, latar).</source>
        <translation>The camera works: the photo meets the requirements (face, lighting, sharpness, background).</translation>
    </message>
    <message>
        <source>Foto uji kurang baik ({reasons}). Periksa lampu, fokus dan posisi kamera, lalu uji lagi.</source>
        <translation>The test photo is not good enough ({reasons}). Check the lights, focus and camera position, then test again.</translation>
    </message>
    <message>
        <source>Gambar contoh kamera simulasi tidak ditemukan atau rusak. Pasang ulang Gapura, lalu coba lagi.</source>
        <translation>The simulated camera&apos;s sample image is missing or damaged. Reinstall Gapura, then try again.</translation>
    </message>
    <message>
        <source>Sumber kamera (nomor atau URL)</source>
        <translation>Camera source (number or URL)</translation>
    </message>
    <message>
        <source>Lebar gambar (piksel)</source>
        <translation>Image width (pixels)</translation>
    </message>
    <message>
        <source>Tinggi gambar (piksel)</source>
        <translation>Image height (pixels)</translation>
    </message>
    <message>
        <source>Chip paspor tidak dapat dibaca. Letakkan paspor kembali pada pembaca, jangan digeser selama pembacaan, lalu coba lagi.</source>
        <translation>The passport chip cannot be read. Put the passport back on the reader, do not move it while reading, then try again.</translation>
    </message>
    <message>
        <source>Chip paspor menolak kunci dari MRZ. Pindai ulang halaman data paspor; bila tetap ditolak, periksa nomor paspor, tanggal lahir dan tanggal habis berlaku pada MRZ dengan halaman data.</source>
        <translation>The passport chip refused the key from the MRZ. Scan the passport data page again; if it is still refused, check the passport number, date of birth and expiry date in the MRZ against the data page.</translation>
    </message>
    <message>
        <source>Komunikasi aman dengan chip paspor terputus atau jawabannya tidak sah. Angkat paspor dari pembaca, letakkan kembali, lalu baca ulang chip.</source>
        <translation>Secure communication with the passport chip was cut off or its answer is not valid. Lift the passport from the reader, put it back, then read the chip again.</translation>
    </message>
    <message>
        <source>Data pada chip paspor tidak sesuai standar ICAO dan tidak dapat dibaca. Periksa paspor secara manual dan catat kejadian ini.</source>
        <translation>The data on the passport chip does not follow the ICAO standard and cannot be read. Check the passport manually and record this incident.</translation>
    </message>
    <message>
        <source>Pembaca chip paspor tidak tersedia. Pastikan pembaca kartu terhubung dan layanan PC/SC berjalan, lalu coba lagi.</source>
        <translation>The passport chip reader is not available. Make sure the card reader is connected and the PC/SC service is running, then try again.</translation>
    </message>
    <message>
        <source>Dukungan pembaca chip (pustaka pyscard) belum terpasang di komputer ini. Hubungi Admin TIK untuk memasangnya; sementara itu periksa paspor tanpa chip.</source>
        <translation>Chip reader support (the pyscard library) is not installed on this computer. Contact the IT admin to install it; meanwhile check passports without the chip.</translation>
    </message>
    <message>
        <source>Tidak ada paspor pada pembaca chip. Letakkan halaman data paspor pada pembaca, lalu coba lagi.</source>
        <translation>No passport on the chip reader. Place the passport data page on the reader, then try again.</translation>
    </message>
    <message>
        <source>Daftar sertifikat CSCA (master list) tidak dapat dibaca: {file}. Minta Admin TIK memperbarui data referensi; sampai itu keaslian chip tidak dapat diperiksa.</source>
        <translation>The CSCA certificate list (master list) cannot be read: {file}. Ask the IT admin to update the reference data; until then chip authenticity cannot be checked.</translation>
    </message>
    <message>
        <source>Tanda tangan data chip sah.</source>
        <translation>The chip data signature is valid.</translation>
    </message>
    <message>
        <source>Tanda tangan data chip tidak sah: data chip mungkin dipalsukan. Periksa paspor secara manual dan rujuk ke supervisor.</source>
        <translation>The chip data signature is not valid: the chip data may be forged. Check the passport manually and refer to a supervisor.</translation>
    </message>
    <message>
        <source>Objek keamanan dokumen (SOD) pada chip tidak dapat dibaca. Periksa paspor secara manual dan rujuk ke supervisor.</source>
        <translation>The document security object (SOD) on the chip cannot be read. Check the passport manually and refer to a supervisor.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan dokumen diterbitkan oleh CSCA yang terdaftar ({issuer}).</source>
        <translation>The document signer certificate was issued by a listed CSCA ({issuer}).</translation>
    </message>
    <message>
        <source>CSCA penerbit ({issuer}) tidak ada dalam master list, sehingga keaslian chip tidak dapat dipastikan. Minta Admin TIK memperbarui master list atau periksa paspor secara manual.</source>
        <translation>The issuing CSCA ({issuer}) is not in the master list, so chip authenticity cannot be confirmed. Ask the IT admin to update the master list, or check the passport manually.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan dokumen tidak ditandatangani oleh CSCA {issuer}: chip mungkin palsu. Rujuk ke supervisor.</source>
        <translation>The document signer certificate is not signed by CSCA {issuer}: the chip may be fake. Refer to a supervisor.</translation>
    </message>
    <message>
        <source>Data {group} utuh.</source>
        <translation>{group} data intact.</translation>
    </message>
    <message>
        <source>Data {group} pada chip telah diubah (tidak cocok dengan SOD). Rujuk ke supervisor.</source>
        <translation>{group} data on the chip has been altered (does not match the SOD). Refer to a supervisor.</translation>
    </message>
    <message>
        <source>{group} tidak tercantum dalam SOD, sehingga keutuhannya tidak terjamin. Rujuk ke supervisor.</source>
        <translation>{group} is not listed in the SOD, so its integrity is not assured. Refer to a supervisor.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan dokumen dan CSCA berlaku pada {date}.</source>
        <translation>The document signer and CSCA certificates are valid on {date}.</translation>
    </message>
    <message>
        <source>Sertifikat {certificate} tidak berlaku pada {date} (berlaku {start} s.d. {end}). Rujuk ke supervisor.</source>
        <translation>The {certificate} certificate is not valid on {date} (valid {start} to {end}). Refer to a supervisor.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan dokumen tidak dicabut (CRL {issuer}, {date}).</source>
        <translation>The document signer certificate is not revoked (CRL {issuer}, {date}).</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan dokumen telah dicabut oleh negara penerbit pada {date}: chip tidak boleh dipercaya. Rujuk ke supervisor.</source>
        <translation>The document signer certificate was revoked by the issuing state on {date}: the chip must not be trusted. Refer to a supervisor.</translation>
    </message>
    <message>
        <source>Tidak ada CRL dari CSCA penerbit; status pencabutan tidak diperiksa.</source>
        <translation>No CRL from the issuing CSCA; revocation status not checked.</translation>
    </message>
    <message>
        <source>CRL dari CSCA penerbit sudah lewat masa berlakunya ({date}); status pencabutan tidak diperiksa. Minta Admin TIK memperbarui CRL.</source>
        <translation>The CRL from the issuing CSCA has expired ({date}); revocation status not checked. Ask the IT admin to update the CRL.</translation>
    </message>
    <message>
        <source>Tidak diperiksa karena CSCA penerbit tidak dikenal.</source>
        <translation>Not checked because the issuing CSCA is unknown.</translation>
    </message>
    <message>
        <source>Tidak diperiksa karena SOD tidak dapat diverifikasi.</source>
        <translation>Not checked because the SOD cannot be verified.</translation>
    </message>
    <message>
        <source>penanda tangan dokumen (DS)</source>
        <translation>document signer (DS)</translation>
    </message>
    <message>
        <source>CSCA</source>
        <translation>CSCA</translation>
    </message>
    <message>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Negara penerbit</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <source>Nama keluarga</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nama depan</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Nomor paspor</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Kedatangan</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Keberangkatan</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>Reguler</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>PMI</source>
        <translation>PMI (migrant workers)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Perlintasan per Jam</source>
        <translation>Crossings per Hour</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Kedatangan (masuk)</source>
        <translation>Arrivals (entry)</translation>
    </message>
    <message>
        <source>Keberangkatan (keluar)</source>
        <translation>Departures (exit)</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Penumpang yang diberi tanda masuk atau keluar, per jam waktu kantor, dijumlahkan atas seluruh hari periode.</source>
        <translation>Passengers given an entry or exit stamp, per hour of office local time, summed over all days of the period.</translation>
    </message>
    <message>
        <source>Perlintasan per Hari</source>
        <translation>Crossings per Day</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Perlintasan per Jalur</source>
        <translation>Crossings per Lane</translation>
    </message>
    <message>
        <source>Jalur</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Ditolak masuk</source>
        <translation>Refused entry</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lainnya: keberangkatan ditunda (cekal), diserahkan kepada kepolisian atau Inteldakim.</source>
        <translation>Other: departure held (cekal), handed over to the police or Inteldakim.</translation>
    </message>
    <message>
        <source>HIT cekal</source>
        <translation>Watch-list HIT (cekal)</translation>
    </message>
    <message>
        <source>HIT Interpol</source>
        <translation>Interpol HIT</translation>
    </message>
    <message>
        <source>Dokumen tidak sah</source>
        <translation>Invalid document</translation>
    </message>
    <message>
        <source>Overstay (bayar)</source>
        <translation>Overstay (paid)</translation>
    </message>
    <message>
        <source>Overstay (deportasi)</source>
        <translation>Overstay (deportation)</translation>
    </message>
    <message>
        <source>Boarding pass</source>
        <translation>Boarding pass</translation>
    </message>
    <message>
        <source>Kecurigaan petugas</source>
        <translation>Officer&apos;s suspicion</translation>
    </message>
    <message>
        <source>Alat angkut</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Rujukan, Penolakan dan HIT</source>
        <translation>Referrals, Refusals and HITs</translation>
    </message>
    <message>
        <source>Alasan rujukan</source>
        <translation>Referral reason</translation>
    </message>
    <message>
        <source>Dirujuk</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Diizinkan</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Keberangkatan ditunda</source>
        <translation>Departure held</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Menurut waktu rujukan. Diserahkan: kepada kepolisian (Interpol) atau Inteldakim.</source>
        <translation>By referral time. Handed over: to the police (Interpol) or Inteldakim.</translation>
    </message>
    <message>
        <source>Rekap Overstay dan Biaya Beban</source>
        <translation>Overstay and Overstay Charges Summary</translation>
    </message>
    <message>
        <source>Hari overstay</source>
        <translation>Overstay days</translation>
    </message>
    <message>
        <source>Ditagihkan</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Belum dibayar</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Hari tanpa tagihan tidak dicantumkan. Rincian per orang: Rekapitulasi Biaya Beban Overstay (register).</source>
        <translation>Days without charges are not listed. Per-person details: Rekapitulasi Biaya Beban Overstay (overstay charges register).</translation>
    </message>
    <message>
        <source>Dalam proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Cekal</source>
        <translation>Watch-list hit</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Permohonan Izin Tinggal per Status</source>
        <translation>Stay Permit Applications by Status</translation>
    </message>
    <message>
        <source>Jenis permohonan</source>
        <translation>Application type</translation>
    </message>
    <message>
        <source>Permohonan yang diterima dalam periode, menurut statusnya sekarang.</source>
        <translation>Applications received in the period, by current status.</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ditahan (data ganda)</source>
        <translation>On hold (duplicate data)</translation>
    </message>
    <message>
        <source>Menunggu pembayaran</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Blangko dialokasikan</source>
        <translation>Blank allocated</translation>
    </message>
    <message>
        <source>Billing kedaluwarsa</source>
        <translation>Billing expired</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Habis berlaku</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Permohonan Paspor per Status</source>
        <translation>Passport Applications by Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Permohonan yang diterima dalam periode, menurut statusnya sekarang dan jenis permohonannya.</source>
        <translation>Applications received in the period, by current status and application type.</translation>
    </message>
    <message>
        <source>Blangko Paspor</source>
        <translation>Passport Blanks</translation>
    </message>
    <message>
        <source>Jenis blangko</source>
        <translation>Blank type</translation>
    </message>
    <message>
        <source>Tersedia sekarang</source>
        <translation>Available now</translation>
    </message>
    <message>
        <source>Teralokasi sekarang</source>
        <translation>Allocated now</translation>
    </message>
    <message>
        <source>Terbit dalam periode</source>
        <translation>Issued in period</translation>
    </message>
    <message>
        <source>Rusak dalam periode</source>
        <translation>Damaged in period</translation>
    </message>
    <message>
        <source>Kepatuhan SLA per Langkah SOP</source>
        <translation>SLA Compliance by SOP Step</translation>
    </message>
    <message>
        <source>SOP · langkah</source>
        <translation>SOP · step</translation>
    </message>
    <message>
        <source>Standar waktu</source>
        <translation>Time standard</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Tepat waktu (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <source>Median (menit)</source>
        <translation>Median (minutes)</translation>
    </message>
    <message>
        <source>Menunggu sekarang</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Lewat waktu sekarang</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Langkah yang selesai dalam periode; antrean menurut keadaan sekarang.</source>
        <translation>Steps completed in the period; queues as they stand now.</translation>
    </message>
    <message>
        <source>Deteni per Kewarganegaraan</source>
        <translation>Detainees by Nationality</translation>
    </message>
    <message>
        <source>Kewarganegaraan</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Masuk detensi</source>
        <translation>Entered detention</translation>
    </message>
    <message>
        <source>Dideportasi</source>
        <translation>Deported</translation>
    </message>
    <message>
        <source>Dipindahkan ke Rudenim</source>
        <translation>Moved to Rudenim</translation>
    </message>
    <message>
        <source>Dibebaskan</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Dalam detensi sekarang</source>
        <translation>In detention now</translation>
    </message>
    <message>
        <source>Masuk dan keluar dalam periode; yang ditahan menurut keadaan sekarang.</source>
        <translation>Admissions and releases in the period; detainees held as they stand now.</translation>
    </message>
    <message>
        <source>Pengaduan dan Laporan Masyarakat</source>
        <translation>Public Complaints and Reports</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Lada Tunggu (hari libur)</source>
        <translation>Lada Tunggu (days off)</translation>
    </message>
    <message>
        <source>Dalam proses sekarang</source>
        <translation>In progress now</translation>
    </message>
    <message>
        <source>Pengaduan dan laporan yang diterima dalam periode; ketepatan waktu tiap langkah ada di bagian SLA.</source>
        <translation>Complaints and reports received in the period; the timeliness of each step is in the SLA section.</translation>
    </message>
    <message>
        <source>Periode laporan paling lama {days} hari. Bagi menjadi beberapa periode.</source>
        <translation>The report period is at most {days} days. Split it into several periods.</translation>
    </message>
    <message>
        <source>Bagian laporan &quot;{key}&quot; tidak dikenal.</source>
        <translation>Unknown report section &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>Pilih bagian laporan.</source>
        <translation>Choose a report section.</translation>
    </message>
    <message>
        <source>Kegiatan Kantor</source>
        <translation>Office Activity</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal habis berlaku</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <source>Data opsional</source>
        <translation>Optional data</translation>
    </message>
    <message>
        <source>Data opsional (baris 2)</source>
        <translation>Optional data (line 2)</translation>
    </message>
    <message>
        <source>Karakter MRZ</source>
        <translation>MRZ characters</translation>
    </message>
    <message>
        <source>Data chip berbeda dengan MRZ yang tercetak ({fields}). Paspor mungkin dipalsukan: rujuk ke supervisor.</source>
        <translation>The chip data differs from the printed MRZ ({fields}). The passport may be forged: refer to a supervisor.</translation>
    </message>
    <message>
        <source>Data chip sama dengan MRZ yang tercetak.</source>
        <translation>The chip data matches the printed MRZ.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari terhubung tetapi belum siap (status {status}). Tunggu sebentar; bila tetap begitu, mulai ulang layanan pemindai (SBI).</source>
        <translation>The fingerprint scanner is connected but not ready (status {status}). Wait a moment; if it stays so, restart the scanner service (SBI).</translation>
    </message>
    <message>
        <source>Layanan pemindai sidik jari (SBI) tidak ditemukan di port {ports}. Pastikan pemindai tercolok dan layanan vendornya berjalan, lalu coba lagi.</source>
        <translation>The fingerprint scanner service (SBI) was not found on port {ports}. Make sure the scanner is plugged in and the vendor&apos;s service is running, then try again.</translation>
    </message>
    <message>
        <source>Pemindai sidik jari melaporkan gangguan: {reason} (kode {code}). Ulangi perekaman; bila tetap gagal, mulai ulang layanan pemindai.</source>
        <translation>The fingerprint scanner reports a fault: {reason} (code {code}). Repeat the capture; if it still fails, restart the scanner service.</translation>
    </message>
    <message>
        <source>Alamat layanan SBI</source>
        <translation>SBI service address</translation>
    </message>
    <message>
        <source>Port layanan SBI</source>
        <translation>SBI service port</translation>
    </message>
    <message>
        <source>Batas waktu perekaman (detik)</source>
        <translation>Capture timeout (seconds)</translation>
    </message>
    <message>
        <source>Batas waktu baca (detik)</source>
        <translation>Read timeout (seconds)</translation>
    </message>
    <message>
        <source>Siap: pindai saat jendela Gapura aktif. Pemindai jenis keyboard tidak dapat melaporkan bila kabelnya lepas; bila pindaian tidak muncul, periksa kabelnya.</source>
        <translation>Ready: scan while the Gapura window is active. A keyboard-type scanner cannot report a loose cable; if a scan does not appear, check the cable.</translation>
    </message>
    <message>
        <source>Tidak ada pindaian dalam {seconds} detik. Pindai dokumen atau kode saat jendela Gapura aktif, lalu coba lagi; bila tetap tidak muncul, periksa kabel USB pemindai.</source>
        <translation>No scan within {seconds} seconds. Scan the document or code while the Gapura window is active, then try again; if it still does not appear, check the scanner&apos;s USB cable.</translation>
    </message>
    <message>
        <source>Jam berangkat {time} tidak sah; tulis JJ:MM.</source>
        <translation>Departure time {time} is not valid; write HH:MM.</translation>
    </message>
    <message>
        <source>Datang langsung (layanan informasi)</source>
        <translation>Walk-in (information desk)</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Media sosial (Twitter/X, Facebook, Instagram)</source>
        <translation>Social media (Twitter/X, Facebook, Instagram)</translation>
    </message>
    <message>
        <source>Laman (website) kantor</source>
        <translation>Office website</translation>
    </message>
    <message>
        <source>Surat elektronik (email)</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Aplikasi LAPOR!</source>
        <translation>LAPOR! app</translation>
    </message>
    <message>
        <source>Aplikasi SIPENSIKIM</source>
        <translation>SIPENSIKIM app</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Laporan keberadaan/kegiatan orang asing</source>
        <translation>Report on a foreigner&apos;s presence/activities</translation>
    </message>
    <message>
        <source>Pengaduan atas layanan atau petugas</source>
        <translation>Complaint about a service or an officer</translation>
    </message>
    <message>
        <source>Keluhan/pertanyaan (dijawab petugas, naik berjenjang bila tidak puas)</source>
        <translation>Grievance/question (answered by an officer, escalated if not satisfied)</translation>
    </message>
    <message>
        <source>Laporan orang asing</source>
        <translation>Foreigner report</translation>
    </message>
    <message>
        <source>Pengaduan layanan</source>
        <translation>Service complaint</translation>
    </message>
    <message>
        <source>Keluhan</source>
        <translation>Grievance</translation>
    </message>
    <message>
        <source>Orang asing</source>
        <translation>Foreigner</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Pemeriksaan (BAP) pelanggaran administratif keimigrasian</source>
        <translation>Examination (BAP) for an immigration administrative violation</translation>
    </message>
    <message>
        <source>Diserahkan kepada pihak berwajib (dugaan tindak pidana)</source>
        <translation>Handed over to the authorities (suspected crime)</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut (tidak ditemukan pelanggaran)</source>
        <translation>No follow-up (no violation found)</translation>
    </message>
    <message>
        <source>Pembinaan (coaching dan mentoring)</source>
        <translation>Guidance (coaching and mentoring)</translation>
    </message>
    <message>
        <source>Hukuman disiplin (punishment)</source>
        <translation>Disciplinary penalty</translation>
    </message>
    <message>
        <source>Tidak terbukti</source>
        <translation>Not proven</translation>
    </message>
    <message>
        <source>pelapor yang sama</source>
        <translation>same reporter</translation>
    </message>
    <message>
        <source>subjek yang sama</source>
        <translation>same subject</translation>
    </message>
    <message>
        <source>lokasi yang sama</source>
        <translation>same location</translation>
    </message>
    <message>
        <source>uraian yang mirip</source>
        <translation>similar description</translation>
    </message>
    <message>
        <source>Berkas {file} bukan sertifikat CSCA (DER/PEM), CRL, atau master list ICAO yang sah. Minta berkas master list resmi dari Direktorat Jenderal, lalu impor lagi.</source>
        <translation>The file {file} is not a valid CSCA certificate (DER/PEM), CRL or ICAO master list. Ask the Directorate General for the official master list file, then import again.</translation>
    </message>
    <message>
        <source>Sertifikat {subject} dalam berkas {file} bukan sertifikat CSCA (bukan CA). Impor hanya sertifikat CSCA atau master list.</source>
        <translation>The certificate {subject} in the file {file} is not a CSCA certificate (not a CA). Import only CSCA certificates or a master list.</translation>
    </message>
    <message>
        <source>Berkas {file} tidak berisi sertifikat CSCA.</source>
        <translation>The file {file} contains no CSCA certificate.</translation>
    </message>
    <message>
        <source>CRL dalam berkas {file} diterbitkan oleh {issuer}, yang bukan CSCA tepercaya. Impor dulu sertifikat CSCA atau master list negara itu, lalu impor CRL lagi. Tidak ada yang disimpan.</source>
        <translation>The CRL in the file {file} was issued by {issuer}, which is not a trusted CSCA. Import that country&apos;s CSCA certificate or master list first, then import the CRL again. Nothing was saved.</translation>
    </message>
    <message>
        <source>Tanda tangan CRL dalam berkas {file} tidak sah untuk CSCA {issuer}: berkas rusak atau dipalsukan. Minta CRL resmi dari negara penerbit atau Direktorat Jenderal. Tidak ada yang disimpan.</source>
        <translation>The signature of the CRL in the file {file} is not valid for CSCA {issuer}: the file is damaged or forged. Ask the issuing country or the Directorate General for the official CRL. Nothing was saved.</translation>
    </message>
    <message>
        <source>Pilihan {field} tidak dikenal: {value}.</source>
        <translation>Unknown {field} option: {value}.</translation>
    </message>
    <message>
        <source>Isi nama pelapor, atau centang Anonim bila pelapor tidak bersedia menyebutkan nama.</source>
        <translation>Enter the reporter&apos;s name, or tick Anonymous if the reporter does not wish to be named.</translation>
    </message>
    <message>
        <source>Isi kontak pelapor (telepon, email atau alamat) agar jawaban dapat disampaikan.</source>
        <translation>Enter the reporter&apos;s contact (phone, email or address) so the answer can be delivered.</translation>
    </message>
    <message>
        <source>Laporan asal harus laporan lain yang masih berjalan.</source>
        <translation>The original report must be another report still in progress.</translation>
    </message>
    <message>
        <source>Laporan ini sudah selesai atau dibatalkan.</source>
        <translation>This report is already closed or cancelled.</translation>
    </message>
    <message>
        <source>Hasil pemeriksaan lapangan belum dicatat.</source>
        <translation>The field inspection result has not been recorded yet.</translation>
    </message>
    <message>
        <source>Tindak lanjut tidak sesuai hasil pemeriksaan lapangan: {found}.</source>
        <translation>The follow-up does not match the field inspection result: {found}.</translation>
    </message>
    <message>
        <source>BAP orang asing dibuat bila tindak lanjut yang diputuskan adalah pemeriksaan (BAP).</source>
        <translation>The foreigner&apos;s BAP is made when the follow-up decided is an examination (BAP).</translation>
    </message>
    <message>
        <source>Tanggal selesai penyelidikan sebelum tanggal mulainya.</source>
        <translation>The inquiry&apos;s end date is before its start date.</translation>
    </message>
    <message>
        <source>Rencana Kegiatan Penyelidikan Keimigrasian belum dibuat.</source>
        <translation>The immigration inquiry activity plan has not been made yet.</translation>
    </message>
    <message>
        <source>Akun Anda belum memiliki NIP untuk menandatangani Surat Perintah. Minta Admin TIK melengkapinya.</source>
        <translation>Your account has no NIP to sign the Surat Perintah. Ask the IT admin to add it.</translation>
    </message>
    <message>
        <source>Laporan jenis ini tidak dijawab dengan surat jawaban pengaduan.</source>
        <translation>Reports of this type are not answered with a complaint answer letter.</translation>
    </message>
    <message>
        <source>Surat jawaban pengaduan belum dibuat.</source>
        <translation>The complaint answer letter has not been made yet.</translation>
    </message>
    <message>
        <source>Petugas {username} tidak ditemukan di kantor ini atau tidak memegang peran {role}.</source>
        <translation>Officer {username} is not found in this office or does not hold the {role} role.</translation>
    </message>
    <message>
        <source>Jadwal piket tidak ditemukan.</source>
        <translation>Duty roster entry not found.</translation>
    </message>
    <message>
        <source>Dokumen tidak ditemukan.</source>
        <translation>Document not found.</translation>
    </message>
    <message>
        <source>Tindakan ini bukan bagian dari SOP laporan {number}.</source>
        <translation>This action is not part of the SOP for report {number}.</translation>
    </message>
    <message>
        <source>Petugas {username} bukan petugas Inteldakim kantor ini yang memiliki NIP.</source>
        <translation>Officer {username} is not an Inteldakim officer of this office with a NIP.</translation>
    </message>
    <message>
        <source>Tidak ada akun Kepala Kantor dengan NIP di kantor ini untuk menandatangani. Minta Admin TIK melengkapinya.</source>
        <translation>There is no head-of-office account with a NIP in this office to sign. Ask the IT admin to set one up.</translation>
    </message>
    <message>
        <source>Pengaduan tidak ditemukan.</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <source>{label} ({field}) pada {document} harus berisi {expected} sel, sebanyak kolom bagiannya.</source>
        <translation>{label} ({field}) in {document} must have {expected} cells, one per column of its section.</translation>
    </message>
    <message>
        <source>Sangat dapat dipercaya</source>
        <translation>Completely reliable</translation>
    </message>
    <message>
        <source>Biasanya dapat dipercaya</source>
        <translation>Usually reliable</translation>
    </message>
    <message>
        <source>Cukup dapat dipercaya</source>
        <translation>Fairly reliable</translation>
    </message>
    <message>
        <source>Biasanya tidak dapat dipercaya</source>
        <translation>Not usually reliable</translation>
    </message>
    <message>
        <source>Tidak dapat dipercaya</source>
        <translation>Unreliable</translation>
    </message>
    <message>
        <source>Keandalan tidak dapat dinilai</source>
        <translation>Reliability cannot be judged</translation>
    </message>
    <message>
        <source>Dikonfirmasi oleh sumber lain</source>
        <translation>Confirmed by other sources</translation>
    </message>
    <message>
        <source>Kemungkinan besar benar</source>
        <translation>Probably true</translation>
    </message>
    <message>
        <source>Mungkin benar</source>
        <translation>Possibly true</translation>
    </message>
    <message>
        <source>Diragukan kebenarannya</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <source>Tidak mungkin benar</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Kebenaran tidak dapat dinilai</source>
        <translation>Truth cannot be judged</translation>
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
        <source>Rujukan</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Izin Tinggal</source>
        <translation>Stay permits</translation>
    </message>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
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
        <source>Perkara</source>
        <translation>Cases</translation>
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
<context>
    <name>work</name>
    <message>
        <source>Menunggu persetujuan Anda</source>
        <translation>Waiting for your approval</translation>
    </message>
    <message>
        <source>Ditugaskan kepada Anda</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Langkah untuk peran Anda</source>
        <translation>A step for your role</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan</source>
        <translation>Returned for correction</translation>
    </message>
</context>
</TS>
