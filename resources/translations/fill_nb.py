"""Build leietileie_nb.qm: only the plural forms of counted texts (bokmål is the source).

    pyside6-lupdate -no-obsolete -target-language nb_NO $(find leietileie/ui -name '*.py') \\
        -ts resources/translations/leietileie_nb.ts
    python resources/translations/fill_nb.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from plurals import fill_numerus  # noqa: E402

TS = HERE / "leietileie_nb.ts"

if __name__ == "__main__":
    tree = ET.parse(TS)
    filled = sum(fill_numerus(m, "nb") for m in tree.iter("message") if m.get("numerus") == "yes")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} plural texts filled")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
