"""The CSCA certificates trusted for passive authentication of ePassport chips (issue 14 point 3),
and the newest CRL of each CSCA.

Reference data: an admin imports CSCA certificates or an ICAO master list on the server, which
publishes one `csca_certificate` change per certificate (decision 0026); a workstation may also
import a file itself (offline). A certificate is known by the SHA-256 of its DER encoding. CRLs
travel the same way (`csca_crl` changes); only the newest CRL of an issuer is kept, so a CRL is
known by its issuer.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base, UtcDateTime


class CscaCertificate(Base):
    __tablename__ = "csca_certificates"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256, hex
    country: Mapped[str] = mapped_column(String(3), index=True)  # the subject's C, as written
    subject: Mapped[str] = mapped_column(String(500))  # RFC 4514
    not_before: Mapped[datetime] = mapped_column(UtcDateTime)
    not_after: Mapped[datetime] = mapped_column(UtcDateTime)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(300))  # "sync" or the imported file's name
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(64))


class CscaCrl(Base):
    """The newest CRL of one CSCA, kept only after its signature verified with a trusted CSCA
    of the same name (a local import) or as the server published it (sync)."""

    __tablename__ = "csca_crls"

    issuer_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of `issuer`
    issuer: Mapped[str] = mapped_column(String(500))  # RFC 4514
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the DER
    crl_number: Mapped[str] = mapped_column(String(50))  # decimal (up to 20 octets); "" if none
    this_update: Mapped[datetime] = mapped_column(UtcDateTime)
    next_update: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked: Mapped[int] = mapped_column(Integer)  # how many certificates it revokes
    der: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(300))  # "sync" or the imported file's name
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(64))
