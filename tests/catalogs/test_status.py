"""The status command counts what the catalogues and review records really hold."""

from datetime import date

from healthsite.catalogs.format import load_catalog, save_catalog
from healthsite.catalogs.groups import SHARED, message_groups
from healthsite.catalogs.record_review import messages_of_part, record_review
from healthsite.catalogs.review import Reviewer
from healthsite.catalogs.status import language_status, sheet_status
from healthsite.catalogs.update import catalog_path

MARTIN = Reviewer("A. Martin, Brussels interpreting service", "sworn translator English-French")


def test_status_counts_every_message_once(kb, project):
    rows = language_status(kb, project.locales)
    assert [row.code for row in rows] == [language.code for language in kb.languages.targets]
    for row in rows:
        assert row.total == len(list(kb.texts()))


def test_every_message_belongs_to_exactly_one_part(kb):
    keys = [message for group in message_groups(kb) for message in group.messages]
    assert sorted(map(repr, keys)) == sorted(map(repr, kb.texts()))
    assert [group.name for group in message_groups(kb)][-1] == SHARED


def test_a_recorded_review_counts_as_reviewed_in_its_language_and_sheet(kb, locales):
    glossary = messages_of_part(kb, "glossary")
    assert record_review(kb, locales, kb.languages["fr"], glossary, MARTIN, date(2027, 1, 15), date(2027, 1, 15)).ok

    french = next(row for row in language_status(kb, locales) if row.code == "fr")
    assert french.reviewed == len(glossary)
    assert [(s.reviewer, s.texts, s.last_reviewed) for s in french.reviewers] == [(MARTIN, len(glossary), date(2027, 1, 15))]
    sheets = {row.name: row for row in sheet_status(kb, locales, "fr")}
    assert sheets["glossary"].reviewed == len(glossary) and sheets["glossary"].unreviewed == 0
    assert sheets["emergencies"].reviewed == 0
    assert all(row.reviewed == 0 for row in language_status(kb, locales) if row.code != "fr")


def test_an_entry_without_the_fuzzy_flag_but_without_a_record_counts_as_unreviewed(kb, locales):
    path = catalog_path(locales, "fr")
    catalog = load_catalog(path, kb.languages["fr"])
    for message in catalog:
        message.flags.discard("fuzzy")
    save_catalog(catalog, path)
    french = next(row for row in language_status(kb, locales) if row.code == "fr")
    assert french.reviewed == 0 and not french.reviewers


def test_the_status_document_names_every_recorded_reviewer(kb, project):
    """locales/STATUS.md may not hide a review, nor claim one that is not recorded."""
    text = (project.locales / "STATUS.md").read_text(encoding="utf-8")
    for row in language_status(kb, project.locales):
        for summary in row.reviewers:
            assert summary.reviewer.by in text, f"{row.code}: STATUS.md does not name {summary.reviewer.by}"


def test_the_status_document_shows_the_live_counts(kb, project):
    """locales/STATUS.md is what translators and readers of the repository trust: it must not drift."""
    import re

    from healthsite.catalogs.status import language_status

    text = (project.locales / "STATUS.md").read_text(encoding="utf-8")
    for row in language_status(kb, project.locales):
        line = re.search(rf"^\| [^|]+ \({row.code}\) \| (\d+) \| (\d+) \| (\d+) \|$", text, re.MULTILINE)
        assert line, row.code
        assert tuple(map(int, line.groups())) == (row.reviewed, row.unreviewed, row.missing), (
            f"{row.code}: update locales/STATUS.md (make status)")
