package zhengfa.corpus.release.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The release's {@code LICENSE}: which part of a release is under which licence (the dataset
 * card's {@code license_link} points here), followed by the Apache License 2.0 in full.
 */
public final class ReleaseLicense {

    public static final String FILE = "LICENSE";

    private ReleaseLicense() {}

    public static String text() {
        return """
                zhengfa-corpus release: licensing of its parts
                ==============================================

                1. The metadata columns (everything in the tables except `text` and `body`), the stand-off
                   annotations, the schemas and vocabularies in schema/ other than schema/regions/, and the
                   descriptive files (manifest.json, datapackage.json, croissant.json, README.md):
                   Apache License, Version 2.0, reproduced below.

                2. The GB/T 2260 region codes and names (schema/regions/ and the region columns):
                   CC0 1.0 Universal (public domain dedication),
                   https://creativecommons.org/publicdomain/zero/1.0/legalcode

                3. The article texts (the `text` and `body` columns, and the span `text` they contain)
                   are news articles whose copyright belongs to their publishers (named in `source_name`
                   and `source_as_printed`). They are included verbatim for research on the texts (text
                   and data mining) and are NOT licensed by this project under the terms above. Anyone
                   redistributing this release must check that their use of the texts is permitted where
                   they are.

                --------------------------------------------------------------------------------

                """ + apacheLicense();
    }

    private static String apacheLicense() {
        try (InputStream in = ReleaseLicense.class.getResourceAsStream("apache-2.0.txt")) {
            if (in == null) {
                throw new IllegalStateException("apache-2.0.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
