"""Check YAML files against the JSON Schemas in ``content-src/schema/``.

The same schemas give editors autocompletion (see the modeline at the top of each
YAML file), so the rules an editor sees and the rules the build applies are one.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource

from .errors import Problem
from .yaml_lines import LocatedYaml

_ALTERNATIVES = ("oneOf", "anyOf")


@cache
def _validator(schema_dir: Path, name: str, stamps: bytes) -> Draft202012Validator:
    """Made once per version of the schemas (``stamps``: see ``_schema_stamps``)."""
    resources = []
    for file in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(file.read_text(encoding="utf-8"))
        contents.setdefault("$id", file.resolve().as_uri())
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    schema = registry.contents((schema_dir / name).resolve().as_uri())
    return Draft202012Validator(schema, registry=registry)


def _describe(error: ValidationError) -> str:
    if error.validator in _ALTERNATIVES and error.context:
        # best_match stops at the alternatives when none is nearer than the others; "is not
        # valid under any of the given schemas" (with the whole mapping quoted) helps nobody.
        reasons = dict.fromkeys(_describe(alternative) for alternative in error.context)
        return "none of the allowed forms fits: " + "; or ".join(reasons)
    if error.validator == "pattern":
        return f"{error.instance!r} has the wrong form (expected pattern {error.validator_value})"
    return error.message


def _schema_stamps(schema_dir: Path) -> bytes:
    """The schemas' contents, not their place or dates: a copy of the content (each test has
    one) then finds the documents the real content already validated."""
    digest = hashlib.sha256()
    for file in sorted(schema_dir.glob("*.schema.json")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.digest()


# Documents found valid, by schema contents and data. `mkdocs serve` loads the knowledge base
# again after every save, which changes one file: validating the others again was a third
# of an editor's wait. Only valid documents are remembered: problems name lines, which the
# data alone does not give.
_valid: set[tuple] = set()


def schema_problems(document: LocatedYaml, schema_dir: Path, schema_name: str) -> list[Problem]:
    schema_dir = schema_dir.resolve()
    stamps = _schema_stamps(schema_dir)
    seen = (schema_name, stamps, hashlib.sha256(repr(document.data).encode()).digest())
    if seen in _valid:
        return []
    validator = _validator(schema_dir, schema_name, stamps)
    problems = []
    for error in sorted(validator.iter_errors(document.data), key=lambda e: list(map(str, e.absolute_path))):
        # Within one failed rule, the reason nearest the wrong value: for "a text or a
        # {text, note} mapping" given a mapping, what is wrong inside the mapping.
        nearest = best_match([error])
        problems.append(document.problem(tuple(nearest.absolute_path), _describe(nearest)))
    if not problems:
        _valid.add(seen)
    return problems
