"""One command line for editors, translators and CI: ``python -m healthsite COMMAND``.

  validate   check the knowledge base (schema, references, dates, plain-language rules)
  freshness  every fact with an end date or a check date, soonest first (HEALTHSITE_TODAY=YYYY-MM-DD looks ahead)
  extract    write locales/messages.pot and update every .po, keeping translations
  prune      remove obsolete (#~) entries from every .po, after a translation round (git keeps them)
  build      write the generated pages and leaflets to docs/ (mkdocs does this itself too)
  bench-leaflets  print every leaflet from scratch, then again: cold and warm times
  bench-weight    per language, the compressed bytes a reader downloads (needs a built site/;
                  --before DIR: also an earlier build, e.g. a copy of site/, beside it)
  lighthouse      Lighthouse scores (mobile) of a sheet in en, ar and ti (needs a built site/ and npm's lighthouse)
  bench-preview [LANG ...] [--sheet SLUG]  seconds from saving a sheet to the change in `mkdocs serve`, and
                  rebuilds per save (in a temporary copy; LANG ...: only those editions, as `make serve LANGS=...`)
  status     per language: reviewed, unreviewed, missing (--sheets: also per sheet; LANG ... to choose languages)
  check      check every catalogue (placeholders, numbers, script, markup, msgfmt, review records)
  review     record a finished translation review: review LANG --sheet SLUG (or --shared, or
             --messages ID,... with the ids a review pack prints, or CONTEXT:HASH) --by "name or role, organisation"
             --qualification "..." [--date YYYY-MM-DD]
  release    fail if any string is missing in any language, or content changed since the last publish
  review-pack LANG [--sheet SLUG]  a review pack for human reviewers in build/review/LANG/ (HTML, PDF, key CSV)
  nginx      write deploy/nginx/health-care-belgium-site.conf from the knowledge base (--check: fail if it differs)
  preview    serve the built site/ with that nginx configuration on --addr (default 127.0.0.1:8080), in the foreground
  layers     fail if a module of the pipeline imports a later stage (or a sibling renderer)
  publish    record a release: compare the content with the last release and write content-src/releases/DATE.yaml
             (--note "..." adds a one-line note for readers; the date is today, or HEALTHSITE_TODAY)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalogs.review import ReviewFileError
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
        for record in result.reviews_superseded:
            print(f"    review of {record.key} no longer counts: {record.status} (the entry needs a new review)")
    return 0


def cmd_prune(paths, args) -> int:
    from .catalogs.prune import prune_all

    kb = _kb(paths)
    results = prune_all(paths.locales, kb.languages.targets)
    for result in results:
        print(f"{result.language}: {result.removed} obsolete entr{'y' if result.removed == 1 else 'ies'} removed")
    print(f"{sum(result.removed for result in results)} obsolete entries removed in all; git history keeps them")
    return 0


def cmd_build(paths, args) -> int:
    from .build import build_site

    site = build_site(paths, root_language=args.root_language, site_url=args.site_url)
    print(f"{len(site.report.pages)} pages, {len(site.report.changed)} written or removed")
    for line in site.report.summary():
        print(line)
    assert site.leaflets and site.print_kit  # a full build prints them
    print(f"leaflets: {len(site.leaflets.printed)} printed, {len(site.leaflets.kept)} unchanged, "
          f"{len(site.leaflets.removed)} removed")
    print(f"print kit: {len(site.print_kit.printed)} printed or joined, {len(site.print_kit.kept)} unchanged")
    return 0


def cmd_bench_leaflets(paths, args) -> int:
    from .checks.leaflet_printing import COLD_BUDGET, WARM_BUDGET, run_benchmark

    result = run_benchmark(paths, site_url=args.site_url or paths.site_url, root_language=args.root_language)
    print(f"{result.leaflets} leaflets on {result.workers} core(s)")
    print(f"cold: {result.cold:6.1f} s  (budget {COLD_BUDGET} s)  PDFs printed or joined: {result.cold_printed}")
    print(f"warm: {result.warm:6.1f} s  (budget {WARM_BUDGET} s)  PDFs printed or joined: {result.warm_printed}")
    print(f"of which the print kit (poster, pocket cards, booklets): cold {result.kit_cold:.1f} s, warm {result.kit_warm:.1f} s")
    return 0 if result.within_budget else 1


def _chosen_languages(kb, args):
    unknown = [code for code in args.languages if code not in kb.languages.codes]
    if unknown:
        raise SystemExit(f"unknown language(s): {', '.join(unknown)} (choose from {' '.join(kb.languages.codes)})")
    return args.languages or [language.code for language in kb.languages.targets]


def cmd_status(paths, args) -> int:
    from .catalogs.status import language_status, sheet_status

    kb = _kb(paths)
    codes = _chosen_languages(kb, args)
    header = f"{'reviewed':>10}{'unreviewed':>12}{'missing':>9}{'total':>7}"
    print(f"{'language':<10}{header}   reviewers")
    for row in language_status(kb, paths.locales):
        if row.code in codes:
            people = "; ".join(f"{s.reviewer.by} ({s.texts}, last {s.last_reviewed})" for s in row.reviewers)
            print(f"{row.code:<10}{row.reviewed:>10}{row.unreviewed:>12}{row.missing:>9}{row.total:>7}   {people or '-'}")
    if args.sheets:
        for code in codes:
            if code == kb.languages.source:
                continue
            print(f"\n{kb.languages[code].english_name} ({code}), per sheet (its own texts), the guide, and the shared texts:")
            print(f"{'part':<32}{header}")
            for part in sheet_status(kb, paths.locales, code):
                print(f"{part.name:<32}{part.reviewed:>10}{part.unreviewed:>12}{part.missing:>9}{part.total:>7}")
    return 0


def cmd_review(paths, args) -> int:
    from datetime import date

    from .catalogs.groups import SHARED
    from .catalogs.record_review import ReviewRequestError, messages_named, messages_of_part, record_review
    from .catalogs.review import Reviewer
    from .knowledge.freshness import current_date

    kb = _kb(paths)
    if len(args.languages) != 1:
        print("review one language at a time: python -m healthsite review LANG --sheet SLUG ...", file=sys.stderr)
        return 2
    code = _chosen_languages(kb, args)[0]
    chosen = [bool(args.sheet), bool(args.shared), bool(args.messages)]
    if sum(chosen) != 1:
        print("say what was reviewed: one of --sheet SLUG, --shared, --messages CONTEXT:HASH,...", file=sys.stderr)
        return 2
    try:
        day = date.fromisoformat(args.date) if args.date else current_date()
        if args.messages:
            messages = messages_named(kb, [name.strip() for name in args.messages.split(",") if name.strip()])
        else:
            messages = messages_of_part(kb, SHARED if args.shared else args.sheet)
        outcome = record_review(kb, paths.locales, kb.languages[code], messages,
                                Reviewer((args.by or "").strip(), (args.qualification or "").strip()),
                                day, current_date(), dry_run=args.dry_run)
    except (ReviewRequestError, ValueError) as error:
        print(f"not recorded: {error}", file=sys.stderr)
        return 2
    if not outcome.ok:
        print(f"not recorded: {len(outcome.refused)} problem(s) in the {len(outcome.messages)} message(s); "
              "fix the translations (or ask the translator to), then run this again:", file=sys.stderr)
        for reason in outcome.refused:
            print(f"  {reason}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"{code}: {len(outcome.messages)} message(s) can be recorded as reviewed (dry run: nothing written)")
        for key in outcome.messages:
            print(f"  {key}")
        return 0
    print(f"{code}: {len(outcome.recorded)} message(s) recorded as reviewed by {args.by} on {day}; "
          f"fuzzy flags removed. Commit locales/{code}/.")
    return 0


def cmd_check(paths, args) -> int:
    from .catalogs.checks import check_all

    kb = _kb(paths)
    problems: list[object] = list(check_all(kb, paths.locales, release=args.command == "release"))
    if args.command == "release":
        problems += _unpublished(kb)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_bench_weight(paths, args) -> int:
    from .checks.page_weight import EDITION_BUDGET, FIRST_VISIT_BUDGET, NEXT_PAGE_BUDGET, measure_edition

    site = paths.root / "site"
    before = Path(args.before) if args.before else None
    for folder in (site, before):
        if folder is not None and not (folder / "index.html").exists():
            print(f"no built site in {folder}: run `make build` first", file=sys.stderr)
            return 2
    kb = _kb(paths)
    slugs = [sheet.slug for sheet in kb.sheets]
    names = ("first_visit", "next_page", "edition", "search_index")
    headers = ("first visit", "next page", "edition", "search")
    widths = (30, 28, 32, 28) if before else (15, 14, 16, 14)

    def kb_text(earlier: int | None, size: int) -> str:
        return (f"{earlier / 1024:.1f} -> " if earlier is not None else "") + f"{size / 1024:.1f}"

    print(f"{'language':<10}" + "".join(f"{header:>{width}}" for header, width in zip(headers, widths, strict=True))
          + f"   (KB, brotli / gzip as deploy/nginx sends them{'; before -> after' if before else ''}; "
          f"budgets {FIRST_VISIT_BUDGET // 1024} / {NEXT_PAGE_BUDGET // 1024} / {EDITION_BUDGET // 1024} "
          f"judged on brotli; search: its index, loaded when a search starts, counted in the edition)")
    over = 0
    for code in kb.languages.codes:
        weight = measure_edition(site, code, slugs)
        earlier = measure_edition(before, code, slugs) if before else None
        problems, gzip_only = weight.over_budget(), weight.over_with_gzip_only()
        over += bool(problems)
        cells = [kb_text(getattr(earlier.judged, name) if earlier else None, getattr(weight.judged, name)) + " / "
                 + kb_text(getattr(earlier.gzip, name) if earlier else None, getattr(weight.gzip, name))
                 for name in names]
        print(f"{code:<10}" + "".join(f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True))
              + (f"   over: {', '.join(problems)}" if problems else "")
              + (f"   over with gzip only: {', '.join(gzip_only)}" if gzip_only else ""))
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


def cmd_bench_preview(paths, args) -> int:
    import os

    from .checks.editor_preview import BUDGET, run_preview_benchmark

    editions = " ".join(args.languages)
    result = run_preview_benchmark(paths, editions=editions, sheet=args.sheet or "no-papers")
    print(f"mkdocs serve, {editions or 'every edition'}: first build and serving after {result.startup:.1f} s; "
          f"saving content-src/sheets/{result.sheet}.yaml")
    for number, save in enumerate(result.saves, 1):
        print(f"save {number}: browsers reloaded after {save.reloaded:.1f} s (build {save.built:.1f} s), "
              f"page changed after {save.served:.1f} s, {save.rebuilds} rebuild(s)")
    print(f"median {result.median_reload:.1f} s (budget {BUDGET:.0f} s for one edition); "
          f"{'one rebuild per save' if result.one_rebuild_per_save else 'MORE THAN ONE REBUILD PER SAVE'}; "
          f"load average {result.load:.1f} on {os.cpu_count()} cores")
    over = len(args.languages) == 1 and result.median_reload > BUDGET
    return 1 if over or not result.one_rebuild_per_save else 0


def cmd_review_pack(paths, args) -> int:
    from datetime import date

    from .catalogs.format import load_catalog
    from .catalogs.review_pack import review_pack, section_ids
    from .catalogs.update import catalog_path
    from .leaflets.review_pack_files import write_review_pack

    kb = _kb(paths)
    targets = {language.code: language for language in kb.languages.targets}
    code = args.languages[0] if len(args.languages) == 1 else None
    if code not in targets:
        print(f"review-pack needs a language to review: one of {', '.join(targets)}", file=sys.stderr)
        return 2
    if args.sheet is not None and args.sheet not in section_ids(kb):
        print(f"no sheet or section {args.sheet!r}; choose one of: {', '.join(section_ids(kb))}", file=sys.stderr)
        return 2
    language = targets[code]
    path = catalog_path(paths.locales, language.code)
    catalog = load_catalog(path, language) if path.exists() else None
    pack = review_pack(kb, language, catalog, args.site_url or paths.site_url, date.today(), only=args.sheet)
    files = write_review_pack(pack, paths.build)
    marked = sum(1 for row in pack.rows if row.marks)
    print(f"{language.code}: {len(pack.rows)} rows in {len(pack.sections)} section(s), {marked} marked")
    for file in filter(None, (files.html, files.pdf, files.key)):
        print(f"  {file.relative_to(paths.root) if file.is_relative_to(paths.root) else file}")
    return 0


def cmd_nginx(paths, args) -> int:
    from .deploy.nginx import SITE_FILE, site_configuration

    target = paths.deploy / "nginx" / SITE_FILE
    wanted = site_configuration(_kb(paths))
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if args.check:
        if current != wanted:
            print(f"{target.relative_to(paths.root)} is not what the knowledge base gives: run `python -m healthsite nginx`",
                  file=sys.stderr)
            return 1
        print(f"{target.relative_to(paths.root)} is up to date")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(wanted, encoding="utf-8")
    print(f"{target.relative_to(paths.root)} {'unchanged' if current == wanted else 'written'}")
    return 0


def cmd_preview(paths, args) -> int:
    import os

    from .deploy.nginx import SITE_FILE
    from .deploy.preview import Preview, missing_software

    problem = missing_software()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if not (paths.site / "index.html").exists():
        print("no built site: run `make build` first (`make preview` builds it)", file=sys.stderr)
        return 2
    preview = Preview(paths.build / "nginx", paths.site, paths.deploy / "nginx" / SITE_FILE, args.addr,
                      access_log="/dev/stdout", error_log="stderr")
    command = preview.write()
    print(f"serving {paths.site.relative_to(paths.root)}/ with deploy/nginx/{SITE_FILE} on http://{args.addr}/ "
          f"(Ctrl-C stops)", flush=True)
    os.execv(command[0], command)  # nginx in this process's place: Ctrl-C reaches it


def cmd_layers(paths, args) -> int:
    from .checks.layers import layer_problems, modules

    hooks = paths.root / "hooks"
    problems = layer_problems(hooks)
    for problem in problems:
        print(problem)
    print(f"{len(modules(hooks))} modules: " + (f"{len(problems)} import(s) against the stage order" if problems
                                                else "every import goes to the same or an earlier stage"))
    return 1 if problems else 0


COMMANDS = {
    "validate": cmd_validate, "freshness": cmd_freshness, "extract": cmd_extract, "prune": cmd_prune,
    "build": cmd_build, "publish": cmd_publish,
    "status": cmd_status, "check": cmd_check, "release": cmd_check, "review": cmd_review,
    "review-pack": cmd_review_pack,
    "nginx": cmd_nginx, "preview": cmd_preview,
    "bench-leaflets": cmd_bench_leaflets, "bench-weight": cmd_bench_weight, "lighthouse": cmd_lighthouse,
    "bench-preview": cmd_bench_preview, "layers": cmd_layers,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="healthsite", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=COMMANDS)
    parser.add_argument("languages", nargs="*", metavar="LANG", help="language code(s): status, review, review-pack, bench-preview")
    parser.add_argument("--sheets", action="store_true", help="status: also per sheet, guide and shared texts")
    review = parser.add_argument_group("review (record a finished translation review)")
    review.add_argument("--sheet", metavar="SLUG", help="review: the sheet (or the guide) whose own texts were reviewed; "
                                                        "review-pack: one sheet's slug, the guide's, or interface, phones, "
                                                        "terms, organisations (default: every message)")
    review.add_argument("--shared", action="store_true",
                        help="the shared texts: interface, phone labels, terms, organisations, durations")
    review.add_argument("--messages", metavar="ID,...", help="these messages: the ids a review pack prints, CONTEXT:HASH, or a CONTEXT alone if it is unique")
    review.add_argument("--by", help='who reviewed: a name, or a role and organisation')
    review.add_argument("--qualification", help='their qualification, e.g. "sworn translator English-Arabic"')
    review.add_argument("--date", metavar="YYYY-MM-DD", help="the day the review was finished (default: today)")
    review.add_argument("--dry-run", action="store_true", help="check and list the messages; write nothing")
    parser.add_argument("--root-language", default="en", help="the i18n default language (build only)")
    parser.add_argument("--site-url", help="published address for QR codes (default: site_url in mkdocs.yml)")
    parser.add_argument("--check", action="store_true", help="nginx: fail if the committed configuration differs")
    parser.add_argument("--addr", default="127.0.0.1:8080", help="preview: the address nginx listens on")
    parser.add_argument("--before", metavar="DIR", help="bench-weight: an earlier built site to show beside site/")
    parser.add_argument("--note", action="append", default=[],
                        help="publish only: a one-line note for readers about a change the lists do not show (repeatable)")
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](project_paths(), args)
    except KnowledgeBaseError as error:
        print(error, file=sys.stderr)
        return 2
    except ReviewFileError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
