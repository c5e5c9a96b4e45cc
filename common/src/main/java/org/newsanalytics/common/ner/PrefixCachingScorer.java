package org.newsanalytics.common.ner;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * OpenNLP's perceptron scores, computed once per token instead of once per beam entry. The beam
 * search asks for a token's scores once for each sequence it keeps (three by default); the
 * contexts it passes differ only in their last few features, the previous labels
 * ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}), while the rest, some 70 feature
 * strings each looked up in a map of ~600k, is the same list of the same string objects (the
 * feature generators' cache hands them out again). So the sum of the leading features' weights
 * is kept and reused while the leading features are the very same objects, and only the tail is
 * looked up again. The weights are summed in the same order as {@link PerceptronModel}'s own
 * {@code eval} and normalised by it, so the scores are the same to the last bit. Not
 * thread-safe: one per tagger.
 */
final class PrefixCachingScorer implements MaxentModel {
  /** Features at the end of a context that may change between beam entries (the previous labels). */
  static final int LABEL_FEATURES = 4;

  private final AbstractModel model;
  private final Map<String, Context> weights;
  private final EvalParameters normaliser;
  private final int outcomes;
  private String[] lastContext = new String[0];
  private int lastPrefix = -1;
  private final double[] prefixSums;

  @SuppressWarnings("unchecked")
  PrefixCachingScorer(MaxentModel model) {
    if (!(model instanceof PerceptronModel perceptron)) {
      throw new IllegalArgumentException("Cannot use the NER model: its name finder is a "
          + model.getClass().getSimpleName() + ", expected OpenNLP's PerceptronModel");
    }
    this.model = perceptron;
    Object[] data = perceptron.getDataStructures(); // parameters, feature -> weights, outcome names
    this.weights = (Map<String, Context>) data[1];
    this.outcomes = perceptron.getNumOutcomes();
    this.normaliser = new EvalParameters((Context[]) data[0], outcomes);
    this.prefixSums = new double[outcomes];
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[outcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    int prefix = Math.max(0, context.length - LABEL_FEATURES);
    if (!samePrefix(context, prefix)) {
      Arrays.fill(prefixSums, 0);
      for (int i = 0; i < prefix; i++) {
        add(weights.get(context[i]), prefixSums);
      }
      lastContext = context;
      lastPrefix = prefix;
    }
    System.arraycopy(prefixSums, 0, probs, 0, outcomes);
    for (int i = prefix; i < context.length; i++) {
      add(weights.get(context[i]), probs);
    }
    return PerceptronModel.eval(new int[0], probs, normaliser); // adds nothing, normalises as OpenNLP does
  }

  private boolean samePrefix(String[] context, int prefix) {
    if (prefix != lastPrefix) {
      return false;
    }
    for (int i = 0; i < prefix; i++) {
      if (context[i] != lastContext[i]) {
        return false;
      }
    }
    return true;
  }

  private static void add(Context c, double[] sums) {
    if (c == null) {
      return;
    }
    int[] ids = c.getOutcomes();
    double[] w = c.getParameters();
    for (int j = 0; j < ids.length; j++) {
      sums[ids[j]] += w[j]; // the value of every feature is 1, as in OpenNLP's sum
    }
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] scores) {
    return model.getBestOutcome(scores);
  }

  @Override
  public String getAllOutcomes(double[] scores) {
    return model.getAllOutcomes(scores);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return outcomes;
  }
}
