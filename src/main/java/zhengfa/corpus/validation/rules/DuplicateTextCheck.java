package zhengfa.corpus.validation.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntFunction;
import zhengfa.corpus.finding.ArticleInput;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;
import zhengfa.corpus.model.Sha256;
import zhengfa.corpus.script.ScriptDetector;

/**
 * The same article scraped twice would be counted twice: byte-identical texts are one duplicate,
 * and so are texts that differ only in script (one Simplified, one Traditional), found by comparing
 * them after folding Traditional characters to Simplified. This is the one rule that must compare
 * every article with every other. Of each text it keeps 16 bytes (the first 64 bits of the folded
 * text's SHA-256, the first 32 of the raw text's, its position), in memory up to
 * {@value #RUN_LENGTH} texts; each time that fills, the records go to a temporary file in the
 * order seen and their folded digests, sorted, to another as one run. At the end the runs (and
 * what is still in memory) are merged to find the digests that occur more than once, and one pass
 * over the records picks out those few texts to group and compare. Memory stays at one run, plus
 * the few texts that do repeat, whatever the corpus's size; a corpus smaller than one run never
 * touches the disk. Two different texts share 64 bits with a chance of about one in 10^9 in a
 * corpus of 300 000; the raw bits only tell an exact copy from a cross-script one among texts
 * that already fold alike.
 */
public final class DuplicateTextCheck implements CorpusCheck<TextDigests> {

    /**
     * Texts remembered in memory before they go to disk: 256 KB. A corpus larger than one run
     * holds a full run, a smaller one less; a small run keeps that difference (between 10,000
     * articles and 300,000, say) small.
     */
    public static final int RUN_LENGTH = 1 << 14;

    private static final int RECORD_BYTES = 16;
    private static final int READ_BUFFER_BYTES = 1 << 13;

    private final ScriptDetector detector;
    private final IntFunction<String> textFileOf;
    private final int runLength;
    // The texts not yet on disk, in the order seen: folded digest, and raw digest << 32 | position.
    private long[] folded = new long[64];
    private long[] rawAndPosition = new long[64];
    private int inMemory;
    private final List<Integer> runLengths = new ArrayList<>();
    private Path spillDir;
    private DataOutputStream records;
    private DataOutputStream runs;

    /** @param textFileOf the display path of the text at a position */
    public DuplicateTextCheck(ScriptDetector detector, IntFunction<String> textFileOf) {
        this(detector, textFileOf, RUN_LENGTH);
    }

    /** @param runLength how many texts are remembered in memory before they go to disk */
    public DuplicateTextCheck(ScriptDetector detector, IntFunction<String> textFileOf, int runLength) {
        if (runLength < 1) {
            throw new IllegalArgumentException("a run holds at least one text");
        }
        this.detector = detector;
        this.textFileOf = textFileOf;
        this.runLength = runLength;
    }

    @Override
    public Set<FindingCode> codes() {
        return Set.of(FindingCode.CORPUS_DUPLICATE_TEXT, FindingCode.CORPUS_CROSS_SCRIPT_DUPLICATE);
    }

    /** The digests this check compares, or null for a text it ignores (unreadable or blank). */
    @Override
    public TextDigests contribute(ArticleInput article) {
        return digestsOf(article, detector);
    }

    /** What an article brings to this check, wherever the check itself runs (the Spark job aggregates it). */
    public static TextDigests digestsOf(ArticleInput article, ScriptDetector detector) {
        if (!article.hasText() || article.text().isBlank()) {
            return null;
        }
        ByteBuffer r = ByteBuffer.wrap(Sha256.of(article.text()));
        ByteBuffer f = ByteBuffer.wrap(Sha256.of(detector.foldToSimplified(article.text())));
        return new TextDigests(r.getLong(), r.getLong(), f.getLong(), f.getLong());
    }

    /** The validation cache keeps exactly this check's contribution of every clean article. */
    @Override
    public TextDigests contributionFromCache(TextDigests cached) {
        return cached;
    }

    @Override
    public TextDigests toCache(TextDigests contribution) {
        return contribution;
    }

    @Override
    public synchronized void accept(int position, TextDigests entry) throws IOException {
        if (inMemory == folded.length) {
            int grown = Math.min(runLength, folded.length * 2);
            folded = Arrays.copyOf(folded, grown);
            rawAndPosition = Arrays.copyOf(rawAndPosition, grown);
        }
        folded[inMemory] = entry.foldedHigh();
        rawAndPosition[inMemory] = (entry.rawHigh() & 0xFFFF_FFFF_0000_0000L) | (position & 0xFFFF_FFFFL);
        inMemory++;
        if (inMemory == runLength) {
            spill();
        }
    }

    private void spill() throws IOException {
        if (spillDir == null) {
            spillDir = Files.createTempDirectory("zhengfa-duplicates-");
            records = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(spillDir.resolve("records")), 1 << 16));
            runs = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(spillDir.resolve("runs")), 1 << 16));
        }
        for (int i = 0; i < inMemory; i++) {
            records.writeLong(folded[i]);
            records.writeLong(rawAndPosition[i]);
        }
        Arrays.sort(folded, 0, inMemory);
        for (int i = 0; i < inMemory; i++) {
            runs.writeLong(folded[i]);
        }
        runLengths.add(inMemory);
        inMemory = 0;
    }

    /** Reports the duplicates among every article accepted, and removes the temporary files. */
    @Override
    public synchronized void finish(FindingSink sink) throws IOException {
        try {
            if (records != null) {
                records.close();
                runs.close();
            }
            Set<Long> repeated = repeatedDigests();
            if (repeated.isEmpty()) {
                return;
            }
            List<Text> candidates = textsWith(repeated);
            // Folded digest first, then raw digest, then position: exact copies are adjacent inside
            // each group of texts that fold to the same string.
            candidates.sort(Comparator.comparingLong(Text::folded)
                    .thenComparingInt(Text::raw)
                    .thenComparingInt(Text::position));
            int groupStart = 0;
            for (int k = 1; k <= candidates.size(); k++) {
                if (k == candidates.size()
                        || candidates.get(k).folded()
                                != candidates.get(groupStart).folded()) {
                    report(candidates.subList(groupStart, k), sink);
                    groupStart = k;
                }
            }
        } finally {
            close();
        }
    }

    private record Text(long folded, int raw, int position) {
        static Text of(long folded, long rawAndPosition) {
            return new Text(folded, (int) (rawAndPosition >>> 32), (int) rawAndPosition);
        }
    }

    /** Merges the runs on disk and the texts still in memory, keeping the digests met more than once. */
    private Set<Long> repeatedDigests() throws IOException {
        Set<Long> repeated = new HashSet<>();
        FileChannel channel =
                spillDir == null ? null : FileChannel.open(spillDir.resolve("runs"), StandardOpenOption.READ);
        try {
            PriorityQueue<DigestCursor> heads = new PriorityQueue<>(Comparator.comparingLong(DigestCursor::head));
            long start = 0;
            for (int length : runLengths) {
                add(heads, new RunCursor(channel, start, length));
                start += (long) length * Long.BYTES;
            }
            long[] sorted = Arrays.copyOf(folded, inMemory);
            Arrays.sort(sorted);
            add(heads, new ArrayCursor(sorted));
            boolean any = false;
            long previous = 0;
            while (!heads.isEmpty()) {
                DigestCursor cursor = heads.poll();
                long digest = cursor.head();
                if (any && digest == previous) {
                    repeated.add(digest);
                }
                any = true;
                previous = digest;
                add(heads, cursor);
            }
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
        return repeated;
    }

    private static void add(PriorityQueue<DigestCursor> heads, DigestCursor cursor) throws IOException {
        if (cursor.advance()) {
            heads.add(cursor);
        }
    }

    /** The texts, from disk and from memory, whose folded digest is one of {@code repeated}. */
    private List<Text> textsWith(Set<Long> repeated) throws IOException {
        List<Text> texts = new ArrayList<>();
        if (spillDir != null) {
            Path file = spillDir.resolve("records");
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (long i = Files.size(file) / RECORD_BYTES; i > 0; i--) {
                    long digest = in.readLong();
                    long rest = in.readLong();
                    if (repeated.contains(digest)) {
                        texts.add(Text.of(digest, rest));
                    }
                }
            }
        }
        for (int i = 0; i < inMemory; i++) {
            if (repeated.contains(folded[i])) {
                texts.add(Text.of(folded[i], rawAndPosition[i]));
            }
        }
        return texts;
    }

    /** Sorted folded digests, one at a time. */
    private interface DigestCursor {
        long head();

        /** Moves to the next digest; false when there is none. */
        boolean advance() throws IOException;
    }

    private static final class ArrayCursor implements DigestCursor {
        private final long[] sorted;
        private int next;

        ArrayCursor(long[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public long head() {
            return sorted[next - 1];
        }

        @Override
        public boolean advance() {
            if (next == sorted.length) {
                return false;
            }
            next++;
            return true;
        }
    }

    /** One sorted run of the runs file, read a small buffer at a time. */
    private static final class RunCursor implements DigestCursor {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
        private long position;
        private long remaining;
        private long head;

        RunCursor(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.position = start;
            this.remaining = length;
            buffer.limit(0);
        }

        @Override
        public long head() {
            return head;
        }

        @Override
        public boolean advance() throws IOException {
            if (remaining == 0) {
                return false;
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), remaining * Long.BYTES));
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        throw new IOException("the duplicate check's run file ended early");
                    }
                    position += read;
                }
                buffer.flip();
            }
            head = buffer.getLong();
            remaining--;
            return true;
        }
    }

    /** Removes the temporary files, if any; safe to call more than once, and after a failed run. */
    @Override
    public synchronized void close() throws IOException {
        if (spillDir == null) {
            return;
        }
        try {
            records.close();
            runs.close();
        } finally {
            for (String name : new String[] {"records", "runs"}) {
                Files.deleteIfExists(spillDir.resolve(name));
            }
            Files.deleteIfExists(spillDir);
            spillDir = null;
        }
    }

    /**
     * One group of texts that fold alike. Within it, each distinct text (variant) is represented
     * by its first file in corpus order; its other files are exact copies. The variant whose
     * representative comes first is the original; the others are copies in the other script.
     */
    private void report(List<Text> group, FindingSink sink) {
        if (group.size() < 2) {
            return;
        }
        List<Integer> representatives = new ArrayList<>();
        int variantStart = 0;
        for (int k = 1; k <= group.size(); k++) {
            if (k < group.size()
                    && group.get(k).raw() == group.get(variantStart).raw()) {
                String original = textFileOf.apply(group.get(variantStart).position());
                String file = textFileOf.apply(group.get(k).position());
                sink.report(Finding.of(FindingCode.CORPUS_DUPLICATE_TEXT, file)
                        .found("the same bytes as " + original)
                        .expected("each article once")
                        .fix("remove one of the two articles (keep the one whose sidecar is better sourced)")
                        .message("text is identical to " + original));
                continue;
            }
            representatives.add(group.get(variantStart).position());
            variantStart = k;
        }
        representatives.sort(null);
        String first = textFileOf.apply(representatives.get(0));
        for (int position : representatives.subList(1, representatives.size())) {
            sink.report(Finding.of(FindingCode.CORPUS_CROSS_SCRIPT_DUPLICATE, textFileOf.apply(position))
                    .found("the same text as " + first + " once both are converted to Simplified script")
                    .expected("each article once, in the script it was published in")
                    .fix("keep the article in its original script and remove the converted copy")
                    .message("text duplicates " + first + " in the other script"));
        }
    }
}
