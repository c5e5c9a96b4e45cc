package org.newsanalytics.jobs;

/** Turns an exception chain into the one line a user sees. */
final class Errors {
  private Errors() {}

  static String oneLine(Throwable e) {
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
