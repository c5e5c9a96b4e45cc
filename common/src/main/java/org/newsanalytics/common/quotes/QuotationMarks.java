package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quoted spans of a text in one linear pass. Handles curly double quotes,
 * straight double quotes, the New York Times' two-apostrophe form ({@code ''…''} and
 * {@code ``…''}), and quotes nested in quotes of another style. A straight mark is read from its
 * neighbours (space before and a word after opens, a word before and space after closes), so one
 * stray mark does not turn the rest of a paragraph inside out. A quote that runs over paragraphs
 * (no closing mark at the end of a paragraph, a fresh opening mark at the start of the next, as
 * news style writes it) is one span from its first opening to its last closing mark. Single
 * quotes are left to the headline rule, because an apostrophe and a closing single quote are the
 * same character.
 */
final class QuotationMarks {
  private enum Style { CURLY, STRAIGHT, APOSTROPHES }

  private static final int MAX_DEPTH = 8;
  private static final int MAX_NICKNAME_WORDS = 3;

  private QuotationMarks() {}

  static List<QuotedSpan> find(String text) {
    return new Scan(text).run();
  }

  /** One pass over a text: the stack of open marks and the quote that runs over paragraphs. */
  private static final class Scan {
    private final String text;
    private final int n;
    private final List<QuotedSpan> out = new ArrayList<>();
    private final Style[] styles = new Style[MAX_DEPTH];
    private final int[] opens = new int[MAX_DEPTH];
    private final int[] lens = new int[MAX_DEPTH];
    private int depth;
    private int spanOpen = -1; // where a quote that runs over paragraphs started
    private int spanInner = -1;

    Scan(String text) {
      this.text = text;
      this.n = text.length();
    }

    List<QuotedSpan> run() {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        i = c == '\n' ? newline(i) : mark(i, c);
      }
      if (depth > 0) {
        int end = trimEnd(text, opens[0], n);
        add(out, text, spanOpen >= 0 ? spanOpen : opens[0], spanOpen >= 0 ? spanInner : opens[0] + lens[0], end, end);
      }
      return out;
    }

    /** At a newline: a paragraph break closes the open quote, unless the next paragraph reopens it. */
    private int newline(int i) {
      int next = paragraphStart(text, i);
      if (next >= 0 && depth > 0) {
        int end = trimEnd(text, opens[0], i);
        int open = spanOpen >= 0 ? spanOpen : opens[0];
        int inner = spanOpen >= 0 ? spanInner : opens[0] + lens[0];
        if (next < n && isOpeningMark(text, next) && styleAt(text, next) == styles[0]) {
          spanOpen = open; // the quote goes on in the next paragraph
          spanInner = inner;
        } else {
          add(out, text, open, inner, end, end);
          spanOpen = -1;
        }
        depth = 0;
      } else if (next >= 0 && spanOpen >= 0 && depth == 0) {
        spanOpen = -1;
      }
      return next >= 0 ? next - 1 : i;
    }

    /** A character that may be a quotation mark: opens or closes a quote; the offset of its last character. */
    private int mark(int i, char c) {
      Style style;
      int len = 1;
      boolean mayOpen = true;
      boolean mayClose = true;
      if (c == '“') {
        style = Style.CURLY;
        // “the best in the world“ and: an opening mark written where a closing one belongs
        boolean wordBefore = i > 0 && !Token.isSpace(text.charAt(i - 1)) && "([—–".indexOf(text.charAt(i - 1)) < 0;
        boolean spaceAfter = i + 1 >= n || Token.isSpace(text.charAt(i + 1)) || ",.;:!?".indexOf(text.charAt(i + 1)) >= 0;
        mayClose = wordBefore && spaceAfter && depth > 0 && styles[depth - 1] == Style.CURLY;
        mayOpen = !mayClose;
      } else if (c == '”') {
        style = Style.CURLY;
        mayOpen = false;
      } else if (c == '"') {
        style = Style.STRAIGHT;
      } else if ((c == '\'' || c == '`') && i + 1 < n && text.charAt(i + 1) == c) {
        style = Style.APOSTROPHES;
        len = 2;
        mayClose = c == '\'';
      } else {
        return i;
      }
      if (mayOpen && mayClose) {
        // an ambiguous mark: its neighbours decide
        boolean spaceBefore = i == 0 || Token.isSpace(text.charAt(i - 1)) || "([—–".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + len >= n || Token.isSpace(text.charAt(i + len));
        if (spaceBefore && !spaceAfter) {
          mayClose = false;
        } else if (!spaceBefore && spaceAfter) {
          mayOpen = false;
        }
      }
      int match = mayClose ? matchingDepth(style, mayOpen) : -1;
      if (match >= 0) {
        if (match == 0) {
          add(out, text, spanOpen >= 0 ? spanOpen : opens[0], spanOpen >= 0 ? spanInner : opens[0] + lens[0], i, i + len);
          spanOpen = -1;
        }
        depth = match;
      } else if (mayOpen) {
        open(i, len, style, mayClose);
      }
      return i + len - 1;
    }

    /** The depth of the open mark a closing mark of this style closes; -1 for none. */
    private int matchingDepth(Style style, boolean mayOpen) {
      for (int d = depth - 1; d >= 0; d--) {
        if (styles[d] == style) {
          return d;
        }
      }
      if (depth > 0 && !mayOpen && style != Style.APOSTROPHES && styles[depth - 1] != Style.APOSTROPHES) {
        return depth - 1; // “…" or "…”: a writer who mixed straight and curly marks
      }
      return -1;
    }

    private void open(int i, int len, Style style, boolean mayClose) {
      if (!mayClose && style != Style.CURLY && depth > 0 && styles[depth - 1] == style) {
        depth--; // an opening straight mark while one is open: the earlier one was never closed
      }
      if (depth < MAX_DEPTH) {
        styles[depth] = style;
        opens[depth] = i;
        lens[depth] = len;
        depth++;
      }
    }
  }

  /** If a paragraph break starts at this newline, the offset of the next paragraph's first character; else -1. */
  private static int paragraphStart(String text, int newline) {
    int j = newline + 1;
    while (j < text.length() && text.charAt(j) != '\n' && Token.isSpace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != '\n') {
      return -1;
    }
    while (j < text.length() && Token.isSpace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** The style of the opening mark at i: a quote goes on over paragraphs only in the marks it began with. */
  private static Style styleAt(String text, int i) {
    char c = text.charAt(i);
    return c == '“' ? Style.CURLY : c == '"' ? Style.STRAIGHT : Style.APOSTROPHES;
  }

  private static boolean isOpeningMark(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '"' || (c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c;
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Token.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static void add(List<QuotedSpan> out, String text, int open, int innerBegin, int innerEnd, int close) {
    if (innerEnd > innerBegin && !isNickname(text, open, innerBegin, innerEnd, close)) {
      out.add(new QuotedSpan(open, innerBegin, innerEnd, close));
    }
  }

  /**
   * A nickname inside a name (Marcia "Cia" Price, Dwayne "The Rock" Johnson): up to three capitalised
   * words right between two capitalised words. It is part of the name, not a quotation, and the
   * speaker search must be able to read through it.
   */
  static boolean isNickname(String text, int open, int innerBegin, int innerEnd, int close) {
    String inner = text.substring(innerBegin, innerEnd);
    String[] words = inner.split(" ");
    if (words.length > MAX_NICKNAME_WORDS || inner.isBlank()) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return open >= 2 && text.charAt(open - 1) == ' ' && Character.isLetter(text.charAt(open - 2))
        && capitalisedWordEndsAt(text, open - 1)
        && close + 1 < text.length() && text.charAt(close) == ' ' && Character.isUpperCase(text.charAt(close + 1));
  }

  private static boolean capitalisedWordEndsAt(String text, int end) {
    int b = end;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return Character.isUpperCase(text.charAt(b));
  }
}
