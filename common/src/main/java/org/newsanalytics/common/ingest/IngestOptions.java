package org.newsanalytics.common.ingest;

import java.util.List;

/**
 * What to ingest and how.
 *
 * @param inputs files, directories or globs, on any Hadoop file system
 * @param source the source name for every record; null to take it from the input's folder
 */
public record IngestOptions(List<String> inputs, InputFormat format, String source, ColumnMapping mapping,
    IngestLimits limits, DedupSettings dedup) {
  public IngestOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("Cannot ingest: no --input given");
    }
  }
}
