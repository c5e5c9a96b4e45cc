package org.newsanalytics.common.spark.ner;

/**
 * Settings for {@link NerTraining}. The defaults are the ones the shipped model was trained
 * with (data/models/README.md).
 *
 * @param embeddingDim must match a NerDL graph in the spark-nlp jar (100, 128, 256, 300, ...)
 */
public record NerTrainingOptions(int epochs, float learningRate, int batchSize, float dropout, int embeddingDim,
    int minCount, int word2vecIterations, int seed) {
  public static final int EPOCHS_DEFAULT = 16;
  public static final float LEARNING_RATE_DEFAULT = 0.003f;
  public static final int BATCH_SIZE_DEFAULT = 32;
  public static final float DROPOUT_DEFAULT = 0.5f;
  public static final int EMBEDDING_DIM_DEFAULT = 100;
  public static final int MIN_COUNT_DEFAULT = 2;
  public static final int WORD2VEC_ITERATIONS_DEFAULT = 3;
  public static final int SEED_DEFAULT = 42;

  public NerTrainingOptions {
    if (epochs < 1) {
      throw new IllegalArgumentException("Cannot train for " + epochs + " epochs: need at least 1");
    }
    if (batchSize < 1 || minCount < 1 || word2vecIterations < 1) {
      throw new IllegalArgumentException("Cannot train with batch size " + batchSize + ", min count " + minCount
          + ", word2vec iterations " + word2vecIterations + ": each must be at least 1");
    }
    if (!(dropout >= 0 && dropout < 1) || !(learningRate > 0)) {
      throw new IllegalArgumentException("Cannot train with dropout " + dropout + " and learning rate " + learningRate
          + ": need 0 <= dropout < 1 and a positive learning rate");
    }
  }

  public static NerTrainingOptions defaults() {
    return new NerTrainingOptions(EPOCHS_DEFAULT, LEARNING_RATE_DEFAULT, BATCH_SIZE_DEFAULT, DROPOUT_DEFAULT,
        EMBEDDING_DIM_DEFAULT, MIN_COUNT_DEFAULT, WORD2VEC_ITERATIONS_DEFAULT, SEED_DEFAULT);
  }

  public NerTrainingOptions withEpochs(int n) {
    return new NerTrainingOptions(n, learningRate, batchSize, dropout, embeddingDim, minCount, word2vecIterations, seed);
  }
}
