"""Edits to a written page: found by an HTML parser, every byte no edit covers kept as written."""

from __future__ import annotations

import pytest

from healthsite.pages.html_edit import Edit, Page, apply_edits, insert, remove, set_value


def test_each_tag_is_found_with_its_exact_place_and_its_attributes():
    text = '<p>x</p>\n<A HREF="../" Class=\'b c\'>y</A>'
    page = Page(text)
    link = next(page.start_tags("a"))
    assert text[link.start:link.end] == '<A HREF="../" Class=\'b c\'>'
    assert link.get("href") == "../" and link.words("class") == {"b", "c"}
    assert text[page.end_tag(link).start:page.end_tag(link).end] == "</A>"
    assert page.content(link) == "y"


def test_a_greater_than_sign_inside_quotes_does_not_end_the_tag():
    text = '<a title="a > b" href="x">y</a>'
    [link] = Page(text).start_tags("a")
    assert link.end == text.index("y") and link.get("title") == "a > b"
    assert Page(text).edited([set_value(link, "href", "z")]) == '<a title="a > b" href="z">y</a>'


def test_attributes_are_read_unescaped_and_written_escaped():
    text = '<a href="?a=1&amp;b=2" data-x=plain hidden>y</a>'
    [link] = Page(text).start_tags("a")
    assert link.get("href") == "?a=1&b=2" and link.get("data-x") == "plain" and link.get("hidden") is None
    assert link.has("hidden") and not link.has("title")
    page = Page(text)
    assert page.edited([set_value(link, "href", "?a=1&b=3")]) == '<a href="?a=1&amp;b=3" data-x=plain hidden>y</a>'
    assert page.edited([set_value(link, "data-x", "two words")]) == '<a href="?a=1&amp;b=2" data-x="two words" hidden>y</a>'
    assert page.edited([set_value(link, "hidden", "until-found")]) == \
        '<a href="?a=1&amp;b=2" data-x=plain hidden="until-found">y</a>'


def test_setting_a_value_an_attribute_already_has_changes_no_byte():
    text = "<a href='?a=1&#38;b=2'>y</a>"
    [link] = Page(text).start_tags("a")
    assert set_value(link, "href", "?a=1&b=2") is None
    assert Page(text).edited([set_value(link, "href", "?a=1&b=2")]) == text


def test_a_new_attribute_goes_before_the_end_of_the_tag_even_a_self_closing_one():
    text = '<br/><img src="a.png" />'
    page = Page(text)
    br, img = page.start_tags()
    assert page.edited([set_value(br, "class", "x"), set_value(img, "alt", "")]) == \
        '<br class="x"/><img src="a.png"  alt=""/>'


def test_a_removed_attribute_takes_the_space_before_it():
    text = '<input type="checkbox"\n  autocomplete="off" id="a">'
    [box] = Page(text).start_tags("input")
    assert Page(text).edited([remove(box.attribute("autocomplete"))]) == '<input type="checkbox" id="a">'


def test_markup_inside_scripts_and_comments_is_text_not_tags():
    text = ('<!-- <a href="commented"> --><script>document.write(\'<a href="x">\')</script>'
            '<style>a[href="y"]{}</style><a href="real">r</a>')
    page = Page(text)
    assert [tag.get("href") for tag in page.start_tags("a")] == ["real"]
    [script] = page.start_tags("script")
    assert page.content(script) == "document.write('<a href=\"x\">')"


def test_an_element_ends_at_its_own_end_tag_and_its_children_are_the_tags_directly_inside():
    text = '<div id="o"><div id="i"><span></span></div><p>t</p></div><div id="n"></div>'
    page = Page(text)
    outer = next(page.start_tags("div"))
    assert page.element_end(outer) == text.index('<div id="n">')
    assert [tag.get("id") or tag.name for tag in page.children(outer)] == ["i", "p"]
    [img] = Page('<img src="a">').start_tags()
    assert Page('<img src="a">').end_tag(img) is None


def test_edits_inside_a_removed_span_go_with_it_and_other_overlaps_are_refused():
    text = '<div data-x="1"><p data-x="2">a</p></div><p data-x="3">b</p>'
    page = Page(text)
    div = next(page.start_tags("div"))
    edits = [remove(tag.attribute("data-x")) for tag in page.start_tags()] + [Edit(div.start, page.element_end(div))]
    assert page.edited(edits) == "<p>b</p>"
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 5, "y")])


def test_insertions_at_one_place_keep_their_order_and_survive_a_removal_that_starts_there():
    assert apply_edits("abc", [insert(1, "1"), insert(1, "2"), Edit(1, 2)]) == "a12c"


def test_tidying_reaches_the_text_but_not_attribute_values_scripts_or_inserted_text():
    text = '<p title="a\n  b">x\n   y</p>\n  <script>let s = `\n  kept`</script>\n  <pre>\n  kept</pre>'
    tidy = lambda chunk: chunk.replace("\n  ", "\n")  # noqa: E731
    assert Page(text).edited([insert(0, "\n  new")], tidy=tidy) == (
        '\n  new<p title="a\n  b">x\n y</p>\n<script>let s = `\n  kept`</script>\n<pre>\n  kept</pre>')


def test_tidying_sees_the_white_space_on_both_sides_of_a_removed_tag_as_one():
    text = "<b>\n  <i></i>\n  </b>"
    page = Page(text)
    [italic] = page.start_tags("i")
    tidy = lambda chunk: chunk.replace("\n  \n  ", "|")  # noqa: E731
    assert page.edited([Edit(italic.start, page.element_end(italic))], tidy=tidy) == "<b>|</b>"
