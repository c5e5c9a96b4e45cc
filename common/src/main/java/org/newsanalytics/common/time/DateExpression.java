package org.newsanalytics.common.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date expression found in a text and resolved against the article's publication date.
 *
 * @param begin offset of the first character in the text
 * @param end offset after the last character
 * @param start the first day of the period meant ("last week" → that week's Monday); empty for
 *     {@link DatePrecision#REFERENCE} expressions, which name no calendar period
 * @param timemlValue the TimeML normalised value: {@code 2025-07-21}, {@code 2025-W29},
 *     {@code 2025-07}, {@code 2025-Q3}, {@code 2025}, {@code 2025-07-21TNI}, {@code PRESENT_REF}...
 */
public record DateExpression(int begin, int end, String text, Optional<LocalDate> start, DatePrecision precision,
    String timemlValue) {
  public DateExpression {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("Cannot make a date expression from offsets [" + begin + ", " + end + ")");
    }
  }

  /** True when the expression names a calendar period an event can be dated by. */
  public boolean isCalendarDate() {
    return start.isPresent();
  }
}
