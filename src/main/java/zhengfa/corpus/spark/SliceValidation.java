package zhengfa.corpus.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import zhengfa.corpus.corpus.ArticleLoader;
import zhengfa.corpus.dataset.ReleaseArticle;
import zhengfa.corpus.dataset.ReleaseStatistics;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.ArticleRule;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.finding.Severity;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.validation.ValidationReport;
import zhengfa.corpus.validation.rules.DuplicateIdCheck;
import zhengfa.corpus.validation.rules.DuplicateTextCheck;
import zhengfa.corpus.validation.rules.TextDigests;

/**
 * On an executor: the first pass over one slice. Each article is read and run through the
 * project's own loader (schemas included) and article rules, exactly as the local validator does,
 * and what it brings to the corpus-wide checks is kept for the driver to aggregate.
 */
final class SliceValidation {

    /**
     * What one slice came to.
     *
     * @param findings the slice's findings, at most the per-code cap of each code kept (the rest counted)
     * @param statistics the counts of its articles without errors (those of a valid corpus are all of them)
     * @param releaseLines the release id's lines of its articles, in id order: {@code <id> <content_sha256>\n}
     * @param textDigests two longs per article with a text: the folded digest's first 64 bits, then
     *     the raw digest's first 32 bits above the article's corpus position
     */
    record Verdict(
            int slice,
            ValidationReport findings,
            ReleaseStatistics statistics,
            List<DuplicateIdCheck.ForeignId> foreignIds,
            byte[] releaseLines,
            long[] textDigests)
            implements Serializable {

        /** The same verdict without its digests, which the driver never needs (they are aggregated by Spark). */
        Verdict withoutDigests() {
            return new Verdict(slice, findings, statistics, foreignIds, releaseLines, new long[0]);
        }

        /** The SHA-256 of the slice's release lines: the writing pass must find the same articles. */
        byte[] linesDigest() {
            return Sha256.of(releaseLines);
        }
    }

    private SliceValidation() {}

    static Verdict validate(ArticleSlice slice, ExecutorKit kit) {
        ExecutorKit.Tools tools = kit.tools();
        HadoopCorpus corpus = new HadoopCorpus(tools.corpusFileSystem(), new Path(kit.corpus()), kit.layout());
        ValidationReport report = new ValidationReport(kit.settings().maxFindingsPerCode());
        ReleaseStatistics statistics = new ReleaseStatistics();
        List<DuplicateIdCheck.ForeignId> foreignIds = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        long[] digests = new long[2 * slice.size()];
        int digestCount = 0;
        for (int i = 0; i < slice.size(); i++) {
            ErrorCounter sink = new ErrorCounter(report);
            ArticleLoader.RawArticle raw = corpus.read(slice, i, tools.loader(), sink);
            ArticleInput article = tools.loader().parse(raw, sink, true);
            for (ArticleRule rule : tools.rules()) {
                rule.check(article, sink);
            }
            DuplicateIdCheck.ForeignId foreign = DuplicateIdCheck.foreignIdOf(article);
            if (foreign != null) {
                foreignIds.add(foreign);
            }
            TextDigests text = DuplicateTextCheck.digestsOf(article, tools.detector());
            if (text != null) {
                int position = slice.firstPosition() + i;
                digests[digestCount++] = text.foldedHigh();
                digests[digestCount++] = (text.rawHigh() & 0xFFFF_FFFF_0000_0000L) | (position & 0xFFFF_FFFFL);
            }
            if (sink.errors == 0) {
                statistics.add(ReleaseStatistics.contributionOf(ReleaseArticle.of(article, tools.vocabulary())));
                lines.append(article.id())
                        .append(' ')
                        .append(article.contentSha256())
                        .append('\n');
            }
        }
        return new Verdict(
                slice.index(),
                report,
                statistics,
                foreignIds,
                lines.toString().getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(digests, digestCount));
    }

    /** Passes findings on, counting the errors of the article at hand. */
    private static final class ErrorCounter implements FindingSink {
        private final FindingSink delegate;
        private int errors;

        ErrorCounter(FindingSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void report(Finding finding) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            }
            delegate.report(finding);
        }
    }
}
