/**
 * The printed forms drafting recognises, one class per kind of form: dates ({@link DateForms},
 * {@link UrlDates}), credits and names ({@link CreditForms}, {@link ChineseNames}), the publication a
 * page credits ({@link SourceForms}), page furniture ({@link FurnitureWords}) and injected spam
 * ({@link SpamLexicon}). A new dateline form or credit pattern goes here, with a test of lines
 * written in that form; the extractors decide what a match is worth.
 */
package zhengfa.corpus.draft.forms;
