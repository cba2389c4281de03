"""Translation sources: extract with lupdate, compile with lrelease, list what is unfinished.

    python -m tools.i18n update    # refresh resources/i18n/*.ts from the code (keeps translations)
    python -m tools.i18n compile   # .ts -> .qm (run by ./dev.sh setup)
    python -m tools.i18n check     # exit 1 if a message lacks its translation
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCE_DIRS = ("app", "ui", "devices", "printing")
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found; install the project first (./dev.sh setup)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"gapura_{language}.ts"


def update(target: Path | None = None, language: str = "en") -> Path:
    """Run lupdate over the sources into `target` (default: the committed .ts)."""
    target = target or ts_file(language)
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-source-language", "id", "-target-language", language, "-ts", str(target)],
                   cwd=ROOT, check=True, capture_output=True)
    return target


def compile_all() -> list[Path]:
    built = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        built.append(qm)
    return built


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when missing or unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (translation is not None and translation.text
                    and translation.get("type") not in ("unfinished", "vanished", "obsolete"))
            result[(name, message.findtext("source") or "")] = (
                translation.text if done and translation is not None else None)
    return result


def unfinished(language: str = "en") -> list[tuple[str, str]]:
    return sorted(k for k, v in messages(ts_file(language)).items() if v is None)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for language in LANGUAGES:
            print(update(language=language))
    elif command == "compile":
        for qm in compile_all():
            print(qm)
    elif command == "check":
        missing = [item for language in LANGUAGES for item in unfinished(language)]
        for context, source in missing:
            print(f"untranslated [{context}] {source}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
