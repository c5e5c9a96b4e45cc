package org.newsanalytics.common.extract;

import java.util.List;

/**
 * The per-article extraction: entity resolution first (canonical names, gazetteer matches),
 * then quotes and events, which both read the resolved entities. Pure Java: the Spark job
 * calls it once per article, with one instance per executor JVM.
 */
public final class ArticleAnalyzer {
  /** Turns the model's raw mentions into final, canonical ones. */
  public interface EntityStep {
    List<EntityMention> resolve(ArticleDoc doc);
  }

  /** Finds quotations and their speakers. */
  public interface QuoteStep {
    List<Quote> find(ArticleDoc doc);
  }

  /** Finds event mentions. */
  public interface EventStep {
    List<EventMention> find(ArticleDoc doc);
  }

  private final EntityStep entities;
  private final QuoteStep quotes;
  private final EventStep events;

  public ArticleAnalyzer(EntityStep entities, QuoteStep quotes, EventStep events) {
    this.entities = entities;
    this.quotes = quotes;
    this.events = events;
  }

  public Analysis analyze(ArticleDoc raw) {
    List<EntityMention> resolved = entities.resolve(raw);
    ArticleDoc doc = raw.withEntities(resolved);
    return new Analysis(resolved, quotes.find(doc), events.find(doc));
  }

  /** Rule files whose content decides what the analyzer finds; their digest versions the output. */
  static final java.util.List<String> RULE_FILES = java.util.List.of(
      "rules/gazetteer.yaml", "rules/quote-cues.yaml", "rules/event-taxonomy.yaml", "rules/actor-aliases.yaml");

  /** A short hash of the rule files on the classpath: extract re-analyses articles when it changes. */
  public static String rulesDigest() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String name : RULE_FILES) {
      try (var in = ArticleAnalyzer.class.getClassLoader().getResourceAsStream(name)) {
        parts.add(in == null ? "-" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("Cannot read rule file " + name + ": " + e.getMessage(), e);
      }
    }
    return org.newsanalytics.common.text.Hashes.id(parts.toArray(String[]::new)).substring(0, 8);
  }

  private static ArticleAnalyzer shared;

  /** The analyzer with the project's rule files, built once per JVM (rules load once per executor). */
  public static synchronized ArticleAnalyzer shared() {
    if (shared == null) {
      shared = DefaultAnalyzer.create();
    }
    return shared;
  }
}
