package org.newsanalytics.common.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue lexicon indexed for matching against tokens, built once per {@link QuoteFinder}: multi-word
 * cue forms and organisation names by their first word, the source phrases as words, and the
 * gender evidence for pronouns. Immutable
 * after construction, so one index serves every article and thread.
 */
final class CueIndex {
  private final QuoteCues cues;
  private final PersonGenders genders;
  /** organisation names as words, by their first word */
  private final Map<String, List<String[]>> organisationPhrases = new HashMap<>();
  /** first word of a multi-word cue form → the remaining words */
  private final Map<String, List<String[]>> multiWordForms = new HashMap<>();
  private final List<String[]> sourcePhrases;

  CueIndex(QuoteCues cues, PersonGenders genders) {
    this.cues = cues;
    this.genders = genders;
    for (String o : cues.organisations()) {
      String[] words = o.split("\\s+");
      organisationPhrases.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    for (String form : cues.verbForms().keySet()) {
      String[] words = form.split("\\s+");
      if (words.length > 1) {
        multiWordForms.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
    }
    this.sourcePhrases = cues.sourcePhrases().stream().map(p -> p.split("\\s+")).toList();
  }

  QuoteCues cues() {
    return cues;
  }

  PersonGenders genders() {
    return genders;
  }

  Map<String, List<String[]>> organisationPhrases() {
    return organisationPhrases;
  }

  /**
   * The number of tokens of the cue form starting at i (0 if none); a form of an indirect-only lemma
   * counts only when {@code withIndirectOnly}.
   */
  int cueLength(List<Token> tokens, int i, boolean withIndirectOnly) {
    Token t = tokens.get(i);
    if (!t.isWord()) {
      return 0;
    }
    String w = t.lower();
    List<String[]> longer = multiWordForms.get(w);
    if (longer != null) {
      for (String[] words : longer) {
        boolean match = i + words.length <= tokens.size();
        for (int k = 1; k < words.length && match; k++) {
          match = tokens.get(i + k).text().equalsIgnoreCase(words[k]);
        }
        if (match && (withIndirectOnly || !cues.indirectOnlyLemmas().contains(cues.lemmaOf(String.join(" ", words))))) {
          return words.length;
        }
      }
    }
    String lemma = cues.verbForms().get(w);
    if (lemma == null || w.contains(" ")) {
      return 0;
    }
    return withIndirectOnly || !cues.indirectOnlyLemmas().contains(lemma) ? 1 : 0;
  }

  int sourcePhraseAt(List<Token> tokens, int i) {
    for (String[] p : sourcePhrases) {
      boolean match = i + p.length <= tokens.size();
      for (int k = 0; k < p.length && match; k++) {
        match = tokens.get(i + k).text().equalsIgnoreCase(p[k]);
      }
      if (match) {
        return p.length;
      }
    }
    return 0;
  }
}
