package org.newsanalytics.common.ingest;

/**
 * Reads the records of one decoded file. Implementations never throw for bad content: every
 * problem becomes a {@link Reject} in the sink, and reading goes on where it can.
 */
public interface RecordReader {
  void read(String inputFile, String content, String defaultSource, RecordSink sink);
}
