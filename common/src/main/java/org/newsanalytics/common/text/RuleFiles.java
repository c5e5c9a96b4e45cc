package org.newsanalytics.common.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Reads the project's YAML rule files (gazetteer, cue verbs, genders, event taxonomy, actor
 * aliases), bundled on the classpath or a user's own, into a tree. The reading and the YAML
 * error message live here once; each loader checks its own keys and reports through its own
 * exception, named by the {@link Problem} it passes.
 */
public final class RuleFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** The bundled files built by {@link #bundledOnce}, by resource name. */
  private static final Map<String, Object> BUILT = new ConcurrentHashMap<>();

  private RuleFiles() {}

  /** Makes a loader's exception for a file ({@code source}) that cannot be used. */
  @FunctionalInterface
  public interface Problem {
    RuntimeException of(String source, String problem, Throwable cause);
  }

  /** A rule file shipped on the classpath; {@code classpath:NAME} in messages. */
  public static JsonNode bundled(String resource, Problem problem) {
    String source = "classpath:" + resource;
    try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw problem.of(source, "not found on the classpath", null);
      }
      return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8), problem);
    } catch (IOException e) {
      throw problem.of(source, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A rule file shipped on the classpath, built once per JVM by {@code build} (given
   * {@code classpath:NAME} for its messages and the tree): the loaders' shared default. A file that
   * cannot be built is not remembered, so every caller gets the error.
   */
  public static <T> T bundledOnce(String resource, Problem problem, Class<T> type, BiFunction<String, JsonNode, T> build) {
    return type.cast(BUILT.computeIfAbsent(resource, r -> build.apply("classpath:" + r, bundled(r, problem))));
  }

  /** A user's rule file. */
  public static JsonNode file(Path file, Problem problem) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw problem.of(file.toString(), "cannot be read (no such file)", e);
    } catch (IOException e) {
      throw problem.of(file.toString(), "cannot be read (" + e + ")", e);
    }
    return parse(file.toString(), text, problem);
  }

  /** YAML text; an empty document is a null node, left to the loader's own check. */
  public static JsonNode parse(String source, String yaml, Problem problem) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw problem.of(source, "not valid YAML" + where + " (" + verdict(e.getOriginalMessage()) + ")", e);
    }
  }

  /** SnakeYAML's message spans several lines with a source excerpt; the user needs its verdict. */
  private static String verdict(String message) {
    return message.lines().map(String::strip)
        .filter(l -> l.startsWith("expected") || l.startsWith("found") || l.startsWith("mapping values"))
        .findFirst().orElse(message.lines().findFirst().orElse(message).strip());
  }
}
