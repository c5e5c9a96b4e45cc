package org.newsanalytics.common.ingest;

/** Where a reader puts what it finds: records, or rejects with a reason. */
public interface RecordSink {
  void accept(RawRecord record);

  void reject(Reject reject);
}
