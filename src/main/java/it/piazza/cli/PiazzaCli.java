package it.piazza.cli;

import it.piazza.policy.InvalidPolicyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command-line tool: {@code java -jar piazza.jar COMMAND [OPTIONS]}.
 */
@Command(name = "piazza", mixinStandardHelpOptions = true,
        description = "Piazza: social media policy of an Italian public administration, as code.",
        subcommands = {PolicyCommand.class, ModerateCommand.class, PiiCommand.class, EvaluateCommand.class,
                AuditCommand.class, ModelCommand.class, TriageCommand.class,
                CheckPostCommand.class})
public final class PiazzaCli {

    private PiazzaCli() {
    }

    /**
     * Runs one command.
     *
     * @param args the command and its options
     * @return the exit status: 0 when every input was processed, non-zero otherwise
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** @return the command line with every command registered, ready to execute (tests redirect its output) */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PiazzaCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof InvalidPolicyException
                    || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("piazza " + commandLine.getCommandName() + ": " + e.getMessage());
                commandLine.getErr().flush();
                return 2;
            }
            throw e;
        });
        return cli;
    }
}
