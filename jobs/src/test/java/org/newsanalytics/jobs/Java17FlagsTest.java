package org.newsanalytics.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** conf/java17-flags (read by bin/news-analytics) and the pom's test argLine must not drift apart. */
class Java17FlagsTest {
  @Test
  void launcherFlagsEqualThePomFlags() throws IOException {
    List<String> file = Files.readAllLines(TestSpark.projectDir().resolve("conf/java17-flags")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    String pom = Files.readString(TestSpark.projectDir().resolve("pom.xml"));
    String property = pom.substring(pom.indexOf("<spark.jvm.flags>") + "<spark.jvm.flags>".length(),
        pom.indexOf("</spark.jvm.flags>"));
    assertEquals(Arrays.asList(property.strip().split("\\s+")), file);
  }
}
