package org.newsanalytics.common.ingest;

/**
 * One record as a reader found it, before validation. Every field but {@code inputFile} and
 * {@code recordRef} may be null. {@code recordRef} says where in the file the record is
 * (line, row, NEWID), so a reject can be traced back to its bytes.
 */
public record RawRecord(
    String inputFile,
    String recordRef,
    String source,
    String url,
    String title,
    String published,
    String text) {}
