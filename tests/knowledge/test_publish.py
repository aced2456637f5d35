"""The release command: it compares the content with the last release and records the changes."""

from __future__ import annotations

from argparse import Namespace

import pytest
import yaml

from healthsite.cli import cmd_publish
from healthsite.knowledge.publish import NothingToPublish
from healthsite.paths import ProjectPaths
from tests.releasing import BASELINE, LATER, change_content, publish


def run_publish(content, monkeypatch, capsys, day, *notes) -> tuple[int, str, str]:
    monkeypatch.setenv("HEALTHSITE_TODAY", day.isoformat())
    code = cmd_publish(ProjectPaths(content.folder.parent), Namespace(note=list(notes)))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_release_command_lists_a_changed_phone_number_a_changed_fact_and_a_new_sheet(content, monkeypatch, capsys):
    change_content(content)
    code, out, _ = run_publish(content, monkeypatch, capsys, LATER, "We explain better how to find a doctor.")
    assert code == 0
    assert f"compared with the release of {BASELINE}:" in out
    assert "phone number changed: gbbw: 02 201 22 22 -> 02 201 22 33" in out
    assert "fact changed: ambulance-fee: 73.62 EUR (2025) -> 80.5 EUR (2026)" in out
    assert "new sheet: vaccination-children" in out
    assert "note: We explain better how to find a doctor." in out
    written = yaml.safe_load((content.folder / "releases" / f"{LATER}.yaml").read_text(encoding="utf-8"))
    assert written["changes"]["phones-changed"] == [{"id": "gbbw", "old": "02 201 22 22", "new": "02 201 22 33"}]
    assert written["changes"]["facts-changed"] == [{"id": "ambulance-fee", "old": {"value": 73.62, "unit": "EUR", "valid": "2025"},
                                                    "new": {"value": 80.5, "unit": "EUR", "valid": "2026"}}]
    assert written["snapshot"]["phones"]["gbbw"] == "02 201 22 33"
    assert content.load(today=LATER).releases[-1].date == LATER


def test_nothing_to_publish_writes_nothing(content, monkeypatch, capsys):
    code, out, _ = run_publish(content, monkeypatch, capsys, LATER)
    assert code == 1 and f"nothing changed since the release of {BASELINE}" in out
    assert not (content.folder / "releases" / f"{LATER}.yaml").exists()
    with pytest.raises(NothingToPublish):
        publish(content)


def test_a_note_alone_is_a_release(content):
    publication = publish(content, notes=["We explain better how to find a doctor."])
    assert not publication.changes and publication.notes == ("We explain better how to find a doctor.",)


def test_publishing_again_the_same_day_replaces_that_release_and_keeps_its_notes(content):
    publish(content, notes=["We explain better how to find a doctor."])
    change_content(content)
    publication = publish(content, notes=["We added a page about vaccines for children."])
    assert publication.previous == BASELINE and "vaccination-children" in publication.changes.sheets_added
    kb = content.load(today=LATER)
    assert [release.date for release in kb.releases] == [BASELINE, LATER]
    assert [note.source for note in kb.releases[-1].notes] == ["We explain better how to find a doctor.",
                                                                "We added a page about vaccines for children."]


def test_a_note_that_breaks_the_plain_language_rules_is_refused(content, monkeypatch, capsys):
    long_note = "This note is much too long for a reader, because it goes on and on and on without ever stopping for a breath."
    code, _, err = run_publish(content, monkeypatch, capsys, LATER, long_note)
    assert code == 1 and "sentence of" in err and "no release written" in err
    assert not (content.folder / "releases" / f"{LATER}.yaml").exists()


def test_the_first_release_is_the_baseline(content, monkeypatch, capsys):
    for file in (content.folder / "releases").glob("*.yaml"):
        file.unlink()
    sheets = len(content.load().sheets)
    code, out, _ = run_publish(content, monkeypatch, capsys, BASELINE)
    assert code == 0 and f"first published version (the baseline): {sheets} sheets" in out
    kb = content.load(today=BASELINE)
    assert kb.releases[0].first and not kb.releases[0].changes


def test_validate_warns_while_a_change_is_not_published(content, monkeypatch, capsys):
    from healthsite.cli import cmd_validate

    monkeypatch.setenv("HEALTHSITE_TODAY", BASELINE.isoformat())
    cmd_validate(ProjectPaths(content.folder.parent), Namespace())
    assert "not published yet" not in capsys.readouterr().out
    change_content(content)
    cmd_validate(ProjectPaths(content.folder.parent), Namespace())
    warning = next(line for line in capsys.readouterr().out.splitlines() if "not published yet" in line)
    assert f"changed since the release of {BASELINE}" in warning and "phone number changed: gbbw" in warning
