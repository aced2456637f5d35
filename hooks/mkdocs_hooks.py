"""MkDocs adapter: the only module that imports MkDocs. All logic is in ``healthsite``.

MkDocs calls these once per language edition (mkdocs-static-i18n rebuilds the site
for each language), so the pipeline runs once per change of its inputs, not per call.
What needs every page (the one stylesheet, then the offline archives) runs once all
editions are built.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

from healthsite.build import SiteBuild, build_site, inputs_fingerprint
from healthsite.knowledge import KnowledgeBaseError
from healthsite.output import keep_not_found_pages
from healthsite.pages.html_document import finish_page
from healthsite.paths import project_paths
from healthsite.stylesheet import StylesheetError

log = logging.getLogger("mkdocs.hooks.healthsite")
_cache: dict[str, object] = {}


def _refresh(config) -> SiteBuild:
    """Run the pipeline if an input changed since the last build (mkdocs serve rebuilds)."""
    paths = project_paths(Path(config.config_file_path).resolve().parent)
    fingerprint = inputs_fingerprint(paths)
    if _cache.get("fingerprint") != fingerprint:
        i18n = config.plugins["i18n"]
        try:
            site = build_site(paths, root_language=i18n.default_language, site_url=config.site_url)
        except KnowledgeBaseError as error:
            raise PluginError(str(error)) from None
        configured = [language.locale for language in i18n.config.languages]
        if sorted(configured) != sorted(site.kb.languages.codes):
            raise PluginError(
                f"mkdocs.yml i18n languages {configured} differ from content-src/languages.yaml {site.kb.languages.codes}"
            )
        for line in site.report.summary():
            log.info(line)
        if site.leaflets is not None:
            log.info(f"leaflets: {len(site.leaflets.printed)} printed, {len(site.leaflets.kept)} unchanged")
            log.info(f"print kit: {len(site.print_kit.printed)} printed or joined, {len(site.print_kit.kept)} unchanged")
        _cache.update(fingerprint=fingerprint, site=site)
    return _cache["site"]


def _site() -> SiteBuild:
    """The pipeline's result for the build under way (set up by on_config)."""
    return _cache["site"]


def _language(config) -> str:
    i18n = config.plugins["i18n"]
    return i18n.current_language or i18n.default_language


def on_config(config):
    """Generate the pages (once), then give this edition its name and navigation."""
    site = _refresh(config)
    edition = site.editions[_language(config)]
    config.site_name = edition.site_name
    config.nav = edition.nav
    return config


def on_page_context(context, page, config, nav):
    site = _site()
    code, path = site.locate(page.file.src_uri)
    context["emergency_bar"] = site.editions[code].emergency_bar
    if path is not None:
        context.update(site.page_tools(code, path, page.title), **site.editions[code].search_link,
                       **site.editions[code].feed_link)
    # Our own language links: every page exists in every edition, at the same path.
    # Set as an attribute: mkdocs-static-i18n sets one, and Jinja reads attributes first.
    config.extra.alternate = site.alternates(path) if path is not None else []
    return context


def on_post_page(output, page, config):
    site = _site()
    code, _ = site.locate(page.file.src_uri)
    return finish_page(output, site.kb.languages[code].direction, config.site_url)


@event_priority(100)  # before mkdocs-static-i18n starts the next language's build
def _edition_built(config):
    site = _site()
    code = _language(config)
    keep_not_found_pages(Path(config.site_dir), code, site.root_language)
    site.finish_edition(Path(config.site_dir), code)
    _cache.setdefault("built", []).append(code)


@event_priority(-100)  # after mkdocs-static-i18n's own post_build, which builds every other edition
def _site_built(config):
    """The whole site is built: mkdocs-static-i18n builds the other editions inside the default
    language's post_build and is ``building`` while it does; after it, every edition is there."""
    if config.plugins["i18n"].building:
        return
    codes = _cache.pop("built", [])
    paths = project_paths(Path(config.config_file_path).resolve().parent)
    try:
        finished = _site().finish_site(Path(config.site_dir), codes, paths.stylesheet_tools)
    except StylesheetError as error:
        raise PluginError(str(error)) from None
    if finished.stylesheet is not None:
        log.info(finished.stylesheet.summary())


on_post_build = CombinedEvent(_edition_built, _site_built)


def on_template_context(context, template_name, config):
    # The 404 page is a theme template, not a page: it gets the emergency bar here.
    if template_name == "404.html":
        edition = _site().editions[_language(config)]
        context.update(emergency_bar=edition.emergency_bar, **edition.search_link, **edition.feed_link)
    return context


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        return finish_page(output_content, _site().kb.languages[_language(config)].direction, config.site_url)
    return output_content
