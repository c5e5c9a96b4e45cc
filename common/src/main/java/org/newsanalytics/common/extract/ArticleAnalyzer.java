package org.newsanalytics.common.extract;

import java.util.List;
import java.util.function.Function;
import org.newsanalytics.common.quotes.QuoteFinder;
import org.newsanalytics.common.text.BundledRules;

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

  /**
   * The quotes {@link #analyze} gives for an article with the model's raw mentions: entities
   * resolved, then quotes with their linked speakers (no events). What {@code evaluate quotes}
   * scores, so that it scores what extract writes.
   */
  public static Function<ArticleDoc, List<Quote>> quotePipeline(QuoteFinder finder) {
    EntityStep entities = DefaultAnalyzer.entities();
    QuoteStep quotes = DefaultAnalyzer.quotesWithLinkedRoles(finder);
    return raw -> quotes.find(raw.withEntities(entities.resolve(raw)));
  }

  /**
   * A short hash of every rule file on the classpath ({@link BundledRules}): extract re-analyses
   * articles when it changes.
   */
  public static String rulesDigest() {
    return BundledRules.digest();
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
