"""Preferences shared by the command line and the GUI (a small JSON file in the config folder).

Window geometry and other view state live in QSettings inside the GUI; this holds what the
non-GUI layers need too: who the desk officer is (the history names them as the author of each change;
without a name, the login name), the recent databases, and whether the first-run welcome was shown.
(Letterheads are kept per programme in the database; a "letterhead" key left in an old file is ignored
when loading.)
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

RECENT_MAX = 8


def _file() -> Path:
    override = os.environ.get("OPN_DESK_CONFIG")
    if override:
        return Path(override)
    from opn_desk.paths import user_config_dir

    return user_config_dir() / "preferences.json"


@dataclass
class Preferences:
    officer_name: str = ""
    recent_databases: list[str] = field(default_factory=list)
    # The first-run welcome (gui/window/welcome.py) was shown, or needs not be: the officer's name is known.
    welcomed: bool = False
    # The language of the window and of the command line's messages: "en", "fr", "es"; "" = the
    # system's (for the window; the command line then speaks English). Chosen in Edit › Preferences.
    language: str = ""

    @property
    def wants_welcome(self) -> bool:
        return not self.welcomed and not self.officer_name.strip()

    @classmethod
    def load(cls) -> Preferences:
        try:
            data = json.loads(_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__} if isinstance(data, dict) else {}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self) -> None:
        path = _file()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def remember_database(self, path: Path) -> None:
        # a team server's address (never with a password: db/address.py refuses one) is kept as written
        text = str(path) if str(path).startswith(("postgresql://", "postgres://")) else str(Path(path).resolve())
        self.recent_databases = [text] + [p for p in self.recent_databases if p != text]
        del self.recent_databases[RECENT_MAX:]
