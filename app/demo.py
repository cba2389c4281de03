"""The demo workspace: a configured instance with two offices, an account per role and persons.

`gapura demo` calls `prepare()` and prints `accounts_text()`. Everything is written through the
services with the `demo` system actor, so the demo's audit trail reads like a real office's. The
seed is fixed, so every fresh demo holds the same officers and travellers (dates of birth and
passport expiries follow the day the demo is made, so ages and validity stay plausible).
"""

from __future__ import annotations

import logging
import os
import random
import re
import shutil
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import platformdirs
from faker import Faker
from sqlalchemy import select

from app import config as config_module
from app.auth.permissions import Actor, Permission, Role
from app.errors import GapuraError
from app.i18n import QT_TRANSLATE_NOOP
from app.instance import Instance, open_instance
from app.paths import APP_NAME, HOME_ENV, instance_paths
from app.services import Services
from app.services.base import ServiceContext, system_actor
from app.services.offices import DIRECTORATE_GENERAL, MINISTRY, OfficeInfo
from app.store.lock import InstanceLock
from app.store.models import AuditEvent, Person

log = logging.getLogger(__name__)

MARKER = ".gapura-demo"
DEMO_PASSWORD = "Gapura2026"
OFFICE_CODE = "SOETTA"
WORKSTATION_ID = "DEMO-KONTER-01"
PERSON_COUNT = 300
PERSONS_SEEDED = "demo.persons_seeded"
SEED = 2026


@dataclass(frozen=True)
class DemoAccount:
    """One demo sign-in; all share `DEMO_PASSWORD`."""

    username: str
    roles: tuple[Role, ...]
    description: str
    must_change_password: bool = False


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("konter", (Role.COUNTER_OFFICER,),
                "Petugas Konter: arrival and departure checks at the TPI counter"),
    DemoAccount("supervisor", (Role.SUPERVISOR,),
                "Supervisor: referred travellers, refusals, cekal/Interpol hits, STP"),
    DemoAccount("izintinggal", (Role.PERMIT_OFFICER,),
                "Petugas Loket Izin Tinggal: ITK/ITAS/ITAP, extensions, alih status"),
    DemoAccount("paspor", (Role.PASSPORT_OFFICER,),
                "Petugas Paspor: applications, interviews, biometrics, handover"),
    DemoAccount("cetak", (Role.PRINT_OPERATOR,),
                "Operator Cetak: print queue, QC, reprints and voids"),
    DemoAccount("inteldakim", (Role.INTEL_OFFICER,),
                "Petugas Inteldakim: BAP, detention register, deportation"),
    DemoAccount("kasi", (Role.SECTION_HEAD,),
                "Kepala Seksi: approvals inbox (paraf), reports, supervision"),
    DemoAccount("kakanim", (Role.OFFICE_HEAD,),
                "Kepala Kantor: final decisions and signatures"),
    DemoAccount("pengaduan", (Role.CUSTOMER_SERVICE,),
                "Petugas Pengaduan: complaints and Lada Tunggu reports"),
    DemoAccount("admin", (Role.ADMIN,),
                "Admin TIK: users, devices, reference data, audit trail"),
    DemoAccount("baru", (Role.COUNTER_OFFICER,),
                "New counter officer: must change the password at first sign-in",
                must_change_password=True),
)

# Letterhead (kop surat) data. Street addresses follow the real offices; phone, e-mail and web
# addresses are illustrative and meant to be corrected by an admin in the office screen.
DEMO_OFFICES: tuple[OfficeInfo, ...] = (
    OfficeInfo(
        code=OFFICE_CODE,
        name="Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta",
        timezone="Asia/Jakarta",
        ministry=MINISTRY,
        directorate_general=DIRECTORATE_GENERAL,
        regional_office="Kantor Wilayah Direktorat Jenderal Imigrasi Banten",
        address="Jl. Raya Perimeter Utara, Bandar Udara Internasional Soekarno-Hatta",
        city="Tangerang",
        phone="(021) 5507208",
        email="kanim.soekarnohatta@imigrasi.go.id",
        website="soekarnohatta.imigrasi.go.id",
    ),
    OfficeInfo(
        code="NGURAHRAI",
        name="Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
        timezone="Asia/Makassar",
        ministry=MINISTRY,
        directorate_general=DIRECTORATE_GENERAL,
        regional_office="Kantor Wilayah Direktorat Jenderal Imigrasi Bali",
        address="Jl. Raya Taman Jimbaran No. 1, Jimbaran, Kuta Selatan",
        city="Badung",
        phone="(0361) 9351038",
        email="kanim.ngurahrai@imigrasi.go.id",
        website="ngurahrai.imigrasi.go.id",
    ),
)


def _demo_config() -> dict[str, Any]:
    office = DEMO_OFFICES[0]
    values: dict[str, Any] = {
        "office.code": office.code,
        "office.name": office.name,
        "office.timezone": office.timezone,
        "workstation.id": WORKSTATION_ID,
    }
    # Every device on its simulator, behaving well.
    for key in config_module.SETTINGS_BY_KEY:
        if key.startswith("devices.") and key.endswith(".driver"):
            values[key] = "simulator"
        elif key.startswith("devices.") and key.endswith(".simulate"):
            values[key] = "ok"
    return values


# --- the workspace -------------------------------------------------------------------------


def demo_home() -> Path:
    """`GAPURA_HOME` when set, else a `demo` dir in the platform's data dir for Gapura."""
    configured = os.environ.get(HOME_ENV)
    if configured:
        return Path(configured).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def prepare(reset: bool = False) -> Path:
    """Create (or reuse) the demo workspace and return its home dir.

    Args:
        reset: wipe the workspace first and start from fresh demo data.

    Raises:
        GapuraError: the dir holds something that is not a Gapura demo workspace.
        InstanceLockedError: Gapura is running on the demo workspace.
    """
    home = demo_home()
    if reset:
        _wipe(home)
    _claim(home)
    config_file = instance_paths(home).config_file
    if not config_file.exists():
        config_module.write(config_file, _demo_config())
    instance = open_instance(home)
    try:
        _seed(instance)
    finally:
        instance.close()
    return home


def use_fingerprint_service(home: Path, port: int | None) -> None:
    """Point the demo's fingerprint scanner at the SBI simulator serving on `port` (the GUI's
    demo runs one: `devices/sbi_simulator.py`, the MOSIP SBI protocol a real scanner's vendor
    service speaks), or back at the in-process simulator (None: seeding, tests, no service)."""
    config_file = instance_paths(home).config_file
    current = config_module.load(config_file)
    values = {**current.values,
              "devices.fingerprint.driver": "sbi" if port is not None else "simulator"}
    if port is not None:
        values["devices.fingerprint.ports"] = str(port)
    config_module.write(config_file, values)


def start_fingerprint_service() -> Any:
    """The SBI simulator on the first free port of the SBI range (4501-4600), started."""
    from devices.sbi import PORT_RANGE
    from devices.sbi_simulator import SbiSimulator

    for port in range(PORT_RANGE[0], PORT_RANGE[1] + 1):
        try:
            return SbiSimulator(port).start()
        except OSError:
            continue  # taken: the next one
    return SbiSimulator(0).start()  # the whole range taken: any free port


def accounts_text() -> str:
    """A short table of the demo sign-ins, for the terminal and the README."""
    width = max(len(a.username) for a in DEMO_ACCOUNTS)
    role_width = max(len(", ".join(a.roles)) for a in DEMO_ACCOUNTS)
    lines = [f"Demo accounts (password for all: {DEMO_PASSWORD})",
             f"  {'username':<{width}}  {'roles':<{role_width}}  description"]
    for account in DEMO_ACCOUNTS:
        lines.append(f"  {account.username:<{width}}  {', '.join(account.roles):<{role_width}}"
                     f"  {account.description}")
    return "\n".join(lines)


def _not_demo_error(home: Path) -> GapuraError:
    return GapuraError(
        QT_TRANSLATE_NOOP(
            "gapura",
            "Folder {home} bukan ruang kerja demo Gapura. Data demo tidak ditulis ke sana; "
            "pilih folder lain lewat GAPURA_HOME atau kosongkan folder itu."),
        detail=f"{home} is not empty and has no {MARKER} marker", home=str(home))


def _is_foreign(home: Path) -> bool:
    """True when `home` holds files but no demo marker (a real workspace, or anything else)."""
    return home.is_dir() and not (home / MARKER).exists() and any(home.iterdir())


def _claim(home: Path) -> None:
    if _is_foreign(home):
        raise _not_demo_error(home)
    home.mkdir(parents=True, exist_ok=True)
    (home / MARKER).write_text(
        "This folder is a Gapura demo workspace; `gapura demo --reset` may delete it.\n",
        encoding="utf-8")


def _wipe(home: Path) -> None:
    if not home.exists():
        return
    if _is_foreign(home):
        raise _not_demo_error(home)
    # Refuse while a running Gapura holds the workspace (raises InstanceLockedError).
    InstanceLock(instance_paths(home).lock_file).acquire().release()
    _close_log_files(home)
    shutil.rmtree(home)
    log.info("demo workspace %s wiped", home)


def _close_log_files(home: Path) -> None:
    """Detach log handlers writing under `home` (an open file cannot be deleted on Windows)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        filename = getattr(handler, "baseFilename", None)
        if filename and Path(filename).is_relative_to(home):
            root.removeHandler(handler)
            handler.close()


# --- seeding -------------------------------------------------------------------------------


def _seed(instance: Instance) -> None:
    services = instance.services
    actor = system_actor(instance.config, "demo")
    existing = {user.username for user in services.users.list_users(actor)}
    # Each step skips what is already there, so an interrupted seed completes on the next run
    # (and a workspace from an older version gets what is new).
    if not all(account.username in existing for account in DEMO_ACCOUNTS):
        _save_offices(services, actor)
        _create_accounts(services, actor, existing)
    _seed_persons(services.context, actor)
    from app.demo_counter import seed_chip_trust, seed_counter

    seed_counter(services, actor,
                 services.context.clock().astimezone(instance.config.timezone).date())
    seed_chip_trust(services, actor)
    from app.demo_documents import seed_print_queue

    seed_print_queue(services, actor)
    from app.demo_permits import seed_permits

    seed_permits(services, services.context.clock().astimezone(instance.config.timezone).date())
    from app.demo_detention import seed_rooms

    seed_rooms(services)
    from app.demo_complaints import seed_complaints

    seed_complaints(services,
                    services.context.clock().astimezone(instance.config.timezone).date())
    log.info("demo workspace seeded")


def _save_offices(services: Services, actor: Actor) -> None:
    stored = {office.code: office for office in services.offices.list_offices()}
    for office in DEMO_OFFICES:
        if stored.get(office.code) != office:
            services.offices.save(actor, office)


@dataclass(frozen=True)
class _Officer:
    account: DemoAccount
    full_name: str
    nip: str


# Degrees as Indonesian civil servants write them after the name; S.Tr.Keim. is the degree of
# the Politeknik Imigrasi.
_DEGREES: dict[str, tuple[str, ...]] = {
    "kakanim": ("S.H., M.H.", "S.Sos., M.Si.", "S.H., M.Hum."),
    "kasi": ("S.H.", "S.Sos., M.A.P.", "S.Tr.Keim., M.H."),
    "inteldakim": ("S.Tr.Keim.",),
    "supervisor": ("S.Tr.Keim.", "S.H."),
    "admin": ("S.Kom.", "S.T."),
}


_SENIOR = frozenset({"kakanim", "kasi", "supervisor"})


def _officers() -> list[_Officer]:
    """The demo officers: the same names and NIPs in every fresh demo."""
    rng = random.Random(SEED)
    fake = Faker("id_ID")
    fake.seed_instance(SEED)
    officers = []
    for number, account in enumerate(DEMO_ACCOUNTS, start=1):
        female = rng.random() < 0.45
        if female:
            name = f"{fake.first_name_female()} {fake.last_name_female()}"
        else:
            name = f"{fake.first_name_male()} {fake.last_name_male()}"
        degrees = _DEGREES.get(account.username)
        if degrees:
            name = f"{name}, {rng.choice(degrees)}"
        senior = account.username in _SENIOR
        officers.append(_Officer(account, name, _nip(rng, female, senior, number)))
    return officers


def _nip(rng: random.Random, female: bool, senior: bool, sequence: int) -> str:
    """An 18-digit NIP: birth date, appointment (TMT CPNS) year and month, sex, sequence."""
    first_year, years = (1968, 14) if senior else (1980, 20)
    born = date(first_year, 1, 1) + timedelta(days=rng.randrange(years * 365))
    appointed_year = min(born.year + rng.randint(22, 30), 2024)
    appointed_month = rng.choice((1, 3, 3, 4, 12))
    sex = 2 if female else 1
    return f"{born:%Y%m%d}{appointed_year:04d}{appointed_month:02d}{sex}{sequence:03d}"


def _create_accounts(services: Services, actor: Actor, existing: set[str]) -> None:
    for officer in _officers():
        account = officer.account
        if account.username in existing:
            continue
        if account.must_change_password:
            services.users.create_user(actor, account.username, officer.full_name,
                                       account.roles, nip=officer.nip, password=DEMO_PASSWORD)
            continue
        # New accounts must change their one-time password; the demo officers did so already,
        # the same way an officer does at first sign-in.
        created = services.users.create_user(actor, account.username, officer.full_name,
                                             account.roles, nip=officer.nip)
        signed_in = services.auth.sign_in(account.username, created.password)
        services.auth.change_password(signed_in.actor, created.password, DEMO_PASSWORD)
        services.auth.sign_out(signed_in.actor)


def _seed_persons(context: ServiceContext, actor: Actor) -> None:
    with context.query(actor, Permission.ADMIN_ACCESS) as session:
        done = session.execute(
            select(AuditEvent.seq).where(AuditEvent.action == PERSONS_SEEDED).limit(1)).first()
    if done:
        return
    now = context.clock()
    today = now.astimezone(context.config.timezone).date()
    rows = demo_persons(today)
    with context.change(actor, Permission.ADMIN_ACCESS) as uow:
        uow.session.add_all(Person(created_at=now, **row) for row in rows)
        uow.audit(PERSONS_SEEDED, "person", "demo", after={"count": len(rows)})


# --- persons -------------------------------------------------------------------------------

# ICAO Doc 9303 Part 3, section 6: transliteration of national characters into the MRZ.
_LATIN_SPECIAL = {
    "ß": "SS", "Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "Œ": "OE",
    "Þ": "TH", "Ĳ": "IJ", "Đ": "D", "Ð": "D", "Ł": "L", "Ħ": "H", "Ŋ": "N", "Ŧ": "T",
}
_CYRILLIC = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ё": "E", "Ж": "ZH", "З": "Z",
    "И": "I", "Й": "I", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "IE", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "IU", "Я": "IA",
}


def mrz_name(text: str) -> str:
    """A name as an MRZ holds it: A-Z in upper case, parts separated by one space.

    Apostrophes vanish (O'Brien: OBRIEN); hyphens and other marks separate parts.
    """
    upper = text.upper()
    mapped = "".join(_LATIN_SPECIAL.get(ch, _CYRILLIC.get(ch, ch)) for ch in upper)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", mapped)
                    if not unicodedata.combining(ch))
    plain = re.sub(r"['’`]", "", plain)
    return re.sub(r"[^A-Z]+", " ", plain).strip()


# Names that Faker has only in a non-Latin script, or not at all, as their passports print them.
_KOREAN_SURNAMES = ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM",
                    "HAN", "SHIN", "SEO", "KWON", "HWANG")
_KOREAN_MALE = ("MINJUN", "JIHOON", "HYUNWOO", "DONGHYUN", "SEUNGMIN", "JAEHO", "YOUNGSOO",
                "SUNGJIN", "TAEYANG", "JUNHO")
_KOREAN_FEMALE = ("SEOYEON", "JIWOO", "SOOJIN", "EUNJI", "MINJI", "HYEJIN", "YUNA", "JIYEON",
                  "SUBIN", "HAEUN")
_MALAY_MALE = ("MUHAMMAD HAFIZ", "AHMAD FAIZAL", "MOHD RIDZUAN", "AMIRUL HAKIM", "MUHAMMAD AIMAN",
               "SYAHRUL NIZAM", "ZULKIFLI", "KHAIRUL ANUAR", "AZMAN", "FARHAN")
_MALAY_FEMALE = ("NUR AISYAH", "SITI NURHALIZA", "NURUL IZZAH", "FARAH HANIM", "NOR AZLINA",
                 "SYAFIQAH", "AINUL MARDHIAH", "NUR FATIHAH", "SITI AMINAH", "HANIS ZALIKHA")
_MALAY_FATHERS = ("ABDULLAH", "HASHIM", "ISMAIL", "OTHMAN", "RAHMAN", "YUSOF", "IBRAHIM", "AZIZ",
                  "HAMZAH", "MOHAMED", "SULAIMAN", "ZAINAL")
_SINGAPORE_SURNAMES = ("TAN", "LIM", "LEE", "NG", "ONG", "WONG", "GOH", "CHUA", "CHAN", "KOH",
                       "TEO", "ANG", "YEO", "TAY", "HO", "LOW")
_SINGAPORE_MALE = ("WEI MING", "JUN JIE", "ZHI HAO", "KAI XUAN", "JIA HAO", "YONG SHENG",
                   "BOON KIAT", "CHEE KEONG")
_SINGAPORE_FEMALE = ("HUI LING", "XIN YI", "JIA HUI", "SHU FEN", "MEI LING", "PEI SHAN",
                     "SIEW LING", "WAN TING")
_FILIPINO_SURNAMES = ("SANTOS", "REYES", "CRUZ", "BAUTISTA", "OCAMPO", "GARCIA", "MENDOZA",
                      "TORRES", "DELA CRUZ", "VILLANUEVA", "AQUINO", "RAMOS", "CASTILLO",
                      "GONZALES", "FERNANDEZ", "DE LEON")
_FILIPINO_MALE = ("JOSE MIGUEL", "JUAN CARLOS", "MARK ANTHONY", "JOHN PAUL", "RAFAEL",
                  "EMMANUEL", "JERICHO", "RENATO")
_FILIPINO_FEMALE = ("MARIA CRISTINA", "MARIA LOURDES", "ANGELICA", "KRISTINE JOY", "MARY GRACE",
                    "JASMINE", "ROSALINDA", "PRINCESS")
_SAUDI_FAMILIES = ("AL QAHTANI", "AL GHAMDI", "AL ZAHRANI", "AL OTAIBI", "AL SHEHRI", "AL HARBI",
                   "AL DOSARI", "AL MUTAIRI", "AL ANAZI", "AL SHAMMARI")
_SAUDI_MALE = ("MOHAMMED", "ABDULLAH", "FAHAD", "KHALID", "SULTAN", "FAISAL", "SAUD", "TURKI",
               "NASSER", "OMAR", "ABDULRAHMAN", "SALEH")
_SAUDI_FEMALE = ("NOURA", "SARA", "FATIMAH", "REEM", "AMAL", "HIND", "LAMA", "MAHA", "AISHA")

# Kabupaten/kota codes of Kemendagri with kecamatan 01 (the first 6 digits of a NIK).
_NIK_REGIONS = {
    "317101": "Kota Jakarta Selatan",
    "317301": "Kota Jakarta Pusat",
    "367101": "Kota Tangerang",
    "360301": "Kabupaten Tangerang",
    "327301": "Kota Bandung",
    "337401": "Kota Semarang",
    "347101": "Kota Yogyakarta",
    "357801": "Kota Surabaya",
    "127101": "Kota Medan",
    "510301": "Kabupaten Badung",
    "517101": "Kota Denpasar",
    "737101": "Kota Makassar",
}

Names = Callable[[random.Random, bool], tuple[str, str]]  # (rng, female) -> (surname, given)


class _Fakers:
    """One seeded Faker per locale, made when first needed."""

    def __init__(self) -> None:
        self._by_locale: dict[str, Faker] = {}

    def __call__(self, locale: str) -> Faker:
        if locale not in self._by_locale:
            fake = Faker(locale)
            # A seed per locale, so en_AU and en_US do not produce the same people.
            fake.seed_instance(f"{SEED}-persons-{locale}")
            self._by_locale[locale] = fake
        return self._by_locale[locale]


def _faker_names(fakers: _Fakers, locale: str) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        fake = fakers(locale)
        given = fake.first_name_female() if female else fake.first_name_male()
        if rng.random() < 0.2:  # a second given name
            given += " " + (fake.first_name_female() if female else fake.first_name_male())
        surname = fake.last_name_female() if female else fake.last_name_male()
        return mrz_name(surname), mrz_name(given)

    return names


def _indonesian_names(fakers: _Fakers) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        fake = fakers("id_ID")
        first = fake.first_name_female() if female else fake.first_name_male()
        if rng.random() < 0.12:
            # Many Indonesians carry one name; the MRZ holds it as the primary identifier.
            return mrz_name(first), ""
        last = fake.last_name_female() if female else fake.last_name_male()
        return mrz_name(last), mrz_name(first)

    return names


def _romanized_names(fakers: _Fakers, locale: str) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        fake = fakers(locale)
        if locale == "ja_JP":
            given = (fake.first_romanized_name_female() if female
                     else fake.first_romanized_name_male())
        else:
            given = fake.first_romanized_name()
        return mrz_name(fake.last_romanized_name()), mrz_name(given)

    return names


def _russian_names(fakers: _Fakers) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        fake = fakers("ru_RU")
        # The patronymic is not printed in the MRZ of a Russian passport for travel abroad.
        if female:
            return mrz_name(fake.last_name_female()), mrz_name(fake.first_name_female())
        return mrz_name(fake.last_name_male()), mrz_name(fake.first_name_male())

    return names


def _vietnamese_names(fakers: _Fakers) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        fake = fakers("vi_VN")
        first = fake.first_name_female() if female else fake.first_name_male()
        return mrz_name(fake.last_name()), mrz_name(f"{fake.middle_name()} {first}")

    return names


def _listed_names(surnames: tuple[str, ...], male: tuple[str, ...],
                  female_names: tuple[str, ...]) -> Names:
    def names(rng: random.Random, female: bool) -> tuple[str, str]:
        return rng.choice(surnames), rng.choice(female_names if female else male)

    return names


def _malay_names(rng: random.Random, female: bool) -> tuple[str, str]:
    # A Malay name has no surname: the whole name, with bin/binti and the father's name, is the
    # MRZ's primary identifier.
    given = rng.choice(_MALAY_FEMALE if female else _MALAY_MALE)
    link = "BINTI" if female else "BIN"
    return f"{given} {link} {rng.choice(_MALAY_FATHERS)}", ""


def _saudi_names(rng: random.Random, female: bool) -> tuple[str, str]:
    given = rng.choice(_SAUDI_FEMALE if female else _SAUDI_MALE)
    return rng.choice(_SAUDI_FAMILIES), f"{given} {rng.choice(_SAUDI_MALE)}"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _letters(rng: random.Random, count: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


# Passport numbers in each issuer's usual pattern.
_DOCUMENT_NUMBERS: dict[str, Callable[[random.Random], str]] = {
    "IDN": lambda r: r.choice("ABCEX") + _digits(r, 7),
    "AUS": lambda r: r.choice(("P", "N", "R", "PA", "PB", "RA")) + _digits(r, 7),
    "CHN": lambda r: "E" + (_digits(r, 8) if r.random() < 0.6 else _letters(r, 1) + _digits(r, 7)),
    "MYS": lambda r: r.choice("AHK") + _digits(r, 8),
    "SGP": lambda r: r.choice("EK") + _digits(r, 7) + _letters(r, 1),
    "USA": lambda r: _digits(r, 9) if r.random() < 0.5 else r.choice("AZ") + _digits(r, 8),
    "JPN": lambda r: r.choice(("TK", "TR", "TZ", "MU", "NE")) + _digits(r, 7),
    "KOR": lambda r: "M" + _digits(r, 8),
    "IND": lambda r: _letters(r, 1) + _digits(r, 7),
    "GBR": lambda r: "1" + _digits(r, 8) if r.random() < 0.5 else "5" + _digits(r, 8),
    "D": lambda r: r.choice("CFGHJK") + _letters(r, 8, "0123456789CFGHJKLMNPRTVWXYZ"),
    "NLD": lambda r: (_letters(r, 2, "ABCDEFGHIJKLMNPQRSTUVWXYZ")
                      + _letters(r, 6, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789") + _digits(r, 1)),
    "FRA": lambda r: _digits(r, 2) + _letters(r, 2) + _digits(r, 5),
    "RUS": lambda r: r.choice("67") + _digits(r, 8),
    "SAU": lambda r: r.choice("ABKNW") + _digits(r, 7),
    "PHL": lambda r: "P" + _digits(r, 7) + _letters(r, 1),
    "VNM": lambda r: r.choice("BCN") + _digits(r, 7),
}


@dataclass(frozen=True)
class _Origin:
    code: str
    weight: int
    names: Names


def _origins(fakers: _Fakers) -> tuple[_Origin, ...]:
    return (
        _Origin("IDN", 40, _indonesian_names(fakers)),
        _Origin("AUS", 8, _faker_names(fakers, "en_AU")),
        _Origin("CHN", 7, _romanized_names(fakers, "zh_CN")),
        _Origin("MYS", 6, _malay_names),
        _Origin("SGP", 4, _listed_names(_SINGAPORE_SURNAMES, _SINGAPORE_MALE,
                                        _SINGAPORE_FEMALE)),
        _Origin("USA", 4, _faker_names(fakers, "en_US")),
        _Origin("JPN", 4, _romanized_names(fakers, "ja_JP")),
        _Origin("KOR", 4, _listed_names(_KOREAN_SURNAMES, _KOREAN_MALE, _KOREAN_FEMALE)),
        _Origin("IND", 4, _faker_names(fakers, "en_IN")),
        _Origin("GBR", 3, _faker_names(fakers, "en_GB")),
        _Origin("D", 3, _faker_names(fakers, "de_DE")),
        _Origin("NLD", 2, _faker_names(fakers, "nl_NL")),
        _Origin("FRA", 2, _faker_names(fakers, "fr_FR")),
        _Origin("RUS", 3, _russian_names(fakers)),
        _Origin("SAU", 3, _saudi_names),
        _Origin("PHL", 3, _listed_names(_FILIPINO_SURNAMES, _FILIPINO_MALE,
                                        _FILIPINO_FEMALE)),
        _Origin("VNM", 2, _vietnamese_names(fakers)),
    )


def nik(region: str, birth_date: date, female: bool, sequence: int) -> str:
    """A 16-digit NIK: region code, birth date as DDMMYY (day + 40 for women), sequence."""
    day = birth_date.day + (40 if female else 0)
    return f"{region}{day:02d}{birth_date:%m%y}{sequence:04d}"


def _birth_date(rng: random.Random, today: date) -> date:
    age_years = rng.randint(0, 17) if rng.random() < 0.08 else rng.randint(18, 75)
    return today - timedelta(days=age_years * 365 + rng.randrange(1, 366))


def _expiry(rng: random.Random, today: date) -> date:
    if rng.random() < 0.06:  # a few travel on an expired passport
        return today - timedelta(days=rng.randint(1, 400))
    return today + timedelta(days=rng.randint(1, 10 * 365))


def demo_persons(today: date, count: int = PERSON_COUNT) -> list[dict[str, Any]]:
    """The demo's travellers as `Person` column values (without ids and creation time)."""
    rng = random.Random(SEED)
    origins = _origins(_Fakers())
    weights = [origin.weight for origin in origins]
    rows: list[dict[str, Any]] = []
    used_numbers: set[str] = set()
    used_niks: set[str] = set()
    while len(rows) < count:
        origin = rng.choices(origins, weights)[0]
        female = rng.random() < 0.5
        surname, given = origin.names(rng, female)
        birth_date = _birth_date(rng, today)
        number = _DOCUMENT_NUMBERS[origin.code](rng)
        if number in used_numbers:
            continue
        used_numbers.add(number)
        resident_id = ""
        if origin.code == "IDN":
            region = rng.choice(sorted(_NIK_REGIONS))
            resident_id = nik(region, birth_date, female, rng.randint(1, 9999))
            while resident_id in used_niks:
                resident_id = nik(region, birth_date, female, rng.randint(1, 9999))
            used_niks.add(resident_id)
        rows.append({
            "surname": surname, "given_names": given, "sex": "F" if female else "M",
            "birth_date": birth_date, "nationality": origin.code, "document_number": number,
            "document_expiry": _expiry(rng, today), "nik": resident_id,
        })
    return rows
