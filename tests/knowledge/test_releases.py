"""The release record: every change between two snapshots is listed, and a record that
does not list them all does not load."""

from __future__ import annotations

from datetime import date

import pytest

from healthsite.knowledge import KnowledgeBaseError
from healthsite.knowledge.releases import Changed, Changes, FactValue, SheetRecord, Snapshot, compare
from tests.releasing import BASELINE, LATER, change_content, publish


def snapshot(sheets=None, facts=None, phones=None) -> Snapshot:
    return Snapshot(sheets or {}, facts or {}, phones or {})


def test_the_first_release_lists_no_changes():
    assert compare(None, snapshot({"a": SheetRecord("A", "0" * 16)})) == Changes()
    assert not Changes()


def test_a_changed_fact_is_listed_with_its_old_and_new_value():
    old = snapshot(facts={"fee": FactValue(73.62, "EUR", "2025"), "days": FactValue(30, "day")})
    new = snapshot(facts={"fee": FactValue(80.5, "EUR", "2026"), "days": FactValue(30.0, "day")})
    assert compare(old, new) == Changes(facts_changed=(Changed("fee", FactValue(73.62, "EUR", "2025"),
                                                               FactValue(80.5, "EUR", "2026")),))


def test_sheets_added_removed_and_changed_and_phone_numbers():
    old = snapshot({"a": SheetRecord("A", "1" * 16), "b": SheetRecord("B", "2" * 16)}, phones={"x": "02 201 22 22", "y": "112"})
    new = snapshot({"a": SheetRecord("A", "3" * 16), "c": SheetRecord("C", "4" * 16)}, phones={"x": "02 201 22 33", "z": "101"})
    changes = compare(old, new)
    assert (changes.sheets_added, changes.sheets_removed, changes.sheets_changed) == (("c",), ("b",), ("a",))
    assert changes.phones_changed == (Changed("x", "02 201 22 22", "02 201 22 33"),)
    assert (changes.phones_added, changes.phones_removed) == (("z",), ("y",))


def test_the_repository_has_a_first_published_version(kb):
    first = kb.releases[0]
    assert first.first and first.date == BASELINE and first.changes == Changes()
    assert set(first.snapshot.sheets) <= {sheet.slug for sheet in kb.sheets}
    assert all(release.date <= date.today() for release in kb.releases)


def test_a_release_that_leaves_a_change_out_does_not_load(content):
    change_content(content)
    publish(content)
    file = content.folder / "releases" / f"{LATER}.yaml"
    text = file.read_text(encoding="utf-8")
    start = text.index("  facts-changed:")
    end = text.index("  phones-changed:")
    file.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load(today=LATER)
    [problem] = caught.value.problems
    assert problem.file == file and problem.field == "changes"
    assert "facts-changed does not match" in problem.message and str(BASELINE) in problem.message


def test_a_release_is_named_by_its_date_and_not_in_the_future(content):
    change_content(content)
    publish(content)
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load(today=date(2027, 1, 14))
    assert any("release date 2027-01-15 is in the future" in problem.message for problem in caught.value.problems)
    (content.folder / "releases" / f"{LATER}.yaml").rename(content.folder / "releases" / "2027-01-16.yaml")
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load(today=LATER)
    assert any("must be in 2027-01-15.yaml" in problem.message for problem in caught.value.problems)


def test_notes_and_removed_titles_are_texts_with_stable_keys(content):
    content.replace("sheets/for-professionals.yaml", "slug: for-professionals\n", "slug: for-staff\n")
    publish(content, notes=["We explain better how to find a doctor."])
    kb = content.load(today=LATER)
    release = kb.releases[-1]
    [note] = release.notes
    assert note.key == f"release:{LATER}:note-1" and note.source == "We explain better how to find a doctor."
    removed = release.removed_titles["for-professionals"]
    assert removed.key == f"release:{LATER}:removed:for-professionals"
    assert removed.source == "For professionals: how the care gets paid"
    assert {note.key, removed.key} <= {text.key for text in kb.texts()}


def test_a_note_is_plain_text(content):
    publish(content, notes=["The price is now {fact:ambulance-fee}."])
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load(today=LATER)
    [problem] = caught.value.problems
    assert problem.field == "notes[0]" and "plain text" in problem.message
