"""MkDocs adapter: the only module that imports MkDocs. All logic is in ``healthsite``.

MkDocs calls these once per language edition (mkdocs-static-i18n rebuilds the site
for each language), so the pipeline runs once per change of its inputs, not per call.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from healthsite.build import SiteBuild, build_site, inputs_fingerprint
from healthsite.deploy.precompress import precompress
from healthsite.knowledge import KnowledgeBaseError
from healthsite.output import keep_not_found_pages
from healthsite.pages.html_document import finish_page
from healthsite.paths import project_paths

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


def on_startup(command, dirty):
    _cache["command"] = command


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
                       **site.editions[code].feed_link, **site.editions[code].app_link)
    # Our own language links: every page exists in every edition, at the same path.
    # Set as an attribute: mkdocs-static-i18n sets one, and Jinja reads attributes first.
    config.extra.alternate = site.alternates(path) if path is not None else []
    return context


def on_post_page(output, page, config):
    site = _site()
    code, _ = site.locate(page.file.src_uri)
    return finish_page(output, site.kb.languages[code].direction, config.site_url)


@event_priority(100)  # before mkdocs-static-i18n starts the next language's build
def on_post_build(config):
    site = _site()
    code = _language(config)
    keep_not_found_pages(Path(config.site_dir), code, site.root_language)
    site.finish_edition(Path(config.site_dir), code)
    # Once the whole site is built: compressed copies of its text files, for servers that send
    # them as they are. `mkdocs serve` does not: skipped there.
    if code == _last_edition(config) and _cache.get("command") != "serve":
        build = project_paths(Path(config.config_file_path).resolve().parent).build
        written = precompress(Path(config.site_dir), cache=build / "precompressed")
        log.info(f"compressed copies: {written.files} text files ({written.compressed} compressed, the others "
                 f"unchanged), {written.original // 1024} KB -> {written.gzip // 1024} KB gzip, "
                 f"{written.brotli // 1024} KB brotli")


def _last_edition(config) -> str:
    """The edition mkdocs-static-i18n builds last: the default language first, then the others in order."""
    i18n = config.plugins["i18n"]
    others = [code for code in i18n.build_languages if code != i18n.default_language]
    return others[-1] if others else i18n.default_language


def on_template_context(context, template_name, config):
    # The 404 page is a theme template, not a page: it gets the emergency bar here.
    if template_name == "404.html":
        edition = _site().editions[_language(config)]
        context.update(emergency_bar=edition.emergency_bar, **edition.search_link, **edition.feed_link,
                       **edition.app_link)
    return context


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":
        return finish_page(output_content, _site().kb.languages[_language(config)].direction, config.site_url)
    return output_content
