package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * A quote with no cue of its own after one of X's, in the same paragraph or opening the next one:
 * news style attributes a run of quoted paragraphs once. A mark that never closes is left alone.
 */
final class ContinuesPreviousSpeakerSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.CONTINUES_SPEAKER;
  }

  @Override
  public double estimate() {
    return 0.6;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    if (site.quote.unclosed() || site.previous.speaker() == null || !site.continuesPrevious()) {
      return null;
    }
    return new Attribution(site.previous.speaker(), site.previous.cue(), -1);
  }
}
