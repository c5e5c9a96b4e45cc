package org.newsanalytics.common.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap language tag (ISO 639-1, or "und") from script and stop words; enough to keep
 * English-only extractors away from other languages, not a full language identifier.
 */
public final class LanguageGuesser {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}']+");
  private static final Map<String, Set<String>> STOP_WORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "he", "it", "as", "by", "at", "from", "his", "have", "be", "has", "are", "were", "would", "will"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "ein", "eine", "dem", "zu", "im", "auch", "wird"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "pas", "au", "sur", "qui", "par", "avec"),
      "es", Set.of("el", "la", "los", "las", "y", "que", "en", "un", "una", "por", "con", "para", "del", "se", "es", "no", "al"),
      "it", Set.of("il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "della", "del", "gli", "con", "nel"));

  private LanguageGuesser() {}

  public static String guess(String text) {
    if (text == null || text.isBlank()) {
      return "und";
    }
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    long letters = sample.codePoints().filter(Character::isLetter).count();
    if (letters == 0) {
      return "und";
    }
    long cyrillic = count(sample, Character.UnicodeScript.CYRILLIC);
    if (cyrillic * 2 > letters) {
      return sample.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
    }
    long han = count(sample, Character.UnicodeScript.HAN);
    if (han * 2 > letters) {
      return "zh";
    }
    long arabic = count(sample, Character.UnicodeScript.ARABIC);
    if (arabic * 2 > letters) {
      return "ar";
    }
    var matcher = TOKEN.matcher(sample.toLowerCase(Locale.ROOT));
    Map<String, Integer> hits = new java.util.HashMap<>();
    int tokens = 0;
    while (matcher.find()) {
      tokens++;
      String token = matcher.group();
      for (var entry : STOP_WORDS.entrySet()) {
        if (entry.getValue().contains(token)) {
          hits.merge(entry.getKey(), 1, Integer::sum);
        }
      }
    }
    if (tokens < 3) {
      return "und";
    }
    String best = "und";
    int bestHits = 0;
    for (var entry : hits.entrySet()) {
      if (entry.getValue() > bestHits) {
        best = entry.getKey();
        bestHits = entry.getValue();
      }
    }
    // Stop words make up a third or more of running text; demand a tenth to say anything.
    return bestHits * 10 >= tokens ? best : "und";
  }

  private static long count(String s, Character.UnicodeScript script) {
    return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == script).count();
  }
}
