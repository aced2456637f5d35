"""The inline reference syntax that keeps facts out of translatable prose."""

import pytest

from healthsite.knowledge.references import Literal, Reference, Variable, placeholders, split_text


def test_split_text_keeps_order():
    assert split_text("Call {phone:112} or ask the {abbr:cpas}.") == [
        Literal("Call "), Reference("phone", "112"), Literal(" or ask the "), Reference("abbr", "cpas"), Literal("."),
    ]


def test_variables_are_recognised():
    assert split_text("Checked on {date}.")[1] == Variable("date")


@pytest.mark.parametrize("text", ["{phone:}", "{Phone:112}", "a { b", "a } b", "{phone:112 }"])
def test_malformed_placeholders_are_refused(text):
    with pytest.raises(ValueError):
        split_text(text)


def test_placeholders_are_compared_as_a_sorted_list():
    assert placeholders("{b:x} and {a:y} and {b:x}") == ["{a:y}", "{b:x}", "{b:x}"]
