"""Refresh the lock of exact versions: ``packaging/constraints.txt``.

    python3 packaging/lock.py            # resolve the newest releases the ranges allow, write the lock
    python3 packaging/lock.py --check    # exit 1 if the newest releases differ from the lock (CI's watch)
    python3 packaging/lock.py --check --env .venv-newest   # ... and keep that environment to test in

``pyproject.toml`` keeps the compatible ranges (for people who install OPN Desk into their own
environment); the lock pins every package the README's install commands and CI install: the
project's dependencies, the test extra, pip itself and the build backend (hatchling) with everything
they pull in. It is a pip constraints file, so it holds on Windows and macOS too: a package only one
system needs (and the lock, made on Linux, does not list) is installed at its newest allowed release.

The lock is made in a throwaway virtual environment with the Python that runs this script, from the
package index pip is configured for; nothing of the checkout is changed but the lock file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import venv
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "constraints.txt"
BUILD_BACKEND = ("hatchling",)


def _python(env_dir: Path) -> Path:
    scripts = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    return scripts / ("python.exe" if sys.platform == "win32" else "python")


def resolve_newest(keep: Path | None = None) -> dict[str, str]:
    """{distribution name: version} of the newest install the ranges allow, in a fresh environment.

    With ``keep``, the environment is made there and left for use (CI runs the tests in it).
    """
    with tempfile.TemporaryDirectory(prefix="opn-desk-lock-") as tmp:
        env_dir = Path(keep) if keep else Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        python = str(_python(env_dir))

        def pip(*args: str) -> str:
            done = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", *args],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stdout + done.stderr)
                raise SystemExit(f"lock: pip {args[0]} failed")
            return done.stdout

        pip("install", "--quiet", "--upgrade", "pip")
        pip("install", "--quiet", "--upgrade", *BUILD_BACKEND, "-e", f"{ROOT}[test,bundle]")
        pins: dict[str, str] = {}
        for line in pip("freeze", "--all", "--exclude-editable").splitlines():
            if "==" in line and not line.startswith("#"):
                name, version = line.split("==", 1)
                pins[name.strip()] = version.strip()
        pins.pop("opn-desk", None)
        # The venv's own seed, not something OPN Desk or its build needs.
        pins.pop("setuptools", None)
        return dict(sorted(pins.items(), key=lambda item: item[0].lower()))


def read_lock(path: Path = LOCK) -> dict[str, str]:
    pins: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if "==" in line:
                name, version = line.split("==", 1)
                pins[name.strip()] = version.strip()
    return pins


def write_lock(pins: dict[str, str], path: Path = LOCK) -> None:
    header = [
        "# The lock of exact versions that the README's install commands and CI install from.",
        "# Refresh it with:  python3 packaging/lock.py   (then run the tests and commit it).",
        f"# Resolved {date.today().isoformat()} with Python {sys.version_info.major}.{sys.version_info.minor} "
        f"on {sys.platform}; the ranges stay in pyproject.toml.",
    ]
    body = [f"{name}=={version}" for name, version in pins.items()]
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    partial.replace(path)


def differences(locked: dict[str, str], newest: dict[str, str]) -> list[str]:
    def key(name: str) -> str:
        return name.lower().replace("_", "-")

    old = {key(n): (n, v) for n, v in locked.items()}
    new = {key(n): (n, v) for n, v in newest.items()}
    lines = []
    for k in sorted(old.keys() | new.keys()):
        before, after = old.get(k), new.get(k)
        if before and after and before[1] != after[1]:
            lines.append(f"{after[0]}: {before[1]} -> {after[1]}")
        elif before and not after:
            lines.append(f"{before[0]}: {before[1]} no longer needed")
        elif after and not before:
            lines.append(f"{after[0]}: new, {after[1]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare the newest releases with the lock; exit 1 when they differ")
    parser.add_argument("--env", type=Path, metavar="DIR",
                        help="make the environment of the newest releases in DIR and keep it")
    args = parser.parse_args(argv)
    newest = resolve_newest(args.env)
    changed = differences(read_lock(), newest)
    if args.check:
        for line in changed:
            print(line)
        print("the lock holds the newest releases" if not changed else f"{len(changed)} release(s) newer than the lock")
        return 1 if changed else 0
    write_lock(newest)
    print(f"wrote {LOCK.relative_to(ROOT)}: {len(newest)} packages" + (f", {len(changed)} changed" if changed else ""))
    for line in changed:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
