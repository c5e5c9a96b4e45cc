package org.newsanalytics.common.ingest;

import java.time.ZoneOffset;
import java.util.Locale;
import org.newsanalytics.common.text.Hashes;
import org.newsanalytics.common.text.LanguageGuesser;
import org.newsanalytics.common.text.PublicationDates;
import org.newsanalytics.common.text.TextCleaner;

/**
 * Checks a raw record and turns it into an {@link Article}, or says why not. The article id
 * is a hash of the URL when there is one, else of source, date and normalised text, so the
 * same record read again always lands on the same row.
 */
public final class ArticleValidator {
  /** Exactly one of the two is set. */
  public record Outcome(Article article, Reject reject) {}

  private final IngestLimits limits;

  public ArticleValidator(IngestLimits limits) {
    this.limits = limits;
  }

  public Outcome validate(RawRecord r) {
    String raw = r.text();
    if (raw != null && raw.length() > limits.maxArticleChars()) {
      return rejected(r, RejectReason.ARTICLE_TOO_LARGE, String.format(Locale.ROOT,
          "text has %,d characters, over the limit of %,d (--max-article-chars)", raw.length(), limits.maxArticleChars()));
    }
    String text = TextCleaner.clean(raw);
    if (TextCleaner.isBlank(text)) {
      return rejected(r, RejectReason.EMPTY_TEXT, raw == null ? "no text field" : "text is empty or whitespace only");
    }
    PublicationDates.Parsed published;
    try {
      published = PublicationDates.parse(r.published());
    } catch (PublicationDates.InvalidDateException e) {
      RejectReason reason = r.published() == null || r.published().isBlank() ? RejectReason.MISSING_DATE : RejectReason.INVALID_DATE;
      return rejected(r, reason, e.getMessage());
    }
    if (published.date().isBefore(limits.earliest())) {
      return rejected(r, RejectReason.DATE_OUT_OF_RANGE, "date " + published.date() + " is before " + limits.earliest());
    }
    if (published.instant().isAfter(limits.now().plus(limits.futureTolerance()))) {
      return rejected(r, RejectReason.DATE_OUT_OF_RANGE, "date " + published.date() + " is in the future (ingested "
          + limits.now().atOffset(ZoneOffset.UTC).toLocalDate() + ")");
    }
    String source = blankToNull(r.source());
    String url = blankToNull(r.url());
    String normalized = TextCleaner.normalizeForIdentity(text);
    String contentHash = Hashes.id(normalized);
    String articleId = url != null
        ? Hashes.id("url", url)
        : Hashes.id("text", source == null ? "" : source, published.date().toString(), normalized);
    String title = blankToNull(r.title() == null ? null : TextCleaner.clean(r.title()));
    return new Outcome(new Article(articleId, source, url, title, published.instant(), published.date(),
        LanguageGuesser.guess(text), text, contentHash, r.inputFile(), r.recordRef(), r.dateSource()), null);
  }

  private static Outcome rejected(RawRecord r, RejectReason reason, String detail) {
    String excerpt = r.text() == null ? r.published() : r.text();
    return new Outcome(null, new Reject(r.inputFile(), r.recordRef(), reason, detail, excerpt));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
