"""Known answers from ICAO Doc 9303-11: appendix D (BAC, 3DES secure messaging) and G.1
(PACE ECDH generic mapping)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec as cec

from app.domain.mrz import parse_mrz
from devices.chip import crypto, tlv
from devices.chip.apdu import Command, split_response
from devices.chip.bac import MrzKeys, bac_keys, perform_bac
from devices.chip.channel import ChipChannel
from devices.chip.crypto import CipherKind
from devices.chip.ec import BRAINPOOL_P256R1, NIST_P256
from devices.chip.errors import SecureMessagingError
from devices.chip.pace import PaceInfo, choose, parse_card_access, perform_pace
from devices.chip.sm import SecureMessaging

H = bytes.fromhex
SPECIMEN_KEYS = MrzKeys("L898902C", "690806", "940623")


def test_bac_key_seed_and_keys_match_the_worked_example():
    assert SPECIMEN_KEYS.information() == b"L898902C<369080619406236"
    assert SPECIMEN_KEYS.seed() == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    k_enc, k_mac = bac_keys(SPECIMEN_KEYS)
    assert k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_keys_come_from_the_printed_mrz_lines():
    lines = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L898902C<3UTO6908061F9406236ZE184226B<<<<<14")
    assert parse_mrz(lines).valid
    assert MrzKeys.from_mrz(lines) == SPECIMEN_KEYS


def test_a_long_document_number_is_used_whole():
    keys = MrzKeys("D23145890734", "340712", "950712")
    assert keys.information() == b"D23145890734934071279507122"


class ScriptedChip:
    """Answers the worked example's chip side, one exchange after the other."""

    def __init__(self, script: list[tuple[bytes | None, bytes]]) -> None:
        self.script = list(script)
        self.received: list[bytes] = []

    def transmit(self, apdu: bytes) -> bytes:
        expected, answer = self.script.pop(0)
        self.received.append(apdu)
        if expected is not None:
            assert apdu == expected
        return answer


def test_bac_mutual_authentication_reproduces_the_worked_example():
    randoms = iter([H("781723860C06C226"), H("0B795240CB7049B01C19B33E32804F0B")])
    chip = ScriptedChip([
        (H("0084000008"), H("4608F91988702212") + b"\x90\x00"),
        (H("0082000028") + H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                             "5F1448EEA8AD90A7") + b"\x28",
         H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
         + b"\x90\x00"),
    ])
    channel = ChipChannel(chip)
    sm = perform_bac(channel, SPECIMEN_KEYS, random=lambda n: next(randoms))
    assert sm.ks_enc == H("979EC13B1CBFE9DCD01AB0FED307EAE5")
    assert sm.ks_mac == H("F1CB1F1FB5ADF208806B89DC579DC1F8")
    assert sm.ssc == 0x887022120C06C226
    assert channel.sm is sm


def _example_session() -> SecureMessaging:
    return SecureMessaging(CipherKind.TDES, H("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                           H("F1CB1F1FB5ADF208806B89DC579DC1F8"), 0x887022120C06C226)


def test_secure_messaging_reproduces_the_worked_example():
    sm = _example_session()
    assert sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E"))) == H(
        "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    assert sm.unwrap(H("990290008E08FA855A5D4C50A8ED9000")) == (b"", 0x9000)
    assert sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4)) == H(
        "0CB000000D9701048E08ED6705417E96BA5500")
    assert sm.unwrap(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")) == (
        H("60145F01"), 0x9000)
    assert sm.wrap(Command(0x00, 0xB0, 0x00, 0x04, le=0x12)) == H(
        "0CB000040D9701128E082EA28A70F3C7B53500")
    assert sm.unwrap(H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A99029000"
                       "8E08C8B2787EAEA07D749000")) == (
        H("04303130365F36063034303030305C026175"), 0x9000)


def test_a_response_with_a_changed_byte_fails_its_mac():
    sm = _example_session()
    sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    sm.unwrap(H("990290008E08FA855A5D4C50A8ED9000"))
    sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))
    tampered = bytearray(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))
    tampered[5] ^= 0x01
    with pytest.raises(SecureMessagingError):
        sm.unwrap(bytes(tampered))


def test_a_replayed_response_fails_because_the_counter_moved_on():
    sm = _example_session()
    sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    sm.unwrap(H("990290008E08FA855A5D4C50A8ED9000"))
    sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    with pytest.raises(SecureMessagingError):
        sm.unwrap(H("990290008E08FA855A5D4C50A8ED9000"))


def test_aes_secure_messaging_round_trips_between_terminal_and_chip():
    terminal = SecureMessaging(CipherKind.AES128, bytes(range(16)), bytes(range(16, 32)), 0)
    chip = SecureMessaging(CipherKind.AES128, bytes(range(16)), bytes(range(16, 32)), 0)
    command = Command(0x00, 0xB0, 0x01, 0x20, le=0xDF)
    assert chip.unwrap_command(terminal.wrap(command)) == command
    data, sw = split_response(chip.wrap_response(b"x" * 200, 0x9000))
    assert terminal.unwrap(data + b"\x90\x00") == (b"x" * 200, 0x9000)
    assert terminal.ssc == chip.ssc == 2


def test_padding_method_2():
    assert crypto.pad(b"\x01\x02", 8) == H("0102800000000000")
    assert crypto.pad(bytes(8), 8) == bytes(8) + H("8000000000000000")
    assert crypto.unpad(H("0102800000000000")) == b"\x01\x02"
    with pytest.raises(ValueError):
        crypto.unpad(bytes(8))


@pytest.mark.parametrize(("curve", "theirs"), [(NIST_P256, cec.SECP256R1()),
                                               (BRAINPOOL_P256R1, cec.BrainpoolP256R1())])
def test_point_arithmetic_agrees_with_cryptography(curve, theirs):
    ours_key = cec.generate_private_key(theirs)
    peer = cec.generate_private_key(theirs)
    numbers = ours_key.public_key().public_numbers()
    scalar = ours_key.private_numbers().private_value
    assert curve.multiply(scalar, curve.generator) == (numbers.x, numbers.y)
    peer_numbers = peer.public_key().public_numbers()
    shared = curve.multiply(scalar, (peer_numbers.x, peer_numbers.y))
    assert shared[0].to_bytes(32, "big") == ours_key.exchange(cec.ECDH(), peer.public_key())
    assert curve.multiply(curve.n, curve.generator) is None
    assert curve.decode(curve.encode(shared)) == shared
    with pytest.raises(ValueError):
        curve.decode(curve.encode((shared[0], (shared[1] + 1) % curve.p)))


# Doc 9303-11 appendix G.1: PACE ECDH generic mapping, AES-128, brainpoolP256r1, MRZ password.
G1 = {
    "k_pi": "89DED1B26624EC1E634C1989302849DD",
    "encrypted_nonce": "95A3A016522EE98D01E76CB6B98B42C3",
    "map_private": "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99",
    "map_public": "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
                  "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D",
    "chip_map_public": "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                       "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54",
    "private": "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595",
    "public": "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
              "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462",
    "chip_public": "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                   "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094",
    "ks_enc": "F5F0E35C0D7161EE6724EE513A0D9A7F",
    "ks_mac": "FE251C7858B356B24514B3BD5F4297D1",
    "terminal_token": "C2B0BD78D94BA866",
    "chip_token": "3ABB9674BCE93C08",
}


def _general_authenticate(cla: int, inner: bytes) -> bytes:
    return Command(cla, 0x86, 0, 0, tlv.tlv(0x7C, inner), le=256).encode()


def test_pace_reproduces_the_worked_example():
    keys = MrzKeys("T22000129", "640812", "101031")
    assert keys.pace_password() == H("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD")
    assert crypto.derive_key(keys.pace_password(), crypto.PI, CipherKind.AES128) == H(
        G1["k_pi"])
    g = {name: H(value) for name, value in G1.items()}
    chip = ScriptedChip([
        (None, b"\x90\x00"),  # MSE:SET AT, checked below
        (H("10860000027C0000"), tlv.tlv(0x7C, tlv.tlv(0x80, g["encrypted_nonce"])) + b"\x90\x00"),
        (_general_authenticate(0x10, tlv.tlv(0x81, b"\x04" + g["map_public"])),
         tlv.tlv(0x7C, tlv.tlv(0x82, b"\x04" + g["chip_map_public"])) + b"\x90\x00"),
        (_general_authenticate(0x10, tlv.tlv(0x83, b"\x04" + g["public"])),
         tlv.tlv(0x7C, tlv.tlv(0x84, b"\x04" + g["chip_public"])) + b"\x90\x00"),
        (_general_authenticate(0x00, tlv.tlv(0x85, g["terminal_token"])),
         tlv.tlv(0x7C, tlv.tlv(0x86, g["chip_token"])) + b"\x90\x00"),
    ])
    channel = ChipChannel(chip)
    info = PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, 13)
    sm = perform_pace(channel, keys, info, scalars=iter([int(G1["map_private"], 16),
                                                         int(G1["private"], 16)]))
    assert chip.received[0].startswith(H("0022C1A4"))
    assert H("800A04007F00070202040202830101") in chip.received[0]
    assert (sm.kind, sm.ks_enc, sm.ks_mac, sm.ssc) == (CipherKind.AES128, g["ks_enc"],
                                                       g["ks_mac"], 0)
    assert not chip.script  # every exchange of the example happened


def test_card_access_of_the_worked_example():
    infos = parse_card_access(H("31143012060A04007F0007020204020202010202010D"))
    assert infos == [PaceInfo("0.4.0.127.0.7.2.2.4.2.2", 2, 13)]
    assert choose(infos) is infos[0]
