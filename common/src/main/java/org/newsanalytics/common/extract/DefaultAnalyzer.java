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
    return new ArticleAnalyzer(new EntityResolver(Gazetteer.loadDefault())::resolve, quotesWithLinkedRoles(),
        EventFinder.withBundledRules()::find);
  }

  /** Quotes, then offices and documents as speakers linked to the people the article names so. */
  private static ArticleAnalyzer.QuoteStep quotesWithLinkedRoles() {
    QuoteFinder finder = new QuoteFinder();
    RoleSpeakerLinker linker = new RoleSpeakerLinker();
    return doc -> linker.link(doc, finder.find(doc));
  }
}
