package org.newsanalytics.common.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * What says a person is a man or a woman, as loaded from {@code rules/person-genders.yaml}: gendered
 * pronouns, titles right before a name ("Mrs.", "spokeswoman") and frequent first names. Names
 * given to both are left out of the file, and anything unlisted is {@link Gender#UNKNOWN}, which is
 * compatible with either pronoun. Immutable; the shipped file is read once per JVM.
 */
final class PersonGenders {
  static final String DEFAULT_RESOURCE = BundledRules.PERSON_GENDERS.resource();
  private static final List<String> KEYS = List.of("pronouns", "titles", "first_names");
  private static final RuleFiles.Problem PROBLEM =
      (source, problem, cause) -> new QuoteRulesException("Cannot load gender file " + source + ": " + problem, cause);
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Two people may be the same when neither's gender is known or both are the same. */
    boolean compatibleWith(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  private final Map<String, Gender> pronouns;
  private final Map<String, Gender> titles;
  private final Map<String, Gender> firstNames;

  private PersonGenders(Map<String, Gender> pronouns, Map<String, Gender> titles, Map<String, Gender> firstNames) {
    this.pronouns = Map.copyOf(pronouns);
    this.titles = Map.copyOf(titles);
    this.firstNames = Map.copyOf(firstNames);
  }

  /** "he" is male, "she" female; any other word unknown. */
  Gender ofPronoun(String word) {
    return pronouns.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** "Mrs." and "spokeswoman" are female, "Mr." male; a title with its dot matches without it. */
  Gender ofTitle(String word) {
    return titles.getOrDefault(withoutDot(word.toLowerCase(Locale.ROOT)), Gender.UNKNOWN);
  }

  /**
   * The gender of a full name by its first word ("Hillary Clinton" is female); a single word is
   * unknown, since a bare surname may also be a first name ("Warren").
   */
  Gender ofName(String name) {
    String[] words = WHITESPACE.split(name.strip());
    if (words.length < 2) {
      return Gender.UNKNOWN;
    }
    return firstNames.getOrDefault(withoutDot(words[0].toLowerCase(Locale.ROOT)), Gender.UNKNOWN);
  }

  private static String withoutDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** The project's own file on the classpath, read once per JVM. */
  static PersonGenders loadDefault() {
    return RuleFiles.bundledOnce(DEFAULT_RESOURCE, PROBLEM, PersonGenders.class, PersonGenders::fromTree);
  }

  /** Parses gender YAML; {@code name} is only used in messages. */
  static PersonGenders parse(String name, String yaml) {
    return fromTree(name, RuleFiles.parse(name, yaml, PROBLEM));
  }

  private static PersonGenders fromTree(String name, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new QuoteRulesException("Cannot load gender file " + name + ": expected a mapping with keys " + KEYS);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new QuoteRulesException("Cannot load gender file " + name + ": unknown key '" + key
            + "', expected one of " + KEYS);
      }
    }
    return new PersonGenders(genders(name, root, "pronouns"), genders(name, root, "titles"),
        genders(name, root, "first_names"));
  }

  private static Map<String, Gender> genders(String name, JsonNode root, String key) {
    JsonNode section = root.get(key);
    if (section == null || !section.isObject() || !section.has("male") || !section.has("female") || section.size() != 2) {
      throw new QuoteRulesException("Cannot load gender file " + name + ": '" + key
          + "' must have exactly the lists 'male' and 'female'");
    }
    Map<String, Gender> out = new HashMap<>();
    for (Gender g : new Gender[] {Gender.MALE, Gender.FEMALE}) {
      String list = g.name().toLowerCase(Locale.ROOT);
      JsonNode words = section.get(list);
      if (!words.isArray() || words.isEmpty()) {
        throw new QuoteRulesException("Cannot load gender file " + name + ": '" + key + "." + list
            + "' must be a non-empty list");
      }
      for (JsonNode item : words) {
        String word = item.isTextual() ? withoutDot(item.asText().strip().toLowerCase(Locale.ROOT)) : "";
        if (word.isEmpty()) {
          throw new QuoteRulesException("Cannot load gender file " + name + ": '" + key + "." + list + "' holds "
              + item + ", expected a non-empty word");
        }
        Gender before = out.putIfAbsent(word, g);
        if (before != null && before != g) {
          throw new QuoteRulesException("Cannot load gender file " + name + ": '" + word + "' is listed under both '"
              + key + ".male' and '" + key + ".female'; leave out words that fit both");
        }
      }
    }
    return out;
  }
}
