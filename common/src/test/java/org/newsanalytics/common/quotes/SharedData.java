package org.newsanalytics.common.quotes;

import java.nio.file.Path;

/** The shared data directory: Surefire passes it in; run from the module directory it is ../../shared/data. */
public final class SharedData {
  private SharedData() {}

  public static Path path(String relative) {
    return Path.of(System.getProperty("newsanalytics.shared.data", "../../shared/data")).resolve(relative);
  }
}
