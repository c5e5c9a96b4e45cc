package org.newsanalytics.common.ingest;

import java.util.ArrayList;
import java.util.List;

/** A {@link RecordSink} that keeps what a reader produced, in order, for assertions. */
final class CollectingSink implements RecordSink {
  final List<RawRecord> records = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void accept(RawRecord record) {
    records.add(record);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  static CollectingSink read(RecordReader reader, String content) {
    CollectingSink sink = new CollectingSink();
    reader.read("in/file", content, "default-source", sink);
    return sink;
  }

  RawRecord onlyRecord() {
    if (records.size() != 1 || !rejects.isEmpty()) {
      throw new AssertionError("expected exactly one record and no rejects, got " + records + " / " + rejects);
    }
    return records.get(0);
  }

  Reject onlyReject() {
    if (rejects.size() != 1 || !records.isEmpty()) {
      throw new AssertionError("expected exactly one reject and no records, got " + records + " / " + rejects);
    }
    return rejects.get(0);
  }
}
