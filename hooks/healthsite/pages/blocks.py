"""The blocks of a section, as HTML: prose blocks and data blocks (phones, terms, ...)."""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge.model import REGIONS, Block, BlockKind
from .escape import Html
from .inline import InlineRenderer, phone_link


def _items(tag: str, css: str, items: list[Html]) -> Html:
    body = Html().join(Html("<li>{}</li>").format(item) for item in items)
    return Html('<{tag} class="{css}">{body}</{tag}>').format(tag=tag, css=css, body=body)


def _prose(block: Block, inline: InlineRenderer) -> Html:
    texts = [inline.text(text) for text in block.texts]
    if block.kind is BlockKind.P:
        return Html("<p>{}</p>").format(texts[0])
    if block.kind is BlockKind.STEPS:
        return _items("ol", "steps", texts)
    if block.kind is BlockKind.BULLETS:
        return _items("ul", "bullets", texts)
    return Html('<div class="admonition warning"><p>{}</p></div>').format(texts[0])


def _phones(block: Block, inline: InlineRenderer) -> Html:
    cards = []
    for ident in block.ids:
        phone = inline.kb.phones[ident]
        details = Html('<span class="phone-details">{}</span>').format(inline.text(phone.details)) if phone.details else Html()
        if phone.email:
            details += Html('<a class="email" href="mailto:{0}" dir="ltr">{0}</a>').format(phone.email)
        cards.append(Html('{} <span class="phone-label">{}</span>{}').format(
            phone_link(phone.number, phone.tel), inline.text(phone.label), details))
    return _items("ul", "phone-list", cards)


def terms_table(inline: InlineRenderer, idents) -> Html:
    ui = inline.kb.interface
    head = Html().join(Html('<th scope="col">{}</th>').format(inline.text(ui[key]))
                       for key in ("terms-your-language", "terms-french", "terms-dutch"))
    rows = Html().join(
        Html('<tr><td>{}</td><td lang="fr">{}</td><td lang="nl">{}</td></tr>').format(
            inline.text(term.name), term.fr.full, term.nl.full)
        for term in (inline.kb.terms[ident] for ident in idents))
    return Html('<table class="terms"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>').format(head, rows)


def _terms(block: Block, inline: InlineRenderer) -> Html:
    return terms_table(inline, block.ids)


def _glossary(block: Block, inline: InlineRenderer) -> Html:
    entries = Html().join(
        Html('<dt id="term-{}">{}</dt>'
             '<dd class="official"><span lang="fr">{}</span> · <span lang="nl">{}</span></dd>'
             '<dd>{}</dd>').format(ident, inline.text(term.name), term.fr.full, term.nl.full,
                                   inline.text(term.explanation))
        for ident, term in inline.kb.terms.items())
    return Html('<dl class="glossary">{}</dl>').format(entries)


def _sheets(block: Block, inline: InlineRenderer) -> Html:
    links = []
    for slug in block.ids:
        sheet = inline.kb.sheet(slug)
        links.append(Html('<a href="{}{}/">{}</a><br><span class="sheet-summary">{}</span>').format(
            inline.link_prefix, slug, inline.text(sheet.title), inline.text(sheet.summary)))
    return _items("ul", "sheet-list", links)


def regions_line(regions: tuple[str, ...], inline: InlineRenderer) -> Html:
    """Where an organisation helps: "All of Belgium", or the regions by name."""
    if set(regions) == set(REGIONS):
        return inline.text(inline.kb.ui("region-all"))
    return Html(" · ").join(inline.text(inline.kb.ui(f"region-{region}")) for region in regions)


def _organisations(block: Block, inline: InlineRenderer) -> Html:
    cards = []
    for ident in block.ids:
        org = inline.kb.organisations[ident]
        parts = [Html('<strong class="org-name"><bdi>{}</bdi></strong>').format(org.name),
                 Html("<span>{}</span>").format(inline.text(org.description)),
                 Html('<span class="org-regions">{}</span>').format(regions_line(org.regions, inline))]
        parts += [phone_link(inline.kb.phones[p].number, inline.kb.phones[p].tel) for p in org.phones]
        if org.address:
            parts.append(Html('<span class="address" dir="ltr">{}</span>').format(org.address))
        if org.website:
            label = inline.text(inline.kb.interface["organisation-website"])
            parts.append(Html('<a href="{0}" dir="ltr">{1}: {0}</a>').format(org.website, label))
        cards.append(Html("<br>").join(parts))
    return _items("ul", "org-list", cards)


RENDERERS: dict[BlockKind, Callable[[Block, InlineRenderer], Html]] = {
    BlockKind.P: _prose, BlockKind.STEPS: _prose, BlockKind.BULLETS: _prose, BlockKind.IMPORTANT: _prose,
    BlockKind.PHONES: _phones, BlockKind.TERMS: _terms, BlockKind.GLOSSARY: _glossary, BlockKind.SHEETS: _sheets,
    BlockKind.ORGANISATIONS: _organisations,
}


def render_block(block: Block, inline: InlineRenderer) -> Html:
    return RENDERERS[block.kind](block, inline)
