"""Check YAML files against the JSON Schemas in ``content-src/schema/``.

The same schemas give editors autocompletion (see the modeline at the top of each
YAML file), so the rules an editor sees and the rules the build applies are one.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .errors import Problem
from .yaml_lines import LocatedYaml


@lru_cache(maxsize=None)
def _validator(schema_dir: Path, name: str) -> Draft202012Validator:
    resources = []
    for file in sorted(schema_dir.glob("*.schema.json")):
        contents = json.loads(file.read_text(encoding="utf-8"))
        contents.setdefault("$id", file.resolve().as_uri())
        resources.append((contents["$id"], Resource.from_contents(contents)))
    registry = Registry().with_resources(resources)
    schema = registry.contents((schema_dir / name).resolve().as_uri())
    return Draft202012Validator(schema, registry=registry)


def _describe(error) -> str:
    if error.validator == "oneOf" and error.context:
        # "is not valid under any of the given schemas" helps nobody: show the closest reason.
        best = min(error.context, key=lambda e: len(e.absolute_path))
        return best.message
    if error.validator == "pattern":
        return f"{error.instance!r} has the wrong form (expected pattern {error.validator_value})"
    if error.validator in ("additionalProperties", "maxProperties") and isinstance(error.instance, dict):
        return error.message
    return error.message


def schema_problems(document: LocatedYaml, schema_dir: Path, schema_name: str) -> list[Problem]:
    validator = _validator(schema_dir.resolve(), schema_name)
    problems = []
    for error in sorted(validator.iter_errors(document.data), key=lambda e: list(map(str, e.absolute_path))):
        problems.append(document.problem(tuple(error.absolute_path), _describe(error)))
    return problems
