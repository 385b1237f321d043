package dev.rapport.bot.digest;

import java.util.Arrays;

/**
 * A rendered chart: PNG bytes, a file name and the alt text that says what it shows to people who cannot see it.
 */
public record ChartImage(byte[] png, String fileName, String altText, int width, int height) {
    public ChartImage {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public int size() {
        return png.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartImage c && Arrays.equals(png, c.png) && fileName.equals(c.fileName)
                && altText.equals(c.altText) && width == c.width && height == c.height;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png) * 31 + fileName.hashCode();
    }

    @Override
    public String toString() {
        return "ChartImage[" + fileName + ", " + width + "x" + height + ", " + png.length + " bytes]";
    }
}
