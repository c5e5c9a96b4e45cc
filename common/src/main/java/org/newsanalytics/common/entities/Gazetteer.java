package org.newsanalytics.common.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * Known entities with their canonical names, aliases and finer types, loaded from a YAML file
 * ({@code rules/gazetteer.yaml} by default) that users extend without touching Java. Immutable
 * once loaded; safe to share between threads and to ship to executors.
 */
public final class Gazetteer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_RESOURCE = BundledRules.GAZETTEER.resource();
  private static final RuleFiles.Problem PROBLEM = (source, problem, cause) ->
      new IllegalArgumentException("Cannot load the gazetteer " + source + ": " + problem, cause);
  /** Types an entry may have; {@code EntityMention.coarseType()} maps each to PERSON/ORG/LOC/MISC. */
  public static final Set<String> TYPES = Set.of("PERSON", "ORG", "LOC", "MISC", "COUNTRY", "CITY", "REGION",
      "NEWS_AGENCY", "GOVERNMENT", "INTERNATIONAL_ORG", "COMPANY", "ARMED_FORCES", "POLITICAL_PARTY", "NATIONALITY");

  /** One known entity. */
  public record Entry(String canonical, String type, List<String> aliases) implements java.io.Serializable {
    public Entry {
      aliases = List.copyOf(aliases);
    }
  }

  /** An alias found in a text, at [begin, end). */
  public record Match(int begin, int end, Entry entry) {}

  private final Map<String, Entry> byAlias;      // exact spelling
  private final Map<String, Entry> byFolded;     // case- and accent-folded spelling, for lookups
  private final List<String> aliasesLongestFirst;
  private final Set<String> titles;

  private Gazetteer(Map<String, Entry> byAlias, Set<String> titles) {
    this.byAlias = Map.copyOf(byAlias);
    Map<String, Entry> folded = new HashMap<>();
    byAlias.forEach((alias, e) -> folded.putIfAbsent(fold(alias), e));
    this.byFolded = Map.copyOf(folded);
    this.aliasesLongestFirst = byAlias.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    this.titles = Set.copyOf(titles);
  }

  /** The gazetteer shipped with the project. */
  public static Gazetteer loadDefault() {
    return fromTree(RuleFiles.bundled(DEFAULT_RESOURCE, PROBLEM), "classpath:" + DEFAULT_RESOURCE);
  }

  public static Gazetteer load(Path file) {
    return fromTree(RuleFiles.file(file, PROBLEM), file.toString());
  }

  /** @param where names the source in error messages */
  public static Gazetteer parse(String yaml, String where) {
    return fromTree(RuleFiles.parse(where, yaml, PROBLEM), where);
  }

  private static Gazetteer fromTree(JsonNode root, String where) {
    if (root == null || !root.path("entities").isObject()) {
      throw new IllegalArgumentException("Cannot load the gazetteer " + where + ": it needs an 'entities' map of "
          + "type → list of entries");
    }
    Set<String> titles = new HashSet<>();
    for (JsonNode t : root.path("titles")) {
      titles.add(t.asText().toLowerCase(Locale.ROOT));
    }
    Map<String, Entry> byAlias = new HashMap<>();
    var types = root.path("entities").fields();
    while (types.hasNext()) {
      var group = types.next();
      String type = group.getKey();
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("Cannot load the gazetteer " + where + ": unknown type '" + type
            + "', expected one of " + TYPES.stream().sorted().toList());
      }
      int index = 0;
      for (JsonNode node : group.getValue()) {
        String name = node.path("name").asText("").strip();
        if (name.isEmpty()) {
          throw new IllegalArgumentException("Cannot load the gazetteer " + where + ": entry " + index + " of " + type
              + " has no name");
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        node.path("aliases").forEach(a -> aliases.add(a.asText().strip()));
        Entry entry = new Entry(name, type, new ArrayList<>(aliases));
        for (String a : aliases) {
          put(byAlias, a, entry, where);
        }
        List<String> demonyms = new ArrayList<>();
        node.path("demonyms").forEach(d -> demonyms.add(d.asText().strip()));
        if (!demonyms.isEmpty()) {
          Entry nationality = new Entry(demonyms.get(0), "NATIONALITY", demonyms);
          for (String d : demonyms) {
            put(byAlias, d, nationality, where);
          }
        }
        index++;
      }
    }
    return new Gazetteer(byAlias, titles);
  }

  private static void put(Map<String, Entry> byAlias, String alias, Entry entry, String where) {
    if (alias.isEmpty()) {
      throw new IllegalArgumentException("Cannot load the gazetteer " + where + ": '" + entry.canonical()
          + "' has an empty alias");
    }
    Entry before = byAlias.putIfAbsent(alias, entry);
    if (before != null && !before.equals(entry)) {
      throw new IllegalArgumentException("Cannot load the gazetteer " + where + ": alias '" + alias + "' belongs to both '"
          + before.canonical() + "' (" + before.type() + ") and '" + entry.canonical() + "' (" + entry.type() + ")");
    }
  }

  /**
   * The entry a mention's text names, ignoring case and accents ("ZELENSKIY", "Erdoğan"): the
   * model has already decided the text is a name, so a looser match is safe here.
   */
  public Optional<Entry> lookup(String mention) {
    Entry exact = byAlias.get(mention);
    return Optional.ofNullable(exact != null ? exact : byFolded.get(fold(mention)));
  }

  /**
   * Every alias in the text, longest first and never overlapping, on word boundaries and
   * case-sensitively: in running text "Turkey" is the country, "turkey" is lunch.
   */
  public List<Match> find(String text) {
    boolean[] taken = new boolean[text.length()];
    List<Match> out = new ArrayList<>();
    for (String alias : aliasesLongestFirst) {
      int from = 0;
      while (true) {
        int i = text.indexOf(alias, from);
        if (i < 0) {
          break;
        }
        int end = i + alias.length();
        from = i + 1;
        if (!boundaryBefore(text, i) || !boundaryAfter(text, end) || anyTaken(taken, i, end)) {
          continue;
        }
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
        out.add(new Match(i, end, byAlias.get(alias)));
      }
    }
    out.sort(Comparator.comparingInt(Match::begin));
    return out;
  }

  /** True for words that describe rather than name a person ("spokesman", "President"). */
  public boolean isTitle(String word) {
    return titles.contains(word.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return byAlias.size();
  }

  private static boolean boundaryBefore(String text, int i) {
    return i == 0 || !isWordChar(text.charAt(i - 1));
  }

  private static boolean boundaryAfter(String text, int end) {
    return end >= text.length() || !isWordChar(text.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, accents removed, curly apostrophes straightened, spaces collapsed. */
  static String fold(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
