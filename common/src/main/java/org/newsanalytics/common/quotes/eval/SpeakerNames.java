package org.newsanalytics.common.quotes.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsanalytics.common.quotes.QuoteCueLoader;

/**
 * Compares a predicted canonical person name with the words of a gold source by full name: the
 * surname must occur in the source, and a given name written right before it (initials skipped)
 * must be one of the canonical name's, so "Hillary Clinton" names "Clinton", "Mrs. Clinton" and
 * "Sen. Hillary Rodham Clinton" but not "Bill Clinton". Titles come from the cue file's list.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  private static final Set<String> TITLES = QuoteCueLoader.loadDefault().titles().stream()
      .map(t -> t.replace(".", "").toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  /** Capitalised words that open a sentence or a phrase and name nobody. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "but", "or", "of", "in", "on",
      "for", "to", "by", "with", "as", "at", "his", "her", "their", "its", "our", "my", "this", "that", "former",
      "then", "when", "while", "both", "some", "many", "one", "two", "he", "she", "they", "we", "i", "it", "you");

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** A capitalised word that is no title, no initial and no function word: a name. */
  private static boolean isNameWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !TITLES.contains(lower)
        && !FUNCTION_WORDS.contains(lower) && !"s".equals(lower);
  }

  /** The source names a person or group by a proper name ("Bill Clinton", "the Clinton campaign"). */
  static boolean namesSomeone(String source) {
    return words(source).stream().anyMatch(SpeakerNames::isNameWord);
  }

  static boolean namesSamePerson(String source, String canonical) {
    List<String> name = words(normalise(canonical));
    if (name.isEmpty()) {
      return false;
    }
    String surname = name.get(name.size() - 1);
    List<String> src = words(source);
    for (int i = 0; i < src.size(); i++) {
      if (!src.get(i).toLowerCase(Locale.ROOT).equals(surname)) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && src.get(j).length() == 1 && Character.isUpperCase(src.get(j).charAt(0))) {
        j--; // a middle initial
      }
      if (j < 0 || !isNameWord(src.get(j)) || name.size() == 1 || name.contains(src.get(j).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
