package zhengfa.corpus.draft.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gambling and porn terms of spam-lexicon.txt, and how strongly a line reads as injected spam.
 * One term may be news (查获老虎机); two distinct terms, an ad compound (角子机娱乐场, 百家乐官网) or a
 * chain of keywords joined by underscores are spam.
 */
public final class SpamLexicon {

    private static final List<String> TERMS = load();
    private static final Pattern AD_COMPOUND =
            Pattern.compile("(?:娱乐场|娛樂場|娱乐城|娛樂城|官网|官網|网址|網址|平台|平臺|app|APP|注册|註冊|开户|開戶|下载|下載|登录|登錄)");
    /** Keywords chained by underscores, as injected title stuffing prints them: 国产精品_亚洲熟女_… */
    private static final Pattern CHAIN = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{2,}(?:_[\\p{IsHan}A-Za-z0-9]{2,}){2,}");

    private SpamLexicon() {}

    /** @param terms the distinct lexicon terms found, in order */
    public record Reading(List<String> terms, boolean adCompound, boolean chain) {
        /** Spam beyond reasonable doubt: two terms, or one in an ad compound or a keyword chain. */
        public boolean isSpam() {
            return terms.size() >= 2 || !terms.isEmpty() && (adCompound || chain);
        }
    }

    /** @param simplified the line folded to Simplified (terms are matched on both forms) */
    public static Reading read(String line, String simplified) {
        // Matched on the Simplified form only, so that 时时彩 and 時時彩 count once.
        String haystack = simplified.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        boolean compound = false;
        for (String term : TERMS) {
            int at = indexOfTerm(haystack, term);
            if (at >= 0) {
                found.add(term);
                Matcher ad = AD_COMPOUND.matcher(haystack);
                compound |= ad.region(at + term.length(), haystack.length()).lookingAt();
            }
        }
        List<String> distinct = new ArrayList<>();
        for (String term : found) {
            // terms contained in one another (久久 in 久久久久, 偷拍 in 自拍偷拍) count once
            if (distinct.stream().noneMatch(d -> d.contains(term) || term.contains(d))) {
                distinct.add(term);
            }
        }
        return new Reading(List.copyOf(distinct), compound, CHAIN.matcher(line).find() && !distinct.isEmpty());
    }

    /** ASCII terms (av, bet365) only as whole words; others anywhere. */
    private static int indexOfTerm(String haystack, String term) {
        if (!term.chars().allMatch(c -> c < 128)) {
            return haystack.indexOf(term);
        }
        for (int at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) {
            boolean before = at == 0 || !Character.isLetter(haystack.charAt(at - 1)) || haystack.charAt(at - 1) > 127;
            int after = at + term.length();
            boolean afterOk = after >= haystack.length()
                    || !Character.isLetter(haystack.charAt(after))
                    || haystack.charAt(after) > 127;
            if (before && afterOk) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> load() {
        List<String> terms = new ArrayList<>();
        try (InputStream in = SpamLexicon.class.getResourceAsStream("/zhengfa/corpus/draft/forms/spam-lexicon.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.startsWith("[")) {
                    for (String t : line.trim().split("\\s+")) {
                        if (!t.isEmpty()) {
                            terms.add(t.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
