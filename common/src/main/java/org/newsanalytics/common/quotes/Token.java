package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsanalytics.common.text.Abbreviations;

/**
 * A word or punctuation mark with its offsets [begin, end) into the article text, and its lower-case
 * form with and without a possessive "'s" (computed once, since every rule compares them).
 */
record Token(String text, int begin, int end, String lower, String bare) {
  Token(String text, int begin, int end) {
    this(text, begin, end, text.toLowerCase(java.util.Locale.ROOT), bare(text.toLowerCase(java.util.Locale.ROOT)));
  }

  private static String bare(String lower) {
    int n = lower.length();
    return n > 2 && lower.charAt(n - 1) == 's' && (lower.charAt(n - 2) == '\'' || lower.charAt(n - 2) == '’')
        ? lower.substring(0, n - 2) : lower;
  }

  /**
   * Tokens of text[begin, end): words (letters, marks and digits, joined by inner apostrophes,
   * hyphens and dots: "shouldn’t", "Jean-Noël", "3.5", "Russia’s"), initials and abbreviations with
   * their dot ("E.", "U.S.", "Mr."), the two-character marks {@code ''}, {@code ``} and {@code --},
   * and any other character on its own. A hand-written scanner: this runs on every article.
   */
  static List<Token> tokenize(String text, int begin, int end) {
    List<Token> out = new ArrayList<>(Math.max(16, (end - begin) / 5));
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        i++;
        while (i < end) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.') && i + 1 < end && isWordChar(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        if (i < end && text.charAt(i) == '.' && keepsDot(text, start, i, end)) {
          i++;
        }
      } else if ((c == '\'' || c == '`' || c == '-') && i + 1 < end && text.charAt(i + 1) == c) {
        i += 2;
      } else {
        i++;
      }
      out.add(new Token(text.substring(start, i), start, i));
    }
    return out;
  }

  /** White space including the no-break space web articles are full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** "E." before a capital, "U.S." and "Mr." keep their dot. */
  private static boolean keepsDot(String text, int start, int dot, int end) {
    String word = text.substring(start, dot);
    if (Abbreviations.TITLES.contains(word)) {
      return dot + 1 >= end || isSpace(text.charAt(dot + 1));
    }
    // "Ky." and the party tag "R-Ky." before a comma or parenthesis end no sentence
    if (Abbreviations.US_STATES.contains(word.substring(word.lastIndexOf('-') + 1))) {
      return dot + 1 < end && (text.charAt(dot + 1) == ',' || text.charAt(dot + 1) == ')');
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      int next = dot + 1;
      while (next < end && text.charAt(next) == ' ') {
        next++;
      }
      return next < end && next > dot + 1 && Character.isUpperCase(text.charAt(next));
    }
    // U.S, U.N: single capitals joined by dots
    if (word.length() >= 3 && word.charAt(1) == '.') {
      for (int k = 0; k < word.length(); k += 2) {
        if (!Character.isUpperCase(word.charAt(k)) || k + 1 < word.length() && word.charAt(k + 1) != '.') {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** "Russia's" / "Russia’s": a possessive modifier, not the head of a name. */
  boolean isPossessive() {
    return text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
  }

  /** Sentence-ending or clause-ending punctuation. */
  boolean isStop() {
    return text.equals(".") || text.equals("?") || text.equals("!") || text.equals(";");
  }

  boolean isDash() {
    return text.equals("–") || text.equals("—") || text.equals("―") || text.equals("--") || text.equals("-");
  }
}
