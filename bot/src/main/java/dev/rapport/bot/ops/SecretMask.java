package dev.rapport.bot.ops;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;

import java.util.Locale;
import java.util.Map;

/**
 * Hides every secret in a configuration before it is shown: values of keys that name a password, a secret or a
 * token (not the files that hold them: a path is not a secret), and passwords written into a JDBC URL.
 */
public final class SecretMask {
    public static final String HIDDEN = "<hidden>";

    /** {@code config} with every secret replaced by {@value #HIDDEN}; empty secrets stay empty (visibly unset). */
    public Config mask(Config config) {
        Config masked = config;
        for (Map.Entry<String, ConfigValue> e : config.entrySet()) {
            String path = e.getKey();
            ConfigValue v = e.getValue();
            if (v.valueType() != ConfigValueType.STRING) {
                if (isSecretKey(path) && v.valueType() != ConfigValueType.NULL) {
                    masked = masked.withValue(path, ConfigValueFactory.fromAnyRef(HIDDEN));
                }
                continue;
            }
            String text = (String) v.unwrapped();
            if (isSecretKey(path) && !text.isEmpty()) {
                masked = masked.withValue(path, ConfigValueFactory.fromAnyRef(HIDDEN));
            } else if (text.startsWith("jdbc:")) {
                String url = maskUrl(text);
                if (!url.equals(text)) {
                    masked = masked.withValue(path, ConfigValueFactory.fromAnyRef(url));
                }
            }
        }
        return masked;
    }

    static boolean isSecretKey(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1).replace("\"", "").toLowerCase(Locale.ROOT);
        if (last.endsWith("-file") || last.endsWith("_file")) {
            return false;
        }
        return last.contains("password") || last.contains("secret") || last.contains("token");
    }

    /** A JDBC URL without the password: in its query ({@code password=...}) or its user info ({@code user:pw@}). */
    static String maskUrl(String url) {
        String out = url;
        int scheme = out.indexOf("://");
        if (scheme >= 0) {
            int at = out.indexOf('@', scheme + 3);
            int slash = out.indexOf('/', scheme + 3);
            if (at > 0 && (slash < 0 || at < slash)) {
                int colon = out.indexOf(':', scheme + 3);
                if (colon > 0 && colon < at) {
                    out = out.substring(0, colon + 1) + HIDDEN + out.substring(at);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        String lower = out.toLowerCase(Locale.ROOT);
        while (i < out.length()) {
            int p = lower.indexOf("password=", i);
            if (p < 0 || (p > 0 && "?&;".indexOf(out.charAt(p - 1)) < 0)) {
                if (p < 0) {
                    b.append(out, i, out.length());
                    break;
                }
                b.append(out, i, p + 9);
                i = p + 9;
                continue;
            }
            int end = p + 9;
            while (end < out.length() && "&;".indexOf(out.charAt(end)) < 0) {
                end++;
            }
            b.append(out, i, p + 9).append(HIDDEN);
            i = end;
        }
        return b.toString();
    }
}
