package org.newsanalytics.common.ingest;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which input column (CSV header, JSON field, Parquet column) feeds which article field.
 * Without an explicit mapping each field takes the first of its usual names that is present,
 * so the common layouts (link/headline/date/body, url/date/title/text) read as they are.
 */
public final class ColumnMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The article fields a record can supply. */
  public enum Field {
    URL(List.of("url", "link", "href", "uri")),
    TITLE(List.of("title", "headline", "heading")),
    PUBLISHED(List.of("published", "published_at", "publish_date", "date", "datetime", "pubdate", "timestamp", "time")),
    TEXT(List.of("text", "body", "content", "article", "story")),
    SOURCE(List.of("source", "outlet", "publisher"));

    private final List<String> aliases;

    Field(List<String> aliases) {
      this.aliases = aliases;
    }

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final EnumMap<Field, String> explicit;

  private ColumnMapping(EnumMap<Field, String> explicit) {
    this.explicit = explicit;
  }

  public static ColumnMapping defaults() {
    return new ColumnMapping(new EnumMap<>(Field.class));
  }

  /** Parses {@code published=date,text=body}; unknown fields are an error naming the valid ones. */
  public static ColumnMapping parse(Map<String, String> pairs) {
    EnumMap<Field, String> explicit = new EnumMap<>(Field.class);
    for (var e : pairs.entrySet()) {
      Field field = fieldNamed(e.getKey());
      if (e.getValue() == null || e.getValue().isBlank()) {
        throw new IllegalArgumentException("Cannot map field '" + e.getKey() + "' to an empty column name");
      }
      explicit.put(field, e.getValue().strip());
    }
    return new ColumnMapping(explicit);
  }

  private static Field fieldNamed(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Field f : Field.values()) {
      if (f.cliName().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("Cannot map unknown field '" + name
        + "': expected one of url, title, published, text, source");
  }

  /**
   * The column that supplies a field, given the columns present. An explicitly mapped column
   * that is missing is reported by {@link #missingExplicit}; here it simply resolves to empty.
   */
  public Optional<String> resolve(Field field, Collection<String> columns) {
    String wanted = explicit.get(field);
    if (wanted != null) {
      return columns.stream().filter(c -> c.equals(wanted)).findFirst()
          .or(() -> columns.stream().filter(c -> c.strip().equalsIgnoreCase(wanted)).findFirst());
    }
    for (String alias : field.aliases) {
      Optional<String> hit = columns.stream().filter(c -> c.strip().equalsIgnoreCase(alias)).findFirst();
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  /** A one-line problem when a required or explicitly mapped column is absent, else empty. */
  public Optional<String> missing(Collection<String> columns) {
    for (var e : explicit.entrySet()) {
      if (resolve(e.getKey(), columns).isEmpty()) {
        return Optional.of("no column '" + e.getValue() + "' for " + e.getKey().cliName()
            + " (columns: " + String.join(", ", columns) + ")");
      }
    }
    for (Field required : List.of(Field.TEXT, Field.PUBLISHED)) {
      if (resolve(required, columns).isEmpty()) {
        return Optional.of("no column for " + required.cliName() + " (columns: " + String.join(", ", columns)
            + "); name it with --map " + required.cliName() + "=COLUMN");
      }
    }
    return Optional.empty();
  }
}
