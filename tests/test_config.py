"""Configuration file: defaults, validation naming file/line/key, never silently replaced."""

from __future__ import annotations

import pytest

from app import config
from app.errors import ConfigError


def test_missing_file_is_created_with_every_setting(tmp_path):
    path = tmp_path / "config.toml"
    cfg = config.load(path)
    assert path.exists()
    assert cfg["session.idle_lock_minutes"] == 5
    assert cfg["session.max_failed_attempts"] == 5
    assert cfg["session.lockout_minutes"] == 15
    assert cfg.language == "id"
    text = path.read_text()
    for setting in config.SETTINGS:
        assert f"{setting.name} = " in text


@pytest.mark.parametrize(("replace", "by", "key"), [
    ("idle_lock_minutes = 5", 'idle_lock_minutes = "lima"', "session.idle_lock_minutes"),
    ("idle_lock_minutes = 5", "idle_lock_minutes = 0", "session.idle_lock_minutes"),
    ('timezone = "Asia/Jakarta"', 'timezone = "Asia/Bandung"', "office.timezone"),
    ('language = "id"', 'language = "fr"', "ui.language"),
    ('url = ""', 'url = "ftp://server"', "server.url"),
    ('[ui]', '[ui]\ncolour = "red"', "ui.colour"),
])
def test_invalid_value_names_file_line_and_key(tmp_path, replace, by, key):
    path = tmp_path / "config.toml"
    config.write(path, {})
    text = path.read_text().replace(replace, by)
    path.write_text(text)
    expected_line = next(number for number, line in enumerate(text.splitlines(), 1)
                         if line.startswith(by.splitlines()[-1]))
    with pytest.raises(ConfigError) as err:
        config.load(path)
    message = err.value.user_message
    assert str(path) in message
    assert f"baris {expected_line}" in message
    assert f"'{key}'" in message
    assert path.read_text() == text  # never replaced


def test_toml_syntax_error_names_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[office]\ncode = "A"\nname = "tanpa penutup\n')
    with pytest.raises(ConfigError) as err:
        config.load(path)
    assert "baris 3" in err.value.user_message
    assert path.read_text().endswith('"tanpa penutup\n')


def test_device_modes_are_read(tmp_path):
    path = tmp_path / "config.toml"
    config.write(path, {"devices.camera.simulate": "unplugged"})
    assert config.load(path).device("camera") == ("simulator", "unplugged")
