"""The gold set is well-formed, and the scorer in scripts/eval_extract.py scores small tables right.

None of these tests runs the extractor.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/data/gold/statements.jsonl"

_spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts/eval_extract.py")
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_extract"] = ev  # dataclasses look their module up in sys.modules
_spec.loader.exec_module(ev)


def item(file="a.txt", start=0, end=100, speaker="Nikol Pashinyan", said_on="2020-11-10",
         polarity="assert", via=None, alts=()):
    return ev.Item(file=file, start=start, end=end, speaker=speaker, said_on=said_on,
                   polarity=polarity, via=via, speaker_alts=tuple(alts))


GOLD_TABLE = [
    item(start=0, end=100),
    item(start=200, end=260, speaker="Vladimir Putin", said_on="2020-11-17", via="TASS"),
    item(file="b.txt", start=10, end=50, speaker="Armenian Defence Ministry", polarity="deny"),
]


# ------------------------------------------------------------------ scoring tables

def test_perfect_prediction_scores_one():
    s = ev.score(GOLD_TABLE, list(GOLD_TABLE))["all"]
    assert s.span() == (1.0, 1.0, 1.0)
    assert s.who() == (1.0, 1.0, 1.0)
    assert s.acc(s.date_exact) == s.acc(s.polarity_ok) == s.acc(s.via_ok) == 1.0


def test_shifted_span_below_threshold_is_a_miss_and_a_false_positive():
    pred = [item(start=60, end=160)]  # overlap 40 / union 160 = 0.25
    s = ev.score([item()], pred)["all"]
    assert s.span() == (0.0, 0.0, 0.0)
    assert len(s.misses) == 1 and len(s.false_pos) == 1


def test_shifted_span_above_threshold_matches():
    s = ev.score([item()], [item(start=20, end=110)])["all"]  # 80 / 110
    assert s.span_tp == 1


def test_wrong_speaker_counts_for_spans_not_for_who_said_what():
    s = ev.score([item()], [item(speaker="Ilham Aliyev")])["all"]
    assert s.span()[2] == 1.0
    assert s.who()[2] == 0.0


def test_other_file_never_matches():
    s = ev.score([item()], [item(file="other.txt")])["all"]
    assert s.span_tp == 0


def test_matching_is_one_to_one_and_prefers_best_overlap():
    gold = [item(start=0, end=100)]
    pred = [item(start=0, end=80), item(start=0, end=100)]
    pairs = ev.match(gold, pred)
    assert len(pairs) == 1 and pairs[0][1].end == 100
    s = ev.score(gold, pred)["all"]
    assert s.span() == (0.5, 1.0, pytest.approx(2 / 3))


def test_groups_split_seeds_from_written():
    gold = [item(file="seeds/x.txt"), item(file="tests/data/gold/articles/y.txt")]
    groups = ev.score(gold, [item(file="seeds/x.txt")])
    assert groups["seeds"].span()[1] == 1.0
    assert groups["written"].span()[1] == 0.0
    assert groups["all"].n_gold == 2


@pytest.mark.parametrize("gold, pred, expected", [
    ("Nikol Pashinyan", "Nikol Pashinian", True),      # fuzzy spelling
    ("Nikol Pashinyan", "Pashinyan", True),            # contained as a whole word
    ("Nikol Pashinyan", "Prime Minister Nikol Pashinyan", True),
    ("Armenian Defence Ministry", "armenian defense ministry", True),
    ("Bruno Maçães", "Bruno Macaes", True),            # accents stripped
    ("Vladimir Putin", "V. Putin", True),              # same surname
    ("Vladimir Putin", "Dmitry Peskov", False),
    ("Armenia", "Armenian Defence Ministry", False),   # 'armenia' is not a word of the ministry
    ("Russia", "Russian Defence Ministry", False),
    ("Nikol Pashinyan", None, False),
])
def test_speakers_agree(gold, pred, expected):
    assert ev.speakers_agree(gold, pred) is expected


def test_speaker_alternatives_from_gold():
    assert ev.speakers_agree("Armenia", "Armenian authorities", ("Armenian authorities",))


@pytest.mark.parametrize("gold, pred, exact, lenient", [
    ("2020-11-17", "2020-11-17", True, True),
    (None, None, True, True),
    ("2020-10-22", "2020-10-19/2020-10-25", False, True),   # gold day inside predicted interval
    ("2020-10-19/2020-10-25", "2020-10-22", False, True),   # predicted day inside gold interval
    ("2020-10-19/2020-10-25", "2020-10-19/2020-10-25", True, True),
    ("2020-10-26", "2020-10-19/2020-10-25", False, False),
    ("2020-11-17", None, False, False),
    ("2020-11-17", "not a date", False, False),
])
def test_dates_agree(gold, pred, exact, lenient):
    assert ev.dates_agree(gold, pred, lenient=False) is exact
    assert ev.dates_agree(gold, pred, lenient=True) is lenient


def test_said_on_polarity_via_accuracy_over_matched_pairs():
    pred = [item(said_on="2020-11-09/2020-11-11", polarity="deny", via="AFP"),
            item(start=200, end=260, speaker="Putin", said_on="2020-11-17", via="TASS news agency")]
    s = ev.score(GOLD_TABLE, pred)["all"]
    assert s.span_tp == 2
    assert s.date_exact == 1 and s.date_lenient == 2
    assert s.polarity_ok == 1
    assert s.via_ok == 1  # 'TASS' is contained in 'TASS news agency'; AFP vs null is wrong


def test_predictions_accept_contract_shape(tmp_path):
    row = {"speaker": "Putin", "said_on": "2020-11-17", "polarity": "assert", "via": None,
           "content": "x", "source": {"file": "seeds/000_7c03f01b3839a521.txt", "start": 1, "end": 5}}
    items = ev.pred_items([(1, row)])
    assert (items[0].file, items[0].start, items[0].end) == ("seeds/000_7c03f01b3839a521.txt", 1, 5)


def test_cli_with_predictions_exits_zero_and_prints_table(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"file": "a.txt", "start": 0, "end": 10, "speaker": "X", "said_on": None,
                                "polarity": "assert", "via": None, "content": "0123456789"}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"speaker": "Y", "source": {"file": "a.txt", "start": 0, "end": 9}}) + "\n")
    assert ev.main(["--gold", str(gold), "--predictions", str(pred), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "span P" in out and "false positives (0)" in out


@pytest.mark.parametrize("args", [["--predictions", "/nonexistent/pred.jsonl"], ["--no-such-flag"]])
def test_cli_usage_errors_exit_two(args):
    assert ev.main(args) == 2


# ------------------------------------------------------------------ the gold set itself

REQUIRED = {"file", "start", "end", "content", "speaker", "speaker_text", "cue", "kind",
            "said_on", "via", "polarity"}
OPTIONAL = {"speaker_named", "speaker_alts", "note"}


def _gold_rows():
    return [(n, json.loads(line)) for n, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip()]


def _valid_when(v):
    if v is None:
        return True
    parts = v.split("/")
    if len(parts) > 2:
        return False
    days = [date.fromisoformat(p) for p in parts]
    return len(days) == 1 or days[0] <= days[1]


def test_gold_lines_are_valid():
    texts: dict[str, str] = {}
    problems = []
    for n, r in _gold_rows():
        where = f"statements.jsonl:{n}"
        if missing := REQUIRED - r.keys():
            problems.append(f"{where}: missing {sorted(missing)}")
            continue
        if extra := r.keys() - REQUIRED - OPTIONAL:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        text = texts.setdefault(r["file"], (ROOT / r["file"]).read_text(encoding="utf-8"))
        if not (0 <= r["start"] < r["end"] <= len(text)) or text[r["start"]:r["end"]] != r["content"]:
            problems.append(f"{where}: content != text[start:end]")
        if r["content"] != r["content"].strip():
            problems.append(f"{where}: content has surrounding whitespace")
        if r["kind"] not in {"direct", "indirect", "mixed"}:
            problems.append(f"{where}: kind {r['kind']!r}")
        if r["polarity"] not in {"assert", "deny"}:
            problems.append(f"{where}: polarity {r['polarity']!r}")
        if not isinstance(r["speaker"], str) or not r["speaker"].strip():
            problems.append(f"{where}: empty speaker")
        if "speaker_named" in r and r["speaker_named"] is not False:
            problems.append(f"{where}: speaker_named, when present, must be false")
        try:
            if not _valid_when(r["said_on"]):
                problems.append(f"{where}: said_on {r['said_on']!r}")
        except ValueError:
            problems.append(f"{where}: said_on {r['said_on']!r} is not ISO")
        if r["via"] is not None and not (isinstance(r["via"], str) and r["via"].strip()):
            problems.append(f"{where}: via must be null or a name")
    assert not problems, "\n".join(problems)


def test_gold_set_size_and_coverage():
    rows = [r for _, r in _gold_rows()]
    seeds = [r for r in rows if r["file"].startswith("seeds/")]
    written = [r for r in rows if not r["file"].startswith("seeds/")]
    assert len(rows) >= 150 and len(seeds) >= 90 and len(written) >= 60
    assert len({r["file"] for r in seeds}) == 5
    articles = sorted((ROOT / "tests/data/gold/articles").glob("*.txt"))
    assert 8 <= len(articles) <= 10
    assert {r["file"] for r in written} == {a.relative_to(ROOT).as_posix() for a in articles}
    spans = [(r["file"], r["start"], r["end"]) for r in rows]
    assert len(spans) == len(set(spans)), "duplicate gold spans"


def test_gold_file_is_up_to_date_with_annotations():
    # build_gold writes statements.jsonl in place; compare by rebuilding in memory instead
    sys.path.insert(0, str(ROOT / "tests/data/gold"))
    try:
        spec = importlib.util.spec_from_file_location("build_gold", ROOT / "tests/data/gold/build_gold.py")
        bg = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bg)
        rebuilt = [json.dumps(r, ensure_ascii=False) for r in bg.build()]
    finally:
        sys.path.remove(str(ROOT / "tests/data/gold"))
    assert rebuilt == GOLD.read_text(encoding="utf-8").splitlines(), \
        "statements.jsonl is stale: run python tests/data/gold/build_gold.py"


# ------------------------------------------------------------------ dates as front matter (no extractor run)

_dates_spec = importlib.util.spec_from_file_location("eval_dates", ROOT / "scripts/eval_dates.py")
dates_ev = importlib.util.module_from_spec(_dates_spec)
sys.modules["eval_dates"] = dates_ev
_dates_spec.loader.exec_module(dates_ev)


def test_front_matter_copies_keep_the_text_after_a_block_whose_length_is_the_shift(tmp_path):
    files = ["seeds/003_1d31cb490e7bb67f.txt", "tests/data/gold/heldout3/k02_ap_balcony_trial.txt"]
    meta = dates_ev._meta_of(files, str(ROOT / "claims.yaml"))
    assert meta[files[0]][0] == "2020-11-10"  # the store's published date
    assert meta[files[1]][0] is not None  # the text's own date line
    copies = dates_ev.write_copies(files, tmp_path, meta)
    for copy, file in zip(copies, files):
        written = Path(copy.path).read_text(encoding="utf-8")
        assert Path(copy.path).name != Path(file).name  # the store must not recognise the copy
        assert written[copy.shift :] == (ROOT / file).read_text(encoding="utf-8")
        assert written.startswith("---\n") and f"date: '{meta[file][0]}'" in written[: copy.shift]
    (tmp_path / "bare").mkdir()
    bare = dates_ev.write_copies(files, tmp_path / "bare", None)
    assert [c.shift for c in bare] == [0, 0]


@pytest.mark.parametrize(
    "text, content, expected",
    [
        ("He said the road\nwas open. She said no.", "the road was open", (8, 25)),
        ("He said no. She said no.", "no", (21, 23)),  # searched from `after` first
        ("He said yes.", "no", None),
    ],
)
def test_locate_gold_content(text, content, expected):
    after = 12 if content == "no" else 0
    assert dates_ev._locate(text, content, after) == expected
