"""Checks that catch a wrong translation before a reader sees it.

Per message: placeholders and numbers identical to the source, no markup, the
language's own script, not left in English (unless allow-listed), a sane length,
key concepts translated as the language's term base says. Per catalogue: the
language's own letters appear, and GNU msgfmt --check is clean.

Reviews: an entry without the fuzzy flag claims a human review, so it must have a
review record for that translation of that English (``review``); and a record whose
English is no longer in the knowledge base must have been marked as superseded by
``extract`` (the English changed and nobody has reviewed the new one).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog

from ..knowledge.model import KnowledgeBase, PluralText, Text
from ..knowledge.references import PLACEHOLDER
from ..languages import Language
from .format import load_catalog, string_forms
from .review import MessageKey, ReviewFileError, Reviews, load_reviews, reviews_path
from .safety import problems_with
from .status import is_filled, msgid_of
from .termbase import (
    Concept,
    TermBaseEntry,
    concepts_path,
    inconsistencies,
    load_concepts,
    load_termbase,
    termbase_path,
)
from .update import catalog_path

# Letters a language has and its neighbours lack: one of them must appear somewhere
# in the catalogue, or it was probably written in the wrong language or keyboard.
OWN_LETTERS = {
    "fa": "پچژگ",
    "ps": "ټځړښګڼ",
    "uk": "іїєґ",
    "ro": "ăâîșț",
    "tr": "çğıöşü",
    "sq": "ëç",
}
# Letters that must not appear: Russian has no і ї є ґ; Romanian uses comma-below ș ț, not cedilla ş ţ.
FORBIDDEN_LETTERS = {"ru": "іїєґ", "ro": "şţ"}
# Share of letters that must be in the language's script. Arabic-script and Ethiopic
# text may hold a Latin acronym or app name; Latin and Cyrillic text may not mix.
MIN_SCRIPT_SHARE = {"Arabic": 0.8, "Ethiopic": 0.8, "Cyrillic": 0.9, "Latin": 1.0}
LENGTH_BOUNDS = (0.35, 3.5)


@dataclass(frozen=True)
class CatalogProblem:
    file: Path
    line: int | None
    context: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line or 0}: [{self.context}] {self.message}"


def letters(text: str) -> str:
    return "".join(ch for ch in PLACEHOLDER.sub(" ", text) if ch.isalpha())


def script_share(text: str, script: str) -> float:
    found = letters(text)
    if not found:
        return 1.0
    return sum(1 for ch in found if unicodedata.name(ch, "").startswith(script.upper())) / len(found)


def identical_allowed(locales: Path) -> dict[str, set[str]]:
    """Language -> message keys whose translation may equal the English (names, words shared by both languages)."""
    path = locales / "identical-allowed.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {code: set(entries) for code, entries in (data.get("allowed") or {}).items()}


def protected_names(locales: Path) -> tuple[str, ...]:
    """Names of organisations, services and apps that every translation keeps as written (locales/names.yaml)."""
    path = locales / "names.yaml"
    if not path.exists():
        return ()
    return tuple((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("names") or ())


def check_message(language: Language, source: str, translation: str, may_be_identical: bool = False,
                  names: tuple[str, ...] = ()) -> list[str]:
    found = problems_with(source, translation)
    kept = [name for name in names if name in source]
    for name in kept:
        if name not in translation:
            found.append(f"the name {name!r} must stay as written, in Latin script (a transliteration may stand beside it)")
    # A kept name is Latin script on purpose: the script share is measured without it.
    without_names = translation
    for name in kept:
        without_names = without_names.replace(name, " ")
    share = script_share(without_names, language.script)
    if share < MIN_SCRIPT_SHARE[language.script]:
        found.append(f"only {share:.0%} of the letters are {language.script}")
    if letters(source) and translation.strip() == source.strip() and not may_be_identical:
        found.append("identical to the English source")
    for letter in FORBIDDEN_LETTERS.get(language.code, ""):
        if letter in translation:
            found.append(f"contains {letter!r}, which {language.english_name} does not use")
    low, high = LENGTH_BOUNDS
    if len(source) >= 12 and not low <= len(translation) / len(source) <= high:
        found.append(f"length {len(translation)} is far from the source's {len(source)}")
    return found


def msgfmt_problems(path: Path) -> list[str]:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        return ["GNU msgfmt is not installed (Debian package gettext): cannot check"]
    result = subprocess.run([msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    return [line for line in result.stderr.splitlines() if line.strip()] if result.returncode else []


@dataclass(frozen=True)
class LanguageRules:
    """What the checks of one language need besides the message: its term base and exceptions."""

    concepts: tuple[Concept, ...] = ()
    termbase: dict[str, TermBaseEntry] | None = None
    may_be_identical: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()


def language_rules(locales: Path, code: str) -> LanguageRules:
    concepts = tuple(load_concepts(concepts_path(locales))) if concepts_path(locales).exists() else ()
    tb_path = termbase_path(locales, code)
    termbase = load_termbase(tb_path) if concepts and tb_path.exists() else None
    return LanguageRules(concepts, termbase, frozenset(identical_allowed(locales).get(code, set())),
                         protected_names(locales))


def entry_problems(language: Language, message: Text | PluralText, translation, rules: LanguageRules) -> list[str]:
    """Why one filled catalogue entry cannot stand for its message (every plural form checked)."""
    forms = string_forms(translation)
    sources = (message.one,) * len(forms) if isinstance(message, PluralText) else (message.source,)
    found: list[str] = []
    for source, form in zip(sources, forms, strict=False):
        reasons = check_message(language, source, form, message.key in rules.may_be_identical, rules.names)
        if rules.concepts and rules.termbase is not None:
            reasons += inconsistencies(list(rules.concepts), rules.termbase, source, form)
        found.extend(f"{reason}: {form!r}" for reason in reasons)
    return found


def review_problems(kb: KnowledgeBase, catalog: Catalog, reviews: Reviews, path: Path,
                    reviews_file: Path) -> list[CatalogProblem]:
    """Every claim of a review must be backed by a record, and every record by the current English."""
    problems = []
    current = set()
    for message in kb.texts():
        key = MessageKey.of(message)
        current.add(key)
        entry = catalog.get(msgid_of(message), context=message.key)
        if entry is None or entry.fuzzy or not is_filled(entry.string):
            continue
        record = reviews.get(key)
        if record is None or not record.counts:
            problems.append(CatalogProblem(path, entry.lineno, message.key, (
                "no fuzzy flag, but no record of a review of this English: put the fuzzy flag back, or record "
                f"the review with `python -m healthsite review` ({key})")))
        elif not record.covers(entry.string):
            problems.append(CatalogProblem(path, entry.lineno, message.key, (
                f"the translation changed after its review on {record.reviewed_on} by {record.reviewer.by}: "
                "put the fuzzy flag back, or record a new review")))
    for key, record in sorted(reviews.records.items()):
        if record.counts and key not in current:
            problems.append(CatalogProblem(reviews_file, None, key.context, (
                f"review record {key} is for English that is no longer on the site ({record.english!r}): "
                "run `python -m healthsite extract`, which marks it english-changed")))
    return problems


def check_catalog(kb: KnowledgeBase, language: Language, catalog: Catalog, path: Path, release: bool,
                  concepts: list[Concept] | None = None, termbase: dict | None = None,
                  may_be_identical: frozenset[str] | set[str] = frozenset(),
                  names: tuple[str, ...] = ()) -> list[CatalogProblem]:
    rules = LanguageRules(tuple(concepts or ()), termbase, frozenset(may_be_identical), names)
    problems = []
    text_seen: list[str] = []
    for message in kb.texts():
        entry = catalog.get(msgid_of(message), context=message.key)
        if entry is None or not is_filled(entry.string):
            if release:
                problems.append(CatalogProblem(path, entry.lineno if entry else None, message.key,
                                               f"missing translation of {msgid_of(message)!r}"))
            continue
        text_seen.extend(string_forms(entry.string))
        for reason in entry_problems(language, message, entry.string, rules):
            problems.append(CatalogProblem(path, entry.lineno, message.key, reason))
    everything = "".join(text_seen)
    own = OWN_LETTERS.get(language.code)
    if own and everything and not any(letter in everything for letter in own):
        problems.append(CatalogProblem(path, None, "(catalogue)", f"none of {own} appears: is this really {language.english_name}?"))
    problems.extend(CatalogProblem(path, None, "msgfmt", line) for line in msgfmt_problems(path))
    return problems


def check_all(kb: KnowledgeBase, locales: Path, release: bool = False) -> list[CatalogProblem]:
    problems = []
    concepts = load_concepts(concepts_path(locales)) if concepts_path(locales).exists() else []
    allowed = identical_allowed(locales)
    names = protected_names(locales)
    for language in kb.languages.targets:
        path = catalog_path(locales, language.code)
        if not path.exists():
            problems.append(CatalogProblem(path, None, "(catalogue)", "catalogue missing: run python -m healthsite extract"))
            continue
        termbase = None
        if concepts:
            tb_path = termbase_path(locales, language.code)
            if tb_path.exists():
                termbase = load_termbase(tb_path)
            else:
                problems.append(CatalogProblem(tb_path, None, "(term base)", "no term base for this language"))
        catalog = load_catalog(path, language)
        problems.extend(check_catalog(kb, language, catalog, path, release, concepts, termbase,
                                      allowed.get(language.code, set()), names))
        reviews_file = reviews_path(locales, language.code)
        try:
            reviews = load_reviews(reviews_file)
        except ReviewFileError as error:
            problems.append(CatalogProblem(reviews_file, None, "(reviews)", str(error)))
            continue
        problems.extend(review_problems(kb, catalog, reviews, path, reviews_file))
    return problems
