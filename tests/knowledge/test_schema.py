"""A schema error names the file, the line and the field, and says what is wrong in words that help."""

from __future__ import annotations

from pathlib import Path

from healthsite.knowledge.schema import schema_problems
from healthsite.knowledge.yaml_lines import parse_yaml

SCHEMAS = Path(__file__).resolve().parents[2] / "content-src" / "schema"
SOURCE = "sources:\n  - id: leaflet\n    title: A leaflet\n"


def problems(text: str, schema: str):
    return schema_problems(parse_yaml(text, Path("sources.yaml")), SCHEMAS, schema)


def test_the_reason_is_the_one_nearest_the_wrong_value():
    [problem] = problems(SOURCE + "    url: ftp://example.org/leaflet\n", "sources.schema.json")
    assert (problem.file.name, problem.line, problem.field) == ("sources.yaml", 4, "sources[0].url")
    assert problem.message == "'ftp://example.org/leaflet' has the wrong form (expected pattern ^https?://)"


def test_when_no_alternative_is_nearer_every_one_is_named_instead_of_the_whole_mapping():
    [problem] = problems(SOURCE, "sources.schema.json")
    assert (problem.line, problem.field) == (2, "sources[0]")
    assert problem.message == ("none of the allowed forms fits: 'url' is a required property; "
                               "or 'document' is a required property")
    assert "is not valid under any of the given schemas" not in problem.message


def test_inside_a_text_given_as_a_mapping_the_wrong_part_is_named():
    sheet = (SCHEMAS.parent / "sheets" / "emergencies.yaml").read_text(encoding="utf-8")
    title = next(line for line in sheet.splitlines() if line.startswith("title:"))
    broken = sheet.replace(title, "title:\n  text: 5\n  note: a number, by mistake", 1)
    [problem] = schema_problems(parse_yaml(broken, Path("emergencies.yaml")), SCHEMAS, "sheet.schema.json")
    assert problem.field == "title.text" and problem.line == broken.splitlines().index("  text: 5") + 1
    assert problem.message == "5 is not of type 'string'"


def test_independent_errors_are_each_reported_in_file_order():
    found = problems(SOURCE + "    url: ftp://x\n  - id: Bad Id\n    title: B\n    url: https://x\n",
                     "sources.schema.json")
    assert [problem.field for problem in found] == ["sources[0].url", "sources[1].id"]
