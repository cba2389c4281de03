"""The demo's print station: a queue with one paper of each kind the other desks send it.

Signed in as `cetak`, the print operator finds documents waiting that the modules not built yet
(stay permits, passports) will issue: an application receipt, a payment receipt, a stay-permit
sticker and card, a SKIM, a passport compensation receipt and the day's passport register, each
numbered and sealed from the realistic sample data the tests use (printing/samples.py). The
counter and supervisor desks add theirs (stamps, STP, berita acara) as the demo is used.
"""

from __future__ import annotations

from sqlalchemy import select

from app.auth.permissions import Actor
from app.services import Services
from app.services.documents import issue
from app.store.counter_models import IssuedDocument

SUBJECT_TYPE = "demo"
QUEUED = ("tanda_terima_permohonan", "tanda_terima_pembayaran", "stiker_izin_tinggal",
          "kartu_izin_tinggal", "skim", "tanda_terima_kompensasi", "register_paspor")


def seed_print_queue(services: Services, actor: Actor) -> None:
    """Queue the demo papers once (an interrupted seed completes on the next run)."""
    from printing import samples

    with services.context.store.read() as session:
        done = set(session.execute(select(IssuedDocument.template).where(
            IssuedDocument.subject_type == SUBJECT_TYPE)).scalars())
    for template in (t for t in QUEUED if t not in done):
        with services.context.change(actor, None) as uow:
            issue(uow, template, samples.sample_data(template), subject_type=SUBJECT_TYPE,
                  subject_id=template)
