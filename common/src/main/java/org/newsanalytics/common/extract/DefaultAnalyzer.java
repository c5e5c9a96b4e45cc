package org.newsanalytics.common.extract;

/** Wires the project's entity, quote and event steps with their default rule files. */
final class DefaultAnalyzer {
  private DefaultAnalyzer() {}

  static ArticleAnalyzer create() {
    return new ArticleAnalyzer(
        new org.newsanalytics.common.entities.EntityResolver(org.newsanalytics.common.entities.Gazetteer.loadDefault())::resolve,
        new org.newsanalytics.common.quotes.QuoteFinder()::find,
        org.newsanalytics.common.events.EventFinder.withBundledRules()::find);
  }
}
