package zhengfa.corpus.vocab;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The source registry {@code schema/sources.json}: publications and sites keyed by the id sidecars use. */
public final class Sources {

    private final Map<String, Source> byId;

    private Sources(Map<String, Source> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Sources load(Path file, ObjectMapper mapper) throws VocabularyException {
        Map<String, Source> read;
        try {
            read = mapper.readValue(file.toFile(), new TypeReference<TreeMap<String, Source>>() {});
        } catch (IOException e) {
            throw new VocabularyException(file, e.getMessage());
        }
        if (!read.containsKey(Source.UNKNOWN)) {
            throw new VocabularyException(file, "must define the key \"unknown\"");
        }
        // a name printed for two sources would make a credit's key a guess
        Map<String, String> keyByName = new java.util.HashMap<>();
        for (Map.Entry<String, Source> e : read.entrySet()) {
            for (String name : e.getValue().printedNames()) {
                String other = keyByName.putIfAbsent(name, e.getKey());
                if (other != null && !other.equals(e.getKey())) {
                    throw new VocabularyException(
                            file,
                            "the name " + name + " is printed for both \"" + other + "\" and \"" + e.getKey()
                                    + "\": keep it under one of them (as an alias or former name)");
                }
            }
        }
        return new Sources(read);
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The registry, by id in sorted order. */
    public Map<String, Source> entries() {
        return new TreeMap<>(byId);
    }

    public Set<String> ids() {
        return new TreeSet<>(byId.keySet());
    }
}
