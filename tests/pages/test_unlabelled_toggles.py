from healthsite.pages.html_document import finish_page
from healthsite.pages.unlabelled_toggles import Toggle, unlabelled_toggles, without_unlabelled_toggles

# Material's base template, as this site's header override leaves it: the drawer has labels,
# the search toggle has none since search became a link.
BODY = ('<body dir="ltr">\n'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
        '<label class="md-overlay" for="__drawer"></label>\n')


def test_a_toggle_no_label_points_at_is_found_with_its_exact_place():
    [toggle] = unlabelled_toggles(BODY)
    assert toggle.element_id == "__search"
    assert BODY[toggle.start:toggle.end] == \
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">'


def test_the_search_toggle_goes_and_the_drawer_toggle_stays():
    assert without_unlabelled_toggles(BODY) == (
        '<body dir="ltr">\n'
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n\n'
        '<label class="md-overlay" for="__drawer"></label>\n')


def test_a_table_of_contents_toggle_stays_only_when_a_label_opens_it():
    with_contents = ('<li><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
                     '<label class="md-nav__link" for="__toc">Page</label><a href="./">Page</a></li>')
    without_contents = '<li><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc"><a href="./">Page</a></li>'
    assert without_unlabelled_toggles(with_contents) == with_contents
    assert without_unlabelled_toggles(without_contents) == '<li><a href="./">Page</a></li>'


def test_a_label_after_its_toggle_counts_and_attribute_order_and_quotes_do_not_matter():
    page = "<input id=__nav_2 type='checkbox'\n  class='md-nav__toggle md-toggle'><label for=__nav_2>Sheets</label>"
    assert unlabelled_toggles(page) == []
    assert unlabelled_toggles("<p>x</p>\n<input type=checkbox class=md-toggle id=a>") == [Toggle("a", 9, 51)]


def test_other_controls_are_left_for_the_tests_to_catch():
    """Only Material's hidden toggles are dropped: a real form control without a label is a
    mistake to fix, not to hide."""
    page = '<input type="checkbox" id="agree"><input class="md-toggle" type="text" id="q"><input class="md-toggle" type="checkbox">'
    assert without_unlabelled_toggles(page) == page


def test_a_finished_page_has_no_search_toggle():
    page = ('<html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
            + BODY + '<label class="md-nav__title" for="__toc">Contents</label></body></html>')
    finished = finish_page(page, "ltr", "https://health.example.be/")
    assert "__search" not in finished and 'id="__drawer"' in finished
    assert '<label class="md-nav__title">Contents</label>' in finished  # the label repair still runs
