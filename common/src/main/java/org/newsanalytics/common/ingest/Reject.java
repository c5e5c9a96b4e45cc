package org.newsanalytics.common.ingest;

/** A record (or whole file) refused by ingest, with a one-line reason a user can act on. */
public record Reject(String inputFile, String recordRef, RejectReason reason, String detail, String rawExcerpt) {
  private static final int EXCERPT_CHARS = 500;

  public Reject {
    rawExcerpt = excerpt(rawExcerpt);
  }

  /** The user-facing line: the reason's code, then what exactly was wrong. */
  public String message() {
    return reason.code() + ": " + detail;
  }

  public static String excerpt(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace('\u0000', ' ');
    return s.length() <= EXCERPT_CHARS ? s : s.substring(0, EXCERPT_CHARS) + "…";
  }
}
