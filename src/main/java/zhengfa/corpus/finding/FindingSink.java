package zhengfa.corpus.finding;

/** Where rules put what they find; rules never throw for bad input, they report. */
@FunctionalInterface
public interface FindingSink {
    void report(Finding finding);
}
