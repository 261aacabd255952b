"""The gold event links are consistent, and scripts/eval_match.py scores small tables right.

Only the two CLI tests run the linker (on the bundled store, about a second).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/data/gold/statements.jsonl"
LINKS = ROOT / "tests/data/gold/event_links.jsonl"

_spec = importlib.util.spec_from_file_location("eval_match", ROOT / "scripts/eval_match.py")
em = importlib.util.module_from_spec(_spec)
sys.modules["eval_match"] = em  # dataclasses look their module up in sys.modules
_spec.loader.exec_module(em)

from karabakh_claims.entities import EntityIndex  # noqa: E402
from karabakh_claims.store import load_store  # noqa: E402

MATCH = em.LEVELS["match"]
ANY = em.LEVELS["match or suggestion"]

# Four statements: two about events, one touching a second event, one about none.
GOLD_TABLE = {
    1: em.GoldLink(1, "shusha-fall"),
    2: em.GoldLink(2, "turkish-peacekeepers"),
    3: em.GoldLink(3, "barda-strike", ("barda-death-toll",)),
    4: em.GoldLink(4, None),
}


def pred(line, event, level="match", score=70.0):
    return em.Predicted(line, event, score, level)


# ------------------------------------------------------------------ scoring tables

def test_perfect_links_score_one():
    c = em.score(GOLD_TABLE, [pred(1, "shusha-fall"), pred(2, "turkish-peacekeepers"),
                              pred(3, "barda-strike")], levels=MATCH)
    assert c.prf() == (1.0, 1.0, 1.0)
    assert (c.n_gold, c.n_null, c.null_ok) == (3, 1, 1)
    assert c.null_accuracy() == 1.0
    assert not c.wrong and not c.misses


def test_missed_statements_lower_recall_not_precision():
    c = em.score(GOLD_TABLE, [pred(1, "shusha-fall")], levels=MATCH)
    assert c.prf() == (1.0, pytest.approx(1 / 3), pytest.approx(0.5))
    assert [g.line for g in c.misses] == [2, 3]


def test_wrong_event_is_a_wrong_pair_and_a_miss():
    c = em.score(GOLD_TABLE, [pred(2, "russian-peacekeepers")], levels=MATCH)
    assert (c.n_pred, c.right, c.found) == (1, 0, 0)
    assert [(g.line, p.event) for g, p in c.wrong] == [(2, "russian-peacekeepers")]
    assert 2 in [g.line for g in c.misses]


def test_link_on_a_statement_about_no_event_costs_precision_and_no_event_accuracy():
    c = em.score(GOLD_TABLE, [pred(1, "shusha-fall"), pred(4, "lachin-corridor")], levels=MATCH)
    assert c.prf()[0] == 0.5
    assert c.null_accuracy() == 0.0
    assert [(g.line, g.event) for g, _ in c.wrong] == [(4, None)]


def test_also_event_is_accepted_unless_strict():
    links = [pred(3, "barda-death-toll")]
    assert em.score(GOLD_TABLE, links, levels=MATCH).found == 1
    strict = em.score(GOLD_TABLE, links, levels=MATCH, strict=True)
    assert (strict.found, strict.right) == (0, 0)


def test_suggestions_count_only_at_the_wider_level():
    links = [pred(1, "lachin-corridor"), pred(1, "shusha-fall", "suggestion"), pred(4, "nov10-agreement", "suggestion")]
    m = em.score(GOLD_TABLE, links, levels=MATCH)
    a = em.score(GOLD_TABLE, links, levels=ANY)
    assert (m.n_pred, m.found, m.null_ok) == (1, 0, 1)
    assert (a.n_pred, a.right, a.found, a.null_ok) == (3, 1, 1, 0)
    assert a.prf()[0] == pytest.approx(1 / 3)


def test_nothing_predicted_scores_zero_without_dividing_by_zero():
    c = em.score(GOLD_TABLE, [], levels=MATCH)
    assert c.prf() == (0.0, 0.0, 0.0)
    assert c.null_accuracy() == 1.0
    assert em.Counts().prf() == (0.0, 0.0, 0.0) and em.Counts().null_accuracy() == 0.0


def test_per_event_breakdown():
    links = [pred(1, "shusha-fall"), pred(4, "shusha-fall"), pred(2, "russian-peacekeepers")]
    by = em.per_event(GOLD_TABLE, links, ["shusha-fall", "turkish-peacekeepers", "russian-peacekeepers"],
                      levels=MATCH)
    assert (by["shusha-fall"].n_gold, by["shusha-fall"].n_pred, by["shusha-fall"].right) == (1, 2, 1)
    assert by["shusha-fall"].prf() == (0.5, 1.0, pytest.approx(2 / 3))
    assert (by["turkish-peacekeepers"].n_gold, by["turkish-peacekeepers"].found) == (1, 0)
    assert (by["russian-peacekeepers"].n_gold, by["russian-peacekeepers"].n_pred) == (0, 1)


# ------------------------------------------------------------------ reading the gold

ROWS = [(1, {"file": "a.txt", "start": 0, "end": 10, "content": "x"}),
        (2, {"file": "a.txt", "start": 20, "end": 30, "content": "y"})]
EVENTS = ["shusha-fall", "barda-strike"]


@pytest.mark.parametrize("links, message", [
    ([{"gold_line": 1, "file": "a.txt", "start": 0, "event": "nope"},
      {"gold_line": 2, "file": "a.txt", "start": 20, "event": None}], "unknown event 'nope'"),
    ([{"gold_line": 1, "file": "a.txt", "start": 0, "event": None},
      {"gold_line": 3, "file": "a.txt", "start": 20, "event": None}], "gold_line 3 is not a line"),
    ([{"gold_line": 1, "file": "a.txt", "start": 5, "event": None},
      {"gold_line": 2, "file": "a.txt", "start": 20, "event": None}], "do not match gold line 1"),
    ([{"gold_line": 1, "file": "a.txt", "start": 0, "event": None}], "1 gold lines not annotated: 2"),
    ([{"gold_line": 1, "file": "a.txt", "start": 0, "event": None, "also": ["barda-strike"]},
      {"gold_line": 2, "file": "a.txt", "start": 20, "event": None}], "also without an event"),
])
def test_inconsistent_gold_links_are_usage_errors(links, message):
    with pytest.raises(em.UsageError, match=message):
        em.gold_links(ROWS, list(enumerate(links, 1)), EVENTS)


def test_gold_links_read_event_and_also():
    links = [{"gold_line": 1, "file": "a.txt", "start": 0, "event": "barda-strike", "also": ["shusha-fall"]},
             {"gold_line": 2, "file": "a.txt", "start": 20, "event": None, "note": "n"}]
    gold = em.gold_links(ROWS, list(enumerate(links, 1)), EVENTS)
    assert gold[1].accepts("shusha-fall") and not gold[1].accepts("shusha-fall", strict=True)
    assert gold[2].event is None and gold[2].note == "n" and gold[2].content == "y"


def test_every_annotation_names_a_real_gold_line_and_a_real_event():
    store = load_store(ROOT / "claims.yaml")
    events = {e.id for e in store.events}
    gold_rows = em._read_jsonl(GOLD)
    rows = dict(gold_rows)
    links = em._read_jsonl(LINKS)
    assert len(links) == len(rows)
    for n, link in links:
        assert link["gold_line"] in rows, f"event_links.jsonl:{n}"
        row = rows[link["gold_line"]]
        assert (link["file"], link["start"]) == (row["file"], row["start"]), f"event_links.jsonl:{n}"
        assert link["event"] is None or link["event"] in events, f"event_links.jsonl:{n}: {link['event']}"
        assert all(e in events and e != link["event"] for e in link.get("also", [])), f"event_links.jsonl:{n}"
        assert link.get("note"), f"event_links.jsonl:{n}: every decision says why"
    gold = em.gold_links(gold_rows, links, events)  # the scorer's own checks agree
    assert sorted(gold) == sorted(rows)


def test_statements_are_built_from_gold_lines():
    store = load_store(ROOT / "claims.yaml")
    index = EntityIndex.from_store(store)
    rows = [(7, {"file": "seeds/x.txt", "start": 3, "end": 9, "content": "Shushi is lost", "speaker": "Vladimir Putin",
                 "said_on": "2020-11-09/2020-11-11", "polarity": "deny", "via": "AFP"}),
            (8, {"file": "seeds/x.txt", "start": 20, "end": 30, "content": "z", "speaker": "Nobody Known",
                 "said_on": None})]
    first, second = em.build_statements(rows, index)
    assert (first.id, first.speaker_id, first.said_on.iso(), first.polarity, first.via) == (
        "gold:7", "vladimir-putin", "2020-11-09/2020-11-11", "deny", "AFP")
    assert (first.file, first.span.start, first.span.end) == ("seeds/x.txt", 3, 9)
    assert second.speaker_id is None and second.said_on is None and second.polarity == "assert"


# ------------------------------------------------------------------ the script

def test_cli_scores_the_bundled_gold_and_exits_zero(capsys):
    assert em.main(["--verbose"]) == 0
    out = capsys.readouterr().out
    assert "match or suggestion" in out and "shusha-fall" in out and "misses (" in out


@pytest.mark.parametrize("args", [["--links", "/nonexistent.jsonl"], ["--match-at", "abc"],
                                  ["--store", "/nonexistent.yaml"], ["--suggest-at", "-5"]])
def test_cli_usage_errors_exit_two(args, capsys):
    assert em.main(args) == 2
    assert capsys.readouterr().err


def test_cli_inconsistent_links_exit_two(tmp_path, capsys):
    bad = tmp_path / "links.jsonl"
    bad.write_text(json.dumps({"gold_line": 1, "file": "nope.txt", "start": 0, "event": "no-such-event"}) + "\n")
    assert em.main(["--links", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "unknown event 'no-such-event'" in err and "not annotated" in err
