"""The build reports missing and unreviewed translations per language."""

from healthsite.build import BuildReport, edition_directory
from healthsite.pages.documents import PageSource


def test_report_names_languages_with_missing_or_unreviewed_strings():
    report = BuildReport(pages=[
        PageSource("fr/a/index.md", "", frozenset({"missing", "unreviewed"})),
        PageSource("fr/b/index.md", "", frozenset({"unreviewed"})),
        PageSource("ar/a/index.md", "", frozenset({"translated"})),
    ])
    assert report.summary() == [
        "fr: 1 page(s) show English where a translation is missing",
        "fr: 2 page(s) use unreviewed translations (notice shown)",
    ]


def test_edition_directories():
    assert edition_directory("fr", "en") == "fr/"
    assert edition_directory("en", "en") == "en/en/"
