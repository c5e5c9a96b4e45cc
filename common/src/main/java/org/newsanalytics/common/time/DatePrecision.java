package org.newsanalytics.common.time;

import java.util.Locale;

/**
 * How much of the calendar a resolved date expression pins down. {@code REFERENCE} is TimeML's
 * PRESENT_REF / PAST_REF / FUTURE_REF ("now", "recently", "in the future"): no calendar date.
 */
public enum DatePrecision {
  DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, REFERENCE;

  /** The lower-case name written to {@code event_mentions.date_precision}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
