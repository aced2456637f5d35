"""The status command counts what the catalogues really hold."""

from healthsite.catalogs.status import language_status


def test_status_counts_every_message_once(kb, project):
    rows = language_status(kb, project.locales)
    assert [row.code for row in rows] == [language.code for language in kb.languages.targets]
    for row in rows:
        assert row.total == len(list(kb.texts()))


def test_no_translation_claims_a_human_review_yet(kb, project):
    """No qualified human has reviewed any translation: every one must stay fuzzy.
    When a reviewed language arrives, list it here with the reviewer in README."""
    for row in language_status(kb, project.locales):
        assert row.translated == 0, f"{row.code}: {row.translated} translations are marked reviewed"


def test_the_status_document_shows_the_live_counts(kb, project):
    """locales/STATUS.md is what translators and readers of the repository trust: it must not drift."""
    import re

    from healthsite.catalogs.status import language_status

    text = (project.locales / "STATUS.md").read_text(encoding="utf-8")
    for row in language_status(kb, project.locales):
        line = re.search(rf"^\| [^|]+ \({row.code}\) \| (\d+) \| (\d+) \| (\d+) \|$", text, re.MULTILINE)
        assert line, row.code
        assert tuple(map(int, line.groups())) == (row.translated, row.unreviewed, row.missing), (
            f"{row.code}: update locales/STATUS.md (make status)")
