"""Warn when a database sits where SQLite is not safe: cloud-synced folders and network shares.

WAL needs shared memory on one host, and sync clients copy files mid-write; users of Anki,
Trilium and others lost data this way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SYNCED = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "mobile documents": "iCloud",
    "icloud~": "iCloud",
    "box": "Box",
    "box sync": "Box",
    "pcloud drive": "pCloud",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "seafile": "Seafile",
}
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afpfs", "9p", "davfs",
               "fuse.rclone", "ncpfs", "glusterfs", "ceph"}


def _synced_service(path: Path) -> str | None:
    for part in path.parts:
        key = part.casefold()
        if key in _SYNCED:
            return _SYNCED[key]
        # Business and team variants: "OneDrive - Contoso", "Dropbox (Personal)".
        for service in ("onedrive", "dropbox", "google drive"):
            if key.startswith((service + " -", service + " (")):
                return _SYNCED[service]
    for ancestor in [path, *path.parents]:
        if (ancestor / ".stfolder").exists():
            return "Syncthing"
        if (ancestor / ".dropbox").exists():
            return "Dropbox"
    return None


def _network_mount(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return "a network share"
        return None
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return None
    best, best_fs = "", ""
    target = path.as_posix()
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_fs = mount_point, fields[2]
    return f"a network share ({best_fs})" if best_fs in _NETWORK_FS else None


def location_warning(database: Path, *, mounts_file: Path | None = None) -> str | None:
    """A sentence warning about where ``database`` is, or None when the place is safe."""
    path = Path(os.path.abspath(database))
    service = _synced_service(path.parent)
    if service:
        return (f"This database is inside a folder synced by {service}. Syncing can corrupt an open database; "
                "keep it in a local folder and use File > Backup to share copies.")
    network = _network_mount(path.parent, mounts_file or Path("/proc/mounts"))
    if network:
        return (f"This database is on {network}. SQLite databases can be corrupted over a network; "
                "keep it on this computer's own disk.")
    return None
