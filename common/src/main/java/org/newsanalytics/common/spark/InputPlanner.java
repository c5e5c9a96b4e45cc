package org.newsanalytics.common.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsanalytics.common.ingest.InputFormat;
import org.newsanalytics.common.ingest.Reject;
import org.newsanalytics.common.ingest.RejectReason;

/**
 * Expands the user's input paths (files, directories, globs; any Hadoop file system) into the
 * files to read, each with its format and source name. Paths that do not exist, files with
 * no recognisable format and empty files become rejects here, before any executor runs.
 * Walking a directory skips hidden files ({@code .x}, {@code _x}) and Markdown documentation;
 * with a "modified since" instant, files last modified before it are skipped too.
 */
public final class InputPlanner {
  /** A file to read. */
  public record PlannedFile(String path, InputFormat format, String source, long bytes) implements Serializable {}

  /** The files to read, the refusals, and how many files a directory walk passed over. */
  public record Plan(List<PlannedFile> files, List<Reject> rejects, int skipped) {}

  private final Configuration hadoop;
  private final long maxFileBytes;

  public InputPlanner(Configuration hadoop, long maxFileBytes) {
    this.hadoop = hadoop;
    this.maxFileBytes = maxFileBytes;
  }

  public Plan plan(List<String> inputs, InputFormat format, String sourceOverride) throws IOException {
    return plan(inputs, format, sourceOverride, null);
  }

  /** As {@link #plan(List, InputFormat, String)}, skipping files last modified before {@code since} (when not null). */
  public Plan plan(List<String> inputs, InputFormat format, String sourceOverride, java.time.Instant since) throws IOException {
    List<PlannedFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    int[] skipped = {0};
    for (String input : inputs) {
      Path pattern = new Path(input);
      FileSystem fs = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        rejects.add(new Reject(input, "path", RejectReason.PATH_NOT_FOUND, "no file or directory matches '" + input + "'", null));
        continue;
      }
      for (FileStatus match : matches) {
        String source = sourceOverride != null ? sourceOverride : defaultSource(match);
        if (match.isDirectory()) {
          brokenLinks(match.getPath(), rejects);
          RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
          while (walk.hasNext()) {
            LocatedFileStatus file = walk.next();
            if (isHiddenOrDocumentation(file.getPath(), match.getPath()) || olderThan(file, since)) {
              skipped[0]++;
              continue;
            }
            add(file, format, source, files, rejects);
          }
        } else if (olderThan(match, since)) {
          skipped[0]++;
        } else {
          add(match, format, source, files, rejects);
        }
      }
    }
    files.sort(java.util.Comparator.comparing(PlannedFile::path));
    return new Plan(List.copyOf(files), List.copyOf(rejects), skipped[0]);
  }

  private void add(FileStatus file, InputFormat format, String source, List<PlannedFile> files, List<Reject> rejects) {
    String path = file.getPath().toString();
    InputFormat resolved = format;
    if (format == InputFormat.AUTO) {
      var guess = InputFormat.fromFileName(file.getPath().getName());
      if (guess.isEmpty()) {
        rejects.add(new Reject(path, "file", RejectReason.UNKNOWN_FORMAT, "cannot tell the format of '"
            + file.getPath().getName() + "' from its name; pass --format text|jsonl|csv|parquet|reuters-sgml|warc|html", null));
        return;
      }
      resolved = guess.get();
    }
    if (file.getLen() == 0) {
      rejects.add(new Reject(path, "file", RejectReason.EMPTY_FILE, "file is empty (0 bytes)", ""));
      return;
    }
    // a web archive is streamed record by record, so its size is no limit
    if (resolved != InputFormat.WARC && file.getLen() > maxFileBytes) {
      rejects.add(new Reject(path, "file", RejectReason.FILE_TOO_LARGE, String.format(Locale.ROOT,
          "file has %,d bytes, over the limit of %,d (--max-file-bytes)", file.getLen(), maxFileBytes), null));
      return;
    }
    files.add(new PlannedFile(path, resolved, source, file.getLen()));
  }

  /** Hadoop's listing passes over broken symbolic links silently; on a local disk, name them. */
  private static void brokenLinks(Path dir, List<Reject> rejects) throws IOException {
    if (!"file".equals(dir.toUri().getScheme())) {
      return;
    }
    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of(dir.toUri()))) {
      walk.filter(p -> java.nio.file.Files.isSymbolicLink(p) && !java.nio.file.Files.exists(p)).sorted().forEach(p -> {
        String target;
        try {
          target = java.nio.file.Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
          target = "?";
        }
        rejects.add(new Reject(new Path(p.toUri()).toString(), "file", RejectReason.UNREADABLE,
            "cannot read: broken symbolic link to " + target, null));
      });
    }
  }

  private static boolean olderThan(FileStatus file, java.time.Instant since) {
    return since != null && file.getModificationTime() < since.toEpochMilli();
  }

  private static boolean isHiddenOrDocumentation(Path file, Path walkRoot) {
    for (Path p = file; p != null && !p.equals(walkRoot); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return file.getName().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** The directory name for a directory, the parent directory's name for a file. */
  static String defaultSource(FileStatus match) {
    Path p = match.isDirectory() ? match.getPath() : match.getPath().getParent();
    return p == null || p.getName().isEmpty() ? "unknown" : p.getName();
  }
}
