"""Read YAML and remember the line of every value.

PyYAML's ``safe_load`` forgets positions; errors must name a line, so we keep the
node tree beside the data. Dates stay strings (the schema checks their form), and
a key written twice in one mapping is an error instead of a silent overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import KnowledgeBaseError, Location, Problem, field_name

YamlPath = tuple[str | int, ...]  # keys and indexes from the top, e.g. ("sections", 0, "id")


# libyaml's parser when PyYAML has it (Debian's and PyPI's wheels do): it reads the knowledge
# base several times faster, which an editor waiting for the preview notices; same nodes, same marks.
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """SafeLoader without the timestamp resolver: ``2025-11-01`` stays text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class LocatedYaml:
    """YAML data with a line number for each path in it."""

    def __init__(self, file: Path, data: Any, lines: dict[YamlPath, int]):
        self.file = file
        self.data = data
        self.lines = lines

    def line_of(self, path: YamlPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor (a missing field has no line)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def location(self, path: YamlPath) -> Location:
        return Location(self.file, self.line_of(path), field_name(path))

    def problem(self, path: YamlPath, message: str) -> Problem:
        return self.location(path).problem(message)


def _walk(node: yaml.Node, path: YamlPath, lines: dict, problems: list, file: Path) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            key = key_node.value
            child = path + (key,)
            if key in seen:
                problems.append(Problem(file, key_node.start_mark.line + 1, key, "this key is written twice"))
            seen.add(key)
            _walk(value_node, child, lines, problems, file)
            # A field's line is where its key stands, which is where an editor looks.
            lines[child] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), lines, problems, file)


def parse_yaml(text: str, file: Path) -> LocatedYaml:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise KnowledgeBaseError([Problem(file, line, "(syntax)", f"not valid YAML: {error.problem}")]) from None
    finally:
        loader.dispose()
    lines: dict[YamlPath, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _walk(node, (), lines, problems, file)
    if problems:
        raise KnowledgeBaseError(problems)
    return LocatedYaml(file, data, lines)


def read_yaml(file: Path) -> LocatedYaml:
    return parse_yaml(file.read_text(encoding="utf-8"), file)
