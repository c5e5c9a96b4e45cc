package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/** "X said: “…”" / "X said, “…”": a speaker and a cue of saying before the mark, in the quote's sentence. */
final class CueBeforeQuoteSieve implements DirectQuoteSieve {
  @Override
  public AttributionRule rule() {
    return AttributionRule.CUE_BEFORE_QUOTE;
  }

  @Override
  public Attribution attribute(QuoteSite site) {
    return site.search.attributionBefore(site.preStart, site.open, true);
  }

  /**
   * "as one columnist dubbed them last month, ''armchair generals''": after a cue that takes an
   * object (dub, call, praise), the quote is what the object is called or praised for, words of a
   * report, not a whole quotation.
   */
  @Override
  public boolean quotesWordsOfReport(QuoteSite site, Attribution found) {
    ArticleTokens article = site.article;
    return found.cueToken() >= 0 && article.cues().objectLemmas().contains(article.cueLemma(found.cueToken(),
        article.cueLength(found.cueToken())));
  }
}
