package org.newsanalytics.common.time;

/** Which way a clause points from the moment of writing; NONE when no cue decides it. */
public enum Tense {
  PAST, FUTURE, NONE
}
