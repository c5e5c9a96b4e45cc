package org.newsanalytics.common.extract;

import java.util.List;

/** Everything extracted from one article. */
public record Analysis(List<EntityMention> entities, List<Quote> quotes, List<EventMention> events) {
  public Analysis {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }
}
