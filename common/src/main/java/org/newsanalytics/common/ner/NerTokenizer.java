package org.newsanalytics.common.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsanalytics.common.text.Abbreviations;

/**
 * Splits a sentence into the tokens CoNLL-2003 uses, with exact character offsets into the
 * text: punctuation apart, "'s" apart ("Germany 's"), hyphenated words, numbers ("1,000.5",
 * "3-1") and initials ("U.S.", "A.G.") whole, and known abbreviations ("Corp.", "Fla.") with
 * their dot, so an entity's span never ends inside a token. Pure Java and thread-safe.
 */
public final class NerTokenizer {
  /** A token: its text is {@code text.substring(begin, end)}. */
  public record Token(int begin, int end, String text) {}

  /** Words that keep their final dot: cutting "Corp." or "Fla." there would cut an entity span. */
  private static final Set<String> KEEP_DOT = new HashSet<>();

  static {
    for (String w : List.of("Corp", "Inc", "Co", "Ltd", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep",
        "Gov", "Lt", "Col", "Capt", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Bros", "Ave", "Mt",
        "vs", "Messrs", "Prof", "Sgt", "Cpl", "Adm", "Maj", "Pty", "Plc", "Cie")) {
      KEEP_DOT.add(w);
    }
    KEEP_DOT.addAll(Abbreviations.US_STATES);
    List<String> upper = KEEP_DOT.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList(); // headlines: "ST. LOUIS"
    KEEP_DOT.addAll(upper);
  }

  private NerTokenizer() {}

  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text[from, to)}, offsets into the whole text. */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end = tokenEnd(text, i, to);
      out.add(new Token(i, end, text.substring(i, end)));
      i = end;
    }
    return out;
  }

  private static int tokenEnd(String text, int i, int to) {
    char c = text.charAt(i);
    if (isApostrophe(c)) {
      int clitic = cliticEnd(text, i, to);
      if (clitic > 0) {
        return clitic; // "'s", "'re", "'ll"
      }
    }
    if ((c == '+' || c == '-') && i + 1 < to && Character.isDigit(text.charAt(i + 1))
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
      return tokenEnd(text, i + 1, to); // a signed number: "+44", "-3"
    }
    if (c == '.' && i + 1 < to && Character.isDigit(text.charAt(i + 1))
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
      return tokenEnd(text, i + 1, to); // ".500", a batting average
    }
    if (!Character.isLetterOrDigit(c)) {
      int j = i + 1;
      while (j < to && text.charAt(j) == c && (c == '-' || c == '.' || c == '*' || c == '=' || c == '_')) {
        j++; // a run of one mark: "--", "...", "***"
      }
      return j; // other punctuation, one character at a time
    }
    int initials = initialsEnd(text, i, to);
    if (initials > 0) {
      return initials;
    }
    int j = i + 1;
    while (j < to) {
      char d = text.charAt(j);
      if (Character.isLetterOrDigit(d) || d == '\u00AD') {
        j++;
      } else if (isJoiner(d) && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
          && !(isApostrophe(d) && isPossessive(text, j, to))) {
        j += 2; // "Anglo-Dutch", "1,000.5", "O'Neill", "12:30", "AT&T"
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '$' && Character.isUpperCase(c)) {
      return j + 1; // currencies: "C$", "HK$", "US$"
    }
    if (j < to && text.charAt(j) == '.') {
      String word = text.substring(i, j);
      if (KEEP_DOT.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
        return j + 1; // "Corp.", "Fla.", the initial "J."
      }
    }
    return j;
  }

  /** The end of run-together initials ("U.S.", "A.G.", "S.A."), or -1. */
  private static int initialsEnd(String text, int i, int to) {
    int j = i;
    int letters = 0;
    while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      j += 2;
      letters++;
    }
    if (letters < 2 || (j < to && Character.isLetterOrDigit(text.charAt(j)))) {
      return -1;
    }
    return j;
  }

  private static boolean isPossessive(String text, int j, int to) {
    return cliticEnd(text, j, to) > 0;
  }

  private static final List<String> CLITICS = List.of("s", "re", "ll", "ve", "m", "d");

  /** The end of a clitic ("'s", "'re", "'ll", "'ve", "'m", "'d") starting at the apostrophe i, or -1. */
  private static int cliticEnd(String text, int i, int to) {
    for (String c : CLITICS) {
      int end = i + 1 + c.length();
      if (end <= to && text.regionMatches(true, i + 1, c, 0, c.length())
          && (end >= to || !Character.isLetterOrDigit(text.charAt(end)))) {
        return end;
      }
    }
    return -1;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == ',' || c == ':' || c == '/' || c == '&' || isApostrophe(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
