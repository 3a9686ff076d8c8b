package zhengfa.corpus.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import zhengfa.corpus.CorpusFixture;
import zhengfa.corpus.writer.arrow.ArrowFormat;
import zhengfa.corpus.writer.jsonl.JsonlFormat;
import zhengfa.corpus.writer.parquet.ParquetFormat;

/** Cuts releases the way the package command does, into folders a test owns. */
final class ReleaseFixture {

    private ReleaseFixture() {
    }

    static ReleaseOutcome cut(Path corpus, Path dist, String version) throws IOException {
        ReleaseCutter cutter = new ReleaseCutter(CorpusFixture.vocabulary(), CorpusFixture.validator(),
                List.of(new JsonlFormat(), new ParquetFormat(), new ArrowFormat()));
        return cutter.cut(new ReleaseSpec(corpus, dist, version, CorpusFixture.RELEASE_DATE), false);
    }

    static Path written(ReleaseOutcome outcome) {
        if (outcome instanceof ReleaseOutcome.Written w) {
            return w.release();
        }
        throw new AssertionError("expected a written release, got " + outcome);
    }
}
