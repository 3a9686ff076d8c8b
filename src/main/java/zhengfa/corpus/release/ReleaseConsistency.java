package zhengfa.corpus.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengfa.corpus.dataset.FileTree;
import zhengfa.corpus.dataset.Manifest;
import zhengfa.corpus.dataset.ReleaseFiles;
import zhengfa.corpus.finding.Finding;
import zhengfa.corpus.finding.FindingCode;
import zhengfa.corpus.finding.FindingSink;

/**
 * What SHA256SUMS cannot show: that the release's descriptors describe the files beside them. Each
 * hash and byte count in {@code manifest.json}, {@code datapackage.json} and {@code croissant.json}
 * agrees with the file it names; the release id is recomputed from the articles it is defined
 * over and agrees with every place that prints it; version and release date agree across the
 * descriptors and the card; the files every release has are there. Someone who rewrites SHA256SUMS
 * after swapping data files, deleting the report or editing a date is caught here, unless they
 * also rewrote every descriptor consistently: only a re-cut from the corpus ({@code verify --corpus})
 * or a signature proves more (docs/verify.md).
 */
final class ReleaseConsistency {

    /** The files every release has, whatever its formats. */
    static final List<String> ALWAYS = List.of(
            ReleaseFiles.MANIFEST,
            "datapackage.json",
            "croissant.json",
            "README.md",
            "LICENSE",
            "report.html",
            ReleaseFiles.SUMS_FILE);

    private static final String CUT_AGAIN = ReleaseVerifier.CUT_AGAIN;
    private static final Pattern CARD_VERSION = Pattern.compile("(?m)^- Version (\\S+), released (\\S+)$");
    private static final Pattern CARD_ID = Pattern.compile("(?m)^- Release id `([0-9a-f]{64})`");

    private final Path release;
    private final FindingSink problems;
    private final ObjectMapper mapper = new ObjectMapper();
    /** Descriptor or card → the release id it prints, as {@link #check} read them. */
    private final Map<String, String> printedIds = new java.util.LinkedHashMap<>();

    ReleaseConsistency(Path release, FindingSink problems) {
        this.release = release;
        this.problems = problems;
    }

    void check() throws IOException {
        for (String file : ALWAYS) {
            if (!Files.isRegularFile(release.resolve(file))) {
                report(
                        FindingCode.RELEASE_FILE_MISSING,
                        file,
                        file + " is part of every release but missing",
                        CUT_AGAIN);
            }
        }
        Optional<Manifest> manifest = manifest();
        Optional<JsonNode> datapackage = json("datapackage.json");
        Optional<JsonNode> croissant = json("croissant.json");
        SortedMap<String, String> sums = new TreeMap<>();
        manifest.ifPresent(m -> m.files()
                .forEach(f -> described(
                        ReleaseFiles.MANIFEST,
                        Objects.requireNonNullElse(f.path(), ""),
                        Objects.requireNonNullElse(f.sha256(), ""),
                        f.bytes(),
                        sums)));
        datapackage.ifPresent(d -> d.path("resources").forEach(r -> {
            if (r.path("path").isTextual()) {
                described(
                        "datapackage.json",
                        r.path("path").asText(),
                        r.path("hash").asText().replaceFirst("^sha256:", ""),
                        r.path("bytes").asLong(-1),
                        sums);
            }
        }));
        croissant.ifPresent(c -> c.path("distribution").forEach(f -> {
            if ("cr:FileObject".equals(f.path("@type").asText()) && f.has("sha256")) {
                described(
                        "croissant.json",
                        f.path("@id").asText(),
                        f.path("sha256").asText(),
                        Long.parseLong(f.path("contentSize").asText("-1 B").replaceFirst("\\s*B$", "")),
                        sums);
            }
        }));
        String card = Files.isRegularFile(release.resolve("README.md"))
                ? Files.readString(release.resolve("README.md"), StandardCharsets.UTF_8)
                : "";
        printedIds.clear();
        manifest.ifPresent(m -> printedIds.put(ReleaseFiles.MANIFEST, Objects.requireNonNullElse(m.releaseId(), "")));
        datapackage.ifPresent(
                d -> printedIds.put("datapackage.json", d.path("id").asText().replaceFirst("^sha256:", "")));
        Matcher printed = CARD_ID.matcher(card);
        if (printed.find()) {
            printedIds.put("README.md", printed.group(1));
        }
        manifest.ifPresent(m -> sameVersionAndDate(
                Objects.requireNonNullElse(m.version(), ""),
                m.releaseDate() == null ? "" : m.releaseDate().toString(),
                datapackage,
                croissant,
                card));
    }

    /** The manifest, or empty (reported) when it is missing, not JSON or not of a manifest's form. */
    private Optional<Manifest> manifest() {
        Path path = release.resolve(ReleaseFiles.MANIFEST);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Manifest.read(path));
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            report(
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    ReleaseFiles.MANIFEST,
                    ReleaseFiles.MANIFEST + " is not readable JSON: " + e.getOriginalMessage(),
                    CUT_AGAIN);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            report(
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    ReleaseFiles.MANIFEST,
                    ReleaseFiles.MANIFEST + " is not a release manifest at " + where(e) + ": " + e.getOriginalMessage(),
                    CUT_AGAIN);
        } catch (IOException e) {
            report(
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    ReleaseFiles.MANIFEST,
                    ReleaseFiles.MANIFEST + " cannot be read: " + e.getMessage(),
                    CUT_AGAIN);
        }
        return Optional.empty();
    }

    /** Where in the JSON a mapping failed, as a path: {@code tables[0].files[1].bytes}. */
    private static String where(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    private Optional<JsonNode> json(String file) {
        Path path = release.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(path.toFile()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            report(
                    FindingCode.RELEASE_FILE_UNREADABLE,
                    file,
                    file + " is not readable JSON: " + e.getOriginalMessage(),
                    CUT_AGAIN);
            return Optional.empty();
        } catch (IOException e) {
            report(FindingCode.RELEASE_FILE_UNREADABLE, file, file + " cannot be read: " + e.getMessage(), CUT_AGAIN);
            return Optional.empty();
        }
    }

    /** A descriptor's hash and size of a file against the file itself; each file is hashed once. */
    private void described(String descriptor, String file, String sha256, long bytes, Map<String, String> sums) {
        Path path = release.resolve(file).normalize();
        if (!path.startsWith(release) || !Files.isRegularFile(path)) {
            report(
                    FindingCode.RELEASE_DESCRIPTOR_MISMATCH,
                    descriptor,
                    descriptor + " describes " + file + ", which the release does not have",
                    CUT_AGAIN);
            return;
        }
        try {
            String actual = sums.get(file);
            if (actual == null) {
                actual = FileTree.sha256(path);
                sums.put(file, actual);
            }
            long size = Files.size(path);
            if (!actual.equals(sha256) || bytes >= 0 && bytes != size) {
                report(
                        FindingCode.RELEASE_DESCRIPTOR_MISMATCH,
                        descriptor,
                        descriptor + " gives " + file + " the SHA-256 "
                                + abbreviated(sha256) + " and " + bytes + " bytes, but the file has "
                                + abbreviated(actual) + " and " + size
                                + " bytes: the data and its description come from different cuts",
                        CUT_AGAIN);
            }
        } catch (IOException e) {
            report(FindingCode.RELEASE_FILE_UNREADABLE, file, file + " cannot be read: " + e.getMessage(), CUT_AGAIN);
        }
    }

    /**
     * The release id each descriptor and the card print, against the one recomputed from the articles
     * (by the verifier, in its one pass over them), once {@link #check} has read them.
     */
    void checkReleaseId(String recomputed) {
        printedIds.forEach((file, printed) -> sameId(file, printed, recomputed));
    }

    private void sameId(String file, String printed, String recomputed) {
        if (!printed.equals(recomputed)) {
            report(
                    FindingCode.RELEASE_ID_MISMATCH,
                    file,
                    file + " gives the release id " + abbreviated(printed)
                            + ", but the articles of the release make it " + abbreviated(recomputed),
                    CUT_AGAIN);
        }
    }

    private void sameVersionAndDate(
            String version, String date, Optional<JsonNode> datapackage, Optional<JsonNode> croissant, String card) {
        List<String> differ = new ArrayList<>();
        datapackage.ifPresent(d -> {
            if (!d.path("version").asText().equals(version)
                    || !d.path("created").asText().startsWith(date + "T")) {
                differ.add("datapackage.json (" + d.path("version").asText() + ", "
                        + d.path("created").asText() + ")");
            }
        });
        croissant.ifPresent(c -> {
            if (!c.path("version").asText().equals(version)
                    || !c.path("datePublished").asText().equals(date)) {
                differ.add("croissant.json (" + c.path("version").asText() + ", "
                        + c.path("datePublished").asText() + ")");
            }
        });
        Matcher printed = CARD_VERSION.matcher(card);
        if (printed.find()
                && (!printed.group(1).equals(version) || !printed.group(2).equals(date))) {
            differ.add("README.md (" + printed.group(1) + ", " + printed.group(2) + ")");
        }
        if (!differ.isEmpty()) {
            report(
                    FindingCode.RELEASE_DESCRIPTOR_MISMATCH,
                    ReleaseFiles.MANIFEST,
                    "manifest.json gives version " + version + " released " + date + ", but "
                            + String.join(" and ", differ) + " say otherwise",
                    CUT_AGAIN);
        }
    }

    private static String abbreviated(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    private void report(FindingCode code, String file, String message, String fix) {
        problems.report(Finding.of(code, file).fix(fix).message(message));
    }
}
