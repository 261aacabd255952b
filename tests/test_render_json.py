"""render._dump writes indented JSON itself (json.dumps' pure-Python indenting is slow):
the text must be exactly what json.dumps(value, ensure_ascii=False, indent=...) writes."""

from __future__ import annotations

import json
from collections import OrderedDict

import pytest

from karabakh_claims.render import _dump

CASES = [
    pytest.param(
        [{"event": "shusha-fall", "positions": [{"value": "2020-11-08", "claims": [{"speaker": "Ilham Aliyev",
          "span": {"start": 10, "end": 52}, "line": 3, "score": 0.87, "official": True, "via": None}]}]}],
        id="a conflict's shape",
    ),
    pytest.param({"quote": "«Шуша освобождена» — said \"the\" ministry\n\ttoday \u2028 ü", "n": -3}, id="text to escape and not to escape"),
    pytest.param({"empty list": [], "empty map": {}, "nested": [[], {}, [[]]]}, id="empty containers"),
    pytest.param({1: "a", 2.5: "b", True: "c", None: "d"}, id="keys that are not text"),
    pytest.param([0, -7, 1.0e30, -0.0, float("nan"), float("inf"), True, False, None], id="numbers and constants"),
    pytest.param(("a", ("b", 3)), id="tuples"),
    pytest.param(OrderedDict(z=1, a=[OrderedDict(b=2)]), id="mapping subclasses"),
    pytest.param("just text", id="a bare string"),
    pytest.param(12, id="a bare number"),
]


@pytest.mark.parametrize("indent", [2, 4])
@pytest.mark.parametrize("value", CASES)
def test_indented_json_is_json_dumps_text(value: object, indent: int) -> None:
    assert _dump(value, indent=indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_compact_json_is_json_dumps_text() -> None:
    value = {"a": [1, {"b": None}], "é": "ü"}
    assert _dump(value) == json.dumps(value, ensure_ascii=False)


def test_a_key_json_cannot_write_is_refused_as_json_dumps_refuses_it() -> None:
    with pytest.raises(TypeError):
        _dump({(1, 2): "x"}, indent=2)
