package org.newsanalytics.common.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Parses a decoded HTML page with jsoup and reads its headline, body, date, authors, site and canonical URL. */
public final class WebPageParser {
  /** Deeper nesting than this is no page a person reads; jsoup's default limit (512) applies while parsing. */
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—·»:\\-]\\s+");
  private static final Pattern JSON_LD_AUTHOR = Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{2,80})\"");

  private WebPageParser() {}

  public static Document parse(String html, String baseUrl) {
    return Jsoup.parse(html, baseUrl == null ? "" : baseUrl, Parser.htmlParser());
  }

  public static WebPage read(Document doc, String url) {
    String title = title(doc);
    String text = MainTextExtractor.extract(doc.body());
    Optional<PageDates.Found> date = PageDates.find(doc, url, title);
    return new WebPage(title, text, date.map(PageDates.Found::date).orElse(null),
        date.map(PageDates.Found::source).orElse(null), authors(doc), siteName(doc), canonical(doc));
  }

  /**
   * The headline: the page's {@code <h1>} when the document title or og:title contains it (so
   * a logo h1 is not taken), else og:title, else the document title without its site suffix.
   */
  static String title(Document doc) {
    String og = meta(doc, "og:title");
    String docTitle = doc.title().strip();
    List<String> h1s = new ArrayList<>();
    for (Element h : doc.select("h1")) {
      String t = h.text().strip();
      if (!t.isEmpty() && t.length() < 300) {
        h1s.add(t);
      }
    }
    for (String h : h1s) {
      if ((og != null && og.contains(h)) || docTitle.contains(h)) {
        return h;
      }
    }
    if (og != null && !og.isBlank()) {
      return og.strip();
    }
    if (h1s.size() == 1) {
      return h1s.get(0);
    }
    if (docTitle.isEmpty()) {
      return h1s.isEmpty() ? null : h1s.get(0);
    }
    return stripSiteName(docTitle);
  }

  /** "Headline | Site" → "Headline": the longest part between separators. */
  static String stripSiteName(String title) {
    String[] parts = TITLE_SEPARATORS.split(title);
    if (parts.length == 1) {
      return title;
    }
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.strip();
  }

  static List<String> authors(Document doc) {
    Set<String> names = new LinkedHashSet<>();
    for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=dc.creator]")) {
      String v = m.attr("content").strip();
      if (!v.isEmpty() && !v.startsWith("http")) {
        names.add(v);
      }
    }
    if (names.isEmpty()) {
      for (Element script : doc.select("script[type*=ld+json]")) {
        Matcher m = JSON_LD_AUTHOR.matcher(script.data());
        while (m.find()) {
          names.add(m.group(1).strip());
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], .author-name, .byline-name")) {
        String v = e.text().strip();
        if (!v.isEmpty() && v.length() < 80) {
          names.add(v);
        }
      }
    }
    return new ArrayList<>(names);
  }

  static String siteName(Document doc) {
    String og = meta(doc, "og:site_name");
    return og != null && !og.isBlank() ? og.strip() : null;
  }

  static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return link.absUrl("href");
    }
    String og = meta(doc, "og:url");
    return og != null && og.startsWith("http") ? og : null;
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "][content], meta[name=" + property + "][content]");
    return m == null ? null : m.attr("content");
  }
}
