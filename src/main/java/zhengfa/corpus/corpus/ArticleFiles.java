package zhengfa.corpus.corpus;

import java.nio.file.Path;

/**
 * The files of one article found in the corpus folder, under one id (the shared file stem).
 *
 * @param annotations the stand-off annotation file, or null when the article has none yet
 */
public record ArticleFiles(String id, Path text, Path sidecar, Path annotations) {}
