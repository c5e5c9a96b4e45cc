package org.newsanalytics.common.events;

import java.util.Optional;

/** Killed and injured counts read from one sentence; empty where the sentence gives none. */
public record Casualties(Optional<Integer> killed, Optional<Integer> injured) {
  public static final Casualties NONE = new Casualties(Optional.empty(), Optional.empty());
}
