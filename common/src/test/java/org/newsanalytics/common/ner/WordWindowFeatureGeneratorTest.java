package org.newsanalytics.common.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;
import org.newsanalytics.common.extract.SentenceSplitter;

/** The one-pass window generator gives OpenNLP's window features, string for string and in order. */
class WordWindowFeatureGeneratorTest {
  @Test
  void sameFeaturesAsOpenNlpsTwoWindowGenerators() {
    AdaptiveFeatureGenerator openNlp = new AggregatedFeatureGenerator(
        new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
        new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2));
    AdaptiveFeatureGenerator ours = new WordWindowFeatureGenerator();
    // shapes of every kind: capitals, all caps, digits, mixed, punctuation, a one- and a two-token sentence
    String text = "MOSCOW (Reuters) - Gazprom's CEO said on 12/03/1996 that 3.5 bln roubles, U.S.-backed, were "
        + "paid. Ok. Yes !\n\nÉtienne Dupont-Lefèvre won 6-4 7-5 in İstanbul ; x2 and A1 followed at 10:30 .";
    int tokens = 0;
    for (var s : SentenceSplitter.split(text)) {
      String[] words = NerTokenizer.tokenize(text, s.begin(), s.end()).stream().map(NerTokenizer.Token::text)
          .toArray(String[]::new);
      for (int i = 0; i < words.length; i++) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        openNlp.createFeatures(expected, words, i, new String[i]);
        ours.createFeatures(actual, words, i, new String[i]);
        assertEquals(expected, actual, words[i] + " in " + String.join(" ", words));
        tokens++;
      }
    }
    assertTrue(tokens > 40, "only " + tokens + " tokens");
  }
}
