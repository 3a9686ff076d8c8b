package zhengfa.corpus.validation.rules;

import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Location;
import zhengfa.corpus.vocab.Regions;

public final class RegionRule implements ArticleRule {

    private final Regions regions;

    public RegionRule(Regions regions) {
        this.regions = regions;
    }

    private void checkIso(ArticleInput article, String code, FindingSink sink) {
        String iso = article.sidecar().iso3166_2();
        if (iso == null || code == null) {
            return;
        }
        regions.find(code)
                .filter(region -> !region.iso3166_2().equals(iso))
                .ifPresent(region -> sink.report(Finding.of(FindingCode.SIDECAR_ISO_MISMATCH, article.sidecarFile())
                        .at(Location.JsonPointer.of("iso_3166_2"))
                        .found("\"" + iso + "\" for the region " + code + " " + region.nameZh())
                        .expected("\"" + region.iso3166_2() + "\", the code of " + region.provinceNameZh())
                        .fix(
                                "correct the region or the ISO code, or drop iso_3166_2: the release derives it from the region")
                        .message("ISO 3166-2 code contradicts the region")));
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        String code = article.sidecar().region();
        checkIso(article, code, sink);
        // A code of the wrong form is the schema's finding; only well-formed codes are looked up.
        if (code != null && code.matches("[0-9]{6}") && regions.find(code).isEmpty()) {
            String province = Regions.provinceCodeOf(code);
            String hint = regions.find(province)
                    .map(p -> "; its province " + province + " is " + p.nameZh())
                    .orElse("; " + province + " is not a province code either");
            sink.report(Finding.of(FindingCode.SIDECAR_UNKNOWN_REGION, article.sidecarFile())
                    .at(Location.JsonPointer.of("region"))
                    .found("\"" + code + "\"" + hint)
                    .expected("a GB/T 2260 code listed in schema/regions/ (state of 2024-12-31)")
                    .fix("look the division up in schema/regions/*.csv and use its code")
                    .message("unknown region code " + code));
        }
    }
}
