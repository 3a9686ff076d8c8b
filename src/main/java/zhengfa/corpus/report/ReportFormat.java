package zhengfa.corpus.report;

/** How a validation report is written. */
public enum ReportFormat {
    /** Compiler-style lines for people: file:line:col: error [CODE] message, with found/expected/fix. */
    TEXT,
    /** The whole report as one JSON document: findings, counts, and whether anything was left out. */
    JSON,
    /** SARIF 2.1.0, which CI systems turn into annotations on the offending lines. */
    SARIF
}
