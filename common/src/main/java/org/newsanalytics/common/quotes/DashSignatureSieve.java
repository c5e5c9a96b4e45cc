package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** "“…”⏎⏎- X.": a pull quote alone in its paragraph, signed in the next paragraph after a dash. */
final class DashSignatureSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.DASH_SIGNATURE;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    int close = site.close;
    if (!site.opensClause() || site.tailEnd != close || close >= site.article.tokens().size()
        || site.paragraph(close) == site.paragraph(close - 1) || !site.token(close).isDash()) {
      return null;
    }
    int end = close + 1;
    int[] quoteOf = site.article.quoteOf();
    while (end < site.article.tokens().size() && site.paragraph(end) == site.paragraph(close) && quoteOf[end] < 0) {
      end++;
    }
    return site.search.attributionAfter(close, end);
  }
}
