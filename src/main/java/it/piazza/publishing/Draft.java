package it.piazza.publishing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post the ente means to publish.
 *
 * @param text the text of the post
 * @param images the attached images, in order
 * @param kind what the post is about
 * @param scheduledAt when it is to be published, or {@code null} for now
 */
public record Draft(String text, List<DraftImage> images, DraftKind kind, @Nullable OffsetDateTime scheduledAt) {

    private static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    public Draft {
        images = List.copyOf(images);
    }

    /** @return the text and then the alternative texts of the images, one per line: everything the post publishes */
    public String publishedText() {
        StringBuilder published = new StringBuilder(text);
        images.forEach(image -> published.append('\n').append(image.alt() == null ? "" : image.alt()));
        return published.toString();
    }

    /**
     * @return the day of publication on the Italian calendar (electoral periods are Italian days, whatever
     *         offset {@link #scheduledAt()} was written in), or {@code today} when unscheduled
     */
    public LocalDate publicationDay(LocalDate today) {
        return scheduledAt == null ? today : scheduledAt.atZoneSameInstant(ITALY).toLocalDate();
    }
}
