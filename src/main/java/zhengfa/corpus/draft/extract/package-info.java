/**
 * One extractor per drafted field. Each reads the page's lines (and its address) and proposes
 * scored {@link zhengfa.corpus.draft.candidate.Candidate}s with the evidence they were read from;
 * {@link zhengfa.corpus.draft.candidate.Decision} turns them into a draft or a blank. The printed
 * forms they look for are in {@link zhengfa.corpus.draft.forms}; the scores here say what a form
 * is worth where it stands on the page.
 */
package zhengfa.corpus.draft.extract;
