/**
 * The layout of a page, line by line: what each line looks like ({@link LineShape}), which lines
 * are page furniture and of what kind ({@link LineClassifier}), and the interview turns and section
 * headings of the article body ({@link StructureReader}).
 */
package zhengfa.corpus.draft.layout;
