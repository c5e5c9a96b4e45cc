package org.newsanalytics.common.time;

import java.time.LocalDate;

/**
 * Whether a resolved date can be the date of a news event. A date before 1900 ("a thousand
 * years ago … the battle") is history, not news, and a date more than {@value #MAX_YEARS_AHEAD}
 * years after publication is a misreading or a distant goal; neither belongs in a trend.
 * The same floor as ingest's {@code date_out_of_range} for publication dates.
 */
public final class PlausibleDates {
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final int MAX_YEARS_AHEAD = 5;
  /** The {@code event_mentions.status} of a mention whose date is not plausible; trends leave it out. */
  public static final String IMPLAUSIBLE_DATE_STATUS = "implausible_date";

  private PlausibleDates() {}

  /** @param published the article's publication date, which the date was resolved against */
  public static boolean isPlausible(LocalDate date, LocalDate published) {
    return !date.isBefore(EARLIEST) && !date.isAfter(published.plusYears(MAX_YEARS_AHEAD));
  }
}
