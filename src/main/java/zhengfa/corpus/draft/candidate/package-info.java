/**
 * The one model every drafting extractor shares: an extractor proposes {@link Candidate}s, each a
 * value with a score and the {@link Evidence} it was read from; {@link Decision} pools the candidates
 * of one field and either drafts the best or leaves the field blank and says why
 * ({@link FieldDraft}). A wrong draft is worse than a blank one, so the policy errs towards blank.
 */
package zhengfa.corpus.draft.candidate;
