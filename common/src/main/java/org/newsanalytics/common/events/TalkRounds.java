package org.newsanalytics.common.events;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsanalytics.common.text.NumberWords;

/**
 * Round numbers of talks named in a sentence: "third round" → [3]; "the first two rounds" →
 * [1, 2]; "have held two rounds of talks" → [1, 2] (a count of rounds held so far numbers them
 * from the first); "round 3" → [3]. "Another round" or "the first in seven weeks" give no
 * number: a new round whose place in the series the sentence does not tell.
 */
public final class TalkRounds {
  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final Pattern FIRST_N = Pattern.compile("\\bfirst\\s+(?<n>" + NumberWords.REGEX + ")\\s+rounds\\b", CI);
  private static final Pattern ORDINAL = Pattern.compile("\\b(?<o>" + NumberWords.ORDINAL_REGEX
      + ")(?:\\s+(?:and|or)\\s+(?<o2>" + NumberWords.ORDINAL_REGEX + "))?\\s+rounds?\\b", CI);
  private static final Pattern ROUND_NUMBER = Pattern.compile("\\bround\\s+(?<n>\\d{1,2})\\b", CI);
  private static final Pattern COUNT = Pattern.compile("\\b(?:held|had|hosted|completed|concluded|conducted|after)\\s+"
      + "(?:(?:the|their|its|a total of)\\s+)?(?<n>" + NumberWords.REGEX + ")\\s+rounds\\b", CI);
  /** More rounds than this is a misreading, not a negotiation. */
  private static final int MAX_ROUNDS = 30;

  private TalkRounds() {}

  public static List<Integer> parse(String sentence) {
    Matcher m = FIRST_N.matcher(sentence);
    if (m.find()) {
      return upTo(NumberWords.parse(m.group("n")));
    }
    m = ORDINAL.matcher(sentence);
    if (m.find()) {
      List<Integer> out = new ArrayList<>();
      NumberWords.parseOrdinal(m.group("o")).ifPresent(out::add);
      if (m.group("o2") != null) {
        NumberWords.parseOrdinal(m.group("o2")).ifPresent(out::add);
      }
      return out;
    }
    m = ROUND_NUMBER.matcher(sentence);
    if (m.find()) {
      return List.of(Integer.parseInt(m.group("n")));
    }
    m = COUNT.matcher(sentence);
    if (m.find()) {
      return upTo(NumberWords.parse(m.group("n")));
    }
    return List.of();
  }

  private static List<Integer> upTo(OptionalInt n) {
    if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > MAX_ROUNDS) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= n.getAsInt(); i++) {
      out.add(i);
    }
    return out;
  }
}
