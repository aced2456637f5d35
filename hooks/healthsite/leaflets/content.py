"""What goes on a leaflet: the parts of a sheet someone needs on paper.

A leaflet has room for two A4 pages, so it carries the sheet's first steps, its
useful phone numbers and its official words, not every section. The choice is made
here, once, for the single-language and the bilingual leaflets alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.model import Block, BlockKind, KnowledgeBase, Sheet
from ..pages.chrome import EMERGENCY_NUMBERS

# The section a leaflet is built around; sheets without one use their first section.
MAIN_SECTION = "what-to-do"
PHONE_SECTION = "get-help"
TERMS_SECTION = "terms"


@dataclass(frozen=True)
class LeafletContent:
    main_heading_section: str  # id of the section whose heading introduces the blocks
    blocks: tuple[Block, ...]  # prose and data blocks, in the sheet's order
    phones: tuple[str, ...]  # useful numbers besides 112 and 1733
    terms: tuple[str, ...]  # official words, by term id


def leaflet_content(kb: KnowledgeBase, sheet: Sheet) -> LeafletContent:
    sections = {section.id: section for section in sheet.sections}
    main = sections.get(MAIN_SECTION, sheet.sections[0])
    # A glossary is a list of every term: on paper it becomes the table of official words.
    blocks = tuple(block for block in main.blocks if block.kind is not BlockKind.GLOSSARY)
    is_glossary = any(block.kind is BlockKind.GLOSSARY for section in sheet.sections for block in section.blocks)
    phones = _ids(sections.get(PHONE_SECTION), BlockKind.PHONES, exclude=tuple(ident for ident, _ in EMERGENCY_NUMBERS))
    terms = tuple(kb.terms) if is_glossary else _ids(sections.get(TERMS_SECTION), BlockKind.TERMS)
    return LeafletContent(main.id, blocks, phones, terms)


def _ids(section, kind: BlockKind, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    if section is None:
        return ()
    ids = [ident for block in section.blocks if block.kind is kind for ident in block.ids]
    return tuple(dict.fromkeys(ident for ident in ids if ident not in exclude))
