"""The editor's preview: HEALTHSITE_LANGS chooses the editions; the server watches what is written by hand."""

import pytest

from healthsite.serve_scope import BuildScope, build_scope, hand_written

CODES = ["nl", "fr", "en", "ar", "ti"]


def test_without_a_choice_every_edition_is_built_with_its_leaflets():
    for environ in ({}, {"HEALTHSITE_LANGS": ""}, {"HEALTHSITE_LANGS": "  "}):
        scope = build_scope(CODES, environ)
        assert scope == BuildScope() and scope.editions is None
        assert scope.leaflets and not scope.is_preview


def test_a_choice_builds_those_editions_in_the_site_order_without_leaflets():
    for asked in ("ar en", "ar,en", " ar ,  en "):
        scope = build_scope(CODES, {"HEALTHSITE_LANGS": asked})
        assert scope.editions == ("en", "ar")
        assert scope.is_preview and not scope.leaflets
    assert "only en ar" in build_scope(CODES, {"HEALTHSITE_LANGS": "ar en"}).describe()


def test_an_unknown_language_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match=r"HEALTHSITE_LANGS: xx is not an edition \(the editions are nl fr en ar ti\)"):
        build_scope(CODES, {"HEALTHSITE_LANGS": "en xx"})


def test_the_server_watches_docs_but_not_the_edition_folders_the_pipeline_writes(tmp_path):
    for folder in ("en/en", "ar", "fr", "assets", "overrides/partials"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "robots.txt").write_text("")
    assert hand_written(tmp_path, CODES) == [tmp_path / "assets", tmp_path / "overrides", tmp_path / "robots.txt"]
