package org.newsanalytics.common.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article body of a parsed page, by scoring over the DOM (after Readability's idea, with
 * trafilatura's cleaning): boilerplate elements are dropped by tag and by class/id words, the
 * block whose paragraphs carry the most prose wins, and its text is written block by block
 * (paragraphs, headings, list items, quotes, table cells), leaving out link lists.
 */
public final class MainTextExtractor {
  /** Elements that never hold article prose; the headline (h1) and figure captions are read apart or left out. */
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
      "nav", "footer", "aside", "button", "input", "select", "textarea", "label", "object", "embed", "video", "audio",
      "map", "dialog", "menu", "head", "link", "meta", "figure", "figcaption", "h1");
  /** Class/id words of boilerplate (menus, share bars, comments, related lists, banners, ads). */
  private static final ClassWords BOILERPLATE = ClassWords.wholeWords(
      "nav", "navbar", "navigation", "menu", "menue", "breadcrumbs?", "footer", "foot", "sidebar", "side-?bar", "widget",
      "widgets", "comments?", "commentlist", "respond", "reply", "share", "sharing", "social", "socials", "sharedaddy",
      "shariff", "related", "recommended", "more-stories", "read-?more", "teaser-list", "tags", "tag-?cloud", "taglist",
      "categories", "cookie", "cookies", "consent", "gdpr", "banner", "advert", "advertisement", "ads?", "adsbygoogle",
      "sponsor", "sponsored", "promo", "newsletter", "subscribe", "subscription", "popup", "modal", "overlay", "print",
      "author-?bio", "about-?author", "pagination", "pager", "post-?nav", "postmetadata", "meta-?nav", "skip", "toolbar",
      "masthead", "header", "site-?header", "topbar", "login", "search", "searchform", "disqus", "outbrain", "taboola",
      "newsticker", "ticker", "most-?popular", "popular", "trending", "signup", "rating", "entry-meta", "post-meta",
      "byline", "dateline", "caption", "credits?", "copyright", "photo-?credit", "image-?credit", "author", "autor",
      "paywall", "donation", "donate", "spende", "teaser", "teasers", "box-?related", "infobox", "affiliate", "logo");
  /** Class/id words of an article body, which overrule the boilerplate words (matched anywhere in the name). */
  private static final ClassWords CONTENT = ClassWords.anywhere(
      "article-?body", "articlebody", "article-?content", "article-?text", "entry-?content", "post-?content", "post-?body",
      "post-?entry", "story-?body", "story-?content", "main-?content", "content-?main", "text-?content", "blog-?post",
      "single-?post", "node-?content", "field-?body", "rich-?text", "richtext");
  /** Compiled once: jsoup parses a CSS query string on every {@code select(String)} call. */
  private static final Evaluator ARTICLE_INSIDE = QueryParser.parse("article, [itemprop=articleBody]");
  private static final Evaluator BODY_MARKERS = QueryParser.parse("[itemprop=articleBody], article, main, [role=main]");
  private static final Evaluator LINKS = QueryParser.parse("a");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
      "td", "th", "dd", "dt", "figcaption", "address", "caption");
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li", "dd");
  private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote", "li", "td", "dd");
  private static final int MIN_PARAGRAPH_CHARS = 25;
  /** trafilatura's factor for preferring its fallback reading (compare_extraction); 1.5 and 3 measured no better. */
  private static final int BASELINE_FACTOR = 2;
  /** Containers whose loose text (not in a paragraph) counts as prose when it is long and has few links. */
  private static final Set<String> LOOSE_TEXT_TAGS = Set.of("div", "section", "article", "main", "span", "font",
      "center", "body");
  private static final int LOOSE_PARAGRAPH_CHARS = 100;

  static boolean isInline(Element e) {
    String tag = e.normalName();
    return !e.isBlock() && !BLOCKS.contains(tag) && !tag.equals("div") && !tag.equals("table") && !tag.equals("ul")
        && !tag.equals("ol");
  }

  private MainTextExtractor() {}

  /** Text, link-text and prose lengths of every element, computed in one bottom-up pass (no quadratic re-reading). */
  static final class Stats {
    private final Map<Element, int[]> byElement = new IdentityHashMap<>();

    Stats(Element root) {
      org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
        @Override
        public void head(Node node, int depth) {}

        @Override
        public void tail(Node node, int depth) {
          if (!(node instanceof Element e)) {
            return;
          }
          int text = 0;
          int own = 0;
          int links = 0;
          int prose = 0;
          // text of this element's inline run (text nodes and inline children such as <b>, <a>, <br>)
          int inline = 0;
          int inlineLinks = 0;
          for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
              int n = t.text().strip().length();
              text += n;
              own += n;
              inline += n;
            } else if (child instanceof Element c) {
              int[] cs = byElement.get(c);
              text += cs[0];
              links += cs[1];
              prose += cs[2];
              if (isInline(c)) {
                inline += cs[0];
                inlineLinks += cs[1];
              }
            }
          }
          if (e.normalName().equals("a")) {
            links = text;
          }
          if (PROSE_TAGS.contains(e.normalName()) && text >= MIN_PARAGRAPH_CHARS && links < 0.5 * text) {
            prose += own;
          } else {
            prose += looseProse(e.normalName(), inline, inlineLinks);
          }
          byElement.put(e, new int[] {text, links, prose, looseProse(e.normalName(), inline, inlineLinks)});
        }
      }, root);
    }

    /** A body written as text and <br> straight into a <div> (Readability turns such divs into paragraphs). */
    private static int looseProse(String tag, int inline, int inlineLinks) {
      return LOOSE_TEXT_TAGS.contains(tag) && inline >= LOOSE_PARAGRAPH_CHARS && inlineLinks < 0.3 * inline ? inline : 0;
    }

    /** Characters of loose paragraph text directly in this element (0 unless it is a div-like with such text). */
    int loose(Element e) {
      int[] s = byElement.get(e);
      return s == null ? 0 : s[3];
    }

    int prose(Element e) {
      int[] s = byElement.get(e);
      return s == null ? 0 : s[2];
    }

    double linkDensity(Element e) {
      int[] s = byElement.get(e);
      return s == null || s[0] == 0 ? 0 : Math.min(1.0, (double) s[1] / s[0]);
    }
  }

  /** The main text, paragraphs separated by blank lines; empty when the page has no prose. */
  public static String extract(Element body) {
    if (body == null) {
      return "";
    }
    Element root = body.clone();
    clean(root);
    Stats stats = new Stats(root);
    Element best = bestContainer(root, stats);
    if (best == null) {
      return "";
    }
    List<String> blocks = new ArrayList<>();
    write(best, blocks, stats);
    String text = String.join("\n\n", blocks);
    // trafilatura's safety net: when a plain reading of every paragraph of the cleaned page is more than
    // twice as long, the chosen container missed the body (a lead outside it, a body split across blocks)
    String baseline = baseline(root, stats);
    if (baseline.length() > BASELINE_FACTOR * text.length()) {
      return baseline;
    }
    return text;
  }

  /** Every prose block of the cleaned page that is not link text, in page order. */
  static String baseline(Element root, Stats stats) {
    List<String> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      boolean paragraph = (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre"))
          && e.text().length() >= MIN_PARAGRAPH_CHARS;
      if ((paragraph || stats.loose(e) > 0) && stats.linkDensity(e) < 0.5 && !insideParagraph(e)) {
        String t = SPACES.matcher(paragraph ? e.text() : looseText(e)).replaceAll(" ").strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return String.join("\n\n", out);
  }

  private static boolean insideParagraph(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre")) {
        return true;
      }
    }
    return false;
  }

  /** Drops boilerplate by tag, by class/id word and by hidden style, unless it holds the article body. */
  static void clean(Element root) {
    List<Element> drop = new ArrayList<>();
    // a wrapper named for search or a sidebar layout may hold the whole page: never drop most of the prose
    Stats stats = new Stats(root);
    int pageProse = stats.prose(root);
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag) || isHidden(e)) {
        drop.add(e);
        continue;
      }
      if (tag.equals("header") && !hasArticleAncestor(e)) {
        drop.add(e);
        continue;
      }
      String marks = e.className() + " " + e.id();
      if (marks.isBlank() || tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if (BOILERPLATE.matches(marks) && !CONTENT.matches(marks) && !e.is("p")
          && stats.prose(e) < 0.3 * pageProse && e.select(ARTICLE_INSIDE).isEmpty()) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean hasArticleAncestor(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /** The element holding the article: an explicit body marker if any carries prose, else the best-scored block. */
  static Element bestContainer(Element root, Stats stats) {
    Element marked = null;
    int markedChars = 0;
    for (Element e : root.select(BODY_MARKERS)) {
      int chars = stats.prose(e);
      if (chars > markedChars) {
        marked = e;
        markedChars = chars;
      }
    }
    for (Element e : root.getAllElements()) {
      if (CONTENT.matches(e.className() + " " + e.id())) {
        int chars = stats.prose(e);
        // a body marker inside the chosen element narrows it when it keeps most of the prose
        if (chars > 0 && (marked == null || (isInside(e, marked) && chars >= 0.6 * markedChars) || chars > markedChars)) {
          marked = e;
          markedChars = chars;
        }
      }
    }
    Element scored = scored(root, stats);
    int total = stats.prose(root);
    if (marked != null && markedChars >= 0.5 * total) {
      return marked;
    }
    if (scored == null) {
      return marked != null ? marked : (total > 0 ? root : null);
    }
    if (marked != null && stats.prose(scored) < markedChars) {
      return marked;
    }
    return scored;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Readability-style scoring: each paragraph gives points to its parent and half to its grandparent. */
  private static Element scored(Element root, Stats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : root.getAllElements()) {
      double points;
      if (SCORED.contains(p.normalName())) {
        String text = p.text();
        if (text.length() < MIN_PARAGRAPH_CHARS) {
          continue;
        }
        points = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
      } else if (stats.loose(p) > 0) {
        String text = looseText(p);
        points = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
      } else {
        continue;
      }
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, points, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, points / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return null;
    }
    // siblings that score well, or are long low-link paragraphs, belong to the article too
    Element parent = best.parent();
    if (parent != null) {
      double threshold = Math.max(10, bestScore * 0.2);
      int good = 0;
      for (Element sibling : parent.children()) {
        if (sibling == best) {
          continue;
        }
        Double s = scores.get(sibling);
        if (s != null && s * (1 - stats.linkDensity(sibling)) >= threshold) {
          good++;
        }
      }
      if (good > 0) {
        return parent;
      }
    }
    return best;
  }

  /** The text nodes and inline children of an element, without its block children. */
  private static String looseText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text());
      } else if (n instanceof Element c && isInline(c)) {
        b.append(c.text());
      }
    }
    return b.toString();
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select(LINKS)) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  private static int countCommas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** One written block: its text, the share of it that is link text, and whether it is a heading. */
  record Block(String text, double links, boolean heading) {}

  /** Writes the container's text block by block, then drops runs of link blocks (teasers, "read more" lists). */
  static void write(Element e, List<String> out, Stats stats) {
    List<Block> blocks = new ArrayList<>();
    collect(e, blocks, stats);
    int n = blocks.size();
    boolean[] drop = new boolean[n];
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j < n && blocks.get(j).links() > 0.6) {
        j++;
      }
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          drop[k] = true;
        }
        // the heading that introduces a link run ("Related articles") goes with it
        if (i > 0 && blocks.get(i - 1).heading() || i > 0 && blocks.get(i - 1).text().length() < 40) {
          drop[i - 1] = true;
        }
      }
      i = Math.max(i, j - 1);
    }
    for (int i = 0; i < n; i++) {
      if (!drop[i]) {
        out.add(blocks.get(i).text());
      }
    }
  }

  private static void collect(Element e, List<Block> out, Stats stats) {
    StringBuilder inline = new StringBuilder();
    int[] linkChars = {0};
    for (Node node : e.childNodes()) {
      if (node instanceof TextNode t) {
        inline.append(t.text());
      } else if (node instanceof Element child) {
        String tag = child.normalName();
        if (tag.equals("br")) {
          inline.append('\n');
          continue;
        }
        if (!child.isBlock() && !BLOCKS.contains(tag)) {
          String t = child.text();
          inline.append(t);
          if (tag.equals("a")) {
            linkChars[0] += t.length();
          } else {
            for (Element a : child.select(LINKS)) {
              linkChars[0] += a.text().length();
            }
          }
          continue;
        }
        flush(inline, linkChars, out);
        if (isLinkList(child, stats)) {
          continue;
        }
        if (BLOCKS.contains(tag) && !hasBlockChildren(child)) {
          addBlock(textWithBreaks(child), stats.linkDensity(child), tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) != 'r', out);
        } else {
          collect(child, out, stats);
        }
      }
    }
    flush(inline, linkChars, out);
  }

  private static boolean hasBlockChildren(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName()) || c.normalName().equals("div") || c.normalName().equals("ul")
          || c.normalName().equals("ol") || c.normalName().equals("table")) {
        return true;
      }
    }
    return false;
  }

  private static String textWithBreaks(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.text());
      } else if (n instanceof Element c) {
        b.append(c.normalName().equals("br") ? "\n" : c.text());
      }
    }
    return b.toString();
  }

  private static boolean isLinkList(Element e, Stats stats) {
    String tag = e.normalName();
    if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table"))) {
      return false;
    }
    return stats.linkDensity(e) > 0.7 && e.select(LINKS).size() >= 3;
  }

  private static void flush(StringBuilder inline, int[] linkChars, List<Block> out) {
    String t = inline.toString();
    int visible = t.strip().length();
    addBlock(t, visible == 0 ? 0 : Math.min(1.0, (double) linkChars[0] / visible), false, out);
    inline.setLength(0);
    linkChars[0] = 0;
  }

  private static void addBlock(String text, double links, boolean heading, List<Block> out) {
    String[] lines = text.split("\n");
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      String t = SPACES.matcher(line).replaceAll(" ").strip();
      if (!t.isEmpty()) {
        if (b.length() > 0) {
          b.append('\n');
        }
        b.append(t);
      }
    }
    if (b.length() > 0) {
      out.add(new Block(b.toString(), links, heading));
    }
  }
}
