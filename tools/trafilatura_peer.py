#!/usr/bin/env python3
"""Runs the peer extractor, trafilatura, on the main-text gold pages and writes what it found.

Setup (pinned, in a throwaway venv):
    python3 -m venv /tmp/trafvenv
    /tmp/trafvenv/bin/pip install trafilatura==2.3.1 lxml_html_clean
Run:
    /tmp/trafvenv/bin/python tools/trafilatura_peer.py ../shared/data/gold/html-extraction /tmp/trafilatura.json
Then score it with the project's own scorer, beside the project's extractor:
    bin/news-analytics evaluate html --gold ../shared/data/gold/html-extraction --peer /tmp/trafilatura.json
Output: one JSON object {url: {"text", "title", "date"}}; text is trafilatura.extract(bytes) with its defaults.
"""
import json
import os
import sys
import time

import trafilatura


def main(gold_dir, out_path):
    with open(os.path.join(gold_dir, "evaldata.json"), encoding="utf-8") as f:
        gold = json.load(f)
    out = {}
    started = time.time()
    for url, page in gold.items():
        path = os.path.join(gold_dir, "cache", page["file"])
        if not os.path.exists(path):
            path = os.path.join(gold_dir, "eval", page["file"])
        with open(path, "rb") as f:
            html = f.read()
        text = trafilatura.extract(html)
        meta = trafilatura.extract_metadata(html)
        out[url] = {"text": text, "title": meta.title if meta else None, "date": meta.date if meta else None}
    elapsed = time.time() - started
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    print(f"trafilatura {trafilatura.__version__}: {len(out)} pages in {elapsed:.1f} s "
          f"({len(out) / elapsed:.1f} pages/s, 1 thread)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
