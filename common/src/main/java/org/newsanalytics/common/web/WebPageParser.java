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
  private static final Pattern DOMAIN_NAME = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}");
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
    String site = siteName(doc);
    String og = withoutSiteName(meta(doc, "og:title"), site);
    if (og != null && site != null && og.equalsIgnoreCase(site)) {
      og = null;  // the og:title of a page that names only its site
    }
    String docTitle = doc.title().strip();
    List<String> h1s = new ArrayList<>();
    for (Element h : doc.select("h1")) {
      String t = h.text().strip();
      if (!t.isEmpty() && t.length() < 300 && (site == null || !t.equalsIgnoreCase(site.strip()))) {
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

  /**
   * A title without the site's name at its end or start ("Headline - Example News", "example.com |
   * Headline"): the part that is the og:site_name or a domain name. Other parts are kept whole.
   */
  static String withoutSiteName(String title, String site) {
    if (title == null || title.isBlank()) {
      return title;
    }
    String t = title.strip();
    Matcher m = TITLE_SEPARATORS.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return t;
    }
    String tail = t.substring(lastEnd).strip();
    if (isSiteName(tail, site)) {
      return t.substring(0, lastStart).strip();
    }
    String head = t.substring(0, firstStart).strip();
    if (isSiteName(head, site)) {
      return t.substring(firstEnd).strip();
    }
    return t;
  }

  private static boolean isSiteName(String part, String site) {
    return !part.isEmpty() && ((site != null && part.equalsIgnoreCase(site.strip())) || DOMAIN_NAME.matcher(part).matches());
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
