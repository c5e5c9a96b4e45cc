package org.newsanalytics.common.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the taxonomy's phrase syntax into one case-insensitive pattern per list: words
 * joined by whitespace, {@code word[s|ed|ing]} for inflections, {@code ...} for a gap of up to
 * four words. Longer phrases come first so that "air strike" wins over "strike".
 */
final class TriggerPatterns {
  private static final Pattern WORD_WITH_ENDINGS = Pattern.compile("([^\\[\\]\\s]+)\\[([^\\[\\]]*)\\]");
  private static final String GAP = "(?:[\\w’'-]+\\s+){0,4}?";

  private TriggerPatterns() {}

  /**
   * One pattern matching any phrase of the list; {@code where} names the list in errors.
   *
   * @throws IllegalArgumentException naming the phrase that cannot be read
   */
  static Pattern compile(List<String> phrases, String where) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alternatives = new ArrayList<>();
    for (String phrase : sorted) {
      alternatives.add(phraseRegex(phrase, where));
    }
    try {
      return Pattern.compile("(?<![\\w-])(?:" + String.join("|", alternatives) + ")(?![\\w-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(where + " cannot be compiled: " + e.getDescription(), e);
    }
  }

  private static String phraseRegex(String phrase, String where) {
    String p = phrase.strip();
    if (p.isEmpty()) {
      throw new IllegalArgumentException(where + " has an empty phrase");
    }
    String[] words = p.split("\\s+");
    if (words[0].equals("...") || words[words.length - 1].equals("...")) {
      throw new IllegalArgumentException(where + " phrase '" + phrase + "' cannot start or end with '...'");
    }
    StringBuilder out = new StringBuilder();
    boolean gapBefore = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("...")) {
        gapBefore = true;
        continue;
      }
      if (i > 0) {
        out.append("\\s+");
        if (gapBefore) {
          out.append(GAP);
        }
      }
      gapBefore = false;
      out.append(wordRegex(w, phrase, where));
    }
    return out.toString();
  }

  private static String wordRegex(String word, String phrase, String where) {
    if (word.indexOf('[') < 0 && word.indexOf(']') < 0) {
      return Pattern.quote(word);
    }
    var m = WORD_WITH_ENDINGS.matcher(word);
    if (!m.matches()) {
      throw new IllegalArgumentException(where + " phrase '" + phrase + "' has a malformed ending list in '" + word
          + "': expected word[ending|ending]");
    }
    List<String> endings = new ArrayList<>();
    for (String e : m.group(2).split("\\|", -1)) {
      endings.add(Pattern.quote(e));
    }
    return Pattern.quote(m.group(1)) + "(?:" + String.join("|", endings) + ")?";
  }
}
