"""The knowledge base as typed, immutable data.

Facts that must be identical in every language (numbers, official terms,
addresses, dates) are plain fields; prose that translators translate is a ``Text``
carrying its stable key (the gettext message context).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum
from pathlib import Path

from ..languages import Languages
from .errors import Location
from .freshness import DatedFact
from .releases import Release


@dataclass(frozen=True)
class Text:
    key: str
    source: str
    note: str | None = None
    where: Location = Location()  # in the YAML: for problems, and the catalogues' source references


@dataclass(frozen=True)
class PluralText:
    """A message with plural forms, e.g. "{count} day" / "{count} days"."""

    key: str
    one: str
    other: str
    where: Location = Location()


class Unit(StrEnum):
    """What a fact's value counts. The values are what editors write in ``unit:``; a duration's
    words are the plural messages of the same name in interface.yaml (``units``)."""

    EUR = "EUR"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DATE = "date"


@dataclass(frozen=True)
class Fact:
    """An amount (unit EUR), a duration (hour, day, week, month, year) or a date (unit date).

    ``valid`` is the period an amount belongs to ("2025"), shown beside it on the page;
    ``valid_until`` and ``check_by`` say when the fact ends or must be checked again.
    """

    id: str
    value: float | date
    unit: Unit
    valid: str | None
    sources: tuple[str, ...]
    valid_until: date | None = None
    check_by: date | None = None

    @property
    def is_money(self) -> bool:
        return self.unit is Unit.EUR

    @property
    def is_date(self) -> bool:
        return self.unit is Unit.DATE


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str | None = None
    document: str | None = None
    section: str | None = None
    publisher: str | None = None
    published: str | None = None
    official: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Phone:
    id: str
    number: str
    tel: str
    label: Text
    details: Text | None
    sources: tuple[str, ...]
    email: str | None = None


@dataclass(frozen=True)
class OfficialTerm:
    term: str
    abbr: str | None = None

    @property
    def full(self) -> str:
        """The whole official name, with its abbreviation: "Aide Médicale Urgente (AMU)"."""
        return f"{self.term} ({self.abbr})" if self.abbr else self.term

    @property
    def said(self) -> str:
        """What people say at the counter: the abbreviation when there is one."""
        return self.abbr or self.term


@dataclass(frozen=True)
class Term:
    id: str
    name: Text
    explanation: Text
    fr: OfficialTerm
    nl: OfficialTerm
    sources: tuple[str, ...]


class Region(StrEnum):
    """Belgium's three regions, in the order pages name them. The values are what editors
    write in ``regions:``; each has an interface string ``region-<value>``."""

    BRUSSELS = "brussels"
    FLANDERS = "flanders"
    WALLONIA = "wallonia"


REGIONS = tuple(Region)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    description: Text
    website: str | None
    address: str | None
    phones: tuple[str, ...]
    sources: tuple[str, ...]
    regions: tuple[Region, ...] = REGIONS  # where it helps people




class BlockKind(StrEnum):
    """What a block of a section shows. The values are the keys editors write in ``blocks:``."""

    # Prose: translatable texts.
    P = "p"
    STEPS = "steps"
    BULLETS = "bullets"
    IMPORTANT = "important"
    # Data, by id.
    PHONES = "phones"
    TERMS = "terms"
    SHEETS = "sheets"
    ORGANISATIONS = "organisations"
    GLOSSARY = "glossary"  # every term, with its explanation: no ids

    @property
    def prose(self) -> bool:
        return self in PROSE_BLOCKS


PROSE_BLOCKS = frozenset({BlockKind.P, BlockKind.STEPS, BlockKind.BULLETS, BlockKind.IMPORTANT})


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    texts: tuple[Text, ...] = ()  # prose blocks
    ids: tuple[str, ...] = ()  # data blocks


class SheetKind(StrEnum):
    """What a sheet is for. The values are what editors write in ``kind:``."""

    SITUATION = "situation"  # who you are: the decision guide ends here
    TOPIC = "topic"  # a kind of care
    OVERVIEW = "overview"
    REFERENCE = "reference"
    PROFESSIONALS = "professionals"


# Sections every situation and topic sheet has, in this order of importance;
# their headings are interface strings, so they read the same on every sheet.
STANDARD_SECTIONS = ("what-to-do", "what-to-bring", "cost", "get-help", "terms", "regions")
# The block a standard section cannot do without.
STANDARD_SECTION_BLOCK = {"what-to-do": BlockKind.STEPS, "terms": BlockKind.TERMS}
SHEETS_WITH_STANDARD_SECTIONS = frozenset({SheetKind.SITUATION, SheetKind.TOPIC})


@dataclass(frozen=True)
class Section:
    id: str
    heading: Text
    blocks: tuple[Block, ...]
    standard_heading: bool = False


class ReviewKind(str, Enum):
    """What a person checked a sheet for. The values are what editors write in ``kind:``."""

    EDITORIAL = "editorial"  # against the sources, as the editors do
    PLAIN_LANGUAGE = "plain-language"  # easy to read for people with little schooling
    LEGAL = "legal"  # by a legal expert (lawyer, legal adviser)
    MEDICAL = "medical"  # by a medical expert (doctor, nurse, midwife)


# Reviews that make the page stop saying "not yet checked by a legal or medical expert".
EXPERT_REVIEWS = frozenset({ReviewKind.LEGAL, ReviewKind.MEDICAL})


@dataclass(frozen=True)
class Review:
    """A check of a sheet by someone other than the site's editors, recorded because it happened.

    ``by`` is data, shown as written on every edition: the role and organisation
    ("Lawyer (name of the organisation)"), never a claim the record cannot back. ``report`` is
    where the reviewer's findings are kept, relative to ``content-src/``.
    """

    by: str
    kind: ReviewKind
    checked_on: date
    report: str | None = None

    @property
    def expert(self) -> bool:
        return self.kind in EXPERT_REVIEWS


@dataclass(frozen=True)
class Sheet:
    """``reviewed`` is the day the site's editors last checked the sheet against its sources;
    ``reviews`` are the checks by anyone else (an audit, a lawyer, a doctor)."""

    slug: str
    kind: SheetKind
    order: int
    title: Text
    summary: Text
    reviewed: date
    sources: tuple[str, ...]
    sections: tuple[Section, ...]
    file: Path
    aliases: tuple[str, ...] = ()  # earlier slugs: their addresses redirect here
    reviews: tuple[Review, ...] = ()

    @property
    def expert_reviewed(self) -> bool:
        return any(review.expert for review in self.reviews)

    def texts(self) -> Iterator[Text]:
        yield self.title
        yield self.summary
        for section in self.sections:
            if not section.standard_heading:
                yield section.heading
            for block in section.blocks:
                yield from block.texts


@dataclass(frozen=True)
class Answer:
    """One answer of a guide question: it leads to the next question or ends on a sheet."""

    label: Text
    next: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    question: Text
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Guide:
    """"Which situation am I in?": questions that end on the right sheet."""

    slug: str
    order: int
    title: Text
    summary: Text
    start: str
    questions: dict[str, Question]

    def texts(self) -> Iterator[Text]:
        yield self.title
        yield self.summary
        for question in self.questions.values():
            yield question.question
            for answer in question.answers:
                yield answer.label


@dataclass(frozen=True)
class KnowledgeBase:
    languages: Languages
    sources: dict[str, Source]
    phones: dict[str, Phone]
    terms: dict[str, Term]
    organisations: dict[str, Organisation]
    interface: dict[str, Text]
    units: dict[str, PluralText]
    facts: dict[str, Fact]
    sheets: tuple[Sheet, ...]
    guide: Guide | None = None
    files: tuple[Path, ...] = field(default=())
    dated: tuple[DatedFact, ...] = ()  # every valid_until and check_by, with where it is written
    releases: tuple[Release, ...] = ()  # what was published, oldest first (content-src/releases/)

    def sheet(self, slug: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.slug == slug:
                return sheet
        raise KeyError(slug)

    def texts(self) -> Iterator[Text | PluralText]:
        """Every translatable text, in a stable order: what the catalogues hold."""
        yield from self.interface.values()
        for phone in self.phones.values():
            yield phone.label
            if phone.details:
                yield phone.details
        for term in self.terms.values():
            yield term.name
            yield term.explanation
        for organisation in self.organisations.values():
            yield organisation.description
        yield from self.units.values()
        for sheet in self.sheets:
            yield from sheet.texts()
        if self.guide:
            yield from self.guide.texts()
        for release in self.releases:
            yield from release.texts()

    def ui(self, key: str) -> Text:
        return self.interface[key]
