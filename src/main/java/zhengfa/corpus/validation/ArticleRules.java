package zhengfa.corpus.validation;

import java.util.List;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.script.ScriptDetector;
import zhengfa.corpus.validation.rules.AnnotationArticleIdRule;
import zhengfa.corpus.validation.rules.BomRule;
import zhengfa.corpus.validation.rules.ControlCharacterRule;
import zhengfa.corpus.validation.rules.DateRule;
import zhengfa.corpus.validation.rules.EmptyTextRule;
import zhengfa.corpus.validation.rules.IdMatchesStemRule;
import zhengfa.corpus.validation.rules.LanguageRule;
import zhengfa.corpus.validation.rules.LanguageScriptRule;
import zhengfa.corpus.validation.rules.LineEndingRule;
import zhengfa.corpus.validation.rules.NfcRule;
import zhengfa.corpus.validation.rules.OnlyBoilerplateRule;
import zhengfa.corpus.validation.rules.PrintedNamesRule;
import zhengfa.corpus.validation.rules.QuotedInTextRule;
import zhengfa.corpus.validation.rules.RegionInTextRule;
import zhengfa.corpus.validation.rules.RegionRule;
import zhengfa.corpus.validation.rules.RetrievedAtRule;
import zhengfa.corpus.validation.rules.ReviewStatusRule;
import zhengfa.corpus.validation.rules.ScriptRule;
import zhengfa.corpus.validation.rules.SourceRule;
import zhengfa.corpus.validation.rules.SpanAnchorRule;
import zhengfa.corpus.validation.rules.SpanDuplicateRule;
import zhengfa.corpus.validation.rules.SpanEdgeWhitespaceRule;
import zhengfa.corpus.validation.rules.SpanIdRule;
import zhengfa.corpus.validation.rules.SpanLabelRule;
import zhengfa.corpus.validation.rules.SpanOverlapRule;
import zhengfa.corpus.validation.rules.SpanSpeakerRule;
import zhengfa.corpus.validation.rules.StatedDateRule;
import zhengfa.corpus.validation.rules.UrlDateRule;
import zhengfa.corpus.vocab.ProjectVocabulary;

/** The registry of rules that look at one article alone, in the order they run. */
public final class ArticleRules {

    private ArticleRules() {}

    public static List<ArticleRule> standard(
            ProjectVocabulary vocabulary, ValidationSettings settings, ScriptDetector detector) {
        return List.of(
                new BomRule(),
                new LineEndingRule(),
                new ControlCharacterRule(),
                new NfcRule(),
                new EmptyTextRule(),
                new IdMatchesStemRule(),
                new DateRule(settings.releaseDate()),
                new RetrievedAtRule(settings.releaseDate()),
                QuotedInTextRule.dateEvidence(),
                QuotedInTextRule.printedTitle(),
                new RegionRule(vocabulary.regions()),
                new RegionInTextRule(vocabulary.regions(), detector),
                new PrintedNamesRule(),
                new StatedDateRule(),
                new UrlDateRule(settings.releaseDate()),
                new SourceRule(vocabulary.sources()),
                new LanguageScriptRule(),
                new ReviewStatusRule(),
                new ScriptRule(detector),
                new LanguageRule(),
                new AnnotationArticleIdRule(),
                new SpanIdRule(),
                new SpanDuplicateRule(),
                new SpanAnchorRule(),
                new SpanEdgeWhitespaceRule(),
                new SpanSpeakerRule(vocabulary.labels()),
                new SpanLabelRule(vocabulary.labels(), vocabulary.regions()),
                new SpanOverlapRule(vocabulary.labels()),
                new OnlyBoilerplateRule());
    }
}
