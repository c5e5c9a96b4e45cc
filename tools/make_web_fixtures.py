#!/usr/bin/env python3
"""Writes the web-input cases of the ingest bad-input fixture (jobs/src/test/resources/bad-input/web-*).

Run from the project root: python3 tools/make_web_fixtures.py. The texts are invented for the fixture.
"""
import gzip
import os
import uuid

OUT = "jobs/src/test/resources/bad-input"
PROSE = ("The regional council approved the new budget on Tuesday after a debate that lasted most of the day, "
         "and the mayor said the money would go first to schools, roads and the water network. ")


def article(title, date_meta=True):
    meta = '<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">' if date_meta else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Example News</title>{meta}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav><article><h1>{title}</h1>"
            f"<p>{PROSE * 2}</p><p>{PROSE}</p></article><footer>Example News</footer></body></html>")


def record(wtype, uri, block, content_type, date="2024-03-06T10:00:00Z", length=None):
    head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, wtype + uri)}>\r\n"
            f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block) if length is None else length}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http(status, ctype, body):
    reason = {200: "OK", 404: "Not Found", 301: "Moved Permanently"}[status]
    return f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    page = article("Council approves the budget").encode()
    resp = "application/http; msgtype=response"
    mixed = [
        record("warcinfo", "", b"software: fixture\r\n", "application/warc-fields"),
        record("request", "https://news.example.org/2024/03/05/budget", b"GET /2024/03/05/budget HTTP/1.1\r\n\r\n",
               "application/http; msgtype=request"),
        record("response", "https://news.example.org/2024/03/05/budget", http(200, "text/html; charset=utf-8", page), resp),
        record("response", "https://news.example.org/logo.png", http(200, "image/png", b"\x89PNG\r\n\x1a\n"), resp),
        record("response", "https://news.example.org/gone", http(404, "text/html", b"<h1>Not found</h1>"), resp),
        record("response", "https://news.example.org/robots.txt", http(200, "text/plain", b"User-agent: *\n"), resp),
    ]
    # gzipped record by record, as crawlers write .warc.gz
    write("web-mixed-records.warc.gz", b"".join(gzip.compress(r) for r in mixed))
    # the second of two gzip members cut in half
    second = gzip.compress(record("response", "https://news.example.org/cut", http(200, "text/html", page), resp))
    write("web-truncated-member.warc.gz", gzip.compress(mixed[0]) + second[: len(second) // 2])
    # Content-Length says 40 bytes more than the block has, so the next header is read from the wrong place
    bad = record("response", "https://news.example.org/len", http(200, "text/html", page), resp,
                 length=len(http(200, "text/html", page)) + 40)
    write("web-wrong-content-length.warc", bad + record("request", "https://news.example.org/next", b"GET / HTTP/1.1\r\n\r\n",
                                                         "application/http; msgtype=request"))
    write("web-not-an-archive.warc", b"This is a plain text note that someone named .warc by mistake.\n" * 3)
    write("web-article-ok.html", article("Council approves the budget for schools and roads").encode())
    write("web-error-page.html", b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
          b"<p>The page you were looking for does not exist.</p></body></html>")
    teasers = "".join(f"<article><h2><a href='/story/{i}'>Story number {i} about the region</a></h2>"
                      f"<p>A short teaser.</p></article>" for i in range(12))
    write("web-section-front.html", f"<html><head><title>Politics | Example News</title></head><body>{teasers}</body></html>".encode())
    write("web-video-page.html", b"<html><head><meta property='og:type' content='video.other'><title>Watch: the debate"
          b"</title></head><body><video src='/v.mp4'></video><p>Video: the council debate, in full, with captions.</p></body></html>")
    write("web-no-main-text.html", b"<html><head><title>Gallery</title></head><body><nav><a href='/'>Home</a></nav>"
          b"<img src='a.jpg'><img src='b.jpg'><p>Photo: Example</p></body></html>")
    write("web-unknown-charset.html", ("<html><head><meta charset='x-mac-klingon'><title>Budget</title></head><body><p>"
                                       + PROSE + "</p></body></html>").encode("ascii"))
    deep = "<html><body><p>Deep.</p>" + "<div>" * 10_000 + PROSE + "</div>" * 10_000 + "</body></html>"
    write("web-nested-10000-deep.html", deep.encode())
    gz = gzip.compress(article("Council approves the budget, a gzipped page").encode())
    write("web-cut-gzip.html.gz", gz[: len(gz) // 2])


if __name__ == "__main__":
    main()
