"""Small edits to a page MkDocs has written, found with the standard library's HTML parser.

A few things in Material's markup sit outside any block a template override could replace
(``<html>``, the toggles and the dialog of its base template), and some files are finished
after the build (offline copies, download sizes). Those edits go through this module rather
than regular expressions over the markup: the page is parsed once, each tag is known with
its exact place and attributes, and an edit replaces a span of the page. Every byte no edit
covers stays as MkDocs wrote it, so quoting, attribute order and entities are kept; text
that only looks like markup (inside a script, a comment, an attribute) is never mistaken
for a tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from markupsafe import escape

# Elements whose content the parser reads as text, or where white space is content.
RAW_TEXT = frozenset({"script", "style", "pre", "textarea"})
# Elements that have no end tag.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})


@dataclass(frozen=True)
class Attribute:
    """An attribute of a start tag: ``page[start:end]`` is it with the white space before it,
    ``page[value_start:value_end]`` its value as written (inside the quotes, if any; empty for a
    bare name, whose value is None)."""

    name: str
    value: str | None
    start: int
    end: int
    value_start: int
    value_end: int
    quoted: bool = False


@dataclass(frozen=True)
class Tag:
    """A start or end tag, at ``page[start:end]``. Names are lower case, values unescaped."""

    name: str
    start: int
    end: int
    closing: bool = False
    attributes: tuple[Attribute, ...] = ()
    self_closing: bool = False  # written "<br/>"

    def attribute(self, name: str) -> Attribute | None:
        return next((attribute for attribute in self.attributes if attribute.name == name), None)

    def get(self, name: str) -> str | None:
        attribute = self.attribute(name)
        return None if attribute is None else attribute.value

    def has(self, name: str) -> bool:
        return self.attribute(name) is not None

    def words(self, name: str) -> set[str]:
        """A space-separated attribute (class, rel) as its set of words."""
        return set((self.get(name) or "").split())

    @property
    def inside(self) -> int:
        """Where a new attribute goes: before the tag's ``>`` (or ``/>``)."""
        return self.end - 2 if self.self_closing else self.end - 1


@dataclass(frozen=True)
class Edit:
    """Put ``text`` in place of ``page[start:end]`` (an insertion when start == end)."""

    start: int
    end: int
    text: str = ""


def insert(at: int, text: str) -> Edit:
    return Edit(at, at, text)


def remove(what: Tag | Attribute) -> Edit:
    return Edit(what.start, what.end)


def set_value(tag: Tag, name: str, value: str) -> Edit | None:
    """Give attribute ``name`` this value, added at the end of the tag if it has none; None if it
    already has it (what is there stays exactly as written)."""
    attribute = tag.attribute(name)
    if attribute is None:
        return insert(tag.inside, f' {name}="{escape(value)}"')
    if attribute.value == value:
        return None
    if attribute.value is None:  # a bare name
        return insert(attribute.end, f'="{escape(value)}"')
    if attribute.quoted:
        return Edit(attribute.value_start, attribute.value_end, str(escape(value)))
    return Edit(attribute.value_start, attribute.value_end, f'"{escape(value)}"')


class Page:
    """A written page, parsed once: its tags in order, and which end tag closes which element."""

    def __init__(self, text: str):
        self.text = text
        reader = _TagReader(text)
        reader.feed(text)
        reader.close()
        self.tags: tuple[Tag, ...] = tuple(reader.tags)
        self._closing = _match_end_tags(self.tags)

    def start_tags(self, *names: str) -> Iterator[Tag]:
        return (tag for tag in self.tags if not tag.closing and (not names or tag.name in names))

    def end_tag(self, tag: Tag) -> Tag | None:
        """The tag that closes ``tag``'s element; None for a void element or one left open."""
        return self._closing.get(tag.start)

    def element_end(self, tag: Tag) -> int:
        closing = self.end_tag(tag)
        return tag.end if closing is None else closing.end

    def content(self, tag: Tag) -> str:
        """What is written between the tag and its end tag (a script's text, for example)."""
        closing = self.end_tag(tag)
        return self.text[tag.end:closing.start if closing else tag.end]

    def children(self, tag: Tag) -> list[Tag]:
        """The start tags directly inside ``tag``'s element."""
        end, found, inside_until = self.element_end(tag), [], -1
        for other in self.start_tags():
            if tag.end <= other.start < end and other.start >= inside_until:
                found.append(other)
                inside_until = self.element_end(other)
        return found

    def kept_as_written(self) -> list[tuple[int, int]]:
        """Spans that white-space tidying must not touch: attribute values, and the content of
        scripts, styles, <pre> and <textarea>."""
        spans = [(attribute.value_start, attribute.value_end) for tag in self.start_tags() for attribute in tag.attributes
                 if attribute.value_start < attribute.value_end]
        spans += [(tag.end, closing.start) for tag in self.start_tags(*RAW_TEXT)
                  if (closing := self.end_tag(tag)) is not None]
        return sorted(spans)

    def edited(self, edits: Iterable[Edit | None], tidy: Callable[[str], str] | None = None) -> str:
        return apply_edits(self.text, edits, tidy, self.kept_as_written() if tidy else ())


def apply_edits(text: str, edits: Iterable[Edit | None], tidy: Callable[[str], str] | None = None,
                kept: Iterable[tuple[int, int]] = ()) -> str:
    """``text`` with the edits made, every other character as it was.

    An edit inside a span another edit removes or replaces is dropped (a removed element takes
    its attributes with it); edits that overlap otherwise are a mistake. ``tidy`` rewrites what
    is left of the original text outside the ``kept`` spans, after the edits, so that white
    space on both sides of a removed tag is tidied as one; inserted text is not tidied.
    """
    # At one place: insertions first, then the widest span, which holds the others.
    ordered = sorted((edit for edit in edits if edit is not None),
                     key=lambda edit: (edit.start, edit.end > edit.start, -edit.end))
    chunks: list[tuple[str, bool]] = []  # (text, may be tidied)
    kept_spans = sorted(kept)
    position = 0
    enclosing: Edit | None = None
    for edit in ordered:
        if enclosing is not None and enclosing.start <= edit.start and edit.end <= enclosing.end \
                and not (edit.start == edit.end in (enclosing.start, enclosing.end)):
            continue
        if edit.start < position:
            raise ValueError(f"overlapping edits at {edit.start}: {text[edit.start:edit.end]!r}")
        chunks += _original(text, position, edit.start, kept_spans)
        chunks.append((edit.text, False))
        position = edit.end
        if edit.end > edit.start:
            enclosing = edit
    chunks += _original(text, position, len(text), kept_spans)
    if tidy is None:
        return "".join(chunk for chunk, _ in chunks)
    written, run = [], []
    for chunk, tidied in chunks:
        if tidied:
            run.append(chunk)
        elif chunk:
            written += [tidy("".join(run)), chunk]
            run = []
    return "".join(written + [tidy("".join(run))])


def _original(text: str, start: int, end: int, kept: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    chunks, position = [], start
    for kept_start, kept_end in kept:
        if kept_end <= position or kept_start >= end:
            continue
        kept_start, kept_end = max(kept_start, position), min(kept_end, end)
        chunks += [(text[position:kept_start], True), (text[kept_start:kept_end], False)]
        position = kept_end
    return chunks + [(text[position:end], True)]


class _TagReader(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.text = text
        self.tags: list[Tag] = []
        # The parser says where a tag is as (line, column): each line's offset gives the position.
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def _position(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._position()
        written = self.get_starttag_text() or ""
        end = start + len(written)
        attributes = tuple(_attribute_spans(self.text, start + 1 + len(tag), end))
        if [attribute.name for attribute in attributes] != [name for name, _ in attrs]:
            raise ValueError(f"could not place the attributes of {written!r}")
        self.tags.append(Tag(tag, start, end, attributes=tuple(
            Attribute(name, value, span.start, span.end, span.value_start, span.value_end, span.quoted)
            for (name, value), span in zip(attrs, attributes, strict=True)), self_closing=written.endswith("/>")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        start = self._position()
        self.tags.append(Tag(tag, start, self.text.index(">", start) + 1, closing=True))


def _attribute_spans(text: str, position: int, end: int) -> Iterator[Attribute]:
    """The attributes of the start tag ending at ``end``, from just after its name, read as the
    HTML standard's tokenizer reads them (the parser gives names and values, not places)."""
    limit = end - 1  # the tag's ">"
    while True:
        start = position
        while position < limit and (text[position].isspace() or text[position] == "/"):
            position += 1
        if position >= limit:
            return
        name_start = position
        position += 1  # a name may begin with "="
        while position < limit and not text[position].isspace() and text[position] not in "/>=":
            position += 1
        name = text[name_start:position].lower()
        after_name = position
        while position < limit and text[position].isspace():
            position += 1
        if position < limit and text[position] == "=":
            position += 1
            while position < limit and text[position].isspace():
                position += 1
            if position < limit and text[position] in "\"'":
                quote = text[position]
                value_end = text.index(quote, position + 1)
                yield Attribute(name, "", start, value_end + 1, position + 1, value_end, quoted=True)
                position = value_end + 1
            else:
                value_start = position
                while position < limit and not text[position].isspace():
                    position += 1
                yield Attribute(name, "", start, position, value_start, position)
        else:
            position = after_name
            yield Attribute(name, None, start, position, position, position)


def _match_end_tags(tags: tuple[Tag, ...]) -> dict[int, Tag]:
    """Each start tag's end tag, by the start tag's place: the nearest unclosed element of the
    same name. Good enough for the theme's well-formed markup; an element left open has none."""
    open_elements: dict[str, list[Tag]] = {}
    closing: dict[int, Tag] = {}
    for tag in tags:
        if tag.name in VOID:
            continue
        if not tag.closing:
            open_elements.setdefault(tag.name, []).append(tag)
        elif open_elements.get(tag.name):
            closing[open_elements[tag.name].pop().start] = tag
    return closing

