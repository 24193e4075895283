"""How far two annotators agree: the second annotations of ``bench/agreement/`` scored against the first ones of
``bench/gold/`` with the project's scorer, as the extraction is scored.

    python bench/score_agreement.py --scorer PATH/score_extraction.py

Each file of ``bench/agreement/`` is a second annotator's reading of the gold report of the same name, made from
the report's text, its date and the annotation conventions alone. The scorer reads the first annotator as gold and
the second as a prediction, so its figures are the agreement the extraction's own figures can be set against.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
SECOND = ROOT / "bench" / "agreement"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scorer", default=os.environ.get("SCORER"), help="path of score_extraction.py")
    args = ap.parse_args()
    if not args.scorer:
        ap.error("give --scorer PATH (or set SCORER)")
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp)
        for second in sorted(SECOND.glob("*.json")):
            shutil.copyfile(GOLD / second.name, first / second.name)
        return subprocess.call([sys.executable, args.scorer, "--dir", str(first), "--pred-dir", str(SECOND)])


if __name__ == "__main__":
    sys.exit(main())
