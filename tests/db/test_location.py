"""Warn when the database sits in a cloud-synced folder or on a network share."""

from __future__ import annotations

from pathlib import Path

import pytest

from opn_desk.db.location import location_warning


@pytest.fixture
def local_mounts(tmp_path) -> Path:
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw,relatime 0 0\ntmpfs /tmp tmpfs rw 0 0\nproc /proc proc rw 0 0\n")
    return mounts


@pytest.mark.parametrize(("folders", "service"), [
    (("OneDrive - UNEP", "Desk"), "OneDrive"),
    (("OneDrive",), "OneDrive"),
    (("Dropbox", "Programmes"), "Dropbox"),
    (("Dropbox (Personal)",), "Dropbox"),
    (("Google Drive", "My Drive", "OPN"), "Google Drive"),
    (("My Drive",), "Google Drive"),
    (("Library", "Mobile Documents", "com~apple~CloudDocs"), "iCloud"),
])
def test_synced_folders_warn(tmp_path, local_mounts, folders, service):
    warning = location_warning(tmp_path.joinpath(*folders, "desk.sqlite"), mounts_file=local_mounts)
    assert warning is not None and service in warning
    assert "local folder" in warning


def test_a_syncthing_folder_warns(tmp_path, local_mounts):
    shared = tmp_path / "Sync"
    (shared / ".stfolder").mkdir(parents=True)
    (shared / "desk" / "data").mkdir(parents=True)
    warning = location_warning(shared / "desk" / "data" / "desk.sqlite", mounts_file=local_mounts)
    assert warning is not None and "Syncthing" in warning
    # A sibling folder outside the synced one is fine.
    (tmp_path / "Local").mkdir()
    assert location_warning(tmp_path / "Local" / "desk.sqlite", mounts_file=local_mounts) is None


def test_a_plain_folder_does_not_warn(tmp_path, local_mounts):
    assert location_warning(tmp_path / "desk.sqlite", mounts_file=local_mounts) is None
    assert location_warning(tmp_path / "dropbox-notes" / "boxes" / "desk.sqlite", mounts_file=local_mounts) is None


def test_a_network_mount_warns(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n"
                      "server:/export /mnt/share nfs4 rw,relatime 0 0\n"
                      "//fileserver/unep /mnt/unep\\040office cifs rw 0 0\n")
    warning = location_warning(Path("/mnt/share/desk/desk.sqlite"), mounts_file=mounts)
    assert warning is not None and "network" in warning and "nfs4" in warning
    warning = location_warning(Path("/mnt/unep office/desk.sqlite"), mounts_file=mounts)
    assert warning is not None and "cifs" in warning
    # A folder whose name only starts like the mount point is not on it.
    assert location_warning(Path("/mnt/shared/desk.sqlite"), mounts_file=mounts) is None
    assert location_warning(Path("/home/officer/desk.sqlite"), mounts_file=mounts) is None


def test_a_local_mount_inside_a_network_one_is_judged_by_the_nearest_mount(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("server:/export /mnt nfs rw 0 0\n/dev/sdb1 /mnt/disk ext4 rw 0 0\n")
    assert location_warning(Path("/mnt/disk/desk.sqlite"), mounts_file=mounts) is None
    assert "nfs" in location_warning(Path("/mnt/other/desk.sqlite"), mounts_file=mounts)


def test_an_unreadable_mounts_file_does_not_warn(tmp_path):
    assert location_warning(tmp_path / "desk.sqlite", mounts_file=tmp_path / "no-such-file") is None
