package org.newsanalytics.common.ingest;

/**
 * The one catalogue of reasons ingest refuses input (and extract gives up on an article). Codes are stable (analysts group
 * {@code rejects} by them); each {@code Reject} adds the specific detail.
 */
public enum RejectReason {
  PATH_NOT_FOUND("path_not_found"),
  UNREADABLE("unreadable"),
  UNKNOWN_FORMAT("unknown_format"),
  EMPTY_FILE("empty_file"),
  BINARY_CONTENT("binary_content"),
  INVALID_ENCODING("invalid_encoding"),
  FILE_TOO_LARGE("file_too_large"),
  MISSING_DATE("missing_date"),
  INVALID_DATE("invalid_date"),
  DATE_OUT_OF_RANGE("date_out_of_range"),
  EMPTY_TEXT("empty_text"),
  NO_BODY("no_body"),
  ARTICLE_TOO_LARGE("article_too_large"),
  MALFORMED_RECORD("malformed_record"),
  MISSING_COLUMN("missing_column"),
  CONFLICTING_DUPLICATE("conflicting_duplicate"),
  // web input (WARC, ARC, HTML)
  NOT_ARTICLE("not_article"),
  NO_MAIN_TEXT("no_main_text"),
  UNSUPPORTED_CHARSET("unsupported_charset"),
  TRUNCATED_RECORD("truncated_record"),
  PAGE_TOO_LARGE("page_too_large"),
  NESTING_TOO_DEEP("nesting_too_deep"),
  EXTRACT_FAILED("extract_failed");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
