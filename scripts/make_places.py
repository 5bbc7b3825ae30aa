#!/usr/bin/env python3
"""Write ontology/places.txt: China's administrative divisions, from the cpca package's data.

    pip install cpca && python scripts/make_places.py

cpca (MIT licence, https://github.com/DQinYuan/chinese_province_city_area_mapper)
ships the national administrative-division codes as resources/adcodes.csv. Each
name is written in full (酒泉市) and without its unit (酒泉), the 56 ethnic
groups' names are left out, and the list is sorted so that the file is the same
for the same cpca release. The package is found without being imported (its
import pulls in pandas).
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "新区", "林区",
         "省", "市", "县", "区", "盟", "旗")


def bare(name: str) -> str | None:
    for unit in UNITS:
        if name.endswith(unit) and len(name) - len(unit) >= 2:
            return name[: -len(unit)]
    return None


def main() -> int:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        print("cpca is not installed: pip install cpca", file=sys.stderr)
        return 1
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    names: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if name:
                names.add(name)
                if short := bare(name):
                    names.add(short)
    out = ROOT / "ontology" / "places.txt"
    header = ("# China's administrative divisions, written in full and without their unit (酒泉市, 酒泉).\n"
              "# Made by scripts/make_places.py from the cpca package's resources/adcodes.csv (MIT licence).\n")
    out.write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{out}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
