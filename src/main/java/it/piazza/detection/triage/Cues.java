package it.piazza.detection.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Loads the triage cues from {@code cues.tsv} next to this class. */
final class Cues {

    private static final String RESOURCE = "cues.tsv";

    private Cues() {
    }

    /** @return every cue of the bundled file, in file order */
    static List<Cue> standard() {
        try (InputStream in = Cues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param lines tab-separated lines: kind, code, weight, reason, pattern; blank lines and {@code #} comments
     *        are skipped
     * @return the cues
     * @throws IllegalArgumentException on a malformed line, naming it
     */
    static List<Cue> parse(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 5);
            if (fields.length != 5) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected 5 tab-separated fields");
            }
            try {
                Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + fields[4] + ")(?![\\p{L}\\p{N}])");
                cues.add(new Cue(Cue.Kind.valueOf(fields[0]), fields[1], Double.parseDouble(fields[2]), fields[3],
                        pattern));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(cues);
    }
}
