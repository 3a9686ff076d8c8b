package zhengfa.corpus.release.metadata;

import zhengfa.corpus.dataset.ReleaseSpec;

/**
 * How to cite a release, as BibTeX: the same entry in the dataset card and in Croissant's
 * {@code citeAs}, keyed by the release name so that each version is cited as itself.
 */
final class Citation {

    private Citation() {}

    static String bibtex(ReleaseSpec spec) {
        return "@misc{" + spec.releaseName() + ",\n"
                + "  title = {{" + ReleaseSpec.NAME + "}: annotated Chinese political-legal news, version "
                + spec.version() + "},\n"
                + "  author = {{" + ReleaseSpec.NAME + " curators}},\n"
                + "  year = {" + spec.releaseDate().getYear() + "},\n"
                + "  month = {" + spec.releaseDate().getMonthValue() + "},\n"
                + "  version = {" + spec.version() + "},\n"
                + "  note = {Release " + spec.releaseName() + ", released " + spec.releaseDate() + "}\n"
                + "}";
    }
}
