"""The kinds the model knows are the values the schemas let editors write: a value one of
them allows and the other does not would pass the schema and then stop the loader."""

from __future__ import annotations

import json

from healthsite.knowledge.model import PROSE_BLOCKS, BlockKind, Region, SheetKind, Unit


def schema(project, name: str) -> dict:
    return json.loads((project.content / "schema" / name).read_text(encoding="utf-8"))


def test_the_schema_lists_exactly_the_block_kinds_the_model_knows(project):
    assert set(schema(project, "sheet.schema.json")["$defs"]["block"]["properties"]) == set(BlockKind)


def test_the_schema_lists_exactly_the_sheet_kinds_the_model_knows(project):
    assert set(schema(project, "sheet.schema.json")["properties"]["kind"]["enum"]) == set(SheetKind)


def test_the_schema_lists_exactly_the_units_the_model_knows(project):
    fact = schema(project, "facts.schema.json")["properties"]["facts"]["items"]["properties"]
    assert set(fact["unit"]["enum"]) == set(Unit)


def test_the_schema_lists_exactly_the_regions_the_model_knows(project):
    organisation = schema(project, "organisations.schema.json")["properties"]["organisations"]["items"]["properties"]
    assert set(organisation["regions"]["items"]["enum"]) == set(Region)


def test_prose_blocks_are_the_ones_written_as_text(project):
    blocks = schema(project, "sheet.schema.json")["$defs"]["block"]["properties"]
    written_as_text = {name for name, block in blocks.items() if not block.get("$ref", "").endswith("idList")
                       and "const" not in block}
    assert written_as_text == set(PROSE_BLOCKS)


def test_a_kind_reads_as_the_string_editors_write():
    # Messages, the fingerprints of the release record and the catalogues use the values as they are.
    assert f"{BlockKind.GLOSSARY}" == "glossary" and json.dumps([SheetKind.TOPIC, Unit.EUR]) == '["topic", "EUR"]'
