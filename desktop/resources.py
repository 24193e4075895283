"""One way to find runtime assets, from a checkout, an installed wheel or a frozen app.

Assets live in the top-level ``resources/`` folder of the repository. The wheel ships
that folder as the package ``casefile_resources`` (see pyproject.toml) and ``build.spec``
copies it to ``resources/`` beside the frozen executable.
"""

from __future__ import annotations

import functools
import gzip
import json
import sys
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any


@functools.cache
def resource_dir() -> Path:
    """The folder that holds ``schema/``, ``gazetteers/``, ``styles/``..."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "schema").is_dir():
        return checkout
    return Path(str(importlib_resources.files("casefile_resources")))


def resource_path(*parts: str) -> Path:
    """Path of one asset, e.g. ``resource_path("schema", "casefile-1.schema.json")``."""
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing application resource: {'/'.join(parts)}")
    return path


def read_bytes(*parts: str) -> bytes:
    """The bytes of one asset. The frozen app ships the models gzipped (``build.spec``: about 5 MB less to carry), so
    an asset absent as such is read from its ``.gz`` beside it."""
    path = resource_dir().joinpath(*parts)
    if path.exists():
        return path.read_bytes()
    packed = path.with_name(path.name + ".gz")
    if packed.exists():
        return gzip.decompress(packed.read_bytes())
    raise FileNotFoundError(f"missing application resource: {'/'.join(parts)}")


@functools.cache
def load_json(*parts: str) -> Any:
    """Parse a JSON asset once per process."""
    return json.loads(read_bytes(*parts).decode("utf-8"))
