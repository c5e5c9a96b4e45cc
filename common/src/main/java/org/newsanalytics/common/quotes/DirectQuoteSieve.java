package org.newsanalytics.common.quotes;

import org.newsanalytics.common.quotes.SpeakerSearch.Attribution;

/**
 * One rule that finds who said a whole quotation, named for the form it recognises. The
 * {@link DirectQuoteFinder} tries the sieves of {@link Sieves#DIRECT} in order on each quote; the first
 * that returns an attribution wins, so a sieve only sees quotes no earlier sieve attributed. A sieve
 * reads the article and changes nothing: the finder records what the winner found.
 */
interface DirectQuoteSieve {
  /** The rule written to {@code quotes.attribution_rule} for the quotes this sieve attributes. */
  AttributionRule rule();

  /** Who said the quotation at {@code site}, or null when this sieve does not recognise its form. */
  Attribution attribute(QuoteSite site);

  /** The finder's own confidence in the sieve, used when train holds too few of its quotes to measure it. */
  default double estimate() {
    return 0.9;
  }

  /**
   * The quotation turns out to be words of a report, not a whole quotation (a partial quote of the
   * same speaker), given what this sieve found.
   */
  default boolean quotesWordsOfReport(QuoteSite site, Attribution found) {
    return false;
  }
}
