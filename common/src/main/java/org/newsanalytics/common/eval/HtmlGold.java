package org.newsanalytics.common.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The main-text extraction gold set ({@code evaldata.json} + {@code cache/} and {@code eval/}):
 * per page its URL, HTML file, snippets that must and must not be in the main text, and the
 * title and date where annotated. Pages are ordered by file name, so halves are stable.
 */
public final class HtmlGold {
  /** One annotated page. {@code half} is "A" for even positions in file-name order, "B" for odd. */
  public record Page(String url, Path html, List<String> with, List<String> without, String title, String date,
      String half) {}

  private HtmlGold() {}

  public static List<Page> read(Path dir) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the gold " + dir.resolve("evaldata.json") + ": " + e.getMessage(), e);
    }
    List<Page> pages = new ArrayList<>();
    var fields = root.fields();
    while (fields.hasNext()) {
      var entry = fields.next();
      JsonNode v = entry.getValue();
      String file = v.path("file").asText();
      Path html = dir.resolve("cache").resolve(file);
      if (!Files.exists(html)) {
        html = dir.resolve("eval").resolve(file);
      }
      pages.add(new Page(entry.getKey(), html, strings(v.path("with")), strings(v.path("without")),
          blankToNull(v.path("title").asText(null)), blankToNull(v.path("date").asText(null)), null));
    }
    pages.sort(Comparator.comparing((Page p) -> p.html().getFileName().toString()).thenComparing(Page::url));
    List<Page> halved = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      halved.add(new Page(p.url(), p.html(), p.with(), p.without(), p.title(), p.date(), i % 2 == 0 ? "A" : "B"));
    }
    return halved;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
