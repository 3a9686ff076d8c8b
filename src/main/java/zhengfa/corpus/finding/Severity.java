package zhengfa.corpus.finding;

/** How much a finding matters: errors fail validation, warnings only do under {@code --strict}. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
