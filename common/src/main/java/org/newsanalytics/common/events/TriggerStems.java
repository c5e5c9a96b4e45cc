package org.newsanalytics.common.events;

import java.util.List;
import java.util.Locale;

/**
 * The first-word stems of a type's trigger phrases ("attack" for "attack[s|ed|ing]", "exchange"
 * for "exchange of ... prisoners"), in a character trie. A sentence none of whose words starts
 * with a stem cannot match the trigger pattern, so the pattern is not run on it: most sentences
 * mention no event, and this check is one walk over the sentence's letters.
 */
final class TriggerStems {
  /** Children by lower-case ASCII character: stems are English words, and arrays beat boxing per character. */
  private static final class Node {
    final Node[] next = new Node[128];
    boolean stem;
  }

  private final Node root = new Node();

  TriggerStems(List<String> phrases) {
    for (String phrase : phrases) {
      String first = phrase.strip().split("\\s+")[0];
      int bracket = first.indexOf('[');
      String stem = (bracket >= 0 ? first.substring(0, bracket) : first).toLowerCase(Locale.ROOT);
      Node n = root;
      for (char c : stem.toCharArray()) {
        if (c >= 128) {
          break; // a non-ASCII stem keeps its ASCII prefix: a looser filter, never a missed match
        }
        if (n.next[c] == null) {
          n.next[c] = new Node();
        }
        n = n.next[c];
      }
      n.stem = true;
    }
  }

  /** True when some word of {@code text} starts with one of the stems. */
  boolean anyIn(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      Node node = root;
      int j = i;
      while (j < n && node != null && !node.stem) {
        char c = Character.toLowerCase(text.charAt(j));
        node = c < 128 ? node.next[c] : null;
        j++;
      }
      if (node != null && node.stem) {
        return true;
      }
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }
}
