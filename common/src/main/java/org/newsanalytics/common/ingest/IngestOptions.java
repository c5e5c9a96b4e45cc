package org.newsanalytics.common.ingest;

import java.util.List;

/**
 * What to ingest and how.
 *
 * @param inputs files, directories or globs, on any Hadoop file system
 * @param source the source name for every record; null to take it from the input's folder
 * @param modifiedSince read only files modified at or after this instant; null reads all
 */
public record IngestOptions(List<String> inputs, InputFormat format, String source, ColumnMapping mapping,
    IngestLimits limits, DedupSettings dedup, java.time.Instant modifiedSince) {
  public IngestOptions(List<String> inputs, InputFormat format, String source, ColumnMapping mapping,
      IngestLimits limits, DedupSettings dedup) {
    this(inputs, format, source, mapping, limits, dedup, null);
  }

  public IngestOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("Cannot ingest: no --input given");
    }
  }
}
