package org.newsanalytics.common.report;

import java.util.List;

/** HTML text helpers: escaping and plain tables. Everything user data passes through {@link #escape}. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and double- or single-quoted attribute values; null becomes "". */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters other than tab/newline are invalid in HTML text
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A table with a header row, or the empty message in a paragraph when there are no rows. */
  public static String table(TableData data) {
    if (data.rows().isEmpty()) {
      return "<p class=\"empty\">" + escape(data.emptyMessage()) + "</p>\n";
    }
    StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
    for (String h : data.headers()) {
      b.append("<th>").append(escape(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : data.rows()) {
      b.append("<tr>");
      for (String cell : row) {
        b.append("<td>").append(escape(cell)).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table>\n").toString();
  }
}
