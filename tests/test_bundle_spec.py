"""The application bundle: the PyInstaller spec puts inside what the frozen app reads as files (the
migrations, fonts, translations, reference data, the user guide, the icon) and leaves out what it does
not need; the bundle check (packaging/check_bundle.py, run by .ci/run on the built folder) catches a
missing or unwanted part and a bundle over its budget; and `opn-desk --smoke` proves the PDF and the
solver as well as the window. .ci/run builds the real bundle and runs its smoke test; these are fast."""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "opn-desk.spec"


class _Recorder:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: records what the spec asks."""

    made: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
        _Recorder.made.append((type(self).__name__, args, kwargs))


def _spec(monkeypatch, platform: str = "linux") -> dict:
    """Run the spec as PyInstaller would, with recorders (PyInstaller is not needed for the tests)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [package]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    _Recorder.made = []
    names = {"SPECPATH": str(SPEC.parent)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        names[kind] = type(kind, (_Recorder,), {})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    names["made"] = list(_Recorder.made)
    return names


def _inside(spec: dict) -> set[str]:
    """The bundle's data files as paths inside _internal/."""
    analysis = next(kwargs for kind, _args, kwargs in spec["made"] if kind == "Analysis")
    return {f"{target}/{Path(source).name}".replace("\\", "/") for source, target in analysis["datas"]}


def test_the_spec_puts_in_every_migration_and_the_files_the_app_reads(monkeypatch):
    inside = _inside(_spec(monkeypatch))
    migrations = ROOT / "opn_desk" / "db" / "migrations"
    for script in [migrations / "env.py", migrations / "script.py.mako", *sorted(migrations.glob("versions/*.py"))]:
        assert f"opn_desk/db/migrations/{script.relative_to(migrations).as_posix()}" in inside, script.name
    for needed in ("fonts/DejaVuSans.ttf", "fonts/DroidSansFallback.ttf", "fonts/LICENSE-DejaVu.txt",
                   "reference/countries.csv", "guide/USER_GUIDE.md", "icons/opn-desk.png"):
        assert f"opn_desk/resources/{needed}" in inside, needed
    compiled = {f"opn_desk/resources/translations/{qm.name}" for qm in (ROOT / "resources/translations").glob("*.qm")}
    assert compiled and compiled <= inside
    assert not [name for name in inside if name.endswith((".ts", ".pyc")) or "__pycache__" in name]
    # python-docx opens docx/parts/../templates/…: its folders must exist beside the archive.
    analysis = next(kwargs for kind, _args, kwargs in _spec(monkeypatch)["made"] if kind == "Analysis")
    assert "py" in analysis["module_collection_mode"]["docx"]
    screenshots = {f"opn_desk/resources/guide/screenshots/{png.name}" for png in (ROOT / "docs/screenshots").glob("*.png")}
    assert screenshots and screenshots <= inside


def test_the_spec_leaves_out_what_the_app_does_not_need(monkeypatch):
    spec = _spec(monkeypatch)
    analysis = next(kwargs for kind, _args, kwargs in spec["made"] if kind == "Analysis")
    assert {"tests", "pytest", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore",
            "PySide6.QtMultimedia"} <= set(analysis["excludes"])
    used = {match for path in (ROOT / "opn_desk").rglob("*.py")
            for match in re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))}
    assert "QtWidgets" in used
    left_out_but_used = {f"PySide6.{name}" for name in used} & set(analysis["excludes"])
    assert not left_out_but_used, f"the app imports {sorted(left_out_but_used)}, which the spec leaves out"
    needed = spec["needed"]
    qt = "PySide6/Qt"
    for kept in (f"{qt}/lib/libQt6Widgets.so.6", f"{qt}/lib/libQt6Pdf.so.6", f"{qt}/plugins/platforms/libqxcb.so",
                 f"{qt}/plugins/platforms/libqoffscreen.so", f"{qt}/translations/qtbase_fr.qm",
                 f"{qt}/translations/qtbase_es.qm", "opn_desk/resources/translations/opn_desk_fr.qm"):
        assert needed((kept, "/site-packages/" + kept, "BINARY")), kept
    for dropped in (f"{qt}/lib/libQt6Quick.so.6", f"{qt}/lib/libQt6Qml.so.6", f"{qt}/lib/libQt6VirtualKeyboard.so.6",
                    f"{qt}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                    f"{qt}/translations/qtbase_de.qm", f"{qt}/translations/qt_help_fr.qm"):
        assert not needed((dropped, "/site-packages/" + dropped, "BINARY")), dropped
    # PyInstaller's links beside the libraries are judged by what they point to.
    assert not needed(("libQt6Quick.so.6", f"{qt}/lib/libQt6Quick.so.6", "SYMLINK"))
    assert needed(("libQt6Widgets.so.6", f"{qt}/lib/libQt6Widgets.so.6", "SYMLINK"))


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_get_a_desktop_launcher_with_the_icon_and_macos_an_app(monkeypatch, platform):
    spec = _spec(monkeypatch, platform)
    collected = next(args for kind, args, _kwargs in spec["made"] if kind == "COLLECT")
    programs = [item.kwargs for item in collected if type(item).__name__ == "EXE"]
    assert [p["name"] for p in programs] == ["OPN Desk", "opn-desk"]  # the macOS app starts the first
    assert not programs[0]["console"] and programs[1]["console"]
    icon = Path(programs[0]["icon"])
    assert icon.suffix == (".ico" if platform == "win32" else ".icns") and icon.is_file()
    bundles = [kwargs for kind, _args, kwargs in spec["made"] if kind == "BUNDLE"]
    assert len(bundles) == (1 if platform == "darwin" else 0)


def _check_bundle():
    spec = importlib.util.spec_from_file_location("check_bundle", ROOT / "packaging" / "check_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_bundle(folder: Path, check) -> Path:
    bundle = folder / "opn-desk"
    for name in check.REQUIRED:
        (bundle / "_internal" / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / "_internal" / name).write_bytes(b"x")
    (bundle / "opn-desk").write_bytes(b"x" * 1000)
    return bundle


def test_the_bundle_check_passes_a_complete_bundle_and_names_what_is_wrong(tmp_path):
    check = _check_bundle()
    bundle = _fake_bundle(tmp_path, check)
    assert check.problems(bundle, budget_mb=1) == ([], pytest.approx(0.001, abs=1e-4))
    (bundle / "_internal" / "opn_desk/db/migrations/env.py").unlink()
    (bundle / "_internal" / "PySide6/Qt/lib").mkdir(parents=True)
    (bundle / "_internal" / "PySide6/Qt/lib/libQt6Quick.so.6").write_bytes(b"x")
    (bundle / "_internal" / "PySide6/Qt/translations").mkdir(parents=True)
    (bundle / "_internal" / "PySide6/Qt/translations/qt_help_de.qm").write_bytes(b"x")
    (bundle / "_internal" / "opn_desk/resources/translations/opn_desk_fr.ts").write_bytes(b"x")
    (bundle / "big").write_bytes(b"x" * 2_000_000)
    wrong, size_mb = check.problems(bundle, budget_mb=1)
    assert size_mb > 2
    assert wrong == ["missing: opn_desk/db/migrations/env.py",
                     "should be left out: PySide6/Qt/lib/libQt6Quick.so.6",
                     "an unused Qt translation: PySide6/Qt/translations/qt_help_de.qm",
                     "should be left out: opn_desk/resources/translations/opn_desk_fr.ts",
                     "2 MB, over the budget of 1 MB"]
    assert check.main([str(bundle), "--budget-mb", "1"]) == 1


def test_the_smoke_check_builds_a_pdf_and_solves_a_selection(cli, tmp_path):
    """`opn-desk --smoke` on a new desk in the data folder (made through the migrations, as the frozen
    app makes it): the window, the checks, a PDF from the database and a small selection solved."""
    data = tmp_path / "data"
    done = cli("--smoke", env={"XDG_DATA_HOME": str(data), "OPN_DESK_CONFIG": str(tmp_path / "prefs.json")})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Checks: healthy." in lines
    assert any(line.startswith("PDF: the roster of ") and "built, 1 page" in line for line in lines), done.stdout
    assert "Selection: the best slate of a small pool solved (HiGHS)." in lines
    assert (data / "OPN Desk" / "desk.sqlite").is_file()
