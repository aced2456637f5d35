"""One command line for editors, translators and CI: ``python -m healthsite COMMAND``.

  validate   check the knowledge base (schema, references, dates, plain-language rules)
  freshness  every fact with an end date or a check date, soonest first (HEALTHSITE_TODAY=YYYY-MM-DD looks ahead)
  extract    write locales/messages.pot and update every .po, keeping translations
  build      write the generated pages and leaflets to docs/ (mkdocs does this itself too)
  bench-leaflets  print every leaflet from scratch, then again: cold and warm times
  bench-weight    per language, the compressed bytes a reader downloads (needs a built site/)
  lighthouse      Lighthouse scores (mobile) of a sheet in en, ar and ti (needs a built site/ and npm's lighthouse)
  status     per language: translated, unreviewed (fuzzy), missing
  check      check every catalogue (placeholders, numbers, script, markup, msgfmt)
  release    fail if any string is missing in any language, or content changed since the last publish
  publish    record a release: compare the content with the last release and write content-src/releases/DATE.yaml
             (--note "..." adds a one-line note for readers; the date is today, or HEALTHSITE_TODAY)
"""

from __future__ import annotations

import argparse
import sys

from .knowledge import KnowledgeBaseError, load_knowledge_base
from .paths import project_paths


def _kb(paths):
    return load_knowledge_base(paths.content, shared_sources=paths.shared_sources)


def cmd_validate(paths, args) -> int:
    from .knowledge.freshness import current_date, warnings
    from .knowledge.style import style_problems

    kb = _kb(paths)
    print(f"knowledge base read: {len(kb.sheets)} sheets, {len(kb.phones)} phone numbers, "
          f"{len(kb.terms)} terms, {len(kb.sources)} sources, {len(list(kb.texts()))} messages")
    for warning in warnings(kb.dated, current_date()):
        print(f"warning: {warning}")
    for line in _unpublished(kb):
        print(f"warning: {line}")
    problems = style_problems(kb)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} plain-language problem(s)")
    return 1 if problems else 0


def _unpublished(kb) -> list[str]:
    """Content changed since the last release: its pages would show an old "last changed" date."""
    from .knowledge.publish import change_lines
    from .knowledge.snapshot import unpublished

    changes = unpublished(kb)
    if changes is None:
        return ["no release recorded yet: run `python -m healthsite publish`"]
    if not changes:
        return []
    return [f"changed since the release of {kb.releases[-1].date}, not published yet: {', '.join(change_lines(changes))}"
            " (run `python -m healthsite publish`)"]


def cmd_publish(paths, args) -> int:
    from dataclasses import replace

    from .knowledge.freshness import current_date
    from .knowledge.publish import NothingToPublish, publication_lines, write_release
    from .knowledge.style import style_problems

    today = current_date()
    kb = load_knowledge_base(paths.content, today=today, shared_sources=paths.shared_sources)
    file = paths.content / "releases" / f"{today.isoformat()}.yaml"
    before = file.read_text(encoding="utf-8") if file.exists() else None
    try:
        publication = write_release(kb, paths.content, today, args.note)
    except NothingToPublish as reason:
        print(f"{reason}: no release written")
        return 1
    # Read the record back as the build will, and keep it only if it passes (a note must be plain language).
    try:
        problems = [problem for problem in style_problems(load_knowledge_base(
            paths.content, today=today, shared_sources=paths.shared_sources)) if problem.file == publication.file]
    except KnowledgeBaseError as error:
        problems = error.problems
    if problems:
        if before is None:
            file.unlink()
        else:
            file.write_text(before, encoding="utf-8")
        for problem in problems:
            print(problem, file=sys.stderr)
        print("no release written", file=sys.stderr)
        return 1
    for line in publication_lines(replace(publication, file=publication.file.relative_to(paths.root))):
        print(line)
    return 0


def cmd_freshness(paths, args) -> int:
    from .knowledge.freshness import Due, current_date, schedule

    today = current_date()
    kb = load_knowledge_base(paths.content, today=today, shared_sources=paths.shared_sources, allow_expired=True)
    dated = schedule(kb.dated)
    print(f"{len(dated)} dated fact(s), checked on {today}, soonest first:")
    for fact in dated:
        print(f"{fact.due}  {fact.status(today).value:<8} {fact.kind.value:<12} {fact.what:<40} {fact.file.name}:{fact.line}")
    return 1 if any(fact.status(today) is Due.EXPIRED for fact in dated) else 0


def cmd_extract(paths, args) -> int:
    from .catalogs.extract import build_template
    from .catalogs.update import update_all

    kb = _kb(paths)
    template = build_template(kb, paths.root)
    for result in update_all(template, paths.locales, kb.languages.targets):
        state = "updated" if result.written else "unchanged"
        print(f"{result.language}: {state}, {result.translated_after} translated")
    return 0


def cmd_build(paths, args) -> int:
    from .build import build_site

    site = build_site(paths, root_language=args.root_language, site_url=args.site_url)
    print(f"{len(site.report.pages)} pages, {len(site.report.changed)} written or removed")
    for line in site.report.summary():
        print(line)
    print(f"leaflets: {len(site.leaflets.printed)} printed, {len(site.leaflets.kept)} unchanged, "
          f"{len(site.leaflets.removed)} removed")
    print(f"print kit: {len(site.print_kit.printed)} printed or joined, {len(site.print_kit.kept)} unchanged")
    return 0


def cmd_bench_leaflets(paths, args) -> int:
    from .leaflets.benchmark import COLD_BUDGET, WARM_BUDGET, run_benchmark

    result = run_benchmark(paths, site_url=args.site_url or paths.site_url, root_language=args.root_language)
    print(f"{result.leaflets} leaflets on {result.workers} core(s)")
    print(f"cold: {result.cold:6.1f} s  (budget {COLD_BUDGET} s)  PDFs printed or joined: {result.cold_printed}")
    print(f"warm: {result.warm:6.1f} s  (budget {WARM_BUDGET} s)  PDFs printed or joined: {result.warm_printed}")
    print(f"of which the print kit (poster, pocket cards, booklets): cold {result.kit_cold:.1f} s, warm {result.kit_warm:.1f} s")
    return 0 if result.within_budget else 1


def cmd_status(paths, args) -> int:
    from .catalogs.status import language_status

    kb = _kb(paths)
    print(f"{'language':<10}{'translated':>12}{'unreviewed':>12}{'missing':>10}")
    for row in language_status(kb, paths.locales):
        print(f"{row.code:<10}{row.translated:>12}{row.unreviewed:>12}{row.missing:>10}")
    return 0


def cmd_check(paths, args) -> int:
    from .catalogs.checks import check_all

    kb = _kb(paths)
    problems = check_all(kb, paths.locales, release=args.command == "release")
    if args.command == "release":
        problems += _unpublished(kb)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_bench_weight(paths, args) -> int:
    from .checks.page_weight import EDITION_BUDGET, FIRST_VISIT_BUDGET, NEXT_PAGE_BUDGET, edition_weight

    site = paths.root / "site"
    if not (site / "index.html").exists():
        print("no built site: run `make build` first", file=sys.stderr)
        return 2
    kb = _kb(paths)
    slugs = [sheet.slug for sheet in kb.sheets]
    print(f"{'language':<10}{'first visit':>13}{'next page':>12}{'edition':>10}{'search':>9}   (KB, gzip; budgets "
          f"{FIRST_VISIT_BUDGET // 1024} / {NEXT_PAGE_BUDGET // 1024} / {EDITION_BUDGET // 1024}; "
          f"search: its index, loaded when a search starts, counted in the edition)")
    over = 0
    for code in kb.languages.codes:
        weight = edition_weight(site, code, slugs)
        problems = weight.over_budget()
        over += bool(problems)
        print(f"{code:<10}{weight.first_visit / 1024:>13.1f}{weight.next_page / 1024:>12.1f}{weight.edition / 1024:>10.1f}"
              f"{weight.search_index / 1024:>9.1f}"
              + (f"   over: {', '.join(problems)}" if problems else ""))
    return 1 if over else 0


def cmd_lighthouse(paths, args) -> int:
    from .checks.lighthouse import run_lighthouse

    lighthouse = paths.build / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
    results = run_lighthouse(lighthouse, paths.root / "site", [f"{code}/no-papers/" for code in ("en", "ar", "ti")])
    for result in results:
        print(result.url, " ".join(f"{name} {score}" for name, score in result.scores.items()))
        for shortfall in result.shortfalls:
            print("   ", shortfall)
    return 1 if any(result.below_target() for result in results) else 0


COMMANDS = {
    "validate": cmd_validate, "freshness": cmd_freshness, "extract": cmd_extract, "build": cmd_build,
    "status": cmd_status, "check": cmd_check, "release": cmd_check, "publish": cmd_publish,
    "bench-leaflets": cmd_bench_leaflets, "bench-weight": cmd_bench_weight, "lighthouse": cmd_lighthouse,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="healthsite", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=COMMANDS)
    parser.add_argument("--root-language", default="en", help="the i18n default language (build only)")
    parser.add_argument("--site-url", help="published address for QR codes (default: site_url in mkdocs.yml)")
    parser.add_argument("--note", action="append", default=[],
                        help="publish only: a one-line note for readers about a change the lists do not show (repeatable)")
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](project_paths(), args)
    except KnowledgeBaseError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
