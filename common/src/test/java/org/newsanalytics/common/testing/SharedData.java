package org.newsanalytics.common.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared data folder ({@code ../shared/data} beside the project root; Surefire passes its
 * absolute path as {@code newsanalytics.shared.data}) and the one check of whether it is there.
 * A clone without it skips the tests marked {@link NeedsSharedData} and says so once per test
 * JVM; under {@code CI=true} its absence fails them, so CI never passes without the gates.
 */
public final class SharedData implements ExecutionCondition {
  private static final AtomicBoolean SAID = new AtomicBoolean();

  /** The folder, whether or not it exists. */
  public static Path root() {
    return Path.of(System.getProperty("newsanalytics.shared.data", "../../shared/data")).toAbsolutePath().normalize();
  }

  /** A file or folder under the shared data. */
  public static Path path(String relative) {
    return root().resolve(relative);
  }

  static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Path root = root();
    if (Files.isDirectory(root)) {
      return ConditionEvaluationResult.enabled("shared data at " + root);
    }
    String line = "Shared test data missing: " + root + " does not exist, so the tests that read it (corpora, "
        + "gold data) and the quality gates did not run";
    if (underCi()) {
      throw new IllegalStateException(line + " (CI=true: every gate must run)");
    }
    if (SAID.compareAndSet(false, true)) {
      // the process's own stderr: Surefire sends System.err to report files, and this line is for
      // the person reading the build output
      PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      console.println("[news-analytics tests] " + line + "; put the data at " + root + " to run them.");
    }
    return ConditionEvaluationResult.disabled(line);
  }
}
