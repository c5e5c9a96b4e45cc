package org.newsanalytics.jobs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code train <model>}: trains a model with the project's own data and saves it in Spark NLP's format. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from data on disk (nothing is downloaded).",
    subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing model to train: try 'train --help'");
  }
}
