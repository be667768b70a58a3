package it.piazza.detection.classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The binary file of an {@link AbuseModel}: gzip of a magic string, a format version, the lexicon
 * fingerprint, the description, per head its calibration and its non-zero weights (bucket, weight), and a
 * CRC-32 of all that. Writing the same model twice gives the same bytes.
 */
public final class ModelFile {

    private static final String MAGIC = "PIAZZA-ABUSE-MODEL";
    private static final int VERSION = 1;

    private ModelFile() {
    }

    /** Writes {@code model} to {@code out} (not closed). */
    public static void write(AbuseModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(FeatureExtractor.BITS);
        data.writeLong(model.lexiconFingerprint());
        data.writeUTF(model.description());
        int buckets = 1 << FeatureExtractor.BITS;
        for (int h = 0; h < AbuseModel.HEADS; h++) {
            Head head = model.heads().get(h);
            data.writeBoolean(head.trained());
            data.writeDouble(head.bias());
            data.writeDouble(head.slope());
            data.writeDouble(head.offset());
            data.writeDouble(head.threshold());
            int nonZero = 0;
            for (int b = 0; b < buckets; b++) {
                nonZero += model.weight(b, h) != 0 ? 1 : 0;
            }
            data.writeInt(nonZero);
            for (int b = 0; b < buckets; b++) {
                float w = model.weight(b, h);
                if (w != 0) {
                    data.writeInt(b);
                    data.writeFloat(w);
                }
            }
        }
        data.flush();
        CRC32 crc = new CRC32();
        crc.update(body.toByteArray());
        data.writeLong(crc.getValue());
        data.flush();
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        body.writeTo(gzip);
        gzip.finish();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param lexicon the lexicon the model must have been trained with
     * @throws InvalidModelFileException with a message a person can act on when the bytes are not a
     *         complete, intact model of this format built with {@code lexicon}
     */
    public static AbuseModel read(InputStream in, Lexicon lexicon) throws IOException {
        byte[] bytes;
        try (GZIPInputStream gzip = new GZIPInputStream(in)) {
            bytes = gzip.readAllBytes();
        } catch (ZipException | EOFException e) {
            throw new InvalidModelFileException("not a Piazza abuse model (not gzip data or truncated: "
                    + e.getMessage() + ")");
        }
        if (bytes.length < Long.BYTES) {
            throw new InvalidModelFileException("not a Piazza abuse model (empty)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            String magic = data.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new InvalidModelFileException("not a Piazza abuse model (unknown header)");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new InvalidModelFileException("model format version " + version + " is not supported (this"
                        + " Piazza reads version " + VERSION + "); retrain it with `model train`");
            }
            int bits = data.readInt();
            if (bits != FeatureExtractor.BITS) {
                throw new InvalidModelFileException("model uses 2^" + bits + " feature buckets, this Piazza 2^"
                        + FeatureExtractor.BITS + "; retrain it with `model train`");
            }
            long fingerprint = data.readLong();
            String description = data.readUTF();
            float[] weights = new float[(1 << bits) * AbuseModel.HEADS];
            List<Head> heads = new ArrayList<>();
            for (int h = 0; h < AbuseModel.HEADS; h++) {
                heads.add(new Head(data.readBoolean(), data.readDouble(), data.readDouble(), data.readDouble(),
                        data.readDouble()));
                int nonZero = data.readInt();
                if (nonZero < 0 || nonZero > 1 << bits) {
                    throw new InvalidModelFileException("corrupt model file (bad weight count)");
                }
                for (int i = 0; i < nonZero; i++) {
                    int bucket = data.readInt();
                    if (bucket < 0 || bucket >= 1 << bits) {
                        throw new InvalidModelFileException("corrupt model file (bad feature bucket)");
                    }
                    weights[bucket * AbuseModel.HEADS + h] = data.readFloat();
                }
            }
            long expected = data.readLong();
            if (expected != crc.getValue()) {
                throw new InvalidModelFileException("corrupt model file (checksum mismatch)");
            }
            if (fingerprint != lexicon.fingerprint()) {
                throw new InvalidModelFileException("model was trained with other lexicon lists than the ones"
                        + " bundled with this Piazza; retrain it with `model train`");
            }
            return new AbuseModel(weights, heads, fingerprint, description);
        } catch (InvalidModelFileException e) {
            throw e;
        } catch (EOFException e) {
            throw new InvalidModelFileException("corrupt model file (truncated)");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidModelFileException("corrupt model file (" + e.getMessage() + ")");
        }
    }

    /** The bytes are not a usable model; the message says why in words a person can act on. */
    public static final class InvalidModelFileException extends IOException {
        InvalidModelFileException(String message) {
            super(message);
        }
    }
}
