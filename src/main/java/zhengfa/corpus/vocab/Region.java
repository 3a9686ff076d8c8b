package zhengfa.corpus.vocab;

/**
 * One GB/T 2260 division with what the release adds to an article about it.
 *
 * @param level province, prefecture or county
 */
public record Region(
        String code,
        String nameZh,
        Level level,
        String provinceCode,
        String provinceNameZh,
        String provinceNameEn,
        String iso3166_2) {

    public enum Level {
        PROVINCE,
        PREFECTURE,
        COUNTY
    }

    /** "230902 新兴区", as messages and the drafting checklist name a region. */
    @Override
    public String toString() {
        return code + " " + nameZh;
    }
}
