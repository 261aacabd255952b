"""Benchmark: link and cluster a generated corpus of statements against a generated store.

Generates a store (about 1,000 entities with aliases and spellings, 50 events with
curated claims) and up to 100,000 statements built from war-reporting templates
(about curated events, paraphrased and respelled; about uncurated episodes; noise),
then times link_statements + discover_events at several sizes and reports peak
memory (ru_maxrss). Targets: 100,000 statements in under 60 s and under 2 GB, with
time growing about linearly.

    python scripts/bench_match.py                 # 25k, 50k, 100k
    python scripts/bench_match.py --sizes 10000   # one size
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from karabakh_claims.entities import EntityIndex  # noqa: E402
from karabakh_claims import events as events_module  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    store = make_store(rng)
    index = EntityIndex.from_store(store)
    corpus = make_statements(rng, store, max(args.sizes))
    print(f"store: {len(store.entities)} entities, {len(store.events)} events, {len(store.claims)} claims")
    for size in args.sizes:
        statements = corpus[:size]
        # Each size starts cold: no normalised text left over from the previous size.
        events_module._normalise_cached.cache_clear()
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
