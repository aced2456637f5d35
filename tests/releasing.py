"""Helpers for tests of the release record: a later release of a changed copy of content-src/."""

from __future__ import annotations

from datetime import date

from healthsite.knowledge.publish import Publication, write_release

BASELINE = date(2026, 12, 6)  # the first release in the repository
LATER = date(2027, 1, 15)


def change_content(content) -> None:
    """A new ambulance price for a new year, a new number for the Brussels doctors on call,
    and a new sheet."""
    content.replace("facts.yaml", 'value: 73.62\n    unit: EUR\n    valid: "2025"', 'value: 80.5\n    unit: EUR\n    valid: "2026"')
    content.replace("phones.yaml", 'number: "02 201 22 22"', 'number: "02 201 22 33"')
    sheet = (content.folder / "sheets" / "vaccination.yaml").read_text(encoding="utf-8")
    content.write("sheets/vaccination-children.yaml", sheet.replace("slug: vaccination\n", "slug: vaccination-children\n")
                  .replace("title: Vaccination\n", "title: Vaccination of children\n").replace("order: 210", "order: 211"))


def publish(content, day: date = LATER, notes: list[str] | None = None) -> Publication:
    return write_release(content.load(today=day), content.folder, day, notes)
