"""SOP definitions as data: the steps a case moves through, read from `resources/sops/*.toml`.

Each office SOP (seeds 000–004) is one TOML file: its steps in order, the role or outside party
responsible for each, the step's time standard as the SOP writes it, the documents it produces,
the approvals it needs (a Kasi's paraf, the Kakanim's pengesahan or keputusan) and its decisions
with their branches. A branch names a step of the same SOP, an ending (`end:selesai`,
`end:ditolak`, ...) or another SOP (`sop:CEKAL`, by code or by an item it covers).

Definitions are validated once, when loaded; every error names the file and the step
(docs/decisions/0012-sops-as-data.md). The case engine walks a definition with `first_step`,
`step` and `after`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.auth.permissions import Role
from app.domain.sla import TimeStandard

SOP_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "sops"

# Parties outside the office that an SOP step waits for; a closed set, like the roles.
EXTERNAL_PARTIES = frozenset({
    "applicant",  # pemohon / pelapor / penumpang
    "kanwil",  # Kantor Wilayah Kemenkumham
    "ditjen",  # Direktorat Jenderal Imigrasi (Pusdakim, Direktorat teknis)
    "other_agency",  # instansi terkait: Polri, BP2MI, kementerian, perwakilan negara
    "law_enforcement",  # penegak hukum (penyidik, kepolisian) receiving a case
    "carrier",  # penanggung jawab alat angkut (maskapai)
    "vendor",  # pihak ketiga (penyedia jaringan, aplikasi, perangkat)
    "doctor",  # dokter / petugas kesehatan
})
_ROLES = frozenset(role.value for role in Role)
APPROVAL_KINDS = frozenset({"paraf", "pengesahan", "keputusan"})
# Applicant notifications a step may send when the case reaches it (app.messaging.templates).
NOTIFICATIONS = frozenset({"passport_ready", "permit_ready"})
# Facts a module must have recorded before a step can be done (`needs`): the stay-permit
# counter's receipt, payment, biometrics... (app.services.permits checks them).
FACTS = frozenset({"application", "receipt", "requirements", "screening", "sponsor", "payment",
                   "biometrics", "register", "printed", "handover", "archive", "interview",
                   "allocation", "bap", "bapen",
                   # The detention register's records (app.services.detention, issue 10).
                   "detention_order", "search", "health", "necessities", "placement",
                   "release_order", "release_record", "release_photo", "escort",
                   "passport_marked", "boarded", "report",
                   # Complaints and Lada Tunggu reports (app.services.complaints).
                   "incident_report", "order", "findings", "activity_report", "follow_up",
                   "assessment", "outcome", "reply", "answer", "answered",
                   # The C5 intelligence inquiry's Rencana Kegiatan.
                   "plan"})
DETAILS = frozenset({"full", "outline"})
# How a definition's minutes and hours count: office time on working days, or (a duty service
# such as seed 000's Lada Tunggu, staffed on weekends and holidays) every minute of the clock.
CLOCKS = frozenset({"office", "duty"})
TIME_SOURCES = frozenset({"sop", "default"})

_STEP_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CODE = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*$")
_END = re.compile(r"^end:[a-z][a-z0-9_]*$")
_JUMP = re.compile(r"^sop:([A-Z0-9][A-Za-z0-9-]*)$")


class SopError(ValueError):
    """A definition that cannot be used; the message names the file and, where there is one, the
    step."""

    def __init__(self, path: Path | str, message: str, step: str | None = None) -> None:
        self.path = Path(path)
        self.step = step
        where = f"{self.path.name}: step {step!r}" if step else self.path.name
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Approval:
    """A step's output needs `kind` (paraf, pengesahan or keputusan) from an officer in `role`."""

    role: Role
    kind: str


@dataclass(frozen=True)
class Ending:
    """Where a path leaves the SOP: an outcome (`end:selesai`) or a hand-over to another SOP."""

    target: str  # "end:selesai" or "sop:CEKAL", as written

    @property
    def outcome(self) -> str | None:
        """`selesai` for `end:selesai`; None for a jump."""
        return self.target[4:] if self.target.startswith("end:") else None

    @property
    def sop(self) -> str | None:
        """`CEKAL` for `sop:CEKAL`; None for an ending."""
        return self.target[4:] if self.target.startswith("sop:") else None


@dataclass(frozen=True)
class Decision:
    """A question asked at the end of a step; each answer names where the SOP goes on."""

    question: str
    branches: tuple[tuple[str, str], ...]  # (answer, target) in the file's order

    @property
    def answers(self) -> tuple[str, ...]:
        return tuple(answer for answer, _ in self.branches)

    def target(self, answer: str) -> str:
        for known, target in self.branches:
            if known == answer:
                return target
        raise KeyError(f"{answer!r} is not one of {', '.join(self.answers)}")


@dataclass(frozen=True)
class Step:
    """One row of an SOP's table."""

    id: str
    title: str
    role: str  # a Role value, or one of EXTERNAL_PARTIES
    time: TimeStandard
    time_text: str  # as the SOP (or the default) writes it, e.g. "10 menit"
    time_source: str  # "sop", or "default" where the SOP gives no time Gapura can count
    sop_time: str | None  # the SOP's own words where they are not a time standard ("20 detik")
    documents: tuple[str, ...]
    approval: Approval | None
    next: str | None  # a step id, "end:..." or "sop:..."; None when the step decides
    decision: Decision | None
    notify: str | None = None  # the applicant is told when the case reaches this step
    needs: tuple[str, ...] = ()  # FACTS the case's module must hold before the step is done

    @property
    def internal(self) -> bool:
        """Done by an officer of the office (not by the applicant or another agency)."""
        return self.role in _ROLES

    def targets(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.decision.branches) if self.decision else (self.next,)


@dataclass(frozen=True)
class SopDefinition:
    code: str
    title: str
    source: str
    covers: tuple[str, ...]
    detail: str  # "full", or "outline" where the seed names the SOP without a step table
    steps: tuple[Step, ...]
    path: Path
    clock: str = "office"  # one of CLOCKS

    @property
    def first_step(self) -> Step:
        return self.steps[0]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"{self.code} has no step {step_id!r}")

    def after(self, step_id: str, answer: str | None = None) -> Step | Ending:
        """Where the SOP goes once `step_id` is done; a deciding step needs its answer.

        Raises:
            KeyError: no such step, or an answer the decision does not know.
            ValueError: an answer missing for a decision, or given to a step without one.
        """
        step = self.step(step_id)
        if step.decision is None:
            if answer is not None:
                raise ValueError(f"{self.code} step {step_id!r} asks no question")
            target = step.next
        else:
            if answer is None:
                raise ValueError(f"{self.code} step {step_id!r} needs an answer to "
                                 f"{step.decision.question!r}")
            target = step.decision.target(answer)
        assert target is not None
        return Ending(target) if ":" in target else self.step(target)

    def endings(self) -> frozenset[str]:
        """Every `end:`/`sop:` target the definition names."""
        return frozenset(t for s in self.steps for t in s.targets() if ":" in t)


def load_sop(path: Path | str) -> SopDefinition:
    """Read and validate one definition.

    Raises:
        SopError: unreadable TOML or any rule broken; the message names the file and the step.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SopError(path, f"cannot be read: {exc}") from exc
    code = _text(path, data, "code", None)
    if not _CODE.match(code):
        raise SopError(path, f"code {code!r} is not letters, digits and '-'")
    covers = data.get("covers", [])
    if not isinstance(covers, list) or not all(isinstance(c, str) and _CODE.match(c)
                                               for c in covers):
        raise SopError(path, "covers must be a list of SOP codes such as \"B2\"")
    detail = data.get("detail", "full")
    if detail not in DETAILS:
        raise SopError(path, f"detail {detail!r} is not one of {', '.join(sorted(DETAILS))}")
    clock = data.get("clock", "office")
    if clock not in CLOCKS:
        raise SopError(path, f"clock {clock!r} is not one of {', '.join(sorted(CLOCKS))}")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise SopError(path, "has no [[steps]]")
    steps: list[Step] = []
    for index, raw in enumerate(raw_steps):
        if not isinstance(raw, dict):
            raise SopError(path, f"step {index + 1} is not a table")
        is_last = index == len(raw_steps) - 1
        following = None if is_last else raw_steps[index + 1]
        default_next = (following.get("id") if isinstance(following, dict) else None) \
            or "end:selesai"
        steps.append(_step(path, raw, index, default_next))
    definition = SopDefinition(code=code, title=_text(path, data, "title", None),
                               source=_text(path, data, "source", None), covers=tuple(covers),
                               detail=detail, steps=tuple(steps), path=path, clock=clock)
    _check_graph(definition)
    return definition


def load_all(directory: Path | str | None = None) -> dict[str, SopDefinition]:
    """Every `*.toml` definition in `directory` (default: the shipped `resources/sops`), by code.

    Also checks what no single file can: codes and covered items are unique, and every
    `sop:` jump names a loaded code or an item some definition covers.
    """
    directory = Path(directory) if directory is not None else SOP_DIR
    found: dict[str, SopDefinition] = {}
    claimed: dict[str, Path] = {}
    for path in sorted(directory.glob("*.toml")):
        definition = load_sop(path)
        for name in (definition.code, *definition.covers):
            if name in claimed:
                raise SopError(path, f"SOP {name!r} is already defined by {claimed[name].name}")
            claimed[name] = path
        found[definition.code] = definition
    for definition in found.values():
        for step in definition.steps:
            for target in step.targets():
                jump = _JUMP.match(target or "")
                if jump and jump.group(1) not in claimed:
                    raise SopError(definition.path, f"goes to unknown SOP {jump.group(1)!r}",
                                   step.id)
    return found


def resolve(definitions: Mapping[str, SopDefinition], code: str) -> SopDefinition:
    """The definition whose code is `code` or which covers it (`"B2"`, `"CEKAL"`)."""
    if code in definitions:
        return definitions[code]
    for definition in definitions.values():
        if code in definition.covers:
            return definition
    raise KeyError(f"no SOP definition for {code!r}")


def _text(path: Path, data: Mapping[str, object], key: str, step: str | None) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SopError(path, f"{key} is missing or empty", step)
    return value.strip()


def _step(path: Path, raw: dict[str, object], index: int, default_next: str) -> Step:
    step_id = raw.get("id")
    if not isinstance(step_id, str) or not _STEP_ID.match(step_id):
        raise SopError(path, f"id {step_id!r} is not snake_case", f"#{index + 1}")
    title = _text(path, raw, "title", step_id)
    role = raw.get("role")
    if role not in _ROLES and role not in EXTERNAL_PARTIES:
        raise SopError(path, f"unknown role or party {role!r}", step_id)
    time_text = _text(path, raw, "time", step_id)
    try:
        time = TimeStandard.parse(time_text)
    except ValueError as exc:
        raise SopError(path, str(exc), step_id) from exc
    time_source = raw.get("time_source", "sop")
    if time_source not in TIME_SOURCES:
        raise SopError(path, f"time_source {time_source!r} is not 'sop' or 'default'", step_id)
    sop_time = raw.get("sop_time")
    if sop_time is not None and (not isinstance(sop_time, str) or time_source != "default"):
        raise SopError(path, "sop_time is the SOP's wording behind a default time: a string, "
                       "with time_source = \"default\"", step_id)
    documents = raw.get("documents", [])
    if not isinstance(documents, list) or not all(isinstance(d, str) and d.strip()
                                                  for d in documents):
        raise SopError(path, "documents must be a list of names", step_id)
    approval = None
    if "approval" in raw:
        spec = raw["approval"]
        if not isinstance(spec, dict) or spec.get("role") not in _ROLES:
            raise SopError(path, "approval role must be a role of the office, not "
                           f"{spec.get('role') if isinstance(spec, dict) else spec!r}", step_id)
        if spec.get("kind") not in APPROVAL_KINDS:
            raise SopError(path, f"approval kind {spec.get('kind')!r} is not one of "
                           f"{', '.join(sorted(APPROVAL_KINDS))}", step_id)
        approval = Approval(Role(spec["role"]), str(spec["kind"]))
    needs = raw.get("needs", [])
    if not isinstance(needs, list) or not all(n in FACTS for n in needs):
        raise SopError(path, f"needs {needs!r} names no fact of {', '.join(sorted(FACTS))}",
                       step_id)
    notify = raw.get("notify")
    if notify is not None and notify not in NOTIFICATIONS:
        raise SopError(path, f"notify {notify!r} is not one of "
                       f"{', '.join(sorted(NOTIFICATIONS))}", step_id)
    decision = None
    next_target: str | None = None
    if "decision" in raw:
        if "next" in raw:
            raise SopError(path, "has both next and a decision", step_id)
        spec = raw["decision"]
        if not isinstance(spec, dict):
            raise SopError(path, "decision is not a table", step_id)
        question = _text(path, spec, "question", step_id)
        branches = spec.get("branches")
        if not isinstance(branches, dict) or len(branches) < 2:
            raise SopError(path, "decision needs at least two branches", step_id)
        for answer, target in branches.items():
            if not isinstance(target, str) or not target.strip():
                raise SopError(path, f"branch {answer!r} goes nowhere", step_id)
        decision = Decision(question, tuple((str(a), str(t)) for a, t in branches.items()))
    else:
        next_target = raw.get("next", default_next)  # type: ignore[assignment]
        if not isinstance(next_target, str) or not next_target.strip():
            raise SopError(path, "next must name a step, 'end:...' or 'sop:...'", step_id)
    return Step(id=step_id, title=title, role=str(role), time=time, time_text=time_text,
                time_source=str(time_source), sop_time=sop_time, documents=tuple(documents),
                approval=approval, next=next_target, decision=decision,
                notify=str(notify) if notify else None, needs=tuple(needs))


def _check_graph(sop: SopDefinition) -> None:
    ids = [step.id for step in sop.steps]
    seen: set[str] = set()
    for step_id in ids:
        if step_id in seen:
            raise SopError(sop.path, "duplicate step id", step_id)
        seen.add(step_id)
    for step in sop.steps:
        for target in step.targets():
            assert target is not None
            if ":" in target:
                if not (_END.match(target) or _JUMP.match(target)):
                    raise SopError(sop.path, f"target {target!r} is neither 'end:<outcome>' nor "
                                   "'sop:<CODE>'", step.id)
            elif target not in seen:
                raise SopError(sop.path, f"goes to missing step {target!r}", step.id)
    reached = {ids[0]}
    queue = [ids[0]]
    while queue:
        for target in sop.step(queue.pop()).targets():
            if target and ":" not in target and target not in reached:
                reached.add(target)
                queue.append(target)
    for step_id in ids:
        if step_id not in reached:
            raise SopError(sop.path, f"is not reached from the first step {ids[0]!r}", step_id)
    # Every step must lead to an ending: walk backwards from the steps that leave the SOP.
    ending = {s.id for s in sop.steps if any(":" in (t or "") for t in s.targets())}
    changed = True
    while changed:
        changed = False
        for step in sop.steps:
            if step.id not in ending and any(t in ending for t in step.targets()):
                ending.add(step.id)
                changed = True
    for step_id in ids:
        if step_id not in ending:
            raise SopError(sop.path, "no ending (end:... or sop:...) is reachable from it",
                           step_id)
