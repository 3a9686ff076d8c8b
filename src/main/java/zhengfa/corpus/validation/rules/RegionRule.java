package zhengfa.corpus.validation.rules;

import zhengfa.corpus.validation.ArticleInput;
import zhengfa.corpus.validation.ArticleRule;
import zhengfa.corpus.validation.Finding;
import zhengfa.corpus.validation.FindingCode;
import zhengfa.corpus.validation.FindingSink;
import zhengfa.corpus.validation.Location;
import zhengfa.corpus.vocab.Regions;

public final class RegionRule implements ArticleRule {

    private final Regions regions;

    public RegionRule(Regions regions) {
        this.regions = regions;
    }

    @Override
    public void check(ArticleInput article, FindingSink sink) {
        if (!article.hasSidecar()) {
            return;
        }
        String code = article.sidecar().region();
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
