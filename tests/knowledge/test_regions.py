"""Help in every region: a reader in Flanders or Wallonia finds an organisation, not only people in Brussels."""

from __future__ import annotations

from healthsite.knowledge.model import REGIONS


def help_sections(sheet):
    return [section for section in sheet.sections if section.id == "get-help"]


def test_every_organisation_says_where_it_helps(kb):
    for organisation in kb.organisations.values():
        assert organisation.regions and set(organisation.regions) <= set(REGIONS), organisation.id


def test_every_situation_sheet_names_help_in_brussels_flanders_and_wallonia(kb):
    for sheet in kb.sheets:
        if sheet.kind != "situation":
            continue
        covered = {region for section in help_sections(sheet) for block in section.blocks
                   if block.kind == "organisations" for ident in block.ids
                   for region in kb.organisations[ident].regions}
        assert covered == set(REGIONS), f"{sheet.slug}: help only in {sorted(covered)}"


def test_the_where_to_get_help_page_names_regional_organisations_for_each_region(kb):
    sheet = kb.sheet("where-to-get-help")
    named = {ident for section in sheet.sections for block in section.blocks if block.kind == "organisations"
             for ident in block.ids}
    for region in REGIONS:
        regional = [ident for ident in named if kb.organisations[ident].regions != REGIONS
                    and region in kb.organisations[ident].regions]
        assert regional, f"no organisation on where-to-get-help works specifically in {region}"
