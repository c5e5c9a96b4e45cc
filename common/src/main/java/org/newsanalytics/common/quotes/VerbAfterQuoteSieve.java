package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** "“…” X added": a verb of saying after a quote that did not close its sentence with a full stop. */
final class VerbAfterQuoteSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.VERB_AFTER_QUOTE;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    if (site.introducedByCue() || site.endsWithFullStop()) {
      return null;
    }
    return site.search.verbAfterQuote(site.close, site.tailEnd);
  }
}
