"""SOP definitions as data: every shipped file loads, every SOP of the seeds has one, the
definitions follow the seeds' tables, and a malformed file's error names the file and the step.

The seed texts are copied verbatim into tests/domain/seeds/ from ../shared/seeds/, so the coverage
test reads the decision itself: an SOP added to seed 002's KEDUA without a definition fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.auth.permissions import Role
from app.domain.sla import TimeStandard, TimeUnit
from app.domain.sop import (
    EXTERNAL_PARTIES,
    SOP_DIR,
    Ending,
    SopDefinition,
    SopError,
    Step,
    load_all,
    load_sop,
    resolve,
)

SEEDS = Path(__file__).resolve().parent / "seeds"


def _seed(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sops() -> dict[str, SopDefinition]:
    return load_all()


def _seed_002_items() -> set[str]:
    """The SOP codes of seed 002's KEDUA: A1.., B1.., C1.., D1..; an item with lettered sub-items
    (D6 a, b) is a group whose SOPs are D6a and D6b."""
    text = _seed("002")
    section = text[text.index("KEDUA :"):text.index("KETIGA :")]
    codes: list[str] = []
    letter = None
    for line in section.splitlines():
        if found := re.match(r"^\s*-?\s*([A-D])\.\s+Bidang", line):
            letter = found.group(1)
        elif found := re.match(r"^\s*(\d+)\.\s+\S", line):
            assert letter, line
            codes.append(f"{letter}{found.group(1)}")
        elif found := re.match(r"^\s*-\s*([a-z])\.\s+\S", line):
            parent = codes[-1].rstrip("abcdefghij")
            if codes[-1] == parent:
                codes.pop()
            codes.append(f"{parent}{found.group(1)}")
    return set(codes)


def test_every_shipped_definition_loads(sops):
    assert sops
    assert len(list(SOP_DIR.glob("*.toml"))) == len(sops)
    for definition in sops.values():
        for step in definition.steps:
            assert step.role in {r.value for r in Role} or step.role in EXTERNAL_PARTIES
            assert step.title and isinstance(step.time, TimeStandard)


def test_every_sop_of_seed_002_kedua_has_a_definition(sops):
    items = _seed_002_items()
    # The parser found the whole list (not a vacuous pass): 12 + 13 + 5 + 8.
    assert {"A1", "A12", "B1", "B13", "C1", "C5", "D1", "D6a", "D6b", "D7"} <= items
    assert "D6" not in items and len(items) == 38
    claimed = {name for d in sops.values() for name in (d.code, *d.covers)}
    assert sorted(items - claimed) == []


def test_a_missing_definition_fails_the_coverage_check(sops, tmp_path):
    for path in SOP_DIR.glob("*.toml"):
        if not path.name.startswith("B07"):
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    partial = load_all(tmp_path)
    claimed = {name for d in partial.values() for name in (d.code, *d.covers)}
    assert _seed_002_items() - claimed == {"B7"}


def _rows(text: str) -> list[str]:
    """Numbered rows of a seed's step table ("3\\tMemeriksa ...")."""
    return re.findall(r"^(\d+)\t(.+)$", text, flags=re.MULTILINE)


def _by_source(sops: dict[str, SopDefinition], seed: str) -> list[SopDefinition]:
    """The definitions transcribed from a seed's own table (not those it only refers to)."""
    return [d for d in sops.values() if d.source.startswith(f"seed {seed} (")]


def test_seeds_000_001_003_004_have_definitions_with_the_seeds_step_counts(sops):
    itk = _rows(_seed("003"))
    assert [int(n) for n, _ in itk] == list(range(1, 14))
    assert [len(d.steps) for d in _by_source(sops, "003")] == [13]

    kompensasi = _rows(_seed("004"))
    assert [int(n) for n, _ in kompensasi] == list(range(1, 12))
    assert [len(d.steps) for d in _by_source(sops, "004")] == [11]

    # Seed 000: the Lada Tunggu table (rows 1-7) and the satuan tugas's nine numbered items.
    lada = _seed("000")
    table = lada[lada.index("LAYANAN DARURAT SABTU MINGGU**"):]
    assert [int(n) for n, _ in _rows(table)] == list(range(1, 8))
    satgas = re.findall(r"(?:^|[\s>])(\d)\. (?:Anggota|Pejabat|Ketua|Inventaris)", lada)
    assert [int(n) for n in satgas] == list(range(1, 10))
    assert sorted(len(d.steps) for d in _by_source(sops, "000")) == [7, 9]

    # Seed 001 is an OCR'd table; its steps are numbered 1-10 in the activity column.
    pengaduan = _seed("001")
    numbers = re.findall(r"^(\d+)[.,]? (?=[A-Z])", pengaduan, flags=re.MULTILINE)
    assert "10" in numbers and len(_by_source(sops, "001")[0].steps) == 10


def test_seed_003_time_standards_and_documents(sops):
    itk = sops["ITK"]
    seed_times = [re.search(r"\t(\d+ menit)\t", row).group(1) for _, row in _rows(_seed("003"))]
    assert seed_times[:3] == ["10 menit", "5 menit", "5 menit"]
    assert [step.time_text for step in itk.steps] == seed_times
    assert all(step.time_source == "sop" for step in itk.steps)
    assert itk.step("register_dan_tera").time == TimeStandard(3, TimeUnit.MINUTES)
    assert itk.first_step.documents == ("Tanda terima permohonan",)
    assert itk.step("persetujuan").approval.role is Role.SECTION_HEAD
    assert itk.step("persetujuan").approval.kind == "paraf"
    assert itk.step("pengesahan").approval.role is Role.OFFICE_HEAD
    assert itk.step("pengesahan").approval.kind == "pengesahan"


def _walk(sop: SopDefinition) -> tuple[set[str], set[str]]:
    """Follow every answer of every decision from the first step: (steps seen, endings)."""
    seen: set[str] = set()
    endings: set[str] = set()
    queue: list[Step] = [sop.first_step]
    while queue:
        step = queue.pop()
        if step.id in seen:
            continue
        seen.add(step.id)
        answers = step.decision.answers if step.decision else (None,)
        for answer in answers:
            after = sop.after(step.id, answer)
            if isinstance(after, Ending):
                endings.add(after.target)
            else:
                queue.append(after)
    return seen, endings


def test_every_branch_of_seed_003_reaches_its_endings(sops):
    itk = sops["ITK"]
    seen, endings = _walk(itk)
    assert seen == {step.id for step in itk.steps}
    assert endings == {"end:selesai", "sop:CEKAL", "sop:KETIDAKSESUAIAN"}
    assert resolve(sops, itk.after("periksa_cekal", "ya").sop).title.startswith("Penanganan")

    # The straight path: no cekal hit, no problem found: all 13 steps, then selesai.
    path, step = [], itk.first_step
    while True:
        path.append(step.id)
        after = itk.after(step.id, "tidak" if step.decision else None)
        if isinstance(after, Ending):
            break
        step = after
    assert len(path) == 13 and after.outcome == "selesai"


def test_kompensasi_branch_delivers_the_passport_home(sops):
    sop = sops["KOMPENSASI-PASPOR"]
    seen, endings = _walk(sop)
    assert seen == {step.id for step in sop.steps}
    assert endings == {"end:selesai", "end:diantar", "sop:KETIDAKSESUAIAN"}
    assert sop.after("penelitian_ulang", "ya") == sop.step("kompensasi_antar")
    assert sop.after("kompensasi_antar") == Ending("end:diantar")
    assert sop.after("serahkan_paspor").outcome == "selesai"


def test_every_definition_walks_to_an_ending(sops):
    for sop in sops.values():
        seen, endings = _walk(sop)
        assert seen == {step.id for step in sop.steps}, sop.code
        assert endings, sop.code
        for target in endings:
            if target.startswith("sop:"):
                resolve(sops, target[4:])


def test_after_needs_the_decisions_answer(sops):
    itk = sops["ITK"]
    with pytest.raises(ValueError, match="needs an answer"):
        itk.after("periksa_cekal")
    with pytest.raises(KeyError):
        itk.after("periksa_cekal", "mungkin")
    with pytest.raises(ValueError, match="asks no question"):
        itk.after("entri_data", "ya")
    with pytest.raises(KeyError):
        itk.step("tidak_ada")


GOOD = """
code = "T1"
title = "Uji"
source = "test"

[[steps]]
id = "a"
title = "Langkah a"
role = "permit_officer"
time = "10 menit"

[[steps]]
id = "b"
title = "Langkah b"
role = "applicant"
time = "1 hari kerja"
[steps.decision]
question = "Lanjut?"
branches = { ya = "c", tidak = "end:ditolak" }

[[steps]]
id = "c"
title = "Langkah c"
role = "office_head"
time = "2 jam"
approval = { role = "office_head", kind = "pengesahan" }
"""


def _write(tmp_path: Path, text: str, name: str = "t1.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_definition_loads(tmp_path):
    sop = load_sop(_write(tmp_path, GOOD))
    assert [s.id for s in sop.steps] == ["a", "b", "c"]
    assert sop.after("a") == sop.step("b")
    assert sop.after("c") == Ending("end:selesai")
    assert sop.step("c").approval.role is Role.OFFICE_HEAD
    assert not sop.step("b").internal and sop.step("a").internal


@pytest.mark.parametrize(("old", "new", "step", "message"), [
    ('role = "applicant"', 'role = "janitor"', "b", "unknown role or party 'janitor'"),
    ('ya = "c"', 'ya = "z"', "b", "missing step 'z'"),
    ('branches = { ya = "c", tidak = "end:ditolak" }', 'branches = { ya = "c" }', "b",
     "at least two branches"),
    ('time = "2 jam"', 'time = "sebentar"', "c", "time standard 'sebentar'"),
    ('time = "10 menit"', 'time = "0 menit"', "a", "time standard '0 menit'"),
    ('id = "c"', 'id = "b"', "b", "duplicate step id"),
    ('title = "Langkah c"', 'title = "  "', "c", "title is missing or empty"),
    ('role = "office_head", kind', 'role = "kanwil", kind', "c", "role of the office"),
    ('kind = "pengesahan"', 'kind = "stempel"', "c", "approval kind 'stempel'"),
    ('ya = "c"', 'ya = "end:"', "b", "neither 'end:<outcome>' nor 'sop:<CODE>'"),
    ('ya = "c"', 'ya = "end:selesai"', "c", "is not reached from the first step 'a'"),
    ('time = "10 menit"', 'time = "10 menit"\nnext = "b"\n[steps.decision]\n'
     'question = "?"\nbranches = { x = "a", y = "b" }', "a", "both next and a decision"),
    ('time = "1 hari kerja"', 'time = "1 hari kerja"\ntime_source = "kira"', "b",
     "time_source 'kira'"),
    ('time = "2 jam"', 'time = "2 jam"\nnotify = "pizza_ready"', "c",
     "notify 'pizza_ready' is not one of passport_ready, permit_ready"),
])
def test_a_malformed_definition_names_the_file_and_the_step(tmp_path, old, new, step, message):
    assert old in GOOD
    path = _write(tmp_path, GOOD.replace(old, new, 1), "rusak.toml")
    with pytest.raises(SopError) as caught:
        load_sop(path)
    assert str(caught.value).startswith(f"rusak.toml: step '{step}': ")
    assert message in str(caught.value)
    assert caught.value.path == path and caught.value.step == step


def test_a_loop_without_an_ending_is_refused(tmp_path):
    text = GOOD.replace('tidak = "end:ditolak"', 'tidak = "c"').replace(
        'approval = { role = "office_head", kind = "pengesahan" }', 'next = "b"')
    with pytest.raises(SopError, match=r"^loop.toml: step 'a': no ending .* is reachable"):
        load_sop(_write(tmp_path, text, "loop.toml"))


def test_a_jump_to_an_unknown_sop_is_refused_when_all_are_loaded(tmp_path):
    _write(tmp_path, GOOD.replace('tidak = "end:ditolak"', 'tidak = "sop:NOPE"'), "a.toml")
    with pytest.raises(SopError, match=r"a.toml: step 'b': goes to unknown SOP 'NOPE'"):
        load_all(tmp_path)
    _write(tmp_path, GOOD.replace('code = "T1"', 'code = "T2"\ncovers = ["NOPE"]'), "b.toml")
    assert set(load_all(tmp_path)) == {"T1", "T2"}


def test_file_level_errors_name_the_file(tmp_path):
    with pytest.raises(SopError, match=r"^bad.toml: cannot be read"):
        load_sop(_write(tmp_path, "code = ", "bad.toml"))
    with pytest.raises(SopError, match=r"^nostep.toml: has no \[\[steps\]\]"):
        load_sop(_write(tmp_path, 'code = "X"\ntitle = "X"\nsource = "x"\n', "nostep.toml"))
    twice = tmp_path / "twice"
    twice.mkdir()
    _write(twice, GOOD, "one.toml")
    _write(twice, GOOD.replace('code = "T1"', 'code = "T2"\ncovers = ["T1"]'), "two.toml")
    with pytest.raises(SopError, match=r"^two.toml: SOP 'T1' is already defined by one.toml"):
        load_all(twice)


def test_notifications_name_templates_that_exist(sops):
    from app.messaging.templates import TEMPLATES

    notified = {s.notify for sop in sops.values() for s in sop.steps if s.notify}
    assert notified == {"passport_ready", "permit_ready"}
    assert notified <= set(TEMPLATES)
    assert sops["ITK"].step("serahkan_dokim").notify == "permit_ready"


def test_steps_name_the_facts_they_need(sops, tmp_path):
    assert sops["B2"].step("terima_permohonan").needs == ("application", "receipt")
    assert sops["B7"].step("registrasi").needs == ("register", "printed")
    assert sops["B7"].step("tanda_terima").needs == ("receipt",)
    path = _write(tmp_path, GOOD.replace('time = "10 menit"', 'time = "10 menit"\nneeds = ["kopi"]',
                                         1), "rusak.toml")
    with pytest.raises(SopError) as caught:
        load_sop(path)
    assert "needs ['kopi'] names no fact" in str(caught.value) and caught.value.step == "a"
