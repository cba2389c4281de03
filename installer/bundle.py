"""What the frozen build holds: package data, hidden imports and the Qt modules, declared once.

`installer/gapura.spec` (PyInstaller) reads these lists, and tests/installer/test_bundle.py checks
them against the repository, so a new migration, translation, font or resource folder cannot be
left out of the build unnoticed. Plain Python: no PyInstaller import, so the test runs without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_NAME = "gapura"


@dataclass(frozen=True)
class DataDir:
    """Files under `source` (repository-relative) matching `patterns`, copied to the same
    relative folder of the build: the code finds them next to its own modules
    (`Path(__file__).parent / ...`), which PyInstaller keeps under the bundle's root."""

    source: str
    patterns: tuple[str, ...]
    why: str

    def files(self, repo: Path = REPO) -> list[Path]:
        root = repo / self.source
        found: set[Path] = set()
        for pattern in self.patterns:
            found.update(p for p in root.glob(pattern) if p.is_file())
        return sorted(found)


DATA_DIRS: tuple[DataDir, ...] = (
    DataDir("app/store/migrations", ("env.py", "script.py.mako", "versions/*.py"),
            "Alembic loads the workstation's migrations as source files"),
    DataDir("server/migrations", ("env.py", "script.py.mako", "versions/*.py"),
            "the same for `gapura server run`"),
    DataDir("server", ("openapi.json",), "the server's published API description"),
    DataDir("resources/fonts", ("*.ttf", "LICENSE-*.txt"), "DejaVu for the printed documents"),
    DataDir("resources/sops", ("*.toml",), "the SOPs as data"),
    DataDir("resources/permits", ("*.toml",), "stay-permit rules as data"),
    DataDir("resources/camera", ("*.xml", "*.jpg", "README.txt"),
            "the face cascade of the ICAO photo checks and the camera simulator's sample face"),
)

# Third-party packages whose data files the build must carry (PyInstaller's own hooks cover
# cv2, pycountry, faker, tzdata, keyring and the Qt plugins).
PACKAGE_DATA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("reportlab", ("fonts/*",)),  # the standard PDF fonts' metrics and Vera
    ("holidays", ("locale/**/*.mo",)),  # holiday names; no hook upstream
    ("alembic", ("templates/**/*",)),
)

# Modules imported by name at run time, which PyInstaller's import analysis cannot see. All of
# Gapura's own packages: app/cli.py loads app.commands.* with pkgutil, Alembic's env.py imports
# the model modules that the app itself loads only where they are used.
HIDDEN_IMPORT_PACKAGES: tuple[str, ...] = (
    "app", "devices", "printing", "server", "ui",
    "holidays.countries",  # holidays loads its country modules lazily by name
    "holidays.financial",
)
HIDDEN_IMPORTS: tuple[str, ...] = (
    "logging.config",  # alembic's env.py
    "sqlalchemy.dialects.sqlite",
    "uvicorn.lifespan.on",
    "uvicorn.protocols.http.h11_impl",
)

# The Qt modules Gapura imports (ui/): only these and their dependencies are bundled.
QT_MODULES: tuple[str, ...] = (
    "QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets",
    "QtCharts",  # the Laporan screen's charts (ui/reports)
)
# Qt modules and packages never wanted in the build even if something mentions them.
EXCLUDES: tuple[str, ...] = (
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "IPython", "matplotlib",
    # Test-only since the face checks run on OpenCV's own cascade (decision 0022): with SciPy
    # under it, 145 MB the build would carry if a development venv's copy slipped in.
    "skimage", "scipy",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtMultimedia",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSvg",
    "PySide6.QtSvgWidgets", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtHelp",
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtXml", "PySide6.QtConcurrent",
    # The workstation's database is SQLite: the server's PostgreSQL driver stays out (an
    # office's central server runs from the Python package, see installer/README.md), and so do
    # pyHanko's optional aiohttp fetchers (document signing works offline).
    "psycopg", "psycopg_binary", "psycopg_c", "aiohttp",
    # Build tools, reached only through cffi's compiler shim; bundled, PyInstaller would also
    # import pkg_resources at every start (its runtime hooks), a few hundred milliseconds.
    "setuptools", "pkg_resources", "distutils", "_distutils_hack", "pip",
)

# Files PyInstaller's hooks collect that Gapura never loads, by their path in the build (fnmatch).
# The smoke test checks afterwards that every library left still finds all its dependencies.
DROP: tuple[str, ...] = (
    "PySide6/Qt/translations/*",  # Qt's own texts: ui/i18n.py loads only Gapura's .qm
    # The virtual keyboard input context pulls in Qt Quick and QML (20 MB) for nothing.
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*", "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Qml*",
    "libQt6VirtualKeyboard*", "libQt6Quick*", "libQt6Qml*",
    # The GTK3 platform theme links GTK, which is not bundled anyway; Qt falls back to its own.
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "libatk-1.0.so*", "libcairo*.so*", "libpango*.so*", "libgdk_pixbuf*.so*", "libpixman*.so*",
    "libthai.so*", "libdatrie.so*", "libfribidi.so*",
    # Wayland: its client libraries are not among the Qt packages dev.sh installs (and the .deb
    # depends on); on a Wayland desktop Qt falls back to xcb through XWayland.
    "PySide6/Qt/plugins/platforms/libqwayland*", "PySide6/Qt/plugins/wayland-*",
    "PySide6/Qt/lib/libQt6WaylandClient*", "PySide6/Qt/lib/libQt6WlShellIntegration*",
    "libQt6WaylandClient*", "libQt6WlShellIntegration*",
    "pycountry/locales/*",  # country names in 100 languages; Gapura uses its own (app/domain)
    # Pillow's AVIF plugin and its library (5 MB): no photo Gapura reads or writes is AVIF.
    "PIL/_avif.*", "pillow.libs/libavif-*", "libavif-*",
)


# Faker's locales the demo makes people in (app/demo.py); with what they build on (their
# language, another locale: `from ..nl_BE import`), and the providers' own default locales
# (its lorem is Latin), found in the installed Faker. The other 80-odd locales (11 MB of
# providers) stay out of the build.
FAKER_LOCALES: tuple[str, ...] = (
    "en_US", "id_ID", "en_AU", "en_GB", "en_IN", "de_DE", "fr_FR", "nl_NL", "ja_JP", "ru_RU",
    "vi_VN", "zh_CN",
)
_FAKER_LOCALE = re.compile(
    r"faker/providers/(?P<provider>[a-z_]+)/(?P<locale>[a-z]{2,3}(_[A-Z]{2})?)/")
_SIBLING = re.compile(r"^from \.\.(\w+) import", re.M)


@cache
def faker_kept() -> frozenset[tuple[str, str]]:
    """(provider, locale) pairs of the installed Faker that the build keeps."""
    import faker.providers

    kept: set[tuple[str, str]] = set()
    for provider in Path(faker.providers.__file__).parent.iterdir():
        if not (provider / "__init__.py").is_file():
            continue
        default = re.search(r'^default_locale = "(\w+)"',
                            (provider / "__init__.py").read_text(encoding="utf-8"), re.M)
        todo = [*FAKER_LOCALES, "en_US", *([default.group(1)] if default else [])]
        while todo:
            locale = todo.pop()
            init = provider / locale / "__init__.py"
            if (provider.name, locale) in kept or not init.is_file():
                continue
            kept.add((provider.name, locale))
            todo += _SIBLING.findall(init.read_text(encoding="utf-8"))
    return frozenset(kept)


def dropped(dest: str) -> bool:
    """Whether a file at `dest` (its path in the build, '/'-separated) is left out."""
    from fnmatch import fnmatch

    dest = dest.replace("\\", "/")
    faker = _FAKER_LOCALE.match(dest)
    if faker is not None:
        return (faker.group("provider"), faker.group("locale")) not in faker_kept()
    return any(fnmatch(dest, pattern) for pattern in DROP)


def debian_owners(paths: Iterable[str]) -> dict[str, str]:
    """The Debian package owning each of `paths` (a system library), for those a package owns.

    On Debian the build leaves such libraries out and the .deb depends on their packages
    instead (build.py reads the links of what is left with ldd, as dpkg-shlibdeps would): a
    package carries its own libraries and uses the system's. Libraries of a venv, of pyenv's
    Python or of a wheel belong to no package and stay in. Empty where dpkg is not there.
    """
    import os
    import shutil
    import subprocess

    if shutil.which("dpkg-query") is None:
        return {}
    # dpkg records a file under the path it was shipped with: /lib/... or /usr/lib/... (usrmerge).
    candidates: dict[str, str] = {}
    for path in paths:
        real = os.path.realpath(path)
        for form in {path, real, real.removeprefix("/usr"), "/usr" + real}:
            candidates[form] = path
    result = subprocess.run(["dpkg-query", "-S", *candidates], text=True, capture_output=True)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():  # "libx11-6:amd64: /lib/x86_64-linux-gnu/libX11.so.6"
        package, _, file = line.rpartition(": ")
        if file in candidates and "," not in package:  # one owner, not a diversion
            owners[candidates[file]] = package.split(":")[0]
    return owners


def dropped_module(name: str) -> bool:
    """Whether the Python module `name` (dotted) is left out, by the same rules as files."""
    return dropped(name.replace(".", "/") + "/__init__.py")


def translation_sources(repo: Path = REPO) -> list[Path]:
    """The .ts files; each must reach the build as its compiled .qm."""
    return sorted((repo / "resources" / "i18n").glob("*.ts"))


def datas(repo: Path = REPO) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for PyInstaller's `datas`."""
    pairs = []
    for data_dir in DATA_DIRS:
        for path in data_dir.files(repo):
            pairs.append((str(path), path.parent.relative_to(repo).as_posix()))
    # Each .ts source goes in compiled, as the .qm Qt loads; build.py compiles them first (as
    # dev.sh does), and PyInstaller stops on a .qm that is missing.
    for ts in translation_sources(repo):
        pairs.append((str(ts.with_suffix(".qm")), ts.parent.relative_to(repo).as_posix()))
    return pairs


def missing_translations(repo: Path = REPO) -> list[Path]:
    """The .qm files that the .ts sources need and that are not compiled (or are stale)."""
    missing = []
    for ts in translation_sources(repo):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            missing.append(qm)
    return missing
