package org.newsanalytics.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * The event taxonomy, loaded from YAML (the bundled {@code rules/event-taxonomy.yaml} or a
 * user's file) and checked whole before use: a broken file fails with a message that names the
 * file, the type and the key at fault, never with a half-loaded taxonomy.
 */
public final class EventTaxonomy {
  public static final String BUNDLED = BundledRules.EVENT_TAXONOMY.resource();
  private static final Set<String> TOP_KEYS = Set.of("types", "status_plover");
  private static final Set<String> TYPE_KEYS = Set.of("type", "plover", "plover_covers", "cameo", "coercive",
      "casualties", "rounds", "triggers", "exclude", "followups", "contextual", "not_after", "unless", "modes",
      "kinds", "default_kind", "status_plover");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final List<EventType> types;
  private final Map<String, Optional<String>> statusPlover;

  private EventTaxonomy(List<EventType> types, Map<String, Optional<String>> statusPlover) {
    this.types = List.copyOf(types);
    this.statusPlover = Map.copyOf(statusPlover);
  }

  /** The taxonomy shipped with the project. */
  public static EventTaxonomy bundled() {
    return fromTree(RuleFiles.bundled(BUNDLED, TaxonomyException::new), "classpath:" + BUNDLED);
  }

  /** A user's taxonomy file. */
  public static EventTaxonomy load(Path file) {
    return fromTree(RuleFiles.file(file, TaxonomyException::new), file.toString());
  }

  /** Parses taxonomy YAML; {@code source} names it in errors. */
  public static EventTaxonomy parse(String yaml, String source) {
    return fromTree(RuleFiles.parse(source, yaml, TaxonomyException::new), source);
  }

  private static EventTaxonomy fromTree(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new TaxonomyException(source, "expected a mapping with a 'types' list at the top");
    }
    unknownKeys(root, TOP_KEYS, "the top level", source);
    JsonNode typesNode = root.get("types");
    if (typesNode == null || !typesNode.isArray() || typesNode.isEmpty()) {
      throw new TaxonomyException(source, "'types' must be a non-empty list");
    }
    List<EventType> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode t : typesNode) {
      index++;
      EventType type = type(t, index, source);
      if (!seen.add(type.name())) {
        throw new TaxonomyException(source, "type " + type.name() + " is defined twice");
      }
      types.add(type);
    }
    return new EventTaxonomy(types, statusPlover(root.get("status_plover"), source));
  }

  public List<EventType> types() {
    return types;
  }

  public Optional<EventType> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The PLOVER category a mention of {@code type} with {@code status} is coded as: the status's
   * own category where PLOVER has one (threatened → THREATEN), nothing where PLOVER codes no
   * event (negated, hypothetical), else the type's first category.
   */
  public Optional<String> ploverCode(EventType type, String status) {
    Optional<String> byType = type.statusPlover().get(status);
    if (byType != null) {
      return byType;
    }
    Optional<String> byStatus = statusPlover.get(status);
    if (byStatus != null) {
      return byStatus;
    }
    return type.plover().isEmpty() ? Optional.empty() : Optional.of(type.plover().get(0));
  }

  /** The PLOVER categories a status is coded as ("rejected" → REJECT), for scoring. */
  public Set<String> statusCategories() {
    Set<String> out = new HashSet<>();
    statusPlover.values().forEach(v -> v.ifPresent(out::add));
    return out;
  }

  private static EventType type(JsonNode t, int index, String source) {
    if (!t.isObject()) {
      throw new TaxonomyException(source, "type #" + index + " must be a mapping");
    }
    JsonNode nameNode = t.get("type");
    if (nameNode == null || !nameNode.isTextual() || !TYPE_NAME.matcher(nameNode.asText()).matches()) {
      throw new TaxonomyException(source, "type #" + index + " needs a 'type' name in UPPER_SNAKE_CASE, got "
          + (nameNode == null ? "none" : "'" + nameNode.asText() + "'"));
    }
    String name = nameNode.asText();
    String where = "type " + name;
    unknownKeys(t, TYPE_KEYS, where, source);
    List<String> triggers = strings(t, "triggers", where, source);
    if (triggers.isEmpty()) {
      throw new TaxonomyException(source, where + " needs at least one trigger in 'triggers'");
    }
    Map<String, Pattern> modes = wordMap(t, "modes", where, source);
    Map<String, Pattern> kinds = wordMap(t, "kinds", where, source);
    if (!kinds.isEmpty() && !modes.isEmpty()) {
      throw new TaxonomyException(source, where + " has both 'modes' and 'kinds': a mention has one or the other");
    }
    JsonNode defaultKindNode = t.get("default_kind");
    Optional<String> defaultKind = defaultKindNode == null || defaultKindNode.isNull() ? Optional.empty()
        : Optional.of(defaultKindNode.asText());
    if (defaultKind.isPresent() && kinds.isEmpty()) {
      throw new TaxonomyException(source, where + " has a 'default_kind' but no 'kinds'");
    }
    List<String> exclude = strings(t, "exclude", where, source);
    List<EventType.Contextual> contextual = new ArrayList<>();
    List<String> allTriggers = new ArrayList<>(triggers);
    JsonNode ctxNode = t.get("contextual");
    if (ctxNode != null && !ctxNode.isNull()) {
      if (!ctxNode.isArray()) {
        throw new TaxonomyException(source, where + " 'contextual' must be a list of {triggers, unless} groups");
      }
      int g = 0;
      for (JsonNode group : ctxNode) {
        g++;
        String gw = where + " contextual group #" + g;
        if (!group.isObject()) {
          throw new TaxonomyException(source, gw + " must be a mapping with 'triggers' and 'unless'");
        }
        unknownKeys(group, Set.of("triggers", "unless"), gw, source);
        List<String> gt = strings(group, "triggers", gw, source);
        List<String> gu = strings(group, "unless", gw, source);
        if (gt.isEmpty() || gu.isEmpty()) {
          throw new TaxonomyException(source, gw + " needs both 'triggers' and 'unless' phrases");
        }
        contextual.add(new EventType.Contextual(compile(gt, gw + " triggers", source),
            compile(gu, gw + " unless", source)));
        allTriggers.addAll(gt);
      }
    }
    List<String> followups = strings(t, "followups", where, source);
    List<String> notAfter = strings(t, "not_after", where, source);
    List<String> unless = strings(t, "unless", where, source);
    return new EventType(name, strings(t, "plover", where, source), bool(t, "plover_covers", true, where, source),
        strings(t, "cameo", where, source), bool(t, "coercive", false, where, source),
        bool(t, "casualties", false, where, source), bool(t, "rounds", false, where, source),
        compile(triggers, where + " triggers", source),
        exclude.isEmpty() ? Optional.empty() : Optional.of(compile(exclude, where + " exclude", source)),
        followups.isEmpty() ? Optional.empty() : Optional.of(compile(followups, where + " followups", source)),
        contextual,
        notAfter.isEmpty() ? Optional.empty() : Optional.of(compile(notAfter, where + " not_after", source)),
        unless.isEmpty() ? Optional.empty() : Optional.of(compile(unless, where + " unless", source)),
        modes, kinds, defaultKind, statusPlover(t.get("status_plover"), source),
        new TriggerStems(allTriggers));
  }

  /** A mapping of names to word lists ("modes", "kinds"), each list compiled, in file order. */
  private static Map<String, Pattern> wordMap(JsonNode t, String key, String where, String source) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    JsonNode node = t.get(key);
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new TaxonomyException(source, where + " '" + key + "' must map names to lists of words");
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String what = where + " " + key.substring(0, key.length() - 1) + " '" + e.getKey() + "'";
      List<String> words = stringList(e.getValue(), what, source);
      if (words.isEmpty()) {
        throw new TaxonomyException(source, what + " has no words");
      }
      out.put(e.getKey(), compile(words, what, source));
    }
    return out;
  }

  private static Map<String, Optional<String>> statusPlover(JsonNode node, String source) {
    Map<String, Optional<String>> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new TaxonomyException(source, "'status_plover' must map statuses to PLOVER categories");
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!EventStatus.NAMES.contains(e.getKey())) {
        throw new TaxonomyException(source, "'status_plover' has unknown status '" + e.getKey() + "' (known: "
            + String.join(", ", EventStatus.NAMES) + ")");
      }
      String v = e.getValue().asText();
      out.put(e.getKey(), v.equals("none") || v.isEmpty() ? Optional.empty() : Optional.of(v));
    }
    return out;
  }

  private static Pattern compile(List<String> phrases, String where, String source) {
    try {
      return TriggerPatterns.compile(phrases, where);
    } catch (IllegalArgumentException e) {
      throw new TaxonomyException(source, e.getMessage(), e);
    }
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String where, String source) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!known.contains(k)) {
        throw new TaxonomyException(source, where + " has unknown key '" + k + "' (known: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static List<String> strings(JsonNode t, String key, String where, String source) {
    JsonNode n = t.get(key);
    if (n == null || n.isNull()) {
      return List.of();
    }
    return stringList(n, where + " '" + key + "'", source);
  }

  private static List<String> stringList(JsonNode n, String where, String source) {
    if (!n.isArray()) {
      throw new TaxonomyException(source, where + " must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : n) {
      if (!v.isValueNode() || v.isNull()) {
        throw new TaxonomyException(source, where + " must hold plain words, got " + v);
      }
      out.add(v.asText());
    }
    return out;
  }

  private static boolean bool(JsonNode t, String key, boolean dflt, String where, String source) {
    JsonNode n = t.get(key);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isBoolean()) {
      throw new TaxonomyException(source, where + " '" + key + "' must be true or false, got " + n);
    }
    return n.asBoolean();
  }
}
