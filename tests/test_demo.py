"""The demo workspace: config, offices, an account per role, persons; idempotent; reset."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import config as config_module
from app import demo
from app.auth.permissions import Role
from app.domain.countries import is_valid_code
from app.errors import GapuraError
from app.instance import Instance, open_instance
from app.store.models import AuditEvent, Person, User

REPO = Path(__file__).resolve().parents[1]


def _counts(instance: Instance) -> dict[str, int]:
    with instance.store.read() as session:
        return {name: session.execute(select(func.count()).select_from(model)).scalar_one()
                for name, model in (("users", User), ("persons", Person),
                                    ("audit", AuditEvent))}


@dataclass
class Seeded:
    home: Path
    instance: Instance
    first: dict[str, int]
    second: dict[str, int]
    second_home: Path


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory,
           cheap_password_hashing: None) -> Iterator[Seeded]:
    """A demo prepared once for this module, then prepared a second time."""
    home = tmp_path_factory.mktemp("demo") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GAPURA_HOME", str(home))
        returned = demo.prepare()
        reader = open_instance(home, exclusive=False)
        first = _counts(reader)
        second_home = demo.prepare()
        second = _counts(reader)
        try:
            yield Seeded(returned, reader, first, second, second_home)
        finally:
            reader.close()


def test_prepare_returns_gapura_home_with_marker_and_demo_config(seeded):
    assert seeded.home == seeded.instance.paths.config_dir.parent
    assert (seeded.home / demo.MARKER).is_file()
    cfg = config_module.load(seeded.home / "config" / "config.toml")
    assert cfg.office_code == "SOETTA"
    assert cfg.workstation_id == "DEMO-KONTER-01"
    assert cfg["office.timezone"] == "Asia/Jakarta"
    for kind in config_module.DEVICE_KINDS:
        assert cfg.device(kind) == ("simulator", "ok")


def test_both_offices_have_letterhead_data(seeded):
    offices = {o.code: o for o in seeded.instance.services.offices.list_offices()}
    assert set(offices) == {"SOETTA", "NGURAHRAI"}
    soetta, ngurah_rai = offices["SOETTA"], offices["NGURAHRAI"]
    assert soetta.name == "Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta"
    assert soetta.city == "Tangerang" and "Banten" in soetta.regional_office
    assert ngurah_rai.timezone == "Asia/Makassar"
    assert ngurah_rai.city == "Badung" and "Bali" in ngurah_rai.regional_office
    for office in offices.values():
        assert office.ministry == "Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia"
        assert office.directorate_general == "Direktorat Jenderal Imigrasi"
        assert office.address and office.phone and office.email


def test_every_role_has_a_demo_account():
    roles = {role for account in demo.DEMO_ACCOUNTS for role in account.roles}
    assert roles == set(Role)


def test_demo_accounts_sign_in_with_shared_password_without_forced_change(seeded):
    auth = seeded.instance.services.auth
    for account in demo.DEMO_ACCOUNTS:
        result = auth.sign_in(account.username, demo.DEMO_PASSWORD)
        assert result.actor.roles == set(account.roles), account.username
        assert result.must_change_password == account.must_change_password, account.username
    assert [a.username for a in demo.DEMO_ACCOUNTS if a.must_change_password] == ["baru"]


def test_demo_officers_have_names_and_18_digit_nips(seeded):
    with seeded.instance.store.read() as session:
        users = session.execute(select(User)).scalars().all()
    assert {u.username for u in users} == {a.username for a in demo.DEMO_ACCOUNTS}
    for user in users:
        assert len(user.full_name.split()) >= 2
        assert len(user.nip) == 18 and user.nip.isdigit()
        date(int(user.nip[:4]), int(user.nip[4:6]), int(user.nip[6:8]))  # a real birth date
        assert user.nip[14] in "12"


def test_second_prepare_adds_nothing(seeded):
    assert seeded.second_home == seeded.home
    assert seeded.first["users"] == len(demo.DEMO_ACCOUNTS)
    assert seeded.first["persons"] == demo.PERSON_COUNT
    assert seeded.second == seeded.first


def test_persons_are_seeded_with_one_audit_event(seeded):
    with seeded.instance.store.read() as session:
        events = session.execute(select(AuditEvent).where(
            AuditEvent.action == demo.PERSONS_SEEDED)).scalars().all()
    assert len(events) == 1
    assert f'"count": {demo.PERSON_COUNT}' in events[0].summary


def test_persons_hold_valid_mrz_data(seeded):
    with seeded.instance.store.read() as session:
        persons = session.execute(select(Person)).scalars().all()
    nationalities = {p.nationality for p in persons}
    assert {"IDN", "AUS", "CHN", "MYS", "D", "RUS"} <= nationalities
    assert sum(p.nationality == "IDN" for p in persons) > len(persons) // 3
    assert len({p.document_number for p in persons}) == len(persons)
    assert any(p.document_expiry < date.today() for p in persons)
    for person in persons:
        assert is_valid_code(person.nationality), person.nationality
        assert person.sex in ("M", "F")
        name = f"{person.surname} {person.given_names}".strip()
        assert name and set(name) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ "), name
        assert person.birth_date <= date.today()


def test_indonesian_passports_are_a_letter_and_seven_digits(seeded):
    with seeded.instance.store.read() as session:
        numbers = session.execute(select(Person.document_number).where(
            Person.nationality == "IDN")).scalars().all()
    for number in numbers:
        assert len(number) == 8 and number[0].isalpha() and number[1:].isdigit(), number


def test_indonesians_have_a_nik_matching_birth_date_and_sex(seeded):
    with seeded.instance.store.read() as session:
        persons = session.execute(select(Person)).scalars().all()
    for person in persons:
        if person.nationality != "IDN":
            assert person.nik == ""
            continue
        nik = person.nik
        assert len(nik) == 16 and nik.isdigit(), nik
        day = person.birth_date.day + (40 if person.sex == "F" else 0)
        assert nik[6:12] == f"{day:02d}{person.birth_date:%m%y}", (nik, person.birth_date)


@pytest.mark.parametrize(("specimen", "direction", "reason"), [
    ("SANTOSO", "departure", "cekal"),  # pencegahan: held with an STP
    ("MUHAMMAD FAIZAL BIN ISMAIL", "arrival", "cekal"),  # penangkalan, listed without BIN
    ("MUSTERMANN", "departure", "overstay"),  # the ITAS ended 12 days ago
    ("ERIKSSON", "arrival", "document"),  # the ICAO specimen expired in 2012
])
def test_simulated_reader_specimens_walk_the_sop_paths(seeded, specimen, direction, reason):
    from app.domain.counter import Direction
    from app.services.counter import Scan
    from devices.document_reader import SPECIMENS

    services = seeded.instance.services
    konter = services.auth.sign_in("konter", demo.DEMO_PASSWORD).actor
    found = next(s for s in SPECIMENS if s.surname == specimen)
    check = services.counter.check(konter, Scan("\n".join(found.td3()), Direction(direction)))
    assert check.verdict.referral_reason is not None
    assert check.verdict.referral_reason.value == reason


def test_demo_specimens_without_a_story_pass(seeded):
    from app.domain.counter import Direction
    from app.services.counter import Scan
    from devices.document_reader import SPECIMENS

    services = seeded.instance.services
    konter = services.auth.sign_in("konter", demo.DEMO_PASSWORD).actor
    nguyen = next(s for s in SPECIMENS if s.surname == "NGUYEN")
    check = services.counter.check(konter, Scan("\n".join(nguyen.td3()), Direction.ARRIVAL))
    assert check.verdict.may_pass
    assert "permit_valid" in [f.code for f in check.verdict.findings]


def test_mrz_name_transliterates_as_icao_9303():
    assert demo.mrz_name("Jürgen Groß-Müller") == "JUERGEN GROSS MUELLER"
    assert demo.mrz_name("Hélène d'Arcy") == "HELENE DARCY"
    assert demo.mrz_name("Людмила Щукина") == "LIUDMILA SHCHUKINA"
    assert demo.mrz_name("Nguyễn Đức") == "NGUYEN DUC"


def test_demo_persons_are_the_same_every_time():
    assert demo.demo_persons(date(2026, 5, 1), 50) == demo.demo_persons(date(2026, 5, 1), 50)


def test_accounts_text_lists_every_account_and_the_password():
    text = demo.accounts_text()
    assert demo.DEMO_PASSWORD in text
    for account in demo.DEMO_ACCOUNTS:
        assert account.username in text


def test_cli_demo_without_gui_prints_the_accounts(seeded):
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo", "--no-gui"], cwd=REPO,
        env={**os.environ, "GAPURA_HOME": str(seeded.home)},
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert str(seeded.home) in result.stdout
    assert demo.DEMO_PASSWORD in result.stdout
    for account in demo.DEMO_ACCOUNTS:
        assert account.username in result.stdout


def test_reset_wipes_and_reseeds(home):
    demo.prepare()
    stray = home / "data" / "leftover.txt"
    stray.write_text("from an earlier demo", encoding="utf-8")
    assert demo.prepare(reset=True) == home.resolve()
    assert not stray.exists()
    instance = open_instance(home, exclusive=False)
    try:
        assert _counts(instance)["users"] == len(demo.DEMO_ACCOUNTS)
        assert _counts(instance)["persons"] == demo.PERSON_COUNT
    finally:
        instance.close()


def test_reset_refuses_a_dir_that_is_not_a_demo_workspace(home):
    home.mkdir()
    precious = home / "gapura.sqlite"
    precious.write_text("a real office's data", encoding="utf-8")
    with pytest.raises(GapuraError) as err:
        demo.prepare(reset=True)
    assert "bukan ruang kerja demo" in err.value.user_message
    assert precious.read_text(encoding="utf-8") == "a real office's data"


def test_prepare_refuses_to_seed_a_workspace_that_is_not_a_demo(home):
    (home / "config").mkdir(parents=True)
    with pytest.raises(GapuraError):
        demo.prepare()
    assert not (home / demo.MARKER).exists()



def test_readme_lists_every_demo_account_and_the_password():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`{demo.DEMO_PASSWORD}`" in readme
    for account in demo.DEMO_ACCOUNTS:
        assert f"| `{account.username}` |" in readme


def test_the_print_queue_holds_a_paper_of_each_kind_the_future_desks_send(seeded):
    from app.demo_documents import QUEUED
    from app.store.counter_models import IssuedDocument

    with seeded.instance.store.read() as session:
        issued = session.execute(select(IssuedDocument.template, IssuedDocument.seal).where(
            IssuedDocument.subject_type == "demo")).all()
    # Once each, though the demo was prepared twice; each sealed for verification.
    assert sorted(t for t, _ in issued) == sorted(QUEUED)
    assert all(seal.startswith("GPR2:") for _, seal in issued)
    operator = seeded.instance.services.auth.sign_in("cetak", demo.DEMO_PASSWORD).actor
    jobs = seeded.instance.services.documents.jobs(operator, status="queued")
    assert set(QUEUED) <= {job.template for job in jobs}


def test_the_permit_counter_finds_applications_at_each_point_of_the_sop(seeded):
    from app.services.cases import UPSTREAM, WAITING
    from app.store.case_models import Case
    from app.store.permit_models import PermitApplication

    with seeded.instance.store.read() as session:
        rows = session.execute(select(PermitApplication.type_code, PermitApplication.state,
                                      Case.step_id, Case.status)
                               .join(Case, Case.id == PermitApplication.case_id)).all()
    found = {type_code: (state, step, status) for type_code, state, step, status in rows}
    assert found == {
        "ITAS_FROM_VITAS": ("received", "terima_permohonan", "open"),
        "ITK_EXTENSION": ("received", "teliti_keabsahan", WAITING),  # in the Kasi's inbox
        "ITAS_EXTENSION": ("issued", "serahkan_dokim", "open"),  # ready for pickup
        "ITAP_FROM_ITAS": ("received", "disposisi_kanwil", UPSTREAM),  # for the Kanwil
    }


def test_the_detention_rooms_are_seeded_one_per_category(seeded):
    from app.demo_detention import ROOMS
    from app.store.detention_models import DetentionRoom

    with seeded.instance.store.read() as session:
        rooms = {(r.code, r.category, r.capacity) for r in session.scalars(select(DetentionRoom))}
    assert rooms == {(code, category, capacity) for code, _, category, capacity in ROOMS}
    assert {category for _, category, _ in rooms} == {"pria", "wanita", "keluarga", "anak"}


def test_demo_has_complaints_at_their_steps_and_a_duty_roster(seeded):
    from app.store.case_models import Case
    from app.store.complaint_models import Complaint, DutyAssignment

    with seeded.instance.store.read() as session:
        found = {kind: (sop, step) for kind, sop, step in session.execute(
            select(Complaint.kind, Case.sop_code, Case.step_id)
            .join(Case, Case.id == Complaint.case_id))}
        duties = session.scalars(select(DutyAssignment.role)).all()
    assert found["pengaduan_layanan"] == ("PENGADUAN", "konsultasi_kakanim")
    assert found["keluhan"] == ("D4", "jawaban_petugas")
    sop, step = found["laporan_orang_asing"]  # Lada Tunggu when seeded on a day off
    assert sop == "LADA-TUNGGU" or (sop, step) == ("C5", "surat_perintah")  # Kakanim's order
    assert sorted(duties) == ["customer_service", "intel_officer", "office_head",
                              "section_head"]


def test_demo_reader_chips_are_trusted(seeded):
    from app.domain.counter import Direction
    from app.services.counter import Scan

    services = seeded.instance.services
    konter = services.auth.sign_in("konter", demo.DEMO_PASSWORD).actor
    reader = services.device_set.document_reader
    while "NGUYEN" not in (mrz := services.counter.read_document(konter)):
        pass
    check = services.counter.check(konter, Scan(mrz, Direction.ARRIVAL))
    assert check.chip is not None and check.chip.passed, check.chip.audit_data()  # trusted CSCA
    assert check.verdict.may_pass
    reader.take_document()


def test_the_demo_scans_fingerprints_through_its_sbi_service(seeded):
    """The GUI's demo runs the SBI simulator and points the scanner at it (issue 12): an
    instance opened on that config captures over the MOSIP SBI protocol."""
    from devices.base import Finger
    from devices.sbi import SbiFingerprintScanner

    scanner = demo.start_fingerprint_service()
    try:
        demo.use_fingerprint_service(seeded.home, scanner.port)
        config = config_module.load(seeded.instance.paths.config_file)
        assert (config["devices.fingerprint.driver"], config["devices.fingerprint.ports"]) == (
            "sbi", str(scanner.port))
        instance = open_instance(seeded.home, exclusive=False)
        try:
            device = instance.services.device_set.fingerprint
            assert isinstance(device, SbiFingerprintScanner)
            prints = device.capture([Finger.RIGHT_THUMB, Finger.LEFT_THUMB], 40)
            assert len(prints.impressions) == 2 and scanner.captures == 1
        finally:
            instance.close()
    finally:
        scanner.stop()
        demo.use_fingerprint_service(seeded.home, None)
    config = config_module.load(seeded.instance.paths.config_file)
    assert config["devices.fingerprint.driver"] == "simulator"
