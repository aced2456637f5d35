"""The template holds every knowledge-base text, keyed by its stable context, with notes."""

from __future__ import annotations

from babel.messages.pofile import read_po

from healthsite.catalogs.extract import build_template
from healthsite.catalogs.format import render_catalog
from healthsite.catalogs.update import template_path


def test_every_text_is_a_message_with_its_key_as_context(kb, project):
    template = build_template(kb, project.root)
    keys = {(message.context, message.id) for message in template if message.id}
    expected = {(t.key, (t.one, t.other) if hasattr(t, "one") else t.source) for t in kb.texts()}
    assert keys == expected


def test_location_and_translator_notes_come_from_the_yaml(kb, project):
    template = build_template(kb, project.root)
    message = template.get("The price goes up a little every year. It was {fact:ambulance-fee}.", context="sheet:emergencies#cost")
    assert message.locations[0][0] == "content-src/sheets/emergencies.yaml"
    assert any(c.startswith("{fact:ambulance-fee} shows: 73.62 EUR") for c in message.auto_comments)
    reviewed = template.get("Information checked on {date}.", context="ui:reviewed-on")
    assert any("{date} is a date" in comment for comment in reviewed.auto_comments)


def test_plural_messages_for_durations(kb, project):
    template = build_template(kb, project.root)
    day = template.get(("{count} day", "{count} days"), context="unit:day")
    assert day is not None and day.pluralizable


def test_no_printf_flags_in_the_written_template(kb, project):
    content = render_catalog(build_template(kb, project.root)).decode()
    assert "python-format" not in content and "python-brace-format" not in content


def test_the_committed_template_is_up_to_date(kb, project):
    """Fails when content changed without `python -m healthsite extract`."""
    with open(template_path(project.locales), "rb") as handle:
        committed = read_po(handle)
    fresh = build_template(kb, project.root)
    assert {(m.context, m.id) for m in committed if m.id} == {(m.context, m.id) for m in fresh if m.id}


def test_translators_are_told_what_a_date_fact_shows(kb, project):
    template = build_template(kb, project.root)
    notes = [comment for message in template for comment in message.auto_comments
             if comment.startswith("{fact:temporary-protection-end} shows:")]
    assert notes and all("2027-03-04 (a date" in note for note in notes)


def test_release_notes_reach_the_template_from_the_release_file(content, tmp_path):
    from tests.releasing import LATER, publish

    publish(content, notes=["We explain better how to find a doctor."])
    template = build_template(content.load(today=LATER), tmp_path)
    note = template.get("We explain better how to find a doctor.", context=f"release:{LATER}:note-1")
    assert note is not None and note.locations[0][0] == f"content-src/releases/{LATER}.yaml"
