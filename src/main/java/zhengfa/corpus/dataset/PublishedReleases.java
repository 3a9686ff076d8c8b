package zhengfa.corpus.dataset;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Where releases published as dataset zips ({@code zhengfa-corpus:zhengfa-corpus:<version>:zip:dataset})
 * are looked for when the dist folder holds no earlier release: the local Maven repository, then
 * the remote repositories the project deploys its releases to (a zip found there is copied into
 * the local one, as Maven would).
 *
 * @param localRepository the local Maven repository; null not to look
 * @param remoteRepositories remote Maven repositories (http, https or file URLs); empty not to look
 */
public record PublishedReleases(Path localRepository, List<URI> remoteRepositories) {

    public PublishedReleases {
        remoteRepositories = List.copyOf(remoteRepositories);
    }

    public static PublishedReleases none() {
        return new PublishedReleases(null, List.of());
    }
}
