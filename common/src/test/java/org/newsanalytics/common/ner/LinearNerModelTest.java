package org.newsanalytics.common.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsanalytics.common.entities.ConllSentence;
import org.newsanalytics.common.extract.SentenceSplitter;

/** Training, saving, reloading and tagging with a model trained on a few made-up sentences. */
class LinearNerModelTest {
  private static final String GAZETTEER = "entities:\n  CITY:\n    - {name: Lyon}\n";

  private static LinearNerModel tiny() {
    return tiny(LinearNerTrainer.FEATURES);
  }

  private static LinearNerModel tiny(String features) {
    String[] people = {"Anna Weber", "Tom Berg", "Lena Holt", "Marc Vidal"};
    String[] cities = {"Lyon", "Porto", "Graz", "Turku"};
    List<ConllSentence> train = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] person = people[i % people.length].split(" ");
      String city = cities[(i / 2) % cities.length];
      train.add(new ConllSentence(i / 4, List.of(person[0], person[1], "arrived", "in", city, "today", "."),
          List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O", "O")));
    }
    // clusters: the city names share one cluster, the other words another
    String[] words = {"lyon", "porto", "graz", "turku", "nice", "arrived", "in", "today"};
    float[][] vectors = {{1, 0}, {1, 0.1f}, {0.9f, 0}, {1, -0.1f}, {1, 0.05f}, {0, 1}, {0.1f, 1}, {-0.1f, 1}};
    WordClusters clusters = WordClusters.compute(words, vectors, new int[] {2}, 1, line -> {});
    return LinearNerTrainer.train(train, clusters, GAZETTEER, new LinearNerTrainer.Options(50, 0, true), Map.of(),
        line -> {}, features);
  }

  @Test
  void savedModelReloadsAndTagsWithExactOffsets(@TempDir Path dir) {
    LinearNerModel trained = tiny();
    trained.save(dir.resolve("m"));
    assertTrue(LinearNerModel.isIn(dir.resolve("m")));
    LinearNerModel loaded = LinearNerModel.load(dir.resolve("m"));
    String text = "Tom Berg arrived in Nice today.\n\nLena Holt arrived in Porto today.";
    List<LinearNerTagger.Mention> a = trained.newTagger().tag(text, SentenceSplitter.split(text));
    List<LinearNerTagger.Mention> b = loaded.newTagger().tag(text, SentenceSplitter.split(text));
    assertEquals(a, b);
    List<String> found = b.stream().map(m -> text.substring(m.begin(), m.end()) + "/" + m.label()).toList();
    assertTrue(found.contains("Tom Berg/PER"), found.toString());
    assertTrue(found.contains("Lena Holt/PER"), found.toString());
    assertTrue(found.contains("Porto/LOC"), found.toString());
    // never seen in training, but in the cities' cluster
    assertTrue(found.contains("Nice/LOC"), found.toString());
    assertEquals(1, b.stream().filter(m -> text.substring(m.begin(), m.end()).equals("Porto")).findFirst().orElseThrow()
        .sentence());
  }

  @Test
  void taggerFindsWhatOpenNlpsNameFinderFindsWithTheSameProbabilities() {
    findsWhatOpenNlpFinds(tiny());
  }

  @Test
  void aModelNamingOpenNlpsWindowGeneratorsTagsTheSameWithTheOnePassGenerator() {
    LinearNerModel model = tiny("ner/opennlp-window-features.xml");
    String descriptor = new String(model.finder().<byte[]>getArtifact("generator.featuregen"),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(descriptor.contains("WindowFeatureGeneratorFactory"), descriptor);
    String replaced = WordWindowFeatureGenerator.replacingOpenNlpWindows(descriptor);
    assertTrue(replaced != null && !replaced.contains("WindowFeatureGeneratorFactory")
        && replaced.contains("WordWindowFeatureGenerator$Factory"), String.valueOf(replaced));
    findsWhatOpenNlpFinds(model); // NameFinderME builds OpenNLP's own generators from the same descriptor
  }

  private static void findsWhatOpenNlpFinds(LinearNerModel model) {
    String text = "Tom Berg arrived in Nice today. Anna Weber and Lena Holt left Graz.\n\nMarc Vidal arrived in "
        + "Turku today, and Berg arrived in Lyon. Holt arrived in Porto.";
    assertEquals(3, model.beamSize()); // OpenNLP's default: NameFinderME decodes with the model's own beam
    NameFinderME reference = new NameFinderME(model.finder());
    LinearNerTagger tagger = model.newTagger();
    int spans = 0;
    for (var s : SentenceSplitter.split(text)) { // in order: the previous-label memory carries over
      String[] words = NerTokenizer.tokenize(text, s.begin(), s.end()).stream().map(NerTokenizer.Token::text)
          .toArray(String[]::new);
      Span[] expected = reference.find(words);
      Span[] actual = tagger.tagTokens(words);
      assertArrayEquals(expected, actual, String.join(" ", words));
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0, actual[i].toString());
      }
      spans += actual.length;
    }
    assertTrue(spans >= 6, "only " + spans + " entities");
  }

  @Test
  void clusterPairsNameTheClustersOfNeighbouringWords() {
    String[] words = {"lyon", "porto", "arrived", "in"};
    float[][] vectors = {{1, 0}, {1, 0.1f}, {0, 1}, {0.1f, 1}};
    WordClusters clusters = WordClusters.compute(words, vectors, new int[] {2}, 1, line -> {});
    LinearNerFeatures features = new LinearNerFeatures(clusters, null);
    String[] tokens = {"Ann", "arrived", "in", "Porto"};
    List<String> plain = List.of(features.of(tokens)[3]);
    List<String> paired = List.of(features.of(tokens, 2)[3]);
    String in = Integer.toString(clusters.of("in")[0]);
    String porto = Integer.toString(clusters.of("porto")[0]);
    assertTrue(paired.containsAll(plain));
    assertEquals(List.of("cp2[-1,0]=" + in + "|" + porto, "cp2[0,1]=" + porto + "|$"),
        paired.subList(plain.size(), paired.size()));
    assertEquals("cp2[-1,0]=^|-", features.of(tokens, 2)[0][features.of(tokens)[0].length]); // no vector for "ann"
  }

  @Test
  void clusterPairsAtAGranularityTheClustersLackAreRefused() {
    WordClusters clusters = WordClusters.compute(new String[] {"a", "b"}, new float[][] {{1, 0}, {0, 1}},
        new int[] {2}, 1, line -> {});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearNerTrainer.train(
        List.of(new ConllSentence(0, List.of("a"), List.of("O"))), clusters, GAZETTEER,
        new LinearNerTrainer.Options(5, 0, false, false, 64, "PERCEPTRON"), Map.of(), line -> {}));
    assertEquals("Cannot train with cluster pairs at k=64: the clusters have k = [2]", e.getMessage());
  }

  @Test
  void aBeamSizeBelowOneIsRefused(@TempDir Path dir) throws Exception {
    tiny().save(dir);
    Files.writeString(dir.resolve(LinearNerModel.MANIFEST),
        Files.readString(dir.resolve(LinearNerModel.MANIFEST)) + "beam_size=0\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LinearNerModel.load(dir));
    assertEquals("Cannot load the NER model: linear-ner.properties has beam_size=0, expected a whole number >= 1",
        e.getMessage());
  }

  @Test
  void aDirectoryOfAnotherKindIsNotTakenForThisOne(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("stages"));
    assertTrue(!LinearNerModel.isIn(dir));
    Files.writeString(dir.resolve(LinearNerModel.MANIFEST), "kind=something-else\n");
    assertThrows(IllegalArgumentException.class, () -> LinearNerModel.load(dir));
  }
}
