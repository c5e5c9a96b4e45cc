package org.newsanalytics.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * Words that stand for a country or bloc ("Russian", "Kremlin" → Russia), from
 * {@code rules/actor-aliases.yaml}: the gazetteer-free fallback when a sentence has no entities.
 */
public final class ActorAliases {
  public static final String BUNDLED = BundledRules.ACTOR_ALIASES.resource();
  private final Pattern pattern;
  private final Map<String, String> canonical;

  private ActorAliases(Pattern pattern, Map<String, String> canonical) {
    this.pattern = pattern;
    this.canonical = Map.copyOf(canonical);
  }

  public static ActorAliases bundled() {
    String source = "classpath:" + BUNDLED;
    JsonNode root = RuleFiles.bundled(BUNDLED, TaxonomyException::new);
    JsonNode aliases = root == null ? null : root.get("aliases");
    if (aliases == null || !aliases.isObject()) {
      throw new TaxonomyException(source, "expected an 'aliases' mapping of canonical names to word lists");
    }
    Map<String, String> canonical = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = aliases.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new TaxonomyException(source, "aliases of '" + e.getKey() + "' must be a list");
      }
      for (JsonNode w : e.getValue()) {
        canonical.put(w.asText(), e.getKey());
      }
    }
    List<String> words = new ArrayList<>(canonical.keySet());
    words.sort(Comparator.comparingInt(String::length).reversed());
    String alternation = String.join("|", words.stream().map(Pattern::quote).toList());
    return new ActorAliases(Pattern.compile("(?<![\\w.])(?:" + alternation + ")(?![\\w-]|\\.\\w)"), canonical);
  }

  Pattern pattern() {
    return pattern;
  }

  String canonical(String word) {
    return canonical.getOrDefault(word, word);
  }
}
