package org.newsanalytics.common.text;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a count written in digits ("15", "1,200") or English words ("two", "twenty-one",
 * "a dozen", "three hundred"). Vague counts follow ACLED's coding rules, so that casualty
 * figures stay comparable with ACLED: "tens" 10, "dozens" 12, "hundreds" 100, "thousands" 1000.
 */
public final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("no", 0), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("a dozen", 12), Map.entry("couple", 2),
      Map.entry("a couple", 2), Map.entry("a couple of", 2));
  /** ACLED: a vague plural stands for the smallest number it can mean. */
  private static final Map<String, Integer> VAGUE = Map.of("tens", 10, "dozens", 12, "scores", 20, "hundreds", 100,
      "thousands", 1000);
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
      Map.entry("eleventh", 11), Map.entry("twelfth", 12));

  /**
   * The alternation a regular expression can embed to find a count: digits with thousands
   * separators, compound number words, "a dozen", vague plurals. Longest alternatives first.
   */
  public static final String REGEX = "(?:\\d{1,3}(?:,\\d{3})+|\\d+"
      + "|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
      + "|seventeen|eighteen|nineteen|an?)(?: (?:hundred|thousand))?"
      + "|a dozen|dozens|tens|scores|hundreds|thousands)";

  /** Ordinal words and 1st/2nd/3rd/4th... */
  public static final String ORDINAL_REGEX = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
      + "|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))";

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

  private NumberWords() {}

  /** The value of a count, or empty when the text is not one. */
  public static OptionalInt parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return OptionalInt.empty();
    }
    if (DIGITS.matcher(s).matches()) {
      try {
        return OptionalInt.of(Integer.parseInt(s.replace(",", "")));
      } catch (NumberFormatException tooBig) {
        return OptionalInt.empty();
      }
    }
    Integer vague = VAGUE.get(s);
    if (vague != null) {
      return OptionalInt.of(vague);
    }
    Integer whole = UNITS.get(s);
    if (whole != null) {
      return OptionalInt.of(whole);
    }
    int multiplier = 1;
    if (s.endsWith(" hundred")) {
      multiplier = 100;
      s = s.substring(0, s.length() - " hundred".length());
    } else if (s.endsWith(" thousand")) {
      multiplier = 1000;
      s = s.substring(0, s.length() - " thousand".length());
    }
    String[] parts = s.split("[- ]");
    int total = 0;
    for (String p : parts) {
      Integer v = UNITS.get(p);
      if (v == null) {
        return OptionalInt.empty();
      }
      total += v;
    }
    return OptionalInt.of(total * multiplier);
  }

  /** The value of an ordinal ("third", "3rd"), or empty. */
  public static OptionalInt parseOrdinal(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Integer v = ORDINALS.get(s);
    if (v != null) {
      return OptionalInt.of(v);
    }
    if (s.matches("\\d{1,2}(?:st|nd|rd|th)")) {
      return OptionalInt.of(Integer.parseInt(s.substring(0, s.length() - 2)));
    }
    return OptionalInt.empty();
  }
}
