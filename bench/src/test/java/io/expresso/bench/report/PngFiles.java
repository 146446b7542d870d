package io.expresso.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Checks a plot file: a PNG of the reports' size, with more in it than a blank canvas. */
final class PngFiles {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngFiles() {
    }

    static void assertPlot(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " was not written");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(SIGNATURE, Arrays.copyOf(bytes, SIGNATURE.length), "not a PNG: " + file);
        // A blank 900×480 canvas compresses to about 3 KB; axes, labels and lines take it well above.
        assertTrue(bytes.length > 10_000 && bytes.length < 1_000_000, file + " holds " + bytes.length + " bytes");
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Plots.WIDTH, image.getWidth());
        assertEquals(Plots.HEIGHT, image.getHeight());
    }
}
