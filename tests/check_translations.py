#!/usr/bin/python3
"""Fails when a message of the Russian catalogue has no translation."""
import sys
import xml.etree.ElementTree as ET

tree = ET.parse(sys.argv[1])
missing = [
    (ctx.findtext("name"), msg.findtext("source"))
    for ctx in tree.getroot().iter("context")
    for msg in ctx.iter("message")
    if msg.find("translation") is None
    or msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
]
for context, source in missing:
    print(f"{sys.argv[1]}: {context}: untranslated: {source!r}")
total = sum(1 for _ in tree.getroot().iter("message"))
print(f"{total - len(missing)} of {total} messages translated")
sys.exit(1 if missing else 0)
