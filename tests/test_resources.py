"""Runtime assets load the same way from a checkout, a wheel and the frozen app."""

from __future__ import annotations

import gzip

import pytest

import desktop.resources as res
from desktop.resources import load_json, resource_dir, resource_path

from .conftest import ROOT


def test_schema_loads_through_the_helper():
    assert resource_path("schema", "casefile-1.schema.json").is_file()
    assert load_json("schema", "casefile-1.schema.json")["properties"]["format_version"] == {"const": 1}
    assert resource_dir() == ROOT / "resources"


def test_every_resource_folder_ships_in_the_wheel():
    """pyproject.toml must name each resources/ folder, or the wheel silently lacks it."""
    text = (ROOT / "pyproject.toml").read_text()
    folders = [p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"]
    missing = [f for f in folders if f'"casefile_resources.{f}"' not in text]
    assert missing == []


def test_every_resource_package_named_in_pyproject_exists():
    """A folder named in pyproject.toml but absent from a clone breaks `pip install` there."""
    import re

    text = (ROOT / "pyproject.toml").read_text()
    for name in re.findall(r'"casefile_resources\.([\w]+)"', text):
        folder = ROOT / "resources" / name
        assert folder.is_dir() and any(p.is_file() for p in folder.iterdir()), f"resources/{name} is empty or absent"


def test_an_asset_shipped_gzipped_reads_the_same(tmp_path, monkeypatch):
    """The frozen app carries the models gzipped (build.spec); the loaders read them either way."""
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "plain.bin").write_bytes(b"\x00weights")
    (tmp_path / "models" / "packed.bin.gz").write_bytes(gzip.compress(b"\x00weights"))
    (tmp_path / "models" / "config.json.gz").write_bytes(gzip.compress(b'{"members": 3}'))
    monkeypatch.setattr(res, "resource_dir", lambda: tmp_path)
    assert res.read_bytes("models", "plain.bin") == res.read_bytes("models", "packed.bin") == b"\x00weights"
    assert res.load_json.__wrapped__("models", "config.json") == {"members": 3}
    with pytest.raises(FileNotFoundError, match="models/absent.bin"):
        res.read_bytes("models", "absent.bin")
