package io.qike.sandbox.wecom.archive;

import io.qike.sandbox.wecom.core.Seeds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * A file attached to an archived message. Its bytes are not stored: they are regenerated from the seed
 * on demand (same bytes every time): an image is a real, decodable picture of the claimed format (padded), other
 * kinds start with their format's magic number.
 */
public record MediaFile(int index, String kind, int size, String fileName, String ext, int playLength, long bits) {

    public byte[] bytes() {
        // A random 4 KB block repeated, each copy stamped with its number: cheap to regenerate for every
        // chunk request, yet no two blocks of a file are equal.
        byte[] block = new byte[4096];
        new SplittableRandom(bits).nextBytes(block);
        byte[] out = new byte[size];
        for (int at = 0, n = 0; at < size; at += block.length, n++) {
            System.arraycopy(block, 0, out, at, Math.min(block.length, size - at));
            for (int b = 0; b < 4 && at + 16 + b < size; b++) {
                out[at + 16 + b] = (byte) (n >>> (8 * b));
            }
        }
        byte[] head = "png".equals(ext) || "jpg".equals(ext) ? picture() : magic().getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, out, 0, Math.min(head.length, size));
        return out;
    }

    /** Encoded pictures by format and colours: 16 × 16 colour pairs per format, each encoded once. */
    private static final java.util.concurrent.ConcurrentHashMap<String, byte[]> PICTURES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int[] COLOURS = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f,
            0xbcbd22, 0x17becf, 0x206bc4, 0x4299e1, 0x2fb344, 0xf59f00, 0xd63939, 0xffffff};

    /**
     * A real picture in the claimed format, as a phone's would be: a small checked image in the seed's two colours that
     * any decoder shows. The random bytes after it pad the file to its size; PNG and JPEG decoders stop at the image's
     * end marker (IEND, EOI), as they do for the trailing data many phones append.
     */
    private byte[] picture() {
        SplittableRandom r = new SplittableRandom(bits);
        int background = COLOURS[r.nextInt(COLOURS.length)];
        int stripe = COLOURS[r.nextInt(COLOURS.length)];
        String format = "png".equals(ext) ? "png" : "jpg";
        return PICTURES.computeIfAbsent(format + background + "/" + stripe, k -> encode(format, background, stripe));
    }

    private static byte[] encode(String format, int background, int stripe) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(48, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) image.setRGB(x, y, (x / 8 + y / 8) % 2 == 0 ? background : stripe);
        }
        java.io.ByteArrayOutputStream encoded = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, encoded);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return encoded.toByteArray();
    }

    private String magic() {
        return switch (ext) {
            case "png" -> "\u0089PNG\r\n\u001a\n";
            case "jpg" -> "\u00ff\u00d8\u00ff\u00e0";
            case "amr" -> "#!AMR\n";
            case "pdf" -> "%PDF-1.7\n";
            default -> "PK\u0003\u0004";
        };
    }

    /** Opaque to clients like the real sdkfileid, but checkable, so a forged id is rejected (10005). */
    public static String sdkFileId(long seed, int index) {
        String raw = "qike-sandbox-media/" + index + "/" + Seeds.hmacHex(seed, "media:" + index, 32);
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The media index a well-formed sdkfileid names, or -1. */
    public static int indexOf(long seed, String sdkfileid) {
        try {
            String raw = new String(Base64.getDecoder().decode(sdkfileid), StandardCharsets.UTF_8);
            String[] p = raw.split("/");
            if (p.length != 3 || !p[0].equals("qike-sandbox-media")) {
                return -1;
            }
            int index = Integer.parseInt(p[1]);
            return Seeds.hmacHex(seed, "media:" + index, 32).equals(p[2]) ? index : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
