"""One base exception for every failure the user can cause; cli.py catches it once."""


class ClaimsError(Exception):
    """A user-facing failure: the message is one readable line, no traceback."""

    exit_code = 1


class InputError(ClaimsError):
    """A path that is missing, a folder where a file is expected, a binary or undecodable file."""


class StoreError(ClaimsError):
    """claims.yaml cannot be read as a store at all (not YAML, not a mapping)."""


class UsageError(ClaimsError):
    """Arguments that do not make sense together (an unknown event, a bad date filter)."""

    exit_code = 2
