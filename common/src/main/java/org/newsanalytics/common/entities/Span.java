package org.newsanalytics.common.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed span [begin, end): token offsets for CoNLL gold, character offsets for model output.
 * Scoring compares spans exactly (begin, end and type), as conlleval does.
 */
public record Span(int begin, int end, String type) {
  public Span {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("Cannot make a span from offsets [" + begin + ", " + end + ")");
    }
  }

  /**
   * Chunks from IOB tags with conlleval's rules, so IOB1 and IOB2 files read the same: a chunk
   * starts at B-X, or at I-X after O or after a chunk of another type, and runs while I-X follows.
   * E- and S- (IOBES) are read too, since some exported CoNLL files use them.
   */
  public static List<Span> fromTags(List<String> tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String tagType = prefix.equals("O") ? null : tag.substring(2);
      boolean continues = type != null && type.equals(tagType) && (prefix.equals("I") || prefix.equals("E"));
      if (type != null && !continues) {
        out.add(new Span(start, i, type));
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
      if (type != null && (prefix.equals("E") || prefix.equals("S"))) {
        out.add(new Span(start, i + 1, type));
        type = null;
      }
    }
    return out;
  }
}
