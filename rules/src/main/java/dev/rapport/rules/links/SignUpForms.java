package dev.rapport.rules.links;

import dev.rapport.rules.model.Link;

import java.util.Locale;
import java.util.Set;

/**
 * Sign-up forms and shared sheets: the pages where members put their own names down (for a trip's lifts, a group
 * shoot, a rota). The page is the group's list, filled in by everyone, not the poster's thing: posting it again as
 * places fill ("4 seats left, sheet here", "14 signed up so far, add yourself") keeps the list moving.
 *
 * <p>Known by the services people make them with (general knowledge of the common form and sheet services, not hosts
 * taken from any scene), and by the words a form's address carries: a host named {@code forms.} or
 * {@code sheets.}, or a path with {@code form} or {@code sheet} in it.
 */
public final class SignUpForms {
    /** Form, poll and sheet services in common use. */
    private static final Set<String> HOSTS = Set.of("forms.gle", "typeform.com", "jotform.com", "airtable.com",
            "tally.so", "doodle.com", "signupgenius.com", "framaforms.org", "cognitoforms.com", "surveymonkey.com",
            "forms.office.com", "forms.app", "sheets.new", "strawpoll.com", "when2meet.com", "rallly.co");
    /**
     * First labels of a host that serves forms ({@code forms.example.org}); not {@code docs.}, which is as often a
     * project's documentation as a shared document (a sheet there says so in its path).
     */
    private static final Set<String> FORM_LABELS = Set.of("forms", "form", "sheets");
    /**
     * Path words of a form or a sheet. Not a site's own sign-up page ({@code /signup}): that registers people with
     * whoever runs the site, often its seller, rather than listing members who put their own names down.
     */
    private static final Set<String> PATH_WORDS = Set.of("form", "forms", "viewform", "sheet", "sheets",
            "spreadsheet", "spreadsheets");

    private SignUpForms() {
    }

    /** Whether the link is a sign-up form or a shared sheet. */
    public static boolean is(Link link) {
        String host = link.host().toLowerCase(Locale.ROOT);
        for (String known : HOSTS) {
            if (host.equals(known) || host.endsWith("." + known)) {
                return true;
            }
        }
        int dot = host.indexOf('.');
        if (dot > 0 && host.indexOf('.', dot + 1) > 0 || dot > 0 && !link.fingerprint().equals(host)) {
            if (FORM_LABELS.contains(host.substring(0, dot))) {
                return true;
            }
        }
        String fingerprint = link.fingerprint().toLowerCase(Locale.ROOT);
        int slash = fingerprint.indexOf('/');
        if (slash < 0) {
            return false;
        }
        for (String segment : fingerprint.substring(slash + 1).split("[/?&=#]")) {
            if (PATH_WORDS.contains(segment)) {
                return true;
            }
        }
        return false;
    }
}
