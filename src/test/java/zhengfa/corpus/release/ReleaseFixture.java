package zhengfa.corpus.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.dataset.ReleaseSpec;
import zhengfa.corpus.writer.TableFormat;
import zhengfa.corpus.writer.partition.ParquetLayout;

/** Cuts releases the way the package command does, into folders a test owns. */
public final class ReleaseFixture {

    private ReleaseFixture() {}

    public static ReleaseOutcome cut(Path corpus, Path dist, String version) throws IOException {
        return cut(corpus, dist, version, TableFormats.all());
    }

    /** A release written in the given formats only. */
    public static ReleaseOutcome cut(Path corpus, Path dist, String version, List<TableFormat> formats)
            throws IOException {
        ReleaseCutter cutter = new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(), formats);
        return cutter.cut(new ReleaseSpec(corpus, dist, version, CorpusFixture.RELEASE_DATE), false);
    }

    /** A release in every format with its Parquet data laid out as given. */
    public static ReleaseOutcome cut(Path corpus, Path dist, String version, ParquetLayout layout) throws IOException {
        ReleaseCutter cutter =
                new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(), TableFormats.all());
        return cutter.cut(new ReleaseSpec(corpus, dist, version, CorpusFixture.RELEASE_DATE, null, layout), false);
    }

    public static Path written(ReleaseOutcome outcome) {
        if (outcome instanceof ReleaseOutcome.Written w) {
            return w.release();
        }
        throw new AssertionError("expected a written release, got " + outcome);
    }
}
