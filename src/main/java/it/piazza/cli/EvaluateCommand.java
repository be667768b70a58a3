package it.piazza.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

/** {@code piazza evaluate …}: quality figures of the detectors on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measures the detectors on labelled data and prints the figures as JSON.",
        subcommands = {EvaluateCommentsCommand.class, EvaluateModerationCommand.class, EvaluateHateCheckCommand.class,
                EvaluateTriageCommand.class, EvaluateFaqCommand.class})
final class EvaluateCommand {

    /**
     * Reads a labelled JSON Lines file, skipping blank lines.
     *
     * @param file the labelled set
     * @param parse one labelled item from one line's JSON; throws on a missing or invalid field
     * @return the items in file order
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of an item {@code parse} rejected
     * @throws tools.jackson.core.JacksonException when a line is not JSON
     */
    static <T> List<T> labelled(Path file, Function<JsonNode, T> parse) {
        List<T> items = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode line = JsonLines.JSON.readTree(lines.get(i));
                try {
                    items.add(parse.apply(line));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }
}
