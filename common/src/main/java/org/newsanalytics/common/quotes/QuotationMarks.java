package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quoted spans of a text in one linear pass. Handles curly double quotes,
 * straight double quotes, the New York Times' two-apostrophe form ({@code ''…''} and
 * {@code ``…''}), quotes nested in quotes of another style, and the news convention for a quote
 * that runs over paragraphs (no closing mark at the end of a paragraph, a fresh opening mark at
 * the start of the next): each paragraph's part becomes its own span. Single quotes are left to
 * the headline rule, because an apostrophe and a closing single quote are the same character.
 */
final class QuotationMarks {
  private enum Style { CURLY, STRAIGHT, APOSTROPHES }

  private QuotationMarks() {}

  static List<QuotedSpan> find(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    // stack of open marks as (style, offset, markLength); only the bottom one becomes a span
    Style[] styles = new Style[8];
    int[] opens = new int[8];
    int[] lens = new int[8];
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < n && text.charAt(j) == '\n' && depth > 0) {
          // paragraph break inside a quote: the quote part ends with its paragraph
          int end = i;
          while (end > opens[0] && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          add(out, opens[0], opens[0] + lens[0], end, end);
          depth = 0;
        }
        continue;
      }
      Style style;
      int len;
      boolean opener;
      boolean closer;
      if (c == '“') {
        style = Style.CURLY;
        len = 1;
        opener = true;
        closer = false;
      } else if (c == '”') {
        style = Style.CURLY;
        len = 1;
        opener = false;
        closer = true;
      } else if (c == '"') {
        style = Style.STRAIGHT;
        len = 1;
        opener = true;
        closer = true;
      } else if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
        style = Style.APOSTROPHES;
        len = 2;
        opener = true;
        closer = c == '\'';
      } else {
        continue;
      }
      int match = -1;
      if (closer) {
        for (int d = depth - 1; d >= 0; d--) {
          if (styles[d] == style) {
            match = d;
            break;
          }
        }
      }
      if (match >= 0) {
        if (match == 0) {
          add(out, opens[0], opens[0] + lens[0], i, i + len);
        }
        depth = match;
      } else if (opener && depth < styles.length) {
        styles[depth] = style;
        opens[depth] = i;
        lens[depth] = len;
        depth++;
      }
      i += len - 1;
    }
    if (depth > 0) {
      int end = n;
      while (end > opens[0] && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      add(out, opens[0], opens[0] + lens[0], end, end);
    }
    return out;
  }

  private static void add(List<QuotedSpan> out, int open, int innerBegin, int innerEnd, int close) {
    if (innerEnd > innerBegin) {
      out.add(new QuotedSpan(open, innerBegin, innerEnd, close));
    }
  }
}
