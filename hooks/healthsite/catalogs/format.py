"""Reading and writing .po files the same way everywhere.

Our messages use {kind:id} placeholders, never printf: Babel flags text such as
"50% of" as python-format and "{count}" as python-brace-format, which would make
msgfmt --check parse them as format strings. We drop those flags on every write;
our own checks compare placeholders instead.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from ..languages import Language

PROJECT = "healthsite"
# {phone:112} is not a Python format field: these flags would make msgfmt check it as one.
PRINTF_FLAGS = {"python-format", "python-brace-format"}
_VOLATILE_HEADERS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')


def new_catalog(locale: str | None, language: Language | None = None) -> Catalog:
    catalog = Catalog(
        locale=locale,
        project=PROJECT,
        version="1",
        copyright_holder="the healthsite contributors",
        msgid_bugs_address="https://github.com/ (open an issue in this project)",
        fuzzy=False,
    )
    if language is not None:
        set_plural_forms(catalog, language)
    return catalog


def set_plural_forms(catalog: Catalog, language: Language) -> None:
    """Write the Plural-Forms of languages.yaml, not Babel's guess (it has none for some languages)."""
    count, expression = language.plural_forms.rstrip(";").split("; plural=")
    catalog._num_plurals = int(count.split("=")[1])
    catalog._plural_expr = expression


def string_forms(string) -> tuple[str, ...]:
    """A msgstr as a tuple of forms: one for a plain message, one per plural form."""
    return string if isinstance(string, tuple) else (string,)


def load_catalog(path: Path, language: Language | None = None) -> Catalog:
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale=language.code if language else None, abort_invalid=True)
    if language is not None:
        set_plural_forms(catalog, language)
    return catalog


def render_catalog(catalog: Catalog) -> bytes:
    # include_previous=False: Babel wraps "#| msgid" lines at 76 columns without
    # re-quoting them, which msgfmt rejects; the fuzzy flag already says "changed".
    for message in list(catalog) + list(catalog.obsolete.values()):
        message.flags -= PRINTF_FLAGS
    out = BytesIO()
    write_po(out, catalog, width=0, omit_header=False, ignore_obsolete=False, include_previous=False,
             sort_output=False)
    return out.getvalue()


def _stable(content: bytes) -> list[bytes]:
    return [line for line in content.splitlines() if not line.startswith(_VOLATILE_HEADERS)]


def save_catalog(catalog: Catalog, path: Path) -> bool:
    """Write only when something besides the dates changed; True if written.

    Unchanged files stay untouched, so a rebuild does not churn git or loop mkdocs serve.
    """
    content = render_catalog(catalog)
    if path.exists() and _stable(path.read_bytes()) == _stable(content):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True
