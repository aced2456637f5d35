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
