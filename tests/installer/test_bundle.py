"""The frozen build's declared contents against the repository, and the package layout, fast.

The full build (`python installer/build.py --smoke`) takes minutes and is not part of the test
command; these tests catch the usual way a frozen build breaks (a new migration, translation,
font or resource folder that the spec leaves out) in a second.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

from app.domain import permits, sop
from app.store import db
from installer import build, bundle
from printing import fonts
from server import db as server_db
from ui import i18n

REPO = bundle.REPO
PACKAGES = ("app", "devices", "printing", "server", "ui", "resources")


def _planned() -> set[tuple[str, str]]:
    """(repository-relative source, destination folder) of every data file in the build."""
    return {(Path(src).relative_to(REPO).as_posix(), dest) for src, dest in bundle.datas()}


def _tracked(*folders: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", *folders], cwd=REPO, text=True,
                         capture_output=True, check=True).stdout
    return out.split()


def test_every_migration_goes_into_the_build_beside_its_env():
    planned = _planned()
    for folder in ("app/store/migrations", "server/migrations"):
        scripts = [p for p in _tracked(folder) if p.endswith(".py") or p.endswith(".mako")]
        assert len(scripts) >= 4
        for script in scripts:
            assert (script, str(Path(script).parent.as_posix())) in planned, script


def test_every_translation_goes_in_compiled():
    sources = sorted(p for p in _tracked("resources/i18n") if p.endswith(".ts"))
    assert sources, "no translation sources"
    planned = _planned()
    for ts in sources:
        assert (ts[:-3] + ".qm", "resources/i18n") in planned, ts


def test_every_font_goes_in_with_its_licence():
    fonts_tracked = [p for p in _tracked("resources/fonts")]
    assert any(p.endswith(".ttf") for p in fonts_tracked)
    planned = _planned()
    for path in fonts_tracked:
        assert (path, "resources/fonts") in planned, path
    # reportlab's own fonts (the standard PDF fonts' metrics) come from its package.
    assert ("reportlab", ("fonts/*",)) in bundle.PACKAGE_DATA


def test_every_data_file_of_the_packages_is_in_the_build():
    """A new resource folder or file kind must be added to bundle.DATA_DIRS, not forgotten."""
    planned_sources = {src for src, _dest in _planned()}
    data_files = [p for p in _tracked(*PACKAGES)
                  if not p.endswith(".py") or "/migrations/" in p]
    data_files = [p for p in data_files if not p.endswith(".ts")]  # go in as .qm (above)
    missing = [p for p in data_files if p not in planned_sources]
    assert missing == []


def test_data_lands_where_the_code_looks_for_it():
    """The code finds its data next to its modules; the build keeps the same relative paths."""
    destinations = {dest for _src, dest in bundle.datas()}
    for folder in (sop.SOP_DIR, permits.PERMITS_DIR, fonts.FONT_DIR, i18n.I18N_DIR,
                   db.MIGRATIONS, db.MIGRATIONS / "versions", server_db.MIGRATIONS):
        assert folder.resolve().relative_to(REPO).as_posix() in destinations, folder


def test_qt_modules_imported_by_the_ui_are_declared_and_not_excluded():
    imported = set()
    for path in REPO.glob("ui/**/*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module.split(".")[1])
    assert imported, "no Qt imports found under ui/"
    assert imported <= set(bundle.QT_MODULES)
    assert not {f"PySide6.{m}" for m in imported} & set(bundle.EXCLUDES)
    # Gapura's own packages are all collected: app.cli loads app.commands.* by name.
    assert {"app", "ui", "printing", "devices", "server"} <= set(bundle.HIDDEN_IMPORT_PACKAGES)


def test_scikit_image_and_scipy_stay_out_of_the_build():
    """Test-only since the face checks run on OpenCV's cascade: no shipped module imports them
    (in a function or not), and the build excludes them should a venv carry them."""
    offenders = []
    for package in (*PACKAGES, "installer", "benchmarks"):
        for path in REPO.glob(f"{package}/**/*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(name.split(".")[0] in {"skimage", "scipy"} for name in names):
                    offenders.append(path.relative_to(REPO).as_posix())
    assert offenders == []
    assert {"skimage", "scipy"} <= set(bundle.EXCLUDES)


def test_dropped_files_are_only_unused_qt_parts_and_locales():
    assert bundle.dropped("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle.dropped("PySide6/Qt/lib/libQt6Quick.so.6")
    assert bundle.dropped("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo")
    for kept in ("PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
                 "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                 "resources/i18n/gapura_en.qm", "pycountry/databases/iso3166-1.json"):
        assert not bundle.dropped(kept), kept


def test_faker_keeps_the_locales_the_demo_uses_and_what_they_build_on():
    from faker import Faker

    used = set()
    for path in REPO.glob("app/demo*.py"):
        used |= set(re.findall(r'"([a-z]{2}_[A-Z]{2})"', path.read_text(encoding="utf-8")))
    assert used and used <= set(bundle.FAKER_LOCALES)
    kept = bundle.faker_kept()
    providers = Path(__import__("faker").__file__).parent / "providers"
    for locale in used:  # each provider's own module for the locale, where Faker has one
        for provider in ("address", "person", "lorem"):
            has = (providers / provider / locale / "__init__.py").is_file()
            assert ((provider, locale) in kept) == has, (provider, locale)
            assert bundle.dropped_module(f"faker.providers.{provider}.{locale}") != has
    # What a kept locale imports, and a provider's default locale, are kept too.
    assert ("lorem", "nl_BE") in kept  # nl_NL's lorem is nl_BE's word list
    assert ("lorem", "la") in kept  # the default of lorem
    assert not bundle.dropped_module("faker.providers.person")
    assert bundle.dropped_module("faker.providers.address.pt_BR")
    assert bundle.dropped("faker/providers/address/pt_BR/__init__.py")
    # Every module a kept locale imports is kept: loading them all as the demo's Fakers do.
    import importlib

    for provider, locale in kept:
        module = importlib.import_module(f"faker.providers.{provider}.{locale}")
        for sibling in re.findall(r"^from \.\.(\w+) import", Path(module.__file__).read_text(
                encoding="utf-8"), re.M):
            assert (provider, sibling) in kept, (provider, locale, sibling)
    assert Faker("nl_NL").name()


def test_deb_depends_on_the_qt_libraries_dev_sh_installs_and_the_system_libraries_linked():
    packages = build.qt_packages()
    assert "libcups2" in packages and "libxcb-cursor0" in packages
    control = build.control_file("1.2.3", 1000, {"libgnutls30", "libcups2", "libc6"})
    depends = re.search(r"^Depends: (.*)$", control, re.M).group(1).split(", ")
    assert depends == [*packages, "libc6", "libgnutls30"]  # each once, Qt's first
    assert re.search(r"^Version: 1\.2\.3$", control, re.M)


def test_system_libraries_are_left_to_their_debian_packages(tmp_path):
    """What a Debian package owns stays out of the build (the .deb depends on the package);
    a library of a wheel or of pyenv's Python is no package's and stays in."""
    libc = next(str(p) for p in (Path("/lib/x86_64-linux-gnu/libc.so.6"),
                                 Path("/usr/lib/x86_64-linux-gnu/libc.so.6")) if p.exists())
    wheel_lib = tmp_path / "libfromawheel.so.1"
    wheel_lib.write_bytes(b"\x7fELF")
    assert bundle.debian_owners([libc, str(wheel_lib)]) == {libc: "libc6"}


def test_slim_opencv_builds_only_what_the_camera_uses():
    """The freeze venv's OpenCV (decision 0029): the modules devices/ calls, no FFmpeg or
    BLAS; a changed option is a new cache key, so a stale build is never reused."""
    from installer import freeze_env

    assert not any(r.lower().startswith("opencv") for r in freeze_env.runtime_requirements())
    assert any(r.lower().startswith("pyinstaller") for r in freeze_env.runtime_requirements())
    used = set()
    for package in ("devices", "app", "ui"):
        for path in REPO.glob(f"{package}/**/*.py"):
            used |= set(re.findall(r"\bcv2\.([A-Za-z]\w*)\(", path.read_text(encoding="utf-8")))
    # Each function the code calls, by the module that provides it.
    module_of = {"VideoCapture": "videoio", "imdecode": "imgcodecs", "imencode": "imgcodecs",
                 "imread": "imgcodecs", "CascadeClassifier": "objdetect", "VideoWriter": "videoio",
                 "VideoWriter_fourcc": "videoio"}
    for name in used:
        assert module_of.get(name, "imgproc") in freeze_env.OPENCV_MODULES, name
    options = freeze_env.OPENCV_OPTIONS
    assert options["WITH_FFMPEG"] == options["WITH_LAPACK"] == options["WITH_IPP"] == "OFF"
    key = freeze_env.opencv_key("4.14.0.94", "3.11")
    assert key == freeze_env.opencv_key("4.14.0.94", "3.11")
    assert key != freeze_env.opencv_key("4.14.0.95", "3.11")
    options["WITH_TIFF"] = "ON"
    try:
        assert key != freeze_env.opencv_key("4.14.0.94", "3.11")
    finally:
        options["WITH_TIFF"] = "OFF"


def test_deb_installs_into_a_prefix_and_its_command_runs_there(tmp_path, qapp):
    """The package layout with a stand-in for the frozen folder: /usr/bin/gapura must reach
    /opt/gapura/gapura inside any prefix (dpkg -x), the desktop entry and icon be in place."""
    folder = tmp_path / "dist" / "gapura"
    (folder / "_internal").mkdir(parents=True)
    stub = folder / "gapura"
    stub.write_text('#!/bin/sh\necho "frozen gapura $*"\n')
    stub.chmod(0o755)
    icons = build.make_icons(tmp_path / "icons")
    deb = build.build_deb(folder, tmp_path / "out", "9.8.7", icons["png"])

    info = subprocess.run(["dpkg-deb", "--field", deb, "Package", "Version"], text=True,
                          capture_output=True, check=True).stdout
    assert info.split() == ["Package:", "gapura", "Version:", "9.8.7"]
    prefix = tmp_path / "prefix"
    subprocess.run(["dpkg", "-x", deb, prefix], check=True)
    result = subprocess.run([prefix / "usr" / "bin" / "gapura", "version"], text=True,
                            capture_output=True, check=True)
    assert result.stdout == "frozen gapura version\n"
    desktop = (prefix / "usr/share/applications/gapura.desktop").read_text()
    assert "Exec=gapura\n" in desktop and "Icon=gapura\n" in desktop
    assert (prefix / "usr/share/icons/hicolor/256x256/apps/gapura.png").read_bytes()[:4] == \
        b"\x89PNG"


def test_windows_setup_script_matches_the_build():
    iss = (REPO / "installer" / "windows" / "gapura.iss").read_text(encoding="utf-8")
    dist = re.search(r'#define Dist "(.*)"', iss).group(1).replace("\\", "/")
    assert (REPO / "installer" / "windows" / dist).resolve() == REPO / "dist" / bundle.APP_NAME
    # The console program and its windowed twin, as gapura.spec names them.
    spec = (REPO / "installer" / "gapura.spec").read_text(encoding="utf-8")
    assert 'name=f"{bundle.APP_NAME}w", console=False' in spec
    assert f"{{app}}\\{bundle.APP_NAME}w.exe" in iss and f"{{app}}\\{bundle.APP_NAME}.exe" in iss
    # Program per machine, data under ProgramData through GAPURA_HOME, which paths.py reads.
    from app.paths import HOME_ENV

    assert "DefaultDirName={autopf}\\{#AppName}" in iss and "PrivilegesRequired=admin" in iss
    assert f'ValueName: "{HOME_ENV}"; ValueData: "{{commonappdata}}\\Gapura"' in iss
    assert "SetupIconFile=..\\build\\gapura.ico" in iss
