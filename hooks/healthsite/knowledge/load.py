"""Load ``content-src/`` into a KnowledgeBase, or fail with every problem found.

Order: each file against its schema, then the model, then what no schema can see
(references between entries, phone number forms, dates, markup in prose).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..languages import Language, Languages
from .errors import KnowledgeBaseError, Problem, field_name
from .freshness import DatedFact, DateKind, current_date, expired
from .guide_routes import dead_ends, loops, reachable_questions
from .model import (
    REGIONS,
    SHEETS_WITH_STANDARD_SECTIONS,
    STANDARD_SECTION_BLOCK,
    STANDARD_SECTIONS,
    Answer,
    Block,
    BlockKind,
    Fact,
    Guide,
    KnowledgeBase,
    OfficialTerm,
    Organisation,
    Phone,
    PluralText,
    Question,
    Review,
    ReviewKind,
    Section,
    Sheet,
    SheetKind,
    Source,
    Term,
    Text,
    Unit,
)
from .phone_numbers import MalformedPhoneNumber, tel_uri
from .references import TARGETS, Literal, Reference, ReferenceKind, Variable, split_text
from .releases import Changed, Changes, FactValue, Release, SheetRecord, Snapshot, compare
from .schema import schema_problems
from .yaml_lines import LocatedYaml, YamlPath, read_yaml

# Markup in prose would reach the page unescaped through theme templates
# (titles, navigation): prose is plain text, and facts go through references.
MARKUP = re.compile(r"[<>]|&#?\w+;")
# Data blocks whose ids name entries; a glossary names none.
_BLOCK_TARGETS = {BlockKind.PHONES: ReferenceKind.PHONE, BlockKind.TERMS: ReferenceKind.TERM,
                  BlockKind.SHEETS: ReferenceKind.SHEET, BlockKind.ORGANISATIONS: ReferenceKind.ORG}

T = TypeVar("T")


@dataclass(frozen=True)
class _Located(Generic[T]):
    """What was read, with the document and path it was read from: the checks that come
    after every file is read (references between files) name the place of a problem."""

    value: T
    doc: LocatedYaml
    path: YamlPath = ()


@dataclass(frozen=True)
class _Heading:
    text: Text
    shared: bool  # a standard section's heading, from interface.yaml


class _Reader:
    """Collects problems while turning located YAML into model objects."""

    def __init__(self, content_dir: Path):
        self.content_dir = content_dir
        self.schema_dir = content_dir / "schema"
        self.problems: list[Problem] = []
        self.files: list[Path] = []
        self.unreadable = False  # a file failed to parse or to match its schema
        self.dated: list[DatedFact] = []  # valid_until / check_by of facts, phones, organisations

    def real_date(self, doc: LocatedYaml, path: YamlPath, value: str) -> date | None:
        """A date the schema let through by its form (YYYY-MM-DD) that must also exist."""
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problems.append(doc.problem(path, f"{value!r} is not a real date"))
            return None

    def dates(self, doc: LocatedYaml, path: YamlPath, entry: dict, what: str) -> dict[str, date | None]:
        """An entry's ``valid_until`` and ``check_by``, remembered with their place for the freshness checks."""
        found: dict[str, date | None] = {}
        for kind in DateKind:
            if kind.value in entry:
                when = found[kind.value] = self.real_date(doc, path + (kind.value,), entry[kind.value])
                if when:
                    self.dated.append(DatedFact(f"{what} {entry['id']!r}", kind, when, doc.file,
                                                doc.line_of(path + (kind.value,)), field_name(path + (kind.value,))))
        return found

    def document(self, file: Path, schema: str) -> LocatedYaml | None:
        self.files.append(file)
        try:
            located = read_yaml(file)
        except KnowledgeBaseError as error:
            self.problems.extend(error.problems)
            self.unreadable = True
            return None
        except FileNotFoundError:
            self.problems.append(Problem(file, None, "(file)", "file is missing"))
            self.unreadable = True
            return None
        problems = schema_problems(located, self.schema_dir, schema)
        self.problems.extend(problems)
        self.unreadable |= bool(problems)
        return None if problems else located

    def text(self, doc: LocatedYaml, path: YamlPath, key: str) -> Text:
        value = _get(doc.data, path)
        text, note = (value["text"], value["note"]) if isinstance(value, dict) else (value, None)
        return Text(key, text, note, doc.location(path))


def _get(data: Any, path: YamlPath) -> Any:
    for part in path:
        data = data[part]
    return data


def _languages(reader: _Reader) -> Languages | None:
    doc = reader.document(reader.content_dir / "languages.yaml", "languages.schema.json")
    if doc is None:
        return None
    editions = tuple(Language(**entry) for entry in doc.data["languages"])
    codes = [language.code for language in editions]
    if doc.data["source"] not in codes:
        reader.problems.append(doc.problem(("source",), f"{doc.data['source']!r} is not one of the languages"))
    for index, code in enumerate(codes):
        if code in codes[:index]:
            reader.problems.append(doc.problem(("languages", index, "code"), f"language {code!r} is listed twice"))
    return Languages(doc.data["source"], editions)


def _entries(reader: _Reader, name: str, schema: str, key: str,
             build: Callable[[LocatedYaml, YamlPath, dict], T]) -> dict[str, _Located[T]]:
    """Read a list file (sources, phones, ...) into a dict by id, reporting duplicates."""
    doc = reader.document(reader.content_dir / name, schema)
    if doc is None:
        return {}
    out: dict[str, _Located[T]] = {}
    for index, entry in enumerate(doc.data[key]):
        path = (key, index)
        if entry["id"] in out:
            reader.problems.append(doc.problem(path + ("id",), f"duplicate id {entry['id']!r}"))
            continue
        out[entry["id"]] = _Located(build(doc, path, entry), doc, path)
    return out


def _phone(reader: _Reader, doc: LocatedYaml, path: YamlPath, entry: dict) -> Phone:
    try:
        tel = tel_uri(entry["number"])
    except MalformedPhoneNumber as error:
        reader.problems.append(doc.problem(path + ("number",), f"malformed phone number {error}"))
        tel = ""
    key = f"phone:{entry['id']}"
    details = reader.text(doc, path + ("details",), key + ":details") if "details" in entry else None
    reader.dates(doc, path, entry, "phone")
    return Phone(
        entry["id"], entry["number"], tel, reader.text(doc, path + ("label",), key + ":label"), details,
        tuple(entry["sources"]), entry.get("email"),
    )


def _term(reader: _Reader, doc: LocatedYaml, path: YamlPath, entry: dict) -> Term:
    key = f"term:{entry['id']}"
    return Term(
        entry["id"],
        reader.text(doc, path + ("name",), key + ":name"),
        reader.text(doc, path + ("explanation",), key + ":explanation"),
        OfficialTerm(**entry["fr"]),
        OfficialTerm(**entry["nl"]),
        tuple(entry["sources"]),
    )


def _organisation(reader: _Reader, doc: LocatedYaml, path: YamlPath, entry: dict) -> Organisation:
    reader.dates(doc, path, entry, "organisation")
    return Organisation(
        entry["id"], entry["name"], reader.text(doc, path + ("description",), f"org:{entry['id']}:description"),
        entry.get("website"), entry.get("address"), tuple(entry.get("phones", ())), tuple(entry["sources"]),
        tuple(region for region in REGIONS if region in entry["regions"]),
    )


def _fact(reader: _Reader, doc: LocatedYaml, path: YamlPath, entry: dict) -> Fact:
    value, unit = entry["value"], Unit(entry["unit"])
    if unit is Unit.DATE:
        value = reader.real_date(doc, path + ("value",), value) or date.min
    return Fact(entry["id"], value, unit, entry.get("valid"), tuple(entry["sources"]),
                **reader.dates(doc, path, entry, "fact"))


def _interface(reader: _Reader) -> tuple[dict[str, Text], dict[str, PluralText]]:
    doc = reader.document(reader.content_dir / "interface.yaml", "interface.schema.json")
    if doc is None:
        return {}, {}
    texts = {key: reader.text(doc, ("interface", key), f"ui:{key}") for key in doc.data["interface"]}
    units = {
        unit: PluralText(f"unit:{unit}", forms["one"], forms["other"], doc.location(("units", unit)))
        for unit, forms in doc.data["units"].items()
    }
    return texts, units


def _section_heading(reader: _Reader, doc: LocatedYaml, s_path: YamlPath, section: dict, context: str,
                     interface: dict[str, Text]) -> _Heading:
    """A section's own heading, or the shared heading of a standard section."""
    if "heading" in section:
        return _Heading(reader.text(doc, s_path + ("heading",), context), shared=False)
    shared = interface.get(f"section-{section['id']}")
    if section["id"] not in STANDARD_SECTIONS or shared is None:
        reader.problems.append(doc.problem(
            s_path + ("id",),
            f"section {section['id']!r} needs a heading (only {', '.join(STANDARD_SECTIONS)} have a shared one)"))
        return _Heading(Text(context, "", where=doc.location(s_path)), shared=False)
    return _Heading(shared, shared=True)


def _check_standard_sections(reader: _Reader, doc: LocatedYaml, sections: list[Section]) -> None:
    by_id = {section.id: section for section in sections}
    for ident in STANDARD_SECTIONS:
        if ident not in by_id:
            reader.problems.append(doc.problem(
                ("sections",), f"a {doc.data['kind']} sheet needs a section with id {ident!r}"))
    for ident, kind in STANDARD_SECTION_BLOCK.items():
        if ident in by_id and not any(block.kind is kind for block in by_id[ident].blocks):
            index = sections.index(by_id[ident])
            reader.problems.append(doc.problem(("sections", index, "blocks"),
                                               f"section {ident!r} needs a {kind.value!r} block"))


def _reviews(reader: _Reader, doc: LocatedYaml, today: date) -> tuple[Review, ...]:
    """A sheet's reviews by others than its editors: each must name who, and a real past day.

    One record per reviewer and kind: a reviewer who checks again updates the date
    (git keeps the earlier one), so the page never lists the same check twice.
    """
    reviews = []
    seen: dict[tuple[str, str], int | None] = {}
    for index, entry in enumerate(doc.data.get("reviews", ())):
        path = ("reviews", index)
        by = entry["by"].strip()
        if not by:
            reader.problems.append(doc.problem(path + ("by",), "the reviewer is empty: say who checked (role and organisation)"))
        key = (by, entry["kind"])
        if by and key in seen:
            reader.problems.append(doc.problem(
                path, f"{by!r} already has a review of kind {entry['kind']} on line {seen[key]}: change its date instead"))
        seen.setdefault(key, doc.line_of(path))
        checked_on = reader.real_date(doc, path + ("date",), entry["date"])
        if checked_on and checked_on > today:
            reader.problems.append(doc.problem(
                path + ("date",), f"review date {entry['date']} is in the future (today is {today})"))
        report = entry.get("report")
        problem = _report_problem(reader.content_dir, report) if report else None
        if problem:
            reader.problems.append(doc.problem(path + ("report",), problem))
        reviews.append(Review(by, ReviewKind(entry["kind"]), checked_on or today, report))
    return tuple(reviews)


def _report_problem(content_dir: Path, report: str) -> str | None:
    """A review's report must be kept with the content, so that anyone can read what was checked."""
    target = (content_dir / report).resolve()
    if not target.is_relative_to(content_dir.resolve()):
        return f"{report} is outside {content_dir.name}/: keep reports in {content_dir.name}/audit/"
    if not target.is_file():
        return f"{report} is not a file in {content_dir.name}/"
    return None


def _sheet(reader: _Reader, doc: LocatedYaml, today: date, interface: dict[str, Text]) -> Sheet:
    data = doc.data
    slug = data["slug"]
    try:
        reviewed = date.fromisoformat(data["reviewed"])
        if reviewed > today:
            reader.problems.append(
                doc.problem(("reviewed",), f"review date {data['reviewed']} is in the future (today is {today})")
            )
    except ValueError:
        reader.problems.append(doc.problem(("reviewed",), f"{data['reviewed']!r} is not a real date"))
        reviewed = today
    sections = []
    section_ids: set[str] = set()
    for s_index, section in enumerate(data["sections"]):
        s_path = ("sections", s_index)
        if section["id"] in section_ids:
            reader.problems.append(doc.problem(s_path + ("id",), f"duplicate section id {section['id']!r}"))
        section_ids.add(section["id"])
        context = f"sheet:{slug}#{section['id']}"
        blocks = []
        for b_index, block in enumerate(section["blocks"]):
            (name, value), = block.items()
            kind = BlockKind(name)
            b_path = s_path + ("blocks", b_index, name)
            if kind.prose:
                items = value if isinstance(value, list) else [value]
                paths = [b_path + (i,) for i in range(len(items))] if isinstance(value, list) else [b_path]
                blocks.append(Block(kind, texts=tuple(reader.text(doc, p, context) for p in paths)))
            elif kind is BlockKind.GLOSSARY:
                blocks.append(Block(kind))
            else:
                blocks.append(Block(kind, ids=tuple(value)))
        heading = _section_heading(reader, doc, s_path, section, context, interface)
        sections.append(Section(section["id"], heading.text, tuple(blocks), heading.shared))
    sheet_kind = SheetKind(data["kind"])
    if sheet_kind in SHEETS_WITH_STANDARD_SECTIONS:
        _check_standard_sections(reader, doc, sections)
    return Sheet(
        slug,
        sheet_kind,
        data["order"],
        reader.text(doc, ("title",), f"sheet:{slug}:title"),
        reader.text(doc, ("summary",), f"sheet:{slug}:summary"),
        reviewed,
        tuple(data["sources"]),
        tuple(sections),
        doc.file,
        tuple(data.get("aliases", ())),
        _reviews(reader, doc, today),
    )


def _check_aliases(reader: _Reader, sheets: list[_Located[Sheet]], guide_slug: str | None) -> None:
    """An old address can only redirect to one page, and never hide a page that exists."""
    pages = {read.value.slug: read.doc.file.name for read in sheets}
    if guide_slug:
        pages[guide_slug] = "guide.yaml"
    seen: dict[str, str] = {}
    for read in sheets:
        doc = read.doc
        for index, alias in enumerate(read.value.aliases):
            if alias in pages:
                reader.problems.append(doc.problem(
                    ("aliases", index), f"alias {alias!r} is the address of a page ({pages[alias]}): it cannot redirect"))
            elif alias in seen:
                reader.problems.append(doc.problem(
                    ("aliases", index), f"alias {alias!r} is also an alias in {seen[alias]}"))
            seen.setdefault(alias, doc.file.name)


def _guide(reader: _Reader) -> _Located[Guide] | None:
    doc = reader.document(reader.content_dir / "guide.yaml", "guide.schema.json")
    if doc is None:
        return None
    data = doc.data
    questions: dict[str, Question] = {}
    for q_index, entry in enumerate(data["questions"]):
        q_path = ("questions", q_index)
        ident = entry["id"]
        if ident in questions:
            reader.problems.append(doc.problem(q_path + ("id",), f"duplicate question id {ident!r}"))
            continue
        answers, targets = [], set()
        for a_index, answer in enumerate(entry["answers"]):
            target = f"next:{answer['next']}" if "next" in answer else f"sheet:{answer['sheet']}"
            if target in targets:
                reader.problems.append(doc.problem(q_path + ("answers", a_index), f"two answers lead to {target}"))
            targets.add(target)
            label = reader.text(doc, q_path + ("answers", a_index, "label"), f"guide:{ident}:{target}")
            answers.append(Answer(label, answer.get("next"), answer.get("sheet")))
        questions[ident] = Question(ident, reader.text(doc, q_path + ("question",), f"guide:{ident}"), tuple(answers))
    guide = Guide(data["slug"], data["order"], reader.text(doc, ("title",), "guide:title"),
                  reader.text(doc, ("summary",), "guide:summary"), data["start"], questions)
    return _Located(guide, doc)


def _check_guide(reader: _Reader, guide: Guide, doc: LocatedYaml, slugs: set[str]) -> None:
    def problem(path: YamlPath, message: str) -> None:
        reader.problems.append(doc.problem(path, message))

    if guide.slug in slugs:
        problem(("slug",), f"the guide's slug {guide.slug!r} is also a sheet's slug")
    if guide.start not in guide.questions:
        problem(("start",), f"unknown question {guide.start!r}")
        return
    for q_index, entry in enumerate(doc.data["questions"]):
        for a_index, answer in enumerate(entry["answers"]):
            path = ("questions", q_index, "answers", a_index)
            if "next" in answer and answer["next"] not in guide.questions:
                problem(path + ("next",), f"unknown question {answer['next']!r}")
            if "sheet" in answer and answer["sheet"] not in slugs:
                problem(path + ("sheet",), f"unknown sheet {answer['sheet']!r}")
    unreachable = set(guide.questions) - reachable_questions(guide)
    for q_index, entry in enumerate(doc.data["questions"]):
        if entry["id"] in unreachable:
            problem(("questions", q_index, "id"), f"no answer leads to question {entry['id']!r}")
    for loop in loops(guide):
        problem(("questions",), "the questions go round in a loop: " + " -> ".join(loop))
    for ident in dead_ends(guide):
        problem(("questions",), f"question {ident!r} is a dead end: no answer ever ends on a sheet")


RELEASES_FOLDER = "releases"


def _fact_value(reader: _Reader, doc: LocatedYaml, path: YamlPath, entry: dict) -> FactValue:
    """A fact as a release recorded it: a date for unit date, a number otherwise."""
    value, unit = entry["value"], Unit(entry["unit"])
    if unit is Unit.DATE:
        value = reader.real_date(doc, path + ("value",), value) if isinstance(value, str) else None
        if value is None:
            reader.problems.append(doc.problem(path + ("value",), "a fact of unit date has a date as its value"))
            value = date.min
    elif not isinstance(value, (int, float)):
        reader.problems.append(doc.problem(path + ("value",), f"a fact of unit {unit} has a number as its value"))
    return FactValue(value, unit, entry.get("valid"))


def _release(reader: _Reader, doc: LocatedYaml, day: date, previous: Release | None) -> Release:
    data = doc.data
    recorded = data["snapshot"]
    snapshot = Snapshot(
        sheets={slug: SheetRecord(entry["title"], entry["content"]) for slug, entry in recorded["sheets"].items()},
        facts={ident: _fact_value(reader, doc, ("snapshot", "facts", ident), entry)
               for ident, entry in recorded["facts"].items()},
        phones=dict(recorded["phones"]),
    )
    listed = data.get("changes", {})

    def changed_facts() -> tuple[Changed, ...]:
        path = ("changes", "facts-changed")
        return tuple(Changed(entry["id"], _fact_value(reader, doc, path + (index, "old"), entry["old"]),
                             _fact_value(reader, doc, path + (index, "new"), entry["new"]))
                     for index, entry in enumerate(listed.get("facts-changed", ())))

    changes = Changes(
        sheets_added=tuple(listed.get("sheets-added", ())),
        sheets_removed=tuple(entry["slug"] for entry in listed.get("sheets-removed", ())),
        sheets_changed=tuple(listed.get("sheets-changed", ())),
        facts_changed=changed_facts(),
        facts_added=tuple(listed.get("facts-added", ())),
        facts_removed=tuple(listed.get("facts-removed", ())),
        phones_changed=tuple(Changed(entry["id"], entry["old"], entry["new"]) for entry in listed.get("phones-changed", ())),
        phones_added=tuple(listed.get("phones-added", ())),
        phones_removed=tuple(listed.get("phones-removed", ())),
    )
    # The record is only worth something if it is complete: the changes must be the snapshots' difference.
    expected = compare(previous.snapshot if previous else None, snapshot)
    for name in Changes.__dataclass_fields__:
        if getattr(changes, name) != getattr(expected, name):
            since = f"the release of {previous.date}" if previous else "nothing (the first release lists no changes)"
            reader.problems.append(doc.problem(
                ("changes",), f"{name.replace('_', '-')} does not match the snapshot compared with {since}: "
                              "run `python -m healthsite publish` again rather than editing the lists"))
    key = f"release:{data['date']}"
    notes = tuple(reader.text(doc, ("notes", index), f"{key}:note-{index + 1}") for index in range(len(data.get("notes", ()))))
    removed = {entry["slug"]: reader.text(doc, ("changes", "sheets-removed", index, "title"), f"{key}:removed:{entry['slug']}")
               for index, entry in enumerate(listed.get("sheets-removed", ()))}
    return Release(day, snapshot, changes, first=previous is None, notes=notes, removed_titles=removed, file=doc.file)


def _releases(reader: _Reader, today: date) -> list[Release]:
    """The release record, oldest first: one file per release, named by its date."""
    releases: list[Release] = []
    for file in sorted((reader.content_dir / RELEASES_FOLDER).glob("*.yaml")):
        doc = reader.document(file, "release.schema.json")
        if doc is None:
            continue
        day = reader.real_date(doc, ("date",), doc.data["date"])
        if day is None:
            continue
        if file.stem != doc.data["date"]:
            reader.problems.append(doc.problem(("date",), f"the release of {day} must be in {day}.yaml, not {file.name}"))
        if day > today:
            reader.problems.append(doc.problem(("date",), f"release date {day} is in the future (today is {today})"))
        releases.append(_release(reader, doc, day, releases[-1] if releases else None))
    return releases


def _check_release_notes(reader: _Reader, releases: list[Release]) -> None:
    """A note tells what changed then: a {fact:...} in it would show today's value instead."""
    for release in releases:
        for note in release.notes:
            try:
                parts = split_text(note.source)
            except ValueError:
                continue  # reported with the other texts
            if any(not isinstance(part, Literal) for part in parts):
                reader.problems.append(note.where.problem("a release note is plain text: write no {...} in it"))


class _CrossReferences:
    """What the schema cannot see: ids that must exist somewhere else."""

    def __init__(self, reader: _Reader, kb_parts: dict[str, dict[str, _Located]], slugs: set[str]):
        self.reader = reader
        ids = {name: set(entries) for name, entries in kb_parts.items()}
        ids["sheets"] = slugs
        self.known = {kind: ids[target] for kind, target in TARGETS.items()}
        self.sources = set(kb_parts["sources"])

    def problem(self, doc: LocatedYaml, path: YamlPath, message: str) -> None:
        self.reader.problems.append(doc.problem(path, message))

    def check_sources(self, doc: LocatedYaml, path: YamlPath, ids: list[str]) -> None:
        for index, source in enumerate(ids):
            if source not in self.sources:
                self.problem(doc, path + (index,), f"unknown source {source!r} (not in sources.yaml)")

    def check_ids(self, doc: LocatedYaml, path: YamlPath, kind: ReferenceKind, ids: list[str]) -> None:
        for index, ident in enumerate(ids):
            if ident not in self.known[kind]:
                self.problem(doc, path + (index,), f"unknown {kind} id {ident!r}")

    def check_text(self, text: Text, variables_allowed: bool = False) -> None:
        def problem(message: str) -> None:
            self.reader.problems.append(text.where.problem(message))

        if MARKUP.search(text.source):
            problem("HTML or entities are not allowed in text: write plain text")
        try:
            parts = split_text(text.source)
        except ValueError as error:
            problem(str(error))
            return
        for part in parts:
            if isinstance(part, Reference) and part.id not in self.known[part.kind]:
                problem(f"unknown {part.kind} id {part.id!r} in {part}")
            if isinstance(part, Variable) and not variables_allowed:
                problem(f"{part} is not a reference: use {{phone:ID}}, {{term:ID}}, ... (only interface.yaml has variables)")


def _texts(parts: dict[str, dict[str, _Located]], sheets: list[Sheet]) -> Iterator[Text]:
    for phone in _values(parts["phones"]):
        yield phone.label
        if phone.details:
            yield phone.details
    for term in _values(parts["terms"]):
        yield from (term.name, term.explanation)
    for organisation in _values(parts["organisations"]):
        yield organisation.description
    for sheet in sheets:
        yield from sheet.texts()


def _values(entries: dict[str, _Located[T]]) -> Iterator[T]:
    return (read.value for read in entries.values())


def _by_id(entries: dict[str, _Located[T]]) -> dict[str, T]:
    return {ident: read.value for ident, read in entries.items()}


def load_knowledge_base(content_dir: Path, today: date | None = None, shared_sources: Path | None = None,
                        allow_expired: bool = False) -> KnowledgeBase:
    """Read and validate the whole knowledge base.

    ``today`` (default: ``current_date()``, which ``HEALTHSITE_TODAY`` can set) decides
    which review dates are "in the future" and which facts have ended; ``shared_sources``,
    when it exists, is where documents named by sources must be. ``allow_expired`` is
    for listing dates (the freshness report), never for building pages.
    """
    today = today or current_date()
    reader = _Reader(content_dir)
    languages = _languages(reader)
    parts: dict[str, dict[str, _Located]] = {
        "sources": _entries(reader, "sources.yaml", "sources.schema.json", "sources",
                            lambda doc, path, entry: Source(**entry)),
        "phones": _entries(reader, "phones.yaml", "phones.schema.json", "phones",
                           lambda doc, path, entry: _phone(reader, doc, path, entry)),
        "terms": _entries(reader, "terms.yaml", "terms.schema.json", "terms",
                          lambda doc, path, entry: _term(reader, doc, path, entry)),
        "organisations": _entries(reader, "organisations.yaml", "organisations.schema.json", "organisations",
                                  lambda doc, path, entry: _organisation(reader, doc, path, entry)),
        "facts": _entries(reader, "facts.yaml", "facts.schema.json", "facts",
                          lambda doc, path, entry: _fact(reader, doc, path, entry)),
    }
    interface, units = _interface(reader)
    sheets: list[_Located[Sheet]] = []
    slug_files: dict[str, Path] = {}
    for file in sorted((content_dir / "sheets").glob("*.yaml")):
        doc = reader.document(file, "sheet.schema.json")
        if doc is None:
            continue
        slug = doc.data["slug"]
        if slug in slug_files:
            reader.problems.append(doc.problem(("slug",), f"duplicate slug {slug!r}: also used by {slug_files[slug].name}"))
            continue
        slug_files[slug] = file
        sheets.append(_Located(_sheet(reader, doc, today, interface), doc))

    guide = _guide(reader)
    releases = _releases(reader, today)

    if reader.unreadable:
        # References into a file we could not read would all look broken: fix the file first.
        raise KnowledgeBaseError(reader.problems)
    checks = _CrossReferences(reader, parts, set(slug_files))
    for kind, entries in parts.items():
        for read in entries.values():
            entry, doc, path = read.value, read.doc, read.path
            if kind != "sources":
                checks.check_sources(doc, path + ("sources",), list(entry.sources))
            if kind == "organisations":
                checks.check_ids(doc, path + ("phones",), ReferenceKind.PHONE, list(entry.phones))
            if kind == "sources" and entry.document and shared_sources and shared_sources.is_dir():
                if not (shared_sources / entry.document).is_file():
                    checks.problem(doc, path + ("document",), f"{entry.document} is not in {shared_sources}")
    for read in sheets:
        doc = read.doc
        checks.check_sources(doc, ("sources",), list(read.value.sources))
        for s_index, section in enumerate(doc.data["sections"]):
            for b_index, block in enumerate(section["blocks"]):
                (name, value), = block.items()
                if BlockKind(name) in _BLOCK_TARGETS:
                    checks.check_ids(doc, ("sections", s_index, "blocks", b_index, name),
                                     _BLOCK_TARGETS[BlockKind(name)], value)
    if guide:
        _check_guide(reader, guide.value, guide.doc, set(slug_files))
    _check_aliases(reader, sheets, guide.value.slug if guide else None)
    guide_texts = list(guide.value.texts()) if guide else []
    release_texts = [text for release in releases for text in release.texts()]
    for text in [*_texts(parts, [read.value for read in sheets]), *guide_texts, *release_texts]:
        checks.check_text(text)
    _check_release_notes(reader, releases)
    for text in interface.values():
        checks.check_text(text, variables_allowed=True)
    if not allow_expired:
        reader.problems.extend(expired(reader.dated, today))

    if reader.problems or languages is None:
        raise KnowledgeBaseError(reader.problems)
    return KnowledgeBase(
        languages=languages,
        sources=_by_id(parts["sources"]),
        phones=_by_id(parts["phones"]),
        terms=_by_id(parts["terms"]),
        organisations=_by_id(parts["organisations"]),
        interface=interface,
        units=units,
        facts=_by_id(parts["facts"]),
        sheets=tuple(read.value for read in sorted(sheets, key=lambda read: (read.doc.data["order"], read.value.slug))),
        guide=guide.value if guide else None,
        files=tuple(reader.files),
        dated=tuple(reader.dated),
        releases=tuple(releases),
    )
