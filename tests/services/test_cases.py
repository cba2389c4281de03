"""Case work: a case walks its SOP (seed 003, Penerbitan ITK), waits for approvals, and keeps
its history; four eyes, re-authentication, batches, returns and refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.auth.permissions import Role
from app.errors import AuthError, NotFoundError, PermissionDenied, ValidationError
from app.services.cases import CLOSED, OPEN, WAITING, SubjectForm
from app.store.models import AuditEvent
from tests.conftest import PASSWORD

APPLICANT = SubjectForm("applicant", "ERIKSSON ANNA MARIA", "L898902C3", "SWE",
                        date(1974, 8, 12))
BEFORE_APPROVAL = ("terima_permohonan", "entri_data", "periksa_cekal", "teliti_keabsahan",
                   "pindai_berkas")


@pytest.fixture
def people(make_actor):
    return {
        "loket": make_actor(Role.PERMIT_OFFICER, username="loket1"),
        "loket2": make_actor(Role.PERMIT_OFFICER, username="loket2"),
        "kasi": make_actor(Role.SECTION_HEAD, username="kasi1"),
        "kasi2": make_actor(Role.SECTION_HEAD, username="kasi2"),
        "kakanim": make_actor(Role.OFFICE_HEAD, username="kakanim1"),
        "konter": make_actor(Role.COUNTER_OFFICER, username="konter1"),
    }


def _to_approval(services, who):
    cases = services.cases
    case = cases.open(who, "ITK", [APPLICANT], note="Perpanjangan ITK")
    for step in BEFORE_APPROVAL:
        assert case.step_id == step
        case = cases.complete(who, case.id, answer="tidak" if step == "periksa_cekal" else None)
    return case


def test_a_case_walks_seed_003_to_its_end_with_paraf_and_pengesahan(services, people, clock):
    cases = services.cases
    case = _to_approval(services, people["loket"])
    assert case.status == WAITING and case.step_id == "persetujuan"
    assert case.approval == "paraf section_head" and case.prepared_by == "loket1"
    assert [c.number for c in cases.inbox(people["kasi"])] == [case.number]

    [case] = cases.approve(people["kasi"], [case.id], PASSWORD, answer="tidak")
    assert case.status == OPEN and case.step_id == "pembayaran"
    for step in ("pembayaran", "biometrik", "register_dan_tera"):
        assert case.step_id == step
        case = cases.complete(people["loket"], case.id)
    assert case.status == WAITING and case.approval == "pengesahan office_head"
    assert cases.inbox(people["kasi"]) == []  # a pengesahan is the Kakanim's
    [case] = cases.approve(people["kakanim"], [case.id], PASSWORD)
    for step in ("pindai_arsip", "serahkan_dokim", "arsipkan_berkas"):
        assert case.step_id == step
        case = cases.complete(people["loket"], case.id)
    assert case.status == CLOSED and case.outcome == "end:selesai" and case.due_at is None

    history = cases.history(people["loket"], case.id)
    assert [e.action for e in history][:2] == ["opened", "done"]
    assert [(e.step_id, e.username) for e in history if e.action == "approved"] == [
        ("persetujuan", "kasi1"), ("pengesahan", "kakanim1")]
    with services.context.store.read() as session:
        actions = set(session.scalars(select(AuditEvent.action)
                                      .where(AuditEvent.entity_id == case.id)))
    assert {"case.opened", "case.moved", "case.approved", "case.closed"} <= actions


def test_the_cekal_branch_hands_the_case_to_the_cekal_sop(services, people):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [APPLICANT])
    case = cases.complete(people["loket"], case.id)
    case = cases.complete(people["loket"], case.id)
    with pytest.raises(ValidationError) as unanswered:
        cases.complete(people["loket"], case.id)
    assert "daftar cekal" in unanswered.value.user_message
    case = cases.complete(people["loket"], case.id, answer="ya")
    assert case.status == CLOSED and case.outcome == "sop:CEKAL"


def test_four_eyes_the_preparer_cannot_approve(services, make_actor, people):
    both = make_actor(Role.PERMIT_OFFICER, Role.SECTION_HEAD, username="rangkap")
    case = _to_approval(services, both)
    assert services.cases.inbox(both) == []  # not offered to whoever prepared it
    with pytest.raises(PermissionDenied) as refused:
        services.cases.approve(both, [case.id], PASSWORD, answer="tidak")
    assert "empat mata" in refused.value.user_message
    [approved] = services.cases.approve(people["kasi"], [case.id], PASSWORD, answer="tidak")
    assert approved.step_id == "pembayaran"


def test_an_approval_needs_the_password_again_and_a_batch_asks_once(services, people):
    first = _to_approval(services, people["loket"])
    second = _to_approval(services, people["loket2"])
    with pytest.raises(AuthError):
        services.cases.approve(people["kasi"], [first.id, second.id], "salah", answer="tidak")
    assert {c.status for c in services.cases.search(people["kasi"])} == {WAITING}
    done = services.cases.approve(people["kasi"], [first.id, second.id], PASSWORD,
                                  answer="tidak")
    assert [c.step_id for c in done] == ["pembayaran", "pembayaran"]


def test_the_wrong_role_may_neither_do_a_step_nor_approve(services, people):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    with pytest.raises(PermissionDenied):
        services.cases.complete(people["kasi"], case.id)  # the counter's step, not the Kasi's
    with pytest.raises(PermissionDenied):
        services.cases.open(people["konter"], "ITK", [APPLICANT])  # no case work at all
    waiting = _to_approval(services, people["loket"])
    with pytest.raises(PermissionDenied):
        services.cases.approve(people["kakanim"], [waiting.id], PASSWORD, answer="tidak")


def test_return_for_correction_and_rejection(services, people):
    cases = services.cases
    case = _to_approval(services, people["loket"])
    with pytest.raises(ValidationError):
        cases.return_for_correction(people["kasi"], case.id, PASSWORD, "  ")
    back = cases.return_for_correction(people["kasi"], case.id, PASSWORD,
                                       "Pindaian sponsor kabur")
    assert back.status == OPEN and back.step_id == "pindai_berkas"
    again = cases.complete(people["loket"], back.id)
    assert again.status == WAITING and again.step_id == "persetujuan"
    refused = cases.reject(people["kasi"], again.id, PASSWORD, "Penjamin tidak sah")
    assert refused.status == CLOSED and refused.outcome == "end:ditolak"
    notes = [e.note for e in cases.history(people["loket"], case.id)
             if e.action in ("returned", "rejected")]
    assert notes == ["Pindaian sponsor kabur", "Penjamin tidak sah"]


def test_search_by_number_name_passport_status_and_day(services, people, clock):
    cases = services.cases
    first = cases.open(people["loket"], "ITK", [APPLICANT])
    other = cases.open(people["loket"], "ITK", [SubjectForm("applicant", "SMITH JOHN",
                                                            "533401234", "GBR")])
    loket = people["loket"]
    assert [c.id for c in cases.search(loket, text="eriksson")] == [first.id]
    assert [c.id for c in cases.search(loket, text="5334")] == [other.id]
    assert [c.id for c in cases.search(loket, text=first.number)] == [first.id]
    assert first.number.startswith("TEST/ITK/2026/") and first.number != other.number
    today = clock().astimezone(services.context.config.timezone).date()
    assert len(cases.search(loket, since=today, until=today)) == 2
    assert cases.search(loket, since=date(2027, 1, 1)) == []
    assert len(cases.search(loket, status=OPEN)) == 2


def test_due_times_follow_the_step_and_overdue_is_counted(services, people, clock):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [APPLICANT])
    # 10 minutes of office time from Wednesday 10:00 WIB (the test clock).
    assert case.due_at == datetime(2026, 11, 25, 3, 10, tzinfo=UTC)
    assert not case.overdue and cases.overdue_count(people["loket"]) == 0
    clock.advance(minutes=11)
    assert cases.get(people["loket"], case.id).overdue
    assert cases.overdue_count(people["loket"]) == 1
    assert [c.id for c in cases.search(people["loket"], overdue_only=True)] == [case.id]


def test_notes_and_attachments_are_kept_with_their_hash(services, people):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [APPLICANT])
    digest = cases.attach(people["loket"], case.id, "paspor.pdf", "application/pdf", b"%PDF-1")
    assert len(digest) == 64
    cases.add_note(people["loket"], case.id, "Pemohon datang sendiri")
    with pytest.raises(ValidationError):
        cases.attach(people["loket"], case.id, "kosong.pdf", "application/pdf", b"")
    actions = [(e.action, e.note) for e in cases.history(people["loket"], case.id)]
    assert ("attachment", f"paspor.pdf sha256:{digest}") in actions
    assert ("note", "Pemohon datang sendiri") in actions


def test_another_offices_case_is_not_found(services, people, make_actor):
    case = services.cases.open(people["loket"], "ITK", [APPLICANT])
    from dataclasses import replace

    elsewhere = replace(people["loket"], office_code="LAIN")
    with pytest.raises(NotFoundError):
        services.cases.get(elsewhere, case.id)


def test_the_opener_or_a_head_cancels_a_case_with_a_reason(services, people):
    cases = services.cases
    case = cases.open(people["loket"], "ITK", [APPLICANT])
    with pytest.raises(ValidationError):
        cases.cancel(people["loket"], case.id, "  ")
    with pytest.raises(PermissionDenied) as refused:
        cases.cancel(people["loket2"], case.id, "Salah buka")
    assert "petugas yang membukanya" in refused.value.user_message
    assert cases.get(people["loket"], case.id).status == OPEN

    done = cases.cancel(people["loket"], case.id, "Pemohon menarik permohonan")
    assert (done.status, done.outcome, done.step_id, done.due_at) == (
        "cancelled", "end:dibatalkan", "", None)
    assert cases.history(people["loket"], case.id)[-1].note == "Pemohon menarik permohonan"
    with pytest.raises(ValidationError):
        cases.cancel(people["kasi"], case.id, "Lagi")
    other = _to_approval(services, people["loket"])
    assert cases.cancel(people["kasi"], other.id, "Duplikat").status == "cancelled"
    assert cases.inbox(people["kasi"]) == []  # a cancelled case waits for no one
    with services.context.store.read() as session:
        actions = session.scalars(select(AuditEvent.action)
                                  .where(AuditEvent.entity_id == case.id)).all()
    assert "case.cancelled" in actions


def test_only_sync_resolves_upstream_decisions(services, people):
    with pytest.raises(PermissionDenied):
        services.cases.resolve_upstream(people["kakanim"])


def test_work_lists_approvals_steps_of_ones_roles_and_assignments_new_first(services, people,
                                                                            clock):
    from app.services.cases import WorkReason, WorkSummary

    cases = services.cases
    waiting = _to_approval(services, people["loket"])
    fresh = cases.open(people["loket"], "ITK", [APPLICANT])
    assert [(i.case.id, i.reason, i.new) for i in cases.work(people["kasi"])] == [
        (waiting.id, WorkReason.APPROVE, True)]
    assert {(i.case.id, i.reason) for i in cases.work(people["loket2"])} == {
        (fresh.id, WorkReason.ROLE)}  # the approval is not theirs; the new case's step is
    cases.mark_seen(people["kasi"])
    assert cases.work_summary(people["kasi"]) == WorkSummary(1, 0, 0)

    clock.advance(minutes=5)
    cases.return_for_correction(people["kasi"], waiting.id, PASSWORD, "Lengkapi sponsor")
    cases.assign(people["loket"], fresh.id, "loket2")
    mine = {i.case.id: i for i in cases.work(people["loket2"])}
    assert mine[waiting.id].reason == WorkReason.RETURNED
    assert mine[fresh.id].reason == WorkReason.ASSIGNED
    with pytest.raises(PermissionDenied):  # a counter officer does no case work
        cases.work(people["konter"])
    assert cases.work_summary(people["kasi"]) == WorkSummary(0, 0, 0)

    clock.advance(days=3)  # every step's time standard is long past
    summary = cases.work_summary(people["loket2"])
    assert (summary.total, summary.overdue) == (2, 2)


def test_the_sla_report_counts_finished_and_late_steps_and_current_queues(services, people,
                                                                          clock):
    cases = services.cases
    quick = cases.open(people["loket"], "ITK", [APPLICANT])
    clock.advance(minutes=5)
    cases.complete(people["loket"], quick.id)  # terima_permohonan (10 menit): on time
    slow = cases.open(people["loket"], "ITK", [APPLICANT])
    clock.advance(minutes=30)
    cases.complete(people["loket"], slow.id)  # 30 minutes: late
    waiting = _to_approval(services, people["loket"])
    clock.advance(days=2)  # the paraf waits past its due time
    report = {(r.sop_code, r.step_id): r for r in cases.sla_report(
        people["kasi"], date(2026, 11, 25), date(2026, 11, 30))}

    first = report[("ITK", "terima_permohonan")]
    assert (first.finished, first.late, first.time_text) == (3, 1, "10 menit")
    assert first.median_minutes == 5.0  # 5, 30 and 0 minutes
    assert round(first.on_time_percent) == 67
    paraf = report[("ITK", "persetujuan")]
    assert (paraf.finished, paraf.waiting, paraf.overdue) == (0, 1, 1)
    assert report[("ITK", "entri_data")].waiting == 2  # the quick and the slow case
    assert waiting.step_id == "persetujuan"
    with pytest.raises(PermissionDenied):
        cases.sla_report(people["loket"], date(2026, 11, 25), date(2026, 11, 30))
    october = {(r.sop_code, r.step_id): (r.finished, r.waiting) for r in cases.sla_report(
        people["kasi"], date(2026, 10, 1), date(2026, 10, 31))}
    assert october == {key: (0, r.waiting) for key, r in report.items() if r.waiting}


def test_a_modules_guard_holds_a_step_until_its_facts_are_recorded(services, people):
    """SOP steps name the facts they need (B2: the receipt at intake, the cekal check before
    periksa_cekal); the module owning the case says which it holds."""
    held: set[str] = set()
    ended: list[str] = []

    class Guard:
        def facts(self, session, case):
            return frozenset(held) if case.sop_code == "B2" else None

        def required_answer(self, session, case, step):
            return "ya" if step.id == "periksa_cekal" else None

        def closed(self, uow, case, note):
            ended.append(case.outcome)

    cases = services.cases
    cases.add_module(Guard())
    case = cases.open(people["loket"], "B2", [APPLICANT])
    with pytest.raises(ValidationError) as refused:
        cases.complete(people["loket"], case.id)
    assert refused.value.user_message.endswith(
        "belum tercatat data permohonan, tanda terima permohonan.")
    assert cases.get(people["loket"], case.id).step_id == "terima_permohonan"
    held.update({"application", "receipt"})
    case = cases.complete(people["loket"], case.id)
    assert case.step_id == "entri_data"
    other = cases.open(people["loket"], "ITK", [APPLICANT])  # not the guard's: no check
    assert cases.complete(people["loket"], other.id).step_id == "entri_data"

    held.update({"payment", "requirements"})
    for _ in ("entri_data", "pembayaran", "pindai"):
        case = cases.complete(people["loket"], case.id)
    [case] = cases.approve(people["kasi"], [case.id], PASSWORD)
    assert case.step_id == "periksa_cekal"
    held.add("screening")
    with pytest.raises(ValidationError) as refused:
        cases.complete(people["loket"], case.id, answer="tidak")
    assert "adalah “ya”" in refused.value.user_message
    case = cases.complete(people["loket"], case.id, answer="ya")
    assert (case.status, case.outcome) == (CLOSED, "sop:CEKAL")
    assert ended == ["sop:CEKAL"]  # the module heard the ending (the generic ITK case: no)
