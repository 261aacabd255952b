"""karabakh-claims: cross-reference attributed claims in conflict reporting."""

__version__ = "0.1.0"
