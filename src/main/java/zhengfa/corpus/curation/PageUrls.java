package zhengfa.corpus.curation;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A curator's list of the addresses the pages were retrieved from, one page a line: the page's path
 * (relative to the list's folder, or absolute) and its address, separated by a tab or spaces. Blank
 * lines and lines starting with {@code #} are skipped. Every line must name one of the pages being
 * added, once, with an absolute address; a page the list does not name is added without one.
 */
public final class PageUrls {

    /** The addresses by page, or every line that is wrong, each saying what to do. */
    public sealed interface Reading permits Read, Wrong {}

    /** @param urls each page's address, keyed as the page's absolute, normalised path */
    public record Read(Map<Path, String> urls) implements Reading {
        public String of(Path page) {
            return urls.get(key(page));
        }
    }

    public record Wrong(List<String> problems) implements Reading {}

    private PageUrls() {}

    public static Reading read(Path list, List<Path> pages) throws IOException {
        Set<Path> known = new LinkedHashSet<>();
        pages.forEach(page -> known.add(key(page)));
        Path folder = list.toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        Map<Path, String> urls = new HashMap<>();
        Map<Path, Integer> lineOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = list + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int split = lastSpace(line);
            if (split < 0) {
                problems.add(where + "a page and its address, separated by a tab or spaces, is expected;"
                        + " found one word");
                continue;
            }
            String name = line.substring(0, split).strip();
            String url = line.substring(split + 1);
            String[] words = name.split("\\s+");
            if (!isAbsoluteUri(url) && isAbsoluteUri(words[0])) {
                problems.add(where + "the page comes first, then its address: " + line);
                continue;
            }
            if (!isAbsoluteUri(url) && java.util.Arrays.stream(words).anyMatch(PageUrls::isAbsoluteUri)) {
                problems.add(where + "a line holds a page and its address, and nothing after the address: " + line);
                continue;
            }
            Path page = key(folder.resolve(name));
            if (!isAbsoluteUri(url)) {
                problems.add(where + url + " is not an absolute address: give the page's address as the browser"
                        + " showed it, e.g. https://www.example.gov.cn/news/2024/0315.html");
            } else if (!known.contains(page)) {
                problems.add(where + name + " (" + page + ") is not one of the pages being added:"
                        + " name each page by its path relative to " + folder);
            } else if (lineOf.containsKey(page)) {
                problems.add(where + name + " already has an address, on line " + lineOf.get(page)
                        + ": keep the line with the right one");
            } else {
                urls.put(page, url);
                lineOf.put(page, i + 1);
            }
        }
        return problems.isEmpty() ? new Read(Map.copyOf(urls)) : new Wrong(List.copyOf(problems));
    }

    /** An absolute RFC 3986 address, as the schema's uri format wants it. */
    public static boolean isAbsoluteUri(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int lastSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Path key(Path page) {
        return page.toAbsolutePath().normalize();
    }
}
