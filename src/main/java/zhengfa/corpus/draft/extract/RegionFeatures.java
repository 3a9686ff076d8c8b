package zhengfa.corpus.draft.extract;

import java.util.List;
import java.util.Optional;
import zhengfa.corpus.vocab.Region;

/**
 * What the region model reads of one region the rules propose: how they reached it (one chain of
 * places, the dominant province of several, the site's domain or address alone), the division's
 * level, how much the text names it and the other places, and the rules' own doubts (a national
 * lead, one county named below a prefecture, a capital taken for its province).
 */
public final class RegionFeatures {

    /** How the rules reached a region. */
    public enum Path { CHAIN, RANKED, TLD_ALONE, HOST_ALONE }

    /** The feature names, in the order of every vector: the contract with the model file. */
    public static final List<String> NAMES = List.of(
            "path_chain", "path_ranked", "path_tld_alone", "path_host_alone",
            "level_province", "level_prefecture", "level_county", "territory",
            "tld", "host", "host_same", "host_same_province", "abroad",
            "places", "provinces", "total", "head_names_place", "national", "organ", "names_below", "capital_to_province",
            "went_up", "share", "in_full", "weight", "rule_confidence");

    private RegionFeatures() { }

    /** The facts of one reading, as the rules found them. */
    public record Facts(Path path, Region region, boolean tld, Optional<Region> host, boolean abroad, int places, int provinces,
                        double total, boolean headNamesPlace, boolean national, boolean organ, boolean namesBelow,
                        boolean capitalToProvince, boolean wentUp, double share, boolean inFull, double weight, double ruleConfidence) {

        static Builder builder() {
            return new Builder();
        }

        /** One value per {@link #NAMES}. */
        double[] vector() {
            String code = region.code();
            boolean territory = code.equals("710000") || code.equals("810000") || code.equals("820000");
            return new double[] {
                    flag(path == Path.CHAIN), flag(path == Path.RANKED), flag(path == Path.TLD_ALONE), flag(path == Path.HOST_ALONE),
                    flag(region.level() == Region.Level.PROVINCE), flag(region.level() == Region.Level.PREFECTURE),
                    flag(region.level() == Region.Level.COUNTY), flag(territory),
                    flag(tld), flag(host.isPresent()), flag(host.filter(region::equals).isPresent()),
                    flag(host.filter(h -> h.provinceCode().equals(region.provinceCode())).isPresent()), flag(abroad),
                    Math.min(places, 10) / 10.0, Math.min(provinces, 5) / 5.0, Math.min(1, Math.log1p(total) / Math.log(20)),
                    flag(headNamesPlace), flag(national), flag(organ), flag(namesBelow), flag(capitalToProvince),
                    flag(wentUp), share, flag(inFull), Math.min(1, Math.log1p(weight) / Math.log(10)), Math.min(1, ruleConfidence)};
        }

        private static double flag(boolean yes) {
            return yes ? 1 : 0;
        }

        /** The facts as the extractor learns them, step by step; each reading takes a copy. */
        static final class Builder {
            private Path path = Path.CHAIN;
            private Region region;
            private boolean tld;
            private Optional<Region> host = Optional.empty();
            private boolean abroad;
            private int places;
            private int provinces;
            private double total;
            private boolean headNamesPlace;
            private boolean national;
            private boolean organ;
            private boolean namesBelow;
            private boolean capitalToProvince;
            private boolean wentUp;
            private double share = 1;
            private boolean inFull;
            private double weight;
            private double ruleConfidence;

            Builder path(Path p) {
                path = p;
                return this;
            }

            Builder region(Region r) {
                region = r;
                return this;
            }

            Builder tld(boolean b) {
                tld = b;
                return this;
            }

            Builder host(Optional<Region> h) {
                host = h;
                return this;
            }

            Builder abroad(boolean b) {
                abroad = b;
                return this;
            }

            Builder places(int n) {
                places = n;
                return this;
            }

            Builder provinces(int n) {
                provinces = n;
                return this;
            }

            Builder total(double t) {
                total = t;
                return this;
            }

            Builder headNamesPlace(boolean b) {
                headNamesPlace = b;
                return this;
            }

            Builder national(boolean b) {
                national = b;
                return this;
            }

            Builder organ(boolean b) {
                organ = b;
                return this;
            }

            Builder namesBelow(boolean b) {
                namesBelow = b;
                return this;
            }

            Builder capitalToProvince(boolean b) {
                capitalToProvince = b;
                return this;
            }

            Builder wentUp(boolean b) {
                wentUp = b;
                return this;
            }

            Builder share(double s) {
                share = s;
                return this;
            }

            Builder inFull(boolean b) {
                inFull = b;
                return this;
            }

            Builder weight(double w) {
                weight = w;
                return this;
            }

            Builder ruleConfidence(double c) {
                ruleConfidence = c;
                return this;
            }

            Facts build() {
                return new Facts(path, region, tld, host, abroad, places, provinces, total, headNamesPlace, national, organ, namesBelow,
                        capitalToProvince, wentUp, share, inFull, weight, ruleConfidence);
            }
        }
    }
}
