package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** The subject of the clause that a colon, comma, dash or verb of saying closes right before the mark. */
final class SubjectBeforeIntroSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.SUBJECT_BEFORE_INTRO;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    if (site.preStart >= site.open || !site.isIntro(site.token(site.open - 1))) {
      return null;
    }
    return site.search.clauseSubject(site.preStart, site.open - 1);
  }
}
