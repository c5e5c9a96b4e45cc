package org.newsanalytics.jobs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evaluate <task>}: scores the pipeline on a standard gold format. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score the pipeline on gold data: ner (CoNLL), quotes (PolNeAR brat), time (TempEval-3 TimeML), "
        + "events (PLOVER records), html (main text of web pages).",
    subcommands = {EvaluateNerCommand.class, EvaluateQuotesCommand.class, EvaluateTimeCommand.class,
        EvaluateEventsCommand.class, EvaluateHtmlCommand.class})
public final class EvaluateCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing task to evaluate: try 'evaluate --help'");
  }
}
