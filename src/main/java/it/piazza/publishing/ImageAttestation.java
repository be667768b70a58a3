package it.piazza.publishing;

/** What the editor attests about an image of a draft; image rights and par condicio read it. */
public enum ImageAttestation {
    /** No minor appears in the image. */
    NO_MINORS,
    /** No recognisable face appears in the image. */
    NO_RECOGNISABLE_FACES,
    /** Releases (liberatorie) of the people shown, and of parents for minors, are on file. */
    RELEASES_OBTAINED,
    /** No shop sign, billboard, trademark or licence plate appears in the image. */
    NO_COMMERCIAL_SIGNS,
    /** The image is purely decorative: it needs no alternative text. */
    DECORATIVE
}
