"""Imports run one way: no module of the pipeline imports a later stage, or its sibling renderer."""

from __future__ import annotations

from healthsite.checks.layers import STAGES, Import, imports_in, layer_problems, modules, stage_of, wrong_way
from tests.conftest import ROOT

HOOKS = ROOT / "hooks"


def test_no_module_imports_a_later_stage():
    assert layer_problems(HOOKS) == []


def test_every_module_has_a_stage():
    assert [module for module in modules(HOOKS) if stage_of(module) is None] == []


def test_the_adapter_beside_the_package_is_checked_too():
    assert "mkdocs_hooks" in modules(HOOKS)


def test_pages_importing_a_leaflet_module_is_named_with_its_line():
    source = "from ..knowledge.model import KnowledgeBase\nfrom ..leaflets.files import leaflets_of_sheet\n"
    (upward,) = [item for item in imports_in(source, "healthsite.pages.documents") if wrong_way(item)]
    assert upward == Import("healthsite.pages.documents", "healthsite.leaflets.files", 2)
    assert wrong_way(upward) == ("healthsite.pages.documents, in pages (stage 4), imports healthsite.leaflets.files "
                                 "from the later leaflets (stage 5)")


def test_an_import_inside_a_function_counts():
    source = "def run():\n    from ..build import build_site\n    return build_site\n"
    (item,) = imports_in(source, "healthsite.leaflets.benchmark")
    assert item.imported == "healthsite.build" and "later build" in wrong_way(item)


def test_the_two_renderers_of_the_page_model_do_not_import_each_other():
    (item,) = imports_in("from ..leaflets.pdf import RenderReport\n", "healthsite.offline.archive")
    assert "sibling leaflets" in wrong_way(item)


def test_nothing_in_the_pipeline_imports_the_checks():
    for module in ("healthsite.build", "mkdocs_hooks"):
        (item,) = imports_in("from healthsite.checks.page_weight import edition_weight\n", module)
        assert "later checks" in wrong_way(item)


def test_the_command_line_runs_the_checks():
    (item,) = imports_in("from .checks.page_weight import edition_weight\n", "healthsite.cli")
    assert wrong_way(item) is None


def test_earlier_stages_and_the_own_stage_are_allowed():
    source = "from ..site_map import published_url\nfrom ..pages.inline import InlineRenderer\nfrom .pdf import Target\n"
    assert [wrong_way(item) for item in imports_in(source, "healthsite.leaflets.jobs")] == [None, None, None]


def test_relative_imports_resolve_from_the_module_s_package():
    assert [item.imported for item in imports_in("from . import pdf\nfrom .. import site_map\n",
                                                 "healthsite.leaflets.jobs")] == [
        "healthsite.leaflets", "healthsite.site_map"]
    # In a package's __init__, "." is the package itself.
    assert imports_in("from .model import KnowledgeBase\n", "healthsite.knowledge.__init__")[0].imported == \
        "healthsite.knowledge.model"


def test_other_libraries_are_not_the_pipeline_s_business():
    assert imports_in("import yaml\nfrom markupsafe import Markup\n", "healthsite.pages.documents") == []


def test_a_module_without_a_stage_is_named():
    (item,) = imports_in("from .site_map import edition_directory\n", "healthsite.shortcuts")
    assert "healthsite.shortcuts has no stage" in wrong_way(item)
    assert "shortcuts" not in STAGES
