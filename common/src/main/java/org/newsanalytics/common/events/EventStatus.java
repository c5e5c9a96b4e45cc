package org.newsanalytics.common.events;

import java.util.List;
import java.util.Locale;

/** The modality of an event mention, as written to {@code event_mentions.status}. */
public enum EventStatus {
  OCCURRED, PLANNED, THREATENED, CALLED_FOR, REJECTED, NEGATED, HYPOTHETICAL;

  public static final List<String> NAMES = java.util.Arrays.stream(values()).map(EventStatus::label).toList();

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True for statuses that speak of something not done yet (planned, threatened, called for):
   * the event's own date cannot lie before publication.
   */
  public boolean forwardLooking() {
    return this == PLANNED || this == THREATENED || this == CALLED_FOR;
  }
}
