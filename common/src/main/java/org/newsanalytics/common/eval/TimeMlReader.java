package org.newsanalytics.common.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TimeML ({@code .tml}) as in TempEval-3: the DCT's TIMEX3 value is the anchor; the
 * {@code <TEXT>} element, stripped of its tags and with XML entities decoded, is the text the
 * finder sees; TIMEX3 elements inside it are the gold. A small hand-written scanner rather than
 * a DOM parser, because offsets into the stripped text are what scoring needs.
 */
public final class TimeMlReader {
  private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'");

  private TimeMlReader() {}

  /** Every {@code .tml} file under a directory (walked), sorted by path, each file name once. */
  public static List<TimeMlDocument> readAll(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("Cannot read TimeML gold: " + dir + " is not a directory");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> tml = files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
      if (tml.isEmpty()) {
        throw new IllegalArgumentException("Cannot read TimeML gold: no .tml files under " + dir);
      }
      List<TimeMlDocument> out = new ArrayList<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Path p : tml) {
        // a document is its file name: TBAQ-cleaned ships testpipeline/AP900815-0044.tml, a copy of
        // TimeBank's, which would otherwise count twice
        if (names.add(p.getFileName().toString())) {
          out.add(read(p));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read TimeML gold under " + dir, e);
    }
  }

  public static TimeMlDocument read(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static TimeMlDocument parse(String name, String xml) {
    Matcher dct = DCT.matcher(xml);
    if (!dct.find()) {
      throw new IllegalArgumentException("Cannot read TimeML " + name + ": no DCT with a TIMEX3 value");
    }
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("Cannot read TimeML " + name + ": no <TEXT> element");
    }
    StringBuilder text = new StringBuilder();
    List<TimeMlDocument.Timex> timexes = new ArrayList<>();
    Map<String, String> open = null;
    int openAt = -1;
    int i = from + "<TEXT>".length();
    while (i < to) {
      char c = xml.charAt(i);
      if (c == '<') {
        int close = xml.indexOf('>', i);
        String tag = xml.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          open = attributes(tag);
          openAt = text.length();
        } else if (tag.equals("/TIMEX3") && open != null) {
          timexes.add(new TimeMlDocument.Timex(openAt, text.length(), open.getOrDefault("type", ""),
              open.getOrDefault("value", "")));
          open = null;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = xml.indexOf(';', i);
        String decoded = semi > 0 && semi - i < 8 ? ENTITIES.get(xml.substring(i + 1, semi)) : null;
        if (decoded != null) {
          text.append(decoded);
          i = semi + 1;
        } else {
          text.append(c);
          i++;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new TimeMlDocument(name, LocalDate.parse(dct.group(1)), text.toString(), timexes);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }
}
