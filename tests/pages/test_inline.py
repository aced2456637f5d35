"""Facts render identically in every edition; translated text can never become markup."""

from __future__ import annotations

from healthsite.knowledge.model import Text
from tests.conftest import make_renderer as renderer


def test_phone_numbers_are_left_to_right_tap_to_call_links(kb):
    text = Text("t", "Call {phone:112} or {phone:gbbw}.")
    html = renderer(kb, "ar", {("t", text.source): "اتصل بـ {phone:112} أو {phone:gbbw}."}).text(text)
    assert '<a class="tel" href="tel:112" dir="ltr">112</a>' in html
    assert '<a class="tel" href="tel:+3222012222" dir="ltr">02 201 22 22</a>' in html


def test_terms_show_the_french_and_dutch_words(kb):
    text = Text("t", "Ask the {term:cpas}.")
    html = renderer(kb, "en").text(text)
    assert 'public social welfare centre <bdi class="official">(<span lang="fr">CPAS</span> / <span lang="nl">OCMW</span>)</bdi>' in html


def test_abbreviations_follow_the_edition(kb):
    text = Text("t", "Ask the {abbr:cpas}.")
    assert '<span lang="fr">CPAS</span>' in renderer(kb, "fr", {("t", text.source): "Demandez au {abbr:cpas}."}).text(text)
    nl = renderer(kb, "nl", {("t", text.source): "Vraag het {abbr:cpas}."}).text(text)
    assert '<span lang="nl">OCMW</span>' in nl and "CPAS" not in nl
    assert "CPAS</span> / <span lang=\"nl\">OCMW" in renderer(kb, "tr", {("t", text.source): "{abbr:cpas} sorun."}).text(text)


def test_amounts_are_formatted_for_the_language_from_one_number(kb):
    text = Text("t", "It costs {fact:ambulance-fee}.")
    assert "€73.62" in renderer(kb, "en").text(text)
    assert "73,62\xa0€" in renderer(kb, "fr", {("t", text.source): "Cela coûte {fact:ambulance-fee}."}).text(text)


def test_missing_translation_is_shown_in_english_and_marked(kb):
    inline = renderer(kb, "fr")
    html = inline.text(Text("t", "Hello."))
    assert html == '<span lang="en" dir="ltr" class="untranslated">Hello.</span>'
    assert inline.states == {"missing"}


def test_unreviewed_translation_is_used_and_recorded(kb):
    inline = renderer(kb, "fr", {("t", "Hello."): "Bonjour."}, fuzzy=True)
    assert inline.text(Text("t", "Hello.")) == "Bonjour."
    assert inline.states == {"unreviewed"}


def test_literal_text_is_escaped(kb):
    # The loader refuses markup in the source and the translator refuses it in
    # translations; escaping is the last line of defence.
    html = renderer(kb, "en").fragment('Fish & "chips" \'quoted\'')
    assert html == "Fish &amp; &quot;chips&quot; &#x27;quoted&#x27;"


def test_catalogue_text_cannot_inject_script(kb):
    text = Text("t", "Hello.")
    inline = renderer(kb, "fr", {("t", "Hello."): "<script>alert(1)</script>"})
    html = inline.text(text)
    assert "<script" not in html and "Hello." in html


def test_french_and_dutch_editions_add_the_other_official_word(kb):
    text = Text("t", "Join a {term:health-insurance-fund}.")
    fr = renderer(kb, "fr", {("t", text.source): "Inscrivez-vous à une {term:health-insurance-fund}."}).text(text)
    assert '(<span lang="nl">ziekenfonds</span>)' in fr and 'lang="fr">mutualité' not in fr
    nl = renderer(kb, "nl", {("t", text.source): "Sluit u aan bij een {term:health-insurance-fund}."}).text(text)
    assert '(<span lang="fr">mutualité (mutuelle)</span>)' in nl


def test_an_official_word_shared_by_french_and_dutch_is_shown_once(kb):
    from babel.messages.catalog import Catalog

    from healthsite.catalogs.translator import Translator
    from healthsite.pages.inline import InlineRenderer

    same = [term for term in kb.terms.values() if term.fr.said == term.nl.said]
    assert same, "the knowledge base has a term such as 9ter that both languages share"
    html = InlineRenderer(kb, Translator(kb.languages["ar"], Catalog(locale="ar"))).fragment("{abbr:%s}" % same[0].id)
    assert html.count(same[0].fr.said) == 1


def test_a_date_fact_is_written_for_the_language_with_a_machine_readable_date(kb):
    text = Text("t", "It ends on {fact:temporary-protection-end}.")
    assert '<time datetime="2027-03-04">March 4, 2027</time>' in renderer(kb, "en").text(text)
    ar = renderer(kb, "ar", {("t", text.source): "تنتهي في {fact:temporary-protection-end}."}).text(text)
    assert '<time datetime="2027-03-04">4 مارس 2027</time>' in ar


def test_an_amount_of_a_given_year_says_its_year_in_the_readers_language(kb):
    text = Text("t", "It was {fact:ambulance-fee}.")
    key = ("ui:fact-amount-in-year", kb.ui("fact-amount-in-year").source)
    assert '<span class="fact" dir="ltr">€73.62</span> (amount in 2025)' in renderer(kb, "en").text(text)
    fr = renderer(kb, "fr", {("t", text.source): "C'était {fact:ambulance-fee}.",
                             key: "{amount} (montant en {year})"}).text(text)
    assert '73,62\xa0€</span> (montant en 2025)' in fr


def test_a_translated_year_wrapper_cannot_inject_markup(kb):
    text = Text("t", "It was {fact:ambulance-fee}.")
    key = ("ui:fact-amount-in-year", kb.ui("fact-amount-in-year").source)
    html = renderer(kb, "fr", {("t", text.source): "{fact:ambulance-fee}",
                               key: "<b>{amount}</b> {year}"}).text(text)
    # The translation is refused (markup), and the English wrapper is used instead.
    assert "<b>" not in html and "(amount in 2025)" in html
