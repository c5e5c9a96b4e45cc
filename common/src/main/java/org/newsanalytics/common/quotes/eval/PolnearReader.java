package org.newsanalytics.common.quotes.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split in brat standoff: {@code text/<stem>.txt} and
 * {@code attributions/<stem>_<annotator>.ann}. Text-bound lines ({@code T1\tSource 0 15\t...},
 * fragments separated by ';') may carry text over several lines; those continuation lines are
 * skipped, since the offsets say everything. Event lines ({@code E1\tAttribution:T4 Content:T3
 * Cue:T2 Source:T1}, or {@code Attribution-no-source:...}) become {@link GoldAttribution}s; events
 * may come before the text-bound lines they name. An article annotated by several annotators
 * (the agreement articles) is scored against the first annotation in file-name order.
 */
public final class PolnearReader {
  private static final Pattern TEXT_BOUND = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t?.*");
  private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(\\S+)(.*)$");

  private PolnearReader() {}

  /** Reads every article of a split directory (the one holding {@code text/} and {@code attributions/}). */
  public static List<GoldArticle> readSplit(Path dir) {
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException("Cannot read PolNeAR split " + dir + ": expected directories text/ and attributions/");
    }
    List<Path> annotations;
    List<Path> texts;
    try (Stream<Path> a = Files.list(annDir); Stream<Path> t = Files.list(textDir)) {
      annotations = a.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
      texts = t.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list PolNeAR split " + dir, e);
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Path txt : texts) {
      String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann = annotations.stream()
          .filter(p -> p.getFileName().toString().matches(Pattern.quote(stem) + "(_[^_]+)?\\.ann"))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(
              "Cannot read PolNeAR article " + stem + ": no attributions/" + stem + "_*.ann"));
      out.add(read(stem, txt, ann));
    }
    return out;
  }

  public static GoldArticle read(String name, Path text, Path ann) {
    try {
      return parse(name, Files.readString(text, StandardCharsets.UTF_8), Files.readString(ann, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read PolNeAR article " + name, e);
    }
  }

  /** Parses one article's text and standoff annotations. */
  public static GoldArticle parse(String name, String text, String ann) {
    Map<String, List<Span>> bound = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    int lineNo = 0;
    for (String line : ann.split("\n", -1)) {
      lineNo++;
      Matcher t = TEXT_BOUND.matcher(line);
      if (t.matches()) {
        List<Span> frags = new ArrayList<>();
        for (String frag : t.group(3).split(";")) {
          String[] be = frag.split(" ");
          Span s = new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1]));
          if (s.end() > text.length()) {
            throw new IllegalArgumentException("Cannot read " + name + ".ann line " + lineNo + ": span " + frag
                + " lies beyond the text's " + text.length() + " characters");
          }
          frags.add(s);
        }
        frags.sort((x, y) -> Integer.compare(x.begin(), y.begin())); // brat does not promise fragment order
        bound.put(t.group(1), frags);
        continue;
      }
      Matcher e = EVENT.matcher(line);
      if (e.matches()) {
        events.add(new String[] {e.group(1), e.group(2), e.group(3).strip(), Integer.toString(lineNo)});
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (String[] e : events) {
      if (!e[1].startsWith("Attribution")) {
        continue;
      }
      List<Span> content = List.of();
      List<Span> cue = List.of();
      List<Span> source = List.of();
      for (String arg : e[2].isEmpty() ? new String[0] : e[2].split("\\s+")) {
        String[] roleRef = arg.split(":");
        if (roleRef.length != 2 || !bound.containsKey(roleRef[1])) {
          throw new IllegalArgumentException("Cannot read " + name + ".ann line " + e[3] + ": argument '" + arg
              + "' names no text-bound annotation");
        }
        List<Span> spans = bound.get(roleRef[1]);
        switch (roleRef[0].replaceAll("\\d+$", "")) {
          case "Content" -> content = spans;
          case "Cue" -> cue = spans;
          case "Source" -> source = spans;
          default -> { }
        }
      }
      if (!content.isEmpty()) {
        attributions.add(new GoldAttribution(e[0], content, cue, source));
      }
    }
    return new GoldArticle(name, text, attributions);
  }
}
