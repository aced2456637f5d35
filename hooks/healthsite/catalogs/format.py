"""Reading and writing .po files the same way everywhere, and the way GNU gettext writes them.

Our messages use {kind:id} placeholders, never printf: Babel flags text such as
"50% of" as python-format and "{count}" as python-brace-format, which would make
msgfmt --check parse them as format strings. We drop those flags on every write;
our own checks compare placeholders instead.

Translators open these files in Poedit and Weblate, and maintainers run GNU tools
(msgcat, msgmerge) on them. All of those wrap long strings the GNU way (79 columns,
breaking where Unicode allows a line break, so Arabic and Ethiopic text wraps as
well as Latin), while Babel wraps its own way. A file written by Babel alone would
therefore come back from any of those tools with hundreds of lines re-wrapped. So
Babel writes every string on one line, and GNU msgcat, the reference, formats the
result: what we write is byte for byte what msgcat writes, and a round trip through
msgcat, Poedit or Weblate changes nothing but what a person changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from ..languages import Language

PROJECT = "healthsite"
# {phone:112} is not a Python format field: these flags would make msgfmt check it as one.
PRINTF_FLAGS = {"python-format", "python-brace-format"}
_VOLATILE_HEADERS = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')
# GNU gettext's page width: the default of msgcat, msgmerge and xgettext, which Poedit and
# Weblate follow by default.
GNU_WIDTH = 79
# Babel's writer wraps at any width it is given, and wraps comments even at width 0 (at 76
# columns). Wider than any line: Babel wraps nothing, and GNU msgcat does all the wrapping.
# GNU never wraps a translator comment or a #. note, so they stay as their author wrote them.
_BABEL_NO_WRAP = sys.maxsize


class CatalogFormatError(RuntimeError):
    """GNU msgcat is missing, or refused what Babel wrote."""


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
    # Babel has no public setter for these, and types them as None.
    catalog._num_plurals = int(count.split("=")[1])  # type: ignore[assignment]
    catalog._plural_expr = expression  # type: ignore[assignment]


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
    """The catalogue as GNU msgcat writes it (see the module docstring)."""
    # include_previous=False: Babel writes "#| msgid" lines through its comment wrapper,
    # which does not re-quote them (msgfmt rejects the result); the fuzzy flag already says "changed".
    for message in list(catalog) + list(catalog.obsolete.values()):
        message.flags -= PRINTF_FLAGS
    out = BytesIO()
    write_po(out, catalog, width=_BABEL_NO_WRAP, omit_header=False, ignore_obsolete=False,
             include_previous=False, sort_output=False)
    return gnu_format(out.getvalue())


def gnu_format(content: bytes) -> bytes:
    """``content`` (a .po or .pot file) exactly as GNU msgcat formats it.

    msgcat keeps every entry, comment, flag and obsolete entry it is given, in order;
    it re-wraps strings and #: lines at 79 columns and puts "fuzzy" first among the
    flags. (Babel itself writes an obsolete entry with its translator comments only.)
    """
    msgcat = shutil.which("msgcat")
    if msgcat is None:
        raise CatalogFormatError("GNU msgcat is not installed (Debian package gettext): cannot write a catalogue")
    result = subprocess.run([msgcat, f"--width={GNU_WIDTH}", "-"], input=content, capture_output=True)
    if result.returncode != 0:
        raise CatalogFormatError(f"msgcat refused the catalogue: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


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
