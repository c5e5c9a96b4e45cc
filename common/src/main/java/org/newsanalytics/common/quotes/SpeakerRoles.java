package org.newsanalytics.common.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * Offices and documents that stand for a speaker, as loaded from {@code rules/speaker-roles.yaml}:
 * "the President", "the Head of State", "the message". Immutable; the shipped file is read once per JVM.
 */
final class SpeakerRoles {
  private static final String RESOURCE = BundledRules.SPEAKER_ROLES.resource();
  private static final List<String> KEYS = List.of("titles", "same_office", "documents", "groups");
  private static final RuleFiles.Problem PROBLEM =
      (source, problem, cause) -> new QuoteRulesException("Cannot load speaker roles " + source + ": " + problem, cause);

  private final List<String> titles;
  private final Map<String, Set<String>> sameOffice;
  private final Set<String> documents;
  private final Set<String> groups;

  private SpeakerRoles(List<String> titles, Map<String, Set<String>> sameOffice, Set<String> documents,
      Set<String> groups) {
    // longest first, so "foreign minister" is read before "minister"
    this.titles = titles.stream().sorted((a, b) -> b.length() - a.length()).toList();
    this.sameOffice = Map.copyOf(sameOffice);
    this.documents = Set.copyOf(documents);
    this.groups = Set.copyOf(groups);
  }

  static SpeakerRoles loadDefault() {
    return RuleFiles.bundledOnce(RESOURCE, PROBLEM, SpeakerRoles.class, SpeakerRoles::fromTree);
  }

  static SpeakerRoles parse(String name, String yaml) {
    return fromTree(name, RuleFiles.parse(name, yaml, PROBLEM));
  }

  /**
   * The office a speaker phrase names, if it names one: "President of Ukraine" and "the Ukrainian
   * President" are "president", "the Foreign Minister" is "minister" (the longest listed title wins).
   */
  Optional<String> office(String phrase) {
    String p = normalise(phrase);
    String head = p.contains(" of ") && !titles.contains(p) ? p.substring(0, p.indexOf(" of ")) : p;
    for (String candidate : new String[] {p, head}) {
      for (String t : titles) {
        if (candidate.equals(t) || candidate.endsWith(" " + t)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when someone titled {@code title} holds {@code office}: the same words, a longer title
   * ("foreign minister" holds "minister"), or the same office in other words; a place after "of"
   * in the title does not count ("President of Ukraine" holds "president").
   */
  boolean holds(String title, String office) {
    String full = normalise(title);
    String head = full.contains(" of ") ? full.substring(0, full.indexOf(" of ")) : full;
    Set<String> names = new HashSet<>(sameOffice.getOrDefault(office, Set.of()));
    names.add(office);
    for (String t : new String[] {full, head}) {
      for (String o : names) {
        if (t.equals(o) || t.endsWith(" " + o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The place an office phrase names: "Ukraine" in "President of Ukraine"; null when it names none. */
  static String place(String phrase) {
    String p = normalise(phrase);
    int of = p.lastIndexOf(" of ");
    if (of < 0) {
      return null;
    }
    String place = p.substring(of + 4).replaceFirst("^the ", "").strip();
    return place.isEmpty() || place.equals("state") || place.equals("government") ? null : place;
  }

  /** "The leaders", "both sides", "the two presidents". */
  boolean isGroup(String phrase) {
    return groups.contains(normalise(phrase).replaceFirst("^(?:(?:both|two|all|the)\\s+)+", ""));
  }

  boolean isDocument(String phrase) {
    return documents.contains(normalise(phrase));
  }

  /** Every title, longest first. */
  List<String> titles() {
    return titles;
  }

  static String normalise(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return p.replaceFirst("^(?:the|this|that|his|her|its|their|our) ", "");
  }

  private static SpeakerRoles fromTree(String name, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw PROBLEM.of(name, "expected a mapping with keys " + KEYS, null);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw PROBLEM.of(name, "unknown key '" + key + "', expected one of " + KEYS, null);
      }
    }
    Map<String, Set<String>> same = new HashMap<>();
    JsonNode offices = root.path("same_office");
    for (Iterator<Map.Entry<String, JsonNode>> it = offices.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      same.put(normalise(e.getKey()), new HashSet<>(words(name, e.getValue(), "same_office." + e.getKey())));
    }
    return new SpeakerRoles(words(name, root.get("titles"), "titles"), same,
        new HashSet<>(words(name, root.get("documents"), "documents")), new HashSet<>(words(name, root.get("groups"), "groups")));
  }

  private static List<String> words(String name, JsonNode list, String key) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw PROBLEM.of(name, "'" + key + "' must be a non-empty list", null);
    }
    List<String> out = new ArrayList<>();
    list.forEach(w -> out.add(normalise(w.asText())));
    return out;
  }
}
