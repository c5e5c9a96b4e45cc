package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * "… doesn't surprise Republican pollster X: “…”", "HEADLINE - X: “…”", "including X -- ''…''": a
 * person's or organisation's name right before the colon or dash is the one the quote is signed with.
 */
final class NameBeforeColonOrDashSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.NAME_BEFORE_COLON_OR_DASH;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    int open = site.open;
    if (open - 1 <= site.preStart || !(site.token(open - 1).text().equals(":") || site.token(open - 1).isDash())) {
      return null;
    }
    Speaker s = site.search.nounPhraseEndingAt(open - 1, site.preStart);
    return s != null && ("PERSON".equals(s.type()) || "ORG".equals(s.type())) ? new Attribution(s, ":", -1) : null;
  }
}
