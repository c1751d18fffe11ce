"""Rewrite arabic_newsnlp/data/manifest.json with the sha256 of every shipped data file.

Run from the project root after editing a word list by hand or after any script here
rebuilds a resource: ``python training/update_manifest.py``. Until then the package refuses
the changed file, and its error names this command.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "arabic_newsnlp" / "data"
SKIP = {"manifest.json", "README.md"}


def main(data: Path = DATA) -> None:
    files = {}
    for path in sorted(data.rglob("*")):
        if path.is_file() and path.name not in SKIP and "__pycache__" not in path.parts:
            name = path.relative_to(data).as_posix()
            files[name] = {
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "bytes": path.stat().st_size,
            }
    out = data / "manifest.json"
    out.write_text(json.dumps({"files": files}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(files)} files")


if __name__ == "__main__":
    main()
