"""`add` proposes one claim for each event a statement is linked to with a value (invented store
and article: a strike on a town and its toll)."""

from __future__ import annotations

from pathlib import Path

import pytest

from karabakh_claims.grow import AddOptions, plan_add, write_plan
from karabakh_claims.validate import validate_store

STORE = """\
version: 1
sources: []
entities:
- id: kelby
  name: Kelby
  type: place
- id: norland
  name: Norland
  type: country
  side: norland
- id: sudria
  name: Sudria
  type: country
  aliases: [Sudrian]
  side: sudria
events:
- id: kelby-strike
  title: The Sudrian rocket strike on Kelby
  slot: fact
  entities: [kelby, norland, sudria]
  keywords: [rocket strike, missile attack]
- id: kelby-toll
  title: Civilians killed in the strike on Kelby
  slot: number
  entities: [kelby, norland]
  keywords: [killed, civilians]
claims: []
"""


@pytest.mark.parametrize(
    "sentence, events",
    [
        # The strike and its toll: two claims on one quote.
        ("Norland said on Tuesday that a Sudrian rocket strike on Kelby killed 14 civilians.", {"kelby-strike", "kelby-toll"}),
        # The toll alone.
        ("Norland said on Tuesday that 14 civilians were killed in Kelby.", {"kelby-toll"}),
        # The strike alone (no figure: no toll).
        ("Norland said on Tuesday that a Sudrian rocket strike hit Kelby.", {"kelby-strike"}),
    ],
)
def test_add_proposes_a_claim_for_each_event_a_statement_holds(tmp_path: Path, sentence: str, events: set[str]) -> None:
    store = tmp_path / "claims.yaml"
    store.write_text(STORE, encoding="utf-8")
    article = tmp_path / "wire.txt"
    article.write_text(f"Rockets hit Kelby\n\n{sentence}\n", encoding="utf-8")
    plan = plan_add(store, [str(article)], options=AddOptions(outlet="Wire", published="2031-10-22"))
    assert {claim.event for claim in plan.claims} == events, plan.claims
    assert len(plan.claims) == len(events)
    write_plan(plan)
    assert [d for d in validate_store(store) if d.level == "error"] == []
    again = plan_add(store, [str(article)], options=AddOptions(outlet="Wire", published="2031-10-22"))
    assert not again.changed, "adding the article twice must add nothing the second time"
