package it.piazza.cli;

import it.piazza.policy.InvalidPolicyException;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyPage;
import it.piazza.policy.PolicyProblem;
import it.piazza.policy.PolicyReader;
import it.piazza.policy.Presets;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy list | validate FILE | render ID|FILE --format html|md}. */
@Command(name = "policy", description = "List, validate and render social media policies.",
        subcommands = {PolicyCommand.ListPresets.class, PolicyCommand.Validate.class, PolicyCommand.Render.class})
final class PolicyCommand {

    @Command(name = "list", description = "List the preset policies: id, name, revision.")
    static final class ListPresets implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Policy policy : Presets.all()) {
                out.println(policy.id() + "\t" + policy.ente().name() + "\t" + policy.revision());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "validate", description = "Validate a policy file; print every problem with line and column.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the policy file (YAML)")
        Path file;

        @Override
        public Integer call() {
            try {
                Policy policy = PolicyReader.read(file);
                spec.commandLine().getOut().println("OK " + file + ": " + policy.id() + " (" + policy.ente().name()
                        + "), " + policy.moderation().categories().size() + " categories, "
                        + policy.channels().size() + " channels");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (InvalidPolicyException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (PolicyProblem problem : e.problems()) {
                    err.println(problem);
                }
                err.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                        + " in " + file + "; nothing was loaded.");
                err.flush();
                return 1;
            } catch (UncheckedIOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "render", description = "Render the public policy page of a preset or a policy file.")
    static final class Render implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID|FILE", description = "a preset id (${COMPLETION-CANDIDATES}) or a policy file")
        String ente;

        @Option(names = "--format", defaultValue = "html", description = "html or md (default: html)")
        PolicyPage.Format format;

        @Override
        public Integer call() {
            try {
                Policy policy = Presets.resolve(ente);
                PrintWriter out = spec.commandLine().getOut();
                out.print(PolicyPage.create().render(policy, format, null));
                out.flush();
                return 0;
            } catch (InvalidPolicyException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }
}
