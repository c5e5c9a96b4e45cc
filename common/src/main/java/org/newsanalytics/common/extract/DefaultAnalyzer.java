package org.newsanalytics.common.extract;

import org.newsanalytics.common.entities.EntityResolver;
import org.newsanalytics.common.entities.Gazetteer;
import org.newsanalytics.common.events.EventFinder;
import org.newsanalytics.common.quotes.QuoteFinder;
import org.newsanalytics.common.quotes.RoleSpeakerLinker;

/** Wires the project's entity, quote and event steps with their default rule files. */
final class DefaultAnalyzer {
  private DefaultAnalyzer() {}

  static ArticleAnalyzer create() {
    return new ArticleAnalyzer(entities(), quotesWithLinkedRoles(new QuoteFinder()), EventFinder.withBundledRules()::find);
  }

  static ArticleAnalyzer.EntityStep entities() {
    return new EntityResolver(Gazetteer.loadDefault())::resolve;
  }

  /** Quotes, then offices and documents as speakers linked to the people the article names so. */
  static ArticleAnalyzer.QuoteStep quotesWithLinkedRoles(QuoteFinder finder) {
    RoleSpeakerLinker linker = new RoleSpeakerLinker();
    return doc -> linker.link(doc, finder.find(doc));
  }
}
