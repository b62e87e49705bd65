#!/usr/bin/env python3
"""Renders the interim demo page (diff only) from the files demo.sh wrote.
Every value from the input is HTML-escaped. Replaced by `rollgate plan`'s own
report once the planner and reporter exist."""
import csv, html, sys, pathlib

out = pathlib.Path(sys.argv[1])
rows = list(csv.DictReader(open(out / "changes.csv", newline="", encoding="utf-8")))
e = html.escape
print("<!doctype html><html><head><meta charset='utf-8'><title>rollgate demo: diff</title>")
print("<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
      "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#eee}"
      "pre{background:#f6f6f6;padding:1em;overflow:auto}</style></head><body>")
print("<h1>rollgate demo: shop release (diff)</h1>")
print(f"<p>{len(rows)} changes between <code>old.sql</code> and <code>new.sql</code>. "
      "The planner and simulator are not built yet; this page shows the diff stage.</p>")
print("<table><tr><th>#</th><th>kind</th><th>object</th><th>detail</th></tr>")
for r in rows:
    print(f"<tr><td>{e(r['change'])}</td><td>{e(r['kind'])}</td><td>{e(r['object'])}</td>"
          f"<td>{e(r['detail'])}</td></tr>")
print("</table>")
for name in ("old.catalog.sql", "new.catalog.sql"):
    print(f"<h2>{e(name)}</h2><pre>{e((out / name).read_text(encoding='utf-8'))}</pre>")
print("</body></html>")
