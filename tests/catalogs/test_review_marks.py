"""Which rows a reviewer reads first: numbers, amounts, deadlines, negations, emergencies."""

from __future__ import annotations

from datetime import date

import pytest

from healthsite.catalogs.review_marks import Mark, classify
from healthsite.knowledge.model import Fact, Unit

FACTS = {
    "ambulance-fee": Fact("ambulance-fee", 73.62, Unit.EUR, "2025", ()),
    "amu-decision": Fact("amu-decision", 30, Unit.DAY, None, ()),
    "end-of-scheme": Fact("end-of-scheme", date(2027, 3, 4), Unit.DATE, None, ()),
}


def marks(*sources: str) -> tuple[Mark, ...]:
    return classify(*sources, facts=FACTS)


def test_a_plain_sentence_carries_no_mark():
    assert marks("Bring your papers to the appointment.") == ()


@pytest.mark.parametrize("source", [
    "Call {phone:112} when a life is in danger.",
    "Call {phone:1733} at night.",
    "In an emergency, go to a hospital.",
    "Say that it is urgent.",
    "Press 112 on any phone.",
])
def test_emergency_information_is_marked(source):
    assert Mark.EMERGENCY in marks(source)


def test_a_phone_number_is_a_number_but_not_every_one_is_an_emergency():
    assert marks("Call the helpline on {phone:gbbw}.") == (Mark.NUMBER,)


def test_an_amount_and_a_deadline_are_told_apart_by_their_fact():
    assert marks("The visit costs {fact:ambulance-fee}.") == (Mark.AMOUNT,)
    assert Mark.DEADLINE in marks("The office must decide within {fact:amu-decision}.")
    assert marks("The scheme ends on {fact:end-of-scheme}.") == (Mark.DEADLINE,)


def test_digits_in_the_prose_are_a_number():
    assert marks("Children under 18 get care for free.") == (Mark.NUMBER,)


@pytest.mark.parametrize("source", [
    "A home visit is not compulsory.",
    "No home? Go to the office where you are.",
    "You never pay at the door.",
    "Without papers, you can still get care.",
    "This covers only the doctor.",
    "You don't need a card.",
    "You cannot be sent away.",
])
def test_negations_and_limits_are_marked(source):
    assert Mark.NEGATION in marks(source)


@pytest.mark.parametrize("source", [
    "Read {sheet:no-papers} first.",   # "no" inside a placeholder is not a negation
    "Know your rights and take a note.",
    "Another doctor can help.",
])
def test_words_that_only_look_like_negations_are_not_marked(source):
    assert Mark.NEGATION not in marks(source)


def test_variables_filled_in_by_the_site_count_by_what_they_show():
    assert marks("{amount} (amount in {year})") == (Mark.AMOUNT, Mark.NUMBER)
    assert marks("{count} days") == (Mark.NUMBER,)


def test_both_forms_of_a_plural_message_are_read():
    assert marks("{count} week", "only {count} weeks") == (Mark.NUMBER, Mark.NEGATION)


def test_marks_come_in_one_order_whatever_the_sentence():
    assert marks("Not an emergency? Pay {fact:ambulance-fee} within {fact:amu-decision}. Call {phone:1733}.") == (
        Mark.EMERGENCY, Mark.AMOUNT, Mark.DEADLINE, Mark.NUMBER, Mark.NEGATION)


def test_the_knowledge_base_has_marked_rows_of_every_kind(kb):
    found = {mark for message in kb.texts() if hasattr(message, "source")
             for mark in classify(message.source, facts=kb.facts)}
    assert found == set(Mark)
