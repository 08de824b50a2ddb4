"""Installing Isnad as a reviewer would: `pipx install .` from a clean clone, and the
PyInstaller one-folder bundle (`make dist`). Both run the real programs offscreen."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYTHON = shutil.which("python3.11") or sys.executable


def _env(tmp: Path) -> dict[str, str]:
    """Offscreen, with settings and data in tmp (never the user's own)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"))
    env.pop("ISNAD_DB", None)
    env.pop("PYTHONPATH", None)
    return env


def _check_png(path: Path) -> None:
    from PySide6.QtGui import QImage

    assert path.is_file() and path.stat().st_size > 20_000
    img = QImage(str(path))
    assert (img.width(), img.height()) == (1400, 900)
    colours = {img.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert len(colours) > 50, "the screenshot is blank"


def _clean_clone(tmp: Path) -> Path:
    """What a reviewer gets: the committed tree, nothing from this working copy."""
    src = tmp / "src"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(src)],
                   check=True)
    return src


@pytest.mark.slow
def test_pipx_install_from_a_clean_clone(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is needed for a clean clone")
    src = _clean_clone(tmp_path)
    env = _env(tmp_path)
    env.update(PIPX_HOME=str(tmp_path / "pipx"), PIPX_BIN_DIR=str(tmp_path / "bin"),
               PIPX_MAN_DIR=str(tmp_path / "man"))
    pipx = shutil.which("pipx", path=env.get("PATH"))
    if pipx is None:  # a private pipx in a throwaway venv
        subprocess.run([PYTHON, "-m", "venv", str(tmp_path / "pipxenv")], check=True)
        subprocess.run([str(tmp_path / "pipxenv/bin/pip"), "install", "--quiet",
                        "pipx==1.18.4"], check=True, env=env)
        pipx = str(tmp_path / "pipxenv/bin/pipx")
    subprocess.run([pipx, "install", "--python", PYTHON, str(src)], check=True, env=env,
                   capture_output=True, timeout=600)
    isnad = tmp_path / "bin" / "isnad"
    assert isnad.exists()
    db = tmp_path / "tmp.db"
    out = subprocess.run([str(isnad), "stats", "--json", "--db", str(db)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["articles"] == 0
    # the installed copy runs from site-packages, not from the clone
    where = subprocess.run([str(isnad.resolve().parent / "python"), "-c",
                            "import ui, resources; print(ui.__file__, resources.__file__)"],
                           env=env, capture_output=True, text=True, cwd=tmp_path)
    assert "site-packages" in where.stdout and str(src) not in where.stdout, where
    shot = tmp_path / "x.png"
    run = subprocess.run([str(isnad), "--screenshot", str(shot), "--db", str(tmp_path / "s.db")],
                         env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    _check_png(shot)  # the demo corpus, fonts and translations came with the install


@pytest.mark.slow
def test_pyinstaller_bundle_builds_and_launches(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (requirements-dev.txt)")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work),
                            str(ROOT / "isnad.spec")], cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    app = dist / "isnad"
    for rel in ("_internal/resources/fonts/NotoNaskhArabic-Regular.ttf",
                "_internal/resources/i18n/isnad_ar.qm", "_internal/resources/icon.svg",
                "_internal/storage/migrations/script.py.mako",
                "_internal/storage/migrations/versions/0001_initial_schema.py"):
        assert (app / rel).is_file(), rel
    env = _env(tmp_path)
    cli = subprocess.run([str(app / "isnad-cli"), "stats", "--json", "--db",
                          str(tmp_path / "b.db")], env=env, capture_output=True, text=True,
                         timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["claims"]["total"] == 0   # migrations ran in the bundle
    shot = tmp_path / "bundle.png"
    run = subprocess.run([str(app / "isnad"), "--db", str(tmp_path / "s.db"), "--lang", "ar",
                          "--screenshot", str(shot)], env=env, capture_output=True, text=True,
                         timeout=180)
    assert run.returncode == 0, run.stderr
    _check_png(shot)
