#!/usr/bin/env python3
"""Replace one generated section of a markdown file, keeping everything else (sections written
by hand or by other scripts). Usage: docs-section.py FILE NAME < content

The section is the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`; when the file or
the markers are missing they are created (the section is appended)."""
import os
import sys

path, name = sys.argv[1], sys.argv[2]
body = sys.stdin.read().rstrip("\n")
begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
block = f"{begin}\n{body}\n{end}"
text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
if begin in text and end in text:
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    text = head + block + tail
else:
    text = (text.rstrip("\n") + "\n\n" if text else "") + block + "\n"
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
