import base64
import hashlib

from healthsite.pages.html_document import (
    absolute_alternates,
    content_security_policy,
    finish_page,
    set_direction,
    valid_theme_markup,
    without_generator,
    without_indentation,
    without_script_hooks,
)


def test_direction_goes_on_the_html_element():
    assert set_direction('<html lang="ar" class="no-js"><body dir="rtl">', "rtl") == \
        '<html lang="ar" class="no-js" dir="rtl"><body dir="rtl">'
    assert set_direction('<html lang="en" dir="rtl">', "ltr") == '<html lang="en" dir="ltr">'


def test_checkboxes_lose_the_autocomplete_attribute_the_html_checker_rejects():
    page = '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off"><input type="text" autocomplete="off">'
    assert valid_theme_markup(page) == '<input class="md-toggle" type="checkbox" id="__drawer"><input type="text" autocomplete="off">'


def test_a_label_for_a_missing_control_keeps_its_text_but_not_its_for():
    page = '<input type="checkbox" id="__drawer"><label class="a" for="__drawer">Menu</label><label class="b" for="__toc">Contents</label>'
    assert valid_theme_markup(page) == ('<input type="checkbox" id="__drawer"><label class="a" for="__drawer">Menu</label>'
                                        '<label class="b">Contents</label>')


def test_the_security_policy_allows_only_the_pages_own_scripts():
    inline = "__md_scope=new URL('../..',location)"
    page = ('<html><head><meta charset="utf-8"><title>t</title></head><body>'
            f'<script id="__config" type="application/json">{{}}</script><script>{inline}</script>'
            '<script src="../../assets/bundle.js"></script></body></html>')
    result = content_security_policy(page)
    digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    policy = result.split('content="')[1].split('"')[0]
    assert result.index("Content-Security-Policy") < result.index("<title>")
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    assert policy.count("sha256-") == 1  # the JSON data block is not a script
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_the_only_worker_and_manifest_allowed_are_the_site_s_own():
    policy = content_security_policy('<meta charset="utf-8">').split('content="')[1].split('"')[0]
    assert "worker-src 'self';" in policy and "manifest-src 'self';" in policy


def test_language_alternates_become_absolute_with_the_chooser_as_default():
    head = ('<link rel="canonical" href="https://health.example.be/ar/no-papers/">'
            '<link rel="alternate" href="../../nl/no-papers/" hreflang="nl">'
            '<link rel="alternate" href="./" hreflang="ar">')
    assert absolute_alternates(head, "https://health.example.be/") == (
        '<link rel="canonical" href="https://health.example.be/ar/no-papers/">'
        '<link rel="alternate" href="https://health.example.be/nl/no-papers/" hreflang="nl">'
        '<link rel="alternate" href="https://health.example.be/ar/no-papers/" hreflang="ar">'
        '<link rel="alternate" href="https://health.example.be/" hreflang="x-default">')


def test_indentation_goes_but_words_stay_apart():
    page = '<ul>\n    <li><a href="x">One</a>\n      <span>two</span></li>\n</ul>'
    assert without_indentation(page) == '<ul>\n<li><a href="x">One</a>\n<span>two</span></li>\n</ul>'


def test_what_only_material_javascript_uses_is_dropped():
    page = ('<div class="md-container" data-md-component="container"><main data-md-type="x">a</main></div>\n'
            '<div class="md-dialog">\n<div class="md-dialog__inner md-typeset"></div>\n</div>')
    assert without_script_hooks(page) == '<div class="md-container"><main data-md-type="x">a</main></div>\n'


def test_the_theme_generator_line_is_dropped_and_nothing_else():
    head = ('<link rel="icon" href="x.svg">\n<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">\n'
            '<meta name="description" content="d">')
    # The line break it leaves goes with the indentation, as in a finished page.
    assert without_indentation(without_generator(head)) == \
        '<link rel="icon" href="x.svg">\n<meta name="description" content="d">'
    assert "generator" not in finish_page(f"<html><head>{head}</head></html>", "ltr", "https://health.example.be/")


def test_a_finished_page_ships_its_scripts_as_written_and_hashes_them_so():
    inline = "if (a) {\n    b();\n}"
    page = ('<html lang="ar">\n  <head>\n    <meta charset="utf-8">\n  </head>\n  <body dir="rtl">\n'
            f'    <script>{inline}</script>\n'
            '    <div class="md-dialog" data-md-component="dialog">\n      <div class="md-dialog__inner md-typeset"></div>\n'
            '    </div>\n  </body>\n</html>')
    finished = finish_page(page, "rtl", "https://health.example.be/")
    digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    assert f"<script>{inline}</script>" in finished and f"'sha256-{digest}'" in finished
    assert finished.startswith('<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8"><meta http-equiv=')
    assert finished.endswith("</script>\n</body>\n</html>")


def test_a_dialog_with_content_is_not_material_s_empty_one_and_stays():
    page = '<div class="md-dialog"><div class="md-dialog__inner md-typeset">Saved</div></div>'
    assert without_script_hooks(page) == page
