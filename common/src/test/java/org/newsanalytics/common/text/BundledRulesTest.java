package org.newsanalytics.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledRulesTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  /** A rule file missing from the enum would be left out of the extractor version. */
  @Test
  void everyFileUnderRulesIsInTheDigest() throws IOException {
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("rules"))) {
      onDisk = files.filter(Files::isRegularFile).map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> declared = Arrays.stream(BundledRules.values()).map(BundledRules::resource)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(onDisk.size() >= 5, "the rules folder is found: " + onDisk);
    assertEquals(onDisk, declared, "rule files on disk vs BundledRules");
  }

  @Test
  void theDigestIsShortAndStable() {
    String digest = BundledRules.digest();
    assertEquals(8, digest.length());
    assertEquals(digest, BundledRules.digest());
  }
}
