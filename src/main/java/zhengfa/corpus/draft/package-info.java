/**
 * Drafting an article from a raw scraped page: the encoding detected and the text brought to the
 * corpus form, the sidecar fields read off the text with their evidence, and silver spans. Nothing
 * here writes files; {@code add} in the command line does, and marks what it drafted for review.
 */
package zhengfa.corpus.draft;
