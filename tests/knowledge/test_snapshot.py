"""What a sheet shows, its fingerprint, and the date its information last changed."""

from __future__ import annotations

from healthsite.knowledge.snapshot import (
    affected_sheets,
    changed_after,
    last_changed,
    removed_after,
    sheet_fingerprint,
    sheet_uses,
    take_snapshot,
    unpublished,
    users_of,
)
from tests.releasing import BASELINE, LATER, change_content, publish


def test_a_sheet_uses_the_facts_and_numbers_it_shows(kb):
    uses = sheet_uses(kb, kb.sheet("emergencies"))
    assert "ambulance-fee" in uses.facts
    assert {"112", "1733", "gbbw"} <= set(uses.phones)
    assert "gbbw" in uses.named_organisations
    assert "ambulance-fee" not in sheet_uses(kb, kb.sheet("vaccination")).facts


def test_organisation_cards_bring_their_phone_numbers(kb):
    sheet = next(sheet for sheet in kb.sheets
                 if any(block.kind == "organisations" and any(kb.organisations[o].phones for o in block.ids)
                        for section in sheet.sections for block in section.blocks))
    uses = sheet_uses(kb, sheet)
    for organisation in uses.organisations:
        assert set(kb.organisations[organisation].phones) <= set(uses.phones)


def test_the_fingerprint_follows_the_english_a_reader_sees(content):
    before = content.load()
    content.replace("sheets/emergencies.yaml", 'reviewed: "2026-12-06"', 'reviewed: "2026-12-05"')
    content.replace("facts.yaml", "value: 73.62", "value: 80.5")
    after = content.load()
    # A review date or a fact value is not the sheet's wording: facts are recorded on their own.
    assert sheet_fingerprint(before, before.sheet("emergencies")) == sheet_fingerprint(after, after.sheet("emergencies"))
    content.replace("sheets/emergencies.yaml", "The call is free.", "The call costs nothing.")
    reworded = content.load()
    assert sheet_fingerprint(reworded, reworded.sheet("emergencies")) != sheet_fingerprint(after, after.sheet("emergencies"))
    content.replace("phones.yaml", "Police emergency", "Police in an emergency")
    relabelled = content.load()
    # A label of a number the sheet shows is part of what it says.
    assert sheet_fingerprint(relabelled, relabelled.sheet("emergencies")) != sheet_fingerprint(
        reworded, reworded.sheet("emergencies"))


def test_the_repository_content_is_what_its_last_release_recorded(kb):
    """Fails when content changed without `python -m healthsite publish`: pages would show an old date."""
    assert not unpublished(kb), "run `python -m healthsite publish`"
    assert kb.releases[-1].snapshot == take_snapshot(kb)


def test_every_published_sheet_has_a_last_changed_date(kb):
    for sheet in kb.sheets:
        assert last_changed(kb, sheet) is not None, sheet.slug


def test_a_changed_fact_or_number_dates_every_sheet_that_shows_it(content):
    change_content(content)
    publish(content)
    kb = content.load(today=LATER)
    fee_users = users_of(kb, fact="ambulance-fee")
    number_users = users_of(kb, phone="gbbw")
    assert "emergencies" in fee_users and {"emergencies", "going-to-the-doctor", "where-to-get-help"} <= set(number_users)
    for sheet in kb.sheets:
        expected = LATER if sheet.slug in {*fee_users, *number_users, "vaccination-children"} else BASELINE
        assert last_changed(kb, sheet) == expected, sheet.slug
    assert set(affected_sheets(kb, kb.releases[-1])) == {*fee_users, *number_users, "vaccination-children"}
    assert set(changed_after(kb, BASELINE)) == set(affected_sheets(kb, kb.releases[-1]))
    assert changed_after(kb, LATER) == ()


def test_removed_sheets_are_remembered_after_their_release(content):
    content.replace("sheets/for-professionals.yaml", "slug: for-professionals\n", "slug: for-staff\n")
    publish(content)
    kb = content.load(today=LATER)
    assert removed_after(kb, BASELINE) == ("for-professionals",)
    assert "for-staff" in changed_after(kb, BASELINE)
