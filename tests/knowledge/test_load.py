"""The knowledge base loads, and every kind of bad input fails with file, line and field."""

from __future__ import annotations

import pytest

from healthsite.knowledge import KnowledgeBaseError


def only_problem(content, **load):
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load(**load)
    problems = caught.value.problems
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def test_the_real_knowledge_base_loads(kb):
    assert [sheet.slug for sheet in kb.sheets][:2] == ["emergencies", "your-rights"]
    assert kb.languages.codes == "nl fr en ar fa ps ru uk es pt ro sq tr so ti".split()
    assert kb.phones["gbbw"].tel == "tel:+3222012222"


def test_unknown_phone_in_text_names_file_line_and_field(content):
    content.replace("sheets/emergencies.yaml", "Call {phone:112} for an ambulance", "Call {phone:113} for an ambulance")
    problem = only_problem(content)
    assert problem.file.name == "emergencies.yaml"
    assert problem.line == content.line_of("sheets/emergencies.yaml", "{phone:113}")
    assert problem.field == "sections[1].blocks[0].p"
    assert "unknown phone id '113'" in problem.message


def test_unknown_id_in_a_data_block(content):
    content.replace("sheets/emergencies.yaml", 'phones: ["1733", gbbw]', 'phones: ["1733", nowhere]')
    problem = only_problem(content)
    assert problem.field == "sections[5].blocks[4].phones[1]"
    assert "unknown phone id 'nowhere'" in problem.message


def test_unknown_organisation_in_a_data_block(content):
    # Without the check the sheet's page fails to build instead of naming the line to fix.
    content.replace("sheets/unaccompanied-minors.yaml", "organisations: [child-focus, caw",
                    "organisations: [nowhere, caw")
    problem = only_problem(content)
    assert problem.file.name == "unaccompanied-minors.yaml"
    assert problem.field.endswith(".organisations[0]")
    assert "unknown org id 'nowhere'" in problem.message


def test_unknown_placeholder_kind(content):
    content.replace("sheets/glossary.yaml", "Offices in Belgium", "Offices in {country:be}")
    problem = only_problem(content)
    assert "unknown placeholder '{country:be}'" in problem.message


def test_duplicate_slug(content):
    text = (content.folder / "sheets/glossary.yaml").read_text(encoding="utf-8")
    content.write("sheets/zz-copy.yaml", text)
    problem = only_problem(content)
    assert problem.file.name == "zz-copy.yaml"
    assert problem.line == content.line_of("sheets/zz-copy.yaml", "slug:") and problem.field == "slug"
    assert "duplicate slug 'glossary'" in problem.message and "glossary.yaml" in problem.message


def test_missing_sources_field(content):
    content.replace("sheets/glossary.yaml", "sources: [bilingual-brochure, facts-reference, brusano-2025]\n", "")
    problem = only_problem(content)
    assert problem.file.name == "glossary.yaml"
    assert problem.field == "(top level)"
    assert "'sources' is a required property" in problem.message


def test_unknown_source(content):
    content.replace("phones.yaml", "sources: [gbbw]", "sources: [gbbw, hearsay]")
    problem = only_problem(content)
    assert problem.file.name == "phones.yaml"
    assert problem.field == "phones[4].sources[1]"
    assert problem.line == content.line_of("phones.yaml", "hearsay")
    assert "unknown source 'hearsay'" in problem.message


def test_malformed_phone_number(content):
    content.replace("phones.yaml", 'number: "02 201 22 22"', 'number: "02 201 22 2"')
    problem = only_problem(content)
    assert problem.field == "phones[4].number"
    assert problem.line == content.line_of("phones.yaml", '"02 201 22 2"')
    assert "malformed phone number" in problem.message and "9 digits" in problem.message


def test_phone_number_with_letters_fails_the_schema(content):
    content.replace("phones.yaml", 'number: "1733"', 'number: "17-33"')
    problem = only_problem(content)
    assert problem.field == "phones[3].number"
    assert "wrong form" in problem.message


def test_review_date_in_the_future(content):
    content.replace("sheets/emergencies.yaml", 'reviewed: "2026-12-06"', 'reviewed: "2027-01-10"')
    problem = only_problem(content)
    assert problem.field == "reviewed"
    assert problem.line == content.line_of("sheets/emergencies.yaml", "reviewed:")
    assert "in the future" in problem.message


def test_review_date_that_does_not_exist(content):
    content.replace("sheets/emergencies.yaml", 'reviewed: "2026-12-06"', 'reviewed: "2026-02-30"')
    assert "not a real date" in only_problem(content).message


def test_markup_in_prose_is_refused(content):
    content.replace("sheets/glossary.yaml", "Offices in Belgium", "Offices in <b>Belgium</b>")
    assert "HTML" in only_problem(content).message


def test_yaml_syntax_error_names_the_line(content):
    content.replace("terms.yaml", "  - id: amu\n", "  - id: amu\n   broken: [\n")
    problem = only_problem(content)
    assert problem.file.name == "terms.yaml" and problem.field == "(syntax)"
    assert problem.line is not None


def test_a_key_written_twice(content):
    content.replace("sheets/glossary.yaml", "order: 900\n", "order: 900\norder: 901\n")
    problem = only_problem(content)
    assert problem.field == "order" and "twice" in problem.message


def test_every_problem_is_reported_at_once(content):
    content.replace("phones.yaml", 'number: "02 201 22 22"', 'number: "02 201"')
    content.replace("sheets/emergencies.yaml", 'reviewed: "2026-12-06"', 'reviewed: "2030-01-01"')
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load()
    assert len(caught.value.problems) == 2
    assert "phones.yaml" in str(caught.value) and "emergencies.yaml" in str(caught.value)


def test_a_topic_sheet_needs_every_standard_section(content):
    text = (content.folder / "sheets/emergencies.yaml").read_text(encoding="utf-8")
    content.write("sheets/emergencies.yaml", text.replace("  - id: regions\n", "  - id: other-regions\n    heading: Regions\n"))
    problem = only_problem(content)
    assert problem.file.name == "emergencies.yaml"
    assert problem.message == "a topic sheet needs a section with id 'regions'"


def test_what_to_do_needs_numbered_steps(content):
    content.replace("sheets/emergencies.yaml", "  - id: what-to-do\n    blocks:\n      - steps:",
                    "  - id: what-to-do\n    blocks:\n      - bullets:")
    problem = only_problem(content)
    assert problem.field == "sections[0].blocks"
    assert problem.message == "section 'what-to-do' needs a 'steps' block"


def test_only_standard_sections_may_leave_out_their_heading(content):
    content.replace("sheets/emergencies.yaml", "  - id: police\n    heading: \"Police: call 101\"\n", "  - id: police\n")
    problem = only_problem(content)
    assert problem.field == "sections[2].id"
    assert "needs a heading" in problem.message


def test_standard_headings_are_translated_once_for_all_sheets(kb):
    sheet = kb.sheet("emergencies")
    assert sheet.sections[0].heading is kb.ui("section-what-to-do")
    assert all(not text.key.startswith("ui:") for text in sheet.texts())


def give_aliases(content, sheet: str, aliases: str) -> None:
    content.replace(f"sheets/{sheet}.yaml", f"slug: {sheet}\n", f"slug: {sheet}\naliases: {aliases}\n")


def test_a_sheet_keeps_its_old_addresses_as_aliases(content):
    give_aliases(content, "glossary", "[words, official-words]")
    assert content.load().sheet("glossary").aliases == ("words", "official-words")


def test_an_alias_cannot_be_the_address_of_a_page(content):
    give_aliases(content, "glossary", "[emergencies]")
    problem = only_problem(content)
    assert problem.file.name == "glossary.yaml" and problem.field == "aliases[0]"
    assert problem.line == content.line_of("sheets/glossary.yaml", "aliases:")
    assert "alias 'emergencies' is the address of a page (emergencies.yaml)" in problem.message


def test_an_alias_cannot_be_the_guide(content):
    give_aliases(content, "glossary", "[which-situation]")
    assert "(guide.yaml)" in only_problem(content).message


def test_two_sheets_cannot_share_an_alias(content):
    give_aliases(content, "glossary", "[old]")
    give_aliases(content, "emergencies", "[old]")
    problem = only_problem(content)
    assert problem.file.name == "glossary.yaml"
    assert "alias 'old' is also an alias in emergencies.yaml" in problem.message


def test_an_alias_must_be_a_slug(content):
    give_aliases(content, "glossary", "[Old Words]")
    problem = only_problem(content)
    assert problem.file.name == "glossary.yaml" and problem.field == "aliases[0]"


def test_a_document_checked_before_is_checked_again_after_a_save_or_a_schema_change(content):
    # `mkdocs serve` loads the knowledge base after every save, remembering the documents it found valid.
    content.load()
    content.replace("phones.yaml", 'number: "1733"', 'number: "17-33"')
    assert "wrong form" in only_problem(content).message
    content.replace("phones.yaml", 'number: "17-33"', 'number: "1733"')
    content.load()
    schema = "schema/phones.schema.json"
    content.replace(schema, '"number": {', '"number": {\n            "maxLength": 3,')
    with pytest.raises(KnowledgeBaseError) as caught:
        content.load()
    assert "phones[3].number: '1733' is too long" in str(caught.value)
