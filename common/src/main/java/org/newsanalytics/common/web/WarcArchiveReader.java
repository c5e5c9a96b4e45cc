package org.newsanalytics.common.web;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.RejectReason;

/**
 * Streams a WARC (1.0/1.1) or ARC file, gzipped per record or not, through jwarc, record by
 * record: only one page's bytes are in memory at a time. {@code response} records with HTTP
 * 200 and {@code resource} records with an HTML payload become pages; every other record is
 * skipped and counted. A record that cannot be parsed or ends early is one reject, and reading
 * stops there (a stream cannot be resynchronised after a broken length).
 */
public final class WarcArchiveReader {
  private final WebLimits limits;
  private final WebPageRecords pages;

  public WarcArchiveReader(WebLimits limits) {
    this.limits = limits;
    this.pages = new WebPageRecords(limits);
  }

  public void read(String inputFile, InputStream in, String source, WebSink sink) {
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | RuntimeException e) {
      sink.reject(new Reject(inputFile, "file", RejectReason.MALFORMED_RECORD, "not a WARC or ARC file: " + oneLine(e), null));
      return;
    }
    try (reader) {
      // records are named by their place in the file; jwarc's position() lags behind a failed read
      for (long n = 1; ; n++) {
        String ref = "record " + n;
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (EOFException e) {
          sink.reject(new Reject(inputFile, ref, RejectReason.TRUNCATED_RECORD, "archive ends inside a record: " + oneLine(e), null));
          return;
        } catch (IOException | RuntimeException e) {
          sink.reject(new Reject(inputFile, ref, reasonFor(e), "cannot read the record header: " + oneLine(e), null));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        try {
          readRecord(inputFile, ref, source, next.get(), sink);
        } catch (EOFException e) {
          sink.reject(new Reject(inputFile, ref, RejectReason.TRUNCATED_RECORD, "record ends early: " + oneLine(e), null));
          return;
        } catch (IOException | RuntimeException e) {
          sink.reject(new Reject(inputFile, ref, reasonFor(e), "cannot read the record: " + oneLine(e), null));
          return;
        }
      }
    } catch (IOException e) {
      // closing a stream that already failed; the failure itself was reported
    }
  }

  private void readRecord(String inputFile, String ref, String source, WarcRecord record, WebSink sink) throws IOException {
    if (record instanceof WarcResponse response) {
      String url = response.target();
      if (!url.startsWith("http")) {
        consume(record.body());
        sink.skip(ref, "response for " + scheme(url));
        return;
      }
      HttpResponse http;
      try {
        http = response.http();
      } catch (ParsingException e) {
        consume(record.body());
        sink.reject(new Reject(inputFile, ref, RejectReason.MALFORMED_RECORD, "cannot parse the HTTP response of "
            + url + ": " + oneLine(e), null));
        return;
      }
      if (http.status() != 200) {
        consume(http.body());
        sink.skip(ref, "HTTP " + http.status());
        return;
      }
      if (!isHtml(http.contentType())) {
        consume(http.body());
        sink.skip(ref, "content type " + http.contentType().base());
        return;
      }
      byte[] bytes = readLimited(http.bodyDecoded());
      if (bytes == null) {
        sink.reject(new Reject(inputFile, ref, RejectReason.PAGE_TOO_LARGE, String.format(Locale.ROOT,
            "page %s is over the limit of %,d bytes", url, limits.maxPageBytes()), null));
        return;
      }
      pages.read(inputFile, ref, source, url, http.headers().first("Content-Type").orElse(null), bytes,
          record.date(), PageDates.Source.CRAWL, sink);
    } else if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      byte[] bytes = readLimited(resource.body());
      if (bytes == null) {
        sink.reject(new Reject(inputFile, ref, RejectReason.PAGE_TOO_LARGE, String.format(Locale.ROOT,
            "page %s is over the limit of %,d bytes", resource.target(), limits.maxPageBytes()), null));
        return;
      }
      pages.read(inputFile, ref, source, resource.target(), resource.contentType().raw(), bytes, record.date(),
          PageDates.Source.CRAWL, sink);
    } else {
      consume(record.body());
      sink.skip(ref, record.type() + " record");
    }
  }

  static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The body's bytes, or null (after reading past them) when there are more than the limit. */
  private byte[] readLimited(MessageBody body) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1));
      if (bytes.length > limits.maxPageBytes()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return null;
      }
      return bytes;
    }
  }

  private static void consume(MessageBody body) throws IOException {
    body.consume();
  }

  private static RejectReason reasonFor(Throwable e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return e instanceof EOFException || m.contains("eof") || m.contains("unexpected end") || m.contains("truncated")
        ? RejectReason.TRUNCATED_RECORD : RejectReason.MALFORMED_RECORD;
  }

  private static String scheme(String url) {
    int colon = url.indexOf(':');
    return colon > 0 ? url.substring(0, colon + 1) : "a non-HTTP target";
  }

  private static String oneLine(Throwable e) {
    String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    m = m.lines().findFirst().orElse(m);
    return m.length() <= 200 ? m : m.substring(0, 200) + "…";
  }
}
