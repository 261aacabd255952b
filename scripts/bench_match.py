"""Benchmark: link and cluster statements; events, conflicts and match at scale.

Default mode: generates a store (about 1,000 entities with aliases and spellings, 50
events with curated claims) and up to 100,000 statements built from war-reporting
templates (about curated events, paraphrased and respelled; about uncurated episodes;
noise), then times link_statements + discover_events at several sizes and reports peak
memory (ru_maxrss). Targets: 100,000 statements in under 60 s and under 2 GB, with time
growing about linearly.

--scale: scale within an event. Writes a store folder (claims.yaml and its articles, all
invented: places, people of three sides and monitors, outlets) where every curated claim
quotes a sentence of its article, and the articles hold uncurated statements as well, so
that the analysis combines curated claims with extracted statements, as on real stores:

- `one`:  one event holding --event-claims claims (default 5,000) of one slot (--slot,
          default date: dates, denials "as of" a day; number: figures with qualifiers and
          scopes; fact; account), among 20 small events;
- `many`: --many-claims claims (default 100,000) over --many-events events (default 1,000),
          the slots in turn.

For each, the whole commands `events`, `conflicts` and `match` (wall, CPU of the process
tree, peak RSS; each stopped after --timeout seconds), cold (an empty extraction cache: every
article is read) and warm (run again: the statements from the cache the cold run wrote), with
their bytecode cached as an installed tool has it (--repeat N: the fastest of N), then the library calls in one
process (pipeline.analyse with jobs=1, match_text) with one cProfile pass: the cumulative
time of each stage and the functions with the most own time. --growth N1,N2 profiles the
one-event store at two sizes and prints each function's exponent (time ~ claims^k: 1 is
linear, 2 quadratic). Targets: one event of 5,000 claims under 2 s per command; 100,000
claims over 1,000 events under 60 s and 2 GB. --json prints the figures as one JSON
object on the last line (scripts/bench.py reads it).

    python scripts/bench_match.py                 # 25k, 50k, 100k
    python scripts/bench_match.py --sizes 10000   # one size
    python scripts/bench_match.py --scale one --event-claims 5000
    python scripts/bench_match.py --scale one --growth 1000,2000
    python scripts/bench_match.py --scale many
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from karabakh_claims.entities import EntityIndex  # noqa: E402
from karabakh_claims import linking as linking_module  # noqa: E402
from karabakh_claims.discover import discover_events  # noqa: E402
from karabakh_claims.linking import link_statements  # noqa: E402
from karabakh_claims.models import (  # noqa: E402
    Claim,
    DateMention,
    Entity,
    Event,
    SourceRecord,
    Span,
    Statement,
    Store,
)

SYLLABLES = "ka ra mo ve li sa to dor zan bel ur nik ast ha pol gri ven tas or mir yal sur bek dan".split()
SIDES = ["north", "south", "east", "west", "neutral"]
OUTCOME_TEMPLATES = {
    "date": [
        "{side_forces} have captured the town of {place}",
        "{place} fell to {side_forces} on {day}",
        "we lost control of {place_alt} on {day}",
        "{place} is entirely outside of our control",
        "the liberation of {place} is complete",
        "fighting for {place} continues and the enemy has retreated",
        "the enemy failed to take {place}",
    ],
    "number": [
        "more than {n:,} people have died in the fighting around {place}",
        "almost {n:,} soldiers were killed near {place}",
        "at least {n} civilians were killed in {place}",
        "{n:,} of its soldiers had been killed in {place}",
        "nearly {n:,} peacekeepers will deploy to {place}",
    ],
    "fact": [
        "a missile strike on {place} killed civilians",
        "{side_forces} denied carrying out an attack on {place}",
        "no foreign troops will be on the ground in {place}",
        "{side_forces} used banned munitions in {place}",
        "the shelling of {place} was carried out by {side_forces}",
    ],
    "account": [
        "{person} rejected the terms because the road to {place} would be controlled by the enemy",
        "{person} agreed to the terms but the other side found them unacceptable",
    ],
}
NOISE = [
    "the weather turned cold as refugees crowded the roads out of {place}",
    "{person} met the ambassador to discuss humanitarian aid",
    "the parliament will hold an emergency session on Tuesday",
    "markets in the capital reopened after a week",
    "{person} thanked the volunteers who delivered medicine to {place}",
]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_store(rng: random.Random, n_entities: int = 1000, n_events: int = 50) -> Store:
    entities: list[Entity] = []
    seen: set[str] = set()
    while len(entities) < n_entities:
        kind = rng.choice(["place", "place", "person", "organisation"])
        if kind == "person":
            name = f"{_name(rng, 2)} {_name(rng, 3)}"
        else:
            name = _name(rng, rng.choice([2, 3]))
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        # A respelling, as transliteration produces them ("-a" / "-i" endings).
        alt = name[:-1] + ("i" if name[-1] != "i" else "a")
        aliases = (alt,) if alt.lower() not in seen else ()
        seen.update(a.lower() for a in aliases)
        side = rng.choice(SIDES) if kind != "place" else None
        entities.append(Entity(f"e{len(entities)}", name, kind, aliases, side))
    places = [e for e in entities if e.type == "place"]
    people = [e for e in entities if e.type == "person"]
    events: list[Event] = []
    claims: list[Claim] = []
    start = date(2020, 9, 27)
    for i in range(n_events):
        slot = rng.choice(["date", "date", "number", "fact", "account"])
        place = places[i]
        keywords = {
            "date": ("captured", "fell", "lost control", "liberation", "fighting continues"),
            "number": ("killed", "died", "death toll", "soldiers killed"),
            "fact": ("missile strike", "attack", "shelling", "munitions"),
            "account": ("terms", "rejected", "agreed", "road"),
        }[slot]
        event = Event(f"ev{i}", f"Event {i} at {place.name}", slot, (place.id, rng.choice(people).id), keywords)
        events.append(event)
        for k in range(rng.randint(2, 6)):
            speaker = rng.choice(people)
            said = start + timedelta(days=rng.randint(0, 45))
            template = rng.choice(OUTCOME_TEMPLATES[slot])
            quote = template.format(place=place.name, place_alt=place.name, side_forces="the army", day="Sunday",
                                    n=rng.choice([21, 400, 1960, 2317, 4000]), person=speaker.name)
            value = {"date": said.isoformat(), "number": "more than 4000", "fact": quote[:100], "account": quote}[slot]
            claims.append(Claim(f"c{i}-{k}", event.id, speaker.id, DateMention(said, said, "day", "explicit"),
                                "src", quote, value, rng.choice(["assert", "assert", "deny"])))
    return Store("bench.yaml", (SourceRecord("src", "seeds/bench.txt", "Bench", None, None),),
                 tuple(entities), tuple(events), tuple(claims))


def make_statements(rng: random.Random, store: Store, n: int) -> list[Statement]:
    places = [e for e in store.entities if e.type == "place"]
    people = [e for e in store.entities if e.type == "person"]
    events = list(store.events)
    start = date(2020, 9, 27)
    out: list[Statement] = []
    for i in range(n):
        speaker = rng.choice(people)
        roll = rng.random()
        if roll < 0.5:
            event = rng.choice(events)
            place = store.entities[int(event.entities[0][1:])]
            template = rng.choice(OUTCOME_TEMPLATES[event.slot])
        elif roll < 0.8:
            place = rng.choice(places[len(events):])
            template = rng.choice(OUTCOME_TEMPLATES[rng.choice(list(OUTCOME_TEMPLATES))])
        else:
            place = rng.choice(places)
            template = rng.choice(NOISE)
        spelling = rng.choice((place.name, *place.aliases))
        content = template.format(place=spelling, place_alt=spelling, side_forces=rng.choice(["the army", "our forces", "the enemy"]),
                                  day=rng.choice(["Sunday", "Monday", "November 7"]), n=rng.choice([21, 400, 1960, 2317, 4000, 5000]),
                                  person=rng.choice(people).name)
        said = start + timedelta(days=rng.randint(0, 60))
        out.append(Statement(f"s{i}", speaker.name, speaker.name, "said", content, "indirect",
                             DateMention(said, said, "day", "explicit"), None, "assert",
                             f"bench/{i // 100}.txt", Span(0, len(content)), speaker_id=speaker.id))
    return out


# --- scale within an event: a store folder with articles, the commands and the library calls -----

SCALE_SIDES = ("north", "south", "east")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CLAIMS_PER_ARTICLE = 25
SLOT_KEYWORDS = {
    "date": ("fell", "captured", "taken", "lost control", "fighting continues", "has not fallen"),
    "number": ("killed", "dead", "death toll", "died"),
    "fact": ("missile strike", "strike", "struck", "shelled"),
    "account": ("talks", "walked out", "delegation", "failed"),
}
SCOPES = (("soldiers", "soldiers killed"), ("civilians", "civilians killed"), ("people", "people killed"))
QUALIFIERS = (("more than", "more than"), ("almost", "almost"), ("at least", "at least"), ("about", "about"), ("", ""))


@dataclass(frozen=True, slots=True)
class ScaleStore:
    """A generated store folder, and what to ask of it."""

    path: Path
    claims: int
    events: int
    articles: int
    text_mb: float
    big_event: str | None  # the event of the `one` case
    match_text: str


@dataclass(frozen=True, slots=True)
class _Person:
    id: str
    name: str
    surname: str
    side: str
    role: str


def _world(rng: random.Random, n_places: int) -> tuple[list[tuple[str, str]], list[_Person], list[tuple[str, str, str]]]:
    """(places as (id, name), people, organisations as (id, name, side)), all invented."""
    seen: set[str] = set()

    def fresh(parts: int) -> str:
        # A longer name after a few collisions: a thousand places exhaust the short ones.
        for attempt in range(10_000):
            name = _name(rng, parts + attempt // 20)
            if name.lower() not in seen:
                seen.add(name.lower())
                return name
        raise RuntimeError("no fresh name")

    places = [(f"place-{k}", fresh(rng.choice((2, 3)))) for k in range(n_places)]
    roles = ("defence minister", "foreign minister", "army spokesman", "presidential aide", "regional governor", "military analyst")
    people = []
    for k in range(90):
        first, last = fresh(2), fresh(3)
        side = SCALE_SIDES[k % 3] if k < 81 else "neutral"
        people.append(_Person(f"person-{k}", f"{first} {last}", last, side, rng.choice(roles)))
    orgs = [(f"{side}-defence-ministry", f"{side.capitalize()} Defence Ministry", side) for side in SCALE_SIDES]
    orgs.append(("monitoring-mission", "Monitoring Mission", "neutral"))
    return places, people, orgs


def _claim_sentence(rng: random.Random, slot: str, place: str, truth: date, said: date, side: str) -> tuple[str, str, str, str | None]:
    """(content of the reported clause, value, polarity, scope) for one claim about an event."""
    if slot == "date":
        if rng.random() < 0.2:
            return f"{place} has not fallen and fighting continues in the streets", said.isoformat(), "deny", None
        day = truth + timedelta(days=rng.choice((0, 0, 0, -1, 1, -2)))
        return f"{place} fell to {side} forces on {MONTHS[day.month - 1]} {day.day}", day.isoformat(), "assert", None
    if slot == "number":
        words, scope = SCOPES[rng.randrange(len(SCOPES))]
        qualifier, written = QUALIFIERS[rng.randrange(len(QUALIFIERS))]
        n = rng.choice((40, 120, 350, 1200, 1450, 2900))
        lead = f"{qualifier} " if qualifier else ""
        return f"{lead}{n:,} {words} were killed in the fighting for {place}", f"{written} {n}".strip(), "assert", scope
    if slot == "fact":
        value = f"A missile strike on {place} killed civilians"
        if rng.random() < 0.3:
            return f"{side} forces did not strike {place} and the reports of a missile strike were false", value, "deny", None
        return f"a missile strike on {place} killed civilians in the market", value, "assert", None
    account = rng.choice((
        f"the talks on {place} failed because the {side} delegation walked out",
        f"the talks on {place} failed because the other side refused to withdraw its troops",
    ))
    return account, account[:1].upper() + account[1:], "assert", None


def write_scale_store(folder: Path, *, events: int, claims: int, one_slot: str | None, seed: int = 15) -> ScaleStore:
    """Write claims.yaml and its articles into `folder`: `claims` curated claims over `events`
    events (with `one_slot`: `claims` in one big event of that slot, and 20 small events of 10).

    Each article holds 25 claim sentences ('NAME, the ROLE, said on WEEKDAY that CONTENT.')
    with a filler sentence after each and an uncurated statement every fifth paragraph, so that
    extraction finds the claims again (linked to their curated twins) and more besides.
    """
    rng = random.Random(seed)
    n_events = 21 if one_slot else events
    places, people, orgs = _world(rng, n_events + 50)
    slots = ("date", "number", "fact", "account")
    event_rows = []
    for k in range(n_events):
        slot = one_slot if (one_slot and k == 0) else slots[k % 4]
        place_id, place = places[k]
        truth = date(2021, 3, 1) + timedelta(days=rng.randrange(200))
        event_rows.append((f"event-{k}", slot, place_id, place, truth))
    if one_slot:
        counts = [claims] + [10] * (n_events - 1)
    else:
        counts = [claims // events + (1 if k < claims % events else 0) for k in range(events)]
    pending = [(event_rows[k], i) for k in range(n_events) for i in range(counts[k])]
    rng.shuffle(pending)  # articles mix events, as reports do
    outlets = ("Northern Wire", "Southern Courier", "Eastern Herald", "Valley Monitor", "Capital Radio")
    texts_dir = folder / "texts"
    texts_dir.mkdir(parents=True, exist_ok=True)
    sources_yaml, claims_yaml = [], []
    text_bytes = 0
    for a in range(0, len(pending), CLAIMS_PER_ARTICLE):
        batch = pending[a : a + CLAIMS_PER_ARTICLE]
        article_id = f"article-{a // CLAIMS_PER_ARTICLE}"
        latest = max(truth for (_, _, _, _, truth), _ in batch)
        published = latest + timedelta(days=rng.randint(1, 5))
        outlet = outlets[rng.randrange(len(outlets))]
        paragraphs = [f"{outlet.upper()}, {MONTHS[published.month - 1]} {published.day}, {published.year} -"]
        for n, ((event_id, slot, _, place, truth), i) in enumerate(batch):
            speaker = people[rng.randrange(len(people))]
            side = speaker.side if speaker.side != "neutral" else SCALE_SIDES[rng.randrange(3)]
            said = published - timedelta(days=rng.randint(0, 5))
            content, value, polarity, scope = _claim_sentence(rng, slot, place, truth, said, side)
            weekday = WEEKDAYS[said.weekday()]
            paragraphs.append(f"{speaker.name}, the {side} {speaker.role}, said on {weekday} that {content}. "
                              f"The claim could not be verified independently.")
            if n % 5 == 4:
                other = people[rng.randrange(len(people))]
                paragraphs.append(f"{other.surname} told reporters in {places[rng.randrange(len(places))][1]} that "
                                  f"aid convoys were waiting at the border for a second week.")
            claim = [f"  - id: claim-{len(claims_yaml)}", f"    event: {event_id}", f"    speaker: {speaker.id}",
                     f"    said_on: {said.isoformat()}", f"    source: {article_id}", f"    quote: {json.dumps(content)}",
                     f"    value: {json.dumps(value)}", f"    polarity: {polarity}"]
            if scope:
                claim.append(f"    scope: {scope}")
            claims_yaml.append("\n".join(claim))
        text = "\n\n".join(paragraphs) + "\n"
        (texts_dir / f"{article_id}.txt").write_text(text, encoding="utf-8")
        text_bytes += len(text.encode("utf-8"))
        sources_yaml.append(f"  - id: {article_id}\n    file: texts/{article_id}.txt\n    outlet: {outlet}\n"
                            f"    published: {published.isoformat()}")
    entities_yaml = [f"  - id: {pid}\n    name: {name}\n    type: place" for pid, name in places]
    for p in people:
        entities_yaml.append(f"  - id: {p.id}\n    name: {p.name}\n    type: person\n    side: {p.side}\n    aliases: [{p.surname}]")
    for oid, name, side in orgs:
        entities_yaml.append(f"  - id: {oid}\n    name: {name}\n    type: organisation\n    side: {side}")
    for outlet in outlets:
        entities_yaml.append(f"  - id: {outlet.lower().replace(' ', '-')}\n    name: {outlet}\n    type: outlet")
    events_yaml = []
    for event_id, slot, place_id, place, _ in event_rows:
        title = {"date": f"When {place} fell", "number": f"Deaths in the fighting for {place}",
                 "fact": f"The missile strike on {place}", "account": f"Why the talks on {place} failed"}[slot]
        keywords = ", ".join(SLOT_KEYWORDS[slot])
        events_yaml.append(f"  - id: {event_id}\n    title: {title}\n    slot: {slot}\n    entities: [{place_id}]\n    keywords: [{keywords}]")
    store = "\n".join(["version: 1", "", "sources:", *sources_yaml, "", "entities:", *entities_yaml, "",
                       "events:", *events_yaml, "", "claims:", *claims_yaml]) + "\n"
    (folder / "claims.yaml").write_text(store, encoding="utf-8")
    big = event_rows[0]
    match = {"date": f"{big[3]} fell on {MONTHS[big[4].month - 1]} {big[4].day}", "number": f"1,200 soldiers were killed in {big[3]}",
             "fact": f"a missile hit {big[3]}", "account": f"the talks on {big[3]} failed"}[big[1]]
    return ScaleStore(folder, len(claims_yaml), n_events, len(sources_yaml), text_bytes / 1e6, big[0] if one_slot else None, match)


@dataclass(frozen=True, slots=True)
class CommandRun:
    """A whole command: wall and CPU seconds (its workers included), peak RSS in MB, exit code."""

    command: str
    wall: float
    cpu: float
    peak_mb: float
    code: int | None  # None: stopped at the timeout


def _script() -> str:
    beside = Path(sys.executable).with_name("karabakh-claims")
    return str(beside) if beside.exists() else shutil.which("karabakh-claims") or "karabakh-claims"


def command_env(bytecode: Path, cache: Path | None) -> dict[str, str]:
    """os.environ for a measured command: its bytecode written to and read from `bytecode`, as
    an installed tool has it (an environment with PYTHONDONTWRITEBYTECODE would compile every
    module of an editable install on every run, about 0.1 s), and the extraction cache in
    `cache` (None: off)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    env["KARABAKH_CLAIMS_EXTRACTION_CACHE"] = str(cache) if cache is not None else "off"
    return env


def run_command(args: list[str], *, cwd: Path, timeout: float, env: dict[str, str] | None = None) -> CommandRun:
    """`karabakh-claims ARGS` in `cwd`, stdout discarded; stopped after `timeout` seconds."""
    started = time.perf_counter()
    process = subprocess.Popen([_script(), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True, env=env)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(process.pid, 9)  # the command and its workers
            _, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    if process.stderr is not None:
        process.stderr.close()
    # ru_maxrss of wait4 is the largest of the process and the children it waited for (kB on Linux).
    return CommandRun(args[0], wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                      None if wall >= timeout and code < 0 else code)


def measure_commands(store: ScaleStore, *, timeout: float, repeat: int = 1) -> tuple[list[CommandRun], list[CommandRun]]:
    """events, conflicts (of the big event, else all) and match, as a user runs them: (cold,
    warm). Cold: the extraction cache empty (each run starts from a new one), so every article
    is read, and the entries written; warm: the same command again, the articles' statements
    from that cache. With `repeat` above 1, the fastest of so many runs of each (by wall time;
    the machine's noise only ever adds)."""
    conflicts = ["conflicts", store.big_event] if store.big_event else ["conflicts"]
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        bytecode = Path(tmp) / "bytecode"
        # Unmeasured runs over the repository's small store write the bytecode the measured ones read.
        bundled = Path(__file__).resolve().parents[1] / "claims.yaml"
        for warm_up in (["events"], ["conflicts"], ["match", "a claim"]):
            subprocess.run([_script(), *warm_up, "--store", str(bundled), "--format", "json"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=command_env(bytecode, None), check=False)
        for n, (label, args) in enumerate((("events", ["events"]), (" ".join(conflicts), conflicts), ("match", ["match", store.match_text]))):
            runs: dict[str, list[CommandRun]] = {"cold": [], "warm": []}
            for k in range(repeat):
                cache = Path(tmp) / f"statements-{n}-{k}"
                for which in ("cold", "warm"):
                    run = run_command([*args, "--format", "json"], cwd=store.path, timeout=timeout, env=command_env(bytecode, cache))
                    runs[which].append(CommandRun(label, run.wall, run.cpu, run.peak_mb, run.code))
                shutil.rmtree(cache, ignore_errors=True)
            cold.append(min(runs["cold"], key=lambda r: r.wall))
            warm.append(min(runs["warm"], key=lambda r: r.wall))
    return cold, warm


STAGES = ("pipeline.py:extract", "linking.py:link_statements", "events.py:assertions", "conflicts.py:find_conflicts",
          "discover.py:discover_events", "conflicts.py:summarise_events", "match.py:match_text")


def _key(func: tuple[str, int, str]) -> str:
    filename, _, name = func
    return f"{Path(filename).name}:{name}" if filename != "~" else name


def measure_library(store: ScaleStore, *, profile: bool = True, top: int = 15) -> dict:
    """pipeline.analyse (jobs=1) and match_text timed in this process; with `profile`, one more
    pass under cProfile: cumulative time per stage and the functions with the most own time."""
    from karabakh_claims.match import match_text
    from karabakh_claims.pipeline import analyse

    store_path = store.path / "claims.yaml"

    def work():
        analysis = analyse(store_path, [], jobs=1)
        match_text(store.match_text, analysis.store, analysis.assertions, analysis.entities)
        return analysis

    started = time.perf_counter()
    analysis = analyse(store_path, [], jobs=1)
    analysed = time.perf_counter() - started
    started = time.perf_counter()
    match_text(store.match_text, analysis.store, analysis.assertions, analysis.entities)
    matched = time.perf_counter() - started
    result = {"analyse_s": analysed, "match_text_s": matched, "statements": len(analysis.statements),
              "assertions": len(analysis.assertions), "conflicts": len(analysis.conflicts)}
    if profile:
        stats = _profiled(work)
        result["stages_s"] = _stages(stats)
        result["own_s"] = _own(stats, top)
    return result


def _profiled(work) -> pstats.Stats:
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    return pstats.Stats(profiler)


def _stages(stats: pstats.Stats) -> dict[str, float]:
    cumulative = {_key(f): v[3] for f, v in stats.stats.items()}  # type: ignore[attr-defined]
    return {stage: round(cumulative.get(stage, 0.0), 3) for stage in STAGES}


def _own(stats: pstats.Stats, top: int | None = None) -> dict[str, float]:
    own: dict[str, float] = {}
    for f, v in stats.stats.items():  # type: ignore[attr-defined]
        own[_key(f)] = own.get(_key(f), 0.0) + v[2]
    ranked = sorted(own.items(), key=lambda kv: -kv[1])
    return {k: round(t, 3) for k, t in (ranked[:top] if top else ranked)}


def _callers(stats: pstats.Stats) -> dict[str, str]:
    """Each function's caller that spent the most time in it (where a quadratic loop sits)."""
    out = {}
    for f, v in stats.stats.items():  # type: ignore[attr-defined]
        callers = v[4]
        if callers:
            out[_key(f)] = _key(max(callers.items(), key=lambda kv: kv[1][3])[0])
    return out


def growth(sizes: tuple[int, int], slot: str, *, top: int = 20) -> list[tuple[str, float, float, float, str]]:
    """(function, own seconds at the smaller size, at the larger, exponent k of time ~ claims^k,
    its main caller) for the functions with the most own time at the larger size, profiling
    the `one` case."""
    own = []
    callers: dict[str, str] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            store = write_scale_store(Path(tmp), events=1, claims=size, one_slot=slot)
            from karabakh_claims.match import match_text
            from karabakh_claims.pipeline import analyse

            def work(store=store):
                analysis = analyse(store.path / "claims.yaml", [], jobs=1)
                match_text(store.match_text, analysis.store, analysis.assertions, analysis.entities)

            stats = _profiled(work)
            own.append(_own(stats))
            callers = _callers(stats)
    small, large = own
    ratio = math.log(sizes[1] / sizes[0])
    rows = []
    for name, t2 in sorted(large.items(), key=lambda kv: -kv[1])[:top]:
        t1 = small.get(name, 0.0)
        k = math.log(t2 / t1) / ratio if t1 > 0.001 and t2 > 0.001 else float("nan")
        rows.append((name, t1, t2, k, callers.get(name, "")))
    return rows


def run_scale(case: str, args: argparse.Namespace) -> dict:
    """One case (`one` or `many`): write the store, run the commands, then the library calls."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        if case == "one":
            store = write_scale_store(Path(tmp), events=1, claims=args.event_claims, one_slot=args.slot)
            label = f"one {args.slot} event of {args.event_claims:,} claims (and {store.events - 1} events of 10)"
        else:
            store = write_scale_store(Path(tmp), events=args.many_events, claims=args.many_claims, one_slot=None)
            label = f"{store.claims:,} claims over {store.events:,} events"
        print(f"{label}: {store.articles:,} articles, {store.text_mb:.1f} MB of text; written in {time.perf_counter() - started:.1f} s",
              flush=True)
        runs, warm = measure_commands(store, timeout=args.timeout, repeat=args.repeat)
        best = f", fastest of {args.repeat}" if args.repeat > 1 else ""
        for which, measured in (("cold", runs), ("warm", warm)):
            for run in measured:
                state = f"stopped at {args.timeout:.0f} s" if run.code is None else f"exit {run.code}"
                print(f"  command {run.command:<17} {which} {run.wall:7.2f} s wall, {run.cpu:7.2f} s CPU, "
                      f"peak RSS {run.peak_mb:,.0f} MB ({state}{best})", flush=True)
        library = {}
        if not args.no_library:
            library = measure_library(store, profile=not args.no_profile)
            print(f"  library  analyse {library['analyse_s']:.2f} s, match_text {library['match_text_s']:.2f} s; "
                  f"{library['statements']:,} statements extracted, {library['assertions']:,} assertions, "
                  f"{library['conflicts']:,} conflicts")
            for stage, seconds in library.get("stages_s", {}).items():
                print(f"    stage {stage:<32} {seconds:8.2f} s (cumulative, under cProfile)")
            for name, seconds in library.get("own_s", {}).items():
                print(f"    own   {name:<50} {seconds:8.2f} s")
        return {"case": case, "label": label, "claims": store.claims, "events": store.events, "text_mb": round(store.text_mb, 2),
                "commands": [asdict(r) for r in runs], "warm": [asdict(r) for r in warm], "library": library}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", choices=("one", "many", "both"), help="scale within an event (see above) instead of linking")
    parser.add_argument("--event-claims", type=int, default=5_000, help="--scale one: claims in the one event")
    parser.add_argument("--slot", choices=("date", "number", "fact", "account"), default="date", help="--scale one: its slot")
    parser.add_argument("--many-claims", type=int, default=100_000)
    parser.add_argument("--many-events", type=int, default=1_000)
    parser.add_argument("--timeout", type=float, default=300.0, help="stop a command after this many seconds")
    parser.add_argument("--repeat", type=int, default=1, help="--scale: run each command so many times (cold and warm), keep the fastest")
    parser.add_argument("--no-library", action="store_true", help="--scale: the commands only")
    parser.add_argument("--no-profile", action="store_true", help="--scale: no cProfile pass")
    parser.add_argument("--growth", help="N1,N2: profile the one-event store at two sizes, print each function's exponent")
    parser.add_argument("--json", action="store_true", help="--scale: the figures as one JSON object on the last line")
    args = parser.parse_args()
    if args.growth:
        n1, n2 = (int(n) for n in args.growth.split(","))
        print(f"own time under cProfile, one {args.slot} event of {n1:,} and {n2:,} claims; k: time ~ claims^k")
        for name, t1, t2, k, caller in growth((n1, n2), args.slot):
            print(f"  {name:<42} {t1:7.2f} s {t2:7.2f} s  k = {k:4.1f}  (from {caller})")
        return
    if args.scale:
        cases = ("one", "many") if args.scale == "both" else (args.scale,)
        results = [run_scale(case, args) for case in cases]
        if args.json:
            print(json.dumps(results))
        return
    rng = random.Random(args.seed)
    store = make_store(rng)
    index = EntityIndex.from_store(store)
    corpus = make_statements(rng, store, max(args.sizes))
    print(f"store: {len(store.entities)} entities, {len(store.events)} events, {len(store.claims)} claims")
    for size in args.sizes:
        statements = corpus[:size]
        # Each size starts cold: no normalised text left over from the previous size.
        cached = getattr(linking_module, "_normalise_cached", None)
        if cached is not None:
            cached.cache_clear()
        t0 = time.perf_counter()
        links = link_statements(statements, store, index)
        t1 = time.perf_counter()
        clusters = discover_events(statements, links, index)
        t2 = time.perf_counter()
        matched = sum(1 for link in links if link.level == "match")
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{size:>7,} statements: link {t1 - t0:6.1f} s, discover {t2 - t1:6.1f} s, total {t2 - t0:6.1f} s "
            f"({(t2 - t0) / size * 1e6:5.0f} us/statement); {matched:,} matched, {len(clusters):,} clusters; "
            f"peak RSS {peak_mb:,.0f} MB"
        )


if __name__ == "__main__":
    main()
