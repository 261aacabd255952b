"""Fetching an article by URL, with a local cache of the pages fetched.

`extract https://...` fetches the page once with the standard library (urllib) and keeps it
in a cache folder; a later run reads the page from there without a request, so results do
not change when the page does. The folder is, first found:

1. `--cache DIR` (the commands that read texts take it);
2. the environment variable `KARABAKH_CLAIMS_CACHE`;
3. `$XDG_CACHE_HOME/karabakh-claims/pages`, else `~/.cache/karabakh-claims/pages`.

Each page is two files named by the SHA-256 of its URL: `<hash>.body` (the bytes as served)
and `<hash>.json` (the URL asked for, the URL served after redirects, the content type).
Delete them to fetch the page again.

Limits: http and https only; no JavaScript is run (a page that writes its article with a
script has no text here); at most 20 MB a page; 30 s a request.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from karabakh_claims import __version__
from karabakh_claims.errors import InputError

MAX_BYTES = 20_000_000
TIMEOUT_SECONDS = 30.0
CACHE_ENV = "KARABAKH_CLAIMS_CACHE"
_USER_AGENT = f"karabakh-claims/{__version__}"


class FetchError(InputError):
    """A URL that could not be fetched: one line naming the URL and why (exit 1)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as served: the URL asked for, the URL after redirects, its content type and
    bytes, and whether it came from the cache."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    cached: bool

    @property
    def charset(self) -> str | None:
        """The charset the server declared, if any."""
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return None


def is_url(text: str) -> bool:
    """Whether an argument names a page to fetch rather than a path."""
    return text.startswith(("http://", "https://"))


def default_cache_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The cache folder when no `--cache` is given (see the module)."""
    if environ.get(CACHE_ENV):
        return Path(environ[CACHE_ENV])
    base = Path(environ["XDG_CACHE_HOME"]) if environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "karabakh-claims" / "pages"


def fetch(url: str, *, cache_dir: Path | None) -> Fetched:
    """The page at `url`, from the cache when it is there, else fetched and cached.

    `cache_dir` None fetches without reading or writing a cache. Raises FetchError (one line:
    the URL and the HTTP status, or the network error) when the page cannot be had.
    """
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    if cache_dir is not None:
        cached = _from_cache(cache_dir, key, url)
        if cached is not None:
            return cached
    page = _download(url)
    if cache_dir is not None:
        _to_cache(cache_dir, key, page)
    return page


def _download(url: str) -> Fetched:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - http(s) only, checked by is_url
            body = response.read(MAX_BYTES + 1)
            final_url = response.geturl() or url
            content_type = response.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: could not fetch the page (HTTP {error.code} {error.reason})") from None
    except urllib.error.URLError as error:
        raise FetchError(f"{url}: could not fetch the page ({_reason(error.reason)})") from None
    except (TimeoutError, OSError, ValueError) as error:
        raise FetchError(f"{url}: could not fetch the page ({_reason(error)})") from None
    if len(body) > MAX_BYTES:
        raise FetchError(f"{url}: the page is larger than {MAX_BYTES // 1_000_000} MB")
    return Fetched(url, final_url, content_type, body, cached=False)


def _reason(error: object) -> str:
    if isinstance(error, TimeoutError):
        return f"no answer within {TIMEOUT_SECONDS:.0f} s"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or error.__class__.__name__


def _from_cache(cache_dir: Path, key: str, url: str) -> Fetched | None:
    try:
        meta = json.loads((cache_dir / f"{key}.json").read_text(encoding="utf-8"))
        body = (cache_dir / f"{key}.body").read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("url") != url:
        return None
    return Fetched(url, str(meta.get("final_url") or url), str(meta.get("content_type") or ""), body, cached=True)


def _to_cache(cache_dir: Path, key: str, page: Fetched) -> None:
    """Write the page to the cache; a cache that cannot be written is no reason to fail."""
    meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type}
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for name, data in ((f"{key}.body", page.body), (f"{key}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))):
            partial = cache_dir / f"{name}.{os.getpid()}.part"
            partial.write_bytes(data)
            partial.replace(cache_dir / name)  # the body first, its record last: a record means a whole body
    except OSError:
        return
