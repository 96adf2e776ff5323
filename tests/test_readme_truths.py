"""The README tells the truth a newcomer relies on: the system libraries Qt's window system plugin links
(read from the installed plugin with ldd), and screenshots that exist, show the window at a laptop's size
and stay small."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a dash when the name ends with a digit)."""
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _apt_line() -> set[str]:
    block = re.search(r"sudo apt-get install (.*?)\n```", README, re.S)
    assert block, "the README gives the apt-get line for Qt's system libraries"
    return set(block.group(1).replace("\\", " ").split())


def test_the_readme_names_every_window_system_library_qt_links():
    ldd = shutil.which("ldd")
    qt = Path(__import__("PySide6").__file__).parent / "Qt"
    plugin, integration = qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"
    if ldd is None or not plugin.exists():
        pytest.skip("no ldd or no xcb plugin on this system (not Linux)")
    linked = set()
    for library in (plugin, integration):
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=True).stdout
        linked |= {line.split()[0] for line in out.splitlines() if line.strip()}
    window_system = {s for s in linked if re.match(r"lib(xcb|xkbcommon|X11-xcb|EGL|GL)\b", s)}
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"} <= window_system
    missing = {_debian_package(s) for s in window_system} - _apt_line()
    assert not missing, f"the README's apt-get line lacks {sorted(missing)}"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_the_screenshots_exist_at_a_laptops_size_and_stay_small():
    shown = re.findall(r"\]\((docs/screenshots/[^)]+\.png)\)", README)
    assert len(shown) >= 4
    for name in shown:
        path = ROOT / name
        assert path.is_file(), name
        assert path.stat().st_size < 200 * 1024, f"{name} is {path.stat().st_size // 1024} KB"
        assert _png_size(path) == (1280, 720), name
    assert (ROOT / "packaging" / "screenshots.py").is_file()  # how they are made again
