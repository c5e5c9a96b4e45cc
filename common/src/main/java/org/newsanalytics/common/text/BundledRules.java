package org.newsanalytics.common.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule file shipped under {@code rules/} on the classpath, named once: the loaders take
 * their default resource from here and the extractor version digests all of them, so editing
 * any rule file re-analyses every article (a file left out of the digest would change nothing).
 */
public enum BundledRules {
  GAZETTEER("rules/gazetteer.yaml"),
  QUOTE_CUES("rules/quote-cues.yaml"),
  PERSON_GENDERS("rules/person-genders.yaml"),
  EVENT_TAXONOMY("rules/event-taxonomy.yaml"),
  ACTOR_ALIASES("rules/actor-aliases.yaml"),
  QUOTE_RULE_PRECISION("rules/quote-rule-precision.tsv"),
  SPEAKER_ROLES("rules/speaker-roles.yaml");

  private final String resource;

  BundledRules(String resource) {
    this.resource = resource;
  }

  /** The classpath resource name, e.g. {@code rules/gazetteer.yaml}. */
  public String resource() {
    return resource;
  }

  /** A short hash of every bundled rule file's content, in declaration order. */
  public static String digest() {
    List<String> parts = new ArrayList<>();
    for (BundledRules rule : values()) {
      try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(rule.resource)) {
        if (in == null) {
          throw new IllegalStateException("Cannot digest the rule files: " + rule.resource + " is not on the classpath");
        }
        parts.add(rule.resource + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read rule file " + rule.resource + ": " + e.getMessage(), e);
      }
    }
    return Hashes.id(parts.toArray(String[]::new)).substring(0, 8);
  }
}
