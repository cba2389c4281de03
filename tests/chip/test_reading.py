"""Reading the software chip end to end: BAC, PACE, the files, progress, and failures."""

from __future__ import annotations

import pytest

from devices.chip.apdu import INS_MSE, INS_READ_BINARY, INS_READ_BINARY_ODD
from devices.chip.bac import MrzKeys
from devices.chip.errors import AccessDenied, SecureMessagingError
from devices.chip.lds import DG2, ImageFormat
from devices.chip.pace import ECDH_GM, PaceInfo
from devices.chip.reader import AccessProtocol, read_chip
from devices.chip.testchip import (
    PACE_BRAINPOOL_AES128,
    PACE_P256_AES128,
    SoftwareChip,
    build_passport,
)
from devices.chip.transport import LinkSimulator
from tests.chip.conftest import NOW

SKIN = (224, 182, 150)  # the synthetic face's skin colour


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def test_bac_session_reads_the_data_groups_and_passes_passive_authentication(passport, pki):
    chip = SoftwareChip(passport, pace=None)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.access is AccessProtocol.BAC and chip.access == "BAC"
    assert read.mrz_lines == passport.mrz_lines
    assert read.photo is not None and read.photo.format is ImageFormat.JPEG
    assert read.photo.data == passport.face
    assert read.pa.passed, read.pa.failed
    assert sorted(read.pa.hashes) == [1, 2, 11, 12]


@pytest.mark.parametrize("info", [PACE_P256_AES128, PACE_BRAINPOOL_AES128],
                         ids=["nist-p256", "brainpool-p256r1"])
def test_pace_session_reads_the_chip_under_aes_secure_messaging(passport, pki, info):
    chip = SoftwareChip(passport, pace=info)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.access is AccessProtocol.PACE and chip.access == "PACE"
    assert chip.sm is not None and chip.sm.kind.value == "AES-128"
    assert read.mrz_lines == passport.mrz_lines
    assert read.pa.passed, read.pa.failed
    assert read.notes == ()


@pytest.mark.parametrize("pace", [None, PACE_P256_AES128], ids=["bac", "pace"])
def test_a_misread_mrz_is_refused_and_tells_the_officer_to_rescan(passport, pki, pace):
    chip = SoftwareChip(passport, pace=pace)
    wrong = MrzKeys("L898902C3", "740812", "120416")  # expiry misread as 120416
    assert wrong != passport.keys
    with pytest.raises(AccessDenied) as caught:
        read_chip(chip, wrong, pki.master_list(), NOW)
    assert caught.value.user_message.startswith(
        "Chip paspor menolak kunci dari MRZ. Pindai ulang halaman data paspor")
    assert "6300" in caught.value.detail
    # Under PACE the reader tried BAC too, as ICAO allows, and the chip refused both.
    assert chip.stats.refused == (2 if pace else 1)


def test_a_pace_variant_gapura_lacks_falls_back_to_bac(passport, pki):
    three_des = PaceInfo(ECDH_GM + ".1", 2, 12)  # id-PACE-ECDH-GM-3DES
    chip = SoftwareChip(passport, pace=three_des)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.access is AccessProtocol.BAC
    assert all(ins != INS_MSE for ins, *_ in chip.stats.commands)
    assert read.notes and "PACE not used" in read.notes[0]


def test_extended_reads_take_fewer_commands_than_short_ones(passport, pki):
    extended = SoftwareChip(passport)
    read_chip(extended, passport.keys, pki.master_list(), NOW)
    short = SoftwareChip(passport)
    read_chip(short, passport.keys, pki.master_list(), NOW, extended_length=False)

    def reads(chip: SoftwareChip) -> list[bool]:
        return [ext for ins, _, _, ext in chip.stats.commands if ins == INS_READ_BINARY]

    assert any(reads(extended)) and not any(reads(short))
    assert len(reads(extended)) * 3 < len(reads(short))


def test_a_chip_refusing_extended_length_is_read_in_short_chunks(passport, pki):
    chip = SoftwareChip(passport, extended_length=False)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.pa.passed and read.photo.data == passport.face
    extended_reads = [c for c in chip.stats.commands if c[0] == INS_READ_BINARY and c[3]]
    assert len(extended_reads) == 1  # tried once, then short reads only


def test_progress_counts_up_to_the_total_of_all_files(passport, pki):
    events: list[tuple[int, int, str]] = []
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW,
                     progress=lambda done, total, name: events.append((done, total, name)))
    total = sum(len(data) for data in read.files.values())
    assert {t for _, t, _ in events} == {total}
    dones = [d for d, _, _ in events]
    assert dones == sorted(dones) and dones[-1] == total
    names = [n for _, _, n in events if n]
    assert names[0] == "EF.COM" and names[-1] == "EF.SOD" and "DG2" in names
    assert total > 18_000  # the face dominates


def test_dg11_and_dg12_details_are_parsed(passport, pki):
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    assert read.personal.surname == "ERIKSSON" and read.personal.given_names == "ANNA MARIA"
    assert read.personal.full_name == "ANNA MARIA ERIKSSON"
    assert read.personal.place_of_birth == "ZENITH, UTOPIA"
    assert read.personal.birth_date.isoformat() == "1974-08-12"
    assert read.document.issuing_authority == "KANTOR IMIGRASI ZENITH"
    assert read.document.date_of_issue.isoformat() == "2022-04-16"
    assert read.com.tags == (0x61, 0x75, 0x6B, 0x6C)


def test_a_chip_without_dg11_and_dg12_is_read_without_them(pki):
    passport = build_passport(dg11=None, dg12=None)
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    assert read.personal is None and read.document is None
    assert sorted(read.pa.hashes) == [1, 2] and read.pa.passed


def test_the_jpeg_face_is_decoded_to_rgb(passport, pki):
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    assert read.image.mode == "RGB" and read.image.size == (read.photo.width,
                                                              read.photo.height)
    assert _near(read.image.getpixel((180, 260)), SKIN)


def test_a_jpeg2000_face_is_decoded_to_rgb(pki):
    passport = build_passport(image_format=ImageFormat.JPEG2000)
    read = read_chip(SoftwareChip(passport), passport.keys, pki.master_list(), NOW)
    assert read.photo.format is ImageFormat.JPEG2000
    assert read.photo.data[:12] == bytes.fromhex("0000000C6A5020200D0A870A")  # JP2 signature
    assert read.image.mode == "RGB" and read.image.size == (360, 480)
    assert _near(read.image.getpixel((180, 260)), SKIN)
    assert read.pa.passed


class Tamperer:
    """Flips one bit of the `nth` response's encrypted data: interference, or a man in the
    middle."""

    def __init__(self, chip: SoftwareChip, nth: int) -> None:
        self.chip = chip
        self.nth = nth
        self.count = 0

    def transmit(self, apdu: bytes) -> bytes:
        answer = self.chip.transmit(apdu)
        self.count += 1
        if self.count == self.nth:
            answer = answer[:4] + bytes([answer[4] ^ 0x01]) + answer[5:]
        return answer


def test_a_changed_response_in_the_secure_session_is_caught(passport, pki):
    chip = SoftwareChip(passport, pace=None)
    # Exchanges: SELECT CardAccess, SELECT applet, GET CHALLENGE, MUTUAL AUTH, then SM.
    with pytest.raises(SecureMessagingError) as caught:
        read_chip(Tamperer(chip, 8), passport.keys, pki.master_list(), NOW)
    assert caught.value.detail.startswith("response MAC mismatch")


def test_the_link_simulator_charges_every_byte_at_the_link_rate(passport, pki):
    waits: list[float] = []
    link = LinkSimulator(SoftwareChip(passport), kbit_s=424, latency_s=0.002, sleep=waits.append)
    read = read_chip(link, passport.keys, pki.master_list(), NOW)
    assert len(waits) == link.exchanges
    assert sum(waits) == pytest.approx(link.link_s)
    moved = link.bytes_sent + link.bytes_received
    assert link.link_s == pytest.approx(moved * 8 / 424_000 + 0.002 * link.exchanges)
    assert moved > sum(len(d) for d in read.files.values())  # SM overhead on top
    assert link.link_s > 0.35  # ~19 KB at 424 kbit/s, not waited for in this test


@pytest.mark.parametrize("pace", [None, PACE_P256_AES128], ids=["bac", "pace"])
def test_a_face_past_32_kib_is_read_with_odd_read_binary(pki, pace):
    passport = build_passport(face_bytes=45_000, dg11=None, dg12=None)
    assert len(passport.files[DG2.fid]) > 0x7FFF + 1
    chip = SoftwareChip(passport, pace=pace)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.photo.data == passport.face and read.pa.passed
    assert read.image.size == (720, 960) and _near(read.image.getpixel((360, 520)), SKIN)
    assert any(ins == INS_READ_BINARY_ODD for ins, *_ in chip.stats.commands)


def test_odd_read_binary_in_short_chunks_when_extended_length_is_refused(pki):
    passport = build_passport(face_bytes=45_000, dg11=None, dg12=None)
    chip = SoftwareChip(passport, extended_length=False)
    read = read_chip(chip, passport.keys, pki.master_list(), NOW)
    assert read.photo.data == passport.face
    odd = [c for c in chip.stats.commands if c[0] == INS_READ_BINARY_ODD]
    assert odd and not any(ext for *_, ext in odd)
