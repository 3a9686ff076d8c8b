package zhengfa.corpus.finding;

import java.util.Locale;

/** How much a finding matters: errors fail validation, warnings only do under {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
