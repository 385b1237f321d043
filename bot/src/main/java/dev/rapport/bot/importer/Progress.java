package dev.rapport.bot.importer;

/** How far a reader has got through its input, so a command line can draw a progress bar. */
public interface Progress {

    /** Bytes of the input consumed so far (including what is buffered ahead of the current event). */
    long position();

    /** Total bytes of the input, or {@code -1} when unknown (a pipe). */
    long size();

    /** The share read so far, from 0 to 1, or {@code -1} when the size is unknown. */
    default double fraction() {
        long size = size();
        if (size < 0) {
            return -1;
        }
        if (size == 0) {
            return 1;
        }
        return Math.min(1.0, (double) position() / size);
    }
}
