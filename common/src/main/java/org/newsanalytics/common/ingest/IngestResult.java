package org.newsanalytics.common.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one ingest did. Every record read is exactly one of: new, updated, unchanged, a
 * duplicate (a copy of another article: stored with {@code duplicate_of}, or the same record
 * read twice), rejected or, for web archives, a skipped record that is no page, so {@code read}
 * equals the sum of the rest.
 */
public record IngestResult(String batchId, long read, long added, long updated, long unchanged, long duplicates,
    long rejected, long skipped, int filesRead, int filesSkipped) {
  public IngestResult {
    long sum = added + updated + unchanged + duplicates + rejected + skipped;
    if (sum != read) {
      throw new IllegalStateException("Cannot reconcile ingest counts: read " + read + " but new + updated + unchanged"
          + " + duplicates + rejected + skipped = " + sum + "; please report this as a bug");
    }
  }

  /** Counts for input without archive records to pass over (everything but WARC/ARC). */
  public IngestResult(String batchId, long read, long added, long updated, long unchanged, long duplicates,
      long rejected, int filesRead, int filesSkipped) {
    this(batchId, read, added, updated, unchanged, duplicates, rejected, 0, filesRead, filesSkipped);
  }

  /** The summary line; "skipped" (archive records that are no pages: requests, images, redirects) only when some were. */
  public String summary() {
    return "read " + read + ", new " + added + ", updated " + updated + ", unchanged " + unchanged
        + ", duplicates " + duplicates + ", rejected " + rejected + (skipped > 0 ? ", skipped " + skipped : "");
  }

  public Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("read", read);
    m.put("new", added);
    m.put("updated", updated);
    m.put("unchanged", unchanged);
    m.put("duplicates", duplicates);
    m.put("rejected", rejected);
    if (skipped > 0) {
      m.put("skipped", skipped);
    }
    m.put("files_read", (long) filesRead);
    m.put("files_skipped", (long) filesSkipped);
    return m;
  }
}
