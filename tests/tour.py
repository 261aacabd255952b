"""The README's tour, as test modules rebuild it: a store started with `init`, the people and
events a user writes by hand (docs/tour/hand-written.yaml), and three invented articles."""

from __future__ import annotations

import shutil
from pathlib import Path

from karabakh_claims.grow import init_store

TOUR = Path(__file__).resolve().parent.parent / "docs" / "tour"
ARTICLES = {
    # file: (outlet, published, title)
    "northern-wire-tarrow-fire.txt": ("Northern Wire", "2024-03-12", None),
    "valley-gazette-charging-bay.txt": ("Valley Gazette", "2024-03-14", "Fire chief says Kestrel blaze began in charging bay"),
    "tarrow-radio-company-stands-by.txt": ("Tarrow Radio", "2024-03-15", None),
}


def hand_written(text: str) -> str:
    """The `init` template with the entities and events of hand-written.yaml written under
    their keys, as a user would type them."""
    written = (TOUR / "hand-written.yaml").read_text(encoding="utf-8")
    entities, events = written.split("\nevents:\n")
    text = text.replace("\nentities:\n", "\n" + entities.rstrip("\n") + "\n", 1)
    return text.replace("\nevents:\n", "\nevents:\n" + events.rstrip("\n") + "\n", 1)


def build(folder: Path) -> Path:
    """The tour's store in `folder` before any `add`, with the articles in folder/articles."""
    store = init_store(folder)
    store.write_text(hand_written(store.read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copytree(TOUR / "articles", folder / "articles")
    return store
