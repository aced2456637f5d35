"""The published address comes from mkdocs.yml, and SITE_URL overrides it, as in MkDocs."""

from __future__ import annotations

from healthsite.paths import configured_site_url

CONFIG = 'site_name: x\nsite_url: !ENV [SITE_URL, "https://default.example/"]\nnav: !!python/name:material.x\n'


def test_site_url_defaults_to_the_value_in_mkdocs_yml(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    (tmp_path / "mkdocs.yml").write_text(CONFIG)
    assert configured_site_url(tmp_path / "mkdocs.yml") == "https://default.example/"


def test_site_url_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://health.example.be/")
    (tmp_path / "mkdocs.yml").write_text(CONFIG)
    assert configured_site_url(tmp_path / "mkdocs.yml") == "https://health.example.be/"


def test_a_plain_site_url_is_read_as_it_is(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_url: https://plain.example/\n")
    assert configured_site_url(tmp_path / "mkdocs.yml") == "https://plain.example/"
