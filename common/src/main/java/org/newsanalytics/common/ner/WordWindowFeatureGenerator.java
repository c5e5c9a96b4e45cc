package org.newsanalytics.common.ner;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The features of OpenNLP's two ±2 window generators over the token class and the lower-cased
 * word ({@code Window(TokenClass(wordAndClass))} then {@code Window(Token(lowercase))}), the same
 * strings in the same order, with each word lower-cased and classified once per sentence instead
 * of once for every window position it falls in (five times each, a fifth of tagging time).
 * {@code LinearNerModelTest} checks the strings are OpenNLP's. Not thread-safe (one per tagger).
 */
final class WordWindowFeatureGenerator implements AdaptiveFeatureGenerator {
  static final int WINDOW = 2;
  private static final String[] CLASS_PREFIX = {"wc=", "p1wc=", "p2wc=", "n1wc=", "n2wc="};
  private static final String[] WORD_CLASS_PREFIX = {"w&c=", "p1w&c=", "p2w&c=", "n1w&c=", "n2w&c="};
  private static final String[] WORD_PREFIX = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};

  private String[] lastTokens;
  /** Per token of the last sentence, its class and lower-cased word. */
  private String[] classes;
  private String[] lower;

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) { // called token by token for one sentence: classify the sentence once
      classes = new String[tokens.length];
      lower = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
        lower[i] = StringUtil.toLowerCase(tokens[i]);
      }
      lastTokens = tokens;
    }
    // OpenNLP's window order: the token itself, then previous 1..2, then next 1..2
    for (int slot = 0; slot < 2 * WINDOW + 1; slot++) {
      int j = position(index, slot);
      if (j >= 0 && j < tokens.length) {
        out.add(CLASS_PREFIX[slot] + classes[j]);
        out.add(WORD_CLASS_PREFIX[slot] + lower[j] + "," + classes[j]);
      }
    }
    for (int slot = 0; slot < 2 * WINDOW + 1; slot++) {
      int j = position(index, slot);
      if (j >= 0 && j < tokens.length) {
        out.add(WORD_PREFIX[slot] + lower[j]);
      }
    }
  }

  /**
   * OpenNLP's two window generators as a feature descriptor names them (the linear tagger's
   * descriptor before 2026-12-03 18:00), whitespace aside.
   */
  private static final java.util.regex.Pattern OPENNLP_WINDOWS = java.util.regex.Pattern.compile(
      "<generator class=\"opennlp\\.tools\\.util\\.featuregen\\.WindowFeatureGeneratorFactory\">\\s*"
          + "<int name=\"prevLength\">2</int>\\s*<int name=\"nextLength\">2</int>\\s*"
          + "<generator class=\"opennlp\\.tools\\.util\\.featuregen\\.TokenClassFeatureGeneratorFactory\"/>\\s*"
          + "</generator>\\s*"
          + "<generator class=\"opennlp\\.tools\\.util\\.featuregen\\.WindowFeatureGeneratorFactory\">\\s*"
          + "<int name=\"prevLength\">2</int>\\s*<int name=\"nextLength\">2</int>\\s*"
          + "<generator class=\"opennlp\\.tools\\.util\\.featuregen\\.TokenFeatureGeneratorFactory\">\\s*"
          + "<bool name=\"lowercase\">true</bool>\\s*</generator>\\s*</generator>");

  /**
   * The descriptor with OpenNLP's two ±2 window generators (token class, lower-cased word), if it
   * names them in that order, replaced by this one, which gives the same features: a model
   * trained before this generator existed tags with it unchanged. Any other descriptor: null.
   */
  static String replacingOpenNlpWindows(String descriptor) {
    java.util.regex.Matcher m = OPENNLP_WINDOWS.matcher(descriptor);
    if (!m.find()) {
      return null;
    }
    return descriptor.substring(0, m.start()) + "<generator class=\"" + Factory.class.getName() + "\"/>"
        + descriptor.substring(m.end());
  }

  /** Slot 0: the token; 1..WINDOW: that many before; WINDOW+1..2*WINDOW: after. */
  private static int position(int index, int slot) {
    return slot == 0 ? index : slot <= WINDOW ? index - slot : index + slot - WINDOW;
  }

  /** What the descriptor's {@code <generator class="...WordWindowFeatureGenerator$Factory"/>} builds. */
  public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
      return new WordWindowFeatureGenerator();
    }
  }
}
