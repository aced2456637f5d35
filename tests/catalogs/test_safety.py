"""A translation keeps the source's placeholders and numbers and adds no markup."""

import pytest

from healthsite.catalogs.safety import numbers, problems_with


def test_a_faithful_translation_passes():
    assert problems_with("Call {phone:112}. Press 1.", "Appelez le {phone:112}. Appuyez sur 1.") == []


@pytest.mark.parametrize("translation, reason", [
    ("Appelez le 112. Appuyez sur 1.", "placeholders differ"),
    ("Appelez le {phone:101}. Appuyez sur 1.", "placeholders differ"),
    ("Appelez le {phone:112}. Appuyez sur 2.", "numbers differ"),
    ("اتصل {phone:112}. اضغط ١.", "numbers differ"),
    ("Appelez le {phone:112}. <script>alert(1)</script> 1", "markup"),
    ("Appelez le {phone:112} [ici](https://evil.example) 1", "markup"),
    ("Appelez le {phone:112}, www.example.org 1", "markup"),
    ("Appelez le {phone:112} &lt;b&gt; 1", "markup"),
])
def test_wrong_translations_are_caught(translation, reason):
    found = problems_with("Call {phone:112}. Press 1.", translation)
    assert any(reason in problem for problem in found), found


def test_numbers_ignore_placeholders_and_separator_style():
    assert numbers("Open 8:00 to 22:00, call {phone:112}") == numbers("Ouvert de 8.00 à 22.00, {phone:112}")
