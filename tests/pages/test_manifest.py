"""Each edition's web app manifest: its name, language, direction and scope, and the site's own icons."""

from __future__ import annotations

import json

from healthsite.pages.manifest import ICONS, THEME_COLOUR, web_manifest
from healthsite.site_map import manifest_path
from tests.conftest import ROOT
from tests.pages.test_inline import renderer


def test_the_manifest_names_the_edition_in_its_language(kb):
    name, short = kb.ui("site-name"), kb.ui("app-short-name")
    manifest = json.loads(web_manifest(kb, renderer(kb, "ar", {(name.key, name.source): "الرعاية الصحية في بلجيكا",
                                                                (short.key, short.source): "الرعاية الصحية"})))
    assert manifest["name"] == "الرعاية الصحية في بلجيكا" and manifest["short_name"] == "الرعاية الصحية"
    assert manifest["lang"] == "ar" and manifest["dir"] == "rtl"


def test_an_untranslated_name_is_english_text_without_markup(kb):
    manifest = json.loads(web_manifest(kb, renderer(kb, "ti")))
    assert manifest["short_name"] == "Health care" and manifest["dir"] == "ltr"
    assert manifest["description"].startswith("Your right to health care in Belgium")


def test_the_app_starts_on_the_edition_home_and_stays_in_the_edition(kb):
    manifest = json.loads(web_manifest(kb, renderer(kb, "en")))
    # Relative to the manifest, which sits at /<lang>/manifest.webmanifest.
    assert manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest_path("en") == "en/manifest.webmanifest"
    assert manifest["theme_color"] == THEME_COLOUR


def test_icons_are_the_site_s_own_files(kb):
    manifest = json.loads(web_manifest(kb, renderer(kb, "en")))
    for icon in manifest["icons"]:
        assert icon["src"].startswith("../assets/images/")
        assert (ROOT / "docs" / icon["src"].removeprefix("../")).is_file(), icon["src"]
    assert {icon.sizes for icon in ICONS} >= {"any", "192x192", "512x512"}
    assert any(icon.purpose == "maskable" for icon in ICONS)
    assert THEME_COLOUR in (ROOT / "docs" / "assets" / "site.css").read_text(encoding="utf-8")
