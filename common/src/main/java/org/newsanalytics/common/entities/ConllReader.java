package org.newsanalytics.common.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 style files: one token per line, columns separated by white space, the NER
 * tag in the last column; a blank line ends a sentence; {@code -DOCSTART-} starts a document.
 */
public final class ConllReader {
  private ConllReader() {}

  public static List<ConllSentence> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** @param where names the input in error messages */
  public static List<ConllSentence> parse(String content, String where) {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int document = 0;
    boolean seenDocStart = false;
    String[] lines = content.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        flush(out, document, tokens, tags);
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        flush(out, document, tokens, tags);
        // the first -DOCSTART- opens document 0; each later one the next document
        document = seenDocStart ? document + 1 : document;
        seenDocStart = true;
        continue;
      }
      if (cols.length < 2) {
        throw new IllegalArgumentException("Cannot read CoNLL line " + (n + 1) + " of " + where
            + ": expected a token and a tag, got '" + line + "'");
      }
      tokens.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    flush(out, document, tokens, tags);
    return out;
  }

  private static void flush(List<ConllSentence> out, int document, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      out.add(new ConllSentence(document, tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }
}
