""""Save on this phone": a hidden box that save.js shows, with the size filled in after the build."""

from __future__ import annotations

import re

from healthsite.pages.save import save_box, with_save_size
from healthsite.site_map import WORKER_FILE
from tests.pages.test_inline import renderer


def test_the_box_is_hidden_until_a_script_finds_a_service_worker(kb):
    box = save_box(renderer(kb, "en"), "")
    assert re.match(r'<div class="save-edition" id="save-edition" hidden ', box)
    assert '<button type="button" class="md-button md-button--primary">Save on this phone ' in box
    assert "Leaflets and other languages are not saved." in box


def test_the_button_names_the_edition_s_worker_from_where_the_page_is(kb):
    assert f'data-worker="{WORKER_FILE}"' in save_box(renderer(kb, "en"), "")
    assert 'data-worker="../sw.js"' in save_box(renderer(kb, "en"), "../")


def test_what_the_script_says_is_in_the_page_s_language_as_plain_text(kb):
    saved = kb.ui("save-saved")
    box = save_box(renderer(kb, "fr", {(saved.key, saved.source): "Enregistré. « Les pages » & le reste."}), "")
    assert 'data-saved="Enregistré. « Les pages » &amp; le reste."' in box
    # A text not translated yet is shown in English, without the markup that marks it as English.
    assert 'data-failed="Saving did not work. Try again when you have internet."' in box


def test_the_built_page_says_how_much_saving_stores_before_the_press(kb):
    box = save_box(renderer(kb, "ar"), "")
    assert '<span class="save-size" dir="ltr"></span>' in box
    filled = with_save_size(f"<p>x</p>{box}", 1_700_000)
    assert '<span class="save-size" dir="ltr">(1661 KB)</span></button>' in filled
    assert with_save_size("<p>no button</p>", 1) == "<p>no button</p>"
