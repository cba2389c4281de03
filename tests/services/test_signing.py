"""Document seals: every issued paper is signed; verification catches altered papers and seals."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, NameObject

from app.auth.permissions import Role
from app.domain.counter import Direction
from app.services.counter import Scan
from printing.registry import TEMPLATES
from tests.counter_support import TOURIST, load_watch_lists
from tests.printing.conftest import qr_codes


@pytest.fixture
def stamp(services, make_actor):
    load_watch_lists(services)
    officer = make_actor(Role.COUNTER_OFFICER, username="konter1")
    crossing = services.counter.record_crossing(
        officer, services.counter.check(officer, Scan(TOURIST.mrz(), Direction.ARRIVAL)))
    return crossing.stamp


def _replace_text(pdf: bytes, old: str, new: str) -> bytes:
    """The same PDF (metadata and seal included) with `old` written as `new` on its pages."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    changed = False
    for page in writer.pages:
        content = ContentStream(page.get_contents(), writer)
        data = content.get_data()
        if old.encode("latin-1") in data:
            changed = True
            content.set_data(data.replace(old.encode("latin-1"), new.encode("latin-1")))
            page[NameObject("/Contents")] = writer._add_object(content)
    assert changed, f"{old!r} is not in the page contents"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_issued_document_carries_a_seal_that_verifies(services, admin, stamp):
    result = services.signing.verify_pdf(admin, stamp.pdf)
    assert (result.status, result.number, result.stored_copy) == ("valid", stamp.number, True)
    assert result.holder == "L898902C3"  # the stamp is about the passport


def test_a_seal_alone_verifies_offline(services, admin, stamp):
    seal = str(PdfReader(io.BytesIO(stamp.pdf)).metadata["/Keywords"])
    result = services.signing.verify_seal(admin, seal)
    assert result.status == "valid" and result.template == "stamp"


def _altered(seal: str, from_end: int) -> str:
    """`seal` with the byte pair `from_end` characters before its end changed by one (the
    first character of a Base45 triple, so the text stays Base45)."""
    from printing.seal import BASE45, PREFIX

    body = seal[len(PREFIX):]
    at = (len(body) - from_end) // 3 * 3
    value = BASE45.index(body[at])
    body = body[:at] + BASE45[value - 1 if value else 1] + body[at + 1:]
    return PREFIX + body


def test_an_altered_seal_is_tampered(services, admin, stamp):
    seal = str(PdfReader(io.BytesIO(stamp.pdf)).metadata["/Keywords"])
    # A byte of the payload (the number, the holder...) or of the signature.
    assert services.signing.verify_seal(admin, _altered(seal, 120)).status == "tampered"
    assert services.signing.verify_seal(admin, _altered(seal, 30)).status == "tampered"


def test_a_seal_of_an_unknown_office_key_is_unknown(services, admin):
    from datetime import date

    from printing.seal import OfficeKey, make_seal

    stranger = OfficeKey.generate("ENTAH")
    seal = make_seal(stranger, template="stp", number="X/1", holder="A", issued_on=date.today(),
                     data={})
    assert services.signing.verify_seal(admin, seal).status == "unknown"
    assert services.signing.verify_seal(admin, "bukan segel").status == "unknown"


def test_a_paper_whose_text_was_changed_fails(services, admin, stamp):
    forged = _replace_text(stamp.pdf, "L898902C3", "X99999999")
    result = services.signing.verify_pdf(admin, forged)
    assert result.status == "tampered" and "holder" in result.reason


def test_a_file_that_differs_from_the_stored_copy_fails(services, admin, stamp):
    reader = PdfReader(io.BytesIO(stamp.pdf))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({"/Producer": "edited"})
    out = io.BytesIO()
    writer.write(out)
    result = services.signing.verify_pdf(admin, out.getvalue())
    assert result.status == "tampered" and result.stored_copy is False


def test_the_key_is_made_once_and_kept(services, stamp):
    assert len(services.signing.public_keys()) == 1
    key_file = services.context.secrets.get("office-key-TEST")
    assert key_file is not None and len(key_file) == 32


def test_the_head_of_office_endorses_with_a_pdf_signature(services, admin, make_actor, stamp):
    from app.errors import PermissionDenied, ValidationError

    officer = make_actor(Role.SUPERVISOR, username="spv1")
    with pytest.raises(PermissionDenied):
        services.documents.endorse(officer, stamp.id)
    head = make_actor(Role.OFFICE_HEAD, username="kakanim1")
    endorsed = services.documents.endorse(head, stamp.id)
    assert b"/ByteRange" in endorsed.pdf and endorsed.pdf != stamp.pdf
    assert services.signing.verify_pdf(admin, endorsed.pdf).status == "valid"
    with pytest.raises(ValidationError):
        services.documents.endorse(head, stamp.id)
    # A byte changed after the signature: the PDF signature no longer holds.
    at = endorsed.pdf.index(b"MediaBox")
    broken = endorsed.pdf[:at] + b"MediaBoy" + endorsed.pdf[at + 8:]
    result = services.signing.verify_pdf(admin, broken)
    assert result.status == "tampered"


# --- every template -------------------------------------------------------------------------

def _issued(services, code: str):
    from app.services.base import system_actor
    from app.services.documents import issue
    from printing import samples

    with services.context.change(system_actor(services.context.config), None) as uow:
        return issue(uow, code, samples.sample_data(code), subject_type="test",
                     subject_id=code)


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_template_issues_a_sealed_paper_that_verifies_and_a_forged_one_fails(
        services, admin, code, tmp_path):
    from printing import registry, samples

    document = _issued(services, code)
    holder = registry.get_template(code).holder
    result = services.signing.verify_pdf(admin, document.pdf)
    assert (result.status, result.number, result.template) == ("valid", document.number, code)
    if holder:
        assert result.holder == samples.sample_data(code)[holder]
    # The QR code printed on the paper is the seal itself, and it verifies offline.
    # (on the first page, or on the back of a card).
    [qr] = set(qr_codes(document.pdf, tmp_path, page=1) or qr_codes(document.pdf, tmp_path))
    assert qr == str(PdfReader(io.BytesIO(document.pdf)).metadata["/Keywords"])
    assert services.signing.verify_seal(admin, qr).status == "valid"
    # The same paper with another number written on it is caught by its seal.
    forged_number = document.number[:-1] + ("7" if document.number[-1] != "7" else "8")
    forged = services.signing.verify_pdf(admin, _replace_text(document.pdf, document.number,
                                                              forged_number))
    assert forged.status == "tampered" and "number" in forged.reason
