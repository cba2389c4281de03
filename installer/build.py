"""Build Gapura for this platform: the frozen one-folder build, then its package.

    python installer/build.py            freeze into dist/gapura/ (+ dist/gapura_<v>_amd64.deb on
                                         Debian; on Windows then run Inno Setup, see README.md)
    python installer/build.py --smoke    build, install the .deb into a temp prefix, start it there
                                         offscreen, print one JSON object with size and start time;
                                         exits non-zero on any failure

Run it with the project's venv Python (`.venv/bin/python installer/build.py`): PyInstaller
bundles the interpreter and packages it runs in.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

if __package__:  # imported as installer.build (the tests)
    from installer import bundle, freeze_env
else:  # run as a script: python installer/build.py
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bundle
    import freeze_env

REPO = bundle.REPO
INSTALLER = REPO / "installer"
READY = "GAPURA-READY"
START_RUNS = 3


class BuildError(Exception):
    """A build or smoke step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"==> {message}", file=sys.stderr, flush=True)


def version() -> str:
    sys.path.insert(0, str(REPO))
    from app import __version__

    return __version__


def run(*cmd: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], text=True, capture_output=True, **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{' '.join(map(str, cmd))} exited {result.returncode}:\n"
                         f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


# -- build ----------------------------------------------------------------------------------


def compile_translations() -> None:
    """The .qm files (not in git), as dev.sh compiles them."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise BuildError("pyside6-lrelease not found next to this Python; run ./dev.sh setup")
    for ts in bundle.translation_sources():
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))
    if bundle.missing_translations():
        raise BuildError(f"translations not compiled: {bundle.missing_translations()}")


def make_icons(out: Path) -> dict[str, Path]:
    """The application icon as PNG (Linux) and ICO (Windows), drawn with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    out.mkdir(parents=True, exist_ok=True)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#7a1f1f"))  # the dark red of the immigration service
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 40, 40)
    painter.setPen(QColor("#f5d76e"))
    font = QFont("DejaVu Sans", 150, QFont.Weight.Bold)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 256, 256), Qt.AlignmentFlag.AlignCenter, "G")
    painter.end()
    icons = {"png": out / "gapura.png", "ico": out / "gapura.ico"}
    for kind, path in icons.items():
        if not image.save(str(path), kind.upper()):
            raise BuildError(f"could not write the {kind} icon {path}")
    return icons


def freeze(dist: Path, work: Path) -> Path:
    """PyInstaller's one-folder build into dist/gapura."""
    compile_translations()
    make_icons(INSTALLER / "build")
    try:
        python = freeze_env.prepare(Path(sys.executable), log)
    except freeze_env.EnvError as error:
        raise BuildError(str(error)) from error
    log("PyInstaller (a few minutes)")
    run(python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work, INSTALLER / "gapura.spec", cwd=REPO)
    folder = dist / bundle.APP_NAME
    if not (folder / executable_name()).exists():
        raise BuildError(f"PyInstaller made no {folder / executable_name()}")
    strip_python(folder)
    return folder


def strip_python(folder: Path) -> None:
    """Strip the debug symbols of the Python runtime (pyenv builds keep them: libpython is 23
    MB, 5.5 MB stripped). Only the interpreter's own libraries: the wheels' are stripped
    already, and stripping a library that auditwheel patched can break it."""
    strip = shutil.which("strip")
    if sys.platform != "linux" or strip is None:
        return
    internal = folder / "_internal"
    for path in [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]:
        if path.is_file() and not path.is_symlink():
            run(strip, "--strip-unneeded", path)


def executable_name() -> str:
    return f"{bundle.APP_NAME}.exe" if sys.platform == "win32" else bundle.APP_NAME


# -- Debian package -------------------------------------------------------------------------


def qt_packages(dev_sh: Path = REPO / "dev.sh") -> list[str]:
    """The Debian packages of Qt's system libraries, as dev.sh lists them (one source)."""
    match = re.search(r"^QT_PACKAGES=\((.*?)^\)", dev_sh.read_text(), re.S | re.M)
    if match is None:
        raise BuildError("QT_PACKAGES not found in dev.sh")
    return [word for word in match.group(1).split() if not word.startswith("#")]


DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Gapura
GenericName=Immigration office workstation
GenericName[id]=Workstation kantor imigrasi
Comment=Counter checks, stay permits, passports and case work of the immigration office
Comment[id]=Pemeriksaan, izin tinggal, paspor dan perkara kantor imigrasi
Exec=gapura
Icon=gapura
Terminal=false
Categories=Office;
StartupWMClass=gapura
"""


def depends(system: Iterable[str] = ()) -> list[str]:
    """The .deb's Depends: Qt's system libraries as dev.sh installs them (some are loaded with
    dlopen, so no link names them), then the packages of the system libraries the build links
    to (`system_packages`)."""
    qt = qt_packages()
    return [*qt, *sorted(set(system) - set(qt))]


def control_file(ver: str, installed_kb: int, system: Iterable[str] = ()) -> str:
    return (f"Package: gapura\nVersion: {ver}\nArchitecture: amd64\n"
            "Maintainer: Gapura <tikkim@imigrasi.example>\nSection: misc\nPriority: optional\n"
            f"Installed-Size: {installed_kb}\nDepends: {', '.join(depends(system))}\n"
            "Description: Gapura immigration office workstation\n"
            " The workstation application of an Indonesian immigration office: counter checks,\n"
            " stay permits, passports, case work and printing, offline first. It bundles its\n"
            " own Python and Qt; data and configuration stay in each user's directories.\n")


def stage_deb(folder: Path, stage: Path, ver: str, icon: Path) -> Path:
    """The package's file tree: /opt/gapura, /usr/bin/gapura, desktop entry, icon."""
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / bundle.APP_NAME
    shutil.copytree(folder, opt, symlinks=True)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # Relative, so it also works inside a prefix (dpkg -x, --instdir); the PyInstaller
    # bootloader finds its folder through /proc/self/exe, i.e. with the link resolved.
    (usr_bin / bundle.APP_NAME).symlink_to(Path("../../opt") / bundle.APP_NAME / bundle.APP_NAME)
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "gapura.desktop").write_text(DESKTOP_ENTRY)
    icon_dir = stage / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icon_dir.mkdir(parents=True)
    shutil.copy2(icon, icon_dir / "gapura.png")
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    (debian / "control").write_text(control_file(ver, installed_kb, system_packages(folder)))
    # Program files only: every user's data and config live in their own directories and are
    # never touched by installing, upgrading or removing the package.
    return stage


def build_deb(folder: Path, out_dir: Path, ver: str,
              icon: Path = INSTALLER / "build" / "gapura.png") -> Path:
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found: the .deb is built on Debian")
    stage = stage_deb(folder, out_dir / "deb-stage", ver, icon)
    deb = out_dir / f"gapura_{ver}_amd64.deb"
    log(f"dpkg-deb -> {deb.name}")
    # gzip: xz takes minutes on half a gigabyte of mostly compressed libraries, for 10 % less.
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", stage, deb)
    shutil.rmtree(stage)
    return deb


# -- smoke test -----------------------------------------------------------------------------


def clean_env(home: Path) -> dict[str, str]:
    """No Python of ours on the way: the installed program must bring its own."""
    keep = ("HOME", "USER", "LANG", "TMPDIR", "XDG_RUNTIME_DIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(PATH="/usr/bin:/bin", GAPURA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


@functools.cache
def library_links(folder: Path) -> dict[Path, list[str]]:
    """What ldd prints for each library of the build (and the program): one line per link,
    `name => path` or `name => not found`. Empty where ldd is not there (not Linux). Read once
    per build (about 10 s): the .deb's Depends and the smoke test's check both use it, and the
    folder does not change after freezing."""
    if shutil.which("ldd") is None:
        return {}
    internal = folder / "_internal"
    dirs = sorted({str(p.parent) for p in internal.rglob("*.so*")})
    env = {"LD_LIBRARY_PATH": ":".join([str(internal), *dirs]), "PATH": "/usr/bin:/bin"}
    links = {}
    for path in [folder / executable_name(), *sorted(internal.rglob("*.so*"))]:
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], text=True, capture_output=True, env=env)
        links[path] = [line.strip() for line in result.stdout.splitlines()]
    return links


def missing_libraries(folder: Path) -> list[str]:
    """Libraries of the build that do not find a dependency (ldd's 'not found')."""
    problems = []
    for path, lines in library_links(folder).items():
        for line in lines:
            problem = f"{path.relative_to(folder)}: {line}"
            if "not found" in line and problem not in problems:
                problems.append(problem)
    return problems


def system_packages(folder: Path) -> set[str]:
    """The Debian packages of the system libraries that the build links to, outside itself
    (what dpkg-shlibdeps would find)."""
    outside = set()
    for lines in library_links(folder).values():
        for line in lines:
            target = line.partition("=> ")[2].split(" (", 1)[0].strip()
            if target.startswith("/") and not Path(target).resolve().is_relative_to(
                    folder.resolve()):
                outside.add(target)
    owners = bundle.debian_owners(sorted(outside))
    strays = sorted(outside - set(owners))
    if strays and shutil.which("dpkg-query"):
        # Neither in the build nor in a package the .deb can depend on: a target machine
        # would not have it.
        raise BuildError("the build links to libraries no Debian package owns: "
                         + ", ".join(strays))
    return set(owners.values())


def timed_start(gapura: Path, home: Path, expect: str, display: str | None = None) -> float:
    """Seconds from starting the program to its first window shown: offscreen, or on the X
    server `display` through Qt's xcb platform, as on an office's Linux desktop."""
    env = {**clean_env(home), "GAPURA_EXIT_WHEN_READY": "1"}
    if display is not None:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    start = time.perf_counter()
    proc = subprocess.Popen([str(gapura)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == f"{READY} {expect}":
            elapsed = time.perf_counter() - start
            break
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise BuildError(f"gapura did not exit after showing the {expect} window") from None
    if elapsed is None:
        raise BuildError(f"gapura never showed the {expect} window (exit {proc.returncode}):\n"
                         f"{err[-3000:]}")
    if proc.returncode != 0:
        raise BuildError(f"gapura exited {proc.returncode} after the {expect} window:\n{err}")
    return elapsed


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A virtual X server (Xvfb) for the time of the block; yields its DISPLAY."""
    if shutil.which("Xvfb") is None:
        raise BuildError("Xvfb not found: the smoke test starts the program on an X server too "
                         "(apt-get install xvfb)")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:  # Xvfb writes its display number when ready
            number = announced.readline().strip()
        if not number:
            raise BuildError(f"Xvfb did not start (exit {proc.poll()})")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


PEER_CHILD = """
import sys
from ui.app import run_gui
sys.exit(run_gui())
"""


def timed_source_start(home: Path) -> float:
    """The same start from the source tree with this Python: the peer of the frozen start,
    measured alongside it so both see the same machine load."""
    env = {**os.environ, "GAPURA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "GAPURA_EXIT_WHEN_READY": "1", "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PEER_CHILD], env=env, text=True,
                            capture_output=True, timeout=120, cwd=REPO)
    elapsed = time.perf_counter() - start
    if f"{READY} sign-in" not in result.stdout:
        raise BuildError(f"the source tree's GUI did not start: {result.stderr[-3000:]}")
    return elapsed


def old_database(path: Path, revision: str) -> None:
    """A database of an older Gapura, made with this checkout's migrations."""
    sys.path.insert(0, str(REPO))
    from app.store.db import make_engine, upgrade

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine, revision)
    engine.dispose()


def du_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*")
                     if p.is_file() and not p.is_symlink()) / 1e6, 1)


def smoke(deb: Path, folder: Path) -> dict[str, object]:
    """Install `deb` into a temp prefix and run the installed program there."""
    ver = version()
    problems = missing_libraries(folder)
    if problems:
        raise BuildError("libraries with unresolved dependencies:\n" + "\n".join(problems))
    with tempfile.TemporaryDirectory(prefix="gapura-smoke-") as tmp:
        root = Path(tmp)
        prefix = root / "prefix"
        log(f"dpkg -x {deb.name} {prefix}")
        run("dpkg-deb", "--info", deb)
        run("dpkg", "-x", deb, prefix)
        gapura = prefix / "usr" / "bin" / bundle.APP_NAME
        desktop = prefix / "usr" / "share" / "applications" / "gapura.desktop"
        if not gapura.is_symlink() or not desktop.exists():
            raise BuildError("the package lacks /usr/bin/gapura or its desktop entry")

        home = root / "home"
        out = run(gapura, "version", env=clean_env(home)).stdout
        if not out.startswith(f"gapura {ver} (schema "):
            raise BuildError(f"unexpected `gapura version`: {out!r}")

        # A new workstation: the first start shows the setup wizard.
        first_run_s = timed_start(gapura, home, "first-run")
        # Rolled out with a ready config.toml: straight to the database and the sign-in window.
        sys.path.insert(0, str(REPO))
        from app import config
        from app.paths import instance_paths

        config.write(instance_paths(home).config_file,
                     {"office.code": "SMOKE", "workstation.id": "WS-SMOKE"})
        out = run(gapura, "db", "upgrade", env=clean_env(home)).stdout
        head = re.search(r"schema (\w+)", run(gapura, "version", env=clean_env(home)).stdout)
        if head is None or f"at revision {head.group(1)}" not in out:
            raise BuildError(f"unexpected `gapura db upgrade`: {out!r}")
        starts, peers = [], []
        for _ in range(START_RUNS):  # interleaved, so machine noise hits both alike
            starts.append(timed_start(gapura, home, "sign-in"))
            peers.append(timed_source_start(home))
        # On an X server, through the xcb platform plugin and the system's X libraries the
        # .deb depends on, as on a desktop.
        with x_server() as display:
            x11_s = timed_start(gapura, home, "sign-in", display)

        # An update over an older version's data: backed up, then migrated.
        upgraded = root / "upgraded"
        old_database(instance_paths(upgraded).database, "0012")
        config.write(instance_paths(upgraded).config_file, {})
        run(gapura, "db", "upgrade", env=clean_env(upgraded))
        backups = run(gapura, "db", "backups", env=clean_env(upgraded)).stdout
        if "before-upgrade-from-0012" not in backups:
            raise BuildError(f"no backup listed after upgrading: {backups!r}")

        # The demo workspace: documents printed to PDF, devices, reference data.
        demo = root / "demo"
        run(gapura, "demo", "--no-gui", env=clean_env(demo), timeout=600)

        # The camera on the slim OpenCV (decision 0029): a recorded booth through capture,
        # the ICAO checks and the passport crop, as a counter's camera.
        from devices.camera import sample_portrait, write_video

        booth = write_video(root / "booth.avi", [
            sample_portrait(640, 480, head=0.55, shift=0.002 * (i % 2)) for i in range(12)])
        out = run(gapura, "devices", "camera-test", "--source", booth, "--out",
                  root / "photo.jpg", env=clean_env(demo)).stdout
        if not json.loads(out)["ok"] or (root / "photo.jpg").read_bytes()[:2] != b"\xff\xd8":
            raise BuildError(f"the camera test on a recorded booth failed: {out!r}")

        return {
            "version": ver,
            "folder_mb": du_mb(prefix / "opt" / bundle.APP_NAME),
            "deb_mb": round(deb.stat().st_size / 1e6, 1),
            "first_run_window_s": round(first_run_s, 2),
            "cold_start_first_s": round(starts[0], 2),
            "cold_start_median_s": round(statistics.median(starts), 2),
            "cold_start_max_s": round(max(starts), 2),
            "x11_start_s": round(x11_s, 2),
            "source_start_median_s": round(statistics.median(peers), 2),
            "start_runs": START_RUNS,
            "budget_folder_mb": 300,
            "budget_start_s": 3.0,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true",
                        help="build, install into a temp prefix, start offscreen, report")
    parser.add_argument("--dist", type=Path, default=REPO / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--no-freeze", action="store_true",
                        help="reuse dist/gapura when it is there (packaging work only)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        ver = version()
        folder = args.dist / bundle.APP_NAME
        if args.no_freeze and (folder / executable_name()).exists():
            log(f"reusing the frozen build in {folder}")
        else:
            folder = freeze(args.dist, REPO / "build" / "pyinstaller")
        log(f"frozen build: {folder} ({du_mb(folder)} MB)")
        if sys.platform != "linux":
            log("now build the setup: see installer/README.md (Windows: Inno Setup)")
            return 0
        deb = build_deb(folder, args.dist, ver)
        log(f"package: {deb} ({round(deb.stat().st_size / 1e6, 1)} MB)")
        if args.smoke:
            report = smoke(deb, folder)
            report["build_s"] = round(time.perf_counter() - started, 1)
            print(json.dumps(report))
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
