package org.newsanalytics.common.web;

import org.newsanalytics.common.ingest.RecordSink;

/** A record sink that also hears of archive records passed over on purpose (requests, images, redirects…). */
public interface WebSink extends RecordSink {
  void skip(String recordRef, String why);
}
