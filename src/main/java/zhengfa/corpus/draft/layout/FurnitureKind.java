package zhengfa.corpus.draft.layout;

/** The kinds of page furniture, as the boilerplate span's {@code kind} attribute names them (schema/labels.json). */
public enum FurnitureKind {
    NAVIGATION("navigation"),
    HEADER("header"),
    WIDGET("widget"),
    RELATED("related-links"),
    FOOTER("footer"),
    ADVERTISEMENT("advertisement"),
    SPAM("spam"),
    MARKUP("markup"),
    PAGE_JUMP("page-jump");

    private final String label;

    FurnitureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
