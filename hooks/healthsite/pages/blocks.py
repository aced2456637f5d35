"""The blocks of a section, as HTML: prose blocks and data blocks (phones, terms, ...)."""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge.model import REGIONS, Block
from .escape import html_text
from .inline import InlineRenderer, phone_link


def _items(tag: str, css: str, items: list[str]) -> str:
    body = "".join(f"<li>{item}</li>" for item in items)
    return f'<{tag} class="{css}">{body}</{tag}>'


def _prose(block: Block, inline: InlineRenderer) -> str:
    texts = [inline.text(text) for text in block.texts]
    if block.kind == "p":
        return f"<p>{texts[0]}</p>"
    if block.kind == "steps":
        return _items("ol", "steps", texts)
    if block.kind == "bullets":
        return _items("ul", "bullets", texts)
    return f'<div class="admonition warning"><p>{texts[0]}</p></div>'


def _phones(block: Block, inline: InlineRenderer) -> str:
    cards = []
    for ident in block.ids:
        phone = inline.kb.phones[ident]
        details = f'<span class="phone-details">{inline.text(phone.details)}</span>' if phone.details else ""
        if phone.email:
            email = html_text(phone.email)
            details += f'<a class="email" href="mailto:{email}" dir="ltr">{email}</a>'
        cards.append(
            f'{phone_link(phone.number, phone.tel)} <span class="phone-label">{inline.text(phone.label)}</span>{details}'
        )
    return _items("ul", "phone-list", cards)


def terms_table(inline: InlineRenderer, idents) -> str:
    ui = inline.kb.interface
    head = "".join(
        f"<th scope=\"col\">{inline.text(ui[key])}</th>" for key in ("terms-your-language", "terms-french", "terms-dutch")
    )
    rows = []
    for ident in idents:
        term = inline.kb.terms[ident]
        fr, nl = html_text(term.fr.full), html_text(term.nl.full)
        rows.append(f'<tr><td>{inline.text(term.name)}</td><td lang="fr">{fr}</td><td lang="nl">{nl}</td></tr>')
    return f'<table class="terms"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _terms(block: Block, inline: InlineRenderer) -> str:
    return terms_table(inline, block.ids)


def _glossary(block: Block, inline: InlineRenderer) -> str:
    entries = []
    for ident, term in inline.kb.terms.items():
        fr, nl = html_text(term.fr.full), html_text(term.nl.full)
        entries.append(
            f'<dt id="term-{ident}">{inline.text(term.name)}</dt>'
            f'<dd class="official"><span lang="fr">{fr}</span> · <span lang="nl">{nl}</span></dd>'
            f"<dd>{inline.text(term.explanation)}</dd>"
        )
    return f'<dl class="glossary">{"".join(entries)}</dl>'


def _sheets(block: Block, inline: InlineRenderer) -> str:
    links = []
    for slug in block.ids:
        sheet = inline.kb.sheet(slug)
        links.append(
            f'<a href="{inline.link_prefix}{slug}/">{inline.text(sheet.title)}</a>'
            f'<br><span class="sheet-summary">{inline.text(sheet.summary)}</span>'
        )
    return _items("ul", "sheet-list", links)


def regions_line(regions: tuple[str, ...], inline: InlineRenderer) -> str:
    """Where an organisation helps: "All of Belgium", or the regions by name."""
    if set(regions) == set(REGIONS):
        return inline.text(inline.kb.ui("region-all"))
    return " · ".join(inline.text(inline.kb.ui(f"region-{region}")) for region in regions)


def _organisations(block: Block, inline: InlineRenderer) -> str:
    cards = []
    for ident in block.ids:
        org = inline.kb.organisations[ident]
        parts = [f'<strong class="org-name"><bdi>{html_text(org.name)}</bdi></strong>',
                 f"<span>{inline.text(org.description)}</span>",
                 f'<span class="org-regions">{regions_line(org.regions, inline)}</span>']
        parts += [phone_link(inline.kb.phones[p].number, inline.kb.phones[p].tel) for p in org.phones]
        if org.address:
            parts.append(f'<span class="address" dir="ltr">{html_text(org.address)}</span>')
        if org.website:
            label = inline.text(inline.kb.interface["organisation-website"])
            parts.append(f'<a href="{html_text(org.website)}" dir="ltr">{label}: {html_text(org.website)}</a>')
        cards.append("<br>".join(parts))
    return _items("ul", "org-list", cards)


RENDERERS: dict[str, Callable[[Block, InlineRenderer], str]] = {
    "p": _prose, "steps": _prose, "bullets": _prose, "important": _prose,
    "phones": _phones, "terms": _terms, "glossary": _glossary, "sheets": _sheets,
    "organisations": _organisations,
}


def render_block(block: Block, inline: InlineRenderer) -> str:
    return RENDERERS[block.kind](block, inline)
