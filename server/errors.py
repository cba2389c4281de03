"""The error every `/v1` endpoint answers with: `{"error": code, "message": Indonesian}`."""

from __future__ import annotations


class ApiError(Exception):
    """An error answered as `{"error": code, "message": Indonesian text}`."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def record_id_conflict() -> ApiError:
    """A pushed id (record, shared record, document number) belongs to another office; the
    batch is refused whole and nothing of the other office is revealed."""
    return ApiError(409, "record_id_conflict",
                    "Sebagian nomor rekaman sudah dipakai kantor lain; kiriman ditolak "
                    "seluruhnya. Hubungi admin server.")
