"""Layer rules of DESIGN.md, checked on the code itself."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADLESS = ("app", "devices", "printing", "server")


def _modules(package: str) -> list[str]:
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_headless_packages_never_load_qt():
    modules = [m for package in HEADLESS for m in _modules(package)]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n    importlib.import_module(name)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_only_ui_imports_qt_in_source():
    offenders = [str(p.relative_to(ROOT)) for package in HEADLESS
                 for p in (ROOT / package).rglob("*.py") if "PySide6" in _imports(p)]
    assert offenders == []


def test_domain_imports_no_qt_sqlalchemy_or_network():
    forbidden = {"PySide6", "shiboken6", "sqlalchemy", "alembic", "httpx", "cv2"}
    offenders = {str(p.relative_to(ROOT)): sorted(_imports(p) & forbidden)
                 for p in (ROOT / "app" / "domain").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_start_up_path_does_not_load_the_screening_libraries():
    """The sign-in window waits for app.services and ui.app; numpy, rapidfuzz and reportlab
    load with the first screening or document instead (benchmarks/startup.py budget)."""
    code = ("import sys, app.services, ui.app\n"
            "print(sorted({m.split('.')[0] for m in sys.modules}"
            " & {'numpy', 'rapidfuzz', 'reportlab', 'pypdf'}))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"
