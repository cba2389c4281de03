"""The Python environment the frozen build is made from (decision 0029).

PyInstaller bundles the packages of the interpreter that runs it. Running it in the development
venv would bundle what that venv happens to hold (test tools, a newer wheel) and OpenCV's PyPI
wheel, which is 152 MB of the build: FFmpeg, OpenBLAS and every OpenCV module, for the five
modules the camera uses. So the build makes its own venv, `build/freeze-venv`, with:

- the project's run-time dependencies (pyproject.toml) and PyInstaller, at exactly the versions
  installed in the development venv, which the test suite ran against (`pip freeze` as
  constraints);
- on Linux, instead of `opencv-python-headless`, OpenCV built from the same release's source
  distribution (PyPI) with only `OPENCV_MODULES`: no FFmpeg/GStreamer (USB cameras are read
  through V4L2; OpenCV's own MJPEG codec still reads and writes .avi), no LAPACK/BLAS, and
  libjpeg/libpng/zlib linked in statically. One 19.5 MB `cv2.abi3.so` instead of 152 MB. The
  build takes about 11 minutes on two cores the first time; its result is kept in the build
  cache (`GAPURA_BUILD_CACHE`, default ~/.cache/gapura-build) and reused while the version,
  Python and options are the same.

Needs cmake, ninja (or make), a C++ compiler and nasm (libjpeg-turbo's SIMD); `build.py`
says which one is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FREEZE_VENV = REPO / "build" / "freeze-venv"
CACHE = Path(os.environ.get("GAPURA_BUILD_CACHE") or Path.home() / ".cache" / "gapura-build")
PYPI_SIMPLE = "https://pypi.org/simple"
OPENCV_DIST = "opencv-python-headless"

# What devices/camera.py and devices/icao.py call: capture (videoio), decode/encode
# (imgcodecs), grey/resize/blur/warp/Laplacian/Canny (imgproc), the face cascade (objdetect,
# which pulls in calib3d, features2d and flann). Plus the Python bindings.
OPENCV_MODULES = ("core", "imgproc", "imgcodecs", "videoio", "objdetect")
OPENCV_OPTIONS: dict[str, str] = {
    "CMAKE_BUILD_TYPE": "Release",
    "BUILD_SHARED_LIBS": "OFF",  # one cv2 extension with the modules linked in, as the wheel
    "BUILD_TESTS": "OFF", "BUILD_PERF_TESTS": "OFF", "BUILD_EXAMPLES": "OFF", "BUILD_DOCS": "OFF",
    "BUILD_opencv_apps": "OFF", "BUILD_JAVA": "OFF", "BUILD_opencv_python2": "OFF",
    "OPENCV_GENERATE_PKGCONFIG": "OFF", "CV_TRACE": "OFF",
    "PYTHON3_LIMITED_API": "ON",  # cv2.abi3, as the wheel
    # Hot loops built for the baseline (SSE3) and dispatched at run time up to AVX2; AVX-512
    # variants, rare on office PCs, left out: they are the slowest part of the compile.
    "CPU_DISPATCH": "SSE4_1;SSE4_2;AVX;FP16;AVX2",
    # Image formats: JPEG and PNG (camera frames, photos), built in; nothing else.
    "BUILD_JPEG": "ON", "BUILD_PNG": "ON", "BUILD_ZLIB": "ON", "WITH_SPNG": "OFF",
    "WITH_TIFF": "OFF", "WITH_WEBP": "OFF", "WITH_OPENJPEG": "OFF", "WITH_JASPER": "OFF",
    "WITH_OPENEXR": "OFF", "WITH_AVIF": "OFF", "WITH_JPEGXL": "OFF", "WITH_IMGCODEC_HDR": "OFF",
    "WITH_IMGCODEC_SUNRASTER": "OFF", "WITH_IMGCODEC_PXM": "OFF", "WITH_IMGCODEC_PFM": "OFF",
    # Video: the platform's camera API only.
    "WITH_V4L": "ON", "WITH_FFMPEG": "OFF", "WITH_GSTREAMER": "OFF", "WITH_1394": "OFF",
    "WITH_VA": "OFF", "WITH_VA_INTEL": "OFF", "WITH_OBSENSOR": "OFF",
    # No GUI, no accelerators that download at configure time or pull in big libraries.
    "WITH_GTK": "OFF", "WITH_QT": "OFF", "WITH_IPP": "OFF", "WITH_ITT": "OFF",
    "WITH_OPENCL": "OFF", "WITH_LAPACK": "OFF", "WITH_EIGEN": "OFF", "WITH_PROTOBUF": "OFF",
    "WITH_ADE": "OFF", "WITH_TBB": "OFF", "WITH_OPENMP": "OFF", "WITH_CAROTENE": "OFF",
    "WITH_KLEIDICV": "OFF", "WITH_FASTCV": "OFF", "WITH_QUIRC": "OFF", "WITH_FLATBUFFERS": "OFF",
}
# Unused code dropped at link time, symbols stripped (Linux).
OPENCV_LINUX_FLAGS: dict[str, str] = {
    "CMAKE_CXX_FLAGS": "-ffunction-sections -fdata-sections",
    "CMAKE_C_FLAGS": "-ffunction-sections -fdata-sections",
    "CMAKE_SHARED_LINKER_FLAGS": "-Wl,--gc-sections -s",
    "CMAKE_MODULE_LINKER_FLAGS": "-Wl,--gc-sections -s",
}
TOOLS = ("cmake", "c++", "nasm")
# Linux only, where the folder has a size budget; the Windows build keeps the PyPI wheel
# (39 MB there, and no compiler needed on the build machine).
SLIM_OPENCV = sys.platform == "linux"

Log = Callable[[str], None]


class EnvError(Exception):
    """The freeze venv or the OpenCV build could not be made; the message says why."""


def _run(cmd: list[str | Path], log_file: Path | None = None, **kwargs) -> str:
    if log_file is None:
        result = subprocess.run([str(c) for c in cmd], text=True, capture_output=True, **kwargs)
        if result.returncode != 0:
            raise EnvError(f"{' '.join(map(str, cmd))} exited {result.returncode}:\n"
                           f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result.stdout
    with log_file.open("a") as out:  # long builds: the whole output kept for reading
        out.write(f"$ {' '.join(map(str, cmd))}\n")
        out.flush()
        result = subprocess.run([str(c) for c in cmd], text=True, stdout=out,
                                stderr=subprocess.STDOUT, **kwargs)
    if result.returncode != 0:
        tail = log_file.read_text(errors="replace")[-3000:]
        raise EnvError(f"{' '.join(map(str, cmd))} exited {result.returncode} "
                       f"(whole output: {log_file}):\n{tail}")
    return ""


def runtime_requirements(slim_opencv: bool = True,
                         pyproject: Path = REPO / "pyproject.toml") -> list[str]:
    """The project's run-time dependencies and its build extra (PyInstaller); without OpenCV's
    wheel where the slim build replaces it."""
    project = tomllib.loads(pyproject.read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["build"]]
    return [req for req in wanted if not (slim_opencv and _name(req) == OPENCV_DIST)]


def _name(requirement: str) -> str:
    name = requirement
    for stop in "<>=!~;[ ":
        name = name.split(stop, 1)[0]
    return name.strip().lower().replace("_", "-")


def installed_version(python: Path, dist: str) -> str:
    out = _run([python, "-c", "import importlib.metadata as m, sys; "
                f"print(m.version({dist!r}))"])
    return out.strip()


def opencv_key(version: str, python_tag: str) -> str:
    """The cache key of a slim OpenCV build: the release, the Python and every option."""
    options = {**OPENCV_OPTIONS, **(OPENCV_LINUX_FLAGS if sys.platform == "linux" else {})}
    blob = json.dumps([version, python_tag, sys.platform, OPENCV_MODULES, options],
                      sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


def sdist_url(dist: str, version: str) -> tuple[str, str]:
    """The URL and sha256 of `dist`'s source distribution at `version`, from PyPI's simple API
    (PEP 691 JSON)."""
    request = urllib.request.Request(f"{PYPI_SIMPLE}/{dist}/",
                                     headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        files = json.load(response)["files"]
    stem = f"{dist.replace('-', '_')}-{version}.tar.gz"
    for entry in files:
        if entry["filename"] == stem:
            return entry["url"], entry["hashes"]["sha256"]
    raise EnvError(f"PyPI lists no source distribution {stem}")


def fetch_source(dist: str, version: str, log: Log) -> Path:
    """The unpacked source distribution (cached), checked against PyPI's sha256."""
    target = CACHE / "src" / f"{dist}-{version}"
    if (target / ".complete").exists():
        return target
    url, sha256 = sdist_url(dist, version)
    archive = CACHE / "src" / url.rsplit("/", 1)[-1].split("#", 1)[0]
    archive.parent.mkdir(parents=True, exist_ok=True)
    log(f"downloading {archive.name}")
    digest = hashlib.sha256()
    with urllib.request.urlopen(url, timeout=600) as response, archive.open("wb") as out:
        while chunk := response.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        archive.unlink()
        raise EnvError(f"{archive.name}: sha256 {digest.hexdigest()} is not PyPI's {sha256}")
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(archive) as tar:
        top = tar.getnames()[0].split("/", 1)[0]
        tar.extractall(target.parent, filter="data")
    (target.parent / top).rename(target)
    archive.unlink()
    (target / ".complete").touch()
    return target


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def cmake_arguments(python: Path, prefix: Path) -> list[str]:
    """-D options of the slim OpenCV for the Python `python` (the freeze venv's)."""
    info = json.loads(_run([python, "-c", (
        "import json, sysconfig, numpy; print(json.dumps({"
        "'include': sysconfig.get_config_var('INCLUDEPY'), 'libdir': "
        "sysconfig.get_config_var('LIBDIR'), 'library': sysconfig.get_config_var('LDLIBRARY'),"
        " 'numpy': numpy.get_include()}))")]))
    options = {
        **OPENCV_OPTIONS,
        **(OPENCV_LINUX_FLAGS if sys.platform == "linux" else {}),
        "BUILD_LIST": ",".join((*OPENCV_MODULES, "python3", "python_bindings_generator")),
        "CMAKE_INSTALL_PREFIX": str(prefix),
        "OPENCV_PYTHON3_INSTALL_PATH": "python",
        # The cv2 package with its loader, the layout PyInstaller's hook for cv2 expects.
        "OPENCV_SKIP_PYTHON_LOADER": "OFF",
        "PYTHON3_EXECUTABLE": str(python),
        "PYTHON3_INCLUDE_PATH": info["include"],
        "PYTHON3_LIBRARIES": str(Path(info["libdir"]) / info["library"]),
        "PYTHON3_NUMPY_INCLUDE_DIRS": info["numpy"],
    }
    return [f"-D{key}={value}" for key, value in options.items()]


def build_opencv(python: Path, version: str, log: Log) -> Path:
    """The slim OpenCV's installed `python/` folder (holding the `cv2` package), built once
    per cache key."""
    python_tag = f"{sys.version_info.major}.{sys.version_info.minor}"
    prefix = CACHE / f"opencv-{version}-{opencv_key(version, python_tag)}"
    if (prefix / ".complete").exists():
        log(f"slim OpenCV {version} from the build cache ({prefix})")
        return prefix / "python"
    if missing_tools():
        raise EnvError("building OpenCV needs " + ", ".join(missing_tools())
                       + " (Debian: apt-get install cmake g++ ninja-build nasm)")
    source = fetch_source(OPENCV_DIST, version, log)
    work = CACHE / "work" / prefix.name
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(prefix, ignore_errors=True)
    work.mkdir(parents=True)
    build_log = work / "build.log"
    generator = ["-G", "Ninja"] if shutil.which("ninja") else []
    log(f"building slim OpenCV {version} (about 11 minutes the first time; log: {build_log})")
    _run(["cmake", "-S", source / "opencv", "-B", work, *generator,
          *cmake_arguments(python, prefix)], log_file=build_log)
    _run(["cmake", "--build", work, "--parallel", str(os.cpu_count() or 2)], log_file=build_log)
    _run(["cmake", "--install", work], log_file=build_log)
    if not (prefix / "python" / "cv2" / "__init__.py").exists():
        raise EnvError(f"the OpenCV build installed no cv2 package under {prefix / 'python'}")
    shutil.rmtree(work, ignore_errors=True)
    (prefix / ".complete").touch()
    return prefix / "python"


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def site_packages(python: Path) -> Path:
    return Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
                .strip())


def prepare(dev_python: Path, log: Log, venv: Path = FREEZE_VENV,
            slim_opencv: bool = SLIM_OPENCV) -> Path:
    """Make (or bring up to date) the freeze venv; returns its Python."""
    constraints = _run([dev_python, "-m", "pip", "freeze", "--exclude-editable"])
    requirements = runtime_requirements(slim_opencv)
    opencv_version = installed_version(dev_python, OPENCV_DIST)
    python_tag = f"{sys.version_info.major}.{sys.version_info.minor}"
    state = hashlib.sha256(json.dumps(
        [constraints, requirements, slim_opencv and opencv_key(opencv_version, python_tag)],
    ).encode()).hexdigest()
    stamp = venv / ".gapura-freeze"
    python = venv_python(venv)
    if stamp.exists() and stamp.read_text() == state and python.exists():
        log(f"freeze venv up to date ({venv})")
        return python
    log(f"making the freeze venv {venv}")
    shutil.rmtree(venv, ignore_errors=True)
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", venv])
    pins = venv / "constraints.txt"
    # The development venv's pins, minus OpenCV's wheel (never installed here).
    pins.write_text("\n".join(line for line in constraints.splitlines()
                              if not (slim_opencv and _name(line) == OPENCV_DIST)) + "\n")
    _run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
          "-c", pins, *requirements])
    if slim_opencv:
        install_slim_opencv(python, opencv_version, log)
    stamp.write_text(state)
    return python


def install_slim_opencv(python: Path, version: str, log: Log) -> None:
    """The slim OpenCV's cv2 package into the venv of `python`, checked by importing it."""
    cv2_source = build_opencv(python, version, log)
    target = site_packages(python) / "cv2"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(cv2_source / "cv2", target)
    _run([python, "-c", "import cv2; cv2.CascadeClassifier(); cv2.imdecode"])
