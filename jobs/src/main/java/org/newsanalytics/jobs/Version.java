package org.newsanalytics.jobs;

import picocli.CommandLine;

/** The project version from the jar manifest ("dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"news-analytics " + current() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
  }
}
