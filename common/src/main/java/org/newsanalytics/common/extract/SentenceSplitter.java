package org.newsanalytics.common.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsanalytics.common.text.Abbreviations;

/**
 * Rule-based sentence splitting for news English: paragraph breaks always end a sentence;
 * '.', '!' or '?' (optionally followed by closing quotes or brackets) end one when the next
 * word starts with a capital, a digit or an opening quote, unless the word before is a known
 * abbreviation or an initial. Pure Java, so extractors can be tested without Spark.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt",
      "capt", "cmdr", "adm", "gov", "sen", "rep", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
      "e.g", "i.e", "a.m", "p.m", "approx", "dept", "est", "fig", "mt", "ft", "bros", "cos", "nos");
  /** Initials run together: "A.G. Edwards", "J.J. Kenny", "Cofinec S.A." */
  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  private static final String CLOSERS = "\"'”’)]»";
  private static final String OPENERS = "\"'“‘([«";

  private SentenceSplitter() {}

  public static List<SentenceSpan> split(String text) {
    List<SentenceSpan> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        add(out, text, start, i);
        start = skipSpace(text, i);
        i = start;
        continue;
      }
      if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < n && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.' || text.charAt(end) == '!'
            || text.charAt(end) == '?')) {
          end++;
        }
        int next = skipSpace(text, end);
        if (end < n && next == end) {
          i = end; // no space after the mark: 3.5, U.S.-led
          continue;
        }
        if (next >= n || (startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, start, i)))) {
          add(out, text, start, end);
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && OPENERS.indexOf(text.charAt(w - 1)) < 0) {
      w--;
    }
    String original = text.substring(w, dot);
    String word = original.toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    return ABBREVIATIONS.contains(word) || Abbreviations.US_STATES.contains(original)
        || INITIALS.matcher(original).matches();
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<SentenceSpan> out, String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new SentenceSpan(out.size(), begin, end));
    }
  }
}
