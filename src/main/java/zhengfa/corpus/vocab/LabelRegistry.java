package zhengfa.corpus.vocab;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code schema/labels.json}: the annotation layers, their labels and the attributes each label allows. */
public record LabelRegistry(Map<String, Layer> layers) {

    /**
     * The span attributes a release has a column for (the annotations table's {@code attr_<name>}):
     * labels.json may give a label no other, since the release would have nowhere to put it.
     */
    public static final Set<String> RELEASED_ATTRIBUTES = Set.of("speaker", "kind", "region_code");

    public LabelRegistry {
        layers = Map.copyOf(layers);
    }

    /** How spans of one layer may overlap each other. */
    public enum Overlap {
        /** No two spans of the layer may share a code point. */
        @JsonProperty("none")
        NONE,
        /** Spans may contain one another, but never partly overlap. */
        @JsonProperty("nest")
        NEST,
        /** Any overlap is allowed. */
        @JsonProperty("any")
        ANY
    }

    public record Layer(String description, Overlap overlap, Map<String, Label> labels) {
        public Layer {
            labels = Map.copyOf(labels);
        }
    }

    public record Label(String description, Map<String, Attribute> attributes) {
        public Label {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }

    /**
     * @param values the allowed values, or null for free text
     * @param vocabulary a named vocabulary the value must belong to ("regions"), or null
     */
    public record Attribute(String description, boolean required, List<String> values, String vocabulary) {}

    public static final String REGIONS_VOCABULARY = "regions";

    public static LabelRegistry load(Path file, ObjectMapper strict, Set<String> releasedAttributes)
            throws VocabularyException {
        LabelRegistry registry;
        try {
            registry = strict.copy()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(file.toFile(), LabelRegistry.class);
        } catch (IOException e) {
            throw new VocabularyException(file, e.getMessage());
        }
        for (var layer : new TreeMap<>(registry.layers()).entrySet()) {
            if (layer.getValue().overlap() == null || layer.getValue().labels().isEmpty()) {
                throw new VocabularyException(file, "layer " + layer.getKey() + " needs an overlap policy and labels");
            }
            for (var label : layer.getValue().labels().entrySet()) {
                for (var attribute : label.getValue().attributes().entrySet()) {
                    if (!releasedAttributes.contains(attribute.getKey())) {
                        throw new VocabularyException(
                                file,
                                "attribute " + attribute.getKey() + " of " + label.getKey()
                                        + " has no column in the release (known: " + releasedAttributes
                                        + "); a new attribute needs a column in the annotations table first");
                    }
                    String vocabulary = attribute.getValue().vocabulary();
                    if (vocabulary != null && !REGIONS_VOCABULARY.equals(vocabulary)) {
                        throw new VocabularyException(file, "unknown vocabulary " + vocabulary);
                    }
                }
            }
        }
        return registry;
    }

    public Optional<Layer> layer(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    public Set<String> layerNames() {
        return new TreeSet<>(layers.keySet());
    }
}
