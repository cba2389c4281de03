"""Workstation configuration: settings declared once as data, read from one TOML file.

Every setting has a dotted key (its TOML table and name), a type, a default and a description.
Validation, the default file and `gapura config show` all derive from `SETTINGS`. A broken file
stops start-up with a message naming the file, the line and the key; it is never replaced.
"""

from __future__ import annotations

import json
import re
import socket
import tomllib
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import ConfigError
from app.i18n import QT_TRANSLATE_NOOP
from devices.base import SimulationMode
from devices.printer import check_printer_name
from devices.registry import DRIVERS, driver_options

# Derived from the device registry so the config can never offer a driver that does not exist.
DEVICE_KINDS = tuple(kind.value for kind in DRIVERS)
SIMULATION_MODES = tuple(mode.value for mode in SimulationMode)
LANGUAGES = ("id", "en")


def _check_timezone(value: str) -> str | None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "zona waktu tidak dikenal"
    return None


def _check_url(value: str) -> str | None:
    if value and not re.match(r"^https?://[^\s/]+", value):
        return "harus kosong atau URL http(s)"
    return None


def _check_code(value: str) -> str | None:
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,32}", value):
        return "gunakan 1-32 huruf, angka, '.', '_' atau '-'"
    return None


@dataclass(frozen=True)
class Setting:
    """One configuration key: type, default, limits and what it is for."""

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], str | None] | None = None

    @property
    def table(self) -> str:
        return self.key.rpartition(".")[0]

    @property
    def name(self) -> str:
        return self.key.rpartition(".")[2]

    def validate(self, value: Any) -> str | None:
        """Return why `value` is invalid, or None."""
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return "harus bilangan bulat"
        if not isinstance(value, self.type):
            return "harus berupa teks" if self.type is str else f"tipe harus {self.type.__name__}"
        if self.choices and value not in self.choices:
            return "harus salah satu dari: " + ", ".join(self.choices)
        if self.minimum is not None and value < self.minimum:
            return f"paling kecil {self.minimum}"
        if self.maximum is not None and value > self.maximum:
            return f"paling besar {self.maximum}"
        return self.check(value) if self.check else None


def _device_settings() -> list[Setting]:
    """`driver` and `simulate` of every kind, then the options its drivers declare."""
    settings = []
    for kind in DEVICE_KINDS:
        settings += [
            Setting(f"devices.{kind}.driver", str, "simulator",
                    f"Driver of the {kind.replace('_', ' ')}", choices=tuple(DRIVERS[kind])),
            Setting(f"devices.{kind}.simulate", str, "ok",
                    "What the simulator does: succeed, time out, act unplugged or read poorly",
                    choices=SIMULATION_MODES),
        ]
        settings += [Setting(f"devices.{kind}.{o.name}", o.type, o.default, o.description,
                             o.choices, o.minimum, o.maximum, o.check)
                     for o in driver_options(kind)]
    return settings


# `printing.printers.<document type>` names the system printer of one kind of document (e.g.
# `stamp = "Zebra_GK420"`); the keys are open-ended, so they are checked by pattern.
PRINTERS_TABLE = "printing.printers"
_DOCUMENT_TYPE = re.compile(r"[a-z][a-z0-9_]{0,63}")


SETTINGS: tuple[Setting, ...] = (
    Setting("office.code", str, "KANIM", "Code of the office this workstation belongs to",
            check=_check_code),
    Setting("office.name", str, "Kantor Imigrasi", "Name of the office"),
    Setting("office.timezone", str, "Asia/Jakarta",
            "Time zone of the office (Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT)",
            check=_check_timezone),
    Setting("workstation.id", str, "", "Identifier of this workstation (default: host name)"),
    Setting("server.url", str, "", "URL of the central Gapura server; empty for offline",
            check=_check_url),
    Setting("server.ca_file", str, "",
            "CA certificate file (PEM) trusted for the server's TLS; empty for the system's"),
    Setting("sync.interval_seconds", int, 30,
            "Seconds between background sync rounds while the server answers (after a failure "
            "the wait grows by exponential back-off, up to 5 minutes)", minimum=5, maximum=3600),
    Setting("sync.timeout_seconds", int, 30,
            "Seconds to wait for the server's answer to one request before giving up (the "
            "data stays and is sent again)", minimum=1, maximum=600),
    Setting("session.idle_lock_minutes", int, 5, "Minutes without input before the screen locks",
            minimum=1, maximum=240),
    Setting("session.max_failed_attempts", int, 5,
            "Failed sign-ins in a row that lock an account", minimum=1, maximum=100),
    Setting("session.lockout_minutes", int, 15, "How long a locked account stays locked",
            minimum=1, maximum=1440),
    Setting("ui.language", str, "id", "Language of the interface", choices=LANGUAGES),
    # Until the server leases number ranges (sync), each workstation with its own database is
    # given its own block of sequence numbers, so two of them never print the same number.
    Setting("numbering.first", int, 1,
            "First sequence number of this workstation's block of official numbers",
            minimum=1, maximum=999_999_999),
    Setting("numbering.last", int, 999_999_999,
            "Last sequence number of this workstation's block of official numbers",
            minimum=1, maximum=999_999_999),
    Setting("messaging.gateway", str, "simulator",
            "Where applicant notifications (WhatsApp/SMS) go: the simulator records them in "
            "the data dir's messages-sent.jsonl, http posts them to messaging.url",
            choices=("simulator", "http")),
    Setting("messaging.simulate", str, "ok",
            "What the messaging simulator does: accept, act unreachable (retried) or refuse",
            choices=("ok", "unreachable", "refused")),
    Setting("messaging.url", str, "",
            "URL of the WhatsApp/SMS gateway (http); its bearer token is kept in the secret "
            "store (`gapura messages token`)", check=_check_url),
    Setting("messaging.timeout_seconds", int, 10,
            "Seconds to wait for the messaging gateway's answer before trying again later",
            minimum=1, maximum=120),
    Setting("messaging.interval_seconds", int, 60,
            "Seconds between background rounds that send the queued applicant notifications",
            minimum=5, maximum=3600),
    Setting("printing.label_printer", str, "",
            "System (CUPS) printer of the entry/exit stamps and other labels; empty: the "
            "workstation printer (devices.printer)", check=check_printer_name),
    *_device_settings(),
)
SETTINGS_BY_KEY: Mapping[str, Setting] = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    """Validated configuration values, by dotted key."""

    path: Path
    values: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def office_code(self) -> str:
        return self.values["office.code"]

    @property
    def timezone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.values["office.timezone"])

    @property
    def workstation_id(self) -> str:
        return self.values["workstation.id"] or socket.gethostname()

    @property
    def language(self) -> str:
        return self.values["ui.language"]

    def device(self, kind: str) -> tuple[str, str]:
        """Driver name and simulation mode of one device kind."""
        return self.values[f"devices.{kind}.driver"], self.values[f"devices.{kind}.simulate"]

    def device_options(self, kind: str) -> dict[str, Any]:
        """The values of the kind's driver options (`devices.<kind>.<option>`), by option."""
        return {o.name: self.values[f"devices.{kind}.{o.name}"] for o in driver_options(kind)}

    def printers(self) -> dict[str, str]:
        """The system printer chosen per document type (`printing.printers.<type>`)."""
        prefix = PRINTERS_TABLE + "."
        return {key[len(prefix):]: value for key, value in self.values.items()
                if key.startswith(prefix)}

    def printer_for(self, document_type: str, *, label: bool = False) -> str:
        """The system printer of one document type: its own choice, else the label printer
        for labels (stamps), else "" for the workstation printer (`devices.printer`)."""
        chosen = self.values.get(f"{PRINTERS_TABLE}.{document_type}", "")
        if chosen:
            return chosen
        return self.values["printing.label_printer"] if label else ""


def defaults() -> dict[str, Any]:
    return {s.key: s.default for s in SETTINGS}


def setting_for(key: str) -> Setting | None:
    """The declared setting of `key`, or the printer choice of a document type."""
    setting = SETTINGS_BY_KEY.get(key)
    if setting is not None:
        return setting
    table, _, name = key.rpartition(".")
    if table == PRINTERS_TABLE and _DOCUMENT_TYPE.fullmatch(name):
        return Setting(key, str, "", f"System printer of the {name} documents",
                       check=check_printer_name)
    return None


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            flat.update(_flatten(value, key + "."))
        else:
            flat[key] = value
    return flat


def _line_of(text: str, dotted_key: str) -> int | None:
    """Line number (1-based) where `dotted_key` is assigned in TOML `text`."""
    table = ""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]", line)
        if header:
            table = header.group(1).replace(" ", "")
            continue
        assignment = re.match(r"([A-Za-z0-9_.\-\"' ]+?)\s*=", line)
        if assignment:
            name = assignment.group(1).replace(" ", "").replace('"', "").replace("'", "")
            if (f"{table}.{name}" if table else name) == dotted_key:
                return number
    return None


def _error(path: Path, line: int | None, key: str, why: str) -> ConfigError:
    where = f"{path}, baris {line}" if line else str(path)
    return ConfigError(
        QT_TRANSLATE_NOOP(
            "gapura",
            "Berkas konfigurasi tidak valid: {where}, kunci '{key}': {why}. "
            "Perbaiki berkas itu lalu jalankan Gapura lagi.",
        ),
        detail=f"invalid config {path} line {line} key {key}: {why}",
        where=where, key=key, why=why,
    )


def parse(text: str, path: Path) -> Config:
    """Validate TOML `text` of the file at `path` against `SETTINGS`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise _error(path, line, "-", f"kesalahan sintaks TOML ({exc})") from exc
    values = defaults()
    for key, value in _flatten(data).items():
        setting = setting_for(key)
        if setting is None:
            raise _error(path, _line_of(text, key), key, "kunci tidak dikenal")
        why = setting.validate(value)
        if why:
            raise _error(path, _line_of(text, key), key, why)
        values[key] = value
    return Config(path=path, values=values)


def load(path: Path) -> Config:
    """Read and validate the config file; a missing file gets the defaults written first."""
    if not path.exists():
        write(path, {})
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _error(path, None, "-", "bukan teks UTF-8") from exc
    return parse(text, path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def render(overrides: Mapping[str, Any]) -> str:
    """TOML text holding every setting, commented with its description."""
    values = {**defaults(), **overrides}
    lines = ["# Gapura workstation configuration. Edit with care; see `gapura config show`."]
    table = None
    for setting in SETTINGS:
        if setting.table != table:
            table = setting.table
            lines += ["", f"[{table}]"]
        note = f" ({', '.join(setting.choices)})" if setting.choices else ""
        lines.append(f"# {setting.description}{note}")
        lines.append(f"{setting.name} = {_toml_value(values[setting.key])}")
    chosen = sorted((key, value) for key, value in values.items()
                    if key.startswith(PRINTERS_TABLE + ".") and value)
    lines += ["", f"[{PRINTERS_TABLE}]",
              "# System printer per document type (e.g. stamp = \"Zebra_GK420\"); a type not "
              "named here prints on the workstation printer"]
    lines += [f"{key.rpartition('.')[2]} = {_toml_value(value)}" for key, value in chosen]
    return "\n".join(lines) + "\n"


def write(path: Path, overrides: Mapping[str, Any]) -> None:
    """Write a complete config file atomically (validated first)."""
    text = render(overrides)
    parse(text, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
