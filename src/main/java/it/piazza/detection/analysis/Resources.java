package it.piazza.detection.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the line-based resources of the detectors, kept next to this class: UTF-8, lines starting with
 * {@code #} are comments, blank lines skipped.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * @return the content lines of the resource {@code name} next to this class
     * @throws IllegalStateException when there is no such resource
     */
    public static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name + " next to " + Resources.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
