package org.newsanalytics.common.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article per file: a first line {@code date YYYY-MM-DD} (the rest of that line, if any,
 * already belongs to the text, as in the seed article), optional {@code title:}, {@code url:}
 * and {@code source:} header lines, then the text.
 */
public final class TextArticleReader implements RecordReader {
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*date(?:\\s*[:=]\\s*|\\s+)(\\S+)[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER = Pattern.compile("^(title|url|source)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_HEADLINE_CHARS = 160;

  @Override
  public void read(String inputFile, String content, String defaultSource, RecordSink sink) {
    String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].strip().isEmpty()) {
      first++;
    }
    if (first == lines.length) {
      sink.reject(new Reject(inputFile, "file", RejectReason.EMPTY_TEXT, "file has only whitespace", content));
      return;
    }
    Matcher date = DATE_LINE.matcher(lines[first].replace("\uFEFF", ""));
    if (!date.matches()) {
      sink.reject(new Reject(inputFile, "line " + (first + 1), RejectReason.MISSING_DATE,
          "first line must be 'date YYYY-MM-DD', found '" + abbreviate(lines[first].strip()) + "'", content));
      return;
    }
    String url = null;
    String title = null;
    String source = defaultSource;
    int body = first + 1;
    for (; body < lines.length; body++) {
      Matcher header = HEADER.matcher(lines[body].strip());
      if (!header.matches()) {
        break;
      }
      switch (header.group(1).toLowerCase(Locale.ROOT)) {
        case "title" -> title = header.group(2).strip();
        case "url" -> url = header.group(2).strip();
        default -> source = header.group(2).strip();
      }
    }
    StringBuilder text = new StringBuilder(date.group(2));
    for (int i = body; i < lines.length; i++) {
      text.append('\n').append(lines[i]);
    }
    String body0 = text.toString().strip();
    if (title == null) {
      title = headline(body0);
    }
    sink.accept(new RawRecord(inputFile, "file", source, url, title, date.group(1), body0));
  }

  /** A first paragraph that is one short line without a sentence end reads as a headline. */
  static String headline(String text) {
    int end = text.indexOf("\n\n");
    String firstParagraph = (end < 0 ? text : text.substring(0, end)).strip();
    if (end < 0 || firstParagraph.contains("\n") || firstParagraph.length() > MAX_HEADLINE_CHARS) {
      return null;
    }
    String unquoted = firstParagraph.replaceAll("[\"'”’»]+$", "");
    return unquoted.isEmpty() || ".!?".indexOf(unquoted.charAt(unquoted.length() - 1)) >= 0 ? null : firstParagraph;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
