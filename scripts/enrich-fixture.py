#!/usr/bin/env python3
"""Fill a generated content folder's empty entity, quote and figure lists
with test values, some of them hostile, so the checks exercise term pages,
quotations, figures and escaping even when the extractor finds nothing.

usage: enrich-fixture.py CONTENT_DIR
Only for throwaway fixture builds; never run it on the real content/.
"""
import pathlib
import sys

PEOPLE = ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
PLACES = ["London", "Nairobi"]
ORGS = ["Royal Society", "BBC"]
# Hostile values must come out literally, never as markup or shortcodes.
HOSTILE = '<script>alert("x")</script> {{< shortcode >}} & </p>'


def enrich(path, i):
    text = path.read_text(encoding="utf-8")
    repl = {
        "people: []\n": "people:\n  - %s\n  - %s\n" % (PEOPLE[i % 3], PEOPLE[(i + 1) % 3]),
        "places: []\n": "places:\n  - %s\n" % PLACES[i % 2],
        "organizations: []\n": "organizations:\n  - %s\n" % ORGS[i % 2],
        "tags: []\n": "tags:\n  - test fixture\n",
        "quotes: []\n": "quotes:\n  - text: %s\n    speaker: %s\n  - text: 'We will see.'\n    speaker: Grace Hopper\n"
        % (yaml_str(HOSTILE if i == 0 else "It is a remarkable day."), PEOPLE[i % 3]),
        "figures: []\n": "figures:\n  - value: '£3.2bn'\n    measure: %s\n  - value: '40%%'\n    measure: share of the market\n"
        % yaml_str(HOSTILE if i == 0 else "annual profit"),
    }
    for old, new in repl.items():
        text = text.replace(old, new, 1)
    if i == 0:  # a hostile key point reaches the home page and the feeds too
        text = text.replace("\nkeypoints:\n", "\nkeypoints:\n  - %s\n" % yaml_str(HOSTILE), 1)
    path.write_text(text, encoding="utf-8")


def yaml_str(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    root = pathlib.Path(sys.argv[1])
    files = sorted(p for p in root.glob("issues/*/*.md") if p.name != "_index.md")
    for i, p in enumerate(files):
        enrich(p, i)
    print("enriched %d articles" % len(files))


if __name__ == "__main__":
    main()
