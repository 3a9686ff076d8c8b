package zhengfa.corpus.release.diff;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version bump a set of changes calls for. This project's convention: removing articles or
 * columns, or changing a column's type, breaks users (major); adding articles, columns or spans
 * extends the data (minor); corrections to existing articles — a text, a sidecar field, a span —
 * are fixes (patch). Before 1.0.0 the minor number plays the major's part, as SemVer allows for
 * 0.y.z and Cargo does: 0.1.0 to 0.2.0 may break users.
 */
public enum SemverBump {
    NONE,
    PATCH,
    MINOR,
    MAJOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public SemverBump atLeast(SemverBump other) {
        return compareTo(other) >= 0 ? this : other;
    }

    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?");

    /** The bump from {@code from} to {@code to} (NONE when equal or when {@code to} is not newer). */
    public static SemverBump between(String from, String to) {
        Matcher a = SEMVER.matcher(from);
        Matcher b = SEMVER.matcher(to);
        if (!a.matches() || !b.matches()) {
            return NONE;
        }
        for (int group = 1; group <= 3; group++) {
            int x = Integer.parseInt(a.group(group));
            int y = Integer.parseInt(b.group(group));
            if (y > x) {
                boolean initialDevelopment = group == 2 && Integer.parseInt(a.group(1)) == 0;
                return initialDevelopment ? MAJOR : values()[4 - group];
            }
            if (y < x) {
                return NONE;
            }
        }
        return NONE;
    }

    /** Whether {@code to} raises only the minor number of a 0.x {@code from}: before 1.0.0 that is a major bump. */
    public static boolean initialDevelopmentMinor(String from, String to) {
        Matcher a = SEMVER.matcher(from);
        Matcher b = SEMVER.matcher(to);
        return a.matches()
                && b.matches()
                && a.group(1).equals("0")
                && b.group(1).equals("0")
                && Integer.parseInt(b.group(2)) > Integer.parseInt(a.group(2));
    }

    /** Orders versions by their numbers; a pre-release sorts before its release. */
    public static int compareVersions(String a, String b) {
        Matcher x = SEMVER.matcher(a);
        Matcher y = SEMVER.matcher(b);
        if (!x.matches() || !y.matches()) {
            return a.compareTo(b);
        }
        for (int group = 1; group <= 3; group++) {
            int c = Integer.compare(Integer.parseInt(x.group(group)), Integer.parseInt(y.group(group)));
            if (c != 0) {
                return c;
            }
        }
        String px = x.group(4);
        String py = y.group(4);
        if (px == null || py == null) {
            return px == null ? (py == null ? 0 : 1) : -1;
        }
        return px.compareTo(py);
    }
}
