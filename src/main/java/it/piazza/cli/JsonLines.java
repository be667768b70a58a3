package it.piazza.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Lines loop shared by every contract command: one output line per input line, in order; a line
 * that is not valid JSON or lacks a required field yields {@code {"id": …, "error": …}} and processing goes
 * on; the exit status is non-zero at the end if any line failed. Progress goes to standard error.
 */
final class JsonLines {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Turns one parsed input line into its output line. */
    @FunctionalInterface
    interface Handler {
        ObjectNode handle(JsonNode line);
    }

    /** A line that cannot be processed: its message is written to the output line as {@code error}. */
    static final class InvalidLine extends RuntimeException {
        InvalidLine(String message) {
            super(message);
        }
    }

    private JsonLines() {
    }

    /**
     * Processes every line of {@code in}.
     *
     * @return 0 when every line succeeded, 1 otherwise
     */
    static int process(InputStream in, OutputStream out, PrintStream err, Handler handler) {
        int failed = 0;
        long lineNumber = 0;
        Progress progress = new Progress(err, "lines");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = processLine(line, lineNumber, handler);
                if (result.has("error")) {
                    failed++;
                    String message = result.get("error").asString();
                    err.println(message.startsWith("line ") ? message : "line " + lineNumber + ": " + message);
                }
                writer.write(JSON.writeValueAsString(result));
                writer.write('\n');
                progress.tick();
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.done();
        return failed == 0 ? 0 : 1;
    }

    private static ObjectNode processLine(String line, long lineNumber, Handler handler) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(null, "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage()
                    + ". Each line must be one JSON object, e.g. {\"id\": \"c1\", \"text\": \"...\"}");
        }
        if (!node.isObject()) {
            return error(null, "line " + lineNumber + " is not a JSON object. Each line must be one JSON object");
        }
        JsonNode id = node.get("id");
        try {
            return handler.handle(node);
        } catch (InvalidLine e) {
            return error(id, e.getMessage());
        }
    }

    private static ObjectNode error(@Nullable JsonNode id, String message) {
        ObjectNode result = JSON.createObjectNode();
        if (id == null) {
            result.putNull("id");
        } else {
            result.set("id", id);
        }
        result.put("error", message);
        return result;
    }

    /**
     * @return the text field {@code name} of {@code line}
     * @throws InvalidLine when it is missing or not a string
     */
    static String requiredText(JsonNode line, String name) {
        JsonNode value = line.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidLine("missing required field \"" + name + "\"");
        }
        if (!value.isString()) {
            throw new InvalidLine("field \"" + name + "\" must be a string, found " + value.getNodeType());
        }
        return value.asString();
    }

    /** @return the text field {@code name} of {@code line}, or {@code null} when absent */
    static @Nullable String optionalText(JsonNode line, String name) {
        JsonNode value = line.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidLine("field \"" + name + "\" must be a string, found " + value.getNodeType());
        }
        return value.asString();
    }

    /** @return a new output line that starts with the input's {@code id} */
    static ObjectNode output(JsonNode line) {
        ObjectNode result = JSON.createObjectNode();
        JsonNode id = line.get("id");
        if (id == null) {
            result.putNull("id");
        } else {
            result.set("id", id);
        }
        return result;
    }
}
