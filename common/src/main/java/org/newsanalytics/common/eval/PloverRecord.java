package org.newsanalytics.common.eval;

/** One PLOVER gold-standard record: its id, gold event category and sentence. */
public record PloverRecord(String id, String event, String text) {}
