package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** "“…,” X said, “…”": the rest of a quotation its attribution interrupted is the same speaker's. */
final class QuoteResumedSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.QUOTE_RESUMED;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    return site.interrupts() ? new Attribution(site.previous.speaker(), site.previous.cue(), -1) : null;
  }
}
