package zhengfa.corpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reusable material of the seed corpus, cut along its gold annotations: headlines, section
 * headings, subheadlines, narrative paragraphs, interview questions and answer paragraphs (without
 * their speaker labels, which the composer writes anew), and blocks of page furniture, each in both
 * scripts and with the entity spans inside it. Loaded once; the generator keeps nothing else.
 *
 * <p>Lines covered by a headline, dateline, byline or boilerplate span are never used as body text,
 * so furniture only enters an article where the composer marks it as such.
 */
final class MaterialPool {

    final List<Piece> headlines = new ArrayList<>();
    final List<Piece> sectionHeadings = new ArrayList<>();
    /** Subheadlines that name no person, so they fit any article. */
    final List<Piece> subheadlines = new ArrayList<>();

    final List<Piece> narratives = new ArrayList<>();
    /** Question turns without the {@code 记者:} label. */
    final List<Piece> questions = new ArrayList<>();
    /** The first paragraph of each answer, without the speaker label. */
    final List<Piece> answerOpeners = new ArrayList<>();
    /** The later paragraphs of answers. */
    final List<Piece> answerParagraphs = new ArrayList<>();

    final List<Piece> navigation = new ArrayList<>();
    final List<Piece> footers = new ArrayList<>();
    final List<Piece> spam = new ArrayList<>();
    /** Articles the material was taken from, by id. */
    final List<String> seedIds = new ArrayList<>();

    private final Registries registries;
    private final ScriptConverter converter;

    private MaterialPool(Registries registries, ScriptConverter converter) {
        this.registries = registries;
        this.converter = converter;
    }

    /** A span of a seed's annotation file. */
    private record SeedSpan(
            String layer, String label, int start, int end, String speaker, String kind, String regionCode) {
        boolean overlaps(int from, int to) {
            return start < to && end > from;
        }

        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    /** Reads every article of {@code sourceCorpus} that has annotations, in file-name order. */
    static MaterialPool load(Path sourceCorpus, Registries registries, ScriptConverter converter, ObjectMapper mapper)
            throws IOException {
        MaterialPool pool = new MaterialPool(registries, converter);
        List<Path> annotationFiles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sourceCorpus, "*.ann.json")) {
            files.forEach(annotationFiles::add);
        }
        annotationFiles.sort(null);
        for (Path annotations : annotationFiles) {
            String id = annotations.getFileName().toString().replace(".ann.json", "");
            Path text = sourceCorpus.resolve(id + ".txt");
            Path sidecar = sourceCorpus.resolve(id + ".meta.json");
            if (Files.isRegularFile(text) && Files.isRegularFile(sidecar)) {
                Script script = Script.of(
                        mapper.readTree(sidecar.toFile()).path("script").asText());
                pool.addSeed(
                        Files.readString(text, StandardCharsets.UTF_8),
                        script,
                        readSpans(mapper.readTree(annotations.toFile())));
                pool.seedIds.add(id);
            }
        }
        if (pool.narratives.isEmpty() || pool.headlines.isEmpty()) {
            throw new IOException(
                    sourceCorpus + ": no annotated article with a headline and body paragraphs to build from");
        }
        return pool;
    }

    private static List<SeedSpan> readSpans(JsonNode doc) {
        List<SeedSpan> spans = new ArrayList<>();
        for (JsonNode s : doc.path("spans")) {
            JsonNode attrs = s.path("attrs");
            spans.add(new SeedSpan(
                    s.path("layer").asText(),
                    s.path("label").asText(),
                    s.path("start").asInt(),
                    s.path("end").asInt(),
                    textOrNull(attrs.get("speaker")),
                    textOrNull(attrs.get("kind")),
                    textOrNull(attrs.get("region_code"))));
        }
        return spans;
    }

    private static String textOrNull(JsonNode node) {
        return node == null ? null : node.asText();
    }

    private void addSeed(String text, Script script, List<SeedSpan> spans) {
        int[] cp = text.codePoints().toArray();
        List<SeedSpan> structure =
                spans.stream().filter(s -> s.layer().equals("structure")).toList();
        List<SeedSpan> entities =
                spans.stream().filter(s -> s.layer().equals("entity")).toList();
        for (SeedSpan s : structure) {
            if (s.label().equals("boilerplate") && s.kind() != null) {
                List<Piece> kind = switch (s.kind()) {
                    case "navigation" -> navigation;
                    case "footer" -> footers;
                    case "spam" -> spam;
                    default -> null; // page-jump markers are written by the composer
                };
                int[] trimmed = trim(cp, s.start(), s.end());
                if (kind != null && trimmed[0] < trimmed[1]) {
                    kind.add(piece(cp, trimmed[0], trimmed[1], entities, script));
                }
            }
        }
        int lineStart = 0;
        for (int i = 0; i <= cp.length; i++) {
            if (i == cp.length || cp[i] == '\n') {
                int[] line = trim(cp, lineStart, i);
                if (line[0] < line[1]) {
                    addLine(cp, line[0], line[1], structure, entities, script);
                }
                lineStart = i + 1;
            }
        }
    }

    /** Sorts one non-blank line of a seed into the pool by the structure spans over it. */
    private void addLine(
            int[] cp, int start, int end, List<SeedSpan> structure, List<SeedSpan> entities, Script script) {
        for (SeedSpan s : structure) {
            if (s.label().equals("question") || s.label().equals("answer") || !s.overlaps(start, end)) {
                continue;
            }
            boolean wholeLine = s.start() == start && s.end() == end;
            if (wholeLine && s.label().equals("headline")) {
                headlines.add(piece(cp, start, end, entities, script));
            } else if (wholeLine && s.label().equals("section_heading")) {
                Piece heading = piece(cp, start, end, entities, script);
                sectionHeadings.add(heading);
                headlines.add(heading);
            } else if (wholeLine && s.label().equals("subheadline")) {
                Piece sub = piece(cp, start, end, entities, script);
                if (sub.hans().entities().stream().noneMatch(e -> e.label().equals("PER"))) {
                    subheadlines.add(sub);
                }
            }
            return; // datelines, bylines, furniture and partly covered lines are never body text
        }
        for (SeedSpan s : structure) {
            if (!s.overlaps(start, end)) {
                continue;
            }
            if (!s.covers(start, end)) {
                return; // a turn that begins or ends inside the line: not a clean paragraph
            }
            if (s.label().equals("question")) {
                int label = s.start() == start ? labelLength(cp, start, end, s.speaker()) : 0;
                if (label > 0) {
                    questions.add(piece(cp, start + label, end, entities, script));
                }
                return;
            }
            if (s.label().equals("answer")) {
                if (s.start() == start) {
                    int label = labelLength(cp, start, end, s.speaker());
                    if (label > 0) {
                        answerOpeners.add(piece(cp, start + label, end, entities, script));
                    }
                } else {
                    answerParagraphs.add(piece(cp, start, end, entities, script));
                }
                return;
            }
        }
        narratives.add(piece(cp, start, end, entities, script));
    }

    /** Length of the printed speaker label ({@code 记者:}) at {@code start}, or 0 when the line does not begin with it. */
    private static int labelLength(int[] cp, int start, int end, String speaker) {
        if (speaker == null) {
            return 0;
        }
        int[] label = speaker.codePoints().toArray();
        int colon = start + label.length;
        if (colon + 1 >= end) {
            return 0;
        }
        for (int i = 0; i < label.length; i++) {
            if (cp[start + i] != label[i]) {
                return 0;
            }
        }
        return cp[colon] == ':' || cp[colon] == '：' ? label.length + 1 : 0;
    }

    /** The stretch {@code [start, end)} of a seed with the entities wholly inside it, in both scripts. */
    private Piece piece(int[] cp, int start, int end, List<SeedSpan> entities, Script script) {
        List<Piece.Entity> inside = new ArrayList<>();
        for (SeedSpan e : entities) {
            if (e.start() >= start && e.end() <= end) {
                // A region code is kept only when the vocabulary still has it.
                String code = e.label().equals("LOC")
                                && e.regionCode() != null
                                && registries.regionCodes.contains(e.regionCode())
                        ? e.regionCode()
                        : null;
                inside.add(new Piece.Entity(e.label(), e.start() - start, e.end() - start, code));
            }
        }
        Piece.Variant original = new Piece.Variant(new String(cp, start, end - start), inside);
        Piece.Variant hans = converter.convert(original, script, Script.HANS);
        Piece.Variant hant = converter.convert(original, script, Script.HANT);
        return new Piece(hans, hant);
    }

    /** {@code [start, end)} without leading and trailing white space (including the ideographic space). */
    private static int[] trim(int[] cp, int start, int end) {
        while (start < end && isSpace(cp[start])) {
            start++;
        }
        while (end > start && isSpace(cp[end - 1])) {
            end--;
        }
        return new int[] {start, end};
    }

    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** One line per kind of material, for the generator's log. */
    String describe() {
        return seedIds.size() + " seed articles: " + headlines.size() + " headlines, " + narratives.size()
                + " paragraphs, " + questions.size() + " questions, " + answerOpeners.size() + " answers ("
                + answerParagraphs.size() + " further paragraphs), " + navigation.size() + " navigation, "
                + footers.size() + " footer and " + spam.size() + " spam blocks";
    }
}
