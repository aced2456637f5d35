"""Catalogues are written exactly as GNU gettext writes them, so translation tools leave them alone.

GNU msgcat is the reference: Poedit and Weblate wrap the GNU way, and a maintainer's
msgcat or msgmerge run must not re-wrap hundreds of lines.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

from healthsite.catalogs import format as po_format
from healthsite.catalogs.format import CatalogFormatError, load_catalog, new_catalog, render_catalog, save_catalog
from healthsite.catalogs.update import catalog_path, template_path
from tests.conftest import CODES, ROOT

LONG_EN = ("Emergency today? Call {phone:112} first. Papers come later. A doctor at night or at the "
           "weekend? Call {phone:1733}. Read more: {sheet:emergencies}.")
LONG = {
    "ar": ("حالة طوارئ اليوم؟ اتصل أولًا بالرقم {phone:112}. الأوراق تأتي لاحقًا. تحتاج إلى طبيب في الليل "
           "أو في عطلة نهاية الأسبوع؟ اتصل بالرقم {phone:1733}. اقرأ المزيد: {sheet:emergencies}."),
    "ti": ("ሎሚ ህጹጽ ኩነታት ኣሎ ድዩ? መጀመርታ ናብ {phone:112} ደውሉ። ወረቓቕቲ ደሓር እዩ። ለይቲ ወይ ቀዳመ-ሰንበት ሓኪም "
           "የድልየኩም ድዩ? ናብ {phone:1733} ደውሉ። ተወሳኺ ኣንብቡ፦ {sheet:emergencies}።"),
    "fr": ("Une urgence aujourd'hui ? Appelez d'abord le {phone:112}. Les papiers viennent après. Un médecin "
           "la nuit ou le week-end ? Appelez le {phone:1733}. En savoir plus : {sheet:emergencies}."),
}
NOTE = ("{phone:112} shows: 112 (the European emergency number, free, from any phone, also without "
        "credit or a SIM card); {phone:1733} shows: 1733 (the doctor on call)")
REVIEW_NOTE = "Kept the Dutch word 'huisarts' beside the translation: people must say it on the phone to the centre."


def sample_catalog(language) -> Catalog:
    """Every kind of entry the project writes: long, plural, fuzzy, commented, with context, obsolete."""
    catalog = new_catalog(language.code, language)
    catalog.add(LONG_EN, string=LONG[language.code], context="sheet:emergencies#lead",
                locations=[("content-src/sheets/emergencies.yaml", 12)], auto_comments=[NOTE],
                user_comments=[REVIEW_NOTE], flags={"fuzzy"})
    catalog.add("Emergency", string="—", context="ui:emergency-label", locations=[("content-src/interface.yaml", 7)])
    count = catalog.num_plurals
    catalog.add(("{count} day", "{count} days"), string=tuple(f"{{count}} {i}" for i in range(count)),
                context="unit:day", locations=[("content-src/interface.yaml", 130)],
                auto_comments=["{count} is a number. Give every plural form of your language."], flags={"fuzzy"})
    # Babel would flag this python-format on extraction: it is not one, and msgfmt must not check it as one.
    catalog.add("You pay 50% of the price.", string="50%", context="sheet:costs#share",
                locations=[("content-src/sheets/costs.yaml", 3)], flags={"fuzzy", "python-format"})
    catalog.add("A line.\nAnother line with \"quotes\" and a \\ backslash.", string="",
                context="ui:two-lines", locations=[(f"content-src/sheets/sheet-{n}.yaml", 100 + n) for n in range(8)])
    catalog.obsolete["ui:gone"] = Message("A message that left the knowledge base long ago, with a long English text.",
                                          string=LONG[language.code], context="ui:gone")
    return catalog


@pytest.fixture(params=["ar", "ti", "fr"])
def language(request, kb):
    return kb.languages[request.param]


def msgcat(path: Path) -> bytes:
    """GNU msgcat with its defaults, as a maintainer would run it."""
    return subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout


def columns(line: str) -> int:
    """Screen columns, as GNU counts them: combining marks (Arabic vowels) and format characters take none."""
    return sum(0 if unicodedata.category(char) in ("Mn", "Me", "Cf") else 1 for char in line)


def entry_lines(text: str, context: str) -> list[str]:
    marker = f'msgctxt "{context}"'
    block = next(block for block in text.split("\n\n") if marker in block)
    return block.splitlines()


def test_a_written_catalogue_is_what_msgcat_writes(language, tmp_path):
    path = tmp_path / "messages.po"
    save_catalog(sample_catalog(language), path)
    assert msgcat(path) == path.read_bytes()


def test_reading_and_writing_again_changes_nothing(language, tmp_path):
    path = tmp_path / "messages.po"
    save_catalog(sample_catalog(language), path)
    assert render_catalog(load_catalog(path, language)) == path.read_bytes()


def test_long_strings_wrap_at_79_columns_in_every_script(language):
    text = render_catalog(sample_catalog(language)).decode()
    lead = entry_lines(text, "sheet:emergencies#lead")
    assert 'msgid ""' in lead and 'msgstr ""' in lead, "a long string starts on its own line, as GNU writes it"
    strings = [line for line in text.splitlines() if not line.startswith("#")]
    assert max(columns(line) for line in strings) <= po_format.GNU_WIDTH
    translation = "".join(line[1:-1] for line in lead[lead.index('msgstr ""') + 1:])
    assert translation == LONG[language.code], "wrapping only splits lines: the text is whole"


def test_an_entry_keeps_comments_and_flags_in_gnu_order(language):
    text = render_catalog(sample_catalog(language)).decode()
    lead = entry_lines(text, "sheet:emergencies#lead")
    assert lead[:5] == [f"# {REVIEW_NOTE}", f"#. {NOTE}", "#: content-src/sheets/emergencies.yaml:12", "#, fuzzy",
                        'msgctxt "sheet:emergencies#lead"'], "comments are never wrapped, fuzzy comes before msgctxt"


def test_fuzzy_comes_first_among_flags(language):
    catalog = sample_catalog(language)
    catalog.get("Emergency", context="ui:emergency-label").flags |= {"fuzzy", "no-c-format"}
    text = render_catalog(catalog).decode()
    assert "#, fuzzy, no-c-format" in entry_lines(text, "ui:emergency-label")


def test_printf_flags_are_dropped_and_fuzzy_kept(language):
    text = render_catalog(sample_catalog(language)).decode()
    assert "python-format" not in text and "python-brace-format" not in text
    assert "#, fuzzy" in entry_lines(text, "sheet:costs#share")


def test_header_plural_entries_locations_and_obsolete_entries_survive(language, tmp_path):
    path = tmp_path / "messages.po"
    save_catalog(sample_catalog(language), path)
    text = path.read_text(encoding="utf-8")
    assert f'"Language: {language.code}\\n"' in text
    catalog = load_catalog(path)
    assert catalog.num_plurals == language.plural.count
    day = catalog.get(("{count} day", "{count} days"), context="unit:day")
    assert day.fuzzy and len(day.string) == catalog.num_plurals
    two_lines = catalog.get("A line.\nAnother line with \"quotes\" and a \\ backslash.", context="ui:two-lines")
    assert len(two_lines.locations) == 8
    location_lines = [line for line in entry_lines(text, "ui:two-lines") if line.startswith("#:")]
    assert len(location_lines) > 1 and all(len(line) <= po_format.GNU_WIDTH for line in location_lines)
    assert '#~ msgctxt "ui:gone"' in text
    assert [message.string for message in catalog.obsolete.values()] == [LONG[language.code]]


def test_a_tool_edit_of_one_entry_changes_only_that_entry_when_we_save(language, tmp_path):
    """What Poedit, Weblate or msgcat saves after a translator's change, we read and write back unchanged."""
    path = tmp_path / "messages.po"
    save_catalog(sample_catalog(language), path)
    translated = path.read_text(encoding="utf-8").replace('msgstr "—"', f'msgstr "{LONG[language.code]}"')
    path.write_text(translated, encoding="utf-8")
    path.write_bytes(msgcat(path))  # the tool wraps the new long translation its way
    saved_by_tool = path.read_bytes()
    assert render_catalog(load_catalog(path, language)) == saved_by_tool


def test_writing_without_msgcat_says_what_to_install(monkeypatch, kb):
    monkeypatch.setattr(po_format.shutil, "which", lambda name: None)
    with pytest.raises(CatalogFormatError, match="gettext"):
        render_catalog(sample_catalog(kb.languages["ar"]))


TARGETS = [code for code in CODES if catalog_path(ROOT / "locales", code).exists()]


@pytest.mark.parametrize("code", TARGETS)
def test_a_committed_catalogue_saved_again_is_what_msgcat_writes(code, kb, tmp_path):
    """Reading and saving a current catalogue (a copy) gives a file GNU tools leave unchanged."""
    language = kb.languages[code]
    committed = catalog_path(ROOT / "locales", code)
    copy = tmp_path / "messages.po"
    shutil.copyfile(committed, copy)
    save_catalog(load_catalog(copy, language), copy)
    assert msgcat(copy) == copy.read_bytes()
    assert copy.read_bytes() == msgcat(committed), "saving changes nothing but the wrapping"


def test_the_committed_template_saved_again_is_what_msgcat_writes(tmp_path):
    copy = tmp_path / "messages.pot"
    shutil.copyfile(template_path(ROOT / "locales"), copy)
    save_catalog(load_catalog(copy), copy)
    assert msgcat(copy) == copy.read_bytes()
