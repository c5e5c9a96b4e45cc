package org.newsanalytics.common.extract;

/** Wires the project's entity, quote and event steps with their default rule files. */
final class DefaultAnalyzer {
  private DefaultAnalyzer() {}

  static ArticleAnalyzer create() {
    // entity resolution, quotes and events are wired here as their issues land
    return new ArticleAnalyzer(
        doc -> doc.entities().stream()
            .map(m -> m.canonicalName() == null ? m.withCanonical(m.entityType(), m.text(), m.method(), m.confidence()) : m)
            .toList(),
        new org.newsanalytics.common.quotes.QuoteFinder()::find,
        org.newsanalytics.common.events.EventFinder.withBundledRules()::find);
  }
}
