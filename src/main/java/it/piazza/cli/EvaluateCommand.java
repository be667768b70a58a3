package it.piazza.cli;

import picocli.CommandLine.Command;

/** {@code piazza evaluate …}: quality figures of the detectors on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measures the detectors on labelled data and prints the figures as JSON.",
        subcommands = {EvaluateCommentsCommand.class, EvaluateModerationCommand.class, EvaluateHateCheckCommand.class,
                EvaluateTriageCommand.class, EvaluateFaqCommand.class})
final class EvaluateCommand {
}
