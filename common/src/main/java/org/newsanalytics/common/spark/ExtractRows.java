package org.newsanalytics.common.spark;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsanalytics.common.extract.Analysis;
import org.newsanalytics.common.extract.ArticleAnalyzer;
import org.newsanalytics.common.extract.ArticleDoc;
import org.newsanalytics.common.extract.EntityMention;
import org.newsanalytics.common.extract.EventMention;
import org.newsanalytics.common.extract.Quote;
import org.newsanalytics.common.extract.SentenceSplitter;
import org.newsanalytics.common.extract.SentenceSpan;
import org.newsanalytics.common.table.TableContract;
import org.newsanalytics.common.table.Tables;
import org.newsanalytics.common.text.Hashes;
import org.newsanalytics.common.time.PlausibleDates;

/**
 * The executor side of extract: one {@link ArticleAnalyzer} per JVM, called once per article,
 * its results packed as three arrays (entities, quotes, events) whose elements are the rows
 * of the three tables without their article columns.
 *
 * <p>An article whose analysis throws gets empty arrays and a one-line {@code failure}, so one
 * bad article becomes a reject instead of failing the batch (and every other article with it).
 *
 * <p>Input columns: article_id, published_date, text, and optionally {@code sentences}
 * (array of struct begin/end, end exclusive) and {@code mentions} (array of struct
 * begin/end/text/label/confidence) from a Spark NLP NER pipeline; without them sentences
 * come from {@link SentenceSplitter} and the model contributes no mentions.
 */
public final class ExtractRows implements MapPartitionsFunction<Row, Row>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> ARTICLE_COLUMNS = List.of("article_id", "published_date");

  public static final StructType ENTITY = element(Tables.ENTITIES);
  public static final StructType QUOTE = element(Tables.QUOTES);
  public static final StructType EVENT = element(Tables.EVENT_MENTIONS);
  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("published_date", DataTypes.DateType, false)
      .add("entities", new ArrayType(ENTITY, false))
      .add("quotes", new ArrayType(QUOTE, false))
      .add("events", new ArrayType(EVENT, false))
      .add("failure", DataTypes.StringType, true);
  private static final Row[] NONE = new Row[0];
  private static final int MAX_FAILURE_LENGTH = 400;
  private static final String PROJECT_PACKAGE = "org.newsanalytics.";
  private static final Map<DataType, Class<?>> JAVA_TYPES = Map.of(DataTypes.StringType, String.class,
      DataTypes.IntegerType, Integer.class, DataTypes.LongType, Long.class, DataTypes.DoubleType, Double.class,
      DataTypes.BooleanType, Boolean.class, DataTypes.DateType, Date.class, DataTypes.TimestampType, Timestamp.class);

  /** The per-article analysis, resolved on the executor. */
  public interface ArticleStep extends Serializable {
    Analysis analyze(ArticleDoc doc);
  }

  private final ArticleStep step;

  /** Analyses with the executor's shared {@link ArticleAnalyzer}. */
  public ExtractRows() {
    this(doc -> ArticleAnalyzer.shared().analyze(doc));
  }

  public ExtractRows(ArticleStep step) {
    this.step = step;
  }

  private static StructType element(TableContract table) {
    return new StructType(Arrays.stream(table.schema().fields())
        .filter(f -> !ARTICLE_COLUMNS.contains(f.name())).toArray(StructField[]::new));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    List<Row> out = new ArrayList<>();
    while (articles.hasNext()) {
      out.add(analyse(articles.next()));
    }
    return out.iterator();
  }

  private Row analyse(Row article) {
    String id = article.getAs("article_id");
    Object published = article.getAs("published_date");
    try {
      ArticleDoc doc = document(article);
      Analysis a = step.analyze(doc);
      return RowFactory.create(id, published,
          checked(Tables.ENTITIES, ENTITY, a.entities().stream().map(e -> entityRow(id, e)).toArray(Row[]::new)),
          checked(Tables.QUOTES, QUOTE, a.quotes().stream().map(q -> quoteRow(id, q)).toArray(Row[]::new)),
          checked(Tables.EVENT_MENTIONS, EVENT,
              a.events().stream().map(e -> eventRow(id, doc.publishedDate(), e)).toArray(Row[]::new)), null);
    } catch (RuntimeException | StackOverflowError e) {
      // A rule bug, pathological text or a row the table cannot take must cost one article, not
      // the night's batch: a row that breaks its table's contract would fail the whole write.
      return RowFactory.create(id, published, NONE, NONE, NONE, failure(e));
    }
  }

  /**
   * The rows as the table's write will see them: a null in a required column or a value of the
   * wrong type fails Spark's encoder or Delta's NOT NULL check for the whole batch, so it is
   * caught here, per article.
   */
  static Row[] checked(TableContract table, StructType schema, Row[] rows) {
    for (Row row : rows) {
      for (int i = 0; i < schema.fields().length; i++) {
        StructField f = schema.fields()[i];
        Object value = row.get(i);
        if (value == null && !f.nullable()) {
          throw new IllegalArgumentException("Cannot write " + table.name() + "." + f.name() + ": null in a required column");
        }
        Class<?> expected = JAVA_TYPES.get(f.dataType());
        if (value != null && expected != null && !expected.isInstance(value)) {
          throw new IllegalArgumentException("Cannot write " + table.name() + "." + f.name() + ": "
              + value.getClass().getSimpleName() + " where " + f.dataType().simpleString() + " is declared");
        }
      }
    }
    return rows;
  }

  /** One line: exception class, message and the project frame that threw, enough to find the bug. */
  static String failure(Throwable e) {
    StringBuilder line = new StringBuilder(e.getClass().getSimpleName());
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      line.append(": ").append(e.getMessage().strip().replaceAll("\\s+", " "));
    }
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      StackTraceElement top = Arrays.stream(trace).filter(f -> f.getClassName().startsWith(PROJECT_PACKAGE))
          .findFirst().orElse(trace[0]);
      String cls = top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1);
      line.append(" (at ").append(cls).append('.').append(top.getMethodName()).append(':').append(top.getLineNumber()).append(')');
    }
    return line.length() <= MAX_FAILURE_LENGTH ? line.toString() : line.substring(0, MAX_FAILURE_LENGTH - 1) + "…";
  }

  static ArticleDoc document(Row article) {
    String id = article.getAs("article_id");
    String text = article.getAs("text");
    Date published = article.getAs("published_date");
    List<String> columns = Arrays.asList(article.schema().fieldNames());
    List<SentenceSpan> sentences = columns.contains("sentences") && article.getAs("sentences") != null
        ? sentencesOf(article.getList(article.fieldIndex("sentences")))
        : SentenceSplitter.split(text);
    List<EntityMention> raw = new ArrayList<>();
    if (columns.contains("mentions") && article.getAs("mentions") != null) {
      ArticleDoc shell = new ArticleDoc(id, published.toLocalDate(), text, sentences, List.of());
      for (Row m : article.<Row>getList(article.fieldIndex("mentions"))) {
        int begin = m.getInt(m.fieldIndex("begin"));
        int end = m.getInt(m.fieldIndex("end"));
        if (begin >= 0 && end > begin && end <= text.length()) {
          raw.add(new EntityMention(shell.sentenceAt(begin).index(), begin, end, text.substring(begin, end),
              m.getAs("label"), null, "model", m.isNullAt(m.fieldIndex("confidence")) ? 0.0 : m.getDouble(m.fieldIndex("confidence"))));
        }
      }
    }
    return new ArticleDoc(id, published.toLocalDate(), text, sentences, raw);
  }

  private static List<SentenceSpan> sentencesOf(List<Row> rows) {
    List<SentenceSpan> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(new SentenceSpan(out.size(), r.getInt(r.fieldIndex("begin")), r.getInt(r.fieldIndex("end"))));
    }
    return out;
  }

  private static Row entityRow(String articleId, EntityMention e) {
    return RowFactory.create(Hashes.id("entity", articleId, Integer.toString(e.begin()), Integer.toString(e.end()),
            e.entityType()), e.sentenceIndex(), e.begin(), e.end(), e.text(), e.entityType(), e.coarseType(),
        e.canonicalName(), e.method(), e.confidence());
  }

  private static Row quoteRow(String articleId, Quote q) {
    return RowFactory.create(Hashes.id("quote", articleId, Integer.toString(q.begin()), Integer.toString(q.end()), q.kind()),
        q.sentenceIndex(), q.quoteText(), q.begin(), q.end(), q.kind(), q.speakerText(),
        q.speakerCanonical() == null ? Quote.UNKNOWN_SPEAKER : q.speakerCanonical(), q.speakerBegin(), q.speakerEnd(),
        q.speakerType(), q.cue(), q.confidence(), q.attributionRule());
  }

  /**
   * A date that cannot be a news event's (before 1900, years after publication) is not written
   * as {@code event_date}: its text and precision stay, and the status says why it is missing.
   */
  private static Row eventRow(String articleId, LocalDate published, EventMention e) {
    boolean plausible = e.eventDate() == null || PlausibleDates.isPlausible(e.eventDate(), published);
    return RowFactory.create(Hashes.id("event", articleId, e.eventType(), Integer.toString(e.begin()),
            Integer.toString(e.end()), String.valueOf(e.talkRound())),
        e.sentenceIndex(), e.eventType(), e.eventMode(), e.triggerText(), e.sentenceText(), e.begin(), e.end(),
        e.actor(), e.target(), e.location(), e.eventDate() == null || !plausible ? null : Date.valueOf(e.eventDate()),
        e.dateText(), e.datePrecision(), plausible ? e.status() : PlausibleDates.IMPLAUSIBLE_DATE_STATUS, e.killed(), e.injured(), e.talkRound(), e.confidence());
  }
}
