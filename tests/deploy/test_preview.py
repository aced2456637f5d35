"""`make preview`: nginx as an ordinary program, its files under build/, the deployed configuration included."""

from __future__ import annotations

from pathlib import Path

from healthsite import cli
from healthsite.cli import main
from healthsite.deploy.preview import BROTLI_MODULE, Preview
from healthsite.paths import ProjectPaths


def preview(tmp_path) -> Preview:
    return Preview(tmp_path / "build" / "nginx", tmp_path / "site", tmp_path / "deploy" / "site.conf", "127.0.0.1:8080")


def test_the_server_serves_the_built_site_with_the_deployed_configuration(tmp_path):
    configuration = preview(tmp_path).configuration()
    assert "listen 127.0.0.1:8080;" in configuration
    assert f"root {(tmp_path / 'site').resolve()};" in configuration
    assert f"include {(tmp_path / 'deploy' / 'site.conf').resolve()};" in configuration
    assert f"load_module {BROTLI_MODULE};" in configuration


def test_everything_nginx_writes_stays_in_its_own_folder(tmp_path):
    configuration = preview(tmp_path).configuration()
    prefix = tmp_path / "build" / "nginx"
    for directive in ("pid", "error_log", "client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path",
                      "uwsgi_temp_path", "scgi_temp_path"):
        line = next(line for line in configuration.splitlines() if line.strip().startswith(directive + " "))
        assert str(prefix) in line, line


def test_it_runs_in_the_foreground_as_the_user_who_started_it(tmp_path):
    server = preview(tmp_path)
    command = server.write()
    assert command[-2:] == ["-g", "daemon off;"] and "daemon" not in server.conf.read_text()
    assert "user " not in server.configuration()
    assert "user alice;" in server.configuration(user="alice")
    assert all((tmp_path / "build" / "nginx" / folder).is_dir() for folder in ("client_body", "proxy"))


def test_preview_needs_a_built_site(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "project_paths", lambda: ProjectPaths(tmp_path))
    monkeypatch.setattr("healthsite.deploy.preview.missing_software", lambda: None)
    assert main(["preview"]) == 2
    assert "make build" in capsys.readouterr().err
    assert not Path(tmp_path / "build" / "nginx").exists()
