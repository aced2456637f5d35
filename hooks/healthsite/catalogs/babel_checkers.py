"""The per-message catalogue checks as a Babel checker, so ``pybabel compile`` reports them too.

Babel runs every checker installed in the environment (entry-point group
``babel.checkers``, declared in pyproject.toml) on every message of every catalogue it
compiles, and prints the ``TranslationError`` a checker raises. The checker runs the very
code of ``healthsite check`` (``checks.entry_problems``): placeholders, numbers, markup,
script, names, length and term base. The catalogue-wide checks (own letters, msgfmt,
review records) stay with ``healthsite check``: Babel shows a checker one message at a time.
"""

from __future__ import annotations

from functools import cache

import yaml
from babel.messages.catalog import Catalog, Message, TranslationError

from ..knowledge.model import PluralText, Text
from ..languages import Language
from ..paths import project_paths
from .checks import LanguageRules, entry_problems, language_rules
from .format import PROJECT, string_forms
from .safety import problems_with
from .status import is_filled


def check_entry(catalog: Catalog | None, message: Message) -> None:
    """Babel's checker protocol: raise ``TranslationError`` when a translation cannot be used."""
    # Babel hands every installed checker every project's catalogues: ours say who they are.
    if catalog is None or catalog.project != PROJECT or not message.id or not is_filled(message.string):
        return
    problems = message_problems(catalog.locale_identifier, _knowledge_base_message(message), message.string)
    if problems:
        raise TranslationError("; ".join(problems))


def message_problems(code: str | None, message: Text | PluralText, translation) -> list[str]:
    """What ``healthsite check`` says of this entry; without the language's rules, what the site refuses."""
    known = _language(code) if code else None
    if known is None:
        source = message.one if isinstance(message, PluralText) else message.source
        return [f"{problem}: {form!r}" for form in string_forms(translation) for problem in problems_with(source, form)]
    language, rules = known
    return entry_problems(language, message, translation, rules)


def _knowledge_base_message(message: Message) -> Text | PluralText:
    key = message.context or ""
    if isinstance(message.id, (tuple, list)):
        return PluralText(key, message.id[0], message.id[1])
    return Text(key, message.id)


@cache
def _language(code: str) -> tuple[Language, LanguageRules] | None:
    """The catalogue's language as languages.yaml describes it, with its term base and exceptions.

    Read once per process: ``pybabel`` checks one language's messages one by one.
    """
    paths = project_paths()
    languages = paths.content / "languages.yaml"
    if not languages.exists():
        return None
    for entry in yaml.safe_load(languages.read_text(encoding="utf-8"))["languages"]:
        if entry["code"] == code:
            return Language(**entry), language_rules(paths.locales, code)
    return None
