"""Data blocks: phone cards, with an e-mail address kept as data."""

from __future__ import annotations

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.knowledge.model import Block, BlockKind
from healthsite.pages.blocks import render_block
from healthsite.pages.inline import InlineRenderer


def test_an_e_mail_address_is_data_shown_as_written_in_every_edition(kb):
    phone = next(p for p in kb.phones.values() if p.email)
    inline = InlineRenderer(kb, Translator(kb.languages["ru"], Catalog(locale="ru")))
    html = render_block(Block(BlockKind.PHONES, ids=(phone.id,)), inline)
    assert f'<a class="email" href="mailto:{phone.email}" dir="ltr">{phone.email}</a>' in html
    assert "@" not in (phone.details.source if phone.details else "")


def test_an_organisation_card_says_where_it_helps(kb):
    inline = InlineRenderer(kb, Translator(kb.languages["en"], None))
    html = render_block(Block(BlockKind.ORGANISATIONS, ids=("caw", "fedasil")), inline)
    assert '<span class="org-regions">Brussels · Flanders</span>' in html
    assert '<span class="org-regions">All of Belgium</span>' in html
