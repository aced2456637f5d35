from healthsite.pages.html_document import set_direction, valid_theme_markup


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
