"""Render one translated text, with its references, as safe inline HTML.

A reference becomes the fact from the knowledge base, identical in every edition:
phone numbers as tap-to-call links kept left-to-right, official terms with their
French and Dutch words, amounts formatted for the language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import cast

from babel.dates import format_date
from babel.numbers import format_currency

from ..catalogs.translator import MISSING, Translation, Translator
from ..knowledge.model import Fact, KnowledgeBase, Text
from ..knowledge.references import Literal, Reference, Variable, split_text
from .escape import Html, html_text


@dataclass
class InlineRenderer:
    kb: KnowledgeBase
    translator: Translator
    link_prefix: str = "../"  # from the current page to /<lang>/
    states: set[str] = field(default_factory=set)  # states of every translation used
    # Every message used, once, with its translation: what the page's review notice counts.
    used: dict[tuple[str, str | tuple[str, str]], Translation] = field(default_factory=dict)

    @property
    def language(self):
        return self.translator.language

    def _note(self, key: str, msgid, translation: Translation) -> None:
        self.states.add(translation.state)
        self.used[(key, msgid)] = translation

    def translate(self, message: Text) -> Translation:
        translation = self.translator.text(message)
        self._note(message.key, message.source, translation)
        return translation

    def text(self, message: Text, **variables: str | Html) -> Html:
        """The translated text as HTML; English fallbacks are marked as English."""
        translation = self.translate(message)
        rendered = self.fragment(translation.text, variables)
        if translation.state == MISSING:
            return Html('<span lang="en" dir="ltr" class="untranslated">{}</span>').format(rendered)
        return rendered

    def fragment(self, text: str, variables: dict[str, str | Html] | None = None) -> Html:
        """The translation is text: escaped. Variables are escaped too, unless they are ``Html``
        made by code (a date, a fact, a reviewer's name)."""
        out = []
        for part in split_text(text):
            if isinstance(part, Literal):
                out.append(part.text)
            elif isinstance(part, Variable):
                out.append((variables or {})[part.name])
            else:
                out.append(self.reference(part))
        return Html().join(out)

    def reference(self, reference: Reference) -> Html:
        return getattr(self, "_" + reference.kind)(reference.id)

    def _phone(self, ident: str) -> Html:
        phone = self.kb.phones[ident]
        return phone_link(phone.number, phone.tel)

    def _official(self, ident: str) -> Html:
        term = self.kb.terms[ident]
        fr = Html('<span lang="fr">{}</span>').format(term.fr.said)
        nl = Html('<span lang="nl">{}</span>').format(term.nl.said)
        if self.language.code == "fr":
            return fr
        if self.language.code == "nl":
            return nl
        return Html('<bdi class="official">{}</bdi>').format(self._both(term, fr, nl))

    @staticmethod
    def _both(term, fr: Html, nl: Html) -> Html:
        """French and Dutch words side by side; once when both languages say the same ("9ter")."""
        return fr if term.fr.said == term.nl.said else Html("{} / {}").format(fr, nl)

    def _abbr(self, ident: str) -> Html:
        return self._official(ident)

    def _term(self, ident: str) -> Html:
        term = self.kb.terms[ident]
        name = self.text(term.name)
        fr = Html('<span lang="fr">{}</span>').format(term.fr.said)
        nl = Html('<span lang="nl">{}</span>').format(term.nl.said)
        # The French and Dutch editions already say their own official word: add the other one.
        official = {"fr": nl, "nl": fr}.get(self.language.code, self._both(term, fr, nl))
        return Html('<span class="term">{} <bdi class="official">({})</bdi></span>').format(name, official)

    def _org(self, ident: str) -> Html:
        return Html('<bdi class="org">{}</bdi>').format(self.kb.organisations[ident].name)

    def _sheet(self, slug: str) -> Html:
        sheet = self.kb.sheet(slug)
        return Html('<a href="{}{}/">{}</a>').format(self.link_prefix, slug, self.text(sheet.title))

    def long_date(self, day: date) -> str:
        """A date as the language writes it ("4 March 2027"), as text."""
        return format_date(day, "long", locale=self.language.code)

    def time(self, day: date) -> Html:
        """A date for the page: readable text, and the machine-readable date beside it."""
        return Html('<time datetime="{}">{}</time>').format(day.isoformat(), self.long_date(day))

    def _fact(self, ident: str) -> Html:
        return self.fact(self.kb.facts[ident])

    def fact(self, fact: Fact) -> Html:
        """A fact's value as pages show it; also a value it had before (the "What changed" page)."""
        if fact.is_date:
            return self.time(cast(date, fact.value))
        if fact.is_money:
            shown = format_currency(cast(float, fact.value), "EUR", locale=self.language.code, numbering_system="latn")
            amount = Html('<span class="fact" dir="ltr">{}</span>').format(shown)
            if fact.valid:
                # An amount that changes every year says which year it is from.
                return self.text(self.kb.ui("fact-amount-in-year"), amount=amount, year=fact.valid)
            return amount
        count = int(cast(float, fact.value))
        unit = self.kb.units[fact.unit]
        translation = self.translator.plural(unit, count)
        self._note(unit.key, (unit.one, unit.other), translation)
        # Escaped first, then the count put in: "{count}" is the catalogue's placeholder, not markup.
        shown = html_text(translation.text).replace("{count}", str(count))
        if translation.state == MISSING:
            return Html('<span class="fact untranslated" lang="en" dir="ltr">{}</span>').format(shown)
        return Html('<span class="fact">{}</span>').format(shown)


def phone_link(number: str, tel: str) -> Html:
    # dir="ltr" isolates the digits, so "02 201 22 22" is not reordered inside Arabic text.
    return Html('<a class="tel" href="{}" dir="ltr">{}</a>').format(tel, number)
