"""Schema errors turned into located messages: paths, positions and wording."""

from __future__ import annotations

from jsonschema import ValidationError

from bpokpo.document_paths import field_path, node_at
from bpokpo.located_yaml import Located
from bpokpo.schema_check import _Document


def test_field_paths_read_like_the_yaml() -> None:
    assert field_path(("dimensions", 3, "values", "bpo", "sv")) == "dimensions[3].values.bpo.sv"
    assert field_path(()) == ""


def test_node_at_follows_keys_and_indexes_and_stops_at_a_wrong_shape() -> None:
    leaf = Located("x", 4, 9)
    root = Located({"a": Located([Located({"b": leaf}, 3, 5)], 2, 3)}, 1, 1)
    assert node_at(root, ("a", 0, "b")) is leaf
    assert node_at(root, ("a", 1, "b")) is None
    assert node_at(root, ("a", "b")) is None
    assert node_at(root, ("a", 0, "b", "c")) is None


def test_a_keyword_without_own_wording_keeps_the_schema_libraries_message() -> None:
    error = ValidationError(
        "{'a': 1} has too many properties",
        validator="maxProperties",
        validator_value=0,
        instance={"a": 1},
        schema={"maxProperties": 0},
    )
    document = _Document(Located({}, 1, 1), "site", "f.yml", ("sv", "en"), ())
    [problem] = document.problems(error, Located({}, 3, 4), ("x",))
    assert problem.path == ("x",)
    assert problem.error.format() == "f.yml:3:4: x: {'a': 1} has too many properties (see the schema for this field)"
