package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.List;

/**
 * Links to a picture file. A picture posted with a question shows what is asked about ("too harsh?" under a photo of
 * one's rings, "what is this rash?" under a photo): it is the question's subject, and sends nobody anywhere.
 */
public final class Pictures {
    /** Common still-image file extensions (general knowledge of image formats), lower case, with the dot. */
    private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic",
            ".avif", ".bmp", ".tif", ".tiff");

    private Pictures() {
    }

    /** Whether {@code links} is not empty and every link in it points to a picture file. */
    public static boolean all(List<Link> links) {
        if (links.isEmpty()) {
            return false;
        }
        for (int i = 0; i < links.size(); i++) {
            if (!is(links.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the link's path (before any query or fragment) ends in a picture file's extension. */
    public static boolean is(Link link) {
        String url = link.url();
        int end = url.length();
        int query = url.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = url.indexOf('#');
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        for (int i = 0; i < EXTENSIONS.size(); i++) {
            String ext = EXTENSIONS.get(i);
            if (end >= ext.length() && url.regionMatches(true, end - ext.length(), ext, 0, ext.length())) {
                return true;
            }
        }
        return false;
    }
}
