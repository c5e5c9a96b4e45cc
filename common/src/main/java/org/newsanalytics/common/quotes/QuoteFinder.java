package org.newsanalytics.common.quotes;

import java.util.Comparator;
import java.util.List;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.Quote;

/**
 * Finds the quotations of an article with their speakers: direct quotes (between quotation marks,
 * attributed by a cue after or before them, or continuing the previous speaker's quote), partial
 * quotes (a few quoted words inside a reported sentence), indirect speech (a reporting verb and
 * its content), "according to" and headline forms ("X 'did Y': Trump"). Pure Java, one tokenisation
 * per article and linear scans, so it is cheap enough to run per row in Spark.
 *
 * <p>The work is split by form: {@link HeadlineAttributionFinder}, {@link DirectQuoteFinder} (direct
 * and partial quotes, attributed by the ordered sieves of {@link Sieves#DIRECT}),
 * {@link IndirectSpeechFinder}, all locating speakers through one {@link SpeakerSearch} over the
 * article's {@link ArticleTokens}. {@link Sieves} says in which order the rules run.
 *
 * <p>Thread-safe: all per-article state lives in objects made for that article.
 */
public final class QuoteFinder {
  static final String DIRECT = "direct";
  static final String PARTIAL = "partial";
  static final String INDIRECT = "indirect";

  private final CueIndex index;

  public QuoteFinder() {
    this(QuoteCues.defaults());
  }

  public QuoteFinder(QuoteCues cues) {
    this(cues, PersonGenders.loadDefault());
  }

  QuoteFinder(QuoteCues cues, PersonGenders genders) {
    this.index = new CueIndex(cues, genders);
  }

  public List<Quote> find(ArticleDoc doc) {
    ArticleTokens article = new ArticleTokens(doc, index);
    SpeakerSearch search = new SpeakerSearch(article);
    DirectQuoteFinder direct = new DirectQuoteFinder(article, search);
    IndirectSpeechFinder indirect = new IndirectSpeechFinder(article, search);
    new HeadlineAttributionFinder(article).find();
    List<Token> tokens = article.tokens();
    int[] sentenceOf = article.sentenceOf();
    List<QuotedSpan> spans = article.spans();
    int n = tokens.size();
    int nextSpan = 0;
    int t = 0;
    while (t < n) {
      int sentence = sentenceOf[t];
      int end = t;
      while (end < n && sentenceOf[end] == sentence) {
        end++;
      }
      // quotes that open in this sentence, then the reporting verbs outside quotes
      while (nextSpan < spans.size() && spans.get(nextSpan).open() < tokens.get(end - 1).end()) {
        direct.quoted(nextSpan++);
      }
      indirect.find(t, end);
      t = end;
    }
    List<Quote> out = article.quotes();
    out.sort(Comparator.comparingInt(Quote::begin));
    direct.attributeBackwards();
    return out;
  }
}
