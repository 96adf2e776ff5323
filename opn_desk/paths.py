"""Where things live: shipped resources and the user's data folder."""

from __future__ import annotations

from functools import cache
from pathlib import Path

APP_NAME = "OPN Desk"
APP_AUTHOR = "One Planet network"


@cache
def resources_dir() -> Path:
    """The shipped resources: inside the package when installed, the repository's when developing."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def user_config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def default_database() -> Path:
    return user_data_dir() / "desk.sqlite"
