"""MkDocs adapter: the only module that imports MkDocs. All logic is in ``healthsite``.

MkDocs calls these once per language edition (mkdocs-static-i18n rebuilds the site
for each language), so the pipeline runs once per change of its inputs, not per call.

``mkdocs serve`` keeps one Python process, and MkDocs imports this file only once. So
that an edit to ``healthsite`` takes effect at the next rebuild, the package is imported
again when one of its files changed (``_load_pipeline``); an edit to this file itself
stops the preview with a message to restart it.

What needs every page (the post-build stage, healthsite.finish) runs once, after the
last edition is built.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

log = logging.getLogger("mkdocs.hooks.healthsite")
_cache: dict[str, Any] = {}

if TYPE_CHECKING:  # bound at run time by _load_pipeline (the `global` names there): for mypy
    from healthsite.build import SiteBuild, build_site, code_fingerprint, inputs_fingerprint
    from healthsite.finish import StylesheetError
    from healthsite.knowledge import KnowledgeBaseError
    from healthsite.output import keep_not_found_pages
    from healthsite.pages.html_document import finish_page
    from healthsite.paths import project_paths
    from healthsite.serve_scope import EDITIONS_VARIABLE, BuildScope, build_scope, hand_written
_HOOKS = Path(__file__).resolve().parent
_ADAPTER_STAMP = Path(__file__).stat().st_mtime_ns


def _load_pipeline(fresh: bool = False) -> None:
    """Bind the names this adapter uses from ``healthsite``; ``fresh``: import it again from disk.

    Every ``healthsite`` module is dropped before importing again, so no old class or cache
    survives next to a new one. No bytecode is written meanwhile: hooks/ is watched, and a
    new __pycache__ file would set off a second rebuild.
    """
    global SiteBuild, build_site, code_fingerprint, inputs_fingerprint, KnowledgeBaseError
    global keep_not_found_pages, finish_page, project_paths, EDITIONS_VARIABLE, BuildScope, build_scope, hand_written
    global StylesheetError
    if fresh:
        for name in [name for name in sys.modules if name == "healthsite" or name.startswith("healthsite.")]:
            del sys.modules[name]
        importlib.invalidate_caches()
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = writes_bytecode or fresh
    # MkDocs puts this file's folder on the path only while it imports this file.
    sys.path.insert(0, str(_HOOKS))
    try:
        from healthsite.build import SiteBuild, build_site, code_fingerprint, inputs_fingerprint
        from healthsite.finish import StylesheetError
        from healthsite.knowledge import KnowledgeBaseError
        from healthsite.output import keep_not_found_pages
        from healthsite.pages.html_document import finish_page
        from healthsite.paths import project_paths
        from healthsite.serve_scope import EDITIONS_VARIABLE, BuildScope, build_scope, hand_written
    finally:
        sys.path.remove(str(_HOOKS))
        sys.dont_write_bytecode = writes_bytecode


_load_pipeline()


def _current_code() -> str:
    """The pipeline's code fingerprint, after importing the code again if it changed."""
    if Path(__file__).stat().st_mtime_ns != _ADAPTER_STAMP:
        raise PluginError(f"{Path(__file__).name} changed: MkDocs imports it only once, so restart `make serve`")
    code = code_fingerprint()
    if _cache.get("code", code) != code:
        log.info("healthsite's code changed: importing it again")
        try:
            _load_pipeline(fresh=True)
        except Exception as error:  # a syntax error, a failed import: say so, keep serving, retry at the next save
            raise PluginError(f"healthsite could not be imported again: {error!r}") from error
        code = code_fingerprint()
    _cache["code"] = code
    return code


def _refresh(config) -> SiteBuild:
    """Run the pipeline if an input changed since the last build (mkdocs serve rebuilds)."""
    paths = project_paths(Path(config.config_file_path).resolve().parent)
    i18n = config.plugins["i18n"]
    configured = [language.locale for language in i18n.config.languages]
    # Only a preview server builds some editions: a site to publish is never partial, whatever the shell has set.
    serving = _cache.get("command") == "serve"
    try:
        scope = build_scope(configured, os.environ) if serving else BuildScope()
    except ValueError as error:
        raise PluginError(str(error)) from None
    _cache["partial"] = scope.is_preview
    fingerprint = (_current_code(), inputs_fingerprint(paths), paths.site_url, config.site_url, scope)
    if _cache.get("fingerprint") != fingerprint:
        if not serving and os.environ.get(EDITIONS_VARIABLE, "").strip():
            log.info(f"{EDITIONS_VARIABLE} is for `mkdocs serve` only: building every edition")
        if scope.is_preview:
            log.info(scope.describe())
        try:
            # The published address even when serving, where MkDocs sets config.site_url to the
            # local server's: QR codes, share links, feeds and offline copies are read away from
            # the site, and leaflets printed for a local address would all print again at `make build`.
            published = paths.site_url.rstrip("/") + "/" if serving else config.site_url
            site = build_site(paths, root_language=i18n.default_language, site_url=published,
                              leaflets=scope.leaflets, editions=scope.editions)
        except KnowledgeBaseError as error:
            raise PluginError(str(error)) from None
        if sorted(configured) != sorted(site.kb.languages.codes):
            raise PluginError(
                f"mkdocs.yml i18n languages {configured} differ from content-src/languages.yaml {site.kb.languages.codes}"
            )
        for line in site.report.summary():
            log.info(line)
        if site.leaflets is not None and site.print_kit is not None:
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


def on_startup(command, dirty):
    """``serve`` or ``build``: only a preview server builds some editions (see _refresh)."""
    _cache["command"] = command


def on_config(config):
    """Generate the pages (once), then give this edition its name and navigation.

    Runs before mkdocs-static-i18n's on_config, which reads which languages to build.
    """
    site = _refresh(config)
    for language in config.plugins["i18n"].config.languages:
        # mkdocs-static-i18n always builds its default language: it holds the chooser.
        language.build = language.default or site.builds(language.locale)
    edition = site.editions[_language(config)]
    config.site_name = edition.site_name
    config.nav = edition.nav
    return config


def on_files(files, config):
    """Leave out an edition's files left on disk by an earlier build when this build does not
    render it (the root language's folder, which the chooser's build reads, in a preview)."""
    site = _site()
    for file in list(files):
        if not site.serves(file.src_uri):
            files.remove(file)
    return files


def on_serve(server, config, builder):
    """Watch the inputs, not the output: the pipeline writes docs/<lang>/ during each build
    (content-src, locales and hooks are watched through mkdocs.yml)."""
    server.unwatch(config.docs_dir)
    for entry in hand_written(Path(config.docs_dir), _site().kb.languages.codes):
        server.watch(str(entry))
    return server


def on_page_context(context, page, config, nav):
    site = _site()
    address = site.address(page.file.src_uri)
    edition = site.editions[address.code]
    context["emergency_bar"] = edition.emergency_bar
    if address.path is not None:
        context.update(site.page_tools(site.pages[page.file.src_uri]), **edition.search_link,
                       **edition.feed_link, **edition.app_link)
    # Our own language links: every page exists in every edition, at the same path.
    # Set as an attribute: mkdocs-static-i18n sets one, and Jinja reads attributes first.
    config.extra.alternate = site.alternates(address.path) if address.path is not None else []
    return context


def on_post_page(output, page, config):
    site = _site()
    code = site.address(page.file.src_uri).code
    return finish_page(output, site.kb.languages[code].direction, config.site_url)


@event_priority(100)  # before mkdocs-static-i18n starts the next language's build
def _edition_built(config):
    site = _site()
    code = _language(config)
    keep_not_found_pages(Path(config.site_dir), code, site.root_language)
    # The redirects, the stylesheet, offline copies and compressed copies wait for the last
    # edition: healthsite.finish needs every page, in one order (_site_built).


@event_priority(-100)  # after mkdocs-static-i18n's own post_build, which builds every other edition
def _site_built(config):
    """The whole site is built: mkdocs-static-i18n builds the other editions inside the default
    language's post_build and is ``building`` while it does; after it, every edition is there
    (in a preview, every edition chosen), and so is the search index it rewrites."""
    if config.plugins["i18n"].building:
        return
    paths = project_paths(Path(config.config_file_path).resolve().parent)
    # Serving keeps the theme's stylesheets (they style the pages the same; purging every page
    # again would cost each save) and writes no compressed copies, which `mkdocs serve` never sends.
    # An editor's preview of some editions (LANGS=...) does not zip them either: that doubled the wait.
    publishing = _cache.get("command") != "serve"
    try:
        finished = _site().finish(Path(config.site_dir), paths.stylesheet_tools if publishing else None,
                                  paths.build / "precompressed", compress=publishing,
                                  archives=not _cache.get("partial", False))
    except StylesheetError as error:
        raise PluginError(str(error)) from None
    for line in finished.summary():
        log.info(line)


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
