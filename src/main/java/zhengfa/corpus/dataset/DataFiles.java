package zhengfa.corpus.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import zhengfa.corpus.table.TableSchema;

/** The data files of one table in one format: {@code data/<table>.<ext>}, or the parts under {@code data/<table>/}. */
public final class DataFiles {

    private DataFiles() {}

    public static List<Path> of(Path release, TableSchema table, String extension) throws IOException {
        Path data = release.resolve(ReleaseFiles.DATA_DIR);
        Path single = data.resolve(table.name() + "." + extension);
        if (Files.isRegularFile(single)) {
            return List.of(single);
        }
        Path dir = data.resolve(table.name());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith("." + extension))
                    .sorted()
                    .forEach(parts::add);
        }
        return parts;
    }
}
