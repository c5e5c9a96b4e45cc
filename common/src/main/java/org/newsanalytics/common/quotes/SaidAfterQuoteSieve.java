package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * "“…,” X said" / "said X": a cue and its speaker right after the quote, in its sentence. Not when a
 * cue before the mark introduced the quote already, when the quote closed its sentence and a new one
 * follows, or when the words after it introduce the next quote.
 */
final class SaidAfterQuoteSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.SAID_AFTER_QUOTE;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    if (site.introducedByCue() || site.endsSentence() || site.endsWithFullStop() && site.introducesNextQuote()) {
      return null;
    }
    return site.search.attributionAfter(site.close, site.tailEnd);
  }
}
