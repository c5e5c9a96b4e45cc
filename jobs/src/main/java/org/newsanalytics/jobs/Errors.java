package org.newsanalytics.jobs;

import org.newsanalytics.common.spark.DamagedTable;

/** Turns an exception chain into the one line a user sees. */
final class Errors {
  private Errors() {}

  static String oneLine(Throwable e) {
    if (e instanceof DamagedTable) {
      return e.getMessage(); // already the whole story: table, damage, fix
    }
    Throwable deepest = e;
    String message = e.getMessage();
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
      if (message == null) {
        message = deepest.getMessage();
      }
    }
    if (message == null) {
      message = deepest.getClass().getSimpleName();
    }
    String first = message.lines().findFirst().orElse(message).strip();
    if (deepest != e && deepest.getMessage() != null && !first.contains(deepest.getMessage().lines().findFirst().orElse(""))) {
      first = first + " (cause: " + deepest.getMessage().lines().findFirst().orElse("") + ")";
    }
    return first;
  }
}
