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
from markupsafe import Markup

from ..catalogs.translator import MISSING, Translation, Translator
from ..knowledge.model import Fact, KnowledgeBase, Text
from ..knowledge.references import Literal, Reference, Variable, split_text
from .escape import html_text


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

    def text(self, message: Text, **variables: str) -> str:
        """The translated text as HTML; English fallbacks are marked as English."""
        translation = self.translate(message)
        rendered = self.fragment(translation.text, variables)
        if translation.state == MISSING:
            return f'<span lang="en" dir="ltr" class="untranslated">{rendered}</span>'
        return rendered

    def fragment(self, text: str, variables: dict[str, str] | None = None) -> str:
        """Variables are escaped, unless they are ``Markup`` this module made itself (a fact)."""
        out = []
        for part in split_text(text):
            if isinstance(part, Literal):
                out.append(html_text(part.text))
            elif isinstance(part, Variable):
                value = (variables or {})[part.name]
                out.append(str(value) if isinstance(value, Markup) else html_text(value))
            else:
                out.append(self.reference(part))
        return "".join(out)

    def reference(self, reference: Reference) -> str:
        return getattr(self, "_" + reference.kind)(reference.id)

    def _phone(self, ident: str) -> str:
        phone = self.kb.phones[ident]
        return phone_link(phone.number, phone.tel)

    def _official(self, ident: str) -> str:
        term = self.kb.terms[ident]
        fr = f'<span lang="fr">{html_text(term.fr.said)}</span>'
        nl = f'<span lang="nl">{html_text(term.nl.said)}</span>'
        if self.language.code == "fr":
            return fr
        if self.language.code == "nl":
            return nl
        return f'<bdi class="official">{self._both(term, fr, nl)}</bdi>'

    @staticmethod
    def _both(term, fr: str, nl: str) -> str:
        """French and Dutch words side by side; once when both languages say the same ("9ter")."""
        return fr if term.fr.said == term.nl.said else f"{fr} / {nl}"

    def _abbr(self, ident: str) -> str:
        return self._official(ident)

    def _term(self, ident: str) -> str:
        term = self.kb.terms[ident]
        name = self.text(term.name)
        fr = f'<span lang="fr">{html_text(term.fr.said)}</span>'
        nl = f'<span lang="nl">{html_text(term.nl.said)}</span>'
        # The French and Dutch editions already say their own official word: add the other one.
        official = {"fr": nl, "nl": fr}.get(self.language.code, self._both(term, fr, nl))
        return f'<span class="term">{name} <bdi class="official">({official})</bdi></span>'

    def _org(self, ident: str) -> str:
        return f'<bdi class="org">{html_text(self.kb.organisations[ident].name)}</bdi>'

    def _sheet(self, slug: str) -> str:
        sheet = self.kb.sheet(slug)
        return f'<a href="{self.link_prefix}{slug}/">{self.text(sheet.title)}</a>'

    def long_date(self, day: date) -> str:
        """A date as the language writes it ("4 March 2027"), as text."""
        return format_date(day, "long", locale=self.language.code)

    def time(self, day: date) -> Markup:
        """A date for the page: readable text, and the machine-readable date beside it."""
        return Markup('<time datetime="{}">{}</time>').format(day.isoformat(), self.long_date(day))

    def _fact(self, ident: str) -> str:
        return self.fact(self.kb.facts[ident])

    def fact(self, fact: Fact) -> str:
        """A fact's value as pages show it; also a value it had before (the "What changed" page)."""
        if fact.is_date:
            return str(self.time(cast(date, fact.value)))
        if fact.is_money:
            shown = html_text(format_currency(cast(float, fact.value), "EUR", locale=self.language.code, numbering_system="latn"))
            amount = Markup(f'<span class="fact" dir="ltr">{shown}</span>')
            if fact.valid:
                # An amount that changes every year says which year it is from.
                return self.text(self.kb.ui("fact-amount-in-year"), amount=amount, year=fact.valid)
            return str(amount)
        count = int(cast(float, fact.value))
        unit = self.kb.units[fact.unit]
        translation = self.translator.plural(unit, count)
        self._note(unit.key, (unit.one, unit.other), translation)
        shown = html_text(translation.text).replace("{count}", str(count))
        if translation.state == MISSING:
            return f'<span class="fact untranslated" lang="en" dir="ltr">{shown}</span>'
        return f'<span class="fact">{shown}</span>'


def phone_link(number: str, tel: str) -> str:
    # dir="ltr" isolates the digits, so "02 201 22 22" is not reordered inside Arabic text.
    return f'<a class="tel" href="{html_text(tel)}" dir="ltr">{html_text(number)}</a>'
