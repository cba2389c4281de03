"""The symmetric cryptography of ICAO 9303 part 11: key derivation, padding, 3DES and AES.

Everything goes through `cryptography` (3DES from its `decrepit` module, where it lives since
3DES is deprecated for new designs; ePassports issued before ~2020 still use it for BAC).
Two-key 3DES keys (K1 K2) are expanded to three keys (K1 K2 K1), which is the same cipher.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

# Key derivation counters (Doc 9303-11 §9.7.1).
ENC = 1
MAC = 2
PI = 3


class CipherKind(StrEnum):
    TDES = "3DES"
    AES128 = "AES-128"
    AES192 = "AES-192"
    AES256 = "AES-256"

    @property
    def block_size(self) -> int:
        return 8 if self is CipherKind.TDES else 16

    @property
    def key_size(self) -> int:
        return {"3DES": 16, "AES-128": 16, "AES-192": 24, "AES-256": 32}[self.value]


def with_des_parity(key: bytes) -> bytes:
    """`key` with each byte's lowest bit set for odd parity, as DES keys are written."""
    return bytes((b & 0xFE) | ((bin(b >> 1).count("1") + 1) % 2) for b in key)


def derive_key(secret: bytes, counter: int, kind: CipherKind = CipherKind.TDES) -> bytes:
    """KDF(K, c) of Doc 9303-11 §9.7.1: a hash of secret || counter (32 bits), cut to size."""
    data = secret + counter.to_bytes(4, "big")
    if kind in (CipherKind.TDES, CipherKind.AES128):
        digest = hashlib.sha1(data).digest()
    else:
        digest = hashlib.sha256(data).digest()
    key = digest[:kind.key_size]
    return with_des_parity(key) if kind is CipherKind.TDES else key


def pad(data: bytes, block: int = 8) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros to a whole block."""
    data += b"\x80"
    return data + bytes(-len(data) % block)


def unpad(data: bytes) -> bytes:
    """Remove padding method 2."""
    stripped = data.rstrip(b"\x00")
    if not stripped or stripped[-1] != 0x80:
        raise ValueError("bad ISO 9797-1 padding")
    return stripped[:-1]


def _tdes(key: bytes) -> TripleDES:
    return TripleDES(key + key[:8] if len(key) == 16 else key)


def tdes_encrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    encryptor = Cipher(_tdes(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def tdes_decrypt(key: bytes, data: bytes, iv: bytes = bytes(8)) -> bytes:
    decryptor = Cipher(_tdes(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (the "retail MAC") over already padded `data`.

    Single DES (K1) in CBC over all blocks but the last, then 3DES (K1 K2 K1) on the last:
    the same as DES-CBC with K1 throughout followed by decrypt-K2 / encrypt-K1 of the result.
    """
    k1 = key[:8]
    chained = bytes(8)
    if len(data) > 8:
        chained = tdes_encrypt(k1 * 3, data[:-8])[-8:]
    last = bytes(a ^ b for a, b in zip(data[-8:], chained, strict=True))
    encryptor = Cipher(_tdes(key[:16]), modes.ECB()).encryptor()
    return encryptor.update(last) + encryptor.finalize()


def aes_encrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def aes_decrypt(key: bytes, data: bytes, iv: bytes = bytes(16)) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def aes_ecb(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def aes_cmac(key: bytes, data: bytes, size: int = 8) -> bytes:
    """AES-CMAC of `data`, cut to `size` bytes (8 in secure messaging and PACE tokens)."""
    mac = CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()[:size]
