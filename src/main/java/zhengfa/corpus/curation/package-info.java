/**
 * Adding scraped pages to a corpus folder: each page drafted, checked against the corpus and the
 * pages added before it, and written all or nothing under the corpus's lock. The command line
 * parses and prints; what happens to a page is decided here.
 */
package zhengfa.corpus.curation;
