package org.newsanalytics.common.spark;

import java.io.FileNotFoundException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warehouse table damaged outside Delta (a truncated {@code _delta_log} commit, a data file
 * deleted by hand), recognised in the exception a read threw, so the user gets one line naming
 * the table and what to do instead of a stack of Spark and Delta internals. Nothing is repaired
 * automatically: a guess could lose rows, and the other tables are left as they are.
 */
public final class DamagedTable extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING_FILE =
      Pattern.compile("(?i)(does not exist|FileNotFound|No such file|FAILED_READ_FILE)");

  private final String table;

  private DamagedTable(String table, String message, Throwable cause) {
    super(message, cause);
    this.table = table;
  }

  public String table() {
    return table;
  }

  /**
   * The damage {@code e} reports in a table under {@code warehouseRoot}, if it is one.
   *
   * @param warehouseRoot the warehouse directory as the jobs were given it (absolute or not)
   */
  public static Optional<DamagedTable> in(Throwable e, String warehouseRoot) {
    String root = normalise(warehouseRoot);
    Pattern underRoot = Pattern.compile(Pattern.quote(root) + "/([^/\\s:;,'\"\\]\\)]+)(/[^\\s;,'\"\\]\\)]*)?");
    boolean missingFile = false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      missingFile |= t instanceof FileNotFoundException;
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      missingFile |= MISSING_FILE.matcher(message).find();
      Matcher m = underRoot.matcher(message);
      while (m.find()) {
        String table = m.group(1);
        String rest = m.group(2) == null ? "" : m.group(2).replaceAll("\\.+$", ""); // a sentence's full stop
        String tablePath = root + "/" + table;
        if (rest.startsWith("/_delta_log")) {
          return Optional.of(new DamagedTable(table, "Cannot read table " + table + " at " + tablePath
              + ": its Delta log is damaged (" + firstLine(message, tablePath) + "); restore " + tablePath
              + " from a backup, or delete it and rebuild it (" + rebuild(table) + "); the other tables are untouched", e));
        }
        if (missingFile && rest.endsWith(".parquet")) {
          return Optional.of(new DamagedTable(table, "Cannot read table " + table + " at " + tablePath
              + ": its data file " + rest.substring(1) + " is missing (deleted outside Delta); restore it from a backup, "
              + "or delete " + tablePath + " and rebuild the table (" + rebuild(table) + "); the other tables are untouched", e));
        }
      }
    }
    return Optional.empty();
  }

  /** How a table is written again from what the warehouse still holds. */
  static String rebuild(String table) {
    return switch (table) {
      case "articles", "rejects" -> "`run --since all` reads the input again";
      case "entities", "quotes", "event_mentions", "extracted" ->
          "`extract --full` analyses every article again; delete entities, quotes, event_mentions and extracted together";
      case "runs" -> "the next run starts a new one";
      default -> "`trends` computes it again from the mention tables";
    };
  }

  private static String normalise(String root) {
    String r = root.startsWith("file:") ? root.substring("file:".length()).replaceFirst("^//", "") : root;
    if (!r.contains("://")) {
      r = java.nio.file.Path.of(r).toAbsolutePath().normalize().toString();
    }
    return r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
  }

  private static String firstLine(String message, String tablePath) {
    String line = message.lines().findFirst().orElse(message).strip()
        .replaceAll("(file:)?/*" + Pattern.quote(tablePath.replaceFirst("^/+", "")) + "/", "");
    return line.length() <= 160 ? line : line.substring(0, 159) + "…";
  }
}
