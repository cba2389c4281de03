"""Elliptic-curve point arithmetic for PACE's generic mapping.

`cryptography` does ECDH only with a curve's standard generator, and PACE's generic mapping
(Doc 9303-11 §4.4.3.3.1) agrees the session key on a *mapped* generator G' = s*G + H. So the
points of the mapping and of the key agreement on G' are computed here, in Jacobian
coordinates with Python integers (a 256-bit scalar multiplication takes a few milliseconds).
Private scalars come from `secrets`; keys on the standard generator are cross-checked against
`cryptography` in the tests.
"""

# ruff: noqa: N803, N806 - the upper-case names of the textbook point formulas

from __future__ import annotations

import secrets
from dataclasses import dataclass

Point = tuple[int, int] | None  # affine (x, y); None is the point at infinity


@dataclass(frozen=True)
class Curve:
    name: str
    p: int
    a: int
    b: int
    gx: int
    gy: int
    n: int

    @property
    def size(self) -> int:
        """Bytes of a field element."""
        return (self.p.bit_length() + 7) // 8

    @property
    def generator(self) -> tuple[int, int]:
        return self.gx, self.gy

    def contains(self, point: Point) -> bool:
        if point is None:
            return False
        x, y = point
        return (0 <= x < self.p and 0 <= y < self.p
                and (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0)

    # -- Jacobian arithmetic --------------------------------------------------------------

    def _double(self, X: int, Y: int, Z: int) -> tuple[int, int, int]:
        p = self.p
        if Y == 0 or Z == 0:
            return 0, 1, 0
        YY = Y * Y % p
        S = 4 * X * YY % p
        ZZ = Z * Z % p
        M = (3 * X * X + self.a * ZZ * ZZ) % p
        X3 = (M * M - 2 * S) % p
        Y3 = (M * (S - X3) - 8 * YY * YY) % p
        Z3 = 2 * Y * Z % p
        return X3, Y3, Z3

    def _add(self, P: tuple[int, int, int], Q: tuple[int, int, int]) -> tuple[int, int, int]:
        p = self.p
        X1, Y1, Z1 = P
        X2, Y2, Z2 = Q
        if Z1 == 0:
            return Q
        if Z2 == 0:
            return P
        Z1Z1 = Z1 * Z1 % p
        Z2Z2 = Z2 * Z2 % p
        U1 = X1 * Z2Z2 % p
        U2 = X2 * Z1Z1 % p
        S1 = Y1 * Z2 * Z2Z2 % p
        S2 = Y2 * Z1 * Z1Z1 % p
        if U1 == U2:
            return self._double(X1, Y1, Z1) if S1 == S2 else (0, 1, 0)
        H = (U2 - U1) % p
        R = (S2 - S1) % p
        HH = H * H % p
        HHH = H * HH % p
        V = U1 * HH % p
        X3 = (R * R - HHH - 2 * V) % p
        Y3 = (R * (V - X3) - S1 * HHH) % p
        Z3 = H * Z1 * Z2 % p
        return X3, Y3, Z3

    def _affine(self, X: int, Y: int, Z: int) -> Point:
        if Z == 0:
            return None
        zinv = pow(Z, -1, self.p)
        zinv2 = zinv * zinv % self.p
        return X * zinv2 % self.p, Y * zinv2 * zinv % self.p

    def add(self, P: Point, Q: Point) -> Point:
        if P is None:
            return Q
        if Q is None:
            return P
        return self._affine(*self._add((P[0], P[1], 1), (Q[0], Q[1], 1)))

    def multiply(self, k: int, point: Point) -> Point:
        """k * point (double-and-add, left to right)."""
        if point is None or k % self.n == 0:
            return None
        k %= self.n
        R = (0, 1, 0)
        P = (point[0], point[1], 1)
        for bit in bin(k)[2:]:
            R = self._double(*R)
            if bit == "1":
                R = self._add(R, P)
        return self._affine(*R)

    # -- encoding -------------------------------------------------------------------------

    def encode(self, point: Point) -> bytes:
        """Uncompressed SEC 1 encoding: 04 || x || y."""
        if point is None:
            raise ValueError("cannot encode the point at infinity")
        return b"\x04" + point[0].to_bytes(self.size, "big") + point[1].to_bytes(self.size, "big")

    def decode(self, data: bytes) -> tuple[int, int]:
        """An uncompressed point, checked to lie on the curve.

        Raises:
            ValueError: wrong encoding or not a point of the curve.
        """
        if len(data) != 1 + 2 * self.size or data[0] != 0x04:
            raise ValueError(f"not an uncompressed {self.name} point ({len(data)} bytes)")
        point = (int.from_bytes(data[1:1 + self.size], "big"),
                 int.from_bytes(data[1 + self.size:], "big"))
        if not self.contains(point):
            raise ValueError(f"point not on {self.name}")
        return point

    def private_key(self) -> int:
        return secrets.randbelow(self.n - 1) + 1


NIST_P256 = Curve(
    "secp256r1",
    p=0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF,
    a=0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC,
    b=0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
    gx=0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
    gy=0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
    n=0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
)

BRAINPOOL_P256R1 = Curve(
    "brainpoolP256r1",
    p=0xA9FB57DBA1EEA9BC3E660A909D838D726E3BF623D52620282013481D1F6E5377,
    a=0x7D5A0975FC2C3057EEF67530417AFFE7FB8055C126DC5C6CE94A4B44F330B5D9,
    b=0x26DC5C6CE94A4B44F330B5D9BBD77CBF958416295CF7E1CE6BCCDC18FF8C07B6,
    gx=0x8BD2AEB9CB7E57CB2C4B482FFC81B7AFB9DE27E1E3BD23C23A4453BD9ACE3262,
    gy=0x547EF835C3DAC4FD97F8461A14611DC9C27745132DED8E545C1D54C72F046997,
    n=0xA9FB57DBA1EEA9BC3E660A909D838D718C397AA3B561A6F7901E0E82974856A7,
)

# PACE's standardized domain parameters (Doc 9303-11 §9.5.1) that Gapura supports.
STANDARD_PARAMETERS: dict[int, Curve] = {12: NIST_P256, 13: BRAINPOOL_P256R1}
