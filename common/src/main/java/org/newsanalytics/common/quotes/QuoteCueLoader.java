package org.newsanalytics.common.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsanalytics.common.text.BundledRules;
import org.newsanalytics.common.text.RuleFiles;

/**
 * Reads a cue file (see {@code rules/quote-cues.yaml}). Every problem is reported as a
 * {@link QuoteRulesException} naming the file and what is wrong, so a user who extends the
 * file learns what to fix without reading Java.
 */
public final class QuoteCueLoader {
  public static final String DEFAULT_RESOURCE = BundledRules.QUOTE_CUES.resource();
  private static final List<String> KEYS = List.of("verbs", "addressee_verbs", "intro_verbs", "report_verbs", "object_verbs",
      "open_subject_verbs", "question_verbs", "question_words", "impression_verbs", "indirect_only_verbs", "source_phrases",
      "titles", "organisations", "organisation_words", "speaker_nouns", "pronouns", "after_quote_verbs");
  private static final RuleFiles.Problem PROBLEM =
      (source, problem, cause) -> new QuoteRulesException("Cannot load cue file " + source + ": " + problem, cause);

  private QuoteCueLoader() {}

  /** The cue file shipped with the project, read once per JVM. */
  public static QuoteCues loadDefault() {
    return RuleFiles.bundledOnce(DEFAULT_RESOURCE, PROBLEM, QuoteCues.class, QuoteCueLoader::fromTree);
  }

  public static QuoteCues load(Path file) {
    return fromTree(file.toString(), RuleFiles.file(file, PROBLEM));
  }

  /** Parses cue YAML; {@code name} is only used in messages. */
  public static QuoteCues parse(String name, String yaml) {
    return fromTree(name, RuleFiles.parse(name, yaml, PROBLEM));
  }

  private static QuoteCues fromTree(String name, JsonNode root) {
    checkKeys(name, root);
    Map<String, String> forms = verbForms(name, root);
    Set<String> addressee = lemmas(name, root, "addressee_verbs", forms);
    Set<String> intro = lemmas(name, root, "intro_verbs", forms);
    Set<String> report = lemmas(name, root, "report_verbs", forms);
    // optional: a cue file without object verbs reports only clause content
    Set<String> object = root.has("object_verbs") ? lemmas(name, root, "object_verbs", forms) : Set.of();
    // optional: without it, only names and speaker nouns make a cue's subject a speaker
    Set<String> openSubject = root.has("open_subject_verbs") ? lemmas(name, root, "open_subject_verbs", forms) : Set.of();
    // optional: without them, a participle with no subject ("Asked whether ...") reports nothing
    Set<String> question = root.has("question_verbs") ? lemmas(name, root, "question_verbs", forms) : Set.of();
    Set<String> questionWords = root.has("question_words") ? words(name, "question_words", root.get("question_words"))
        : Set.of();
    // optional: without it, no clause is reported as an impression with no source
    Set<String> impression = root.has("impression_verbs") ? lemmas(name, root, "impression_verbs", forms) : Set.of();
    // optional: without it, every cue but an impression verb serves direct and indirect speech alike;
    // an impression ("seemed relieved") has no speaker, so it never attributes a direct quote
    Set<String> indirectOnly = new java.util.HashSet<>(impression);
    if (root.has("indirect_only_verbs")) {
      indirectOnly.addAll(lemmas(name, root, "indirect_only_verbs", forms));
    }
    JsonNode pronouns = required(name, root, "pronouns");
    if (!pronouns.isObject()) {
      throw new QuoteRulesException("Cannot load cue file " + name + ": 'pronouns' must have lists 'person' and 'group'");
    }
    return new QuoteCues(forms, addressee, intro, report, object, openSubject, question, questionWords, impression, indirectOnly,
        words(name, "source_phrases", required(name, root, "source_phrases")),
        words(name, "titles", required(name, root, "titles")),
        words(name, "organisations", required(name, root, "organisations")),
        words(name, "organisation_words", required(name, root, "organisation_words")),
        words(name, "speaker_nouns", required(name, root, "speaker_nouns")),
        words(name, "pronouns.person", required(name, pronouns, "person")),
        words(name, "pronouns.group", required(name, pronouns, "group")),
        // optional: without it, only "-ed" verbs attribute a quote from right after it
        root.has("after_quote_verbs") ? words(name, "after_quote_verbs", root.get("after_quote_verbs")) : Set.of());
  }

  private static void checkKeys(String name, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new QuoteRulesException("Cannot load cue file " + name + ": expected a mapping with keys " + KEYS);
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new QuoteRulesException("Cannot load cue file " + name + ": unknown key '" + key + "', expected one of "
            + KEYS);
      }
    }
  }

  /** Each form of a cue verb and its lemma ("said" -> "say"); a form under two lemmas is an error. */
  private static Map<String, String> verbForms(String name, JsonNode root) {
    JsonNode verbs = required(name, root, "verbs");
    if (!verbs.isObject() || verbs.isEmpty()) {
      throw new QuoteRulesException("Cannot load cue file " + name + ": 'verbs' must map each lemma to a list of forms");
    }
    Map<String, String> forms = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = verbs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String lemma = e.getKey().toLowerCase(Locale.ROOT);
      for (String form : words(name, "verbs." + e.getKey(), e.getValue())) {
        String before = forms.putIfAbsent(form, lemma);
        if (before != null && !before.equals(lemma)) {
          throw new QuoteRulesException("Cannot load cue file " + name + ": form '" + form + "' is listed under both '"
              + before + "' and '" + lemma + "'");
        }
      }
    }
    return forms;
  }

  private static Set<String> lemmas(String name, JsonNode root, String key, Map<String, String> forms) {
    Set<String> out = words(name, key, required(name, root, key));
    Set<String> known = new HashSet<>(forms.values());
    for (String lemma : out) {
      if (!known.contains(lemma)) {
        throw new QuoteRulesException("Cannot load cue file " + name + ": '" + key + "' names '" + lemma
            + "', which is not a lemma under 'verbs'");
      }
    }
    return out;
  }

  private static JsonNode required(String name, JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      throw new QuoteRulesException("Cannot load cue file " + name + ": missing key '" + key + "'");
    }
    return v;
  }

  private static Set<String> words(String name, String key, JsonNode list) {
    if (!list.isArray() || list.isEmpty()) {
      throw new QuoteRulesException("Cannot load cue file " + name + ": '" + key + "' must be a non-empty list");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode item : list) {
      String word = item.isTextual() ? item.asText().strip() : "";
      if (word.isEmpty()) {
        throw new QuoteRulesException("Cannot load cue file " + name + ": '" + key + "' holds " + item
            + ", expected a non-empty word");
      }
      out.add(word.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
