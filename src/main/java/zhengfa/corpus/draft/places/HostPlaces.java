package zhengfa.corpus.draft.places;

import com.ibm.icu.text.Transliterator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengfa.corpus.vocab.Region;
import zhengfa.corpus.vocab.Regions;

/**
 * The division a government site's address names in pinyin: gaj.xuchang.gov.cn is 许昌's public
 * security bureau, www.meizhou.gov.cn 梅州's portal. Only addresses under gov.cn count, only a
 * whole label of the host, and only a spelling that one prefecture or county has (fuzhou is both
 * 福州 and 抚州, and names neither).
 */
public final class HostPlaces {

    private final Map<String, List<Region>> bySpelling = new HashMap<>();

    public HostPlaces(Regions regions) {
        Transliterator latin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
        for (Region region : regions.all()) {
            if (region.level() == Region.Level.PROVINCE) {
                continue;
            }
            String spelled = latin.transliterate(Regions.shortName(region)).replaceAll("[^a-z]", "");
            if (spelled.length() >= 5) {
                bySpelling.computeIfAbsent(spelled, k -> new ArrayList<>()).add(region);
            }
        }
    }

    /** The one division the host of a gov.cn address spells, if any. */
    public Optional<Region> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String host;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null || !host.endsWith(".gov.cn")) {
            return Optional.empty();
        }
        Region found = null;
        for (String label :
                host.substring(0, host.length() - ".gov.cn".length()).split("\\.")) {
            List<Region> regions = bySpelling.get(label);
            if (regions != null && regions.size() == 1) {
                if (found != null && !found.equals(regions.get(0))) {
                    return Optional.empty();
                }
                found = regions.get(0);
            }
        }
        return Optional.ofNullable(found);
    }
}
