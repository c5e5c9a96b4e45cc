package org.newsanalytics.common.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one extract run did: articles taken up (new or changed since the last run), of which
 * {@code failed} could not be analysed (each a {@code rejects} row), and rows written.
 */
public record ExtractResult(long articles, long skippedLanguage, long entities, long quotes, long events, long failed) {
  public String summary() {
    return "articles " + articles + ", entities " + entities + ", quotes " + quotes + ", event mentions " + events
        + (skippedLanguage > 0 ? ", skipped (not English) " + skippedLanguage : "")
        + (failed > 0 ? ", failed " + failed + " (see rejects, reason extract_failed)" : "");
  }

  public Map<String, Long> counts() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("articles", articles);
    m.put("skipped_language", skippedLanguage);
    m.put("entities", entities);
    m.put("quotes", quotes);
    m.put("event_mentions", events);
    m.put("failed", failed);
    return m;
  }
}
