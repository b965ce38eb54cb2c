"""Python baseline: split a USPTO bulk file on <?xml and parse every document with the stdlib
xml.etree.ElementTree (C accelerated), as a typical notebook would. Prints one JSON line."""
import json
import sys
import time
import xml.etree.ElementTree as ET

path = sys.argv[1]
start = time.perf_counter()
docs = errors = 0
size = 0
buf = b""
marker = b"<?xml"


def parse(doc: bytes) -> None:
    global docs, errors
    docs += 1
    try:
        root = ET.fromstring(doc)
        root.find(".//publication-reference/document-id/doc-number")
    except ET.ParseError:
        errors += 1


with open(path, "rb") as f:
    while True:
        chunk = f.read(16 * 1024 * 1024)
        if not chunk:
            break
        size += len(chunk)
        buf += chunk
        parts = buf.split(marker)
        buf = marker + parts[-1]
        for part in parts[1:-1]:
            parse(marker + part)
    if buf.strip() and buf != marker:
        parse(buf)

seconds = time.perf_counter() - start
print(json.dumps({"documents": docs, "errors": errors, "bytes": size, "seconds": round(seconds, 3),
                  "mbPerSecond": round(size / 1e6 / seconds, 1)}))
