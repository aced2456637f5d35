"""Plain English for readers with little schooling: short sentences, explained abbreviations, respectful words."""

from __future__ import annotations

from healthsite.knowledge.model import Text
from healthsite.knowledge.style import sentences, style_problems, text_problems

GLOSSARY = {"CPAS": "cpas", "OCMW": "cpas"}


def problems(source: str) -> list[str]:
    return list(text_problems(Text("k", source), GLOSSARY))


def test_the_whole_knowledge_base_follows_the_rules(kb):
    assert [str(problem) for problem in style_problems(kb)] == []


def test_a_reference_counts_as_one_word():
    assert sentences("Call {phone:112} now. Then wait.") == ["Call X now.", "Then wait."]


def test_a_sentence_of_twenty_one_words_is_too_long():
    long = " ".join(["word"] * 20) + " {phone:112}."
    assert any("21 words" in p for p in problems(long))
    assert problems(" ".join(["word"] * 20) + ".") == []


def test_an_abbreviation_must_be_a_glossary_term_written_as_a_reference():
    assert problems("Ask the {abbr:cpas} for help.") == []
    assert problems("Ask the CPAS for help.") == ["write {abbr:cpas} instead of 'CPAS'"]
    assert any("'EU' is not explained in the glossary" in p for p in problems("Citizens of the EU."))


def test_people_are_never_called_illegal():
    assert problems("Illegal migrants can get care.")
    assert problems("People without papers can get care.") == []


def test_every_summary_is_one_sentence(content):
    content.replace("sheets/glossary.yaml", 'explained simply."', 'explained simply. Read them."')
    kb = content.load()
    assert any(p.message == "a summary is one sentence" and p.file.name == "glossary.yaml" for p in style_problems(kb))


def test_web_and_e_mail_addresses_are_data_not_prose():
    assert problems("Write to help@example.org.") == [
        "a web or e-mail address in prose: put it in organisations.yaml (website) or phones.yaml (email)"]
    assert problems("See www.example.org for more.")
