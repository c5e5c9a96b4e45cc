package org.newsanalytics.common.ingest;

/**
 * One record as a reader found it, before validation. Every field but {@code inputFile} and
 * {@code recordRef} may be null. {@code recordRef} says where in the file the record is
 * (line, row, NEWID, WARC offset), so a reject can be traced back to its bytes; {@code dateSource}
 * says which part of the record gave {@code published} (web pages: json_ld, meta, url, crawl_date…).
 */
public record RawRecord(
    String inputFile,
    String recordRef,
    String source,
    String url,
    String title,
    String published,
    String text,
    String dateSource) {
  /** The record's date is the one it carries in a field or header of its own (text, JSON, CSV, SGML, Parquet). */
  public static final String DATE_FROM_RECORD = "record";

  public RawRecord(String inputFile, String recordRef, String source, String url, String title, String published,
      String text) {
    this(inputFile, recordRef, source, url, title, published, text, DATE_FROM_RECORD);
  }
}
