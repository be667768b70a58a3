package it.piazza.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the command-line tool: {@code java -jar piazza.jar COMMAND [OPTIONS]}.
 */
@Command(name = "piazza", mixinStandardHelpOptions = true,
        description = "Piazza: social media policy of an Italian public administration, as code.",
        subcommands = {ModelCommand.class})
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
        CommandLine cli = new CommandLine(new PiazzaCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
