"""The `gapura` command run as a real process against a temp GAPURA_HOME."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.store.db import SCHEMA_HEAD


def gapura(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GAPURA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, text=True,
                          capture_output=True, timeout=120, input=stdin)


def test_version_names_schema(tmp_path):
    result = gapura(tmp_path, "version")
    assert result.returncode == 0
    assert f"schema {SCHEMA_HEAD}" in result.stdout


def test_user_add_list_reset_and_audit_verify(tmp_path):
    added = gapura(tmp_path, "user", "add", "admin", "--name", "Admin TIK", "--role", "admin",
                   "--role", "section_head")
    assert added.returncode == 0, added.stderr
    assert "one-time password" in added.stdout
    listed = gapura(tmp_path, "user", "list")
    assert "admin" in listed.stdout and "admin,section_head" in listed.stdout
    reset = gapura(tmp_path, "user", "reset-password", "admin", "--password", "Sementara123")
    assert reset.returncode == 0 and "Sementara123" in reset.stdout
    missing = gapura(tmp_path, "user", "reset-password", "tidakada")
    assert missing.returncode == 2 and "tidak ditemukan" in missing.stderr
    verified = gapura(tmp_path, "audit", "verify")
    assert verified.returncode == 0 and verified.stdout.startswith("OK:")


def test_user_add_refuses_unknown_role_and_weak_password(tmp_path):
    bad_role = gapura(tmp_path, "user", "add", "xyz", "--name", "X", "--role", "raja")
    assert bad_role.returncode == 2 and "Peran tidak dikenal" in bad_role.stderr
    weak = gapura(tmp_path, "user", "add", "xyz", "--name", "X", "--role", "admin",
                  "--password", "pendek")
    assert weak.returncode == 2 and "minimal 8" in weak.stderr


def test_audit_verify_reports_first_broken_event(tmp_path):
    gapura(tmp_path, "user", "add", "admin", "--name", "Admin", "--role", "admin")
    gapura(tmp_path, "user", "add", "kasi", "--name", "Kasi", "--role", "section_head")
    conn = sqlite3.connect(tmp_path / "data" / "gapura.sqlite")
    conn.execute("DROP TRIGGER audit_events_no_update")
    seq = conn.execute("SELECT seq FROM audit_events WHERE action='user.created' "
                       "ORDER BY seq LIMIT 1").fetchone()[0]
    conn.execute("UPDATE audit_events SET username='orang-lain' WHERE seq=?", (seq,))
    conn.commit()
    conn.close()
    result = gapura(tmp_path, "audit", "verify")
    assert result.returncode == 1
    assert f"BROKEN at event {seq}" in result.stdout


def test_broken_config_stops_every_command_with_file_line_and_key(tmp_path):
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[session]\nidle_lock_minutes = "sepuluh"\n')
    for args in (("config", "show"), ("db", "upgrade"), ("user", "list")):
        result = gapura(tmp_path, *args)
        assert result.returncode == 2
        assert f"{config}, baris 2" in result.stderr
        assert "session.idle_lock_minutes" in result.stderr
    assert config.read_text() == '[session]\nidle_lock_minutes = "sepuluh"\n'


def test_broken_config_stops_gui_start_with_message(tmp_path):
    config = tmp_path / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[office]\ntimezone = "Mars/Olympus"\n')
    # The GUI shows a message box; offscreen it cannot be clicked, so let Qt close it.
    code = ("import sys\nfrom PySide6.QtCore import QTimer\n"
            "from ui import app as gui\n"
            "def shown(*a, **k):\n    print('BOX:', a[2], flush=True)\n"
            "gui.critical = shown\n"
            "from ui.app import run_gui\n"
            "sys.exit(run_gui())\n")
    env = {**os.environ, "GAPURA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, text=True,
                            capture_output=True, timeout=120)
    assert result.returncode == 2
    assert "BOX: Berkas konfigurasi tidak valid" in result.stdout
    assert "office.timezone" in result.stdout and "baris 2" in result.stdout


def test_config_show_prints_effective_values(tmp_path):
    result = gapura(tmp_path, "config", "show")
    assert result.returncode == 0
    assert 'session.idle_lock_minutes = 5' in result.stdout
    assert (tmp_path / "config" / "config.toml").exists()


def test_db_upgrade_reports_head(tmp_path):
    result = gapura(tmp_path, "db", "upgrade")
    assert result.returncode == 0 and f"revision {SCHEMA_HEAD}" in result.stdout
    assert (tmp_path / "data" / "gapura.sqlite").exists()
    assert (tmp_path / "logs" / "gapura.log").exists()
