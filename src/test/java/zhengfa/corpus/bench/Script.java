package zhengfa.corpus.bench;

/** The two scripts an article can be written in, with the sidecar values that declare them. */
enum Script {
    HANS("Hans", "zh-Hans"),
    HANT("Hant", "zh-Hant");

    final String code;
    final String language;

    Script(String code, String language) {
        this.code = code;
        this.language = language;
    }

    static Script of(String code) {
        for (Script s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown script " + code);
    }
}
