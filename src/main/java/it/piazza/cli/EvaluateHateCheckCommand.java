package it.piazza.cli;

import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.HateCheckEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code piazza evaluate hatecheck --data test_functionality.jsonl}: the comment analyzer on the Italian
 * functional tests of Multilingual HateCheck (see {@link HateCheckEvaluation}), printed as one JSON document.
 */
@Command(name = "hatecheck", mixinStandardHelpOptions = true,
        description = "Runs the comment detectors on Multilingual HateCheck (Italian) functional tests.")
final class EvaluateHateCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, description = "test_functionality.jsonl of Multilingual HateCheck Italian.")
    Path data;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Score from which a finding counts (default ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        HateCheckEvaluation.Report report;
        try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            report = HateCheckEvaluation.evaluate(CommentAnalyzer.create(), HateCheckEvaluation.read(reader), threshold);
        } catch (IOException | UncheckedIOException | JacksonException e) {
            spec.commandLine().getErr().println("cannot read the HateCheck data: " + e.getMessage());
            return 2;
        }
        ObjectNode root = JsonLines.JSON.createObjectNode();
        root.put("data", data.toString());
        root.put("threshold", threshold);
        root.put("cases", report.cases());
        root.put("hateful_recall", report.hatefulRecall());
        root.put("non_hateful_false_positive_rate", report.nonHatefulFalsePositiveRate());
        ObjectNode functionalities = root.putObject("functionalities");
        report.functionalities().forEach((name, f) -> {
            ObjectNode n = functionalities.putObject(name);
            n.put("cases", f.cases());
            n.put("caught", f.caught());
            n.put("discrimination", f.discrimination());
        });
        new PrintStream(System.out, true, StandardCharsets.UTF_8)
                .println(JsonLines.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return 0;
    }
}
