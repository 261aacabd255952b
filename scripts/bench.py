"""Speed targets of karabakh-claims, measured in one place (run by hand, or in CI on demand).

Sections, selected with --only (default: all of them); each is one function below:

- help:    `karabakh-claims --help`, `python -m karabakh_claims --help` and, for information,
           `karabakh-claims extract --help`, each run 9 times in a fresh process: median wall
           time and median CPU time (user + system, which a busy machine does not inflate).
           Target: `karabakh-claims --help` under 150 ms.
- real:    real news text: the articles of ../shared/data/polnear/train.jsonl (840 PolNeAR
           articles, read from there at run time), else, when that file is absent, 4 MB of the
           generated corpus below (the report says which). Per stage, as library calls in this
           process: reading the dump, the layout pass alone, extraction (extract_statements,
           layout and dating included), writing JSON Lines; then own time per module from one
           cProfile pass (where extraction spends it); then the whole command
           `karabakh-claims extract --format jsonl FILE` with --jobs 1 (one core) and --jobs 2,
           median of 3 runs each, with the CPU time of the whole process tree.
           MB are 10^6 bytes of UTF-8 article text (the dump's JSON around it not counted).
           Target: the whole command at least 1 MB/s per core (text MB per CPU-second with
           --jobs 1; on an idle machine that is also its wall-clock rate).
- extract: a generated news corpus (deterministic, >= 10 MB; see `generate_corpus`) read by
           `extract_statements` at 1, 2.5, 5 and 10 MB of documents, then single documents of
           growing size (a long live blog), to show that time grows linearly with input both
           across and within documents (each row the median of at least 3 runs and 1 s;
           documents carry the store's year hint, as the CLI reads them); then the whole
           command `karabakh-claims extract --format jsonl --jobs 1 <folder>` over the 10 MB
           corpus (median of 3 runs). Target: extraction at least 2 MB/s on one core; the
           command row is information (start-up and JSON output included).
- check:   scripts/bench_check.py (validate_store over 10,000 claims). Target: under 2 s.
- match:   scripts/bench_match.py, when present (link + discover over generated
           statements). Target: 100,000 statements in under 60 s.
- events:  scripts/bench_match.py --scale: one event of 5,000 claims (events, conflicts and
           match, as whole commands and as library calls; target under 2 s each) and 100,000
           claims over 1,000 events (target under 60 s and 2 GB). Slow today: --only skips it
           unless named, and --event-claims makes it smaller.

It measures the installed karabakh_claims, as users run it (the install is pure Python; an
editable install runs the checkout); --source measures the checkout's modules whatever is
installed. The second line of the report says which it found. Commands run with their
bytecode cached, as an installed tool has it (see _ENV), after one unmeasured run of each.

Prints a table (figure, target, ok) and exits 1 when a target is missed. With --profile,
one extraction pass over --profile-mb of the generated corpus runs under cProfile
(separately from the timed runs) and the 25 functions with the highest cumulative time are
printed.

    python scripts/bench.py
    python scripts/bench.py --only help,real
    python scripts/bench.py --only extract --profile
    python scripts/bench.py --only match --match-sizes 25000
    python scripts/bench.py --only events --event-claims 5000
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib.util
import io
import json
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
# The installed package is what users run; the checkout's modules only when nothing is
# installed, or with --source.
if "--source" in sys.argv or importlib.util.find_spec("karabakh_claims") is None:
    sys.path.insert(0, str(ROOT))

SECTIONS = ("help", "real", "extract", "check", "match", "events")
DEFAULT_SECTIONS = ("help", "real", "extract", "check", "match")  # events: minutes today, on request
HELP_TARGET_S = 0.150
REAL_TARGET_MBPS = 1.0  # whole command, per core
EXTRACT_TARGET_MBPS = 2.0
CHECK_TARGET_S = 2.0
MATCH_TARGET_S = 60.0  # for 100,000 statements
SIZES_MB = (1.0, 2.5, 5.0, 10.0)
DOC_SIZES_MB = (0.125, 0.25, 0.5, 1.0)
REAL_FALLBACK_MB = 4.0
MB = 1_000_000
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the report: what was measured, the figure, the target, and whether it is met."""

    section: str
    what: str
    figure: str
    target: str = ""
    ok: bool | None = None  # None: informative only, no target


# --- the corpus -------------------------------------------------------------------------

# Speakers as the corpus names them: some are in claims.yaml (resolved through the
# store), most are not (generic and unknown speakers exercise the fallbacks).
PEOPLE = (
    ("Armenian Prime Minister", "Nikol Pashinyan", "Pashinyan"),
    ("Azerbaijani President", "Ilham Aliyev", "Aliyev"),
    ("Russian President", "Vladimir Putin", "Putin"),
    ("Russian Foreign Minister", "Sergei Lavrov", "Lavrov"),
    ("Turkish Foreign Minister", "Mevlut Cavusoglu", "Cavusoglu"),
    ("Armenian Defence Ministry spokeswoman", "Shushan Stepanyan", "Stepanyan"),
    ("Armenian Defence Ministry spokesman", "Artsrun Hovhannisyan", "Hovhannisyan"),
    ("Azerbaijani presidential aide", "Hikmet Hajiyev", "Hajiyev"),
    ("Karabakh leader", "Arayik Harutyunyan", "Harutyunyan"),
    ("Azerbaijani Defence Minister", "Zakir Hasanov", "Hasanov"),
    ("Foreign Ministry spokeswoman", "Anna Naghdalyan", "Naghdalyan"),
    ("Turkish President", "Recep Tayyip Erdogan", "Erdogan"),
    ("French President", "Emmanuel Macron", "Macron"),
    ("U.S. Secretary of State", "Mike Pompeo", "Pompeo"),
    ("ombudsman", "Arman Tatoyan", "Tatoyan"),
    ("Karabakh rights ombudsman", "Artak Beglaryan", "Beglaryan"),
)
GIVEN = "Anna David Elnur Gor Leyla Mikayel Rashad Tigran Narine Farid Sona Vugar Karen Aysel Hayk Orkhan".split()
FAMILY = "Petrosyan Mammadov Sargsyan Aliyeva Grigoryan Huseynov Avetisyan Guliyev Hakobyan Ismayilov Vardanyan Karimova".split()
ROLES = ("a local official", "a military analyst", "a resident of Stepanakert", "a senior diplomat",
         "an aid worker", "a spokesman for the ministry", "a researcher at the Caucasus Institute")  # fmt: skip
GROUPS = ("The Armenian Defence Ministry", "Azerbaijan's Defence Ministry", "The Kremlin", "Officials",
          "The Red Cross", "Human Rights Watch", "Amnesty International", "The Foreign Ministry",
          "Armenian officials", "Azerbaijani authorities", "The OSCE Minsk Group", "Residents")  # fmt: skip
OUTLETS = ("Reuters", "AFP", "TASS", "Armenpress", "APA", "the BBC", "RFE/RL", "Interfax", "Open Caucasus Media", "JAMnews")
PLACES = ("Stepanakert", "Shusha", "Shushi", "Lachin", "Kalbajar", "Agdam", "Hadrut", "Goris", "Ganja",
          "Tartar", "Martuni", "Fizuli", "Jabrayil", "the Lachin corridor", "the line of contact")  # fmt: skip
DATELINE_CITIES = ("YEREVAN", "BAKU", "MOSCOW", "STEPANAKERT", "ANKARA", "TBILISI", "GORIS")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Sept.", "Oct.", "Nov.", "Dec.", "September", "October", "November", "December")
SUBJECTS = ("Azerbaijani forces", "Armenian troops", "the ceasefire", "Russian peacekeepers", "the town of {place}",
            "shelling near {place}", "the road to {place}", "the talks in Moscow", "the prisoner exchange",
            "the drones", "the refugees", "the agreement", "the monitoring centre", "the humanitarian convoy")  # fmt: skip
PREDICATES = ("had been captured overnight", "remained under control of the Defence Army", "would hold despite violations",
              "were shelled for the third day", "had withdrawn from positions near {place}", "was violated {n} times",
              "killed {n} civilians and wounded {m}", "will be deployed for five years", "would reopen on {weekday}",
              "had destroyed {n} tanks and {m} armoured vehicles", "was not under threat", "posed no danger to civilians",
              "were moving towards {place}", "had failed to agree on a timetable", "used cluster munitions in {place}")  # fmt: skip
FILLER = (
    "The region is internationally recognised as part of Azerbaijan but has been run by ethnic Armenians since the early 1990s.",
    "More than {n},000 people are believed to have been killed in six weeks of fighting.",
    "Long columns of cars and trucks snaked along the mountain road to {place} as families left with what they could carry.",
    "Smoke rose over the hills east of {place} on {weekday} evening.",
    "The war broke out on Sept. 27 and lasted 44 days.",
    "Russian convoys crossed the Lachin corridor at dawn, escorted by armoured personnel carriers.",
    "Prices of fuel and bread in {place} have doubled since the start of the month.",
    "It was not possible to independently verify the claims from either side.",
    "A 1994 ceasefire left the territory and seven surrounding districts in Armenian hands.",
    "Turkey, a close ally of Baku, has backed Azerbaijan throughout the conflict.",
    "Schools in {place} remained closed and the hospital worked on generator power.",
    "The U.N. Security Council met behind closed doors on {weekday} to discuss the fighting.",
)
ADVERBIALS = ("", "", "", " on {weekday}", " in a statement", " late on {weekday}", " at a news conference in {city}", " in an interview with {outlet}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """Random choices and slot filling for the templates, from one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.n_people = len(PEOPLE)

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            place=self.pick(PLACES), weekday=self.pick(WEEKDAYS), n=rng.randint(2, 90), m=rng.randint(2, 40),
            city=self.pick(DATELINE_CITIES).title(), outlet=self.pick(OUTLETS),
        )

    def person(self) -> tuple[str, str, str]:
        """(full mention, short mention, pronoun) of a known or invented speaker."""
        if self.rng.random() < 0.6:
            title, name, surname = self.pick(PEOPLE)
            return f"{title} {name}", surname, "he"
        name = f"{self.pick(GIVEN)} {self.pick(FAMILY)}"
        return f"{name}, {self.pick(ROLES)},", name.split()[1], "she"

    def clause(self) -> str:
        subject = self.fill(self.pick(SUBJECTS))
        return f"{subject} {self.fill(self.pick(PREDICATES))}"

    def quote(self, sentences: int = 1) -> str:
        clauses = [self.clause() for _ in range(sentences)]
        parts = [c[:1].upper() + c[1:] + "." for c in clauses]
        return " ".join(parts)[:-1]  # the closing punctuation goes with the quote mark

    def filler(self) -> str:
        return self.fill(self.pick(FILLER))

    def date_text(self) -> str:
        return f"{self.pick(MONTHS)} {self.rng.randint(1, 28)}"

    # -- paragraphs -------------------------------------------------------------------
    def attributed(self) -> str:
        full, short, pronoun = self.person()
        group = self.pick(GROUPS)
        adverbial = self.fill(self.pick(ADVERBIALS))
        q = self.quote(self.rng.randint(1, 2))
        choice = self.rng.randrange(14)
        if choice == 0:
            return f"{full} said{adverbial} that {self.clause()}."
        if choice == 1:
            return f"{full} told reporters in {self.fill('{city}')} that {self.clause()}. {self.filler()}"
        if choice == 2:
            return f"According to {group.lower() if group.startswith('The') else group}, {self.clause()}."
        if choice == 3:
            return f"{_cap(self.clause())}, according to {self.pick(OUTLETS)}."
        if choice == 4:
            return f"{group} denied that {self.clause()}, calling the reports “groundless”."
        if choice == 5:
            return f"{full} wrote on Facebook that {self.clause()}. {self.filler()}"
        if choice == 6:
            return f"“{q},” {short} said."
        if choice == 7:
            return f"“{q},” said {full}{adverbial}."
        if choice == 8:
            return f'"{q}," {full} told {self.pick(OUTLETS)}.'
        if choice == 9:
            return f"{group} said{adverbial} that {self.clause()}, {self.pick(OUTLETS)} reported."
        if choice == 10:
            return f"{self.filler()} {full} added that {self.clause()}. {_cap(pronoun)} said {self.clause()}."
        if choice == 11:
            return f"In a post on Telegram, {full} wrote: “{q}.”"
        if choice == 12:
            return f"{_cap(self.clause())}, {group.lower() if group.startswith('The') else group} said in a statement on {self.date_text()}."
        return f"{full} denied the reports, saying {self.clause()}."

    def multi_paragraph_quote(self) -> str:
        full, short, _ = self.person()
        # Open quotes at paragraph ends: the quotation continues in the next paragraph.
        first = f"“{self.quote(2)}."
        middle = f"“{self.quote(2)}."
        last = f"“{self.quote(1)},” {short} said."
        return f"{full} spoke for almost an hour.\n\n{first}\n\n{middle}\n\n{last}"

    def tweet(self) -> str:
        full, _, _ = self.person()
        name = full.split(",")[0].split()[-2:]
        handle = "".join(name).replace(".", "")[:15]
        return (f"{self.quote(1)}. #Karabakh pic.twitter.com/{self.rng.getrandbits(40):x}\n\n"
                f"— {' '.join(name)} (@{handle}) November {self.rng.randint(1, 28)}, 2020")

    def urls(self) -> str:
        return "\n".join(f"https://www.example-news.com/world/2020/11/{self.rng.getrandbits(48):x}.html"
                         for _ in range(self.rng.randint(1, 4)))

    def heading(self) -> str:
        day = self.rng.randint(1, 28)
        return self.pick((f"November {day}, 2020", f"{self.pick(WEEKDAYS)}, {day} November", f"Nov. {day}: what you need to know today"))


def _article(w: _Writer, target_bytes: int) -> str:
    """One article: a dateline report, or a live blog with dated headings, tweets and URL blocks."""
    rng = w.rng
    live = rng.random() < 0.3
    parts: list[str] = []
    if live:
        parts.append(f"# Nagorno-Karabakh live: {w.fill('fighting near {place} on day {n}')}")
    else:
        city = w.pick(DATELINE_CITIES)
        parts.append(f"{city}, {w.date_text()} ({w.pick(OUTLETS)}) - {w.attributed()}")
    size = sum(len(p) for p in parts)
    while size < target_bytes:
        r = rng.random()
        if live and r < 0.06:
            block = w.heading()
        elif live and r < 0.10:
            block = w.tweet()
        elif r < 0.13:
            block = w.urls()
        elif r < 0.17:
            block = w.multi_paragraph_quote()
        elif r < 0.55:
            block = w.attributed()
        else:
            block = " ".join(w.filler() for _ in range(rng.randint(1, 3)))
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts) + "\n"


def real_texts() -> list[tuple[str, str]]:
    """The seed articles and the gold test articles, as (name, text)."""
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/gold/articles").glob("*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def generate_corpus(total_bytes: int, *, seed: int = 2020) -> list[tuple[str, str]]:
    """Deterministic documents (name, text) of at least `total_bytes` UTF-8 bytes.

    About a tenth of the bytes are the real seed and gold texts, repeated; the rest are
    generated articles of 2-60 KB, mixed so that any prefix of the list is representative.
    """
    rng = random.Random(seed)
    w = _Writer(rng)
    real = real_texts()
    docs: list[tuple[str, str]] = []
    size = 0
    k = 0
    while size < total_bytes:
        if k % 10 == 9:
            name, text = real[(k // 10) % len(real)]
            name = f"{k:05d}_{name}"
        else:
            text = _article(w, int(rng.triangular(2_000, 60_000, 6_000)))
            name = f"{k:05d}_gen"
        docs.append((name, text))
        size += len(text.encode("utf-8"))
        k += 1
    return docs


def live_blog(total_bytes: int, *, seed: int = 11) -> str:
    """One long live blog of about `total_bytes`: growth within a document must be linear too."""
    w = _Writer(random.Random(seed))
    text = _article(w, 0)
    chunks = [text]
    size = len(text)
    while size < total_bytes:
        day = _article(w, 20_000)
        chunks.append(f"{w.heading()}\n\n{day}")
        size += len(chunks[-1]) + 2
    return "\n\n".join(chunks)


def prefix(docs: list[tuple[str, str]], total_bytes: float) -> list[tuple[str, str]]:
    """The first documents of `docs` that together reach `total_bytes`."""
    out, size = [], 0
    for doc in docs:
        if size >= total_bytes:
            break
        out.append(doc)
        size += len(doc[1].encode("utf-8"))
    return out


# --- measuring ----------------------------------------------------------------------------

def _command() -> str:
    """The karabakh-claims command of the environment being measured, not another on PATH."""
    beside = Path(sys.executable).with_name("karabakh-claims")
    return str(beside) if beside.exists() else shutil.which("karabakh-claims") or str(beside)


@dataclass(frozen=True, slots=True)
class Run:
    """One run of a whole process: wall time, CPU time of it and its children, exit code, stderr."""

    wall: float
    cpu: float
    code: int
    stderr: str


# The environment of the measured commands (set by main): their bytecode cached, as an
# installed package has it. An environment with PYTHONDONTWRITEBYTECODE (some sandboxes and CI
# images set it) would otherwise compile every module of an editable install from source on
# every run: about 0.1 s of each command's start-up that no user's installed tool pays.
_ENV: dict[str, str] | None = None


def _bytecode_env(cache: Path) -> dict[str, str]:
    """os.environ with bytecode written to and read from `cache` (PYTHONPYCACHEPREFIX)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    # Extraction is what is measured: every run reads its texts (no statements from a cache).
    env["KARABAKH_CLAIMS_EXTRACTION_CACHE"] = "off"
    return env


def _warm_up() -> None:
    """One unmeasured run of each kind of command, which writes the bytecode the timed runs read."""
    script = _command()
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))), None)
    commands = [[script, "--help"], [sys.executable, "-m", "karabakh_claims", "--help"], [script, "extract", "--help"]]
    if seed is not None:
        commands.append([script, "extract", "--store", str(ROOT / "claims.yaml"), "--format", "jsonl", "--jobs", "1", str(seed)])
    for argv in commands:
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=_ENV)


def _run_process(argv: list[str], *, stdout_to: Path | None = None) -> Run:
    """Run `argv` once; CPU time is user + system of the process and every process it waited for
    (extraction's workers included), which other processes on the machine do not inflate."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(stdout_to or os.devnull, "wb") as sink:
        done = subprocess.run(argv, stdout=sink, stderr=subprocess.PIPE, cwd=ROOT, env=_ENV)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, done.returncode, done.stderr.decode(errors="replace"))


def _median_run(argv: list[str], runs: int, *, stdout_to: Path | None = None) -> tuple[Run, float]:
    """(the run of median wall time, the median CPU time) over `runs` runs; the first failure stops."""
    done: list[Run] = []
    for _ in range(runs):
        done.append(_run_process(argv, stdout_to=stdout_to))
        if done[-1].code != 0:
            return done[-1], done[-1].cpu
    by_wall = sorted(done, key=lambda r: r.wall)
    return by_wall[len(by_wall) // 2], statistics.median(r.cpu for r in done)


# --- help: start-up ------------------------------------------------------------------------

def bench_help(runs: int = 9) -> list[Row]:
    script = _command()
    commands = {
        "karabakh-claims --help": ([script, "--help"], True),
        "python -m karabakh_claims --help": ([sys.executable, "-m", "karabakh_claims", "--help"], False),
        # Information: typer 0.29 imports pydantic to coerce a command's options (70 ms).
        "karabakh-claims extract --help": ([script, "extract", "--help"], False),
    }
    rows = []
    for label, (argv, judged) in commands.items():
        run, cpu = _median_run(argv, runs)
        target = f"< {HELP_TARGET_S * 1000:.0f} ms" if judged else ""
        if run.code != 0:
            rows.append(Row("help", f"{label}: exit {run.code}", "failed", target, False))
            continue
        rows.append(Row("help", f"{label} (median of {runs}; CPU {cpu * 1000:.0f} ms)", f"{run.wall * 1000:.0f} ms",
                        target, run.wall < HELP_TARGET_S if judged else None))
    return rows


# --- real: news text, per stage and as the whole command ---------------------------------------

@dataclass(frozen=True, slots=True)
class RealCorpus:
    """What `real` measures: a path the command reads, its description, and its text's size."""

    path: Path
    description: str
    nbytes: int


def real_corpus(folder: Path) -> RealCorpus:
    """PolNeAR's training articles when ../shared/data/polnear/train.jsonl is there (read in
    place, never copied), else REAL_FALLBACK_MB of the generated corpus written to `folder`."""
    if POLNEAR.is_file():
        texts = [json.loads(line)["text"] for line in POLNEAR.open(encoding="utf-8") if line.strip()]
        nbytes = sum(len(t.encode("utf-8")) for t in texts)
        size = POLNEAR.stat().st_size / MB
        return RealCorpus(POLNEAR, f"real news text: PolNeAR train, {len(texts)} articles, {nbytes / MB:.2f} MB of text "
                          f"({size:.1f} MB file), {POLNEAR}", nbytes)
    docs = prefix(generate_corpus(int(REAL_FALLBACK_MB * MB)), REAL_FALLBACK_MB * MB)
    for name, text in docs:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    return RealCorpus(folder, f"GENERATED text ({POLNEAR} is absent): {len(docs)} documents, {nbytes / MB:.2f} MB", nbytes)


def _layout_all(documents) -> int:
    """The layout pass alone, as extraction calls it (section headings dated against the anchor)."""
    from karabakh_claims import dates
    from karabakh_claims.text import layout

    paragraphs = 0
    for doc in documents:
        year = doc.published.start.year if doc.published else doc.year_hint
        lay = layout(doc.text, heading=lambda line: dates.parse_heading_date(line, year_hint=year, anchor=doc.published))
        paragraphs += len(lay.paragraphs)
    return paragraphs


def _extract_documents(documents, entities) -> list:
    from karabakh_claims.statements import extract_statements

    return [s for doc in documents for s in extract_statements(doc, entities=entities)]


def _write_jsonl(statements) -> int:
    from karabakh_claims.render import write_rows
    from karabakh_claims.serialize import statement_dict

    out = io.StringIO()
    write_rows([statement_dict(s) for s in statements], "jsonl", columns=[], stream=out)
    return len(out.getvalue())


def bench_real_stages(corpus: RealCorpus) -> list[Row]:
    """Library calls in this process, one stage at a time: reading, layout, extraction, JSON."""
    from karabakh_claims.cues import load_lexicon
    from karabakh_claims.sources import read_corpus
    from karabakh_claims.store import load_store

    store = load_store(ROOT / "claims.yaml")
    entities = _entities()
    load_lexicon()
    mb = corpus.nbytes / MB
    rows = []
    elapsed, documents = _median_time(lambda: read_corpus([str(corpus.path)], store=store).documents)
    rows.append(Row("real", f"read {len(documents)} articles (read_corpus): {elapsed:.2f} s", f"{mb / elapsed:.1f} MB/s"))
    elapsed, paragraphs = _median_time(lambda: _layout_all(documents))
    rows.append(Row("real", f"layout alone (text.layout, {paragraphs:,} paragraphs): {elapsed:.2f} s", f"{mb / elapsed:.1f} MB/s"))
    # A new entity index each time: its caches (fuzzy spellings, mentions) start empty, as in a command.
    elapsed, statements = _median_time(lambda: _extract_documents(documents, _entities()))
    rows.append(Row("real", f"extract_statements (layout, cues, speakers, dates): {elapsed:.2f} s, {len(statements):,} statements",
                    f"{mb / elapsed:.2f} MB/s"))
    elapsed, chars = _median_time(lambda: _write_jsonl(statements))
    rows.append(Row("real", f"write JSON Lines (statement_dict, json.dumps): {elapsed:.2f} s, {chars / MB:.1f} MB",
                    f"{elapsed * 1000:.0f} ms"))
    for group, seconds, share in profile_by_module(lambda: _extract_documents(documents, entities))[:8]:
        rows.append(Row("real", f"  extraction, own time in {group} (cProfile, one pass)", f"{share:.0%}"))
    return rows


def profile_by_module(work: Callable[[], object]) -> list[tuple[str, float, float]]:
    """(module, seconds, share) of the own time of one cProfile pass of `work`, largest first.

    Built-ins (the regex engine, str methods) are one group: the profiler cannot say for
    which module they ran. cProfile's own overhead weighs on Python calls, so the shares of
    modules with many small calls are somewhat high.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    own: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in pstats.Stats(profiler).stats.items():  # type: ignore[attr-defined]
        if filename == "~":
            group = "built-ins (regex, str, ...)"
        elif "karabakh_claims" in filename:
            group = Path(filename).name
        else:
            group = "other Python (stdlib, libraries)"
        own[group] += tottime
    total = sum(own.values()) or 1.0
    return sorted(((g, t, t / total) for g, t in own.items()), key=lambda x: -x[1])


def bench_real_command(corpus: RealCorpus, *, runs: int = 3) -> list[Row]:
    """The whole `extract` command on one core (--jobs 1) and on two (--jobs 2): wall, CPU,
    MB/s, MB per CPU-second; the two outputs must be identical."""
    script = _command()
    mb = corpus.nbytes / MB
    rows = []
    outputs: dict[int, bytes] = {}
    walls: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (1, 2):
            out = Path(tmp) / f"jobs{jobs}.jsonl"
            argv = [script, "extract", "--store", str(ROOT / "claims.yaml"), "--format", "jsonl", "--jobs", str(jobs), str(corpus.path)]
            run, cpu = _median_run(argv, runs, stdout_to=out)
            label = f"extract --format jsonl --jobs {jobs}"
            if run.code != 0:
                rows.append(Row("real", f"{label}: exit {run.code}: {run.stderr.strip()[-200:]}", "failed", "exit 0", False))
                continue
            outputs[jobs], walls[jobs] = out.read_bytes(), run.wall
            lines = outputs[jobs].count(b"\n")
            what = f"{label}: {run.wall:.2f} s wall, {cpu:.2f} s CPU, {lines:,} lines (median of {runs})"
            if jobs == 1:
                rows.append(Row("real", what, f"{mb / run.wall:.2f} MB/s"))
                per_core = mb / cpu
                rows.append(Row("real", "  the whole command per core (text MB per CPU-second, --jobs 1)", f"{per_core:.2f} MB/s",
                                f">= {REAL_TARGET_MBPS:.1f} MB/s", per_core >= REAL_TARGET_MBPS))
            else:
                speedup = walls[1] / run.wall if 1 in walls else float("nan")
                rows.append(Row("real", what + f"; {speedup:.2f}x of --jobs 1, {mb / cpu:.2f} MB per CPU-second", f"{mb / run.wall:.2f} MB/s"))
    if len(outputs) == 2:
        same = outputs[1] == outputs[2]
        rows.append(Row("real", "output of --jobs 2 byte-identical to --jobs 1", "yes" if same else "NO", "identical", same))
    return rows


def bench_real() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = real_corpus(Path(tmp))
        print(f"real: {corpus.description}", file=sys.stderr)
        rows = [Row("real", corpus.description, "-")]
        rows += bench_real_stages(corpus)
        rows += bench_real_command(corpus)
    return rows


# --- extract: the generated corpus, linear growth ---------------------------------------------

def _median_time(run: Callable[[], T]) -> tuple[float, T]:
    """(median seconds, result) over at least 3 runs and 1 s in all: one short run is mostly noise."""
    times: list[float] = []
    total = 0.0
    while len(times) < 3 or (total < 1.0 and len(times) < 15):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
        total += times[-1]
    return statistics.median(times), result



def _extract_all(docs, entities) -> int:
    from karabakh_claims.models import Document
    from karabakh_claims.statements import extract_statements

    count = 0
    year = _year_hint()
    for name, text in docs:
        # The year hint the CLI gives every text it reads (sources.read_corpus): the same work.
        for _ in extract_statements(Document(name, text, year_hint=year), entities=entities):
            count += 1
    return count


def _entities():
    from karabakh_claims.entities import EntityIndex
    from karabakh_claims.store import load_store

    return EntityIndex.from_store(load_store(ROOT / "claims.yaml"))


@functools.lru_cache(maxsize=1)
def _year_hint() -> int | None:
    from karabakh_claims.sources import corpus_year
    from karabakh_claims.store import load_store

    return corpus_year(load_store(ROOT / "claims.yaml"))


def bench_extract(docs: list[tuple[str, str]], *, with_cli: bool = True) -> list[Row]:
    from karabakh_claims.cues import load_lexicon

    entities = _entities()
    load_lexicon()  # loaded once per process; not part of any size's time
    _extract_all(docs[:3], entities)  # warm up: compiled patterns, caches
    rows = []
    target = f">= {EXTRACT_TARGET_MBPS:.1f} MB/s"
    for size_mb in SIZES_MB:
        part = prefix(docs, size_mb * MB)
        nbytes = sum(len(t.encode("utf-8")) for _, t in part)
        elapsed, count = _median_time(lambda: _extract_all(part, entities))
        mbps = nbytes / MB / elapsed
        rows.append(Row("extract", f"{nbytes / MB:5.2f} MB, {len(part):4d} docs: {elapsed:6.2f} s, {count:6d} statements "
                        f"({count / elapsed:,.0f}/s)", f"{mbps:.2f} MB/s", target, mbps >= EXTRACT_TARGET_MBPS))
    for size_mb in DOC_SIZES_MB:
        text = live_blog(int(size_mb * MB))
        nbytes = len(text.encode("utf-8"))
        elapsed, count = _median_time(lambda: _extract_all([("live.txt", text)], entities))
        mbps = nbytes / MB / elapsed
        rows.append(Row("extract", f"one live blog of {nbytes / MB:5.3f} MB: {elapsed:6.2f} s, {count:5d} statements",
                        f"{mbps:.2f} MB/s", target, mbps >= EXTRACT_TARGET_MBPS))
    if with_cli:
        rows.append(_bench_cli(prefix(docs, SIZES_MB[-1] * MB)))
    return rows


def _bench_cli(docs: list[tuple[str, str]]) -> Row:
    """The whole command as a user runs it, on one core: read a folder, extract, write JSON lines."""
    script = _command()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        nbytes = 0
        for name, text in docs:
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            nbytes += len(text.encode("utf-8"))
        out = Path(tmp) / "out.jsonl"
        argv = [script, "extract", "--store", str(ROOT / "claims.yaml"), "--format", "jsonl", "--jobs", "1", str(folder)]
        run, cpu = _median_run(argv, 3, stdout_to=out)
        lines = sum(1 for _ in out.open("rb"))
    label = f"extract --format jsonl --jobs 1, {nbytes / MB:.2f} MB in {len(docs)} files: {run.wall:.2f} s ({cpu:.2f} s CPU), {lines} lines"
    if run.code != 0:
        return Row("extract", label + f"; exit {run.code}: {run.stderr[-200:]}", "failed", "exit 0", False)
    # Information, not the target: the target is the rate of extraction (the rows above); this row
    # adds what a user also waits for, the start-up and the writing of 30,000 JSON lines.
    return Row("extract", label, f"{nbytes / MB / run.wall:.2f} MB/s", "end to end")


def profile_extract(docs: list[tuple[str, str]], size_mb: float, top: int = 25) -> str:
    """cProfile of one extraction pass over `size_mb` of the corpus: top functions by cumulative time."""
    entities = _entities()
    part = prefix(docs, size_mb * MB)
    _extract_all(part[:3], entities)
    profiler = cProfile.Profile()
    profiler.enable()
    _extract_all(part, entities)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    out.write("Same pass, by own time (where the time is actually spent):\n")
    stats.sort_stats("tottime").print_stats(15)
    return out.getvalue()


def _run_script(name: str, args: list[str]) -> tuple[int, str, float] | None:
    path = ROOT / "scripts" / name
    if not path.exists():
        return None
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, cwd=ROOT)
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


def bench_check() -> list[Row]:
    ran = _run_script("bench_check.py", [])
    if ran is None:
        return [Row("check", "scripts/bench_check.py missing: skipped", "-")]
    code, output, _ = ran
    best = re.search(r"best ([\d.]+) s", output)
    if code != 0 or best is None:
        return [Row("check", f"bench_check.py exit {code}: {output.strip()[-200:]}", "failed", f"< {CHECK_TARGET_S:.0f} s", False)]
    seconds = float(best.group(1))
    what = next((line for line in output.splitlines() if line.startswith("validate_store")), "validate_store")
    return [Row("check", f"{what} (best of 3)", f"{seconds:.3f} s", f"< {CHECK_TARGET_S:.0f} s", seconds < CHECK_TARGET_S)]


def bench_match(sizes: list[str]) -> list[Row]:
    ran = _run_script("bench_match.py", ["--sizes", *sizes] if sizes else [])
    if ran is None:
        return [Row("match", "scripts/bench_match.py missing: skipped", "-")]
    code, output, _ = ran
    rows = []
    for line in output.splitlines():
        m = re.match(r"\s*([\d,]+) statements: .*total\s+([\d.]+) s", line)
        if m is None:
            continue
        n, seconds = int(m.group(1).replace(",", "")), float(m.group(2))
        # The target is for 100,000 statements; smaller sizes get a proportional share.
        budget = MATCH_TARGET_S * n / 100_000
        rss = re.search(r"peak RSS ([\d,]+ MB)", line)
        what = line.strip().split(";")[0].replace("  ", " ") + (f"; peak RSS {rss.group(1)}" if rss else "")
        rows.append(Row("match", what, f"{seconds:.1f} s", f"< {budget:.0f} s", seconds < budget))
    if code != 0 or not rows:
        rows.append(Row("match", f"bench_match.py exit {code}: {output.strip()[-300:]}", "failed", "exit 0", False))
    return rows


EVENT_TARGET_S = 2.0  # each of events, conflicts, match on one event of 5,000 claims
MANY_TARGET_S = 60.0  # 100,000 claims over 1,000 events
MANY_TARGET_MB = 2000


def bench_events(event_claims: int, timeout: float) -> list[Row]:
    """scripts/bench_match.py --scale both: the commands on one big event and on many events."""
    ran = _run_script("bench_match.py", ["--scale", "both", "--event-claims", str(event_claims), "--timeout", str(timeout),
                                         "--no-profile", "--json"])
    if ran is None:
        return [Row("events", "scripts/bench_match.py missing: skipped", "-")]
    code, output, _ = ran
    try:
        results = json.loads(output.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return [Row("events", f"bench_match.py --scale exit {code}: {output.strip()[-300:]}", "failed", "exit 0", False)]
    rows = []
    for case in results:
        one = case["case"] == "one"
        rows.append(Row("events", f"{case['label']}, {case['text_mb']} MB of articles", "-"))
        for run in case["commands"]:
            finished = run["code"] == 0
            what = f"  {run['command']}: {run['cpu']:.1f} s CPU, peak RSS {run['peak_mb']:,.0f} MB" + (
                "" if finished else f" (exit {run['code']})" if run["code"] is not None else f" (stopped at {timeout:.0f} s)")
            if one:
                # The target is for 5,000 claims; a smaller event gets a proportional share.
                budget = EVENT_TARGET_S * event_claims / 5_000
                rows.append(Row("events", what, f"{run['wall']:.1f} s", f"< {budget:.1f} s", finished and run["wall"] < budget))
            else:
                ok = finished and run["wall"] < MANY_TARGET_S and run["peak_mb"] < MANY_TARGET_MB
                rows.append(Row("events", what, f"{run['wall']:.1f} s", f"< {MANY_TARGET_S:.0f} s, {MANY_TARGET_MB} MB", ok))
        for run in case.get("warm", ()):
            rows.append(Row("events", f"  {run['command']}, warm extraction cache: {run['cpu']:.1f} s CPU, peak RSS {run['peak_mb']:,.0f} MB",
                            f"{run['wall']:.1f} s"))
        library = case.get("library") or {}
        if library:
            rows.append(Row("events", f"  library: pipeline.analyse (jobs=1) {library['analyse_s']:.1f} s, match_text "
                            f"{library['match_text_s']:.2f} s", f"{library['analyse_s'] + library['match_text_s']:.1f} s"))
    return rows


def _print_table(rows: list[Row]) -> None:
    width = max(len(r.what) for r in rows)
    fig = max(len(r.figure) for r in rows)
    tgt = max([len(r.target) for r in rows] + [6])
    print(f"{'section':8} {'measured':{width}}  {'figure':>{fig}}  {'target':{tgt}}  ok")
    for r in rows:
        mark = "-" if r.ok is None else ("yes" if r.ok else "MISSED")
        print(f"{r.section:8} {r.what:{width}}  {r.figure:>{fig}}  {r.target:{tgt}}  {mark}")


def _machine() -> str:
    cpus = os.cpu_count()
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""
    # Other processes on a small machine slow every figure: the load says whether the run was quiet.
    return f"python {sys.version.split()[0]}, {cpus} cores{', ' + model if model else ''}, {load}; one process unless --jobs says otherwise"


def _build() -> str:
    """Which karabakh_claims is measured: its version and where it is loaded from."""
    import karabakh_claims

    where = Path(karabakh_claims.__file__).parent
    kind = "the checkout" if where == ROOT / "karabakh_claims" else "an installed copy"
    return f"karabakh_claims {karabakh_claims.__version__} from {where} ({kind}); command {_command()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(DEFAULT_SECTIONS),
                        help=f"comma-separated sections ({','.join(SECTIONS)}; default {','.join(DEFAULT_SECTIONS)})")
    parser.add_argument("--profile", action="store_true", help="profile one extraction pass with cProfile (top 25, cumulative)")
    parser.add_argument("--profile-mb", type=float, default=2.5, help="corpus size for --profile, in MB (default 2.5)")
    parser.add_argument("--no-cli", action="store_true", help="extract: skip timing the CLI over the 10 MB corpus")
    parser.add_argument("--match-sizes", default="", help="comma-separated sizes passed to bench_match.py (default: its own)")
    parser.add_argument("--event-claims", type=int, default=5_000, help="events: claims in the one big event (default 5,000)")
    parser.add_argument("--timeout", type=float, default=300.0, help="events: stop a command after this many seconds")
    parser.add_argument("--write-corpus", metavar="DIR", help="write the generated corpus to DIR and exit")
    parser.add_argument("--source", action="store_true", help="measure the checkout's modules, not the installed package")
    args = parser.parse_args()
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SECTIONS]
    if unknown:
        parser.error(f"--only: unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")

    corpus: list[tuple[str, str]] | None = None
    if args.write_corpus or "extract" in only or args.profile:
        started = time.perf_counter()
        corpus = generate_corpus(int(SIZES_MB[-1] * MB))
        nbytes = sum(len(t.encode("utf-8")) for _, t in corpus)
        print(f"corpus: {len(corpus)} documents, {nbytes / MB:.2f} MB, generated in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    if args.write_corpus:
        folder = Path(args.write_corpus)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in corpus or []:
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        return 0

    global _ENV
    bytecode = tempfile.TemporaryDirectory(prefix="bench-bytecode-")
    _ENV = _bytecode_env(Path(bytecode.name))
    print(_machine())
    print(_build())
    print("commands run with their bytecode cached (PYTHONPYCACHEPREFIX, after one unmeasured run of each kind)")
    _warm_up()
    rows: list[Row] = []
    for section in only:
        print(f"running {section} ...", file=sys.stderr)
        if section == "help":
            rows += bench_help()
        elif section == "real":
            rows += bench_real()
        elif section == "extract":
            rows += bench_extract(corpus or [], with_cli=not args.no_cli)
        elif section == "check":
            rows += bench_check()
        elif section == "match":
            rows += bench_match([s for s in args.match_sizes.split(",") if s])
        elif section == "events":
            rows += bench_events(args.event_claims, args.timeout)
    if rows:
        _print_table(rows)
    if args.profile:
        print(f"\ncProfile, extract_statements over {args.profile_mb} MB of the corpus:")
        print(profile_extract(corpus or [], args.profile_mb))
    missed = [r for r in rows if r.ok is False]
    if missed:
        print(f"{len(missed)} target(s) missed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
