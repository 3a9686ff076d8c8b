/**
 * Drafting an article from a raw scraped page: the encoding detected and the text brought to the
 * corpus form, the sidecar fields read off the text with their evidence, and silver spans. Nothing
 * here writes files; {@link zhengfa.corpus.curation.PageAdder} does, for {@code add}.
 */
package zhengfa.corpus.draft;
